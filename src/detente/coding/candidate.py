"""The event candidate: one trigger's reading before actors are resolved.

A candidate holds its CAMEO code, the words that express it, and source/target tokens in tiers (the first tier
that resolves to an actor wins). Every candidate builder (verbs, frames, nouns, visits, demand nouns) returns one;
the coder and its slot rules read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.records.event import CameoCode


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One possible event: code, trigger words, and the tokens that may fill its slots.

    ``sources``/``targets`` are tiers: the coder uses the first tier in which some token resolves
    to an actor. ``scope`` is the token whose context decides factuality (a light verb for its noun).
    """

    code: CameoCode
    trigger: tuple[Token, ...]
    scope: Token
    sources: tuple[tuple[Token, ...], ...]
    targets: tuple[tuple[Token, ...], ...]
    needs_target: bool = False
    specificity: int = 1
    inherited: bool = False
    kind: str = "verb"  # "verb", "light", "frame", "noun"
    mutual: bool = False
    """A joint act ("exchanged fire", "trained together"): coordinated sources act on each other."""
    presupposed: bool = False
    """A definite nominal named with its agent ("Russia's invasion of Ukraine"): its factuality is its own."""
    name_modifiers: tuple[Token, ...] = ()
    """Proper names compounded before a nominal event ("the Hamas attack"): its agent when they name a
    group, person or organisation (a country or place there is as often the target: "the Iran sanctions")."""
    same_agent: tuple[Token, ...] = ()
    """For a frame whose complement comes first ("Iran would retaliate ..., Tehran warned"): the complement's
    subject, which must be the same country as the source, else the source only reports what another would do."""
    folds: frozenset[int] = frozenset()
    """With ``same_agent``: the token indices of the complement's events, not coded again when the frame is kept."""
