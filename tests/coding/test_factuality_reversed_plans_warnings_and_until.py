"""Plans undone by a "but" clause, purposes of acts done, stated warnings and unmet "until" conditions
(docs/factuality.md, "Round twenty-seven"):

* "Putin was expected to attend the summit but pulled out": what was planned did not happen (negated);
* "The visit by Modi to Moscow was meant to show ...": the visit was made; "was meant to" gives its purpose;
* "Russia is preparing a new offensive, Zelensky warned": a warning of a stated fact is reported speech; the
  preparation keeps its own label (future), not the hypothetical of a forecast ("warned that Russia could invade");
* "Russia will not resume gas deliveries until Ukraine withdraws": the withdrawal is the host's unmet condition,
  not denied by the host's negation; since round thirty it is no event at all (the gold convention:
  tests/coding/test_factuality_until_conditions.py).

Controls keep plans that were not undone, postponed plans, present purposes, modal warnings and past "until" clauses.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Putin was expected to attend the summit in Johannesburg but pulled out at the last minute.",
     ("RUS", "042", "ZAF", "negated")),
    ("Xi was expected to visit Moscow in March but cancelled the trip.", ("CHN", "042", "RUS", "negated")),
    ("Erdogan had been due to meet Netanyahu in Ankara but called off the meeting.",
     ("TUR", "040", "ISR", "negated")),
    ("Macron was supposed to visit Algiers in May, but the trip was cancelled.", ("FRA", "042", "DZA", "negated")),
    ("Putin had planned to travel to Turkey but cancelled the trip after the coup attempt.",
     ("RUS", "042", "TUR", "negated")),
    ("Scholz had been scheduled to visit Beijing in April but scrapped the trip amid a row over Taiwan.",
     ("DEU", "042", "CHN", "negated")),
    ("Xi was expected to attend the G20 summit in New Delhi but sent Premier Li Qiang instead.",
     ("CHN", "042", "IND", "negated")),
    ("Putin had been due to travel to Brazil for the BRICS summit but joined by video link instead.",
     ("RUS", "042", "BRA", "negated")),
    ("Biden was scheduled to meet Netanyahu in Jerusalem but the talks were scrapped after the hospital blast.",
     ("USA", "040", "ISR", "negated")),
    ("Lavrov was due to visit Ankara on Tuesday but skipped the trip.", ("RUS", "042", "TUR", "negated")),
    ("Orban had planned to visit Kyiv in June but dropped the idea.", ("HUN", "042", "UKR", "negated")),
])
def test_a_plan_undone_by_a_but_clause_is_negated(pipeline: Any, text: str,
                                                  event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Scholz was expected to meet Biden in Washington on Friday.", ("DEU", "040", "USA", "future")),
    ("Modi was scheduled to travel to Washington but postponed the visit.", ("IND", "042", "USA", "future")),
    ("Lula was expected to meet Zelensky in New York, and the two leaders held talks on Wednesday.",
     ("BRA", "044", "UKR", "future")),
    ("Modi was expected to visit Moscow in July, and the Kremlin confirmed the trip.", ("IND", "042", "RUS", "future")),
])
def test_a_plan_not_undone_stays_future(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("The visit by Modi to Moscow was meant to show that India would not bow to Western pressure.",
     ("IND", "042", "RUS", "asserted")),
    ("Blinken's trip to Beijing was meant to ease tensions with China.", ("USA", "042", "CHN", "asserted")),
    ("The meeting between Erdogan and Putin in Sochi was intended to show that Turkey still had a channel to Moscow.",
     ("TUR", "040", "RUS", "asserted")),
])
def test_the_subject_of_a_past_purpose_was_done(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_the_subject_of_a_present_purpose_keeps_its_plan(pipeline: Any) -> None:
    facts = country_facts(pipeline, "The visit by Modi to Moscow is meant to show that India will not bow to "
                                    "Western pressure.", _DAY)
    assert ("IND", "042", "RUS", "future") in facts


@pytest.mark.parametrize(("text", "event"), [
    ("Russia is preparing a new offensive in Ukraine, Zelensky warned.", ("RUS", "190", "UKR", "future")),
    ("China is preparing to invade Taiwan, the Taiwanese defence minister warned on Tuesday.",
     ("CHN", "190", "TWN", "future")),
    ("Iran is preparing an attack on Israel, US officials warned.", ("IRN", "190", "ISR", "future")),
    ("Russia has massed troops near Kharkiv, Ukrainian officials warned.", ("RUS", "154", "UKR", "asserted")),
])
def test_a_stated_warning_is_reported_speech(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_a_modal_warning_stays_a_forecast(pipeline: Any) -> None:
    assert ("RUS", "190", "UKR", "hypothetical") in country_facts(pipeline, "NATO warned that Russia could invade "
                                                                            "Ukraine.", _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Russia will not resume gas deliveries to Europe until Ukraine withdraws from Kursk.",
     ("UKR", "0874", "RUS", "hypothetical")),
    ("Israel will not halt its offensive until Hamas releases the hostages.",
     ("PSE", "0841", None, "hypothetical")),
    ("Moscow refused to negotiate until Kyiv withdraws its troops.", ("UKR", "0874", "RUS", "hypothetical")),
    ("Kyiv will not hold talks with Moscow until Russian troops leave Ukrainian soil.",
     ("RUS", "0874", "UKR", "hypothetical")),
])
def test_an_until_clause_of_a_negated_host_is_its_condition(pipeline: Any, text: str,
                                                            event: tuple[str, str, str | None, str]) -> None:
    # round thirty: the condition is not coded at all, neither denied nor as a hypothetical act
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[:3] == event[:3]]


@pytest.mark.parametrize(("text", "event"), [
    ("Israel will not halt its offensive until Hamas releases the hostages.", ("ISR", "087", "PSE", "negated")),
    ("Israel did not strike Gaza until Hamas fired rockets at Tel Aviv.", ("PSE", "195", "ISR", "asserted")),
    ("Israel will keep fighting until Hamas releases the hostages.", ("ISR", "190", "PSE", "future")),
])
def test_until_controls(pipeline: Any, text: str, event: tuple[str, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("If the talks collapse, Israel has said it will resume its offensive in Rafah.",
     ("ISR", "190", "PSE", "hypothetical")),
    ("Should the talks in Doha collapse, Israel has said it will resume its offensive in Rafah.",
     ("ISR", "190", "PSE", "hypothetical")),
])
def test_a_condition_fronted_on_a_saying_is_the_contents(pipeline: Any, text: str,
                                                          event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_a_saying_without_a_condition_keeps_its_plan(pipeline: Any) -> None:
    assert ("ISR", "190", "PSE", "future") in country_facts(pipeline, "Israel has said it will resume its offensive "
                                                                      "in Rafah.", _DAY)
