"""Acts asked for under a noun of demand, call, appeal or pressure: the content of the asking, not an event.

"Maduro brushed off Washington's calls for him to step down" reports Washington's calls and Maduro's rejection of
them; the stepping down is what was called for. A verb of asking folds its complement into its own event ("urged
Maduro to step down" is one appeal, the stepping down is not coded again: docs/factuality.md, "Frames"); a noun of
asking does the same, whether the demand itself is coded (by its owner) or only named. The parser hangs the asked
clause on the noun ("calls for him to step down", "demands that he resign") or, after an object noun, on the verb
that governs it ("ignored Western demands for him to step down"): both readings are taken here.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import PRESSING_NOUNS

__all__ = ["ASKING_NOUNS", "asked_act"]

ASKING_NOUNS = PRESSING_NOUNS | frozenset({"urging", "petition", "entreaty", "exhortation"})
"""Nouns of asking someone to act: their "for X to" or "that" clause, or their infinitive, says what is asked."""

_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp"})


def _asking_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ASKING_NOUNS


def _opened_by(clause: Token) -> str | None:
    """ "for" of a "for X to" clause, "that" of a "that" clause, "to" of a bare infinitive; None otherwise."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in ("for", "that"):
        return first.lower_
    aux = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"]
    if aux and aux[0].i == clause.left_edge.i:
        return "to"
    return None


def asked_act(verb: Token) -> bool:
    """True for the verb of a clause that says what a noun of asking asks: "calls for him to step down", "demands
    that he resign", "an appeal for Russia to withdraw", "pressure for him to quit", "calls to resign". The clause
    must follow the noun, with only the noun's own "for X" phrase between: "put pressure on Israel to allow aid"
    (what is pressed for, labelled hypothetical elsewhere) and "rejected calls, then resigned" are not read here,
    nor is a relative clause whose subject is "that" ("the pressure that forced him out")."""
    if verb.dep_ not in _CLAUSE_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    opener = _opened_by(verb)
    if opener is None:
        return False
    head = verb.head
    if _asking_noun(head) and head.i < verb.i:
        noun = head
    elif head.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl":
        # "ignored Western demands for him to step down": the clause hung on the verb, right after its object
        nouns = [c for c in head.children if c.dep_ in ("dobj", "obj") and _asking_noun(c) and c.i < verb.i]
        if not nouns:
            return False
        noun = nouns[-1]
    else:
        return False
    # what lies between the noun and the clause may only be the noun's own "for X" phrase ("appeals for Russia to
    # withdraw", parsed as a prepositional object)
    between = list(verb.doc[noun.i + 1:verb.left_edge.i])
    for_phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i]
    if any(not any(p.is_ancestor(t) or t == p for p in for_phrases) for t in between):
        return False
    if opener == "that":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which") for c in verb.children)
    return opener == "for" or (opener == "to" and (not between or between[0].lower_ == "for"))
