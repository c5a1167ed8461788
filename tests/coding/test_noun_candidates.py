"""Events named by a noun, their agents and victims (coding/noun_candidates.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder
from detente.coding.noun_candidates import victims_named

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2025, 6, 1))


def test_an_act_called_by_an_events_name_is_that_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France said Israel's offensive in Syria amounts to genocide.")
    assert _triples(events) == {("ISR", "20", "SYR", "asserted")}


def test_reaction_drawn_from_someone_is_theirs_aimed_at_whoever_drew_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia seized the tanker, drawing sharp criticism from France.")
    assert ("FRA", "11", "RUS", "asserted") in _triples(events)
    events = _code(nlp, coder, "Israel's strike drew condemnation from Egypt.")
    assert ("EGY", "11", "ISR", "asserted") in _triples(events)


def test_a_hyphened_pair_before_a_joint_act_names_its_sides(pipeline: Any) -> None:
    assert _countries(pipeline, "The Iran-US talks in Muscat ended without a deal.") == {
        ("IRN", "046", "USA"), ("USA", "046", "IRN")}


def test_a_reaction_faced_is_aimed_at_whoever_faces_it(pipeline: Any) -> None:
    assert ("USA", "163", "TUR") in _countries(pipeline, "Turkey could face sanctions from the United States over "
                                                         "the purchase.")
    assert ("POL", "111", "HUN") in _countries(pipeline, "Hungary faced criticism from Poland over its stance.")


# a people's name before a crime against a people names its victims

def test_victims_named_before_a_genocide_or_massacre(nlp: Any) -> None:
    def victims(text: str, word: str) -> list[str]:
        doc = nlp(text)
        return [t.text for t in victims_named(next(t for t in doc if t.lower_ == word))]
    assert victims("The Armenian genocide began in 1915.", "genocide") == ["Armenian"]
    assert victims("The Yazidi massacre shocked Iraq.", "massacre") == ["Yazidi"]
    # an adjective before a massacre is who did it; an "of" phrase names the victims instead
    assert victims("The Russian massacre in Bucha shocked Europe.", "massacre") == []
    assert victims("The Serb massacre of Bosnian Muslims horrified Europe.", "massacre") == []


def test_a_crime_named_after_its_victims_is_aimed_at_them(pipeline: Any) -> None:
    assert _countries(pipeline, "Myanmar's army carried out the Rohingya genocide.") == {("MMR", "202", "MMR")}
    # the victims are no agent: "the Rwandan genocide" is not one by Rwanda
    assert not any(s == "RWA" for s, _, _ in _countries(pipeline, "The Rwandan genocide was carried out by Hutu militias."))
    assert _countries(pipeline, "The Russian massacre in Bucha shocked Europe.") == {("RUS", "202", "UKR")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey will host a fresh round of Russian-Ukrainian talks in Istanbul on Tuesday.", ("RUS", "UKR")),
    ("Iraq could host a fifth round of Saudi-Iranian talks next month.", ("SAU", "IRN")),
])
def test_two_demonyms_joined_by_a_hyphen_are_the_two_sides_of_a_joint_act(pipeline: Any, text: str,
                                                                         pair: tuple[str, str]) -> None:
    """ "Russian-Ukrainian talks": the parser hangs the first demonym on the second; each side talks with the other
    (sixteenth round)."""
    talks = {(s, t) for s, c, t in _countries(pipeline, text) if c == "046"}
    assert talks == {pair, pair[::-1]}


def test_hosting_talks_of_a_hyphened_pair_hosts_both_sides(pipeline: Any) -> None:
    hosted = {t for s, c, t in _countries(pipeline, "Oman hosted a round of Iran-US talks in Muscat.") if c == "043"}
    assert hosted == {"IRN", "USA"}
    hosted = {t for s, c, t in _countries(pipeline, "Iraq could host a fifth round of Saudi-Iranian talks next "
                                                    "month.") if c == "043"}
    assert hosted == {"SAU", "IRN"}


def test_two_places_joined_by_a_hyphen_are_one_target(pipeline: Any) -> None:
    triples = _countries(pipeline, "Saboteurs blew up the Warsaw-Lublin railway line, Donald Tusk said.")
    assert len([t for t in triples if t[2] == "POL"]) <= 1
