"""Attending a gathering named by a relative clause or left unsaid (docs/coding.md, "Round twenty-seven"): "the
summit in Rome, which Trump attended" attends the summit (the parser hangs the clause on the place), and "Kenya will
host African Union leaders in Nairobi, and Macron is expected to attend" attends what the hosting clause names;
attending is a visit to the place the gathering is held in, else to its host. None of these sentences is a gold
sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _visits(pipeline: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, f) for s, c, t, f in country_facts(pipeline, text, _DAY) if c == "042"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders signed the declaration at the summit in Rome, which Trump attended.", ("USA", "ITA", "asserted")),
    ("Xi praised the BRICS summit in Kazan, which he attended.", ("CHN", "RUS", "asserted")),
    ("The G20 summit in Johannesburg, which Biden did not attend, ended on Sunday.", ("USA", "ZAF", "negated")),
    ("The summit in Alaska, which Putin attended, ended without a deal.", ("RUS", "USA", "asserted")),
    ("Egypt is hosting a peace summit in Sharm el-Sheikh on Monday, which Trump will attend.",
     ("USA", "EGY", "future")),
    ("South Africa hosted the G20 summit, which Biden did not attend.", ("USA", "ZAF", "negated")),
])
def test_a_gathering_attended_in_a_relative_clause_is_visited(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in _visits(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya will host African Union leaders in Nairobi next month, and Emmanuel Macron is expected to attend.",
     ("FRA", "KEN", "future")),
    ("Saudi Arabia will host the talks in Jeddah, and Zelensky is expected to attend.", ("UKR", "SAU", "future")),
    ("Brazil will hold the COP30 climate conference in Belem, and Xi will not attend.", ("CHN", "BRA", "negated")),
])
def test_attending_what_a_clause_hosts_is_a_visit_to_its_place(pipeline: Any, text: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert _visits(pipeline, text) == {expected}


@pytest.mark.parametrize("text", [
    "Modi did not meet Trudeau at the G20 summit in Rio, although both leaders attended.",
    "The French president said he would attend.",
    "Students attended classes in Kyiv on Monday.",
])
def test_attending_with_no_hosted_gathering_is_no_visit(pipeline: Any, text: str) -> None:
    assert not {v for v in _visits(pipeline, text) if v[2] == "asserted"}


def test_a_relative_clause_the_lexicon_reads_on_the_place_is_left_alone(pipeline: Any) -> None:
    # "struck" reads the place itself: the strike is on Ukraine, the embassy's country
    assert ("RUS", "19", "UKR") in {(s, c[:2], t) for s, c, t, _ in country_facts(
        pipeline, "The embassy in Kyiv, which Russia struck on Monday, was empty.", _DAY)}
