"""Acts judged after the fact (round twenty-eight): what an opinion says was done wrongly or rightly was done.

Helpers of :mod:`detente.coding.factuality`; docs/factuality.md, "Round twenty-eight", gives the rules.

* "France should never have withdrawn its troops from Mali", "China should not have sanctioned Lithuanian officials":
  a perfect modal of criticism ("should / ought to / need not have" + participle) with a negation regrets an act
  that was done; it is asserted, not denied. Without the negation ("Germany should have sent tanks earlier") the act
  was not done as wished, and the modal's own label stays.
* "Washington was wrong to impose tariffs", "Trump was right to meet Kim": a past verdict adjective on the doer over
  a "to"-infinitive judges an act done; it is asserted, not the infinitive's hypothetical. In the present ("would be
  wrong to", "is right to insist") it may still be ahead, and keeps its label.
* "Israel did not hesitate to strike Hezbollah positions": a past "did not hesitate to X" (or "never hesitated to")
  reports X done, not denied; "will / would not hesitate to X" is a threat or promise of X (coding/stated_threats.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import NEGATION_WORDS

__all__ = ["judged_act"]

CRITICISM_MODALS = frozenset({"should", "ought", "need"})
VERDICT_ADJECTIVES = frozenset({
    "wrong", "right", "correct", "mistaken", "foolish", "unwise", "wise", "justified", "unjustified", "misguided",
    "reckless", "naive", "shortsighted", "short-sighted", "clever", "smart", "prudent", "brave", "courageous",
})
PAST_COPULAS = frozenset({"was", "were"})


def judged_act(verb: Token) -> bool:
    """True for an act the sentence judges as done: "should never have withdrawn", "was wrong to impose"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBN":
        aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        return (any(a.lower_ in CRITICISM_MODALS for a in aux) and any(a.lower_ == "have" for a in aux)
                and any(c.dep_ == "neg" and c.lower_ in NEGATION_WORDS
                        or c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children))
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() == "hesitate":
        return _past_without_hesitation(head)
    if head.lower_ in VERDICT_ADJECTIVES and head.dep_ == "acomp":
        copula = head.head
    elif head.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in VERDICT_ADJECTIVES
                                             for c in head.children):
        copula = head
    else:
        return False
    return copula.lower_ in PAST_COPULAS and not any(c.dep_ in ("aux", "neg") for c in copula.children)


def _past_without_hesitation(hesitate: Token) -> bool:
    """ "did not hesitate", "never hesitated", "had not hesitated": a past denial of hesitating, with no modal."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in hesitate.children):
        return False
    denied = any(c.dep_ == "neg" and c.lower_ in NEGATION_WORDS or c.dep_ == "advmod" and c.lower_ == "never"
                 for c in hesitate.children)
    past = hesitate.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in hesitate.children)
    return denied and past
