"""Lexicon families of CAMEO roots 06-07 (material cooperation, aid), each on sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    by_country,
    coded_triples,
    country_triples,
    root_set,
)

_coded = partial(coded_triples, day=date(2024, 3, 1))
_countries = partial(country_triples, day=date(2024, 3, 1))
_roots = partial(root_set, day=date(2025, 6, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # 074: forces stationed in another country protect it, as troops sent there do
    ("Britain will station a brigade in Estonia.", [("GBR", "074", "EST")]),
    # 190 / 072 / 0841 / 1823 / 1721 / 2041
    ("Iran smuggled rockets to Hezbollah.", [("IRN", "072", "LBNREBHEZ")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Kenya ordered 400 troops to Somalia.", [("KEN", "074", "SOM")]),
    # 071: sums of money given outright
    ("Qatar gave Lebanon $50 million.", [("QAT", "071", "LBN")]),
    ("Japan will provide 4 billion yen to Kenya.", [("JPN", "071", "KEN")]),
    # intelligence shared by two sides together, and agreed to be shared
    ("Kenya and Uganda will share intelligence.", [("KEN", "064", "UGA"), ("UGA", "064", "KEN")]),
])
def test_cooperation_and_aid_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's currency bought on the market props it up (071)
    ("Washington bought Argentine pesos.", [("USAGOV", "071", "ARG")]),
    # a force or mission authorised for a country (074)
    ("The UN Security Council authorised a new force for Haiti.", [("IGOUNO", "074", "HTI")]),
    ("The Security Council authorized a peacekeeping mission for Somalia.", [("IGOUNO", "074", "SOM")]),
    # commodities paid for: trade with the seller (061)
    ("India paid Russia for oil in rupees.", [("IND", "061", "RUS")]),
])
def test_cooperation_and_aid_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # another's exercises hosted: military cooperation with their owner (062, not a visit hosted)
    ("Armenia will not host the CSTO military exercises.", [("ARM", "062", "IGO")]),
    ("Kazakhstan will host CSTO drills next month.", [("KAZ", "062", "IGO")]),
    # arms handed over, furnished, resupplied; a deposit rolled over (072, 071)
    ("The United States handed over patrol boats to Ukraine.", [("USA", "072", "UKR")]),
    ("Iran furnished Russia with drones.", [("IRN", "072", "RUS")]),
    ("Washington resupplied Israel with bombs.", [("USA", "072", "ISR")]),
    ("Saudi Arabia rolled over its deposit with Pakistan.", [("SAU", "071", "PAK")]),
    ("Japan granted Ukraine $4.5 billion in aid.", [("JPN", "070", "UKR")]),
    ("Russia sent military instructors to Mali.", [("RUS", "062", "MLI")]),
    # the armed side is the target of "arm" (072)
    ("Tehran is arming Houthi rebels in Yemen.", [("IRN", "072", "YEM")]),
    ("Moscow rearmed the Syrian army.", [("RUS", "072", "SYR")]),
    # fuel and power sent (070), water and food parcels sent as relief, relief sent into a territory (073)
    ("Iraq sent diesel to Lebanon.", [("IRQ", "070", "LBN")]),
    ("Jordan delivered fuel to Syria.", [("JOR", "070", "SYR")]),
    ("The UAE sent drinking water to Gaza.", [("ARE", "073", "PSE")]),
    ("Egypt delivered food parcels to Sudan.", [("EGY", "073", "SDN")]),
    # curbs on another's goods lifted (085); supplies resumed and markets opened to a country (061)
    ("Russia restored gas supplies to Serbia.", [("RUS", "061", "SRB")]),
    ("India opened its market to American farm goods.", [("IND", "061", "USA")]),
    # satellite imagery shared (064); a visitor touching down or paying a call (042); a banquet given for a guest (043)
    ("Washington shared satellite imagery with Kyiv.", [("USA", "064", "UKR")]),
    # support and pressure: a regime propped up (070), imports subsidised (071), warships buzzed or harassed (150),
    # a neighbour intimidated (170)
    ("Moscow propped up the Belarusian regime.", [("RUS", "070", "BLR")]),
    # arms bought from a seller (062), an extradition sought from a state (0213), entry refused to monitors (1662)
    ("Greece purchased fighter jets from France.", [("GRC", "062", "FRA")]),
    # aid received "from" a giver: the giver is the source, the receiver the target (07x by what is received)
    ("Ukraine received weapons from Germany.", [("DEU", "072", "UKR")]),
    ("Armenia obtained drones from India.", [("IND", "072", "ARM")]),
    ("Egypt secured a loan from the IMF.", [("IGO", "071", "EGY")]),
    ("Sudan accepted humanitarian aid from the United Nations.", [("IGO", "073", "SDN")]),
    ("Aid was received from Japan.", [("JPN", "070", None)]),
])
def test_cooperation_and_aid_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_signed_deal_purpose_is_not_a_joint_trade_act(pipeline: Any) -> None:
    """ "signed a deal to boost trade": the deal's content, hung on "signed" as a purpose clause, is not a second
    act by the two sides."""
    coded = _coded(pipeline, "Russia and Belarus signed a deal to boost trade.")
    assert not [c for c in coded if c[1].startswith("06")]


def test_reduced_passive_participle_takes_its_noun_as_object(pipeline: Any) -> None:
    # "tanks supplied by Germany": the noun the participle modifies is what was supplied (arms, 072), not bare aid
    codes = {(src, code) for src, code, _ in _coded(pipeline, "Tanks supplied by Germany have reached Kyiv.")}
    assert codes == {("DEU", "072")}


def test_exercise_of_two_sides_is_joint(pipeline: Any) -> None:
    # two countries' forces beginning their exercise exercise together (062 both ways); one side alone stays 150
    joint = _coded(pipeline, "American and South Korean forces will begin their annual exercise on Monday.")
    assert {(src, code) for src, code, _ in joint} == {("USAMIL", "062"), ("KORMIL", "062")}
    assert {code for _, code, _ in _coded(pipeline, "Russia began military exercises.")} == {"150"}


# vehicles, containers and bare sums stand for the aid they carry

@pytest.mark.slow
def test_aid_carried_in_trucks_or_counted_in_sums(pipeline: Any) -> None:
    assert _roots(pipeline, "Turkey delivered 40 trucks of aid to Gaza.") == {("TUR", "07", "PSE")}
    assert _roots(pipeline, "The EU delivered millions in humanitarian aid to Yemen.") == {("IGO", "07", "YEM")}
    # a pledge of trucks of aid is a pledge of aid
    assert _roots(pipeline, "Germany pledged 40 trucks of aid to Sudan.") == {("DEU", "03", "SDN")}
    # trucks of soldiers are no aid; people counted in a place are no sum
    assert not _roots(pipeline, "Egypt delivered 20 trucks of soldiers to the border.")
    assert not _roots(pipeline, "The storm left millions in Dhaka without power.")
