"""Owned demand and accusation nouns with a "that" clause ("its demand that Israel ease restrictions", "brushed
aside Warsaw's accusation that Russian intelligence ordered the blast"): the owner's own act, aimed at the clause's
subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    grammatical_subjects,
    subjects,
)
from detente.coding.frame_candidates import clause_code
from detente.coding.rule_codes import ALLEGATION_PREFIX
from detente.coding.verbs import Lexicon
from detente.records.event import CameoCode

DEMAND_NOUNS = frozenset({"demand", "call", "insistence", "ultimatum"})
"""Nouns of a demand whose "that" clause says what is demanded ("its demand that Israel ease restrictions")."""


def demand_noun_candidate(noun: Token, lexicon: Lexicon) -> tuple[Candidate, Token] | None:
    """A demand noun with a possessor and a "that" clause, hung on the noun or (extraposed) on its verb: the demand
    (coded by what is demanded, as the demand frame codes it), by the possessor ("its" = the verb's subject), aimed
    at the clause's subject ("it" there = the verb's subject, the one the demand is put to)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEMAND_NOUNS:  # cheapest test first: runs on every token
        return None
    demand = lexicon.frame_named("demand")
    if demand is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return None
    verb = noun.head
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if noun.dep_ in ("dobj", "obj"):
        clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    clause = next((c for c in clauses if c.pos_ in ("VERB", "AUX") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and grammatical_subjects(c)), None)
    if clause is None:
        return None
    content, _ = clause_code(clause, lexicon)
    code = demand.code_for(content, clause.lemma_.lower())
    if code is None:
        return None
    verb_subjects = subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
    sources = [t for t in owners if t.lower_ not in ("its", "their", "his", "her")] or verb_subjects
    addressees = grammatical_subjects(clause)
    if all(t.lower_ in ("it", "they") for t in addressees):  # "Seoul's demand that it withdraw": the one it is put to
        addressees = verb_subjects
    return (Candidate(code=code, trigger=(noun,), scope=noun, sources=(tuple(sources),), targets=(tuple(addressees),),
                      specificity=3, kind="noun", presupposed=True), clause)


def owned_accusation(noun: Token, lexicon: Lexicon) -> Candidate | None:
    """An accusation with its owner and its "that" clause, taken as the object of another act ("brushed aside
    Warsaw's accusation that Russian intelligence had ordered the blast", "denied Washington's accusations that it
    armed the Houthis"): the owner's accusation (CAMEO 112) of the clause's subject ("it" there is whoever denies)."""
    if noun.dep_ not in ("dobj", "obj"):
        return None
    parts = _accusation(noun, lexicon)
    if parts is None:
        return None
    code, owners, clause = parts
    accused = grammatical_subjects(clause)
    if all(t.lower_ in ("it", "they") for t in accused):
        accused = subjects(noun.head)[0] if noun.head.pos_ in ("VERB", "AUX") else []
    return Candidate(code=code, trigger=(noun,), scope=noun, sources=(tuple(owners),),
                     targets=(tuple(accused),), specificity=2, kind="noun", presupposed=True)


def stated_accusation(noun: Token, lexicon: Lexicon) -> tuple[Candidate, Token] | None:
    """An owned accusation with its "that" clause anywhere but as an object ("Somalia's accusation that Ethiopia had
    annexed its territory alarmed the African Union"): the owner's accusation of the clause's subject, with the
    clause (what is alleged, not an event the sentence states) returned to be folded."""
    if noun.dep_ in ("dobj", "obj"):
        return None
    parts = _accusation(noun, lexicon)
    if parts is None:
        return None
    code, owners, clause = parts
    return (Candidate(code=code, trigger=(noun,), scope=noun, sources=(tuple(owners),),
                      targets=(tuple(grammatical_subjects(clause)),), specificity=2, kind="noun", presupposed=True),
            clause)


def _accusation(noun: Token, lexicon: Lexicon) -> tuple[CameoCode, list[Token], Token] | None:
    """An accusation noun's code, its named owners and its "that" clause, else None."""
    if noun.pos_ != "NOUN":
        return None
    entry = lexicon.match_noun(noun)
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")]
    if entry is None or not entry.code.startswith(ALLEGATION_PREFIX) or not owners:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return None if clause is None else (entry.code, owners, clause)
