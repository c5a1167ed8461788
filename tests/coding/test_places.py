"""Tests of the gazetteer and of event places found in a sentence, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from detente.coding.places import Gazetteer, find_location, normalize_place_name, parse_gazetteer
from detente.errors import CodebookError
from detente.records import Location

HEADER = "name,kind,country,lat,lon,aliases\n"
REQUIRED_PLACES = [
    "Kharkiv", "Odesa", "Mariupol", "Bakhmut", "Donetsk", "Luhansk", "Crimea", "Sevastopol", "Gaza City",
    "Rafah", "Khan Younis", "Jenin", "Haifa", "Tel Aviv", "Isfahan", "Natanz", "Fordow", "Bushehr", "Mosul",
    "Aleppo", "Idlib", "Homs", "Benghazi", "Misrata", "Hodeidah", "Aden", "Sanaa", "Kandahar", "Herat",
    "Karachi", "Lahore", "Mumbai", "Shanghai", "Hong Kong", "Vladivostok", "St Petersburg", "Kaliningrad",
    "Geneva", "New York", "Vienna", "Davos", "Ashgabat",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_gazetteer_has_at_least_400_places(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) >= 400


def test_gazetteer_every_country_has_a_capital(gazetteer: Gazetteer) -> None:
    countries = {p.country for p in gazetteer if p.kind == "country"}
    capitals = {p.country for p in gazetteer if p.kind == "capital"}
    assert len(countries) >= 195
    assert countries - capitals == {"MCO", "SGP", "VAT"}  # city-states: the country is the city


def test_gazetteer_country_point_is_its_capital(gazetteer: Gazetteer) -> None:
    capitals = {p.country: p for p in gazetteer if p.kind == "capital"}
    for place in gazetteer:
        if place.kind == "country" and place.country in capitals:
            capital = capitals[place.country]
            assert (place.lat, place.lon) == (capital.lat, capital.lon), place.name


@pytest.mark.parametrize("name", REQUIRED_PLACES)
def test_gazetteer_has_places_in_the_news(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.find(name) is not None


@pytest.mark.parametrize(("name", "canonical", "country"), [
    ("Kiev", "Kyiv", "UKR"), ("ODESSA", "Odesa", "UKR"), ("Khan Yunis", "Khan Younis", "PSE"),
    ("Côte d'Ivoire", "Ivory Coast", "CIV"), ("Türkiye", "Turkey", "TUR"), ("the Netherlands", "Netherlands", "NLD"),
    ("St. Petersburg", "St Petersburg", "RUS"), ("Sana'a", "Sanaa", "YEM"), ("U.S.", "United States", "USA"),
    ("Burma", "Myanmar", "MMR"), ("Bogotá", "Bogota", "COL"), ("Zürich", "Zurich", "CHE"),
])
def test_gazetteer_find_is_alias_case_and_diacritic_insensitive(gazetteer: Gazetteer, name: str,
                                                                  canonical: str, country: str) -> None:
    found = gazetteer.find(name)
    assert found is not None
    assert (found.name, found.country) == (canonical, country)


def test_gazetteer_find_unknown_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Atlantis") is None
    assert gazetteer.find("") is None


def test_gazetteer_coordinates_of_a_capital(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Turkmenistan") == Location(name="Turkmenistan", country="TKM", lat=37.95, lon=58.38)


def test_gazetteer_rejects_name_used_twice() -> None:
    text = HEADER + "Kyiv,capital,UKR,50.45,30.52,Kiev\nKiev,city,UKR,50.45,30.52,\n"
    with pytest.raises(CodebookError) as info:
        parse_gazetteer(text, where="g.csv")
    assert info.value.code == "D402" and "g.csv:3" in info.value.message


@pytest.mark.parametrize("row", ["Kyiv,town,UKR,50.45,30.52,", "Kyiv,city,Ukraine,50.45,30.52,",
                                 "Kyiv,city,UKR,95.0,30.52,", "Kyiv,city,UKR,north,30.52,"])
def test_gazetteer_rejects_bad_row(row: str) -> None:
    with pytest.raises(CodebookError, match="g.csv:2"):
        parse_gazetteer(HEADER + row + "\n", where="g.csv")


def test_normalize_place_name_drops_case_marks_and_article() -> None:
    assert normalize_place_name("The Hague") == normalize_place_name("hague")
    assert normalize_place_name("Rostov-on-Don") == "rostov on don"


def _location(nlp: Any, gazetteer: Gazetteer, text: str, skip: tuple[int, ...] = ()) -> Location | None:
    return find_location(next(nlp(text).sents), gazetteer, skip_tokens=skip)


@pytest.mark.slow
def test_find_location_country_gives_capital_point(nlp: Any, gazetteer: Gazetteer) -> None:
    # Our representative point of a country is its capital's (Ashgabat for Turkmenistan), not the centroid.
    loc = _location(nlp, gazetteer, "Putin is scheduled to meet with Iran's president on Friday in Turkmenistan.")
    assert loc == Location(name="Turkmenistan", country="TKM", lat=37.95, lon=58.38)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("Israeli strikes hit targets near Isfahan", "Isfahan"),
    ("The ministers met at Davos in Switzerland.", "Davos"),
    ("Talks were held in St. Petersburg, Russia.", "St Petersburg"),
    ("Fighting raged in Khan Younis and Rafah.", "Khan Younis"),
    ("Protesters rallied outside the US embassy in Gaza City on Monday.", "Gaza City"),
    ("Russia and Ukraine fought in the Donbas region in 2023.", "Donbas"),
    ("The talks in Geneva collapsed.", "Geneva"),
    ("Houthi forces attacked a cargo ship in the Red Sea.", "Red Sea"),
    ("Araghchi met Putin in the Kremlin on Friday.", "Kremlin"),
])
def test_find_location_prefers_city_in_locative_phrase(nlp: Any, gazetteer: Gazetteer, text: str, name: str) -> None:
    loc = _location(nlp, gazetteer, text)
    assert loc is not None and loc.name == name


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Iran attacked Israel from Tehran.", "Russian missiles struck Kharkiv.",
                                  "Iran condemned the strikes.", "Drones flew around us all night.",
                                  "Leaders met in Latin America."])
def test_find_location_needs_a_locative_preposition(nlp: Any, gazetteer: Gazetteer, text: str) -> None:
    assert _location(nlp, gazetteer, text) is None


@pytest.mark.slow
def test_find_location_skips_actor_tokens(nlp: Any, gazetteer: Gazetteer) -> None:
    text = "Officials in Tehran condemned the attack."
    assert _location(nlp, gazetteer, text) == gazetteer.find("Tehran")
    assert _location(nlp, gazetteer, text, skip=(2,)) is None
