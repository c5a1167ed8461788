"""Codes refined by the actors found (stage 4): the same words, a different CAMEO code.

A shooting of a named person is an (attempted) assassination; a state's protest is an official complaint.
"""

from __future__ import annotations

import dataclasses

from detente.coding.candidates import Candidate
from detente.coding.participants import PERSON_KINDS
from detente.records.event import CameoCode
from detente.records.mention import ResolvedActor

OFFICIAL_WORDS = frozenset({"formally", "officially"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
"""A protest by a state ("Denmark protested", "the foreign ministry formally protested") is an official complaint
(CAMEO 114), not a street demonstration (141), which is what crowds do ("Kenyans protested")."""
SHOOTING_CODES = frozenset({"193"})
FATAL_WORDS = frozenset({"dead", "fatally", "kill", "die"})
"""Words that make a shooting fatal: "shot dead", "fatally shot", "shot and killed"."""


def aimed_code(cand: Candidate, target: ResolvedActor | None) -> Candidate:
    """A shooting aimed at a named person (CAMEO 193 otherwise) is an assassination (186) when fatal ("was shot
    dead", "shot and killed", "gunned down"), else an attempted one (185): CAMEO 18 covers attacks on a specific
    person, 19 armed fighting."""
    if cand.code not in SHOOTING_CODES or target is None or target.kind not in PERSON_KINDS:
        return cand
    verb = cand.scope
    if verb.lemma_.lower() not in ("shoot", "gun"):
        return cand
    words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod", "conj", "prt")}
    fatal = bool(words & FATAL_WORDS) or verb.lemma_.lower() == "gun"
    return dataclasses.replace(cand, code=CameoCode("186" if fatal else "185"))


def official_protest(cand: Candidate, source: ResolvedActor | None) -> Candidate:
    """A state's protest (its name in the singular, or a government sector, or "formally"/"officially") is an
    official complaint (114); people protesting ("Kenyans", "students", "thousands of Israelis") demonstrate (141)."""
    if cand.code != "141" or source is None or cand.scope.lemma_.lower() != "protest":
        return cand
    formal = any(c.lower_ in OFFICIAL_WORDS for c in cand.scope.children if c.dep_ == "advmod")
    subject = [c for c in cand.scope.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and not source.token_start <= subject[0].i < source.token_end:
        # "Opponents of Rwanda's Senate protested": people named by what they oppose, not the state
        return dataclasses.replace(cand, code=CameoCode("114")) if formal else cand
    state = source.sector in STATE_SECTORS or (
        source.kind == "country" and source.sector is None and len(subject) == 1 and subject[0].tag_ == "NNP")
    return dataclasses.replace(cand, code=CameoCode("114")) if formal or state else cand
