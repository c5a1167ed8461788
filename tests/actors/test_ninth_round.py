"""The ninth actors round: the city where something happens, counterparts, titles with no country, the
criminal sector, companies, and territories held by an unrecognised authority (docs/actors-and-tenures.md,
"The ninth actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.actors import ActorResolver
from detente.records import ResolvedActor


def _found(resolver: ActorResolver, nlp: Any, text: str, day: str | None) -> list[ResolvedActor]:
    return list(resolver.resolve(nlp(text), date.fromisoformat(day) if day else None))


def _codes(resolver: ActorResolver, nlp: Any, text: str, day: str | None = "2024-05-01") -> dict[str, str]:
    return {m.mention: m.actor_code for m in _found(resolver, nlp, text, day)}


# -- a capital after a place preposition is the place, not the government --------------------------------


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A car bomb exploded in Mogadishu.", "Mogadishu", "SOM"),
    ("Militants struck a market in Kabul.", "Kabul", "AFG"),
    ("Russian drones rained down across Kyiv overnight.", "Kyiv", "UKR"),
    ("The talks in Doha collapsed.", "Doha", "QAT"),
    ("Kenyan police pushed the gangs out of Port-au-Prince.", "Port-au-Prince", "HTI"),
])
def test_a_capital_where_something_happens_is_its_country(resolver: ActorResolver, nlp: Any, text: str,
                                                          mention: str, code: str) -> None:
    found = {m.mention: m for m in _found(resolver, nlp, text, "2024-05-01")}
    assert (found[mention].actor_code, found[mention].kind) == (code, "place")


@pytest.mark.parametrize(("text", "mention", "code"), [
    # people or a body there, a possessive, and a capital as an actor stay the government's
    ("The government in Kabul rejected the claim.", "Kabul", "AFGGOV"),
    ("Authorities in Beijing said the plan was dead.", "Beijing", "CHNGOV"),
    ("Israel's ambassador in Washington met the envoy.", "Washington", "USAGOV"),
    ("In Moscow's view, the deal is dead.", "Moscow", "RUSGOV"),
    ("Moscow expelled two diplomats.", "Moscow", "RUSGOV"),
    ("Algeria recalled its ambassador from Paris.", "Paris", "FRAGOV"),
])
def test_a_capital_that_names_its_government_stays_the_government(resolver: ActorResolver, nlp: Any, text: str,
                                                                  mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


# -- "his Chinese counterpart" ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Lavrov met his Chinese counterpart in Beijing.", "Chinese counterpart", "CHNGOV"),
    ("Blinken met with his Greek counterpart on Friday.", "Greek counterpart", "GRCGOV"),
    ("US generals spoke with their Chinese counterparts.", "Chinese counterparts", "CHNGOV"),
])
def test_a_counterpart_of_a_country_is_its_government(resolver: ActorResolver, nlp: Any, text: str,
                                                      mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


def test_a_counterpart_with_no_country_names_none(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Blinken met his counterpart on Friday.")
    assert not any("counterpart" in mention for mention in codes)


# -- titles with no country before an unknown name ----------------------------------------------------------


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening up the economy.",
     "1999-05-01", "Planning and Investment Minister Tran Xuan Gia", "VNMGOV"),
    ("Interior Minister Ali Rezaei said Iran would not yield.", "2004-05-01", "Interior Minister Ali Rezaei",
     "IRNGOV"),
    ("Vice-President Moody Awori has declined to resign despite pressure by the Kenya Anti-Corruption Commission.",
     "2004-05-01", "President Moody Awori", "KENGOV"),
])
def test_a_domestic_title_with_no_country_takes_the_one_country_of_its_sentence(
        resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize("text", [
    "Finance Minister Bob Smith said Germany and France must act.",  # two countries: none chosen
    "Foreign Minister Jan Bos said Iran must stop.",  # outward offices speak of other countries
    "Deputy Foreign Minister Jan Bos said Iran must stop.",
    "Prime Minister Jan Bos said Iran must stop.",
    "President Jan Bos met Iran's leader.",
])
def test_an_unknown_name_with_an_outward_title_or_several_countries_is_not_learned(
        resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = _codes(resolver, nlp, text, "2004-05-01")
    assert not any("Bob Smith" in m or "Jan Bos" in m for m in codes)


def test_a_known_vice_president_keeps_his_own_code(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Vice-President Dick Cheney said Iraq must disarm.", "2004-05-01")
    assert [c for m, c in codes.items() if "Cheney" in m] == ["USAGOV"]


# -- the criminal sector ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Somali pirates seized a tanker.", "Somali pirates", "SOMCRM"),
    ("Mexican drug cartels killed 20 people.", "Mexican drug cartels", "MEXCRM"),
    ("Gangs attacked a prison in Port-au-Prince.", "Gangs", "HTICRM"),  # where they act
    ("Can Kenyan police officers push the gangs out of Port-au-Prince?", "gangs", "HTICRM"),  # driven out of
])
def test_gangs_cartels_and_pirates_are_the_criminal_sector(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


def test_gangs_with_no_place_take_no_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "Gangs" not in _codes(resolver, nlp, "Gangs are growing stronger, the report said.")


# -- companies --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Meta's platforms were blocked in Russia.", "2024-05-01", "Meta", "USABUS"),
    ("South Korean prosecutors raided Samsung Electronics' headquarters.", "2017-01-10", "Samsung Electronics",
     "KORBUS"),
    ("Washington added SMIC to its blacklist.", "2020-12-18", "SMIC", "CHNBUS"),
    # a company name that is also a statesman's surname: his with a title or after his full name
    ("President Meta vetoed the law.", "2019-05-01", "President Meta", "ALBGOV"),
])
def test_companies_and_the_people_who_share_their_names(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                        mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


def test_a_surname_after_the_full_name_is_the_person_not_the_company(resolver: ActorResolver, nlp: Any) -> None:
    found = _found(resolver, nlp, "Ilir Meta vetoed the law. Meta said it was unconstitutional.", "2019-05-01")
    assert [(m.mention, m.actor_code) for m in found if "Meta" in m.mention] == [("Ilir Meta", "ALBGOV"),
                                                                                ("Meta", "ALBGOV")]


# -- territories held by an authority no state recognises ---------------------------------------------------


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
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian drones struck Sevastopol overnight.", "Sevastopol"),  # annexed by another state
    ("Israel struck targets in the Golan Heights.", "Golan"),
    ("Kashmir has been disputed since 1947.", "Kashmir"),  # divided between states
])
def test_annexed_occupied_and_divided_territories_stay_uncoded(resolver: ActorResolver, nlp: Any, text: str,
                                                               name: str) -> None:
    assert not any(name in m for m in _codes(resolver, nlp, text))
