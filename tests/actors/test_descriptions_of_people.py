"""What the words around a name say about its country: a company's apposition, two nationalities, a nationality
before an adjective of origin, a relative named after a kinship noun, and plural demonyms of several words
(docs/actors-and-tenures.md, "The fourteenth actors round").
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes_dated = mention_codes
_codes = codes_dated("2025-05-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Beijing placed sanctions on Skydio, the largest American drone maker, on Friday.", "Skydio", "USABUS"),
    ("Moscow fined Kunming Foods, a Chinese company, on Monday.", "Kunming Foods", "CHNBUS"),
    ("The EU fined Nordea, a Finnish bank, for laundering.", "Nordea", "FINBUS"),
    ("Kyiv sanctioned Sinara, a Russian locomotive maker.", "Sinara", "RUSBUS"),
])
def test_company_named_by_its_apposition(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


def test_organisation_apposition_without_a_company_noun_teaches_nothing(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "The strike hit Okhmatdyt, Ukraine's largest children's hospital.")
    assert "Okhmatdyt" not in codes


def test_first_of_two_nationalities(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Elizabeth Tsurkov, the Israeli-Russian researcher abducted in Baghdad, was freed.")
    assert codes.get("Elizabeth Tsurkov") == "ISRCVL"


def test_people_still_learned_from_one_nationality(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Iran arrested Cecilia Sala, an Italian journalist.").get("Cecilia Sala") == "ITAMED"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Berlin court jailed the killer of a Georgian Chechen dissident.", "Georgian Chechen dissident", "GEOOPP"),
    ("A British Pakistani man was jailed in Pakistan.", "British Pakistani", "GBR"),
])
def test_nationality_before_an_adjective_of_origin(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                  code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


def test_region_adjective_alone_keeps_its_country(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Chechen rebels attacked the town.").get("Chechen rebels") == "RUSREB"


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Would Moscow grant asylum to Bashar al-Assad's brother Maher too?", "2025-01-04", "Maher", "SYR"),
    ("A man attacked Nancy Pelosi's husband, Paul, with a hammer.", "2022-10-28", "Paul", "USA"),
])
def test_relative_after_a_kinship_noun(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                      code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


def test_full_name_after_a_kinship_noun_keeps_the_person(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Kim Jong Un's sister Kim Yo Jong threatened Seoul.", "2024-06-01")
    assert codes.get("Kim Yo Jong") == "PRKGOV"


def test_lone_name_without_a_kinship_noun_is_unchanged(resolver: ActorResolver, nlp: Any) -> None:
    # a regnal name has no surname: "Paul" alone is not Pope John Paul II
    assert _codes(resolver, nlp, "Paul said the talks had failed.", "2000-05-01").get("Paul") is None


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Hundreds of thousands of South Koreans braved freezing temperatures.", "South Koreans", "KOR"),
    ("Thousands of North Koreans were sent to Russia.", "North Koreans", "PRK"),
    ("Sri Lankans queued for fuel.", "Sri Lankans", "LKA"),
    ("Costa Ricans voted on Sunday.", "Costa Ricans", "CRI"),
])
def test_plural_of_a_demonym_of_several_words(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                              code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Cheng Lei, an Australian television anchor detained in China, has been freed.", "Cheng Lei", "AUSMED"),
    ("China freed Evan Gershkovich, an American journalist, on Thursday.", "Evan Gershkovich", "USAMED"),
    ("Russia freed Brittney Griner, the American basketball star, on Thursday.", "Brittney Griner", "USACVL"),
    ("Paul Whelan, a former US Marine, was sentenced.", "Paul Whelan", "USACVL"),  # a former soldier
])
def test_an_apposition_naming_a_country_teaches_the_name(resolver: ActorResolver, nlp: Any, text: str,
                                                         mention: str, code: str) -> None:
    assert _codes_dated(resolver, nlp, text, "2023-10-11")[mention] == code


def test_an_apposition_with_another_name_teaches_nothing(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_dated(resolver, nlp, "John Smith, the Russian ambassador Sergei Ivanov and others met.", "2023-10-11")
    assert "John Smith" not in codes
