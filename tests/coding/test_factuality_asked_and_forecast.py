"""Acts asked for under a noun of asking, and acts of others forecast in a warning, are not coded as done or as
threats (docs/factuality.md, "Asked, forecast and stated-by-saying acts"); an intent stated with a reported "would"
is stated; a visit that times a past agreement happened."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts, root_set

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "absent_root"), [
    # what a call, demand, appeal or pressure asks for is the content of the asking, not an event
    ("Lukashenko brushed off Brussels's calls for him to step down.", "08"),
    ("Assad ignored Western demands for him to step down.", "08"),
    ("Museveni ignored Western demands for him to step down.", "08"),
    ("Mubarak resisted mounting pressure for him to quit.", "08"),
    ("Kenya's calls for Ethiopia to withdraw its troops from Somalia have grown louder.", "08"),
    # a warning that another might act forecasts; the warner threatens nothing
    ("The UN warned that fighting could spread to Lebanon.", "13"),
    ("Germany warned that China could invade Taiwan.", "13"),
    ("Britain warned that Russia may attack Moldova.", "13"),
])
def test_asked_and_forecast_acts_are_not_coded(pipeline: Any, text: str, absent_root: str) -> None:
    assert not any(root == absent_root for _, root, _ in root_set(pipeline, text, _DAY)), text


@pytest.mark.parametrize(("text", "expected"), [
    # one's own side in the warning is a threat
    ("Iran warned that it could close the Strait of Hormuz.", ("IRN", None, "13", "asserted")),
    ("Erdogan warned that Turkey could sever ties with Israel.", ("TUR", "ISR", "13", "asserted")),
    ("Poland warned that Polish troops could enter Belarus.", ("POL", "BLR", "13", "asserted")),
    ("The Belarusian government warned demonstrators that further unrest could cost them their jobs.",
     ("BLR", "BLR", "13", "asserted")),
    # the act itself, done, stays asserted
    ("Lukashenko stepped down after weeks of protests.", ("BLR", None, "08", "asserted")),
    # the demander's own participle after what it demands is done as the demanding is
    ("Washington demanded that Caracas free the Americans, threatening new sanctions.",
     ("USA", "VEN", "13", "asserted")),
    # a stated intent reported with "would" after a past verb of saying is stated
    ("India's foreign ministry said New Delhi would welcome Norwegian mediation.", ("IND", "NOR", "03", "asserted")),
    # a visit timing a past agreement took place
    ("Mali and Russia agreed on Tuesday to expand military cooperation during a visit to Bamako by Russia's defence "
     "minister.", ("RUS", "MLI", "04", "asserted")),
])
def test_stated_acts_keep_their_label(pipeline: Any, text: str, expected: tuple[str | None, ...]) -> None:
    facts = {(s, t, code[:2], f) for s, code, t, f in country_facts(pipeline, text, _DAY)}
    assert expected in facts, (text, facts)


def test_a_for_subject_infinitive_on_a_predicate_noun_is_no_relative(pipeline: Any) -> None:
    # "There is no reason for X to": not "the first government to recognise", whose label is its host clause's
    facts = country_facts(pipeline, "There is no reason for Japan to expel the Chinese ambassador.", _DAY)
    assert not any(f == "asserted" for *_, f in facts), facts


def test_an_intent_under_another_modal_stays_open(pipeline: Any) -> None:
    facts = country_facts(pipeline, "India's foreign ministry said New Delhi might welcome Norwegian mediation.", _DAY)
    assert not any(f == "asserted" for *_, f in facts), facts


@pytest.mark.parametrize("text", [
    # an act under "any deal / plan / move to": no particular deal has brought it about
    "Seoul and Tokyo remain far apart on any deal to free detained fishermen.",
    "Manila and Beijing remain divided over any deal to free Filipino sailors.",
])
def test_an_act_under_any_deal_is_not_asserted(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not any(f == "asserted" for *_, f in facts), facts


@pytest.mark.parametrize("text", [
    # a present passive of recognition states a territory's standing, not an act
    "Kosovo is recognised by more than 100 states.",
    "Northern Cyprus is recognised only by Turkey.",
    "Crimea is internationally recognised as part of Ukraine.",
])
def test_a_standing_recognition_is_no_event(pipeline: Any, text: str) -> None:
    assert not any(f == "asserted" for *_, f in country_facts(pipeline, text, _DAY)), text


@pytest.mark.parametrize("text", [
    "Palestine is now recognised by Spain.",
    "Kosovo has been recognised by Kenya.",
    "Mexico recognised Palestine as a state on Tuesday.",
])
def test_a_recognition_told_as_news_stays_asserted(pipeline: Any, text: str) -> None:
    assert any(code.startswith("05") and f == "asserted" for _, code, _, f in country_facts(pipeline, text, _DAY)), text
