"""Verbs the parser tagged as nouns (stage 4): "Will Muhammad Yunus's interim government ban the Awami League?"

Words that are both nouns and verbs in news English (ban, attack, strike, support, arm, aid, visit) are sometimes
tagged as nouns in a question or after a long subject, while the parse around them is a clause's: a modal
auxiliary and a subject hang on the word. English has no noun with a modal and a subject of its own, so such a
word is read as the verb it is.
"""

from __future__ import annotations

from spacy.tokens import Token


def misread_verb(tok: Token) -> bool:
    """True for a word tagged as a noun that has a modal auxiliary and a subject or a direct object of its own
    ("Will X ban Y?"; "Will Washington sanction Turkey?", with the subject read as a compound), or an infinitive's
    "to" and a direct object ("Brazil offered to host talks": a noun takes neither)."""
    if tok.pos_ == "AUX":
        return stance_copula(tok)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = {c.dep_ for c in tok.children}
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < tok.i for c in tok.children)
    return ((modal and bool(deps & {"nsubj", "nsubjpass", "dobj"})) or (infinitive and "dobj" in deps)
            or _headline_predicate(tok, deps) or _subordinate_predicate(tok, deps))


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl"})


def _subordinate_predicate(tok: Token, deps: set[str]) -> bool:
    """ "If ECOWAS intervenes militarily in Niger, ...": a word tagged as a plural noun that heads a subordinate clause,
    with a subordinating word ("if", "when", "unless", "after", "because") and a subject of its own before it, is the
    clause's present-tense verb; English has no noun with a subject and a subordinator (round thirty-one)."""
    return (tok.dep_ in _CLAUSE_DEPS and tok.tag_ == "NNS" and "mark" in deps and "nsubj" in deps
            and not deps & {"det", "poss", "nummod"}
            and any(c.dep_ == "mark" and c.i < tok.i for c in tok.children)
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children))


def stance_copula(tok: Token) -> bool:
    """True for "be" heading a clause with a predicate adjective of its own: "said she was deeply concerned by the
    tariffs", "is optimistic about the talks". The model tags the copula an auxiliary, yet it is the clause's verb,
    and the lexicon's "be" patterns name the stance the adjective states (round twenty-eight)."""
    return (tok.lemma_.lower() == "be" and tok.dep_ not in ("aux", "auxpass")
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in tok.children))


def _headline_predicate(tok: Token, deps: set[str]) -> bool:
    """ "Iran, US negotiate in Oman": a bare common noun that heads the sentence and has a name for its subject, with
    no determiner, possessor or adjective of its own, is a headline's present-tense verb."""
    return (tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and "nsubj" in deps
            and not deps & {"det", "poss", "amod", "nummod"}
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children))


SPEECH_TOPIC_PREPS = frozenset({"of", "about"})


def talk_of(noun: Token) -> bool:
    """True for "talk" in the singular with what it is about after it: "the president's talk of buying the island",
    "talk about a third term" is speech, not the talks of a negotiation (which are plural: "talks on a truce")."""
    return (noun.lemma_.lower() == "talk" and noun.tag_ == "NN"
            and any(c.dep_ == "prep" and c.lower_ in SPEECH_TOPIC_PREPS for c in noun.children))


def attributive_gerund(tok: Token) -> bool:
    """True for an -ing form used as an adjective before its noun: "a negotiating gambit", "the negotiating team",
    "attacking forces" name a kind of thing, not an act (the parser gives the word an adjective's arc but a verb's
    tag)."""
    return (tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")
            and all(c.dep_ in ("advmod", "neg") for c in tok.children))
