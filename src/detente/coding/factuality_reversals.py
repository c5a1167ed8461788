"""Plans reversed, purposes of acts done, stated warnings and unmet "until" conditions (round twenty-seven).

Helpers of :mod:`detente.coding.factuality`; docs/factuality.md, "Round twenty-seven", gives the rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.clauses import CONDITION_ONLY_MARKS, SPEECH_VERBS
from detente.coding.factuality_until import UNTIL_WORDS

__all__ = ["fronted_condition", "negated_host", "purpose_subject", "reversed_plan", "stated_warning", "unmet_until"]

CANCELLING_VERBS = frozenset({"cancel", "scrap", "scrub", "skip", "abandon", "shelve", "axe", "ditch", "drop",
                              "miss"})
"""Verbs that undo a plan by themselves ("was due to visit Algiers but cancelled the trip", "but the trip was
scrapped", "but skipped the summit")."""
CANCELLING_PARTICLES = {"pull": "out", "call": "off", "back": "out", "drop": "out", "bow": "out", "opt": "out"}
"""Verbs that undo a plan with their particle ("but pulled out", "but called off the meeting", "but backed out")."""
PURPOSE_VERBS = frozenset({"mean", "intend", "aim", "design"})
"""Verbs of "was meant / intended / designed to show": an act as their subject was done for that purpose."""
WARNING_VERBS = frozenset({"warn", "caution"})
"""Verbs of warning: a forecast in a modal ("warned that Russia could invade") stays hypothetical by its modal; a
stated present or past ("Russia is preparing a new offensive, Zelensky warned") is reported speech."""


def _reversal(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if lemma in CANCELLING_VERBS:
        return True
    if lemma in CANCELLING_PARTICLES:
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == CANCELLING_PARTICLES[lemma]
                   for c in verb.children)
    if any(c.dep_ == "advmod" and c.lower_ == "instead" for c in verb.children):
        return True  # "was expected to attend the summit but sent Li Qiang instead"
    # "was expected to attend but did not", "but never went"
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("did", "had") for c in verb.children)


def reversed_plan(head: Token) -> bool:
    """A past plan or expectation undone by a "but" clause coordinated with it: "Putin was expected to attend the
    summit but pulled out", "Erdogan had been due to meet Netanyahu but called off the meeting", "was supposed to
    visit Algiers, but the trip was cancelled", "was due to attend but sent Li Qiang instead". What was planned did
    not happen (a plan postponed is still to come)."""
    hosts = [head]
    if head.dep_ in ("acomp", "xcomp") and head.head.lemma_.lower() == "be":
        hosts.append(head.head)  # "had been due to meet ...": the "but" clause hangs on "been"
    past = head.tag_ in ("VBD", "VBN") or any(h.tag_ == "VBD" for h in hosts) or any(
        c.dep_ in ("aux", "auxpass", "cop") and c.tag_ in ("VBD", "VBN") for h in hosts for c in h.children)
    if not past:
        return False
    for host in hosts:
        buts = [c.i for c in host.children if c.dep_ == "cc" and c.lower_ in ("but", "yet")]
        if any(c.dep_ == "conj" and any(b < c.i for b in buts) and _reversal(c) for c in host.children):
            return True
    return False


def purpose_subject(head: Token, child: Token) -> bool:
    """The subject of a past "was meant / intended / designed to": the act was done, and the verb gives what it was
    for ("The visit by Modi to Moscow was meant to show ..."); in the present ("is meant to") it may be ahead."""
    return (child.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in PURPOSE_VERBS
            and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children)
            and any(c.dep_ == "xcomp" for c in head.children))


def stated_warning(head: Token, child: Token) -> bool:
    """A verb of warning over a finite "that" clause with its own subject and no modal ("Russia is preparing a new
    offensive, Zelensky warned", "warned that Iran has moved missiles"): what is warned of is reported as fact, and
    keeps its own label (a plan in it is future); "warned that Russia could invade" stays hypothetical."""
    if head.lemma_.lower() not in WARNING_VERBS or child.dep_ != "ccomp":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in ("to", "would", "will"))
           for c in child.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in child.children):
        return False
    return child.tag_ in ("VBZ", "VBP", "VBD", "VBG", "VBN")


def negated_host(verb: Token, negating: frozenset[str]) -> bool:
    """A verb negated or refused (``negating``: the lemmas of refusal): "will not resume", "refused to negotiate"."""
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in negating:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in negating


def unmet_until(clause: Token, negating: frozenset[str]) -> bool:
    """A present "until" clause under a negated host: "Russia will not resume gas deliveries until Ukraine withdraws
    from Kursk", "Moscow refused to negotiate until Kyiv pulls its troops out". It is the host's condition, still
    unmet: hypothetical, and the host's negation is not its own."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in UNTIL_WORDS for c in clause.children):
        return False
    present = clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                  for c in clause.children)
    return present and negated_host(clause.head, negating)


def fronted_condition(head: Token, clause: Token, inverted: Callable[[Token], bool]) -> bool:
    """A condition put before a verb of saying that governs ``clause`` ("If the talks collapse, Israel has said it
    will resume its offensive", "If Kyiv strikes Russian cities, Putin has warned, Moscow will arm ...", "Should the
    talks fail, ..."): the condition is the content's, which is `hypothetical`; ``inverted`` tells an inverted
    condition ("Had Israel attacked")."""
    if clause.dep_ not in ("ccomp", "parataxis") or head.lemma_.lower() not in SPEECH_VERBS:
        return False
    for child in head.children:
        if child.i >= head.i:
            continue
        if child.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in CONDITION_ONLY_MARKS for c in child.children)
                                      or inverted(child)):
            return True
        if child.dep_ in ("dep", "advcl") and child.lower_ in ("should", "were") and child.tag_ == "MD" \
                or child.dep_ == "dep" and child.lower_ == "should" and child.i == head.sent.start:
            return True  # "Should the talks in Doha collapse, Israel has said ...": the parser hangs "should" alone
    return False
