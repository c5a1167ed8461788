"""Meetings named with their host ("a summit hosted by Eritrea's Isaias Afwerki") (stage 4, seventeenth round).

A meeting noun with a "hosted by" participle is both where the clause's subject went and what the host did: whoever
travels to, attends or meets for it is hosted by the host ("el-Sisi and Mohamud flew to Asmara for a summit hosted by
Eritrea's Isaias Afwerki": Eritrea hosts Egypt and Somalia), and a trip or attendance with no place named is a visit
to the host ("Macron attended a summit hosted by Germany").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.participants import resolve
from detente.records.mention import ActorMentions, ResolvedActor

HOST_CODE = "043"
HOSTING_VERBS = frozenset({"host"})
MEETING_PREPS = frozenset({"for", "to", "at"})
"""Prepositions that put a meeting as what a clause travels to or takes part in ("flew to Asmara for a summit")."""


def meeting_clause(participle: Token) -> Token | None:
    """The clause a meeting noun with ``participle`` ("hosted") on it is the object of: the verb whose object it is
    ("attended a summit hosted by ..."), or whose "for"/"to"/"at" phrase it is in ("flew to Asmara for a summit
    hosted by ...")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in HOSTING_VERBS:
        return None
    noun = participle.head
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in MEETING_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def meeting_host(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """The host of the meeting ``verb`` travels to or attends, named by a "hosted by" participle on its object or
    its "for"/"to"/"at" phrase ("attended a summit hosted by Germany": Germany)."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        found = _host_of(noun, mentions)
        if found:
            return found
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEETING_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            found = _host_of(noun, mentions)
            if found:
                return found
    return []


def _host_of(noun: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    for participle in (c for c in noun.children if meeting_clause(c) is not None):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                found = resolve(obj, mentions)
                if found is not None:
                    return [found]
    return []
