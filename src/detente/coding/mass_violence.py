"""Mass violence by numbers (stage 4): a killing or deportation of a great many non-combatants.

CAMEO 20 is violence against "substantial numbers" of people: a verb candidate whose object counts at
least :data:`MASS_THRESHOLD` people who are not fighters ("killed about 1,200 people", "deporting hundreds
of thousands of Afghans") takes the mass-violence code of its plain one.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import direct_objects, is_passive
from detente.coding.verbs import expand_quantity
from detente.records.event import CameoCode

MASS_CODES = {"1823": "202", "174": "201", "180": "202", "190": "202"}
"""Acts that become mass violence when done to a great many non-combatants: killing -> mass killing (202),
deporting -> mass expulsion (201) ("killed about 1,200 people", "deporting hundreds of thousands of Afghans");
a bare plural people deported ("deporting Afghans") is a mass expulsion whatever its number."""

MASS_THRESHOLD = 200
"""How many people an act must reach to count as mass violence (CAMEO 20: "substantial numbers")."""

CIVILIAN_THRESHOLD = 25
"""How many people named as civilians an act must reach: "killed 43 worshippers", "killed at least 110 farm
workers", "killed scores of villagers" name the victims as non-combatants, the mark of a massacre; a bare count
of "people" is often a toll that mixes fighters and bystanders and keeps :data:`MASS_THRESHOLD`."""

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
    # "More than 800 people were killed in Ardamata": a passive's subject is who it was done to (seventeenth round)
    objects = direct_objects(verb) if not is_passive(verb) else [
        c for c in verb.children if c.dep_ == "nsubjpass"]
    for obj in objects[:1]:
        head = expand_quantity(obj)
        # a proper name is a named group ("killed 300 Hamas fighters"), but a plural one is people ("Afghans")
        if head.lemma_.lower() in COMBATANT_NOUNS or (head.pos_ == "PROPN" and head.tag_ != "NNPS"):
            return code
        count = headcount(obj)
        civilians = head.lemma_.lower() in CIVILIAN_NOUNS or _named_civilians(obj)
        if count >= MASS_THRESHOLD or (count >= CIVILIAN_THRESHOLD and civilians):
            return CameoCode(mass)
        if mass == "201" and count == 0 and head.tag_ == "NNPS" and not _determined(head):
            return CameoCode(mass)  # "deporting Afghans": a whole people, not named persons
    return code


PART_WORDS = frozenset({"many", "most", "some", "all", "half", "majority", "nearly", "almost"})


def _named_civilians(obj: Token) -> bool:
    """True when "many of them", "most of them" ... after the people counted names them as non-combatants ("killed
    at least 100 people ..., many of them displaced farmers", "most of them women and children"). Read on the words,
    not the parse, which often hangs the phrase on the verb of saying after it (seventeenth round)."""
    words = list(obj.doc[obj.i + 1: obj.sent.end])
    for k, tok in enumerate(words[:-2]):
        if tok.lower_ in PART_WORDS and words[k + 1].lower_ == "of" and words[k + 2].lower_ == "them":
            nouns = [t for t in words[k + 3: k + 7] if t.pos_ == "NOUN"]
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
