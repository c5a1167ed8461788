"""Round twenty-nine (docs/factuality.md, "Round twenty-nine: terms, refused things, backed acts,
absences, works, figures, lifted bars and rubrics"):
a verb of absence from a gathering ("skipped the summit", "stayed away from the talks") is itself a negation of the
attendance; an act a work of story, art or memory depicts is the work's subject, not an event reported; a "now that"
clause in a question is presupposed however it is parsed; a figure that "hit" a level is no strike; an act named in a
desk's rubric before its colon, or "now in its third year", is no event reported."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

from detente.coding.factuality import factuality_of
from detente.records.event import Factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("China stayed away from the peace summit in Switzerland.", "stay", Factuality.NEGATED),
    ("Milei skipped the Mercosur summit in Montevideo.", "skip", Factuality.NEGATED),
    ("Putin missed the G20 summit in Rio de Janeiro.", "miss", Factuality.NEGATED),
    ("Several African leaders shunned the Russia-Africa summit in St Petersburg.", "shun", Factuality.NEGATED),
    ("Modi will sit out the SCO summit in Astana.", "sit", Factuality.NEGATED),
    ("Biden kept away from the funeral.", "keep", Factuality.NEGATED),
    ("Xi Jinping will skip the G20 summit in Brazil.", "skip", Factuality.NEGATED),
    ("Did Putin skip the BRICS summit?", "skip", Factuality.QUESTION),
    # controls: no gathering is missed
    ("The missile missed its target.", "miss", Factuality.ASSERTED),
    ("Turkey stayed in the alliance.", "stay", Factuality.ASSERTED),
])
def test_absence_from_a_gathering_negates_the_attendance(nlp: Any, text: str, verb: str,
                                                         expected: Factuality) -> None:
    sent = next(iter(nlp(text).sents))
    trigger = next(t for t in sent if t.lemma_ == verb)
    assert factuality_of(trigger, sent) is expected, text


@pytest.mark.parametrize("text", [
    "The documentary depicts Russia's siege of Mariupol.",
    "A new film explores Israel's war with Hezbollah in 2006.",
    "The novel tells the story of Iraq's invasion of Kuwait.",
    "The series dramatises the Soviet invasion of Afghanistan.",
    "A documentary about Russia's invasion of Ukraine won an Oscar.",
    "The play is about America's war in Vietnam.",
])
def test_an_act_a_work_depicts_is_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"], text


@pytest.mark.parametrize(("text", "expected"), [
    # controls: what a report or investigation documents is a finding, coded as the reported event; a named act in
    # an ordinary clause stays
    ("The UN report documents Russian strikes on Ukrainian hospitals.", ("RUS", "190", "UKR", "asserted")),
    ("Amnesty's report details Israeli strikes on homes in Gaza.", ("ISR", "190", "PSE", "asserted")),
    ("Russia's invasion of Ukraine upended Europe's energy market.", ("RUS", "190", "UKR", "asserted")),
])
def test_findings_and_named_acts_stay(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # a "now that" clause inside a question is a fact the question builds on, however the parser hangs it
    ("Will Lula and Milei ever sit down together, now that the Argentine has skipped the Mercosur summit?", "skip",
     Factuality.NEGATED),
    ("Will Europe ever trust Moscow again, now that Russia has invaded Ukraine?", "invade", Factuality.ASSERTED),
    ("Will Hungary stay in the EU, now that Brussels has frozen its funds?", "freeze", Factuality.ASSERTED),
    ("Now that Russia has invaded Ukraine, will Europe ever trust Moscow?", "invade", Factuality.ASSERTED),
    # controls: the asked clause itself, also where the parser hangs it on the "now that" clause
    ("Will Russia attack Ukraine now?", "attack", Factuality.QUESTION),
    ("Will Fiji sign the Australian security pact, now that its new prime minister has been sworn in?", "sign",
     Factuality.QUESTION),
    ("Will Vanuatu sign the Nakamal agreement, Australia's offer of aid for policing, now that its prime minister has "
     "been ousted?", "sign", Factuality.QUESTION),
])
def test_a_now_that_clause_in_a_question_is_presupposed(nlp: Any, text: str, verb: str,
                                                        expected: Factuality) -> None:
    sent = next(iter(nlp(text).sents))
    trigger = next(t for t in sent if t.lemma_ == verb)
    assert factuality_of(trigger, sent) is expected, text


@pytest.mark.parametrize("text", [
    # a verb of striking with a figure or a level as object: a figure reached a level, no event
    "Turkey's inflation rate hit 85 per cent in October.",
    "Israel's death toll hit 1,200.",
    "Turnout in Russia's election hit 77 per cent.",
    "India's exports to Russia struck a record high.",
    "The rouble hit its weakest level since March 2022.",
    "Oil prices topped $100 a barrel.",
])
def test_a_figure_reaching_a_level_is_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"], text


@pytest.mark.parametrize(("text", "expected"), [
    # controls: places, things and counts of things struck
    ("Russian missiles hit Kyiv overnight.", ("RUS", "195", "UKR", "asserted")),
    ("Israel struck 50 targets in Gaza overnight.", ("ISR", "190", "PSE", "asserted")),
    ("Ukraine hit 40 Russian tanks.", ("UKR", "190", "RUS", "asserted")),
    ("Israeli strikes hit Iran's air defences.", ("ISR", "190", "IRN", "asserted")),
])
def test_strikes_on_places_and_things_stay(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize("text", [
    # a nominal act in a desk's rubric before its colon names the story
    "Israel-Hamas war latest: what we know on day 200.",
    "Ukraine war briefing: Kyiv braces for winter.",
    "Israel's strike on Iran: what we know.",
    "Russia's invasion of Ukraine explained: a timeline of key events.",
])
def test_an_act_in_a_rubric_before_its_colon_is_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"], text


@pytest.mark.parametrize(("text", "expected"), [
    # controls: reports in and after the rubric
    ("Live: Israel strikes Iran.", ("ISR", "190", "IRN", "asserted")),
    ("Russia attacked Kyiv overnight: at least five dead.", ("RUS", "190", "UKR", "asserted")),
    ("Israel's strike on Iran: Tehran vows revenge.", ("ISR", "190", "IRN", "asserted")),
    ("Breaking: Russia's attack on Kyiv kills five.", ("RUS", "190", "UKR", "asserted")),
])
def test_reports_around_a_rubric_stay(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize("text", [
    # "now in its third year" set off after the act's name: a state that lasts
    "Sudan's war, now in its third year, has created the world's largest humanitarian crisis.",
    "Russia's war in Ukraine, now in its fourth year, has killed tens of thousands.",
    "Russia's war in Ukraine is now in its fourth year.",
])
def test_an_act_in_its_nth_year_set_off_is_a_lasting_state(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"], text


def test_an_act_dated_to_a_day_stays(pipeline: Any) -> None:
    text = "Russia's offensive in Kharkiv killed dozens on Monday."
    assert ("RUS", "190", "UKR", "asserted") in country_facts(pipeline, text, _DAY), text
