"""The thirteenth actors round: a known name after another country's title, lone surnames that are places,
cities that name accords, "opposition to" as a stance, the armed men of a region, Crimea and Mercosur
(docs/actors-and-tenures.md, "The thirteenth actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.actors import ActorResolver


def _codes(resolver: ActorResolver, nlp: Any, text: str, day: str = "2019-05-01") -> dict[str, str]:
    return {m.mention: m.actor_code for m in resolver.resolve(nlp(text), date.fromisoformat(day))}


# -- a known name after a title of a country where that person holds no office ---------------------------


def test_title_of_another_country_names_a_namesake(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Colombian Defence Minister Pedro Sanchez met the rebels.", "2025-03-01")
    assert codes == {"Colombian Defence Minister Pedro Sanchez": "COLGOV"}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Spanish Prime Minister Pedro Sanchez met the rebels.", "Spanish Prime Minister Pedro Sanchez", "ESPGOV"),
    ("Russian President Vladimir Putin met the rebels.", "Russian President Vladimir Putin", "RUSGOV"),
])
def test_title_of_the_persons_own_country_keeps_the_person(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, "2025-03-01").get(mention) == code


# -- lone surnames after a place preposition; "the Hague"; "machete-wielding" ------------------------------


def test_lone_surname_after_in_is_the_town(resolver: ActorResolver, nlp: Any) -> None:
    assert "Bolton" not in _codes(resolver, nlp, "He spoke at a rally in Bolton on Friday.")


def test_surname_after_in_keeps_a_person_named_earlier(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "John Bolton said Iran lied. He repeated it in Bolton's memoir.")
    assert codes.get("John Bolton") == "USAGOV"
    assert "Bolton" in " ".join(codes)


def test_lone_surname_as_subject_is_still_the_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Bolton said Iran lied.").get("Bolton") == "USAGOV"


def test_the_hague_tribunal_is_no_british_minister(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Serbia handed him to the Hague tribunal.", "2001-05-01") == {"Serbia": "SRB"}


def test_weapon_compound_is_no_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Machete-wielding men attacked the village.") == {}


# -- cities that name an accord ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "France urged states to honour the Paris climate agreement.",
    "Kyiv said Moscow broke the Minsk peace accords.",
])
def test_city_before_modified_accord_is_no_actor(resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = _codes(resolver, nlp, text)
    assert "Paris" not in codes and "Minsk" not in codes


def test_city_court_is_still_the_judiciary_or_government(resolver: ActorResolver, nlp: Any) -> None:
    # "court" is not an accord word: a capital's court is the country's, not a name
    assert "Cairo" in " ".join(_codes(resolver, nlp, "A Cairo court sentenced the activist."))


# -- "opposition to" is a stance ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran reiterated its opposition to the deal.", {"Iran": "IRN"}),
    ("Iran's opposition to the deal angered Washington.", {"Iran": "IRN", "Washington": "USAGOV"}),
    ("Russia voiced opposition against NATO expansion.", {"Russia": "RUS", "NATO": "IGOWSTNAT"}),
])
def test_opposition_to_is_a_stance(resolver: ActorResolver, nlp: Any, text: str, expected: dict[str, str]) -> None:
    assert _codes(resolver, nlp, text) == expected


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iran's opposition staged protests.", "Iran's opposition", "IRNOPP"),
    ("The Kenyan opposition rejected the vote.", "Kenyan opposition", "KENOPP"),
])
def test_the_opposition_itself_stays(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


# -- a region's armed men; Crimea; Mercosur ----------------------------------------------------------


@pytest.mark.parametrize(("text", "mention"), [
    ("Tigrayan forces captured the town.", "Tigrayan forces"),
    ("Chechen forces ambushed a convoy.", "Chechen forces"),
])
def test_forces_of_a_region_are_rebels(resolver: ActorResolver, nlp: Any, text: str, mention: str) -> None:
    assert _codes(resolver, nlp, text, "2021-05-01")[mention].endswith("REB")


def test_forces_of_a_country_stay_military(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Pakistani border forces fired on Afghan troops.", "2021-05-01") == {
        "Pakistani border forces": "PAKMIL", "Afghan troops": "AFGMIL"}


@pytest.mark.parametrize("text", ["Russia annexed Crimea in 2014.", "Drones struck Crimea overnight."])
def test_crimea_codes_as_ukraine(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert _codes(resolver, nlp, text, "2023-05-01").get("Crimea") == "UKR"


def test_donbas_is_still_no_actor(resolver: ActorResolver, nlp: Any) -> None:
    assert "Donbas" not in _codes(resolver, nlp, "Shelling hit Donbas.", "2023-05-01")


def test_mercosur(resolver: ActorResolver, nlp: Any, kb: Any) -> None:
    assert _codes(resolver, nlp, "Mercosur suspended Venezuela.", "2017-03-01") == {
        "Mercosur": "IGOSAMMER", "Venezuela": "VEN"}
    assert "VEN" in kb.members("IGOSAMMER", date(2014, 1, 1))
    assert "VEN" not in kb.members("IGOSAMMER", date(2018, 1, 1))
    assert "BOL" in kb.members("IGOSAMMER", date(2025, 1, 1))


# -- journalists from a country ------------------------------------------------------------------------


def test_journalists_from_a_country_are_its_media(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Russia expelled two journalists from Britain on Monday.")
    assert codes.get("journalists") == "GBRMED" and codes.get("Russia") == "RUS"


def test_journalists_in_a_capital_take_no_country_from_it(resolver: ActorResolver, nlp: Any) -> None:
    # correspondents in Moscow are mostly foreign ones: "in" gives journalists no country
    assert _codes(resolver, nlp, "Journalists in Moscow were told to leave.").get("Journalists") != "RUSMED"
