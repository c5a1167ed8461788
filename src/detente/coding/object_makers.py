"""Whom an act on a thing is aimed at when the thing is named by who made, sent or offered it.

"Nawrocki will veto almost everything Donald Tusk's government sends him", "Orban rejected everything Brussels
proposed", "Israel rejected the text Hamas sent back", "Iran rejected the proposal Washington submitted through
Oman", "Trump vetoed the resolution Congress passed": the act's object carries a relative clause whose subject sent,
proposed, passed or offered it, and the act (a veto, a rejection, an acceptance, a welcome) is aimed at that maker
(thirty-first round). Only verbs of making and handing over count ("the weapons the rebels stored" names an owner,
not a counterpart), and only a subject that names an actor other than the source itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects, grammatical_subjects
from detente.coding.participants import distinct_entities, first_tier
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["MAKING_VERBS", "object_makers"]

MAKING_VERBS = frozenset({
    "send", "pass", "propose", "offer", "submit", "present", "table", "draft", "adopt", "approve", "write", "issue",
    "unveil", "put", "lay", "float", "hand", "give", "make", "bring", "extend", "forward", "suggest", "demand",
    "pose", "set", "impose", "deliver",
})
"""Verbs by which a party makes, puts forward or hands over what another then acts on: a bill "the parliament
sent him", a plan "Washington put forward", terms "Moscow set", an offer "the mediators presented"."""


def _made_things(cand: Candidate) -> list[Token]:
    """The nouns the act is on: its direct objects, and the nouns of its own trigger ("rejected proposal")."""
    things = list(direct_objects(cand.scope)) if cand.kind != "noun" else []
    things += [t for t in cand.trigger if t.pos_ in ("NOUN", "PRON", "PROPN") and t.i != cand.scope.i]
    return things


def _maker_clauses(thing: Token) -> list[Token]:
    """The relative clauses on ``thing`` whose verb makes or hands it over ("everything X sends him"), and a free
    relative standing for it ("what Meloni proposed": "what" as the clause's object)."""
    out = [c for c in thing.children if c.dep_ == "relcl" and c.lemma_.lower() in MAKING_VERBS]
    if thing.lower_ in ("what", "whatever") and thing.head.dep_ in ("ccomp", "relcl", "dobj") \
            and thing.head.lemma_.lower() in MAKING_VERBS:
        out.append(thing.head)
    return out


def object_makers(cand: Candidate, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """The actors who made, sent or offered what the act is on, named as the subject of a relative clause on its
    object; none when the clause names none or only the source itself."""
    for thing in _made_things(cand):
        for clause in _maker_clauses(thing):
            subjects = tuple(s for s in grammatical_subjects(clause) if s.lower_ not in ("that", "which", "who"))
            if not subjects or any(s.i == thing.i for s in subjects):
                continue
            makers = first_tier((subjects,), mentions)
            makers = [m for m in makers if all(m.actor_code != s.actor_code or distinct_entities(m, s)
                                                for s in sources)]
            if makers:
                return makers
    return []
