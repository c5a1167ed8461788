"""Attending with no object (stage 4, twenty-seventh round): "Kenya will host African Union leaders in Nairobi next
month, and Emmanuel Macron is expected to attend".

English leaves out what is attended when the sentence has just named it: a gathering, or its being hosted or held
("will host the talks in Jeddah, and Zelensky will attend"). Attending a gathering abroad is a visit to the place it is
held in (CAMEO 042, as the lexicon codes "attend the summit in ..."), so a bare "attend" after a clause that hosts or
holds a gathering is a visit to the place named for it, else to its host. A gathering named only as a noun is mostly
the setting of another act ("did not meet Trudeau at the G20 summit in Rio, although both leaders attended"),
where the attending is no event of its own: it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import subjects
from detente.records.event import CameoCode

__all__ = ["GATHERING_HOLDING_VERBS", "GATHERING_PLACE_PREPS", "bare_attendance"]

VISIT = "042"
ATTEND_LEMMAS = frozenset({"attend"})
GATHERING_HOLDING_VERBS = frozenset({"host", "hold", "convene"})
"""Verbs that name a gathering by its being held ("will host African Union leaders in Nairobi")."""
GATHERING_PLACE_PREPS = frozenset({"in", "at"})
"""Prepositions of the place a gathering is held in ("the summit in Belem", "talks held at Camp David")."""


def bare_attendance(word: Token) -> Candidate | None:
    """A visit (042) for a bare "attend" (no object, no "to" phrase) whose gathering a clause before it hosts or
    holds; its targets are that gathering's place ("in Nairobi"), then its host."""
    if word.lemma_.lower() not in ATTEND_LEMMAS or word.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "obj", "ccomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
            for c in word.children):
        return None
    sources = subjects(word)[0]
    if not sources:
        return None
    sent = word.sent
    for tok in reversed(list(sent.doc[sent.start:word.i])):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in GATHERING_HOLDING_VERBS:
            continue
        holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
        places = tuple(p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in GATHERING_PLACE_PREPS
                       for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
        hosts = tuple(subjects(tok)[0])
        if not places and not hosts:
            continue
        return Candidate(code=CameoCode(VISIT), trigger=(word,), scope=word, sources=(tuple(sources),),
                         targets=tuple(t for t in (places, hosts) if t), needs_target=True, specificity=1,
                         kind="verb")
    return None
