"""Where a meeting is held (docs/coding.md, "Structure, seventeenth round"): a meeting in a country neither side is
of is a meeting at a third location (CAMEO 044); in one side's country, with a body of no one country, or for
negotiations (046), the code stays. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian and Ukrainian delegations met for barely an hour in Istanbul on Monday.",
     [("RUS", "044", "UKR"), ("UKR", "044", "RUS")]),
    ("Lula met Zelensky at the G7 summit in Hiroshima.", [("BRA", "044", "UKR")]),
])
def test_a_meeting_in_a_third_country(pipeline: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Blinken held talks with Xi Jinping in Beijing.", [("USA", "040", "CHN")]),
    ("Iran's president met Putin on the sidelines of the BRICS summit in Kazan.", [("IRN", "040", "RUS")]),
    ("Erdogan met Putin in Sochi.", [("TUR", "040", "RUS")]),
])
def test_a_meeting_in_one_sides_country_stays(pipeline: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


def test_negotiations_keep_their_code(pipeline: Any) -> None:
    codes = {c for _, c, _ in country_triples(pipeline, "Officials from Armenia and Turkey held talks in Vienna.",
                                              _DAY)}
    assert codes == {"046"}


def test_a_body_of_no_one_country_may_meet_anywhere(pipeline: Any) -> None:
    codes = {c for _, c, _ in country_triples(pipeline, "EU leaders met Narendra Modi in Brussels.", _DAY)}
    assert "044" not in codes
