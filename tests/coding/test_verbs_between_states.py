"""Wordings between states the lexicon missed until the fourteenth round, each family checked on sentences of our own.

Pleas and begging for arms, money, relief or a protection force (023x); forgiveness asked of those wronged (055);
insults as "called X a Y" (111, not a phone call); more kinds of arms shipped or transferred (072); gas, oil and
power pumped, supplied, bought or imported (061); intelligence and evidence passed or provided (064); arrest warrants
applied for (173); blockades and sieges declared (191); sanctions applied, enforced or hit with (163); releases
ordered (0841); talks called constructive (013); ultimatums as "gave X until noon" (139); war crimes cases opened (094); money spent on arms (154); and a
date after "called X" ("on Tuesday"), which is no "call on". None of these sentences is a gold sentence; the limits are sentences where the same words name no
political event between actors (docs/coding.md, "Lexicon, fourteenth round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples, country_triples

_DAY = date(2024, 3, 1)


def _countries(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    # compared by country (the first three letters of an actor code): the sector an actor gets is the actor data's
    # business, not these patterns'
    return country_triples(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # begging and pleading for arms, money, relief or a protection force: the one begged is the object or "with"
    ("Moldova begged Romania for more air defence systems.", [("MDA", "0232", "ROU")]),
    ("Kyiv pleaded with Berlin for Taurus missiles.", [("UKR", "0232", "DEU")]),
    ("Ecuador pleaded with the IMF for emergency funding.", [("ECU", "0231", "IGO")]),
    ("Lebanon begged Qatar for money to pay its soldiers.", [("LBN", "0231", "QAT")]),
    ("Haiti asked Kenya for a multinational police force.", [("HTI", "0234", "KEN")]),
    ("Sudan pleaded with Egypt for food.", [("SDN", "0233", "EGY")]),
    # forgiveness asked of those wronged is an apology
    ("The Dutch king asked Indonesia for forgiveness for colonial violence.", [("NLD", "055", "IDN")]),
    ("Belgium begged forgiveness from Congo for the crimes of the colonial era.", [("BEL", "055", "COD")]),
    # "called X a fascist": a verbal attack, not a phone call
    ("Maduro called Milei a fascist.", [("VEN", "111", "ARG")]),
    ("North Korea called the South Korean president a traitor.", [("PRK", "111", "KOR")]),
    ("Erdogan branded Netanyahu a terrorist.", [("TUR", "111", "ISR")]),
    # arms of more kinds shipped, transferred or supplied
    ("South Korea shipped howitzers to Poland.", [("KOR", "072", "POL")]),
    ("Norway transferred F-16 fighters to Ukraine.", [("NOR", "072", "UKR")]),
    ("Japan supplied Patriot interceptors to the United States.", [("JPN", "072", "USA")]),
    # gas, oil and power traded (061, not aid)
    ("Russia pumped gas to Serbia through TurkStream.", [("RUS", "061", "SRB")]),
    ("Algeria supplies natural gas to Spain.", [("DZA", "061", "ESP")]),
    ("Iraq will buy electricity from Jordan.", [("IRQ", "061", "JOR")]),
    ("China imports soybeans from Brazil.", [("CHN", "061", "BRA")]),
    # intelligence and evidence passed, handed or provided
    ("Spain handed the intelligence to Morocco.", [("ESP", "064", "MAR")]),
    ("France provided Italy with evidence of the smuggling ring.", [("FRA", "064", "ITA")]),
    # arrest warrants applied for or requested (173)
    ("The ICC prosecutor applied for an arrest warrant against Vladimir Putin.", [("IGO", "173", "RUS")]),
    ("Argentine prosecutors requested an arrest warrant for Nicolas Maduro.", [("ARG", "173", "VEN")]),
    # a blockade or siege declared or announced (191), its place's owner the target
    ("Israel declared a siege of Gaza.", [("ISR", "191", "PSE")]),
    ("The Houthis announced a blockade of Eilat.", [("YEM", "191", "ISR")]),
    # sanctions applied, enforced, hit with (163)
    ("Canada applied sanctions to Iranian officials.", [("CAN", "163", "IRN")]),
    ("Japan enforced sanctions against North Korea.", [("JPN", "163", "PRK")]),
    ("Britain hit Iran with new sanctions.", [("GBR", "163", "IRN")]),
    # a release ordered by those holding the prisoner (0841)
    ("Putin ordered the release of Evan Gershkovich.", [("RUS", "0841", "USA")]),
    # troops amassed near a border, money spent on drones, defence budgets doubled (154)
    ("Russia amassed troops near Ukraine's border.", [("RUS", "154", "UKR")]),
    ("Poland will spend 40 billion zlotys on drones and air defence.", [("POL", "154", None)]),
    ("Japan will double its defence budget.", [("JPN", "154", None)]),
    # talks called or described as constructive: an optimistic comment on them, the other side the target (013)
    ("Lavrov described the talks with Rubio as useful.", [("RUS", "013", "USA")]),
    ("Ukraine called the meeting with Trump productive.", [("UKR", "013", "USA")]),
    # a side given until a time, or hours or months, to act: an ultimatum (139)
    ("Israel gave Hezbollah 48 hours to withdraw.", [("ISR", "139", "LBN")]),
    ("The EU gave Poland two months to comply with the ruling.", [("IGO", "139", "POL")]),
    # a war crimes case opened (094)
    ("Kazakh prosecutors opened a war crimes case against the Russian commander.", [("KAZ", "094", "RUS")]),
])
def test_wordings_between_states(pipeline: Any, text: str,
                                 expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    # the same words naming no event between actors
    "The coach called his striker a genius.",
    "Gazprom supplies gas to millions of households.",
    "The bank ordered the release of the documents.",
    "The minister asked his staff for patience.",
    "Investors asked for their money back.",
    "The company shipped equipment to its new factory.",
    "The judge applied the law strictly.",
    "The lawyer applied for a permit to build the house.",
    "The bank called in its loans.",
    "The coach called the match good.",
    "The city will spend millions on schools.",
    "The police opened a case against the driver.",
    "The teacher gave the students until Friday to finish the essay.",
    "The company gave its workers a day off.",
])
def test_wordings_between_states_limits(pipeline: Any, text: str) -> None:
    assert coded_triples(pipeline, text, _DAY) == []


def test_a_phone_call_stays_a_call_without_an_insult(pipeline: Any) -> None:
    # "call X a Y" is read from the object predicate; a plain "called Biden" is not an insult
    assert "111" not in {code for _, code, _ in coded_triples(pipeline, "Putin called Biden on Tuesday.", _DAY)}


@pytest.mark.parametrize("text", ["Putin called Trump on Tuesday.", "Biden called Xi Jinping on Friday to discuss Taiwan."])
def test_a_day_after_call_is_no_call_on(pipeline: Any, text: str) -> None:
    # "on Tuesday" is a date, not the "on" of "call on" (an appeal): the call is a phone call (041)
    codes = {code for _, code, _ in coded_triples(pipeline, text, _DAY)}
    assert "041" in codes and not any(code.startswith("02") for code in codes)
