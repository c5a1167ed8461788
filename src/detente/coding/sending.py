"""Sending people to act: envoys or troops sent somewhere act for whoever sent them, and troops sent to fight
for another are military aid to it ("sent troops to help defend X", "could send soldiers to fight for Russia").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    direct_objects,
    grammatical_subjects,
    subjects,
    to_infinitive,
)
from detente.records.event import CameoCode

SENDING_VERBS = frozenset({"send", "dispatch", "deploy"})


HELPING_VERBS = frozenset({"help", "assist"})
"""Verbs whose bare-infinitive complement is the helper's own purpose ("sent troops to help defend X") or what the
help consists of ("willingness to help train pilots", "to help rebuild Gaza")."""


FIGHTING_VERBS = frozenset({"fight", "battle"})


MILITARY_AID = "072"
PROTECTION_FORCE = CameoCode("074")
"""Forces sent to protect another country or keep the peace there (troops or police offered or sent to it)."""
FORCE_MOVING_VERBS = SENDING_VERBS | {"order", "move", "rush"}
"""Verbs that move one's forces somewhere: into a place of one's own country they are a deployment, not force."""


def sender(verb: Token) -> list[Token]:
    """ "Qatar sent envoys to Cairo to mediate": envoys, troops or diplomats sent to do something act for whoever
    sent them, when they are not an actor of their own. "sent troops to help defend Taiwan": the bare infinitive
    after "help" is the purpose clause's own act, so the walk passes through "help"."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in HELPING_VERBS and head.dep_ in ("advcl", "xcomp") \
            and not grammatical_subjects(head) and not direct_objects(head):
        verb, head = head, head.head
    if verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in SENDING_VERBS:
        return subjects(head)[0]  # "Beijing is unlikely to send troops to fight alongside Russia": through "unlikely"
    return []


def fighting_for(verb: Token) -> tuple[Token, Token] | None:
    """For a sending verb with a purpose "to fight for X": the purpose clause and X."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    for clause in verb.children:
        if (clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in FIGHTING_VERBS
                and to_infinitive(clause)
                and not grammatical_subjects(clause)):
            # "to fight alongside Russia" is fighting together with it (the lexicon's 06), not aid
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for"):
                helped = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if helped is not None:
                    return clause, helped
    return None


def fighting_for_candidate(verb: Token) -> tuple[Candidate, Token] | None:
    """ "Pyongyang could send thousands more soldiers to fight for Russia": troops sent to fight for another are
    military aid to it (072); the fighting (returned with the candidate) is what they are sent for, not an act of the
    sender's."""
    fought_for = fighting_for(verb)
    if fought_for is None:
        return None
    purpose, helped = fought_for
    sources, inherited = subjects(verb)
    return (Candidate(code=CameoCode(MILITARY_AID), trigger=(verb, purpose), scope=verb, sources=(tuple(sources),),
                      targets=((helped,),), specificity=3, inherited=inherited, kind="verb"), purpose)
