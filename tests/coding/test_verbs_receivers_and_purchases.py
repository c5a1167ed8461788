"""Receivers before the object, purchases, hosted talks, appeals, predicates after the object and inquiries into
whether someone acted (fifteenth round of the lexicon).

"Sold India fighter jets" is "sold fighter jets to India" (the parser's dative, or a name it hung on the object);
farm goods and fuel bought, booked or paid for are trade with the seller's country (061); talks hosted between two
other sides are mediation (045; offered: 039); a sum appealed for is an appeal for aid (023), and a pause, delay,
guarantee or explanation asked for is an appeal (020); "called the threats unjustified" judges the threats even when
the parser hangs the adjective on them (111); "is investigating whether X ordered ..." is an inquiry into X. The
limits are the same verbs with no receiver or no political event. None of these sentences is a gold sentence
(docs/coding.md, "Lexicon, fifteenth round: cooperation").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

_DAY = date(2024, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("France sold India 36 Rafale fighter jets.", [("FRA", "072", "IND")]),
    ("Sweden will sell Hungary four more Gripen jets.", [("SWE", "072", "HUN")]),
    ("The United States will sell Poland more Abrams tanks.", [("USA", "072", "POL")]),
    ("Britain gave Ukraine more artillery shells.", [("GBR", "072", "UKR")]),
    ("China sold Iran oil.", [("CHN", "061", "IRN")]),
    ("Germany sold submarines to Israel.", [("DEU", "072", "ISR")]),
    # promised: the intent frame codes the sale as intent to give military aid
    ("Sweden agreed to sell Hungary more Gripen fighter jets.", [("SWE", "0332", "HUN")]),
])
def test_a_receiver_before_the_object_is_the_target(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize("text", [
    "Sweden sold its last Gripen jets.",
    "France sold more Rafale jets last year than ever before.",
    "The company sold its shares to investors.",
    "The man asked for a glass of water.",
])
def test_a_sale_or_a_request_with_no_political_side_is_not_coded(pipeline: Any, text: str) -> None:
    assert country_triples(pipeline, text, _DAY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("India bought record volumes of Russian crude in June.", [("IND", "061", "RUS")]),
    ("India bought large quantities of Russian oil.", [("IND", "061", "RUS")]),
    ("Chinese state buyers booked cargoes of American soybeans.", [("CHN", "061", "USA")]),
    ("China booked cargoes of Brazilian soybeans.", [("CHN", "061", "BRA")]),
    ("India paid Russia for its oil in yuan.", [("IND", "061", "RUS")]),
])
def test_goods_bought_booked_or_paid_for_are_trade(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Oman hosted talks between Iran and the United States.", [("OMN", "045", "IRN"), ("OMN", "045", "USA")]),
    ("Qatar has offered to host a meeting between Washington and Tehran.",
     [("QAT", "039", "IRN"), ("QAT", "039", "USA")]),
    ("Saudi Arabia offered to host a summit between Putin and Trump.", [("SAU", "039", "RUS"), ("SAU", "039", "USA")]),
    # no "between": a summit hosted (043)
    ("Egypt hosted a summit on Gaza.", [("EGY", "043", None)]),
])
def test_talks_hosted_between_two_sides_are_mediation(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United Nations appealed on Wednesday for $4 billion to help Palestinians in Gaza.", [("IGO", "023", None)]),
    ("Mogadishu asked the African Union last week for a three-month pause in the withdrawal of peacekeepers.",
     [("SOM", "020", "IGO")]),
    ("Kyiv asked Washington for security guarantees.", [("UKR", "020", "USA")]),
    ("Beijing sought an explanation from Tokyo.", [("CHN", "020", "JPN")]),
    ("John Kerry and Mohammad Javad Zarif resumed their bargaining in Lausanne.",
     [("IRN", "046", "USA"), ("USA", "046", "IRN")]),
    ("New Delhi called the US tariff threats unjustified and unreasonable.", [("IND", "111", "USA")]),
    ("Biden called Netanyahu on Sunday.", [("USA", "041", "ISR")]),
    ("French prosecutors are investigating whether Russia paid for the graffiti.", [("FRA", "090", "RUS")]),
    ("Prosecutors in Seoul are investigating whether Yoon Suk Yeol ordered drones flown over Pyongyang.",
     [("KOR", "090", "KOR")]),
    ("Russia scaled back military activity around Kyiv.", [("RUS", "087", "UKR")]),
    ("Moscow promised to scale back military activity around Kyiv and Chernihiv.", [("RUS", "0356", "UKR")]),
])
def test_appeals_bargaining_judgements_inquiries_and_deescalation(pipeline: Any, text: str,
                                                                   expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the span given before a "to" clause, which the parser reads as an adverbial after the one given (an ultimatum)
    ("NATO gave Serbia a week to withdraw its troops from Kosovo.", [("IGO", "139", "SRB")]),
    # a time the act happened is no span given
    ("Russia attacked Kyiv last week to punish Ukraine.", [("RUS", "190", "UKR")]),
])
def test_a_span_given_after_the_object_is_the_thing_given(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected
