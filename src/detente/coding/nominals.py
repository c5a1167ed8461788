"""Whether a nominal event ("the attack", "his visit") is reported or only referred to (stage 4).

A noun in the object of another coded act, in an "ahead of" phrase, in a "during" phrase, under a verb that
plans or denies it, or under a noun of talk, negotiation, fear or preparation ("talk of a Chinese invasion",
"negotiations on a ceasefire") is not an event the sentence reports as done; the coder labels it accordingly.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import SPEECH_VERBS
from detente.coding.factuality import (
    FUTURE_GOVERNORS,
    HEARSAY_NOUNS,
    HYPOTHETICAL_GOVERNORS,
    IMAGINING_VERBS,
    NEGATING_GOVERNORS,
    NEGATING_PARTICLE_VERBS,
    PREPARING_NOUNS,
    PROSPECT_NOUNS,
)
from detente.coding.factuality_irrealis import compared_with
from detente.coding.noun_candidates import AGENTIVE_GOVERNORS

MODAL_GOVERNORS = FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS | NEGATING_GOVERNORS
TIME_PREPS = frozenset({"during"})
TOPIC_PREPS = frozenset({"about", "over"})
"""Prepositions of a topic: "concerns about Russia's invasion" names a done act as what worries; "fears of an
Israeli strike" (of / for / on) names what is feared."""
NEGOTIATING_WORDS = frozenset({"talk", "negotiation", "negotiate", "bargain", "bargaining", "haggle", "deal",
                               "agreement", "discussion", "discuss", "deliberation", "wrangle", "consultation"})
"""Verbs and nouns whose "over / about" act is what is being negotiated, still open ("Talks over Israel's withdrawal
from Gaza stalled", "will negotiate over Russia's withdrawal")."""
OBJECT_PATH_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "conj", "appos", "nmod"})
"""Dependencies that keep a noun inside the object phrase of the verb above it."""


ANSWER_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "revenge", "answer", "protest"})
"""Nouns of "in response to", "in retaliation for", "in protest at": their object is an event that happened, which the
act answers; it is no theme of the act, even when the parser hangs the phrase on the act's object."""


def theme_of_act(noun: Token, candidates: list[Candidate]) -> bool:
    """True when ``noun`` lies in the object phrase of a verb that another candidate codes ("will not block the
    renewal of EU sanctions", "lifted the EU sanctions"): the nominal is the thing that act is about, an existing
    state of affairs the sentence refers to, not an event it reports. The path up must enter the verb as its object
    (not through a time or purpose phrase on the verb: "during the Hamas attack" stays a report)."""
    acts = {t.i for c in candidates if c.kind != "noun" for t in (c.scope, *c.trigger)}
    tok = noun
    while tok.dep_ in OBJECT_PATH_DEPS and tok.head is not tok:
        head = tok.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in ANSWER_NOUNS and head.head.dep_ == "pobj":
            return False  # "ordered a mobilisation in response to the US naval build-up": what is answered happened
        if head.pos_ in ("VERB", "AUX"):
            return tok.dep_ in ("dobj", "obj") and head.i in acts
        tok = head
    return False


AHEAD_PHRASES = frozenset({("ahead", "of"), ("advance", "of"), ("up", "to"), ("run-up", "to"), ("preparation", "for")})
"""Phrases whose object is still to come when the clause happens: "ahead of", "in advance of", "in the run-up to",
"in preparation for"."""


def ahead_of(noun: Token) -> bool:
    """True for a nominal event in an "ahead of" phrase on a clause in the present or a report ("officials said
    ahead of Blinken's trip", "is sending warships in the run-up to Macron's visit"): the event has not happened yet
    at the time of the report. On a past narrative clause ("freed two sailors ahead of Erdogan's visit") the event
    may have happened since, and it keeps its own label."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    anchor = prep.head
    if (anchor.lower_, prep.lower_) not in AHEAD_PHRASES:
        return False
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)
    return present or (verb.lemma_.lower() in SPEECH_VERBS and verb.dep_ == "ROOT")


def times_clause(noun: Token) -> bool:
    """True for a nominal event in a "during" phrase on a verb ("demanded a ceasefire during his visit")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in TIME_PREPS and prep.head.pos_ in ("VERB", "AUX")


def modal_governor(noun: Token) -> bool:
    """True when the verb governing ``noun`` (directly or through a preposition) plans, wishes, denies or
    carries out the nominal event ("is planning its strikes", "denied its attack"): not presupposed then."""
    compared = compared_with(noun)
    if compared is not None:
        return modal_governor(compared)  # "fears a Hezbollah offensive more than an Iranian missile attack"
    head = noun.head
    prep = ""
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        prep = head.lower_
        head = head.head
    lemma = head.lemma_.lower()
    if prep in NEGATING_GOVERNORS:
        return True  # "A ceasefire without Rwanda's withdrawal would not last": "without" denies the act it names
    if prep in (*TOPIC_PREPS, "on") and lemma in NEGOTIATING_WORDS:
        return True  # "will negotiate over Russia's withdrawal from Kherson": what is negotiated is still open
    if prep in TOPIC_PREPS and any(c.dep_ == "poss" for c in noun.children):
        # "concerns about Russia's invasion of Ukraine": a named act talked about happened; so does one that is the
        # reason for another act ("could impose sanctions on Rwandan officials over the M23's offensive")
        return False
    if head.pos_ == "NOUN" and (lemma in PROSPECT_NOUNS or lemma in PREPARING_NOUNS
                                or lemma in HEARSAY_NOUNS and prep == "of"):
        return True  # "talk of a Chinese invasion", "negotiations on a ceasefire", "preparations for an exercise"
    if head.pos_ == "VERB" and (lemma in IMAGINING_VERBS or lemma in NEGATING_PARTICLE_VERBS and any(
            c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in head.children)):
        return True  # "planners modelled an Israeli strike on Iran", "headed off an Israeli ground offensive"
    # a verb carries out the act it takes as its object ("imposed sanctions"), not one named in its prepositional
    # phrase ("imposed sanctions on Rwanda over the offensive")
    return lemma in MODAL_GOVERNORS or lemma in AGENTIVE_GOVERNORS and not prep


MEETING_ROOT = "04"
"""CAMEO's consultations: meetings, talks, visits."""


def meeting_purpose(noun: Token, code: str) -> Token | None:
    """The verb whose "for" phrase names a meeting as its purpose ("will fly to Washington on Thursday for his first
    meeting with Trump", "is expected to visit next month for talks with Modi"), or None. The meeting happens when
    the trip does, so it takes the trip's label. Other acts after "for" are reasons, which happened ("was sanctioned
    for its attack on Israel"), and are not here."""
    if not code.startswith(MEETING_ROOT) or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if noun.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") else None


MEANS_PREPS = frozenset({"in", "with", "through", "via"})
"""Prepositions whose event noun is how or as what the clause's subject acted: "Unions brought Greece to a standstill
with a general strike", "rail unions walked out in a nationwide strike", "Netanyahu told Erdogan in a phone call",
"sought to settle the dispute through talks". Not "after", "before", "despite", "over", "since" or "during", where
the clause answers or accompanies someone else's act ("Police detained protesters during the rally")."""
EXTENT_NOUNS = frozenset({
    "round", "wave", "series", "spate", "string", "barrage", "flurry", "volley", "salvo", "burst", "bout", "cycle",
    "one", "part", "some", "another", "campaign",
})
"""Nouns of a count or a share of acts: "a wave of strikes", "a barrage of attacks", "one of the deadliest
massacres" (the acts' own actor is the phrase's). Not nouns of time ("in the last months of the war" sets the clause
in a war, it is not how its subject acted)."""


TIME_SPAN_NOUNS = frozenset({"day", "week", "month", "night", "hour", "weekend", "year"})


def _counted_time(noun: Token) -> bool:
    """True for a span of time counted as a stretch of acts: "a day of strikes and protests", "three weeks of
    protests"; not a time within a known act ("in the last months of the war")."""
    return noun.lemma_.lower() in TIME_SPAN_NOUNS and any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in noun.children) and not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "those", "these") for c in noun.children)


def means_phrase(noun: Token) -> tuple[Token, Token] | None:
    """The preposition and verb of the clause whose phrase holds the event ``noun`` (through coordination and an "of"
    phrase on a noun of extent: "in a day of strikes and protests"), else None."""
    top = noun
    for _ in range(4):
        while top.dep_ == "conj" and top.head is not top:
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "of" and (top.head.head.lemma_.lower() in EXTENT_NOUNS
                                                              or _counted_time(top.head.head)):
            top = top.head.head
            continue
        break
    prep = top.head
    if top.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep, prep.head


SETTING_PREPS = frozenset({"during", "at", "amid"})
"""Prepositions that set a clause in a gathering: "detained protesters during a rally", "demanded elections at a
rally", "amid protests"."""


def setting_clause(noun: Token) -> Token | None:
    """The verb of the clause set in the gathering ``noun`` names ("demanded snap elections at a rally": demanded),
    else None: a protest a clause is set in happened as the clause did (twenty-eighth round)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def means_clause(noun: Token) -> Token | None:
    """The verb of the clause whose "in / with / through / via" phrase holds the event ``noun`` ("walked out in a
    nationwide strike", "pressed into Kharkiv region in a new offensive"), else None: the act is how the clause's act
    was done, and happened as the clause did (twenty-sixth round)."""
    found = means_phrase(noun)
    return found[1] if found is not None and found[0].lower_ in MEANS_PREPS else None
