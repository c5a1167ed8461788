"""Candidate rules on the real parser: frame contents, allegations, mass violence, subject-restricted
patterns, joint acts and instigators (actors from the toy resolver in handbuilt.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import toy_coded, toy_quads

from detente.coding import EventCoder
from detente.coding.candidates import find_candidates

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 10, 9)


_code = partial(toy_coded, published_on=PUBLISHED, article_id="c1")
_quads = toy_quads


def test_candidates_frame_content_is_not_coded_again(nlp: Any, coder: EventCoder) -> None:
    # the arming is what is demanded to stop, not an event of its own
    events = _code(nlp, coder, "Beijing demanded that Washington stop arming Taiwan.")
    assert _quads(events) == {("CHN", "105", "USA", "asserted")}


def test_candidates_frame_by_lemma_codes_release_and_resignation(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France demanded the release of the jailed Iranian activists.")
    assert _quads(events) == {("FRA", "1053", "IRN", "asserted")}
    events = _code(nlp, coder, "France urged Iran to release the detained French nationals.")
    assert {e.event_code for e in events} == {"0253"}


def test_candidates_allegation_is_coded_as_the_accusation(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Ukraine accused Russian troops of killing civilians in Odesa.")
    assert _quads(events) == {("UKR", "112", "RUS", "asserted")}


def test_candidates_mass_killing_of_civilians(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hamas fighters killed about 1,200 people in southern Israel.")
    assert _quads(events) == {("PSE", "202", "ISR", "asserted")}


def test_candidates_killing_few_or_combatants_stays_a_killing(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hamas fighters killed three people in southern Israel.")
    assert {e.event_code for e in events} == {"1823"}
    events = _code(nlp, coder, "Russia killed 500 Ukrainian soldiers in the offensive.")
    assert "202" not in {e.event_code for e in events}


def test_candidates_workers_strike_is_a_labour_strike(nlp: Any, coder: EventCoder) -> None:
    doc = nlp("French workers will strike on Thursday against the budget cuts.")
    assert [c.code for c in find_candidates(doc[:], coder.lexicon)] == ["143"]
    doc = nlp("Russia will strike Kyiv on Thursday.")
    assert [c.code for c in find_candidates(doc[:], coder.lexicon)] == ["190"]


def test_candidates_protesters_storming_is_a_riot(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Kenyan protesters stormed the parliament.")
    assert {(e.source.country if e.source else None, e.event_code) for e in events} == {("KEN", "145")}
    events = _code(nlp, coder, "Russian troops stormed the village.")
    assert {e.root_code for e in events} <= {"19"}


def test_candidates_exchange_of_fire_is_coded_both_ways(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russian and Ukrainian forces exchanged artillery fire near the river.")
    assert _quads(events) == {("RUS", "194", "UKR", "asserted"), ("UKR", "194", "RUS", "asserted")}


def test_candidates_troops_crossing_into_a_country_occupy(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Ukrainian troops crossed into Russia's Kursk region.")
    assert _quads(events) == {("UKR", "192", "RUS", "asserted")}
    assert _code(nlp, coder, "Ukrainian refugees crossed into Poland.") == []


def test_candidates_passive_act_on_someones_orders(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Ukrainian activists were arrested on the Kremlin's orders.")
    assert ("RUS", "173", "UKR", "asserted") in _quads(events)


def test_candidates_second_object_is_the_hostage(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hamas fighters took more than 200 people hostage in southern Israel.")
    assert _quads(events) == {("PSE", "181", "ISR", "asserted")}


def test_candidates_claim_of_responsibility_targets_the_victim(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah claimed responsibility for the rocket attack on Israel.")
    assert _quads(events) == {("LBN", "015", "ISR", "asserted")}
