"""Pattern families of the eighth lexicon round, each checked on a sentence of our own.

The families were found by probing common news phrasings of every root class and by grouping DEV misses
(docs/coding.md, "The eighth round"); none of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

from detente.coding.verbs import Lexicon, parse_pattern
from detente.records import CameoCode

_DAY = date(2024, 3, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    return coded_triples(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # joint acts: two sides cooperating, discussing, opening talks, growing trade (both ways)
    ("Chile and Peru agreed to cooperate on fisheries.", [("CHL", "032", "PER"), ("PER", "032", "CHL")]),
    ("Kenya and Uganda agreed to strengthen ties.", [("KEN", "032", "UGA"), ("UGA", "032", "KEN")]),
    ("Brazil and Argentina agreed to boost trade.", [("ARG", "0311", "BRA"), ("BRA", "0311", "ARG")]),
    ("Norway and Sweden will deepen cooperation.", [("NOR", "050", "SWE"), ("SWE", "050", "NOR")]),
    ("Serbia and Hungary discussed energy supplies.", [("HUN", "040", "SRB"), ("SRB", "040", "HUN")]),
    ("Ghana and Togo opened border talks.", [("GHA", "046", "TGO"), ("TGO", "046", "GHA")]),
    # 051: a step or agreement welcomed or hailed praises whose act it is; a welcomed visitor is hosted
    ("Canada welcomed Mexico's decision.", [("CAN", "051", "MEX")]),
    ("Chile hailed the agreement between Peru and Bolivia.", [("CHL", "051", "BOL"), ("CHL", "051", "PER")]),
    # 0256: calls for a truce, a pause or a cessation of hostilities
    ("Ghana called for a ceasefire between Israel and Iran.", [("GHA", "0256", "IRN"), ("GHA", "0256", "ISR")]),
    ("Kenya called for a humanitarian pause.", [("KEN", "0256", None)]),
    ("Norway called for a cessation of hostilities.", [("NOR", "0256", None)]),
    # 074: forces stationed in another country protect it, as troops sent there do
    ("Britain will station a brigade in Estonia.", [("GBR", "074", "EST")]),
    # 190 / 072 / 0841 / 1823 / 1721 / 2041
    ("Turkish air defences brought down a Syrian jet.", [("TUR", "190", "SYR")]),
    ("Iran smuggled rockets to Hezbollah.", [("IRN", "072", "LBNREBHEZ")]),
    ("Israel and Hamas swapped hostages for prisoners.",
     [("ISR", "0841", "PSEREBHMS"), ("PSEREBHMS", "0841", "ISR")]),
    ("Egypt hanged a Libyan national.", [("EGY", "1823", "LBY")]),
    ("Ethiopia shut down the internet.", [("ETH", "1721", None)]),
    ("Iraq used mustard gas against Iran.", [("IRQ", "2041", "IRN")]),
    # 112x: accusations by what is alleged, through "committing"; aggression is 1123
    ("Chile accused Peru of spying.", [("CHL", "1125", "PER")]),
    ("Kenya accused Somalia of committing war crimes.", [("KEN", "1124", "SOM")]),
    ("Ghana accused Togo of corruption.", [("GHA", "1121", "TGO")]),
    ("Chile accused Peru of aggression.", [("CHL", "1123", "PER")]),  # the codebook's 1123 (coverage pass)
    # frames code finer complements with the codebook's own subcodes
    ("Turkey threatened to halt talks with Sweden.", [("TUR", "134", "SWE")]),
    ("Chile urged Peru to boost trade with Bolivia.", [("CHL", "0211", "PER")]),
    ("Kenya refused to allow UN inspectors into the country.", [("KEN", "1245", "IGOUNO")]),
    ("Norway urged Israel to allow aid into Gaza.", [("NOR", "0255", "ISR")]),
    # 195: strikes by aircraft and drones; 087 restraint and eased tension as what is asked or promised
    ("Turkish jets struck targets in Iraq.", [("TURMIL", "195", "IRQ")]),
    ("Chile urged Peru and Bolivia to show restraint.", [("CHL", "0256", "BOL"), ("CHL", "0256", "PER")]),
    ("Ghana and Togo agreed to ease tensions.", [("GHA", "0356", "TGO"), ("TGO", "0356", "GHA")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("A suicide bomber struck a market in Kandahar.", [(None, "1831", "AFG")]),
    ("A roadside bomb killed four soldiers in Kandahar.", [(None, "1833", "AFG")]),
    ("Chile pledged an air-defence system to Peru.", [("CHL", "0332", "PER")]),
    ("Iraqi soldiers fired on protesters in Basra.", [("IRQMIL", "175", "IRQ")]),
    ("Sudanese troops opened fire on protesters.", [("SDNMIL", "175", "SDNOPP")]),
    ("Sudanese troops opened fire on Eritrean positions.", [("SDNMIL", "193", "ERI")]),
    ("Kenya ordered 400 troops to Somalia.", [("KEN", "074", "SOM")]),
    ("Japan will remove its duties on Chinese steel.", [("JPN", "085", "CHN")]),
    ("Belgium will return colonial-era objects to Congo.", [("BEL", "0842", "COD")]),
    ("Chile and Peru will relaunch talks.", [("CHL", "046", "PER"), ("PER", "046", "CHL")]),
    ("Peruvian and Chilean soldiers came to blows on the border.", [("CHLMIL", "190", "PERMIL"), ("PERMIL", "190", "CHLMIL")]),
    ("Iran showed off new ballistic missiles.", [("IRN", "150", None)]),
    ("Ghana declined to say where the ship was.", [("GHA", "011", None)]),
    ("Chad recalled its troops from Mali.", [("TCD", "166", "MLI")]),
    # "agreed to" a noun states an intent, as "agreed to" a verb does
    ("Chile and Peru agreed to a truce.", [("CHL", "0356", "PER"), ("PER", "0356", "CHL")]),
    ("Chile and Peru agreed to a compromise.", [("CHL", "036", "PER"), ("PER", "036", "CHL")]),
    # armed groups driven from a town are fought (190); villagers driven from their homes are expelled (201)
    ("Kenyan troops drove al-Shabaab fighters from the town.", [("KENMIL", "190", "SOMREBSHB")]),
    ("Sudanese troops drove villagers from their homes.", [("SDNMIL", "201", "SDNCVL")]),
    # two sides who have spoken or talked together have consulted; speaking at a conference is no consultation
    ("Chile and Peru talked for three hours.", [("CHL", "040", "PER"), ("PER", "040", "CHL")]),
    # a message, letter or note stands for what it carries; appeal courts upholding convictions
    ("Chile sent a message of sympathy to Peru.", [("CHL", "018", "PER")]),
    ("Japan sent a note of protest to China.", [("JPN", "114", "CHN")]),
    ("A Kenyan court upheld the conviction of a British soldier.", [("KENJUD", "116", "GBRMIL")]),
    # 071: sums of money given outright
    ("Qatar gave Lebanon $50 million.", [("QAT", "071", "LBN")]),
    ("Japan will provide 4 billion yen to Kenya.", [("JPN", "071", "KEN")]),
])
def test_eighth_round_families(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Japan agreed to boost trade.",  # a joint act needs two sides
    "Putin discussed the war in Ukraine.",  # one side discussing something is no consultation
    "The UN called for an end to violence against women.",  # an end to something is no de-escalation
    "Iran hanged banners on the embassy walls.",  # hanging a thing is no execution
    "Egypt showed restraint.",  # restraint with no other side named is no event
    "An explosion at a chemical plant killed ten workers in Ohio.",  # a blast alone may be an accident
    "The Taliban swept into power in 2021.",  # power is no place taken
    "Chile and Peru spoke at the conference.",  # speeches, not a consultation
])
def test_eighth_round_non_events(pipeline: Any, text: str) -> None:
    assert _coded(pipeline, text) == []


def test_meeting_purpose_is_not_a_second_consultation(pipeline: Any) -> None:
    """ "met X to discuss Y": the discussing is the meeting's purpose, coded once as the meeting."""
    coded = _coded(pipeline, "Egypt's foreign minister met Jordan's king to discuss Gaza.")
    assert [c for c in coded if c[1].startswith("04")] == [("EGYGOV", "040", "JORGOV")]


def test_signed_deal_purpose_is_not_a_joint_trade_act(pipeline: Any) -> None:
    """ "signed a deal to boost trade": the deal's content, hung on "signed" as a purpose clause, is not a second
    act by the two sides."""
    coded = _coded(pipeline, "Russia and Belarus signed a deal to boost trade.")
    assert not [c for c in coded if c[1].startswith("06")]


def test_joint_key_makes_a_pattern_mutual() -> None:
    lexicon = Lexicon.from_data({"group": [{"code": "040", "verbs": ["discuss"], "joint": True}]})
    (pattern,) = lexicon._verbs["discuss"]  # noqa: SLF001 - the loaded pattern is what is checked
    assert pattern.joint and pattern.mutual
    assert not parse_pattern("discuss", CameoCode("040")).joint
