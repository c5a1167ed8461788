"""Where a gathering is held, and where a joint act passes (stage 4, twenty-sixth round).

"Xi Jinping did not attend the G20 summit in New Delhi", "The United States sent no delegation to the climate summit
that opened in Belem": a trip to a summit, conference or talks is a visit to the country that holds the place it is
held in, not to the body that convenes it. "Chinese and Russian bombers flew together over the Sea of Japan": a place
a joint act passes over or through is where the partners act, not a party to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.bare_attendance import GATHERING_PLACE_PREPS
from detente.coding.participants import GATHERING_NOUNS, resolve
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["LOCATIVE_PREPS", "gathering_place", "passed_place"]

MEETING_NOUNS = GATHERING_NOUNS | frozenset({"talk", "negotiation", "meeting", "games", "olympics", "cop"})
"""Gatherings one travels to: summits, conferences, talks, sessions."""
HELD_VERBS = frozenset({"hold", "open", "begin", "start", "convene", "take", "host", "stage", "meet", "gather",
                        "close", "end", "run", "get"})
"""Verbs of a clause on a gathering that say where it is held ("the summit that opened in Belem", "the talks held in
Jeddah", "the conference taking place in Baku")."""
LOCATIVE_PREPS = frozenset({"over", "through", "across", "above", "in", "near", "around", "along", "off", "into",
                            "within", "inside"})
"""Prepositions whose object is where an act passes or happens, not whom it is done with."""
PLACE_KINDS = frozenset({"place", "country"})


def _place_actor(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    found = mentions.at_token(tok.i) or resolve(tok, mentions)
    if found is None or (found.kind not in PLACE_KINDS and tok.ent_type_ not in ("GPE", "LOC", "FAC")):
        return None
    return found


def _where_held(noun: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The place ``noun`` (a gathering) is said to be held in: its own "in/at" phrase, or that of a clause on it."""
    heads = [noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HELD_VERBS)]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in GATHERING_PLACE_PREPS):
            for obj in (p for p in prep.children if p.dep_ == "pobj"):
                found = _place_actor(obj, mentions)
                if found is not None:
                    return found
    return None


def gathering_place(verb: Token, tiers: tuple[tuple[Token, ...], ...],
                    mentions: ActorMentions) -> tuple[Token, ResolvedActor] | None:
    """The gathering a visit goes to (a slot of its own tiers, the verb's object or the object of its "to", "for",
    "at" phrase) and the place it is held in, else None."""
    nouns = [t for tier in tiers for t in tier]
    nouns += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "at", "in")
              for p in c.children if p.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS:
            found = _where_held(noun, mentions)
            if found is not None:
                return noun, found
    return None


def passed_place(verb: Token, head: Token, mentions: ActorMentions) -> bool:
    """True when ``head`` lies in the object of a locative preposition on ``verb`` or its object that names a place
    ("over the Sea of Japan", "through the Tsugaru Strait", "agreed a ceasefire in Cairo")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]  # "agreed a ceasefire in Cairo"
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            if head.i in {t.i for t in obj.subtree} and (
                    obj.ent_type_ in ("GPE", "LOC", "FAC") or _place_actor(obj, mentions) is not None):
                return True
    return False
