"""People with no country named, placed by the city or region they march or advance to (fifteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2019-11-15")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Security forces fired on coca growers marching towards Cochabamba.", "coca growers", "BOLCVL"),
    ("Farmers marched on Islamabad to demand higher prices.", "Farmers", "PAKCVL"),
    ("Thousands of protesters converged on Lima.", "protesters", "PERCVL"),
    ("Protesters streamed into Kathmandu.", "Protesters", "NPLCVL"),
    ("Miners marched to La Paz.", "Miners", "BOLLAB"),
    ("Police stopped truckers heading for Ottawa.", "truckers", "CANLAB"),
    ("Rebels advanced on Kinshasa.", "Rebels", "CODREB"),
    ("Students marched through Dhaka.", "Students", "BGDEDU"),
])
def test_where_they_march_to(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention"), [
    ("Villagers fled to Kenya.", "Villagers"),  # fleeing: another country
    ("Farmers walked to Kenya.", "Farmers"),  # a country as the goal: a column may cross a border
    ("Farmers sold their crops to Nairobi traders.", "Farmers"),  # no verb of marching
])
def test_where_they_go_is_not_always_theirs(resolver: ActorResolver, nlp: Any, text: str, mention: str) -> None:
    assert mention not in _codes(resolver, nlp, text)


def test_the_place_of_the_act_still_decides(resolver: ActorResolver, nlp: Any) -> None:
    # "to the U.S. embassy" is no goal city: the place "in Baghdad" still places the protesters
    assert _codes(resolver, nlp, "Protesters marched to the U.S. embassy in Baghdad.")["Protesters"] == "IRQCVL"


@pytest.mark.parametrize(("text", "mention"), [
    ("Students protested against Israel's war in Gaza.", "Students"),
    ("Protesters rallied against the war in Ukraine.", "Protesters"),
    ("Workers went on strike over the closure of a mine in Chile.", "Workers"),
])
def test_what_an_act_is_about_is_no_place(resolver: ActorResolver, nlp: Any, text: str, mention: str) -> None:
    # a place under "against", "over" or "about" is what the act is about, not where it happens
    assert mention not in _codes(resolver, nlp, text)


def test_a_place_after_a_time_phrase_still_counts(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Police arrested dozens of protesters after clashes in Lagos.")["Police"] == "NGACOP"
