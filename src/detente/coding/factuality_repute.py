"""Acts named as what someone is known for, or as the motive a policy has: a trait or a reason, not an event.

"Duterte was known for insulting Barack Obama", "Kim Jong Un is notorious for executing his own officials" and
"Netanyahu has a reputation for defying American presidents" describe a person by a kind of conduct; they report
no act on any day, as "has long defied" would not. "Tehran's motive for arming the Houthis is to bleed Saudi
Arabia" and "the rationale behind attacking Kurdish fighters" explain a policy and report no act either. The act
is the object of "for" (or "in", "behind") under a word of repute (an adjective or participle such as "known",
"notorious", or a noun such as "reputation", "penchant") or, as a gerund, under a noun of motive. A noun of motive
with a plain act noun stays an event ("the reason for Saturday's attack was unclear" is about a real attack), and
so does a verb of blame ("was criticised for attacking Israel" reports the attack as done).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.factuality_opinion import opinion_topic
from detente.coding.factuality_until import until_condition

__all__ = ["REPUTE_WORDS", "MOTIVE_NOUNS", "reputed_conduct"]

REPUTE_WORDS = frozenset({
    "known", "famous", "notorious", "infamous", "renowned", "noted", "celebrated", "reputed",
    "reputation", "fame", "notoriety", "penchant", "propensity", "proclivity", "predilection", "fondness",
    "habit", "tendency", "knack", "taste",
})
"""Words that describe someone by a kind of conduct ("known for", "a penchant for", "a habit of")."""
MOTIVE_NOUNS = frozenset({"motive", "motivation", "rationale", "logic", "reasoning", "incentive"})
"""Nouns of a policy's reason; with a gerund after "for", "in" or "behind" they name a kind of act, not one act."""
_PREPS = frozenset({"for", "of", "in", "behind"})
_MAX_STEPS = 8


def reputed_conduct(scope: Token) -> bool:
    """True when ``scope`` (an event's trigger) is conduct someone is known for, or the act a motive is for.

    A coordinated act shares the first one's governor ("known for insulting Obama and threatening China").
    An act in the "until" clause of an open host ("will keep fighting until Hamas releases the hostages") is no
    act either: it is the condition the host waits for (factuality_until.py, round thirty); nor is an act an opinion
    sentence weighs rather than reports (factuality_opinion.py, round thirty-one)."""
    if until_condition(scope):
        return True
    if opinion_topic(scope):
        # "better at investigating one another than at solving murders", "Banning the party may have pleased the
        # students", "would have frozen the next tranche of its aid": conduct compared, a topic judged, the object
        # of an imagined act (factuality_opinion.py, round thirty-one)
        return True
    node = scope
    for _ in range(_MAX_STEPS):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in ("pobj", "pcomp"):
        return False
    prep = node.head
    if prep.lower_ not in _PREPS or prep.dep_ not in ("prep", "agent"):
        return False
    owner = prep.head
    word = owner.lemma_.lower() if owner.pos_ == "NOUN" else owner.lower_
    if word in REPUTE_WORDS:
        # "of" only with the nouns of habit ("a habit of", "a tendency of" is rare; "known of" is no repute)
        return prep.lower_ != "of" or owner.pos_ == "NOUN"
    return word in MOTIVE_NOUNS and node.tag_ == "VBG" and prep.lower_ != "of"
