"""Gerund objects the parser hangs as adjuncts, decisions with their owner, "not since", the terms of measures in
force, classes described by "a handful of", and meetings named as a trip's purpose (docs/factuality.md, "Trade, law
and migration copy; dated by the publication day", nineteenth round)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund object after a time phrase is still the object of the verb that governs it
    ("Olaf Scholz ruled out on Monday sending Taurus cruise missiles to Ukraine.", ("DEU", "072", "UKR", "negated")),
    ("Hungary ruled out in March sending weapons to Ukraine.", ("HUN", "072", "UKR", "negated")),
    ("Japan ruled out on Friday joining the sanctions against China.", ("JPN", "163", "CHN", "negated")),
    ("Germany opposed on Monday imposing tariffs on Chinese cars.", ("DEU", "163", "CHN", "hypothetical")),
    # a participle after a comma is what was done with the act, not its object
    ("Russia attacked Kharkiv on Monday, killing five people.", ("RUS", "190", "UKR", "asserted")),
    ("Mexico recalled its ambassador on Tuesday, accusing Ecuador of violating its embassy.",
     ("MEX", "112", "ECU", "asserted")),
])
def test_a_gerund_after_a_time_phrase_is_the_object_of_its_verb(pipeline: Any, text: str,
                                                                 expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN condemned the Taliban's decision to bar women from universities.", ("AFG", "172", "AFG", "asserted")),
    ("The court upheld Ankara's decision to expel the journalist.", ("TUR", "174", "TUR", "asserted")),
])
def test_a_decision_with_its_owner_is_taken(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Not since 2016 has a US president visited Havana.", ("USA", "042", "CUB", "negated")),
    ("Not since the 1970s has a Japanese prime minister visited Pyongyang.", ("JPN", "042", "PRK", "negated")),
])
def test_not_since_denies_the_act(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize("text", [
    "The sanctions regime bans the export of dual-use goods to Russia.",
    "The EU's sanctions framework bars Russian banks from the SWIFT system.",
    "The decree bars foreign journalists from the border region.",
    "A handful of countries still recognise Taipei.",
    "Not since 2016 has Beijing imposed such tariffs on Australia.",
])
def test_terms_and_classes_state_no_act(pipeline: Any, text: str) -> None:
    asserted = [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted" and f[1][:2] in
                ("05", "06", "07", "16", "17", "19")]
    assert not asserted, (text, asserted)


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU imposed sanctions on Russian banks on Monday.", ("EU", "163", "RUS")),
    ("Iran supplied drones to Russia.", ("IRN", "072", "RUS")),
    ("Washington sent weapons to Ukraine on Tuesday.", ("USA", "072", "UKR")),
])
def test_the_same_acts_reported_stay_asserted(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert any(f[3] == "asserted" and f[1][:2] == expected[1][:2] and f[2] == expected[2] for f in facts), (text,
                                                                                                            facts)


@pytest.mark.parametrize(("text", "label"), [
    ("Shigeru Ishiba will fly to Washington on Thursday for his first meeting with Donald Trump since his return.",
     "future"),
    ("Modi is expected to visit Washington next month for his first meeting with Trump since the inauguration.",
     "future"),
    ("Will Lula fly to Beijing next week for his first meeting with Xi Jinping?", "question"),
])
def test_a_meeting_named_as_a_trips_purpose_takes_the_trips_label(pipeline: Any, text: str, label: str) -> None:
    meetings = [f for f in country_facts(pipeline, text, _DAY) if f[1].startswith("04")]
    assert meetings and all(f[3] == label for f in meetings), (text, meetings)


def test_a_reason_after_for_still_happened(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Iran was sanctioned for its attack on Israel.", _DAY)
    assert ("IRN", "190", "ISR", "asserted") in facts, facts
