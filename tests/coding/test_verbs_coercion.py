"""Lexicon families of CAMEO root 17 (coercion), each on sentences of our own."""

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
    # 190 / 072 / 0841 / 1823 / 1721 / 2041
    ("Ethiopia shut down the internet.", [("ETH", "1721", None)]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Iraqi soldiers fired on protesters in Basra.", [("IRQMIL", "175", "IRQ")]),
    ("Sudanese troops opened fire on protesters.", [("SDNMIL", "175", "SDNOPP")]),
])
def test_coercion_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # police shooting or killing people: violent repression (175)
    ("Kenyan police killed 31 protesters.", [("KENCOP", "175", "KENOPP")]),
])
def test_coercion_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a state of exception approved or declared (1724)
    ("El Salvador's Congress approved a state of exception.", [("SLV", "1724", None)]),
    ("Ecuador's president declared a state of exception in three provinces.", [("ECU", "1724", None)]),
    # visa-free travel suspended or scrapped for a people (172)
    ("The EU suspended visa-free travel for Georgian diplomats.", [("IGO", "172", "GEO")]),
    ("Brussels could scrap visa-free travel for Georgians.", [("IGO", "172", "GEO")]),
    ("The EU suspended the visa waiver for Vanuatu.", [("IGO", "172", "VUT")]),
    # phone and internet services cut off, a platform blocked (1721)
    ("The Taliban cut off internet and mobile phone services across Afghanistan.", [("AFG", "1721", "AFG")]),
    ("Myanmar's junta blocked Facebook.", [("MMR", "1721", None)]),
    # a party or league banned or suspended (1722)
    ("Bangladesh banned Sheikh Hasina's Awami League.", [("BGD", "1722", "BGD")]),
    ("A Guatemalan judge suspended Arevalo's Semilla party.", [("GTM", "1722", "GTM")]),
    # hours given to people to leave: an expulsion (174); forces given a month to leave: an ultimatum (139)
    ("Mali's junta gave the French ambassador 72 hours to leave the country.", [("MLI", "174", "FRA")]),
    ("Niger gave the French ambassador 48 hours to leave.", [("NER", "174", "FRA")]),
    # reduced relations: aid rolled back, consulates shuttered, blacklists, trade halted, visas revoked (16)
    ("The United States revoked visas for Ugandan officials.", [("USA", "172", "UGA")]),
    # property seized or destroyed (171, 1712); detention and internment (173)
    ("Russia nationalised the local subsidiary of a French company.", [("RUS", "1711", "FRA")]),
    ("Israel flattened neighbourhoods in northern Gaza.", [("ISR", "1712", "PSE")]),
    ("Niger's junta held Mohamed Bazoum in detention.", [("NER", "173", "NER")]),
    ("Chinese authorities interned Uyghurs in camps.", [("CHN", "173", "CHN")]),
    # computer networks hacked, breached or attacked (170)
    ("North Korea hacked into South Korean government computers.", [("PRK", "170", "KOR")]),
    ("Russian hackers attacked German government networks.", [("RUS", "170", "DEU")]),
    ("Chinese hackers breached American telecom networks.", [("CHN", "170", "USA")]),
    # ships and shipments intercepted at sea: seized, their owner the target (171)
    ("Iran intercepted a Greek oil tanker in the Gulf.", [("IRN", "171", "GRC")]),
    ("The French navy intercepted a Russian cargo ship in the Channel.", [("FRA", "171", "RUS")]),
    # people jailed in other words (173), protesters tear-gassed (175)
    ("Moscow threw the Ukrainian activist into prison.", [("RUS", "173", "UKR")]),
    ("An Egyptian court remanded the British student in custody.", [("EGY", "173", "GBR")]),
    ("Iran sent the Swedish diplomat to prison.", [("IRN", "173", "SWE")]),
    ("Belarusian riot police teargassed opposition supporters.", [("BLR", "175", "BLR")]),
    # offices of a foreign broadcaster or charity closed; office holders stripped of their seats (172)
    ("Russia shut down the BBC's bureau in Moscow.", [("RUS", "172", "GBR")]),
    ("Turkey stripped the Kurdish opposition mayors of their posts.", [("TUR", "172", "TUR")]),
    # support and pressure: a regime propped up (070), imports subsidised (071), warships buzzed or harassed (150),
    # a neighbour intimidated (170)
    ("Beijing intimidated Manila with water cannon.", [("CHN", "170", "PHL")]),
])
def test_coercion_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected
