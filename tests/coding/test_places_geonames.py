"""Towns the gazetteer and the actor data leave out, read from GeoNames (docs/coding.md, "Round twenty-nine: towns
from GeoNames"): an attack on something in a town is aimed at the town's country, and the town is the event's
location; names that are common words, given names or shared by cities of several countries are left alone unless
the sentence names the country. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

from detente.coding.geonames import city_named

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("name", "country"), [
    ("Culiacan", "MEX"), ("Kremenchuk", "UKR"), ("Kumba", "CMR"), ("Manbij", "SYR"), ("Surat", "IND"),
    ("Magdeburg", "DEU"), ("Dresden", "DEU"), ("Owo", "NGA"), ("Syzran", "RUS"), ("Nakuru", "KEN"),
    ("Kryvyi Rih", "UKR"), ("Beledweyne", "SOM"),
])
def test_a_town_by_its_name(name: str, country: str) -> None:
    city = city_named(name)
    assert city is not None and city.country == country


@pytest.mark.parametrize("name", ["Reading", "Mobile", "Bath", "Nice", "Split", "Of", "Victoria", "Florence",
                                  "Asia", "North", "Andes", "Africa"])
def test_common_words_given_names_and_regions_are_no_town(name: str) -> None:
    assert city_named(name) is None


def test_a_name_shared_by_two_countries_needs_one_named() -> None:
    # Valencia: Spain's and Venezuela's cities are of comparable size
    assert city_named("Valencia") is None
    found = city_named("Valencia", {"VEN"})
    assert found is not None and found.country == "VEN"
    found = city_named("Hyderabad", {"PAK"})
    assert found is not None and found.country == "PAK"


def test_a_small_town_needs_its_country_named() -> None:
    assert city_named("Arras") is None
    found = city_named("Arras", {"FRA"})
    assert found is not None and found.country == "FRA"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian drones hit a fuel depot in Engels.", [("UKR", "195", "RUS")]),
    ("Ukrainian drones hit a refinery in Syzran.", [("UKR", "195", "RUS")]),
    ("Ukrainian drones struck an oil refinery in Novokuybyshevsk.", [("UKR", "195", "RUS")]),
    ("Ukrainian drones attacked an oil depot near Tuapse.", [("UKR", "195", "RUS")]),
    ("Russian drones hit an energy facility in Kryvyi Rih.", [("RUS", "195", "UKR")]),
    ("Russian drones attacked the port of Izmail.", [("RUS", "195", "UKR")]),
])
def test_a_strike_on_something_in_a_town_is_aimed_at_its_country(pipeline: Any, text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town", "country"), [
    ("Thousands of Germans protested in Dresden against the government's migration policy.", "Dresden", "DEU"),
    ("Protesters rallied in Hyderabad, Pakistan, against rising fuel prices.", "Hyderabad", "PAK"),
    ("Al-Shabaab militants attacked a military base in Beledweyne.", "Beledweyne", "SOM"),
    ("Pakistani forces killed six militants in a raid in Bannu.", "Bannu", "PAK"),
    ("Sudanese army drones struck a fuel depot in Nyala.", "Nyala", "SDN"),
    ("A French teacher was stabbed to death at a school in Arras, France.", "Arras", "FRA"),
    ("Police in Kenya arrested 50 protesters in Nakuru.", "Nakuru", "KEN"),
])
def test_a_town_is_the_events_location(pipeline: Any, text: str, town: str, country: str) -> None:
    events = pipeline.code_text(text, published_on=_DAY)
    assert events and all(e.location is not None and e.location.name == town and e.location.country == country
                          for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russian drones struck a warehouse in Valencia.",  # Spain's or Venezuela's
    "Israeli jets struck targets near Mobile.",  # a common word
    "Russian missiles struck a plant in Reading.",
    "Ukrainian drones hit an airbase near Morozovsk.",  # a small town, its country unnamed
])
def test_no_country_for_a_common_word_a_shared_name_or_a_small_town(pipeline: Any, text: str) -> None:
    assert [t for _, _, t in country_triples(pipeline, text, _DAY)] == [None]
    assert all(e.location is None for e in pipeline.code_text(text, published_on=_DAY))



@pytest.mark.slow
@pytest.mark.parametrize(("text", "own", "expected"), [
    ("Ukrainian drones rained down on Syzran overnight.", "UKR", ["RUS"]),
    ("Ukrainian drones attacked targets across Engels.", "UKR", ["RUS"]),
    ("Ukrainian drones attacked targets across Engels.", "RUS", []),  # a town of the source's own country
    ("Russian troops advanced on Pokrovsk.", "RUS", ["UKR"]),  # the gazetteer's own place, as before
])
def test_force_on_a_town_names_its_country(pipeline: Any, text: str, own: str, expected: list[str]) -> None:
    from detente.coding.named_places import gazetteer_place

    doc = pipeline.nlp(text)
    mentions = pipeline.resolver.resolve(doc, _DAY)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert [a.country for a in gazetteer_place(verb, {own}, mentions)] == expected
