"""Sector words (police, officials, unions, journalists, military rulers, gangs) and the country they act in."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_codes_2024_05_01 = codes_dated("2024-05-01")
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2024_06_01 = codes_dated("2024-06-01")
_codes_2019_05_01 = codes_dated("2019-05-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Police fired tear gas at opposition supporters in Maputo on Thursday.", "Police", "MOZCOP"),
    ("Police arrested three British men in Bangkok.", "Police", "THACOP"),
    ("Police in Germany arrested a Syrian man.", "Police", "DEUCOP"),
    ("Police officers from Kenya arrived in Haiti.", "Police officers", "KENCOP"),
])
def test_police_with_no_country_are_those_of_the_place_they_act_in(resolver: ActorResolver, nlp: Any, text: str,
                                                                   mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, "2024-10-30")[mention] == code


@pytest.mark.parametrize("text", [
    "Police said the man had fought in Syria.",          # the place is in another clause
    "The police raided a house in Berlin and a flat in Vienna.",  # two countries: not one place
])
def test_police_take_no_country_from_another_clause_or_from_two_places(resolver: ActorResolver, nlp: Any,
                                                                       text: str) -> None:
    codes = _codes(resolver, nlp, text, "2024-10-30")
    assert not any(code.endswith("COP") for code in codes.values())


def test_protesters_against_a_country_are_those_of_where_they_march(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Anti-Israel protesters marched in London.", "2024-05-01")
    assert codes["protesters"] == "GBRCVL"


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Forces loyal to Laurent Gbagbo shelled Abidjan.", None, "Forces", "CIVMIL"),
    ("Troops loyal to Gaddafi attacked Misrata.", "2011-03-01", "Troops", "LBYMIL"),
    ("Militants loyal to Iraq's al-Qaeda frontman said they attacked the convoy.", None, "Militants", "IRQREB"),
])
def test_a_sector_word_loyal_to_someone_is_of_their_country(resolver: ActorResolver, nlp: Any, text: str,
                                                            day: str | None, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Somali pirates seized a tanker.", "Somali pirates", "SOMCRM"),
    ("Mexican drug cartels killed 20 people.", "Mexican drug cartels", "MEXCRM"),
    ("Gangs attacked a prison in Port-au-Prince.", "Gangs", "HTICRM"),  # where they act
    ("Can Kenyan police officers push the gangs out of Port-au-Prince?", "gangs", "HTICRM"),  # driven out of
    ("Bandits abducted dozens of villagers in Zamfara.", "Bandits", "NGACRM"),  # sixteenth round
    ("Nigerian bandits killed 30 people.", "Nigerian bandits", "NGACRM"),
    ("The army killed 20 bandits near Katsina.", "bandits", "NGACRM"),
])
def test_gangs_cartels_and_pirates_are_the_criminal_sector(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text)[mention] == code


def test_gangs_with_no_place_take_no_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "Gangs" not in _codes_2024_05_01(resolver, nlp, "Gangs are growing stronger, the report said.")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Officials in Kyiv said Russia fired missiles.", "Officials", "UKRGOV"),
    ("Authorities in Tigray rejected the deal.", "Authorities", "ETHGOV"),
    ("The Department of War said the strike was lawful.", "Department of War", "USAMIL"),
])
def test_officials_in_a_place(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


def test_diplomats_in_a_capital_are_not_its_government(resolver: ActorResolver, nlp: Any) -> None:
    assert "Diplomats" not in _codes_2025_10_01(resolver, nlp, "Diplomats in Moscow said the talks had stalled.")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Thai and Cambodian troops clashed along the border.", "Thai", "THAMIL"),
    ("Russian, Chinese and Iranian warships held drills.", "Chinese", "CHNMIL"),
    ("Israeli and US officials met in Cairo.", "Israeli", "ISRGOV"),
    ("Turkish and Syrian Kurds protested.", "Turkish", "TUR"),  # no sector word: the country
    ("Chinese coast guard vessels fired water cannon.", "Chinese coast guard", "CHNMIL"),
    ("Polish border guards detained migrants.", "Polish border guards", "POLCOP"),
])
def test_shared_sector_words_and_forces(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


def test_thousands_of_protesters_act_where_their_verb_places_them(resolver: ActorResolver, nlp: Any) -> None:
    text = "Thousands of protesters broke into the president's official residence in Colombo on Saturday."
    assert _codes_2025_10_01(resolver, nlp, text, "2022-07-09")["protesters"] == "LKACVL"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Zelensky said his own parliament would reject the deal.", "his own parliament", "UKRLEG"),
    ("Netanyahu said his government would not fall.", "his government", "ISRGOV"),
])
def test_his_sector_word_and_western_officials(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                               code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Burkina Faso's military rulers expelled the envoy.", "Burkina Faso's military rulers", "BFAGOV"),
    ("Myanmar's military government expelled the envoy.", "Myanmar's military government", "MMRGOV"),
    ("Nigeria's military authorities arrested him.", "Nigeria's military authorities", "NGAGOV"),
    ("Argentina's unions called a general strike.", "Argentina's unions", "ARGLAB"),
    ("Kenyan trade unions called a strike.", "Kenyan trade unions", "KENLAB"),
    ("Manipur's governor imposed a curfew.", "Manipur's governor", "INDGOV"),
    ("Malaysia's pardons board halved the sentence.", "Malaysia's pardons board", "MYSGOV"),
    ("Pakistan's election commission barred the candidate.", "Pakistan's election commission", "PAKGOV"),
    ("Kenya's High Court suspended the deployment.", "Kenya's High Court", "KENJUD"),
])
def test_sector_words_of_rulers_unions_governors_boards_and_courts(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, text).get(mention) == code


def test_the_military_itself_stays_the_military(resolver: ActorResolver, nlp: Any) -> None:
    # only "rulers", "government", "regime", "authorities" after "military" make the government
    assert _codes_2024_06_01(resolver, nlp, "Burkina Faso's military shelled the town.") == {"Burkina Faso's military": "BFAMIL"}


def test_the_union_of_an_igo_is_not_labour(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2024_06_01(resolver, nlp, "Britain formally left the European Union.")["European Union"] == "IGOEUREEC"


def test_journalists_from_a_country_are_its_media(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_2019_05_01(resolver, nlp, "Russia expelled two journalists from Britain on Monday.")
    assert codes.get("journalists") == "GBRMED" and codes.get("Russia") == "RUS"


def test_journalists_in_a_capital_take_no_country_from_it(resolver: ActorResolver, nlp: Any) -> None:
    # correspondents in Moscow are mostly foreign ones: "in" gives journalists no country
    assert _codes_2019_05_01(resolver, nlp, "Journalists in Moscow were told to leave.").get("Journalists") != "RUSMED"
