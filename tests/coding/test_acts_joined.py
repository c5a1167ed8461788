"""Who joins an act a noun names (docs/coding.md, "Structure, eighteenth round"): the subject of "join", "join in",
"take part in" or "participate in" does the act too, aimed where the act is, also when the parser hangs the act's
preposition on the joining verb. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwandan troops took part in the M23's offensive on Goma.", {("RWA", "19", "COD"), ("COD", "19", "COD")}),
    ("Belarusian troops participated in the invasion of Ukraine.", {("BLR", "19", "UKR")}),
    ("Chad joined in the offensive against Boko Haram.", {("TCD", "19", "NGA")}),
    ("Rwandan troops joined the assault on Kharkiv.", {("RWA", "19", "UKR")}),
    ("Chad took part in the talks with Sudan.", {("TCD", "04", "SDN")}),
])
def test_who_takes_part_in_an_act_does_it_too(pipeline: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected


def test_an_act_only_watched_or_talked_about_is_not_joined(pipeline: Any) -> None:
    assert ("RWA", "19", "UKR") not in root_set(pipeline, "Rwandan troops watched the assault on Kharkiv.", _DAY)
    assert ("RWA", "19", "UKR") not in root_set(
        pipeline, "Rwandan officials took part in a meeting on the assault on Kharkiv.", _DAY)


@pytest.mark.parametrize("text", [
    "Veterans who took part in the invasion of Iraq say the war was a mistake.",
    "Many people took part in the assault on Kharkiv.",
])
def test_an_act_joined_by_no_actor_reports_nothing(pipeline: Any, text: str) -> None:
    assert root_set(pipeline, text, _DAY) == set()
