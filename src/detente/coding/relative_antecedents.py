"""Relative clauses hung on the wrong noun (stage 4, twenty-seventh round): "the summit in Rome, which Trump attended".

English puts a relative clause after the whole noun phrase it describes, so "the summit in Rome, which Trump attended"
describes the summit, though the parser hangs the clause on the nearest noun, the place in the summit's "in" phrase
(or the day in an "on Monday" after the noun's clause: "is hosting a summit on Monday, which Trump will attend").
When the clause's verb takes its relative pronoun as object and the lexicon reads an event for the verb with the
gathering (or any noun) before the place as its object but none with the place, the clause is re-hung on that noun:
a copy of the sentence with that one arc moved (the original parse is left as it is: actors were resolved on it), whose
candidates are mapped back to the sentence's own tokens, as for headlines.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.headlines import copy_with_arcs
from detente.coding.verbs import Lexicon

__all__ = ["rehung_relative"]

RELATIVE_TAGS = frozenset({"WDT", "WP"})
PLACE_PREPS = frozenset({"in", "at"})
DATE_PREPS = frozenset({"on", "in", "at", "from", "next", "last", "this"})


def rehung_relative(sent: Span, lexicon: Lexicon) -> Span | None:
    """A copy of ``sent`` with an object relative clause that the parser hung on a place ("the summit in Rome,
    which Trump attended": "attended" on "Rome") hung on the noun whose "in" or "at" phrase holds the place, when
    the lexicon codes the clause's verb only with that noun for its antecedent; else None."""
    moved: dict[int, Token] = {}
    for verb in sent:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB":
            continue
        place = verb.head
        prep = place.head
        noun = prep.head
        dated = place.ent_type_ in ("DATE", "TIME") and prep.lower_ in DATE_PREPS
        if dated and noun.pos_ == "VERB":
            # "is hosting a peace summit in Sharm el-Sheikh on Monday, which Trump will attend": the clause's object
            noun = next((c for c in noun.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), noun)
        if (place.dep_ != "pobj" or (place.pos_ != "PROPN" and not dated)
                or (prep.lower_ not in PLACE_PREPS and not dated)
                or noun.pos_ != "NOUN" or noun.i >= place.i
                or not any(c.dep_ in ("dobj", "obj") and c.tag_ in RELATIVE_TAGS for c in verb.children)
                or not lexicon.has_verb(verb.lemma_.lower()) or lexicon.match_verb(verb) is not None):
            continue
        moved[verb.i] = noun
    if not moved:
        return None
    copy = copy_with_arcs(sent, lambda tok: (moved[tok.i], tok.dep_) if tok.i in moved else (tok.head, tok.dep_))
    # keep the repair only where the lexicon now reads the clause's verb
    kept = {i: n for i, n in moved.items() if lexicon.match_verb(copy[i - sent.start]) is not None}
    if not kept:
        return None
    if kept == moved:
        return copy
    return copy_with_arcs(sent, lambda tok: (kept[tok.i], tok.dep_) if tok.i in kept else (tok.head, tok.dep_))
