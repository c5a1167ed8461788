"""A state's own nationals (stage 4): "Romanian prosecutors charged the far-right politician".

A state's police, courts, prosecutors and government arrest, charge, sentence, ban and free people under their own
jurisdiction. When the one acted on is a person the knowledge base does not know (an opposition candidate, a
bishop, a general, a blogger) and the sentence names no other country, that person is the state's own national
("a Venezuelan judge issued an arrest warrant for opposition candidate Edmundo Gonzalez": VEN -> VEN). A sentence
that names another country keeps the target open (the person may be a foreigner held there).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import coordinated
from detente.coding.crowds import one_country
from detente.coding.place_targets import own_state
from detente.coding.verbs import expand_quantity
from detente.records.mention import ActorMentions, ResolvedActor

STATE_ORGANS = frozenset({"", "GOV", "MIL", "JUD", "COP", "LEG"})
"""Sectors of a source that holds a state's power over its people (a bare country is its state)."""
JUDICIAL_ORGANS = frozenset({"JUD", "COP"})
"""Sectors whose accusations are charges: a court's or prosecutor's "charged him with" is a legal act."""

HELD_PERSON_NOUNS = frozenset({
    "politician", "candidate", "bishop", "priest", "cleric", "general", "activist", "blogger", "journalist",
    "leader", "lawmaker", "legislator", "senator", "deputy", "mayor", "governor", "minister", "president", "premier",
    "opponent", "critic", "dissident", "lawyer", "businessman", "tycoon", "oligarch", "commander", "official",
    "colonel", "rapper", "singer", "writer", "academic", "cardinal", "chief", "founder", "head", "figure",
    "fugitive", "prisoner", "inmate", "escapee", "convict", "suspect", "kingpin", "gunman", "smuggler", "trafficker",
})
"""Nouns naming one person a state may arrest, charge or free ("the far-right politician", "former prime minister
Najib Razak" = minister)."""


def _coercive(code: str, sector: str) -> bool:
    """Codes of a state's acts on people in its power: coercion (17x), sentences eased (056) and, by courts and
    prosecutors, charges and accusations (11x)."""
    return code[:2] == "17" or code == "056" or (code[:2] == "11" and sector in JUDICIAL_ORGANS)


def held_national(cand: Candidate, source: ResolvedActor, sent: Span, mentions: ActorMentions) -> list[ResolvedActor]:
    """The source state as the target of its own organ's act on an unknown person ("charged the far-right
    politician", "issued an arrest warrant for opposition candidate Edmundo Gonzalez"); none otherwise."""
    code = str(cand.code)
    sector = str(source.actor_code)[3:6]
    if cand.kind == "noun" or sector not in STATE_ORGANS or not _coercive(code, sector):
        return []
    people = [t for tier in cand.targets[:1] for tok in tier for t in coordinated(tok) if _person(t)]
    if not people or not one_country(sent, source, mentions):
        return []
    return own_state(source, f"whose national {people[0].text} it acts on")


def _person(tok: Token) -> bool:
    """A person: a PERSON name or a noun naming one person (not a group, place or organisation)."""
    head = expand_quantity(tok)
    if head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in HELD_PERSON_NOUNS
