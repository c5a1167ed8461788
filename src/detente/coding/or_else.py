"""The threat in "... or face X" (stage 4): "China demanded that Canada release Meng immediately or face grave
consequences", "Washington urged Tehran to halt enrichment or face sanctions".

What a demand or an appeal asks of another may end with what the other will meet if it does not comply. The parser
reads "face" as a second thing asked (a conjunct of the clause asked for), so the frame folds it into its content;
but nobody asks another to face sanctions: the alternative is a threat by whoever asks, aimed at whoever is asked
(CAMEO 13, by what is threatened, as the threat frame codes its complement: "or face sanctions" 1312, "or face
military action" 138, "grave consequences" 130). An ultimatum (139, "gave him 48 hours to leave or face military
action") is a threat already and gets none besides (sixteenth round).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects, grammatical_subjects
from detente.coding.verbs import Lexicon, expand_quantity
from detente.records.event import CameoCode

__all__ = ["deadline_or_else", "or_else_consequences", "or_else_threat"]

ASKING_ROOTS = frozenset({"10", "02"})
"""Demands and appeals, whose content may end "or face ..."."""
ALTERNATIVE_VERBS = frozenset({"face", "risk"})
"""Verbs that name what the one asked will meet if it does not comply."""
ALTERNATIVE_MARKS = frozenset({"or", "else"})
ULTIMATUM_CODE = "139"
THREAT_ROOT = "13"
CONSEQUENCE_MODALS = frozenset({"would", "will", "'ll", "'d"})


def or_else_threat(frame: Candidate, lexicon: Lexicon) -> Candidate | None:
    """The threat stated by the "or face X" that ends what ``frame`` (a demand or appeal) asks, or None."""
    threat = lexicon.frame_named("threat")
    if threat is None or frame.kind != "frame" or frame.code[:2] not in ASKING_ROOTS:
        return None
    for clause in (c for c in frame.scope.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")):
        for alt in _alternatives(clause):
            met = [expand_quantity(o) for o in direct_objects(alt)]
            if not met:
                continue
            entry = lexicon.match_noun(met[0])
            code = threat.code_for(entry.code if entry is not None else None, met[0].lemma_.lower())
            if code is None:
                continue
            # aimed at the one asked: the asked clause's own subject, else whom the frame is aimed at
            asked = tuple(grammatical_subjects(clause))
            return Candidate(code=CameoCode(code), trigger=(alt, met[0]), scope=frame.scope,
                             sources=frame.sources, targets=(asked, *frame.targets), specificity=2,
                             inherited=frame.inherited, kind="frame")
    return None


EXPULSION_CODE = "174"


def deadline_or_else(cand: Candidate) -> Candidate:
    """A deadline to leave that ends "or face ..." ("gave Saddam Hussein and his sons 48 hours to leave Iraq or face
    military action") is an ultimatum (139): the alternative it names is a threat, so the deadline is no expulsion
    with a date (174), which it stays without one ("gave the French ambassador 72 hours to leave") (twenty-third
    round)."""
    if cand.code != EXPULSION_CODE or cand.kind != "verb":
        return cand
    clauses = [t for t in cand.scope.subtree if t.i != cand.scope.i and t.pos_ in ("VERB", "AUX")
               and t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")]
    if any(_alternatives(c) for c in clauses):
        return dataclasses.replace(cand, code=CameoCode(ULTIMATUM_CODE))
    return cand


def _alternatives(clause: Token) -> list[Token]:
    """The "face"/"risk" verbs coordinated with ``clause`` by "or" ("release Meng or face grave consequences")."""
    out: list[Token] = []
    for alt in clause.children:
        if alt.dep_ != "conj" or alt.lemma_.lower() not in ALTERNATIVE_VERBS or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in alt.children):
            continue
        marks = [c for c in (*clause.children, *alt.children) if c.dep_ == "cc" and c.i < alt.i]
        if marks and marks[-1].lower_ in ALTERNATIVE_MARKS:
            out.append(alt)
    return out


def or_else_consequences(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """``candidates`` with what an ultimatum, demand or appeal says will follow if it is not met read as part of it
    (seventeenth round): "gave Israel four days to let aid into Gaza, or his fighters would resume their attacks" is
    one ultimatum (139), not an attack besides, and so is it after a threat ("warned India to stop the shelling, or it
    would retaliate"); after a demand or appeal ("demanded that Kyiv withdraw, or Russia
    would take the territory by force"), the clause is the asker's threat, coded by the threat frame from its act and
    aimed where the demand is."""
    threat = lexicon.frame_named("threat")
    by_scope = {c.scope.i: c for c in candidates}
    out: list[Candidate] = []
    for cand in candidates:
        asker = by_scope.get(cand.scope.head.i) if _consequence(cand.scope) else None
        if asker is None or asker is cand or cand.kind == "noun":
            out.append(cand)
        elif asker.code.startswith(ULTIMATUM_CODE) or (asker.kind == "frame" and asker.code[:2] == THREAT_ROOT):
            continue  # "warned India to stop the shelling, or it would retaliate": the warning is the threat
        elif asker.kind == "frame" and asker.code[:2] in ASKING_ROOTS and threat is not None:
            code = threat.code_for(cand.code, cand.scope.lemma_.lower())
            if code is not None:
                out.append(Candidate(code=CameoCode(code), trigger=cand.trigger, scope=asker.scope,
                                     sources=asker.sources, targets=asker.targets, specificity=2,
                                     inherited=asker.inherited, kind="frame"))
        else:
            out.append(cand)
    return out


def _consequence(verb: Token) -> bool:
    """True for a clause joined to the one before it by "or" (or "or else") with "would"/"will" of its own: what
    follows if the first is not done ("..., or his fighters would resume their attacks")."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    marks = [c for c in (*verb.head.children, *verb.children) if c.dep_ in ("cc", "advmod") and c.i < verb.i
             and c.i > verb.head.i]
    return (any(m.lower_ == "or" for m in marks)
            and any(c.dep_ == "aux" and c.lower_ in CONSEQUENCE_MODALS for c in verb.children))
