"""Promises made of a hostile act in an "as" clause on it (stage 4): "Bucharest could stop sending weapons to Ukraine,
as Calin Georgescu has promised his voters it would".

An "as" clause whose verb is one of promising ("as X promised", "as he had vowed it would", "as she pledged to do")
and which names no act of its own takes the act it hangs on for its content: the promiser has announced that hostile
act (roots 14-20), which is a threat (CAMEO 13, by the threat frame's codes from the act's code) aimed where the act
is aimed, asserted as the promising is, and by the promiser. The act itself stays an event of its own. Threats in
such a clause ("as he had threatened") are the lexicon's verb and are aimed by the target step ``as_announced``
(thirty-first round); this is their counterpart for promises (thirty-second round).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import subjects
from detente.coding.rule_codes import CONDITIONAL_THREAT_ROOTS
from detente.coding.verbs import Lexicon
from detente.records.event import CameoCode

PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "swear"})
"""Verbs of promising whose "as" clause may take the act it hangs on for content."""
DOING_VERBS = frozenset({"do", "be"})
"""Verbs that stand in for the host act in the "as" clause ("as he had promised to do", "it would be")."""


def _promise_on(verb: Token) -> Token | None:
    """The promising verb of an "as" clause on ``verb`` that names no act of its own, else None."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in PROMISING_VERBS \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        contents = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp")]
        if any(t.pos_ == "VERB" and t.lemma_.lower() not in DOING_VERBS for c in contents for t in c.subtree):
            return None  # "as he promised to cut taxes": a promise of something else
        return clause
    return None


def promised_as(cand: Candidate, lexicon: Lexicon) -> Candidate | None:
    """The threat made by promising ``cand``'s hostile act in an "as" clause on it, or None."""
    if cand.kind not in ("verb", "light", "frame") or cand.code[:2] not in CONDITIONAL_THREAT_ROOTS:
        return None
    threat = lexicon.frame_named("threat")
    # the clause may hang on the verb that governs the act ("could stop sending weapons ..., as X promised")
    heads = [cand.scope, *cand.trigger]
    heads += [t.head for t in list(heads) if t.dep_ == "xcomp"]
    promise = next((p for h in heads if (p := _promise_on(h)) is not None), None)
    if threat is None or promise is None:
        return None
    code = threat.code_for(cand.code, cand.scope.lemma_.lower())
    promisers, inherited = subjects(promise)
    if code is None or not promisers or inherited:
        return None
    return Candidate(code=CameoCode(code), trigger=(promise,), scope=promise, sources=(tuple(promisers),),
                     targets=cand.targets, specificity=2, kind="verb")
