"""People won back from those who held them (stage 4): "Will Paris ever get its man back from Bamako?".

One who gets its people back from another, or secures or wins their release from another, is the recipient of a
release (CAMEO 0841, release persons) that the holder makes: "Washington got its citizens back from Moscow",
"Qatar secured the release of four hostages from Hamas" code the holder (the "from" phrase) releasing people to the
getter (the subject). Only people are released: "got its money back from the fund" and "brought its ambassador back
from Niger" (a recall) are no such act.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects, prep_objects, subjects
from detente.records.event import CameoCode

RELEASE_PERSONS = CameoCode("0841")
GETTING_VERBS = frozenset({"get", "win", "secure", "obtain"})
"""Verbs of getting people back, or their release, from whoever holds them."""
RELEASE_NOUNS = frozenset({"release", "freedom", "return"})
HELD_PEOPLE = frozenset({
    "man", "men", "woman", "women", "citizen", "national", "hostage", "prisoner", "captive", "detainee", "soldier",
    "child", "children", "journalist", "reporter", "people", "sailor", "crew", "pilot", "aid worker", "worker",
    "officer", "agent", "spy", "diplomat", "nun", "priest", "tourist", "student", "boy", "girl", "son", "daughter",
})
"""People one state holds and another gets back ("its man", "its citizens", "the hostages")."""
KIN = frozenset({"family", "families", "relative", "parent", "mother", "father", "wife", "husband", "relatives"})
"""Kin who want their people back ("the families want their sons back") are no state the holder releases to."""


def _people(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in HELD_PEOPLE or tok.lower_ in HELD_PEOPLE


def release_won(verb: Token) -> Candidate | None:
    """The holder's release of people to ``verb``'s subject in "got its man back from Bamako" or "secured the
    release of Evan Gershkovich from Russia"; None when ``verb`` is no such clause."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in GETTING_VERBS:
        return None
    objects = direct_objects(verb)
    if not objects:
        return None
    obj = objects[0]
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    if back and _people(obj):
        heads = [verb, obj]
    elif obj.lemma_.lower() in RELEASE_NOUNS and not back:
        held = next(iter(prep_objects([obj], frozenset({"of"}))), None)
        if held is None or not _people(held):
            return None
        heads = [verb, obj, held]
    else:
        return None
    holders = prep_objects(heads, frozenset({"from"}))
    if not holders:
        return None
    getters, inherited = subjects(verb)
    if not getters or any(g.lemma_.lower() in KIN or g.lower_ in KIN for g in getters):
        return None
    return Candidate(code=RELEASE_PERSONS, trigger=(verb, obj), scope=verb, sources=(tuple(holders),),
                     targets=(tuple(getters),), needs_target=True, specificity=3, inherited=inherited, kind="verb")
