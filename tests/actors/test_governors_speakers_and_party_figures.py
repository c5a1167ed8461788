"""People that news of 2020-2025 quotes outside the offices files: regional governors of the war in Ukraine,
speakers of parliaments, party and military figures of China, Russia, Ukraine and Taiwan, police and army chiefs,
opposition leaders before they took office; bodies named as actors of listings and warnings (FATF, IEA); and "He"
as a Chinese family name. Sentences are our own (see docs/actors-and-tenures.md, "Round twenty-two: actors news
names by role")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated, mention_codes

codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Vyacheslav Gladkov said Ukrainian drones had hit Belgorod.", "2024-06-01", "Vyacheslav Gladkov", "RUSGOV"),
    ("Alexei Smirnov said Ukrainian troops had entered the region.", "2024-08-10", "Alexei Smirnov", "RUSGOV"),
    ("Oleh Syniehubov said Russian missiles had struck Kharkiv.", "2024-06-01", "Oleh Syniehubov", "UKRGOV"),
    ("Ihor Terekhov said the city had been shelled.", "2024-06-01", "Ihor Terekhov", "UKRGOV"),
    ("Sergei Aksyonov said air defences were active.", "2024-06-01", "Sergei Aksyonov", "RUSGOV"),
    ("Nechirvan Barzani visited Tehran.", "2024-06-01", "Nechirvan Barzani", "IRQGOV"),
    ("Aidarous al-Zubaidi declared self-rule.", "2020-04-26", "Aidarous al-Zubaidi", "YEMREBSTC"),
    ("Aidarous al-Zubaidi met Saudi officials.", "2024-06-01", "Aidarous al-Zubaidi", "YEMGOV"),
    ("Vyacheslav Volodin attacked the West.", "2024-06-01", "Vyacheslav Volodin", "RUSLEG"),
    ("Valentina Matviyenko met Iranian officials.", "2024-06-01", "Valentina Matviyenko", "RUSLEG"),
    ("Ruslan Stefanchuk met US lawmakers.", "2024-06-01", "Ruslan Stefanchuk", "UKRLEG"),
    ("Zhao Leji met Kim Jong Un.", "2024-04-13", "Zhao Leji", "CHNLEG"),
    ("Wang Huning met Taiwanese officials.", "2024-06-01", "Wang Huning", "CHNGOV"),
    ("Petro Poroshenko criticised Zelensky.", "2024-06-01", "Petro Poroshenko", "UKROPP"),
    ("Petro Poroshenko met Putin in Minsk.", "2015-02-11", "Petro Poroshenko", "UKRGOV"),  # in office then
    ("Peter Magyar criticised Orban.", "2024-06-01", "Peter Magyar", "HUNOPP"),
    ("Eric Chu met Chinese officials.", "2024-06-01", "Eric Chu", "TWNOPP"),
    ("Andriy Kostin accused Russia of war crimes.", "2023-06-01", "Andriy Kostin", "UKRJUD"),
    ("Mykola Oleshchuk said the air force had shot down a jet.", "2024-02-23", "Mykola Oleshchuk", "UKRMIL"),
    ("Kayode Egbetokun ordered police deployment.", "2024-06-01", "Kayode Egbetokun", "NGACOP"),
    ("General Christopher Musa said troops had killed bandits.", "2024-06-01", "Christopher Musa", "NGAMIL"),
])
def test_people_quoted_on_the_date(resolver: Any, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The FATF removed Pakistan from its grey list.", "FATF", "IGOFTF"),
    ("The International Energy Agency warned of shortages.", "International Energy Agency", "IGOIEA"),
    ("The New Development Bank approved a loan.", "New Development Bank", "IGOBRC"),
    ("The European Investment Bank lent Ukraine money.", "European Investment Bank", "IGOEUREEC"),
])
def test_bodies_named_as_actors(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code


def test_he_before_a_name_is_a_family_name(resolver: Any, nlp: Any) -> None:
    found = codes(resolver, nlp, "Scott Bessent met He Lifeng in Geneva.", "2025-05-11")
    assert found.get("He Lifeng") == "CHNGOV"
    assert found.get("Scott Bessent") == "USAGOV"


@pytest.mark.parametrize("text", [
    "He said the talks had been constructive.",
    "He Lifeng's counterpart said he would attend.",
])
def test_he_alone_is_no_name(resolver: Any, nlp: Any, text: str) -> None:
    assert "He" not in codes(resolver, nlp, text, "2025-05-11")


def test_an_unknown_name_after_he_takes_no_pronoun(resolver: Any, nlp: Any) -> None:
    found = codes(resolver, nlp, "Wang Yi met He Xiaoming in Beijing.")
    assert "He" not in found and found.get("Wang Yi") == "CHNGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("South Korea's presidential office said the summit would go ahead.", "South Korea's presidential office",
     "KORGOV"),
    ("Baabda Palace said the president would meet the envoy.", "Baabda Palace", "LBNGOV"),
    ("Malacanang said the president would attend.", "Malacanang", "PHLGOV"),
    ("Villa Somalia said the president would attend.", "Villa Somalia", "SOMGOV"),
    ("The Diet approved the budget.", "Diet", "JPNLEG"),
])
def test_seats_of_government(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize("text", ["Diet and exercise matter.", "The presidential palace was shelled."])
def test_no_seat_without_its_name_or_country(resolver: Any, nlp: Any, text: str) -> None:
    assert codes(resolver, nlp, text) == {}


@pytest.mark.parametrize(("text", "word"), [
    ("Sheriff John Bailey said the suspect fled. Bailey added that the police were searching.", "Bailey"),
    ("Eric said the plan was good.", "Eric"),  # Eric Chu's given name: his name is in Western order
    ("Kostin said the bank would survive sanctions.", "Kostin"),  # Ukraine's prosecutor or Russia's banker
    ("Israel annexed the Golan in 1981.", "Golan"),
    ("The Pan-African Parliament condemned the coup.", "Pan"),
])
def test_a_surname_that_may_be_anyone_stays_unresolved(resolver: Any, nlp: Any, text: str, word: str) -> None:
    assert not any(word in mention for mention in codes(resolver, nlp, text))


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Stalin deported the Chechens in 1944.", "Stalin", "RUSGOV"),  # not M. K. Stalin
    ("M. K. Stalin criticised the governor.", "M. K. Stalin", "INDOPP"),
    ("Chu met Chinese officials.", "Chu", "TWNOPP"),
    ("Mehmet Şimşek met investors.", "Mehmet Şimşek", "TURGOV"),
    ("Lan Fo'an announced new stimulus.", "Lan Fo'an", "CHNGOV"),
    ("Siluanov said Russia would cut spending.", "Siluanov", "RUSGOV"),
    ("Mallikarjun Kharge criticised Modi.", "Mallikarjun Kharge", "INDOPP"),
    ("Amir Ohana met the families.", "Amir Ohana", "ISRLEG"),
])
def test_names_and_surnames_that_name_one_person(resolver: Any, nlp: Any, text: str, mention: str,
                                                 code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code
