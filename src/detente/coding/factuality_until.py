"""Acts named in an "until" clause of a plan, a vow or a refusal: the condition that ends the host, not an event.

"The strikes would go on until the group stopped firing", "Israel will keep fighting until Hamas releases the
hostages", "Ukraine will not negotiate until Russia withdraws its troops", "Azerbaijan will not sign a treaty until
Armenia amends its constitution": the clause after "until" says when the host will stop or start; nobody reports
that the other side did, will or may do it. The gold sets code the host (future, negated) and nothing for the act
in the clause. An "until" clause of a past fact is itself a fact ("Russia shelled Kharkiv until Ukrainian forces
retreated", "Israel did not strike Gaza until Hamas fired rockets") and keeps its event.

The clause is open when it is in the present ("until Hamas releases", "until Russia has withdrawn") or when its
host is: the host or a verb it depends on carries a modal ("would go on", "will keep fighting"), or the host is a
bare infinitive with no "did" ("vowed to fight until Hamas was destroyed"). A noun after "until" in such a host is
the same condition ("will keep up the strikes until the release of the hostages").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["UNTIL_WORDS", "until_condition"]

UNTIL_WORDS = frozenset({"until", "till", "til"})
"""Words that open the condition ending the host."""
_BOUNDARIES = frozenset({"relcl", "acl", "appos", "parataxis"})
"""Edges out of which a clause is its own statement ("until Russia returns the land it seized in 2014": the
seizure is a fact)."""
_CHAIN = frozenset({"xcomp", "conj", "ccomp", "advcl"})
_MAX_STEPS = 12


def until_condition(scope: Token) -> bool:
    """True when ``scope`` (an event's trigger) lies in an "until" clause, or is the noun after "until", of a host
    that is still open (a plan, a vow, a refusal, a modal): the host's condition, no event."""
    node = scope
    for _ in range(_MAX_STEPS):
        if node.dep_ in _BOUNDARIES or node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNTIL_WORDS and c.i < node.i
                                        for c in node.children):
            return _open_clause(node, head)
        if node.dep_ in ("pcomp", "pobj") and head.lower_ in UNTIL_WORDS and head.dep_ == "prep":
            host = head.head
            if node.dep_ == "pobj" and node.pos_ not in ("NOUN",):
                return False  # "until 2030", "until Saturday": a date, no act
            return host.pos_ in ("VERB", "AUX") and _open_clause(node, host)
        node = head
    return False


def _open_clause(clause: Token, host: Token) -> bool:
    if clause.pos_ in ("VERB", "AUX") and _present(clause):
        # "until Russia withdraws", "until Hamas has released the hostages": a condition still to be met, whatever
        # the host ("The sanctions remain until Russia withdraws", "vowed to fight until Hamas is destroyed")
        return True
    return _open_host(host)


def _present(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return any(a.tag_ in ("VBZ", "VBP") for a in aux) and not any(a.tag_ in ("VBD", "MD") for a in aux)
    return verb.tag_ in ("VBZ", "VBP")


def _open_host(host: Token) -> bool:
    """The host has a modal on it or on a verb it depends on ("would go on", "will keep fighting", "could not
    resume"), or is a bare infinitive with no "did" ("vowed to fight on")."""
    node = host
    for _ in range(_MAX_STEPS):
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in node.children):
            return True
        if node.i == host.i and node.tag_ == "VB" and not any(
                c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "do" for c in node.children):
            return True
        if node.dep_ not in _CHAIN or node.head.i == node.i:
            return False
        node = node.head
    return False
