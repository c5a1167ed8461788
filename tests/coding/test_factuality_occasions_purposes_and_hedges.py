"""Occasions, purposes, carried-on acts, hedged kinds and doubted expectations (docs/factuality.md, "Round
twenty-six").

An "in / during" phrase between a verb of asking or saying and its complement is the occasion it was said on ("urged
Modi in their phone call on Monday to condemn the invasion": the call happened); a purpose clause on a verb of intent
is the planned act's purpose ("intends to relax its rules so that it can ship ...": future); "pressed ahead with its
offensive" carries the offensive on, it asks no one; "what appeared to be an attempt on Trump's life" hedges the
kind of an act, not that it happened; "Few expect Kim to travel to Seoul" doubts the trip; a long sentence in the
simple present with no time of its own describes how things stand. Controls keep the content readings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Scholz urged Modi in their phone call on Monday to condemn the invasion.", ("DEU", "041", "IND", "asserted")),
    ("Macron pressed Xi in their talks at the Elysee to use his influence on Putin.",
     ("FRA", "046", "CHN", "asserted")),
    ("Pope Leo XIV urged Vladimir Putin in their first phone call on Wednesday to make a gesture that would favour "
     "peace.", ("VAT", "041", "RUS", "asserted")),
])
def test_an_occasion_before_the_complement_happened(pipeline: Any, text: str,
                                                     event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_an_attack_named_after_the_infinitive_is_its_content(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Putin threatened to strike Kyiv in a massive attack.", _DAY)
    assert not any(f[1].startswith("19") and f[3] == "asserted" for f in facts)


@pytest.mark.parametrize(("text", "event"), [
    ("Tokyo intends to relax its rules on the export of lethal equipment so that it can ship Patriot interceptors "
     "built under licence back to the United States, officials said.", ("JPN", "072", "USA", "future")),
    ("Germany plans to change its export law so that it can send Taurus missiles to Ukraine.",
     ("DEU", "072", "UKR", "future")),
    ("India intends to expand the port so that it can host Russian warships.", ("IND", "043", "RUS", "future")),
])
def test_the_purpose_of_a_planned_act_is_planned(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_the_purpose_of_a_done_act_stays_open(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Germany changed its export law so that it could send tanks to Ukraine.", _DAY)
    assert ("DEU", "072", "UKR", "hypothetical") in facts


@pytest.mark.parametrize(("text", "event"), [
    ("Israel pressed ahead with its offensive in Rafah despite American objections.", ("ISR", "190", "PSE", "asserted")),
    ("Russia pushed on with its assault on Avdiivka.", ("RUS", "190", "UKR", "asserted")),
    ("Moscow will press on with its offensive until its goals are met, the Kremlin has made clear.",
     ("RUS", "190", None, "future")),
])
def test_an_act_carried_on_is_not_asked_for(pipeline: Any, text: str, event: tuple[str, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_pressing_someone_to_act_still_asks(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Washington pressed Israel to halt its offensive in Rafah.", _DAY)
    assert not any(f[1].startswith("19") and f[3] == "asserted" for f in facts)


@pytest.mark.parametrize(("text", "event"), [
    ("The FBI said it was investigating what appeared to be an attempt on Donald Trump's life.",
     (None, "185", "USA", "asserted")),
    ("Ukraine said it was investigating what appeared to be a Russian missile strike on Odesa.",
     ("RUS", "195", "UKR", "asserted")),
])
def test_what_appeared_to_be_an_act_was_there(pipeline: Any, text: str, event: tuple[str | None, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Few expect Kim Jong Un to travel to Seoul, even though Lee Jae-myung has repeatedly invited him.",
     ("PRK", "042", "KOR", "hypothetical")),
    ("Few analysts believe Russia will withdraw from Zaporizhzhia this year.", ("RUS", "0874", "UKR", "hypothetical")),
])
def test_what_few_expect_is_doubted(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_what_officials_expect_is_planned(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Officials expect Kim Jong Un to travel to Vladivostok next month.", _DAY)
    assert ("PRK", "042", "RUS", "future") in facts


@pytest.mark.parametrize("text", [
    "Iran arms the Houthis, funds Hezbollah and trains Shia militias in Iraq, giving Tehran reach across the region "
    "without risking a direct war with Israel.",
    "Turkey hosts about three million Syrian refugees and controls a strip of northern Syria where its troops fight "
    "Kurdish militias.",
    "Qatar funds Hamas's government in Gaza with Israel's blessing, a policy that critics in Jerusalem now blame for "
    "the October 7 attack.",
    "The Wagner group, whose fighters guard Mali's junta, fights jihadists in the north alongside the Malian army.",
])
def test_a_long_sentence_in_the_present_describes(pipeline: Any, text: str) -> None:
    assert asserted_roots(pipeline, text, _DAY) == set()


@pytest.mark.parametrize(("text", "event"), [
    ("Kyiv says Russia fired more than forty drones at the capital overnight, damaging homes and a power station in "
     "the Obolon district, the mayor added.", ("RUS", "19", "UKR")),
    ("Israel strikes Hezbollah targets in southern Lebanon today, hours after rockets hit the northern town of Kiryat "
     "Shmona and wounded two civilians.", ("ISR", "19", "LBN")),
    ("Iran armed the Houthis, funded Hezbollah and trained Shia militias in Iraq, giving Tehran reach across the "
     "region without risking a direct war with Israel.", ("IRN", "07", "YEM")),
    ("Russia strikes Kyiv", ("RUS", "19", "UKR")),
    ("The decision follows Russia's missile attack on the Ukrainian port of Odesa, which killed twelve people and "
     "destroyed grain warehouses belonging to an Egyptian company.", ("RUS", "19", "UKR")),
])
def test_news_in_the_present_or_the_past_is_reported(pipeline: Any, text: str, event: tuple[str, str, str]) -> None:
    assert event in asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Israel will not inform Washington before it strikes Iran.", ("ISR", "190", "IRN", "future")),
    ("Israel did not inform the United States before it struck Hamas leaders in Doha.",
     ("ISR", "190", "QAT", "asserted")),
    ("Israel would strike Iran before Tehran gets the bomb.", ("ISR", "190", "IRN", "hypothetical")),
])
def test_a_host_negation_does_not_reach_a_before_clause(pipeline: Any, text: str,
                                                        event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Germany is gearing up to send more air defence systems to Ukraine before winter sets in.",
     ("DEU", "072", "UKR", "future")),
    ("The Pentagon is lining up to sell more F-35 jets to Poland.", ("USA", "072", "POL", "future")),
    ("Germany sent more air defence systems to Ukraine.", ("DEU", "072", "UKR", "asserted")),
])
def test_an_act_geared_up_for_is_still_to_come(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
