"""Acts of absence (stage 4, round twenty-nine): a verb whose meaning is that its subject did not attend.

"Putin skipped the G20 summit in New Delhi", "China stayed away from the peace conference", "Several African leaders
shunned the summit in St Petersburg", "Modi will sit out the SCO summit": each says that the subject did not attend
the gathering, as "did not attend" does. The gold sets code such a sentence as the attendance (042, a visit to the
host) labelled `negated`; the lexicon's pattern for it has the absence verb as its trigger, and this module tells the
factuality walk that the trigger itself is a negation. A gathering must be what is missed ("the missile missed its
target", "stayed away from politics" are no absence from an occasion), and the negation is counted like any other,
so a modal or a future over it still reaches it ("Xi will skip the G20 summit": the non-attendance is to come, and
stays `negated` by priority).
"""

from __future__ import annotations

from spacy.tokens import Token

ABSENCE_VERBS = frozenset({"skip", "miss", "shun", "forgo", "forego", "eschew"})
"""Verbs that say their subject did not come to what they take as object ("skipped the summit"); "snub" is left
to the lexicon, which codes snubbing talks as a rejection (125), asserted."""
ABSENCE_PARTICLE_VERBS = {"stay": "away", "keep": "away", "sit": "out"}
"""Verbs that say it only with a particle: "stayed away from the talks", "kept away from", "sat out the summit"."""
GATHERINGS = frozenset({
    "summit", "meeting", "conference", "talk", "talks", "session", "forum", "ceremony", "funeral", "inauguration",
    "olympics", "games", "celebration", "parade", "gathering", "commemoration", "congress", "assembly", "negotiation",
    "negotiations", "dinner", "reception", "signing", "coronation", "jubilee", "rally", "event", "convention",
    "round", "meet", "sitting", "jamboree",
})
"""Occasions one attends or misses ("skipped the summit", "stayed away from the gathering")."""


def absence_verb(verb: Token) -> bool:
    """True for a verb that states its subject's absence from a gathering: "skipped the Mercosur summit", "missed the
    NATO meeting", "stayed away from the gathering", "sat out the talks", "shunned the summit in St Petersburg"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in ABSENCE_VERBS:
        return any(c.dep_ in ("dobj", "obj") and _gathering(c) for c in verb.children)
    particle = ABSENCE_PARTICLE_VERBS.get(lemma)
    if particle is None or not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children):
        return False
    if particle == "out":
        return any(c.dep_ in ("dobj", "obj") and _gathering(c) for c in verb.children)
    # "stayed away from the gathering": "from" on the verb or on "away"
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [g for c in verb.children if c.lower_ == "away" for g in c.children
              if g.dep_ == "prep" and g.lower_ == "from"]
    return any(o.dep_ == "pobj" and _gathering(o) for p in preps for o in p.children)


def _gathering(noun: Token) -> bool:
    return noun.lemma_.lower() in GATHERINGS or noun.lower_ in GATHERINGS
