"""The act a warning, caution or threat is against (docs/coding.md, "Structure, fifteenth round"): with the one warned
named, the act after the verb's preposition ("against meddling in Moldova's elections") and the places in it are what
the warning is about, not a second target; without one, they still stand for whom it is aimed at. None of these
sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing cautioned Washington against meddling in Hong Kong.", {("CHN", "130", "USA")}),
    ("Brussels warned Moscow against meddling in Moldova's elections.", {("IGO", "130", "RUS")}),
    ("Brussels warned Moscow against interference in Moldova's elections.", {("IGO", "130", "RUS")}),
    ("Britain cautioned Iran against meddling in Iraq.", {("GBR", "130", "IRN")}),
    ("The United States cautioned China against military drills near Taiwan.", {("USA", "130", "CHN")}),
    ("Washington cautioned Beijing against any move against Taiwan.", {("USA", "130", "CHN")}),
])
def test_the_act_warned_against_is_no_second_target(pipeline: Any, text: str,
                                                    expected: set[tuple[str, str, str]]) -> None:
    assert country_set(pipeline, text, _DAY) == expected


def test_hong_kong_is_an_actor_and_still_no_target_of_the_warning(pipeline: Any) -> None:
    # Hong Kong (HKG) is an actor of its own; the warning is Washington's
    assert country_set(pipeline, "Hong Kong police arrested dozens of protesters.", _DAY) == {("HKG", "173", "HKG")}
    assert country_set(pipeline, "Beijing cautioned Washington against meddling in Hong Kong.", date(2019, 8, 15)) \
        == {("CHN", "130", "USA")}


@pytest.mark.parametrize(("text", "expected"), [
    # with no one warned named, what the act warned against names is whom the warning is aimed at
    ("Britain warned against meddling in Iraq.", ("GBR", "130", "IRQ")),
    ("Egypt warned against an Israeli offensive in Rafah.", ("EGY", "130", "ISR")),
])
def test_without_the_one_warned_the_act_names_the_target(pipeline: Any, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert country_set(pipeline, text, _DAY) == {expected}
