"""Lexicon families of CAMEO roots 18-20 (assault, fighting, mass violence), each on sentences of our own."""

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
    ("Turkish air defences brought down a Syrian jet.", [("TUR", "190", "SYR")]),
    ("Egypt hanged a Libyan national.", [("EGY", "1823", "LBY")]),
    ("Iraq used mustard gas against Iran.", [("IRQ", "2041", "IRN")]),
    # 195: strikes by aircraft and drones; 087 restraint and eased tension as what is asked or promised
    ("Turkish jets struck targets in Iraq.", [("TURMIL", "195", "IRQ")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("A suicide bomber struck a market in Kandahar.", [(None, "1831", "AFG")]),
    ("A roadside bomb killed four soldiers in Kandahar.", [(None, "1833", "AFG")]),
    ("Sudanese troops opened fire on Eritrean positions.", [("SDNMIL", "193", "ERI")]),
    ("Peruvian and Chilean soldiers came to blows on the border.", [("CHLMIL", "190", "PERMIL"), ("PERMIL", "190", "CHLMIL")]),
    # armed groups driven from a town are fought (190); villagers driven from their homes are expelled (201)
    ("Kenyan troops drove al-Shabaab fighters from the town.", [("KENMIL", "190", "SOMREBSHB")]),
    ("Sudanese troops drove villagers from their homes.", [("SDNMIL", "201", "SDNCVL")]),
    # joining a war against someone is fighting them; a fight against corruption is no attack
    ("Britain joined the war against Iraq.", [("GBR", "190", "IRQ")]),
    ("Kenya joined the fight against corruption.", []),
])
def test_violence_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a suicide bomber blowing himself up outside a building in a capital (1831)
    ("A suicide bomber blew himself up outside a court in Islamabad.", [(None, "1831", "PAKGOV")]),
    # a blast carried out by someone is a bombing (183)
    ("Hamas carried out the blast on the railway line.", [("PSEREBHMS", "183", None)]),
])
def test_violence_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a siege ended or broken: fighting (190); a siege lifted stays 0872
    ("Ukrainian forces broke the siege of Chernihiv.", [("UKR", "190", "UKR")]),
    # drones and missiles slamming or crashing into a place (195)
    ("RSF drones slammed into fuel depots in Port Sudan.", [("SDN", "195", "SDN")]),
    ("Russian missiles slammed into apartment blocks in Kyiv.", [("RUS", "195", "UKR")]),
    ("A drone crashed into a building in Moscow.", [(None, "195", "RUS")]),
    # people snatched or seized (181)
    ("Ugandan opposition veteran Kizza Besigye was snatched in Nairobi.", [(None, "181", "UGA")]),
    ("Armed men seized three aid workers in Mali.", [(None, "181", "MLI")]),
    # a truce extended, a ceasefire violated or breached, with the other side named (0871, 196)
    ("Israel violated the ceasefire with Hezbollah.", [("ISR", "196", "LBN")]),
    ("Russia breached the ceasefire with Ukraine.", [("RUS", "196", "UKR")]),
    # blockades by a state, sieges, territory sealed off (191)
    ("Russia blockaded Ukraine's Black Sea ports.", [("RUS", "191", "UKR")]),
    ("Israel placed Gaza under a total siege.", [("ISR", "191", "PSE")]),
    ("Israel sealed off Gaza.", [("ISR", "191", "PSE")]),
    ("Israel imposed a closure on the West Bank.", [("ISR", "191", "PSE")]),
    # fighting in other words: torpedoed, advancing on, blitzed, routed, brawled (19)
    ("Russia torpedoed a Ukrainian ship.", [("RUS", "190", "UKR")]),
    ("Israeli troops were advancing on Khan Younis.", [("ISR", "190", "PSE")]),
    ("Russian bombers blitzed Odesa.", [("RUS", "190", "UKR")]),
    ("Azerbaijan's army routed Armenian separatist forces.", [("AZE", "190", "ARM")]),
    ("Chinese and Indian soldiers brawled on the border.", [("CHN", "190", "IND"), ("IND", "190", "CHN")]),
    # demands accepted or met; ships' crews seized (080, 181)
    ("Iranian forces seized 15 British sailors.", [("IRN", "181", "GBR")]),
    # more of the same families in other words
    ("Russia hammered Kyiv with missiles.", [("RUS", "195", "UKR")]),
    ("Ukraine lashed Russian bases with drones.", [("UKR", "195", "RUS")]),
    ("Pakistan retaliated with drone attacks on India.", [("PAK", "190", "IND")]),
    # force in single verbs: mortared (194), rocketed (195), butchered (202), cautioned against (130)
    ("Serb gunners mortared Sarajevo.", [("SRB", "194", "BIH")]),
    ("Hamas rocketed southern Israel.", [("PSE", "195", "ISR")]),
])
def test_violence_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected
