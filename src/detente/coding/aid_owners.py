"""Owners of rescue money (stage 4): "approved Sri Lanka's bailout" is a bailout for Sri Lanka.

A possessor of most things acted on is their owner and the act's target by way of them ("struck Iran's nuclear
sites"). For aid it is ambiguous ("America's aid to Ukraine" is the giver's), but a bailout, rescue package, loan
or debt relief is named after the one rescued: "Greece's bailout", "Pakistan's IMF loan", "Zambia's debt relief".
The possessor of such a noun is then the receiver of the aid (07x).
"""

from __future__ import annotations

from spacy.tokens import Token

RECEIVER_OWNED = frozenset({"bailout", "loan", "relief", "package", "programme", "program", "tranche", "lifeline"})
"""Heads of rescue money named after its receiver ("Sri Lanka's bailout", "Egypt's loan programme")."""


def owning_receivers(goods: Token) -> list[Token]:
    """The possessor of a rescue noun, who receives it ("Sri Lanka's $2.9 billion bailout" -> Sri Lanka)."""
    if goods.lemma_.lower() not in RECEIVER_OWNED:
        return []
    return [c for c in goods.children if c.dep_ == "poss"]
