"""Reciprocal and joint acts (stage 4): events coded both ways, each party acting on the other.

"X and Y met", "accused each other", "held joint exercises with", "freed Griner in exchange for Bout".
"""

from __future__ import annotations

import dataclasses

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects
from detente.coding.verbs import expand_quantity
from detente.records.event import CameoCode
from detente.records.mention import ResolvedActor

MUTUAL_ROOTS = frozenset({"04", "06"})
MUTUAL_CODES = frozenset({"036", "046", "050", "057", "0841", "0871", "196",
                          "031", "0311", "0312", "0313", "0314", "032", "0356"})
"""CAMEO codes of acts done together: consult, negotiate, cooperate, sign, exchange prisoners, agree a truce; and a
ceasefire broken by both its parties ("Israel and Iran violated the ceasefire": each against the other); and the
intents to do them together ("Russia and Niger agreed to strengthen military cooperation": 0312 both ways)."""
JOINT_WORDS = frozenset({"joint", "combined"})
"""Modifiers that make an act one the target does too: "will host joint military exercises with the United States"."""
EXCHANGE_NOUNS = frozenset({"exchange", "swap", "trade"})
EXCHANGE_ROOTS = frozenset({"08"})
"""Yielding acts (releases, returns) that "in exchange for" make a two-way exchange."""


def is_reciprocal(cand: Candidate) -> bool:
    """True when the target is "each other" or "one another": "Armenia and Azerbaijan accused each other of ..."
    is each accusing the other."""
    for slot in (t for tier in cand.targets for t in tier):
        # "neither Serbia nor Croatia had committed genocide against the other's people": the other's
        for tok in (slot, *(c for c in slot.children if c.dep_ == "poss")):
            words = {c.lower_ for c in tok.children}
            if (tok.lower_ == "other" and words & {"each", "the"}) or (tok.lower_ == "one" and "another" in words):
                return True
    return False


def is_joint(cand: Candidate) -> bool:
    """True for an act its target does with the source: "held joint exercises with", "a combined patrol with"."""
    heads = [*cand.trigger, *direct_objects(cand.scope)] if cand.kind != "noun" else [cand.scope]
    # "did not sign the joint statement of SCO defence ministers": a joint thing that belongs to others is theirs;
    # so is one named by its owners' name after "joint" ("blocked a joint EU statement": the EU members' joint
    # statement, not one Hungary makes with the EU; twenty-second round)
    return any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS and not any(
        o.dep_ == "poss" or (o.dep_ == "prep" and o.lower_ == "of")
        or (o.dep_ in ("compound", "nmod") and o.pos_ == "PROPN" and o.i > c.i) for o in h.children)
        for h in heads for c in h.children)


def in_exchange(cand: Candidate) -> bool:
    """True for an act done "in exchange for" (or "in a swap for") something the target gives back: "Russia freed
    Brittney Griner in exchange for Viktor Bout" is an exchange of prisoners, each side releasing."""
    for prep in (c for c in cand.scope.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in EXCHANGE_NOUNS for p in prep.children):
            return cand.code[:2] in EXCHANGE_ROOTS
    return False


ONE_SIDED_CODES = frozenset({"045"})
"""Codes of the consultation root done by several on others, not with each other: "Egypt and Qatar brokered the truce"
is mediation between the warring sides, not Egypt mediating for Qatar."""


def is_mutual(cand: Candidate) -> bool:
    """A joint act (by its pattern, or by its code), or one aimed at "each other": coded both ways when only
    coordinated sources are given ("X and Y met")."""
    if cand.code in ONE_SIDED_CODES:
        return is_reciprocal(cand)
    return cand.mutual or cand.code[:2] in MUTUAL_ROOTS or cand.code in MUTUAL_CODES or is_reciprocal(cand)


EXERCISE_WORDS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "game", "patrol", "training"})
"""Heads of a military exercise ("war games", "naval drills", "the Alon exercise")."""
JOINT_EXERCISE = "062"


def shared_exercise(cand: Candidate, sources: list[ResolvedActor]) -> Candidate | None:
    """ "French and Egyptian warships launched 10 days of war games", "South Korean and US forces will begin their
    annual exercise": an exercise held by the forces of two or more countries at once, aimed at no one named, is
    military cooperation between them (CAMEO 062, each with the other), not a show of force by each (150)."""
    if cand.code[:2] not in ("15", JOINT_EXERCISE[:2]) or len({s.country or str(s.actor_code)[:3]
                                                             for s in sources}) < 2:
        return None
    words = [expand_quantity(t) for t in (*cand.trigger, *direct_objects(cand.scope))]
    if not any(t.lemma_.lower() in EXERCISE_WORDS for t in words):
        return None
    return dataclasses.replace(cand, code=CameoCode(JOINT_EXERCISE), mutual=True)
