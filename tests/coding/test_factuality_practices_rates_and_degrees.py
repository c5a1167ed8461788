"""Practices, rates, standings and judgements of degree in long sentences (docs/factuality.md, "Round twenty-six").

A present-simple relative clause on a named actor or a plural of actors says what the actor does as a rule; a
sentence that opens with "Each year," or "Every spring," states a practice; "X, which once did A, now does B" sets a
standing against a former act; "how much X mattered" weighs X. None of these is an event. A past participle on a
noun of talk ("talks brokered by Turkey") states the talks' own occasion, not what they are about, and a present
relative clause dated to a weekday ("who arrives in Ankara on Monday") is scheduled. Past tenses, dates and plain
reports in the same words are the controls.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Pakistan said it would protect Chinese workers from the Baloch insurgents who attack them.", ("PAK", "19", "CHN")),
    ("Islamabad blamed the Baloch militants who attack Chinese engineers in the province.", ("PAK", "19", "CHN")),
    ("The United States sanctioned Iran, which arms the Houthis in Yemen.", ("IRN", "07", "YEM")),
    ("Israel struck the Hezbollah fighters who fire rockets at its northern towns.", ("LBN", "19", "ISR")),
    ("Washington sanctioned the Sudanese generals who bomb villages in Darfur.", ("SDN", "19", "SDN")),
])
def test_a_present_relative_clause_on_actors_is_what_they_do_as_a_rule(pipeline: Any, text: str,
                                                                      event: tuple[str, str, str]) -> None:
    assert event not in asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Israel struck the Hezbollah fighters who fired rockets at its northern towns.", ("LBN", "19", "ISR")),
    ("Washington sanctioned the Sudanese generals who bombed villages in Darfur.", ("SDN", "19", "SDN")),
    ("Washington sanctioned the Sudanese generals who bomb villages in Darfur.", ("USA", "16", "SDN")),
])
def test_a_past_relative_clause_and_the_host_act_are_reported(pipeline: Any, text: str,
                                                             event: tuple[str, str, str]) -> None:
    assert event in asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Each year, the General Assembly votes to condemn the American embargo on Cuba.",
    "Each year, the Security Council votes to extend the mandate of UNIFIL.",
    "Every summer, Russia and Belarus agree to hold joint drills near the Polish border.",
    "Every year, NATO allies pledge to spend more on defence.",
])
def test_a_sentence_opening_with_a_rate_states_a_practice(pipeline: Any, text: str) -> None:
    assert country_facts(pipeline, text, _DAY) == []


def test_a_past_rate_reports_the_acts(pipeline: Any) -> None:
    assert ("RUS", "19", "UKR") in asserted_roots(pipeline, "Every day last week, Russian forces shelled Kharkiv.", _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Ethiopia, which once sent troops to Somalia, now threatens its government.", ("ETH", "13")),
    ("Qatar, which once hosted Taliban negotiators, now backs the Afghan government.", ("QAT", "05")),
    ("Serbia, which once fought NATO, now hosts American troops.", ("SRB", "04")),
    ("Hungary, once a critic of Moscow, now blocks EU sanctions on Russia.", ("HUN", "12")),
])
def test_now_set_against_once_is_a_standing(pipeline: Any, text: str, event: tuple[str, str]) -> None:
    assert not any((s, r) == event for s, r, _ in asserted_roots(pipeline, text, _DAY))


def test_once_again_is_news(pipeline: Any) -> None:
    assert ("RUS", "19", "UKR") in asserted_roots(pipeline, "Russia once again struck Kharkiv with missiles.", _DAY)


@pytest.mark.parametrize("text", [
    "Zelensky stressed how much prisoner exchanges between Russia and Ukraine mattered.",
    "Guterres said how vital the truce between Israel and Hamas was for Gaza's civilians.",
    "Blinken underlined how crucial the ceasefire between Armenia and Azerbaijan was.",
    "Biden said how much the prisoner swap between Russia and the United States meant to the families.",
])
def test_how_much_an_act_matters_weighs_it(pipeline: Any, text: str) -> None:
    assert asserted_roots(pipeline, text, _DAY) == set()


def test_the_act_itself_is_reported(pipeline: Any) -> None:
    assert ("ARM", "08", "AZE") in asserted_roots(
        pipeline, "The ceasefire between Armenia and Azerbaijan collapsed.", _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("The prisoners were freed after talks in Ankara brokered by Turkey's president.", ("TUR", "045", None, "asserted")),
    ("The ceasefire came after talks in Doha brokered by Qatar and Egypt.", ("QAT", "045", None, "asserted")),
    ("Israel and Hamas agreed to a truce after negotiations in Cairo mediated by Egypt.",
     ("EGY", "045", "ISR", "asserted")),
    ("The deal followed negotiations in Riyadh mediated by Saudi Arabia's crown prince.",
     ("SAU", "045", None, "asserted")),
])
def test_talks_brokered_by_a_mediator_are_mediated(pipeline: Any, text: str,
                                                   event: tuple[str, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Talk of a Chinese invasion of Taiwan has grown louder in Washington.", ("CHN", "190", "TWN", "hypothetical")),
    ("Negotiations on a Russian withdrawal from Kherson have stalled.", ("RUS", "0874", "UKR", "hypothetical")),
])
def test_what_talks_are_about_stays_open(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Lavrov, who arrives in Ankara on Monday, will meet Erdogan.", ("RUS", "042", "TUR", "future")),
    ("Scholz, who travels to Beijing on Sunday, said he would raise human rights.", ("DEU", "042", "CHN", "future")),
    ("The Chinese foreign minister, who visits Canberra on Wednesday, is expected to discuss trade.",
     ("CHN", "042", "AUS", "future")),
])
def test_a_present_relative_clause_dated_to_a_weekday_is_scheduled(pipeline: Any, text: str,
                                                                   event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_a_past_relative_clause_dated_to_a_weekday_is_reported(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Lavrov, who arrived in Ankara on Monday, met Erdogan.", _DAY)
    assert ("RUS", "042", "TUR", "asserted") in facts
