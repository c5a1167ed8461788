"""A reduced passive condition is done to its host clause's subject (twenty-eighth round, docs/coding.md): "if
convicted, he could be sentenced to death" supposes a conviction of him, by no one named: a hypothetical act with no
source, aimed at the subject. A wished passive ("hoped French officials would be indicted") still reports no one's
act. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tanzanian prosecutors charged Tundu Lissu with treason; if convicted, he could be sentenced to death.",
     (None, "11", "TZA", "hypothetical")),
    ("If convicted, Imran Khan faces up to 14 years in prison.", (None, "11", "PAK", "hypothetical")),
    ("If attacked, Taiwan would defend itself, its president said.", (None, "19", "TWN", "hypothetical")),
    ("Unless arrested, Netanyahu will travel to Budapest next week.", (None, "17", "ISR", "hypothetical")),
])
def test_a_reduced_passive_condition_is_done_to_the_hosts_subject(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kigali said it hoped French officials would be indicted.",
    "If elected, Trump would impose tariffs on Chinese goods.",
])
def test_no_sourceless_act_from_a_wish_or_an_election(pipeline: Any, text: str) -> None:
    assert not any(s is None for s, _, _, _ in _roots(pipeline, text))
