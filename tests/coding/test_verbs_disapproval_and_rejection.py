"""Lexicon families of CAMEO roots 11-12 (disapproval, rejection), each on sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    by_country,
    coded_triples,
    country_triples,
)

_coded = partial(coded_triples, day=date(2024, 3, 1))
_countries = partial(country_triples, day=date(2024, 3, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # 112x: accusations by what is alleged, through "committing"; aggression is 1123
    ("Chile accused Peru of spying.", [("CHL", "1125", "PER")]),
    ("Kenya accused Somalia of committing war crimes.", [("KEN", "1124", "SOM")]),
    ("Ghana accused Togo of corruption.", [("GHA", "1121", "TGO")]),
    ("Chile accused Peru of aggression.", [("CHL", "1123", "PER")]),  # the codebook's 1123 (coverage pass)
    # frames code finer complements with the codebook's own subcodes
    ("Kenya refused to allow UN inspectors into the country.", [("KEN", "1245", "IGOUNO")]),
    # a message, letter or note stands for what it carries; appeal courts upholding convictions
    ("Japan sent a note of protest to China.", [("JPN", "114", "CHN")]),
    ("A Kenyan court upheld the conviction of a British soldier.", [("KENJUD", "116", "GBRMIL")]),
    # a leader stepping down, as the content of appeals, demands, orders and refusals
    ("Maduro refused to step down.", [("VENGOV", "1231", None)]),
])
def test_disapproval_and_rejection_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a judgement that another's act is unjustified or illegal is criticism of its owner (111)
    ("India called the US tariff threats unjustified.", [("IND", "111", "USA")]),
    ("China called the US sanctions illegal and unacceptable.", [("CHN", "111", "USA")]),
])
def test_disapproval_and_rejection_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # summonses ignored: defiance of a legal order (128)
    ("Imran Khan ignored three court summonses.", [("PAK", "128", None)]),
    # planes and flights turned back or away (120)
    ("Gustavo Petro turned back two US military planes.", [("COL", "120", "USA")]),
    ("Colombia turned away a US deportation flight.", [("COL", "120", "USA")]),
    # bad names and anger: branded, labelled, railed against, took issue with, fumed, bristled (111)
    ("Poland branded Belarus a terrorist state.", [("POL", "111", "BLR")]),
    ("Moscow labelled the Ukrainian government a neo-Nazi regime.", [("RUS", "111", "UKR")]),
    ("Lavrov railed against the United States.", [("RUS", "111", "USA")]),
    ("Egypt took issue with Ethiopia over the dam.", [("EGY", "111", "ETH")]),
    ("Beijing fumed at Washington over the arms sale.", [("CHN", "111", "USA")]),
    ("Moscow bristled at NATO's expansion.", [("RUS", "111", "IGO")]),
    ("Ankara reacted angrily to the French vote.", [("TUR", "111", "FRA")]),
    # deals wrecked, stonewalling, offers brushed off, accession held up, rulings and warrants disregarded (12)
    ("Russia scuppered the grain deal with Ukraine.", [("RUS", "120", "UKR")]),
    ("Hungary stonewalled the European Union.", [("HUN", "120", "IGO")]),
    ("North Korea brushed off South Korea's offer of aid.", [("PRK", "120", "KOR")]),
    ("Turkey held up Sweden's accession to NATO.", [("TUR", "129", "SWE")]),
    ("Russia disregarded the ICC arrest warrant.", [("RUS", "128", "IGO")]),
    ("Israel dismissed the ICJ ruling.", [("ISR", "128", "IGO")]),
    ("Ukraine boycotted the talks with Russia.", [("UKR", "125", "RUS")]),
    # more of the same families in other words
    ("Duterte cursed Obama.", [("PHL", "111", "USA")]),
    ("Milei insulted Spain's prime minister.", [("ARG", "111", "ESP")]),
    ("Bukele hit back at the United States over its criticism.", [("SLV", "111", "USA")]),
])
def test_disapproval_and_rejection_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_judgement_without_an_owner_is_not_coded(pipeline: Any) -> None:
    # "called the sanctions unjustified" names no one whose act it judges
    assert _coded(pipeline, "India called the sanctions unjustified.") == []
