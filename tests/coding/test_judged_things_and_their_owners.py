"""A passive participle with its own agent on a noun judges that noun, and so its owner (twenty-eighth round,
docs/coding.md): "the Egyptian reconstruction plan endorsed by the Arab summit" is the Arab League's endorsement of
Egypt('s plan). The owner is the one actor the noun's own words name, never the agent's own side. None of these
sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _pairs(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, root class, target country) of each event of ``text``."""
    return {(s, c[:2], t) for s, c, t, _ in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel's foreign ministry dismissed the Egyptian reconstruction plan endorsed by the Arab summit in Cairo.",
     ("IGO", "05", "EGY")),
    ("The UN welcomed the Saudi peace initiative endorsed by the Arab League.", ("IGO", "05", "SAU")),
    ("Washington criticised the Russian resolution supported by China.", ("CHN", "05", "RUS")),
    ("Kyiv rejected the Chinese peace plan backed by Brazil.", ("BRA", "05", "CHN")),
])
def test_a_judging_participle_on_a_noun_is_aimed_at_its_owner(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(pipeline, text)


@pytest.mark.parametrize("text", [
    # no owner named: the endorsement is aimed at no one
    "Israel rejected the plan endorsed by the Arab League.",
    "The ceasefire plan drafted by Qatar was rejected by Israel.",
])
def test_no_owner_no_target(pipeline: Any, text: str) -> None:
    pairs = _pairs(pipeline, text)
    assert not any(r == "05" and t is not None for _, r, t in pairs), pairs
