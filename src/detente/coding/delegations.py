"""People sent by several countries (stage 4): "Special envoys from Armenia and Turkey will hold talks".

A noun of people with a "from" phrase that coordinates two or more countries or bodies names a delegation of each
("officials from Armenia and Turkey", "envoys from the US and Britain", "negotiators from Kyiv and Moscow"). The
actors are the ones named after "from", each acting; with a joint act such as talks, each with the other.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import coordinated

DELEGATE_NOUNS = frozenset({
    "envoy", "official", "delegation", "delegate", "negotiator", "diplomat", "representative", "minister",
    "team", "leader", "lawmaker", "commander", "officer", "emissary", "mediator",
})
"""Nouns of people acting for whoever sends them."""


def delegated(cand: Candidate) -> Candidate:
    """``cand`` with the senders of a coordinated "from" phrase on its source noun as its first source tier, so
    "officials from Armenia and Turkey held talks" is Armenia's and Turkey's talks; else ``cand`` unchanged."""
    if not cand.sources or not cand.sources[0]:
        return cand
    senders = _senders(cand.sources[0][0])
    if len(senders) < 2:
        return cand
    return dataclasses.replace(cand, sources=(tuple(senders), *cand.sources))


def _senders(noun: Token) -> list[Token]:
    if noun.lemma_.lower() not in DELEGATE_NOUNS:
        return []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects:
            return coordinated(objects[0])
    return []
