"""Judging "the move", "the decision", "the visit" (an act named by a noun with no owner of its own) in answer to what
a time or reason clause on the verb says another country did: the judgement is aimed at that clause's subject
(twenty-ninth round, docs/coding.md). None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria condemned the decision, a day after France recognised Moroccan sovereignty over Western Sahara.",
     ("DZA", "11", "FRA", "asserted")),
    ("Russia called the expulsions unfriendly after Poland ordered 45 diplomats to leave.",
     ("RUS", "11", "POL", "asserted")),
    ("The Kremlin denounced the move as hostile after Finland joined NATO.", ("RUS", "11", "FIN", "asserted")),
    ("China condemned the move after the Philippines allowed US troops to use four more bases.",
     ("CHN", "11", "PHL", "asserted")),
    ("Beijing condemned the move, hours after Lithuania allowed Taiwan to open a representative office in Vilnius.",
     ("CHN", "11", "LTU", "asserted")),
    ("Israel welcomed the decision after Germany banned Hezbollah.", ("ISR", "05", "DEU", "asserted")),
    ("Beijing criticised the visit as a provocation, days after Taiwan's president landed in Los Angeles.",
     ("CHN", "11", "TWN", "asserted")),
])
def test_a_judged_act_is_the_clauses_subjects(pipeline: Any, text: str,
                                              expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # controls: an owner named in the noun's phrase wins; a clause of the source's own side is no target
    ("China condemned the sanctions imposed on its companies by Washington.", ("CHN", "11", "USA", "asserted")),
])
def test_judged_acts_controls(pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_clause_of_the_sources_own_side_is_no_target(pipeline: Any) -> None:
    found = _roots(pipeline, "Russia welcomed the decision after Moscow's allies agreed to join the bloc.")
    assert not any(r[0] == "RUS" and r[1] == "05" and r[2] == "RUS" for r in found)
