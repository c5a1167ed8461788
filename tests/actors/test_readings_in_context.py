"""Names whose reading the words around them decide (seventeenth actors round): Brussels as Belgium's government,
continents that hold a country's name, a town that shares a president's surname, The Hague as its court, a country
the parser glues to the goods it receives, Urdu group names, longer names that begin with a listed one, a person's
side taken from whom they serve, and the men who seized power in a country."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import coded_actor_triples, codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2025-03-20")


@pytest.mark.parametrize(("text", "code"), [
    ("Kinshasa cut ties with Belgium, accusing Brussels of arming the rebels.", "BELGOV"),
    ("Belgium's police searched the offices, and Brussels summoned the ambassador.", "BELGOV"),
    ("Belgian farmers protested against rules set by Brussels.", "IGOEUREEC"),
    # the IGO where the article names no Belgium, or names the EU beside it
    ("Brussels fined Apple 1.8 billion euros.", "IGOEUREEC"),
    ("Belgium backed the plan that Brussels and the EU's member states agreed.", "IGOEUREEC"),
    ("Belgium and other European states said Brussels would decide.", "IGOEUREEC"),
])
def test_brussels_as_belgium_or_the_eu(resolver: ActorResolver, nlp: Any, text: str, code: str) -> None:
    assert _codes(resolver, nlp, text)["Brussels"] == code


@pytest.mark.parametrize("text", [
    "Violence in Latin America fell last year.",
    "Drought hit Central America and South America.",
    "The storm moved across North America.",
])
def test_continents_are_no_country(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert "USA" not in _codes(resolver, nlp, text).values()


def test_town_taken_is_no_namesake(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "The rebels captured Masisi.", "2024-06-01")
    assert codes["Masisi"] == "COD"
    assert _codes(resolver, nlp, "Masisi visited Gaborone.", "2024-06-01")["Masisi"] == "BWAGOV"


def test_town_attacked_is_no_namesake_out_of_office(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Jihadists attacked Djibo again.", "2024-05-26")["Djibo"] == "BFA"
    # in office on the date, the man
    assert _codes(resolver, nlp, "Rebels attacked Djibo.", "2010-06-01")["Djibo"] == "NERGOV"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Belgrade delivered Mladic to The Hague.", "2011-05-31", "IGOUNOICY"),
    ("Zagreb sent the fugitive general to The Hague.", "2005-12-10", "IGOUNOICY"),
    ("Manila flew Duterte to The Hague.", "2025-03-12", "IGOUNOICC"),
    ("Kony was flown to The Hague.", "2025-03-12", "IGOUNOICC"),
    # envoys go to the Netherlands
    ("Israel sent its ambassador to The Hague.", "2025-03-12", "NLDGOV"),
    ("Pretoria sent a delegation to The Hague.", "2025-03-12", "NLDGOV"),
])
def test_people_handed_to_the_hague(resolver: ActorResolver, nlp: Any, text: str, day: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)["Hague"] == code


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada gave Ukraine Leopard tanks.", ("CAN", "UKR", "072")),
    ("Britain sent Ukraine Challenger tanks.", ("GBR", "UKR", "072")),
])
def test_receiver_glued_to_the_goods(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_actor_triples(pipeline, text, "2023-02-01")


@pytest.mark.parametrize("text", [
    "The Tehran Times reported the strike.",
    "She read the Moscow Times article.",
])
def test_newspaper_names_stay_no_country(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert not _codes(resolver, nlp, text)


def test_urdu_group_name_is_no_person(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Jamaat-e-Islami called a strike in Dhaka.", "2024-08-01")
    assert "ALBGOV" not in codes.values()
    assert _codes(resolver, nlp, "Bashar al-Assad met Putin.", "2020-01-01")["Bashar al-Assad"] == "SYRGOV"


def test_longer_name_that_begins_with_a_listed_one(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Abdul Hamid Dbeibah ordered the militia to disband.", "2025-05-14")
    assert "BGDGOV" not in codes.values()
    assert _codes(resolver, nlp, "Abdul Hamid flew to Delhi.", "2018-05-01")["Abdul Hamid"] == "BGDGOV"


@pytest.mark.parametrize(("text", "day", "name", "code"), [
    ("Police detained Joao Silva, a lawyer for opposition leader Venâncio Mondlane, in Maputo.", "2024-11-01",
     "Joao Silva", "MOZOPP"),
    ("Gunmen shot Ahmed Karim, a spokesman for Hamas, in Beirut.", "2024-01-02", "Ahmed Karim", "PSEREB"),
    ("Oleg Petrenko, an aide to Zelensky, flew to Riyadh.", "2025-03-10", "Oleg Petrenko", "UKRGOV"),
])
def test_person_acts_for_whom_they_serve(resolver: ActorResolver, nlp: Any, text: str, day: str, name: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text, day)[name] == code


def test_person_serving_no_known_side_stays_unknown(resolver: ActorResolver, nlp: Any) -> None:
    assert "Joao Silva" not in _codes(resolver, nlp, "Police detained Joao Silva, a lawyer for the family.")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("ECOWAS threatened the soldiers who seized power in Niger.", "2023-08-01", "soldiers", "NERMIL"),
    ("The AU suspended the officers who took power in Guinea.", "2021-09-10", "officers", "GINMIL"),
])
def test_men_who_seized_power(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                              code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


def test_men_who_died_somewhere_are_not_placed(resolver: ActorResolver, nlp: Any) -> None:
    assert "soldiers" not in _codes(resolver, nlp, "The soldiers who died in Iraq were buried at home.")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Odinga's allies in the Senate blocked the bill, Kenyan media said.", "2024-05-01", "Senate", "KENLEG"),
    ("The Senate voted to remove Nigeria's deputy speaker.", "2024-05-01", "Senate", "NGALEG"),
    ("The Senate confirmed the nominee.", "2024-05-01", "Senate", "USALEG"),
    ("The Senate approved sanctions on Mexico.", "2024-05-01", "Senate", "USALEG"),
])
def test_senate_of_the_one_country_named(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Northern Alliance commanders entered Kabul.", "2001-11-13", "AFGREBNAL"),
    ("The Northern Alliance agreed to a ceasefire brokered by China.", "2023-01-10", "MMRREB"),
])
def test_northern_alliance_by_the_date(resolver: ActorResolver, nlp: Any, text: str, day: str, code: str) -> None:
    codes = _codes(resolver, nlp, text, day)
    assert next(v for k, v in codes.items() if "Northern Alliance" in k) == code


@pytest.mark.parametrize(("text", "absent"), [
    ("Moldova's PAS won a majority in parliament.", "MYSOPPPAS"),  # not Malaysia's Islamic party
    ("Sudan's National Congress Party backed the army.", "INDOPPINC"),  # not India's Congress
    ("Police detained the mayor in Santiago de Cuba.", "CHL"),  # not Chile's capital
])
def test_names_of_other_countries_not_read_inside(resolver: ActorResolver, nlp: Any, text: str, absent: str) -> None:
    assert absent not in _codes(resolver, nlp, text, "2025-01-20").values()


def test_country_fled_to_is_not_the_generals(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "General Ramon Ortega fled to Spain.", "2024-01-01")
    assert not any(code.startswith("ESP") and code != "ESP" for code in codes.values())


def test_given_name_before_al_is_looked_through(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Abdel Wahid al-Nur rejected the talks.", "2024-04-10")
    assert "SOMGOV" not in codes.values()


def test_town_sent_to_over_a_bare_surname(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "The minister sent federal forces to Rosario.", "2024-11-20")["Rosario"] == "ARG"
    codes = _codes(resolver, nlp, "Albert del Rosario met Kerry, and Kerry wrote to Rosario.", "2015-11-20")
    assert codes["Rosario"] == "PHLGOV"


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The CGT marched against Milei's decree.", "2024-01-24", "CGT", "ARGLAB"),
    ("The CGT blocked refineries over Macron's pension reform.", "2023-03-15", "CGT", "FRALAB"),
    # Venezuela's, Ecuador's, Honduras's and Nicaragua's electoral councils share the acronym CNE
    ("The CNE declared Nicolas Maduro the winner.", "2024-08-01", "CNE", "VENGOV"),
    ("The CNE confirmed Daniel Noboa's victory in the runoff.", "2025-04-15", "CNE", "ECUGOV"),
])
def test_bodies_of_the_one_country_named(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


def test_cgt_of_no_one_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "CGT" not in _codes(resolver, nlp, "Argentina's and France's unions and the CGT met.", "2024-01-01")


def test_cne_of_no_one_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "CNE" not in _codes(resolver, nlp, "The CNE said the vote would be held in March.", "2024-01-01")
