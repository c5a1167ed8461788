"""Fighting between two sides (stage 4): "days of fighting between the army and Fano militiamen".

A nominal of armed fighting with a "between X and Y" phrase names both sides of the fight and no one else: each
fights the other (CAMEO 190 both ways). The noun itself is no lexicon entry (bare "fighting" in a sentence is as
often a topic, "the fighting in Gaza", whose sides the sentence does not name); only the "between" phrase with
two coordinated sides makes it an event. "Clashes" is left out: clashes between police and protesters are crowd
control (175) or protest (145), not fighting.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import coordinated, prep_objects
from detente.records.event import CameoCode

FIGHTING_NOUNS = frozenset({"fighting", "hostility", "hostilities", "battle", "combat", "warfare", "gunfight",
                            "firefight", "skirmish"})
"""Nouns of armed fighting between sides."""
FIGHTING = CameoCode("190")


def fighting_sides(noun: Token) -> list[Token] | None:
    """The two (or more) sides of "fighting between X and Y", or None when ``noun`` is no such phrase."""
    if noun.lemma_.lower() not in FIGHTING_NOUNS and noun.lower_ not in FIGHTING_NOUNS:
        return None
    # a sentence-initial "Fighting" is often tagged as a verb form; its role shows it is the noun
    if noun.pos_ != "NOUN" and noun.dep_ not in _NOMINAL_ROLES:
        return None
    between = prep_objects([noun], frozenset({"between"}))
    if not between:
        return None
    sides = coordinated(between[0]) if len(between) == 1 else between
    if len(sides) == 1:
        # "fighting between Armenian and Azerbaijani forces": the sides are the coordinated modifiers
        paired = next((c for c in sides[0].children if c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children)),
                      None)
        if paired is not None:
            sides = coordinated(paired)
    return sides if len(sides) >= 2 else None


_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
