"""Factuality rules on hand-built and real parses, and a property test: no non-asserted event comes out asserted."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.coding.coded import (
    coded_with_factuality,
    country_set,
    toy_coded,
    toy_triples,
)
from tests.coding.handbuilt import handbuilt, toy_mentions

from detente.coding import EventCoder
from detente.coding.factuality import cues_of, factuality_of, is_question
from detente.records import Article, ArticleId, Factuality

_DAY = date(2024, 3, 1)
_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_with_factuality = partial(coded_with_factuality, day=date(2025, 6, 1))
_countries = partial(country_set, day=date(2025, 6, 1))
_events = partial(coded_with_factuality, day=date(2025, 6, 1))

# "Iran did not attack Israel."
NEGATED = [("Iran", "Iran", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
           ("attack", "attack", "VERB", "ROOT", 3, "VB"), ("Israel", "Israel", "PROPN", "dobj", 3),
           (".", ".", "PUNCT", "punct", 3)]
# "Russia may attack Ukraine."
MODAL = [("Russia", "Russia", "PROPN", "nsubj", 2), ("may", "may", "AUX", "aux", 2, "MD"),
         ("attack", "attack", "VERB", "ROOT", 2, "VB"), ("Ukraine", "Ukraine", "PROPN", "dobj", 2),
         (".", ".", "PUNCT", "punct", 2)]
# "Will Putin visit Tehran?"
QUESTION = [("Will", "will", "AUX", "aux", 2, "MD"), ("Putin", "Putin", "PROPN", "nsubj", 2),
            ("visit", "visit", "VERB", "ROOT", 2, "VB"), ("Tehran", "Tehran", "PROPN", "dobj", 2),
            ("?", "?", "PUNCT", "punct", 2)]
# "Iran denied sending drones to Russia."
DENIAL = [("Iran", "Iran", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
          ("sending", "send", "VERB", "xcomp", 1, "VBG"), ("drones", "drone", "NOUN", "dobj", 2),
          ("to", "to", "ADP", "prep", 2), ("Russia", "Russia", "PROPN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)]
# "Russia did not agree to send troops."
SCOPE = [("Russia", "Russia", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
         ("agree", "agree", "VERB", "ROOT", 3, "VB"), ("to", "to", "PART", "aux", 5),
         ("send", "send", "VERB", "xcomp", 3, "VB"), ("troops", "troop", "NOUN", "dobj", 5),
         (".", ".", "PUNCT", "punct", 3)]
# "Putin is scheduled to meet Erdogan."
SCHEDULED = [("Putin", "Putin", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2, "VBZ"),
             ("scheduled", "schedule", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
             ("meet", "meet", "VERB", "xcomp", 2, "VB"), ("Erdogan", "Erdogan", "PROPN", "dobj", 4),
             (".", ".", "PUNCT", "punct", 2)]
# "If Iran attacks Israel, Russia will help."
CONDITIONAL = [("If", "if", "SCONJ", "mark", 2), ("Iran", "Iran", "PROPN", "nsubj", 2),
               ("attacks", "attack", "VERB", "advcl", 7, "VBZ"), ("Israel", "Israel", "PROPN", "dobj", 2),
               (",", ",", "PUNCT", "punct", 7), ("Russia", "Russia", "PROPN", "nsubj", 7),
               ("will", "will", "AUX", "aux", 7, "MD"), ("help", "help", "VERB", "ROOT", 7, "VB"),
               (".", ".", "PUNCT", "punct", 7)]
# "After Iran attacked Israel, Russia may help."
AFTER = [("After", "after", "SCONJ", "mark", 2), ("Iran", "Iran", "PROPN", "nsubj", 2),
         ("attacked", "attack", "VERB", "advcl", 7, "VBD"), ("Israel", "Israel", "PROPN", "dobj", 2),
         (",", ",", "PUNCT", "punct", 7), ("Russia", "Russia", "PROPN", "nsubj", 7),
         ("may", "may", "AUX", "aux", 7, "MD"), ("help", "help", "VERB", "ROOT", 7, "VB"),
         (".", ".", "PUNCT", "punct", 7)]


def _label(rows: list[tuple[Any, ...]], trigger: int) -> Factuality:
    doc = handbuilt(rows)
    sent = doc[:]
    return factuality_of(doc[trigger], sent)


def test_factuality_negation_on_the_verb() -> None:
    assert _label(NEGATED, 3) is Factuality.NEGATED


def test_factuality_modal_is_hypothetical() -> None:
    assert _label(MODAL, 2) is Factuality.HYPOTHETICAL


def test_factuality_inverted_question_and_question_mark() -> None:
    assert _label(QUESTION, 2) is Factuality.QUESTION
    rows = [r if r[0] != "?" else (".", ".", "PUNCT", "punct", 2) for r in QUESTION]
    assert is_question(handbuilt(rows)[:]) is True  # "Will Putin visit Tehran." (inversion, no "?")


def test_factuality_denial_verb_negates_its_complement() -> None:
    assert _label(DENIAL, 2) is Factuality.NEGATED
    assert _label(DENIAL, 1) is Factuality.ASSERTED  # the denying itself happened


def test_factuality_negation_scope_reaches_the_complement() -> None:
    assert _label(SCOPE, 5) is Factuality.NEGATED


def test_factuality_scheduled_is_future() -> None:
    assert _label(SCHEDULED, 4) is Factuality.FUTURE


def test_factuality_if_clause_is_hypothetical_and_main_clause_future() -> None:
    assert _label(CONDITIONAL, 2) is Factuality.HYPOTHETICAL
    assert _label(CONDITIONAL, 7) is Factuality.FUTURE


def test_factuality_after_clause_is_outside_the_modal_scope() -> None:
    assert _label(AFTER, 2) is Factuality.ASSERTED
    assert _label(AFTER, 7) is Factuality.HYPOTHETICAL


def test_factuality_priority_negated_over_future() -> None:
    # "Iran will not attack Israel."
    rows = [("Iran", "Iran", "PROPN", "nsubj", 3), ("will", "will", "AUX", "aux", 3, "MD"),
            ("not", "not", "PART", "neg", 3), ("attack", "attack", "VERB", "ROOT", 3, "VB"),
            ("Israel", "Israel", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    doc = handbuilt(rows)
    assert cues_of(doc[3], doc[:]) == {Factuality.NEGATED, Factuality.FUTURE}
    assert factuality_of(doc[3], doc[:]) is Factuality.NEGATED


def test_factuality_plain_statement_is_asserted() -> None:
    rows = [r for r in NEGATED if r[0] not in ("did", "not")]
    rows = [("Iran", "Iran", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("Israel", "Israel", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    assert _label(rows, 1) is Factuality.ASSERTED


# ---------------------------------------------------------------- property test with the real parser

ASSERTED_CLAUSES = [
    ("Russia attacked Ukraine", "Russia attack Ukraine", "attacked"),
    ("Iran supplied drones to Russia", "Iran supply drones to Russia", "supplied"),
    ("Israel bombed Lebanon", "Israel bomb Lebanon", "bombed"),
    ("China criticized Japan", "China criticize Japan", "criticized"),
    ("Turkey met Syria", "Turkey meet Syria", "met"),
    ("France imposed sanctions on Iran", "France impose sanctions on Iran", "imposed"),
    ("Egypt hosted Qatar", "Egypt host Qatar", "hosted"),
    ("India accused Pakistan of shelling villages", "India accuse Pakistan of shelling villages", "accused"),
]
TEMPLATES = [
    "{subj} did not {base}.",
    "{subj} never {past_vp}.",
    "{subj} would {base}.",
    "{subj} could {base}.",
    "{subj} might {base}.",
    "{subj} may {base}.",
    "{subj} should {base}.",
    "If {clause}, the region would burn.",
    "Unless talks resume, {subj} will {base}.",
    "Did {subj} {base}?",
    "Will {subj} {base}?",
    "Has {clause_q}?",
    "{subj} will {base}.",
    "{subj} is going to {base}.",
    "{subj} is scheduled to {base}.",
    "{subj} plans to {base}.",
    "{subj} intends to {base}.",
    "{subj} vowed to {base}.",
    "{subj} pledged to {base}.",
    "{subj} is expected to {base}.",
    "{subj} is unlikely to {base}.",
    "It is unlikely that {clause}.",
    "Analysts doubt that {clause}.",
    "A cynic would say that {clause}.",
    "{subj} refused to {base}.",
    "{subj} denied that {clause}.",
    "{subj} is reportedly considering whether to {base}.",
    "{subj} may have wanted to {base}.",
]


def _fill(template: str, clause: tuple[str, str, str]) -> str:
    full, base_form, _verb = clause
    subj, _, base = base_form.partition(" ")
    past_vp = full.partition(" ")[2]
    return template.format(subj=subj, base=base, clause=full, past_vp=past_vp,
                           clause_q=f"{subj} ever {_participle(base)}")


def _participle(rest: str) -> str:
    verb, _, tail = rest.partition(" ")
    forms = {"attack": "attacked", "supply": "supplied", "bomb": "bombed", "criticize": "criticized",
             "meet": "met", "impose": "imposed", "host": "hosted", "accuse": "accused"}
    return f"{forms.get(verb, verb)} {tail}".strip()


@pytest.mark.slow
def test_factuality_templates_keep_the_plain_clauses_asserted(nlp: Any, coder: Any) -> None:
    """The control: each clause, stated plainly, does come out as an asserted event."""
    for full, _, _ in ASSERTED_CLAUSES:
        doc = nlp(full + ".")
        events = coder.code(doc, toy_mentions(doc), article=Article(article_id=ArticleId("p"), text=full + "."))
        assert any(e.factuality is Factuality.ASSERTED for e in events), full


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(clauses=st.lists(st.sampled_from(ASSERTED_CLAUSES), min_size=1, max_size=3, unique=True),
       template=st.sampled_from(TEMPLATES))
def test_factuality_wrapped_clauses_are_never_asserted(nlp: Any, coder: Any,
                                                        clauses: list[tuple[str, str, str]],
                                                        template: str) -> None:
    text = " ".join(_fill(template, c) for c in clauses)
    doc = nlp(text)
    events = coder.code(doc, toy_mentions(doc), article=Article(article_id=ArticleId("p"), text=text))
    asserted = [(e.trigger, e.event_code) for e in events if e.factuality is Factuality.ASSERTED]
    wrapped_triggers = {c[2] for c in clauses} | {c[1].split()[1] for c in clauses}
    leaked = [a for a in asserted if a[0] is not None and a[0].split()[0].lower() in wrapped_triggers]
    assert not leaked, f"{text!r} -> {leaked}"


def test_factuality_relative_clause_in_a_question_is_presupposed() -> None:
    # "Will Moscow pull back the troops it massed ?"
    doc = handbuilt([("Will", "will", "AUX", "aux", 2, "MD"), ("Moscow", "Moscow", "PROPN", "nsubj", 2),
                     ("pull", "pull", "VERB", "ROOT", 2, "VB"), ("back", "back", "ADV", "advmod", 2),
                     ("the", "the", "DET", "det", 5), ("troops", "troop", "NOUN", "dobj", 2),
                     ("it", "it", "PRON", "nsubj", 7), ("massed", "mass", "VERB", "relcl", 5, "VBD"),
                     ("?", "?", "PUNCT", "punct", 2)])
    sent = doc[:]
    assert factuality_of(doc[2], sent) is Factuality.QUESTION
    assert factuality_of(doc[7], sent) is Factuality.ASSERTED


def test_factuality_about_is_future_only_before_a_verb() -> None:
    # "Iran is about to attack ." / "reports about the attack ."
    doc = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1, "VBZ"),
                     ("about", "about", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
                     ("attack", "attack", "VERB", "xcomp", 2, "VB"), (".", ".", "PUNCT", "punct", 1)])
    assert factuality_of(doc[4], doc[:]) is Factuality.FUTURE
    doc = handbuilt([("reports", "report", "NOUN", "ROOT", 0), ("about", "about", "ADP", "prep", 0),
                     ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "pobj", 1),
                     (".", ".", "PUNCT", "punct", 0)])
    assert factuality_of(doc[3], doc[:]) is Factuality.ASSERTED


@pytest.mark.slow
def test_condition_the_parser_coordinates_is_still_a_condition(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Abbas Araghchi said Iran was open to talks with Washington, but only if the United "
                               "States ruled out further strikes.")
    assert ("USA", "12", None, "hypothetical") in _triples(events)
    assert not any(e.factuality.value == "asserted" and e.root_code == "12" for e in events)


@pytest.mark.slow
def test_two_negations_leave_the_act_open(nlp: Any, coder: EventCoder) -> None:
    assert _triples(_code(nlp, coder, "Iran will not hesitate to strike Israel.")) == {
        ("IRN", "19", "ISR", "hypothetical")}
    events = _code(nlp, coder, "The Pentagon said Iran did not refuse to meet Erdogan.")
    assert ("IRN", "12", "TUR", "negated") in _triples(events)
    # one negation still denies
    assert {e.factuality.value for e in _code(nlp, coder, "Iran did not strike Israel.")} == {"negated"}


@pytest.mark.slow
def test_a_decision_taken_reports_the_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Pakistan decided on Wednesday to expel India's ambassador.")
    assert {(e.source.country if e.source else None, e.factuality.value) for e in events} == {("PAK", "asserted")}
    events = _code(nlp, coder, "Pakistan will decide next week to expel India's ambassador.")
    assert {e.factuality.value for e in events} == {"future"}


@pytest.mark.slow
def test_no_reason_not_to_states_a_readiness(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin said Russia had no reason not to meet Erdogan.")
    assert {(e.source.country if e.source else None, e.event_code, e.target.country if e.target else None,
             e.factuality.value) for e in events} == {("RUS", "036", "TUR", "asserted")}
    assert {e.factuality.value for e in _code(nlp, coder, "Iran has sent no weapons to Russia.")} == {"negated"}


@pytest.mark.slow
def test_a_trailing_participle_is_done_instead(pipeline: Any) -> None:
    events = pipeline.code_text("Xi Jinping did not travel to New Delhi for the G20 summit, sending Premier Li Qiang "
                                "in his place.", published_on=_DAY)
    assert sorted(e.factuality.value for e in events if e.root_code == "04") == ["asserted", "negated"]
    events = pipeline.code_text("Iran did not attack Israel, choosing to negotiate with Washington.", published_on=_DAY)
    assert {(e.root_code, e.factuality.value) for e in events} == {("19", "negated"), ("04", "asserted")}
    # a purpose clause stays under the negation
    events = pipeline.code_text("Russia did not send troops to fight in Syria.", published_on=_DAY)
    assert {e.factuality.value for e in events} == {"negated"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing has yet to condemn Russia's invasion of Ukraine.", ("CHN", "111", "RUS")),
    ("Modi is yet to visit Pakistan.", ("IND", "042", "PAK")),
])
def test_yet_to_is_not_done(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    events = {(s[:3] if s else None, c, t[:3] if t else None): f for s, c, t, f in _with_factuality(pipeline, text)}
    assert events[expected] == "negated"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("After being attacked by Azerbaijan, Armenia appealed to Russia for help.", ("AZE", "190", "ARM")),
    ("Despite being sanctioned by Washington, Iran will not halt enrichment.", ("USA", "163", "IRN")),
])
def test_a_passive_after_a_preposition_is_done_to_the_host_subject(pipeline: Any, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    found = dict(((s, c, t), f) for s, c, t, f in _with_factuality(pipeline, text))
    assert found[expected] == "asserted"  # "after/despite ..." is presupposed, outside the host's scope


@pytest.mark.slow
def test_asking_whether_is_a_question_not_an_appeal(pipeline: Any) -> None:
    found = _countries(pipeline, "Analysts asked whether China would attack Taiwan.")
    assert ("CHN", "190", "TWN") in found and not any(c.startswith("02") for _, c, _ in found)
    # asking someone whether they would act is still a request to them
    assert ("IRN", "0232", "RUS") in _countries(pipeline, "Iran asked Russia whether it would supply fighter jets.")


@pytest.mark.slow
def test_a_named_act_is_not_denied_by_what_it_failed_to_do(pipeline: Any) -> None:
    found = dict(((s, c, t), f) for s, c, t, f in _with_factuality(
        pipeline, "Russia's invasion of Ukraine did not achieve its aims."))
    assert found[("RUS", "190", "UKR")] == "asserted"
    found = dict(((s, c, t), f) for s, c, t, f in _with_factuality(pipeline, "Russia's attack on Kyiv never took "
                                                                              "place."))
    assert found[("RUS", "190", "UKR")] == "negated"


# permitted acts are not stated as done

@pytest.mark.slow
def test_a_permitted_visit_is_hypothetical(pipeline: Any) -> None:
    visits = [e for e in _events(pipeline, "Russia allowed the Red Cross to visit Ukrainian prisoners.")
              if e[1] == "042"]
    assert visits and all(f == "hypothetical" for *_, f in visits)
    travel = [e for e in _events(pipeline, "Egypt permitted Hamas officials to travel to Cairo.") if e[1] == "042"]
    assert travel and all(f == "hypothetical" for *_, f in travel)


@pytest.mark.slow
def test_an_authorised_deployment_is_hypothetical_a_refused_permission_negated(pipeline: Any) -> None:
    deployed = [e for e in _events(pipeline, "The council authorised France to deploy troops to Mali.")
                if e[1].startswith("15")]
    assert deployed and all(f == "hypothetical" for *_, f in deployed)
    refused = [e for e in _events(pipeline, "Iran has not allowed IAEA inspectors to visit Fordow.") if e[1] == "042"]
    assert refused and all(f == "negated" for *_, f in refused)
