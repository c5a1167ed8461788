"""Requests named as the reason of another act (twenty-fifth round).

"Russia sent instructors to the Central African Republic *at Bangui's request*", "Canadian authorities arrested
Meng Wanzhou *at the request of the United States*", "pardoned the writer, *granting a request from* Germany's
president", "cut off the internet, *drawing a call from* the UN mission for its restoration", "deported them
*despite pleas from* UN experts": the sentence states
that the owner of the request asked the one who acts (CAMEO 020), though no verb of asking is used. The act done is
coded as before; the request is a second event, from its owner to the acting subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import coordinated, subjects
from detente.records.event import CameoCode

__all__ = ["REQUEST_NOUNS", "granted_request"]

REQUEST_NOUNS = frozenset({"request", "behest", "plea", "appeal", "call"})
"""Nouns of asking whose owner asked someone to act."""
AT_PREPS = frozenset({"at", "upon", "despite"})
"""Prepositions of "at X's request", "upon the request of X": the host act answers the request; "despite pleas from
X" states the pleas as much (the act defies them)."""
ANSWERING_VERBS = frozenset({"grant", "heed", "answer", "honour", "honor", "accept", "approve", "draw", "prompt",
                             "trigger", "provoke"})
"""Verbs whose object request is made of their subject: granted or heeded by it, or drawn from others by its act."""
_OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
REQUEST_CODE = CameoCode("020")


def granted_request(noun: Token) -> Candidate | None:
    """The request ``noun`` names as made of whoever acts in the clause it hangs on, with its owner, else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REQUEST_NOUNS:
        return None
    host = _host(noun)
    if host is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in _OWN_PRONOUNS]
    if not owners:
        owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
                  for p in c.children if p.dep_ == "pobj"]
    if not owners:
        return None
    asked, _ = subjects(host)
    if not asked:
        return None
    return Candidate(code=REQUEST_CODE, trigger=(noun,), scope=host,
                     sources=(tuple(t for o in owners for t in coordinated(o)),), targets=(tuple(asked),),
                     specificity=2, kind="noun", presupposed=True)


def _host(noun: Token) -> Token | None:
    """The verb whose act answers the request: the head of "at ... request", or a verb granting or drawing it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in AT_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and head.lemma_.lower() in ANSWERING_VERBS:
        return head
    return None
