"""Pattern families of the eleventh lexicon round, each checked on sentences of our own.

The families come from the misses of the s batch's DEV records (wire reports of 2022-2025), each widened to its
synonyms, noun forms, passives and light-verb forms (docs/coding.md, "The eleventh round"); none of these sentences is
a gold sentence, and each family is checked on more than one wording.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

_DAY = date(2024, 3, 1)


def _countries(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    # compared by country (the first three letters of an actor code): the sector an actor gets (government,
    # military, a person's party) is the actor data's business, not these patterns'
    return [(_country(s), c, _country(t)) for s, c, t in coded_triples(pipeline, text, _DAY)]


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers sent, deployed or put onto the streets; troops moved towards a border (154)
    ("Ecuador's president sent soldiers onto the streets of Quito.", [("ECU", "154", None)]),
    ("The government deployed the army on the streets of Lima.", [("PER", "154", None)]),
    ("Peru put troops on the streets after the protests.", [("PER", "154", None)]),
    ("Venezuela moved troops towards the border with Guyana.", [("VEN", "154", "GUY")]),
    # clergy and others freed or set free (0841)
    ("Nicaragua freed a Catholic bishop.", [("NIC", "0841", "NIC")]),
    ("Russia set free the jailed journalist.", [("RUS", "0841", "RUS")]),
    # sanctions and tariffs as light-verb phrases: put under, hit with, slap with, target with, subject to (163)
    ("Washington could put Gustavo Petro under sanctions.", [("USA", "163", "COL")]),
    ("The EU placed Iran's Revolutionary Guards under sanctions.", [("IGO", "163", "IRN")]),
    ("The United States hit Russia with new sanctions.", [("USA", "163", "RUS")]),
    ("Trump slapped Canada with tariffs.", [("USA", "163", "CAN")]),
    ("Britain targeted Russian banks with sanctions.", [("GBR", "163", "RUS")]),
    ("The EU subjected Belarus to new sanctions.", [("IGO", "163", "BLR")]),
    # summonses ignored: defiance of a legal order (128)
    ("Imran Khan ignored three court summonses.", [("PAK", "128", None)]),
    # a state of exception approved or declared (1724)
    ("El Salvador's Congress approved a state of exception.", [("SLV", "1724", None)]),
    ("Ecuador's president declared a state of exception in three provinces.", [("ECU", "1724", None)]),
    # a partnership suspended or frozen (160); a run of agreements revoked ("a string of" is looked through)
    ("Washington suspended its strategic partnership with Georgia.", [("USA", "160", "GEO")]),
    ("Russia froze its partnership with NATO.", [("RUS", "160", "IGO")]),
    ("The junta revoked a string of defence agreements with France.", [(None, "160", "FRA")]),
    # talks frozen, named by their partner (164)
    ("Georgia froze its EU accession talks.", [("GEO", "164", "IGO")]),
    # visa-free travel suspended or scrapped for a people (172)
    ("The EU suspended visa-free travel for Georgian diplomats.", [("IGO", "172", "GEO")]),
    ("Brussels could scrap visa-free travel for Georgians.", [("IGO", "172", "GEO")]),
    ("The EU suspended the visa waiver for Vanuatu.", [("IGO", "172", "VUT")]),
    # protesters breaking or forcing their way into a building (145)
    ("Protesters broke into the president's residence in Colombo.", [("LKA", "145", "LKA")]),
    ("Demonstrators forced their way into the parliament in Nairobi.", [("KEN", "145", "KEN")]),
    # a siege ended or broken: fighting (190); a siege lifted stays 0872
    ("Ukrainian forces broke the siege of Chernihiv.", [("UKR", "190", "UKR")]),
    # phone and internet services cut off, a platform blocked (1721)
    ("The Taliban cut off internet and mobile phone services across Afghanistan.", [("AFG", "1721", "AFG")]),
    ("Myanmar's junta blocked Facebook.", [("MMR", "1721", None)]),
    # a party or league banned or suspended (1722)
    ("Bangladesh banned Sheikh Hasina's Awami League.", [("BGD", "1722", "BGD")]),
    ("A Guatemalan judge suspended Arevalo's Semilla party.", [("GTM", "1722", "GTM")]),
    # shoot-on-sight orders (137)
    ("Officials in Manipur issued shoot-on-sight orders against rioters.", [("IND", "137", "IND")]),
    # bases and cities handed back or over (0842)
    ("The rebels handed the city back to Myanmar's military.", [(None, "0842", "MMR")]),
    ("France handed over its base in Chad to the Chadian army.", [("FRA", "0842", "TCD")]),
    ("France will hand its last military bases in Senegal over to the Senegalese authorities.", [("FRA", "0842", "SEN")]),
    ("The US returned the Bagram base to Afghanistan.", [("USA", "0842", "AFG")]),
    # a sentence halved or reduced: clemency (056)
    ("Malaysia's pardons board halved the prison sentence of Najib Razak.", [("MYS", "056", "MYS")]),
    ("Algeria's president reduced the sentence of the French writer Boualem Sansal.", [("DZA", "056", "FRA")]),
    # hours given to people to leave: an expulsion (174); forces given a month to leave: an ultimatum (139)
    ("Mali's junta gave the French ambassador 72 hours to leave the country.", [("MLI", "174", "FRA")]),
    ("Niger gave the French ambassador 48 hours to leave.", [("NER", "174", "FRA")]),
    ("Burkina Faso has given French special forces a month to leave the country.", [("BFA", "139", "FRA")]),
    # drones and missiles slamming or crashing into a place (195)
    ("RSF drones slammed into fuel depots in Port Sudan.", [("SDN", "195", "SDN")]),
    ("Russian missiles slammed into apartment blocks in Kyiv.", [("RUS", "195", "UKR")]),
    ("A drone crashed into a building in Moscow.", [(None, "195", "RUS")]),
    # people snatched or seized (181)
    ("Ugandan opposition veteran Kizza Besigye was snatched in Nairobi.", [(None, "181", "UGA")]),
    ("Armed men seized three aid workers in Mali.", [(None, "181", "MLI")]),
    # another's exercises hosted: military cooperation with their owner (062, not a visit hosted)
    ("Armenia will not host the CSTO military exercises.", [("ARM", "062", "IGO")]),
    ("Kazakhstan will host CSTO drills next month.", [("KAZ", "062", "IGO")]),
    # a suspect questioned or interrogated by prosecutors or investigators (091)
    ("Romanian prosecutors questioned Calin Georgescu.", [("ROU", "091", "ROU")]),
    ("Pakistani investigators interrogated Imran Khan.", [("PAK", "091", "PAK")]),
    # a loan tranche held back, withheld or delayed (1621)
    ("The IMF could hold back the next tranche of Pakistan's bailout.", [("IGO", "1621", "PAK")]),
    ("The IMF withheld the next loan tranche from Pakistan.", [("IGO", "1621", "PAK")]),
    ("The World Bank delayed the disbursement of its loan to Ghana.", [("IGO", "1621", "GHA")]),
    # planes and flights turned back or away (120)
    ("Gustavo Petro turned back two US military planes.", [("COL", "120", "USA")]),
    ("Colombia turned away a US deportation flight.", [("COL", "120", "USA")]),
])
def test_eleventh_round_families(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    # a senator questioning a decision is no investigation: "question" is 091 only for police and prosecutors
    "Senator Warren questioned the decision of the Federal Reserve.",
    # a siege lifted by the besieger stays an easing (0872), not fighting
    "Russia lifted the siege of Chernihiv.",
])
def test_eleventh_round_limits(pipeline: Any, text: str) -> None:
    codes = {code for _, code, _ in coded_triples(pipeline, text, _DAY)}
    assert not codes & {"091", "190"}
