"""Self-governing territories with their own ISO code (Greenland, New Caledonia, Puerto Rico, the Faroes,
French Polynesia, Guam, Bermuda, and since the fifteenth round Hong Kong and Macau) as actors of their own, with their
heads of government (docs/actors-and-tenures.md, "The fourteenth actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
)

from detente.actors import ActorResolver, KnowledgeBase

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes_2024_05_01 = codes_dated("2024-05-01")
_codes_2019_05_01 = codes_dated("2019-05-01")
_codes = codes_dated("2024-05-15")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Paris declared a state of emergency in New Caledonia on Wednesday.", "New Caledonia", "NCL"),
    ("Emmanuel Macron will travel to New Caledonia this week.", "New Caledonia", "NCL"),
    ("Donald Trump refused to rule out taking control of Greenland.", "Greenland", "GRL"),
    ("Greenland's prime minister rebuffed Trump.", "Greenland's prime minister", "GRLGOV"),
    ("Mette Frederiksen flew to Nuuk on Wednesday.", "Nuuk", "GRLGOV"),
    ("Hurricane Maria devastated Puerto Rico.", "Puerto Rico", "PRI"),
    ("North Korea threatened to strike Guam.", "Guam", "GUM"),
    ("The Faroe Islands signed a fisheries deal with Russia.", "Faroe Islands", "FRO"),
])
def test_territory_names_its_own_code(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


def test_demonyms_of_territories(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Greenlanders voted on Tuesday.").get("Greenlanders") == "GRL"
    assert _codes(resolver, nlp, "Puerto Rican protesters marched in San Juan.").get("Puerto Rican protesters") \
        == "PRICVL"


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Mute Egede", "2023-05-01", "GRLGOV"),
    ("Jens-Frederik Nielsen", "2025-05-01", "GRLGOV"),
    ("Louis Mapou", "2024-05-20", "NCLGOV"),
    ("Ricardo Rossello", "2018-02-01", "PRIGOV"),
    ("Jean-Henry Ceant", "2019-02-01", "HTIGOV"),
    ("Felix Moloua", "2023-05-01", "CAFGOV"),
])
def test_heads_of_government_on_their_dates(kb: KnowledgeBase, name: str, day: str, code: str) -> None:
    assert kb.lookup(name, on=date.fromisoformat(day))[0].actor_code == code


def test_holders_fill_the_offices(kb: KnowledgeBase) -> None:
    assert [t.name for t in kb.holders("GRL", "head_of_government", date(2022, 1, 1))] == ["Múte Egede"]
    assert [t.name for t in kb.holders("TGO", "head_of_government", date(2018, 1, 1))] == ["Selom Komi Klassou"]
    assert [t.name for t in kb.holders("HTI", "head_of_government", date(2013, 1, 1))] == ["Laurent Lamothe"]


def test_common_given_names_stay_unresolved(resolver: ActorResolver, nlp: Any) -> None:
    # Haiti's Claude Joseph and Evans Paul are left out so that "Joseph" and "Paul" alone name no one
    assert _codes(resolver, nlp, "Joseph told reporters the plan had failed.", "2021-05-01").get("Joseph") is None
    assert _codes(resolver, nlp, "Paul told reporters the plan had failed.", "2015-05-01").get("Paul") is None


def test_ilo_head_is_coded_by_the_office_he_holds_on_the_date(kb: KnowledgeBase) -> None:
    assert kb.lookup("Houngbo", on=date(2023, 6, 1))[0].actor_code == "IGOUNOILO"
    assert kb.lookup("Houngbo", on=date(2010, 6, 1))[0].actor_code == "TGOGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Beijing cautioned Washington against meddling in Hong Kong.", "Hong Kong", "HKG"),
    ("Hong Kong police arrested dozens of protesters.", "Hong Kong police", "HKGCOP"),
    ("Hong Kong's government condemned the sanctions.", "Hong Kong's government", "HKGGOV"),
    ("Hongkongers marched against the extradition bill.", "Hongkongers", "HKG"),
    ("Police in Macau detained a businessman.", "Macau", "MAC"),
    ("The Macao government signed an agreement with Portugal.", "Macao government", "MACGOV"),
])
def test_hong_kong_and_macau_are_actors_of_their_own(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                      code: str) -> None:
    assert _codes(resolver, nlp, text, "2019-08-15").get(mention) == code


def test_beijing_stays_china_beside_hong_kong(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Beijing cautioned Washington against meddling in Hong Kong.", "2019-08-15")
    assert codes.get("Beijing") == "CHNGOV"


def test_hong_kong_people_are_coded_to_hong_kong(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Jimmy Lai was sentenced on Monday.", "2025-12-15").get("Jimmy Lai") == "HKGMED"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Will Washington become the first government to recognise Somaliland?", "Somaliland", "SOM"),
    ("Russia recognised Abkhazia and South Ossetia.", "South Ossetia", "GEO"),
    ("Georgian troops shelled Tskhinvali.", "Tskhinvali", "GEO"),
    ("Moldova called on Russia to withdraw its troops from Transnistria.", "Transnistria", "MDA"),
    ("Turkey sent drones to Northern Cyprus.", "Northern Cyprus", "CYP"),
    ("Venezuelan troops have not crossed into the Essequibo region.", "Essequibo", "GUY"),
])
def test_a_territory_of_an_unrecognised_authority_is_its_recognised_state(
        resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian drones struck Sevastopol overnight.", "Sevastopol"),  # annexed by another state
    ("Israel struck targets in the Golan Heights.", "Golan"),
    ("Kashmir has been disputed since 1947.", "Kashmir"),  # divided between states
])
def test_annexed_occupied_and_divided_territories_stay_uncoded(resolver: ActorResolver, nlp: Any, text: str,
                                                               name: str) -> None:
    assert not any(name in m for m in _codes_2024_05_01(resolver, nlp, text))


@pytest.mark.parametrize("text", ["Russia annexed Crimea in 2014.", "Drones struck Crimea overnight."])
def test_crimea_codes_as_ukraine(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert _codes_2019_05_01(resolver, nlp, text, "2023-05-01").get("Crimea") == "UKR"


def test_donbas_is_still_no_actor(resolver: ActorResolver, nlp: Any) -> None:
    assert "Donbas" not in _codes_2019_05_01(resolver, nlp, "Shelling hit Donbas.", "2023-05-01")
