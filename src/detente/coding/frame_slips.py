"""A frame's complement split off by a fronted time phrase (stage 4, round twenty-eight).

"Moscow promised after talks in Istanbul on Tuesday to drastically scale back military activity around Kyiv": the
parser reads "after" as the mark of a clause whose subject is "talks" and whose verb is the infinitive, so the
promise frame finds no complement and the infinitive is coded as an act of its own by the talks. A "to"-infinitive
hung on a frame verb as an adverbial clause opened by a time word ("after", "before", "during", "following") with a
noun as its subject, or as a modifier of the noun in such a phrase ("vowed after a cabinet meeting on Monday to
launch", "pledged at the summit to send"), is the frame's complement: the frame codes it (the intent frame: 0356 here; a threat, appeal or
refusal by its own table), done by the frame verb's subject, and the infinitive is not coded again.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import grammatical_subjects
from detente.coding.verbs import Lexicon

__all__ = ["rejoined_complements"]

TIME_MARKS = frozenset({"after", "before", "during", "following", "ahead"})
PHRASE_PREPS = TIME_MARKS | {"at"}


def _split_host(verb: Token) -> Token | None:
    """The frame verb whose complement the parser split off as ``verb``, or None: an infinitive hung as an adverbial
    clause opened by a time word ("promised after talks ... to scale back"), or as a noun's modifier inside a time or
    "at" phrase on the frame ("vowed after a cabinet meeting on Monday to launch", "pledged at the summit to send")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if marks and subjects and verb.head.i < marks[0].i < subjects[0].i < verb.i:
            return verb.head
        return None
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ not in PHRASE_PREPS or noun.head.dep_ != "prep":
        return None
    host = noun.head.head
    return host if host.pos_ in ("VERB", "AUX") and host.i < noun.i else None


def rejoined_complements(found: MutableMapping[int, Candidate], lexicon: Lexicon) -> None:
    """Replace in ``found`` (keyed by scope index) each act whose infinitive is a frame's split-off complement by the
    frame's event."""
    for key, cand in list(found.items()):
        verb = cand.scope
        host = _split_host(verb) if cand.kind in ("verb", "light") else None
        if host is None or host.i in found or any(c.dep_ in ("xcomp", "ccomp") for c in host.children):
            continue
        frame = lexicon.frame(host)
        if frame is None:
            continue
        if cand.code[:2] >= "13" and frame.conflict_frame is not None:
            frame = lexicon.frame_named(frame.conflict_frame) or frame
        code = frame.code_for(cand.code, verb.lemma_.lower())
        doers = tuple(grammatical_subjects(host))
        if code is None or not doers:
            continue
        del found[key]
        found[host.i] = Candidate(code=code, trigger=(host, *cand.trigger), scope=host, sources=(doers,),
                                  targets=cand.targets, specificity=2, kind="frame")
