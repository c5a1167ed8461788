"""Lexicon families of CAMEO roots 03-05 (intents, consultations, diplomatic cooperation), on sentences of our own."""

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
    # 195: strikes by aircraft and drones; 087 restraint and eased tension as what is asked or promised
    ("Ghana and Togo agreed to ease tensions.", [("GHA", "0356", "TGO"), ("TGO", "0356", "GHA")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Chile pledged an air-defence system to Peru.", [("CHL", "0332", "PER")]),
    ("Chile and Peru will relaunch talks.", [("CHL", "046", "PER"), ("PER", "046", "CHL")]),
    # "agreed to" a noun states an intent, as "agreed to" a verb does
    ("Chile and Peru agreed to a truce.", [("CHL", "0356", "PER"), ("PER", "0356", "CHL")]),
    ("Chile and Peru agreed to a compromise.", [("CHL", "036", "PER"), ("PER", "036", "CHL")]),
    # two sides who have spoken or talked together have consulted; speaking at a conference is no consultation
    ("Chile and Peru talked for three hours.", [("CHL", "040", "PER"), ("PER", "040", "CHL")]),
    # the release of people agreed to: intent to release, aimed at their owner
    ("Iran agreed to the release of the British sailors.", [("IRN", "0353", "GBR")]),
    # intelligence shared by two sides together, and agreed to be shared
    ("Greece and Turkey agreed to share information.", [("GRC", "0314", "TUR"), ("TUR", "0314", "GRC")]),
])
def test_intents_and_diplomacy_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # assurances that one will support someone are an intent (032)
    ("Wang Yi assured his Pakistani counterpart that China would stand by Pakistan.", [("CHNGOV", "032", "PAKGOV")]),
])
def test_intents_and_diplomacy_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence halved or reduced: clemency (056)
    ("Malaysia's pardons board halved the prison sentence of Najib Razak.", [("MYS", "056", "MYS")]),
    ("Algeria's president reduced the sentence of the French writer Boualem Sansal.", [("DZA", "056", "FRA")]),
    # defending another side against words (052)
    ("China defended Russia against Western criticism.", [("CHN", "052", "RUS")]),
    ("Beijing defended Pyongyang against accusations of arms smuggling.", [("CHN", "052", "PRK")]),
    # joint acts: dialogue resumed, a relationship upgraded (046, 050)
    ("Tokyo and Seoul resumed their security dialogue.", [("JPN", "046", "KOR"), ("KOR", "046", "JPN")]),
    ("Vietnam and the United States upgraded their relationship.", [("USA", "050", "VNM"), ("VNM", "050", "USA")]),
    # arms handed over, furnished, resupplied; a deposit rolled over (072, 071)
    ("Japan pledged support for Ukraine's reconstruction.", [("JPN", "033", "UKR")]),
    # arms promised to a side named as the indirect object (0332)
    ("Britain promised Ukraine more tanks.", [("GBR", "0332", "UKR")]),
    # satellite imagery shared (064); a visitor touching down or paying a call (042); a banquet given for a guest (043)
    ("The Indian prime minister touched down in Moscow.", [("IND", "042", "RUS")]),
    ("The French foreign minister paid a courtesy call on the Emir of Qatar.", [("FRA", "042", "QAT")]),
    ("The Japanese emperor gave a state banquet for the Indonesian president.", [("JPN", "043", "IDN")]),
    # assurances of support (032) and of protection (0334)
    ("Washington reassured Seoul of its commitment.", [("USA", "032", "KOR")]),
    ("France assured Armenia of its protection.", [("FRA", "0334", "ARM")]),
])
def test_intents_and_diplomacy_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_meeting_purpose_is_not_a_second_consultation(pipeline: Any) -> None:
    """ "met X to discuss Y": the discussing is the meeting's purpose, coded once as the meeting."""
    coded = _coded(pipeline, "Egypt's foreign minister met Jordan's king to discuss Gaza.")
    assert [c for c in coded if c[1].startswith("04")] == [("EGYGOV", "040", "JORGOV")]
