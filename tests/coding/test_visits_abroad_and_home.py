"""Visits to one's own people abroad and trips home (docs/coding.md, "Structure, seventeenth round"): visiting one's
own troops or police abroad is a visit to where they are; a trip to one's own country is no visit; a visit to one's
own troops at home stays one. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("William Ruto flew into Port-au-Prince on Saturday to visit the Kenyan police officers leading the "
     "multinational mission against Haiti's gangs.", {("KEN", "04", "HTI")}),
    ("Putin visited Russian troops in Syria.", {("RUS", "04", "SYR")}),
    ("Macron travelled to Mali to visit French soldiers.", {("FRA", "04", "MLI")}),
])
def test_a_visit_to_ones_own_abroad_is_to_where_they_are(pipeline: Any, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    assert _roots(pipeline, text) == expected


def test_one_trip_with_a_purpose_is_one_visit(pipeline: Any) -> None:
    events = pipeline.code_text("Macron travelled to Mali to visit French soldiers.", published_on=_DAY)
    assert [e.event_code for e in events] == ["042"]


def test_a_visit_to_ones_own_troops_at_home_stays(pipeline: Any) -> None:
    assert _roots(pipeline, "Zelensky visited Ukrainian troops near Bakhmut.") == {("UKR", "04", "UKR")}


@pytest.mark.parametrize("text", [
    "Zelensky flew back to Kyiv after the summit.",
    "Macron flew back to Paris from Kyiv.",
    "Will Maduro dare to arrest Guaido when he flies back to Caracas?",
])
def test_a_trip_home_is_no_visit(pipeline: Any, text: str) -> None:
    assert not any(r[1] == "04" for r in _roots(pipeline, text))


def test_flying_back_to_another_country_is_a_visit(pipeline: Any) -> None:
    assert _roots(pipeline, "Blinken flew back to Israel on Monday.") == {("USA", "04", "ISR")}
