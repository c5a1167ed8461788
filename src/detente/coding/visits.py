"""Visits without a travel verb: someone awaited in a place ("is expected in Moscow"), someone being in a place
("Xi, who is in Moscow this week"), and a visit made by proxy ("sent Premier Li Qiang in his place").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    coordinated,
    direct_objects,
    grammatical_subjects,
    subjects,
)
from detente.coding.sending import SENDING_VERBS
from detente.records.event import CameoCode

EXPECTED_WORDS = frozenset({"expect", "due"})
"""Predicates of someone awaited somewhere: "Steve Witkoff is expected in Moscow on Wednesday", "Modi is due in
Kyiv on Friday"."""


ARRIVAL_PREPS = frozenset({"in", "at"})


VISIT = "042"


def expected_visit(word: Token) -> Candidate | None:
    """A person or delegation awaited in a named place ("is expected in Moscow", "is due in Kyiv"): a visit there
    (CAMEO 042), still to come (the factuality walk reads "expected"/"due" as future). "is expected to ..." and
    "is expected that ..." are predictions, not arrivals, and "due to" is a cause."""
    lemma = word.lemma_.lower()
    if lemma == "be":
        return _presence(word)
    if lemma not in EXPECTED_WORDS:
        return None
    if lemma == "expect":
        if word.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in word.children):
            return None
        sources = [t for c in word.children if c.dep_ == "nsubjpass" for t in coordinated(c)]
    else:
        if word.dep_ != "acomp" or word.pos_ != "ADJ":
            return None
        sources = subjects(word.head)[0]
    places = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if not sources or not places:
        return None
    # "is expected to sign a deal in Beijing" predicts; "is expected in Beijing to sign a deal" awaits a visit
    if any(c.dep_ in ("xcomp", "ccomp") and word.i < c.i < places[0].i for c in word.children):
        return None
    return Candidate(code=CameoCode(VISIT), trigger=(word,), scope=word, sources=(tuple(sources),),
                     targets=(tuple(places),), needs_target=True, specificity=2, kind="verb")


def _presence(copula: Token) -> Candidate | None:
    """ "Xi Jinping, who is in Moscow this week", "while Joe Biden was in Tokyo for the Quad summit", "has never
    been to Kyiv": a named subject's being in (or, in the perfect, having been to) a named place is a visit there.
    The coder keeps it only for a person in another country (a country "in Syria" is a presence, not a visit)."""
    if copula.pos_ not in ("AUX", "VERB") or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd", "auxpass")
                                                 for c in copula.children):
        return None
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in copula.children)
    preps = ARRIVAL_PREPS | ({"to"} if perfect else set())
    places = [p for c in copula.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    sources = subjects(copula)[0]
    if not places or not sources or any(t.pos_ not in ("PROPN", "NOUN") and t.tag_ != "WP" for t in sources):
        return None
    return Candidate(code=CameoCode(VISIT), trigger=(copula,), scope=copula, sources=(tuple(sources),),
                     targets=(tuple(places[:1]),), needs_target=True, specificity=1, kind="verb")


VISITOR_NOUNS = frozenset({"envoy", "delegation", "minister", "diplomat", "official", "president", "leader",
                           "premier", "chancellor", "secretary", "negotiator", "delegate", "emissary", "king"})
"""People whose being somewhere abroad is a visit even when they resolve only to their country ("the US envoy was in
Kabul")."""


def presence(cand: Candidate) -> bool:
    """True for a visit read from "was in X" / "has been to X" (:func:`_presence`)."""
    return cand.code == VISIT and cand.trigger[0].lemma_.lower() == "be"


def visitors(cand: Candidate) -> bool:
    """True when the subject of a presence names people who travel for their state (:data:`VISITOR_NOUNS`)."""
    return bool(cand.sources) and all(t.lemma_.lower() in VISITOR_NOUNS for t in cand.sources[0])


STAND_IN_WORDS = frozenset({"instead", "place", "stead"})


def proxy_send(visit: Token) -> Token | None:
    """The "sent X in his place / instead" coordinated after a visit not made ("Xi Jinping did not attend the BRICS
    summit in Rio de Janeiro and sent Premier Li Qiang in his place"): the sending, by which the visitor's side still
    goes there; also as a participle ("did not travel to New Delhi, sending Premier Li Qiang in his place"); None
    otherwise."""
    for send in (c for c in visit.children if c.dep_ in ("conj", "advcl") and c.lemma_.lower() in SENDING_VERBS):
        if not direct_objects(send) or grammatical_subjects(send):
            continue
        stand_in = [c for c in send.children if c.dep_ == "advmod" and c.lower_ in STAND_IN_WORDS]
        stand_in += [p for c in send.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in STAND_IN_WORDS]
        if stand_in:
            return send
    return None
