"""Mass violence by numbers (stage 4): a killing or deportation of a great many non-combatants.

CAMEO 20 is violence against "substantial numbers" of people: a verb candidate whose object counts at
least :data:`MASS_THRESHOLD` people who are not fighters ("killed about 1,200 people", "deporting hundreds
of thousands of Afghans") takes the mass-violence code of its plain one; a killing by people's own hands reaches it
from :data:`HAND_KILLING_THRESHOLD` people on, tens of people named as non-combatants or of a people by its name
("killed scores of Rohingya", :func:`people_killed`) from :data:`CIVILIAN_THRESHOLD` on.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects, is_passive
from detente.coding.verbs import expand_quantity
from detente.records.event import CameoCode
from detente.records.mention import ResolvedActor

MASS_CODES = {"1823": "202", "174": "201", "180": "202", "190": "202"}
"""Acts that become mass violence when done to a great many non-combatants: killing -> mass killing (202),
deporting -> mass expulsion (201) ("killed about 1,200 people", "deporting hundreds of thousands of Afghans");
a bare plural people deported ("deporting Afghans") is a mass expulsion whatever its number."""

MASS_THRESHOLD = 200
"""How many people an act must reach to count as mass violence (CAMEO 20: "substantial numbers")."""

HAND_KILLING_THRESHOLD = 100
"""How many people a killing done by people's own hands (CAMEO 1823, 180: "RSF fighters killed at least 124 people",
"gunmen killed more than 150 villagers") must reach to be a massacre (202). A toll of strikes, shelling or an
assault (190: "Israeli strikes killed more than 100 Palestinians") keeps :data:`MASS_THRESHOLD`: it is the count of
a battle or a bombardment, which CAMEO codes by its means (twenty-third round)."""

HAND_KILLING_CODES = frozenset({"1823", "180"})

CIVILIAN_THRESHOLD = 25
"""How many people named as civilians an act must reach: "killed 43 worshippers", "killed at least 110 farm
workers", "killed scores of villagers" name the victims as non-combatants, the mark of a massacre; a bare count
of "people" is often a toll that mixes fighters and bystanders and keeps :data:`HAND_KILLING_THRESHOLD` (or
:data:`MASS_THRESHOLD` for the toll of an attack)."""

CIVILIAN_NOUNS = frozenset({
    "civilian", "villager", "worshipper", "worshiper", "farmer", "worker", "resident", "refugee", "migrant",
    "child", "woman", "pilgrim", "passenger", "mourner", "shopper", "herder", "fisherman", "miner",
    "parishioner", "churchgoer", "student", "schoolchild", "displaced",
})
"""People named as non-combatants: their killing in tens is a mass killing (202)."""

COMBATANT_NOUNS = frozenset({
    "soldier", "troop", "fighter", "militant", "rebel", "combatant", "insurgent", "jihadist", "terrorist",
    "serviceman", "servicemen", "mercenary", "guerrilla", "gunman", "attacker", "officer", "policeman",
    "commander", "member", "personnel", "marine", "paratrooper", "conscript", "recruit",
    # armed criminals killed in operations against them ("killed hundreds of cattle rustlers"): not non-combatants
    "rustler", "bandit", "gangster", "pirate", "kidnapper", "smuggler", "poacher", "trafficker",
})
"""People whose killing in numbers is fighting (19), not mass violence against civilians."""

_NUMBER_WORDS = {"dozens": 24, "scores": 40, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000,
                 "million": 1_000_000, "millions": 1_000_000}


def mass_code(code: CameoCode, verb: Token) -> CameoCode:
    """The mass-violence code of ``code`` when the verb's object counts at least :data:`MASS_THRESHOLD`
    non-combatants ("killed about 1,200 people", "will kill thousands more people"), else ``code``."""
    mass = MASS_CODES.get(code)
    if mass is None:
        return code
    for obj in _done_to(verb)[:1]:
        head = expand_quantity(obj)
        # a proper name is a named group ("killed 300 Hamas fighters"), but a plural one is people ("Afghans")
        if head.lemma_.lower() in COMBATANT_NOUNS or (head.pos_ == "PROPN" and head.tag_ != "NNPS"):
            return code
        count = headcount(obj)
        civilians = head.lemma_.lower() in CIVILIAN_NOUNS or _named_civilians(obj)
        threshold = HAND_KILLING_THRESHOLD if code in HAND_KILLING_CODES else MASS_THRESHOLD
        if count >= threshold or (count >= CIVILIAN_THRESHOLD and civilians):
            return CameoCode(mass)
        if mass == "201" and count == 0 and head.tag_ == "NNPS" and not _determined(head):
            return CameoCode(mass)  # "deporting Afghans": a whole people, not named persons
    return code


def _done_to(verb: Token) -> list[Token]:
    """Who ``verb`` was done to: its direct objects, or a passive's subject ("More than 800 people were killed in
    Ardamata"; seventeenth round)."""
    return direct_objects(verb) if not is_passive(verb) else [c for c in verb.children if c.dep_ == "nsubjpass"]


PEOPLE_KINDS = frozenset({"place", "country"})
"""Kinds of actor a people's name resolves to ("Rohingya", "Masalit", "Yazidis" stand for the land they live in;
"Bosniaks" is a demonym): a people, not an armed group (kind "group": "Taliban", "Houthis")."""


def people_killed(cand: Candidate, target: ResolvedActor | None) -> Candidate:
    """A killing (1823) whose object is a people by its name ("killed scores of Rohingya", "killed thousands of
    displaced Hutus", "killed thousands of Bosniaks") is a mass killing (202) from :data:`CIVILIAN_THRESHOLD` on
    when the name is an ethnic people or its civilians (resolved as a place or the civilian sector), from
    :data:`HAND_KILLING_THRESHOLD` on when it is a nation's demonym; an armed group named so ("killed dozens of
    Taliban") stays a killing. Read after the actors are found, which say what the name is (twenty-third round)."""
    if cand.code not in HAND_KILLING_CODES or cand.kind != "verb" or target is None:
        return cand
    objects = _done_to(cand.scope)
    if not objects:
        return cand
    head = expand_quantity(objects[0])
    if head.pos_ != "PROPN" or not target.token_start <= head.i < target.token_end:
        return cand
    count = headcount(objects[0])
    civilians = target.sector == "CVL" or (target.kind == "place" and target.sector is None)
    if (civilians and count >= CIVILIAN_THRESHOLD) or (target.kind in PEOPLE_KINDS and count >= HAND_KILLING_THRESHOLD):
        return dataclasses.replace(cand, code=CameoCode(MASS_CODES[cand.code]))
    return cand


PART_WORDS = frozenset({"many", "most", "some", "all", "half", "majority", "nearly", "almost"})
LISTING_WORDS = frozenset({"including", "among"})
"""Words that list some of the people counted: "killed at least 40 people, including women and children", "at least
35 people, among them women, children and two aid workers"."""


def _named_civilians(obj: Token) -> bool:
    """True when "many of them", "most of them" ... after the people counted names them as non-combatants ("killed
    at least 100 people ..., many of them displaced farmers", "most of them women and children"). Read on the words,
    not the parse, which often hangs the phrase on the verb of saying after it (seventeenth round). So does a list
    right after them: "including women and children", "among them women, children and two aid workers" (the victims
    named as non-combatants, twenty-third round)."""
    words = list(obj.doc[obj.i + 1: obj.sent.end])
    for k, tok in enumerate(words[:-2]):
        if tok.lower_ in PART_WORDS and words[k + 1].lower_ == "of" and words[k + 2].lower_ == "them":
            nouns = [t for t in words[k + 3: k + 7] if t.pos_ == "NOUN"]
            return bool(nouns) and nouns[0].lemma_.lower() in CIVILIAN_NOUNS
    if len(words) > 1 and words[0].is_punct:
        listing = words[1:3]
        if listing and listing[0].lower_ in LISTING_WORDS:
            start = 2 if listing[0].lower_ == "among" and len(listing) > 1 and listing[1].lower_ == "them" else 1
            nouns = [t for t in words[1 + start: 1 + start + 4] if t.pos_ == "NOUN"]
            return bool(nouns) and nouns[0].lemma_.lower() in CIVILIAN_NOUNS
    return False


def _determined(noun: Token) -> bool:
    """Whether a noun has a determiner, possessor or number ("the Afghans", "their Afghans", "two Afghans"): a
    definite or counted few, not a whole people."""
    return any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in noun.children)


def headcount(noun: Token) -> int:
    """How many people a noun phrase counts: "1,200 people" -> 1200, "thousands of Afghans" -> 1000, else 0."""
    best = 0
    node: Token | None = noun
    for _ in range(4):
        if node is None:
            break
        low = node.lower_
        if low in _NUMBER_WORDS:
            best = max(best, _NUMBER_WORDS[low])
        for child in node.children:
            if child.dep_ in ("nummod", "amod", "quantmod", "compound"):
                value = _NUMBER_WORDS.get(child.lower_)
                if value is None:
                    text = child.text.replace(",", "")
                    value = int(text) if text.isdigit() else 0
                best = max(best, value)
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        node = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return best
