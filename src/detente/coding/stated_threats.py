"""Threats and promises stated in reported speech (stage 4), read before the candidates are filled (round twenty-eight).

A speaker who announces harm it will do to another, or harm that will befall another, threatens it (CAMEO 13), as
the threat frame codes "threatened to ...": the harm is the threat's content, not an act of its own.

* "Washington said it would not hesitate to impose sanctions on Iran if ...": "will / would not hesitate to X" is the
  announced readiness to do X; with a hostile X (roots 14-20) it is a threat by X's doer, coded by the threat frame
  from X (1312 here), asserted as the saying is, aimed where X is aimed (else at the condition's subject). A past
  "did not hesitate to" reports the act itself and is left alone; a speaker who is not the act's doer ("China would
  not hesitate to attack Taiwan, analysts said") forecasts and threatens nothing (the frame's ``same_agent``).
* "Moscow said there would be consequences for Finland's decision", "... said Iran would pay a heavy price for its
  attack", "warned that Manila would face consequences if ...": the speaker's announcement of consequences, a price
  or a response that another will meet is a threat (130; "retaliation" 138) by the speaker, aimed at whoever meets
  them (the owner of what they are "for", the one who pays or faces them, else the condition's subject). With no
  one named to meet them it is no event ("the IMF said there would be consequences for growth").
* "Iran said it would retaliate against Israel", "China said it will take countermeasures against the United
  States", "would hit back": a retaliation announced by its doer is a threat (138 for force, by the threat frame
  otherwise), not a planned act; said by another ("Iran will retaliate, analysts said") it stays a forecast.
* "Iran warned it would respond with force if ...", "vowed to respond militarily": a threat whose complement is done
  with force is a threat of force (138), though the complement has no code of its own.
* "Guterres warned that humanity was one miscalculation away from annihilation": a warning of a present or past
  state, with no act, no modal, no one warned, no condition, no named subject and none of the warner's
  own in it, is a pessimistic comment (012), not a threat.
* "Ukraine warned that Russia was preparing a fresh assault": a warning that tells what a named party does or did is
  a threat only when that party is the warner's own side ("Beijing warned that China was ready to use force"); else
  the content is coded as reported (the frame's ``same_agent``, judged by the coder).
* "Maduro and Ali pledged not to threaten or use force against each other": a promise NOT to do harm is a promise
  to de-escalate (0356 for force, 0354 for economic measures, else 030), not a threat; "against each other" makes
  it mutual. A promise not to cooperate ("promised not to recognise Kosovo") is no intent to cooperate: not coded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import MutableMapping, Sequence

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    NEGATION_WORDS,
    SPEECH_VERBS,
    grammatical_subjects,
    is_condition,
    reporting_verb,
    speaker,
)
from detente.coding.rule_codes import CONDITIONAL_THREAT_ROOTS
from detente.coding.verbs import Frame, Lexicon
from detente.records.event import CameoCode

__all__ = ["stated_threats"]

PROMISSORY = frozenset({"will", "would", "'ll", "'d", "wo", "shall"})
"""Modals of what a speaker says will come ("wo" is the first part of "won't")."""
CONSEQUENCE_NOUNS = frozenset({
    "consequence", "repercussion", "retaliation", "reprisal", "response", "countermeasure", "price", "hell",
    "retribution", "punishment",
})
"""What a speaker says another will meet: "there would be consequences", "would pay a heavy price", "hell to pay"."""
MEETING_VERBS = frozenset({"pay", "face", "suffer", "bear"})
"""Verbs whose subject meets the consequences named as their object ("Iran would pay a heavy price", "would pay dearly")."""
INTENT_VERBS = frozenset({"pledge", "promise", "vow", "swear", "commit", "undertake", "agree", "assure"})
FORCE_WORDS = frozenset({
    "force", "attack", "strike", "war", "fire", "military", "weapon", "invade", "troop", "arm", "bomb", "missile",
    "nuclear", "hostility", "aggression", "violence", "shell",
})
ECONOMIC_THREAT_PREFIX = "131"
THREAT_ROOT = "13"
EACH_OTHER = frozenset({"each other", "one another"})


def stated_threats(tokens: Sequence[Token], found: MutableMapping[int, Candidate], lexicon: Lexicon,
                   folded: set[int] | None = None) -> None:
    """Rewrite and add to ``found`` (candidates keyed by scope index) the threats and promises this module's
    docstring describes; ``folded`` (the verbs that are another event's content) gives back what a warning of
    another's act may not fold."""
    threat = lexicon.frame_named("threat")
    if threat is None:
        return
    for key, cand in list(found.items()):
        unhesitating = _unhesitating(cand, found, threat) or _announced_retaliation(cand, found, threat)
        if unhesitating is not None:
            found[unhesitating.scope.i] = unhesitating
            if not unhesitating.same_agent:  # "said it would ...": the speaker's own act, the threat's content
                del found[key]
            continue
        state = _warned_state(cand)
        if state:
            # about whom: the places and actors named in the clause ("Sudan's war has set off ...": Sudan)
            named = tuple(t for c in state for t in c.subtree if t.pos_ == "PROPN")
            found[key] = dataclasses.replace(cand, code=CameoCode(PESSIMISTIC_COMMENT), same_agent=(),
                                             folds=frozenset(), targets=(named, *cand.targets))
            continue
        told = _told_of_another(cand)
        if told:
            # kept by the coder only when the one named is the warner's own side ("Beijing warned that China was
            # ready to use force"); else the content is coded as the report it is
            inner = {t.i for c in told for t in c.subtree
                     if not any(is_condition(a) for a in (t, *t.ancestors) if a.i != c.i and c.is_ancestor(a))}
            found[key] = dataclasses.replace(cand, same_agent=tuple(s for c in told for s in grammatical_subjects(c)),
                                             folds=frozenset(inner))
            if folded is not None:
                folded -= {i for i in inner if cand.scope.doc[i].pos_ in ("VERB", "AUX")}
            continue
        if _forceful(cand):
            found[key] = dataclasses.replace(cand, code=CameoCode(FORCE_THREAT))
            continue
        withheld = _promise_withheld(cand)
        if withheld is not None:
            found[key] = withheld
        elif _cooperation_withheld(cand):
            del found[key]
    for tok in tokens:
        if tok.i in found or tok.pos_ not in ("VERB", "AUX"):
            continue
        met = _consequences(tok, found, threat)
        if met is not None:
            found[tok.i] = met


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PROMISSORY for c in verb.children)


def _saying(verb: Token) -> Token | None:
    """The verb of saying ``verb`` is reported by: its governor ("said it would ...") or a parenthetical verb of
    saying hung on it ("Iran would ..., Tehran warned")."""
    report = reporting_verb(verb)
    if report is not None:
        return report
    return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i
                 and c.lemma_.lower() in SPEECH_VERBS), None)


SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "we", "i", "they"})


def _named(agent: tuple[Token, ...]) -> tuple[Token, ...]:
    """The doer the coder must find to be the speaker's own side: none to check when the doer is a personal pronoun
    ("Washington said it would ..."), which in reported speech is the speaker."""
    return () if all(t.lower_ in SPEAKER_PRONOUNS for t in agent) else agent


def _condition_subjects(verb: Token) -> tuple[Token, ...]:
    return tuple(t for c in verb.subtree if is_condition(c) for t in grammatical_subjects(c))


def _unhesitating(cand: Candidate, found: MutableMapping[int, Candidate], threat: Frame) -> Candidate | None:
    """The threat of "would not hesitate to X" for the candidate of X, or None."""
    verb = cand.scope
    if cand.kind not in ("verb", "light") or cand.code[:2] not in CONDITIONAL_THREAT_ROOTS or verb.dep_ != "xcomp":
        return None
    host = verb.head
    if (host.lemma_.lower() != "hesitate" or not _modal(host)
            or not any(c.dep_ == "neg" and c.lower_ in NEGATION_WORDS for c in host.children)):
        return None
    report, said_by = _saying(host), speaker(host)
    agent = tuple(grammatical_subjects(host))
    if report is None or said_by is None or not agent or report.i in found:
        return None
    code = threat.code_for(cand.code, verb.lemma_.lower())
    if code is None:
        return None
    # the speaker threatens only what its own side would do: "China would not hesitate to attack Taiwan, analysts
    # said" is a forecast (the coder keeps the frame only when the speaker and ``agent`` are one country, and
    # then does not code the act again)
    return Candidate(code=CameoCode(code), trigger=(report, host, *cand.trigger), scope=report,
                     sources=((said_by,),), targets=(*cand.targets, _condition_subjects(host)), specificity=2,
                     kind="frame", same_agent=_named(agent), folds=frozenset({verb.i}))


PESSIMISTIC_COMMENT = "012"
WARNING_VERBS = frozenset({"warn", "caution"})
OWN_WORDS = frozenset({"it", "they", "we", "i", "he", "she", "its", "their", "our", "my", "his", "her", "us"})
ANY_WORDS = frozenset({"any", "every", "anyone", "anybody", "whoever", "whatever"})


def _warned_state(cand: Candidate) -> list[Token]:
    """A warning of a state of affairs, with no act in it and no one warned ("Guterres warned that humanity was just
    one miscalculation away from nuclear annihilation", "The IMF warned that Egypt's debt had reached unsustainable
    levels"): a pessimistic comment (012), not a threat. What "will / would" come may be the warner's harm ("warned
    that Beirut would know no quiet") and stays a threat. A warning stays a threat when it names whom it warns ("warned NATO
    that ..."), when the warner's own side is in the clause ("warned it would ..."), when it sets a condition ("if
    the West sanctioned Iranian crude") or speaks of any who act ("any attempt ... would be treated as an act of
    war"), or when it names consequences ("there would be hell to pay") or force."""
    verb = cand.scope
    if cand.kind != "frame" or cand.code != "130" or verb.lemma_.lower() not in WARNING_VERBS or any(
            c.dep_ in ("dobj", "obj", "dative", "iobj") for c in verb.children):
        return []
    # the clause warned of, after the verb or fronted ("Sudan's war has set off the largest displacement crisis,
    # Grandi warned")
    contents = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not contents and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        contents = [verb.head]
    if not contents or any(a.dep_ == "aux" and a.tag_ == "MD" for c in contents for a in c.subtree):
        # "warned that the United States would start hitting ...", "Beirut would know no quiet": what is ahead may be
        # the warner's harm; "could amount to": a forecast (factuality_irrealis.forecast_warning)
        return []
    words = {t.lower_ for c in contents for t in c.subtree} | {t.lemma_.lower() for c in contents for t in c.subtree}
    subjects = [s for c in contents for s in grammatical_subjects(c)]
    if any(s.pos_ == "PROPN" for s in subjects):
        return []  # "Russia is preparing a new offensive, Zelensky warned": what a named other does (no event)
    own = {t.lower_ for s in subjects for t in s.subtree}
    if own & OWN_WORDS or words & (ANY_WORDS | CONSEQUENCE_NOUNS | FORCE_MANNERS):
        return []
    return [] if any(is_condition(t) for c in contents for t in c.subtree) else contents


def _told_of_another(cand: Candidate) -> list[Token]:
    """The clause of a warning that tells what a named party does or did ("Ukraine warned that Russia was preparing
    a fresh assault", "warned that North Korea has sent troops"): no modal, a tense of its own, every subject a
    proper name; empty for any other warning. The warner threatens nothing unless the one named is its own side."""
    verb = cand.scope
    if cand.kind != "frame" or not cand.code.startswith(THREAT_ROOT) or cand.same_agent \
            or verb.lemma_.lower() not in WARNING_VERBS or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return []
    contents = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")]
    for comp in contents:
        subjects = grammatical_subjects(comp)
        if (not subjects or any(a.dep_ == "aux" and a.tag_ == "MD" for a in comp.children)
                or (comp.tag_ not in ("VBD", "VBZ", "VBP")
                    and not any(a.dep_ in ("aux", "auxpass") for a in comp.children))
                or not all(s.pos_ == "PROPN" for s in subjects)
                or any(t.lower_ in OWN_WORDS for s in subjects for t in s.subtree)):
            return []
    return contents


FORCE_THREAT = "138"
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "pledge", "promise", "swear"})
FORCE_MANNERS = frozenset({"force", "militarily", "forcefully"})


def _forceful(cand: Candidate) -> bool:
    """A threat of no coded act whose complement is done "with force" or "militarily" ("warned it would respond with
    force if Israel attacked", "vowed to respond militarily"): a threat of force (138), not an unspecified one."""
    if cand.kind != "frame" or cand.code != "130" or cand.scope.lemma_.lower() not in THREAT_VERBS:
        return False
    for comp in (c for c in cand.scope.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "advmod" and c.lower_ in FORCE_MANNERS for c in comp.children) or any(
                p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() == "force"
                                                              for o in p.children) for p in comp.children):
            return True
    return False


RETALIATION_LEMMAS = frozenset({"retaliate", "countermeasure", "retaliation", "reprisal", "counterattack"})
"""Acts that answer another's ("would retaliate", "will take countermeasures"): announced ahead by their doer, a
threat whatever condition is said."""
BACK_VERBS = frozenset({"hit", "strike", "fight"})


def _announced_retaliation(cand: Candidate, found: MutableMapping[int, Candidate],
                           threat: Frame) -> Candidate | None:
    """The threat of "Iran said it would retaliate against Israel", "China said it will take countermeasures against
    the United States": a retaliation its doer announces with "will / would" is a threat (138 for a retaliation,
    by the threat frame from the act otherwise), asserted as the saying is; or None. Conditioned acts are the
    coder's conditional threats already."""
    verb = cand.scope
    if cand.kind not in ("verb", "light") or cand.code[:2] not in CONDITIONAL_THREAT_ROOTS or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemmas = {t.lemma_.lower() for t in cand.trigger}
    back = verb.lemma_.lower() in BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                     for c in verb.children)
    if not (lemmas & RETALIATION_LEMMAS or back) or not _modal(verb) or any(
            c.dep_ == "neg" or is_condition(c) for c in verb.children):
        return None
    report, said_by = _saying(verb), speaker(verb)
    agent = tuple(grammatical_subjects(verb))
    if report is None or said_by is None or not agent or report.i in found:
        return None
    lemma = "retaliation" if lemmas & {"retaliate", "retaliation", "reprisal"} or back else verb.lemma_.lower()
    code = threat.code_for(cand.code, lemma)
    if code is None:
        return None
    return Candidate(code=CameoCode(code), trigger=(report, *cand.trigger), scope=report, sources=((said_by,),),
                     targets=cand.targets, specificity=2, kind="frame", same_agent=_named(agent),
                     folds=frozenset({verb.i}))


def _promise_withheld(cand: Candidate) -> Candidate | None:
    """A promise not to do harm ("pledged not to use force"), read by the intent frame as a threat: a promise to
    de-escalate, or None."""
    verb = cand.scope
    if cand.kind != "frame" or not cand.code.startswith(THREAT_ROOT) or verb.lemma_.lower() not in INTENT_VERBS:
        return None
    contents = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if not contents or not all(any(n.dep_ == "neg" and n.lower_ in NEGATION_WORDS for n in c.children) for c in contents):
        return None
    words = {t.lemma_.lower() for c in contents for t in c.subtree}
    if words & FORCE_WORDS or cand.code.startswith("138"):
        code = "0356"
    elif cand.code.startswith(ECONOMIC_THREAT_PREFIX):
        code = "0354"
    else:
        code = "030"
    text = " ".join(t.lower_ for c in contents for t in c.subtree)
    mutual = any(pair in text for pair in EACH_OTHER)
    return dataclasses.replace(cand, code=CameoCode(code), mutual=cand.mutual or mutual)


INTENT_ROOT = "03"


def _cooperation_withheld(cand: Candidate) -> bool:
    """A promise not to cooperate ("Serbia promised not to recognise Kosovo", "pledged never to join NATO"): no intent
    to cooperate, which the intent frame would code from the complement, and no event of CAMEO's own."""
    verb = cand.scope
    if cand.kind != "frame" or not cand.code.startswith(INTENT_ROOT) or verb.lemma_.lower() not in INTENT_VERBS:
        return False
    contents = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return bool(contents) and all(any(n.dep_ == "neg" and n.lower_ in NEGATION_WORDS for n in c.children)
                                  for c in contents)


def _consequences(verb: Token, found: MutableMapping[int, Candidate], threat: Frame) -> Candidate | None:
    """The threat of "there would be consequences for X" or "X would pay a price" said by a speaker, or None."""
    if not _modal(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    met: list[Token] = []
    if lemma == "be" and any(c.dep_ == "expl" for c in verb.children):
        nouns = [c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in CONSEQUENCE_NOUNS]
        for noun in nouns:  # "consequences for Finland's decision": Finland, else the decision's own words
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "against")):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    met += [c for c in pobj.children if c.dep_ == "poss"] or [pobj]
    elif lemma in MEETING_VERBS:
        nouns = [c for c in verb.children if (c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CONSEQUENCE_NOUNS)
                 or (lemma == "pay" and c.dep_ == "advmod" and c.lower_ == "dearly")]
        if nouns:
            met = [s for s in grammatical_subjects(verb) if s.lower_ not in ("we", "i", "us")]
    else:
        return None
    if not nouns:
        return None
    report = _saying(verb)
    said_by = speaker(verb)
    if report is None or said_by is None or (report.i in found and found[report.i].kind == "frame"):
        return None
    code = threat.code_for(None, nouns[0].lemma_.lower())
    if code is None:
        return None
    return Candidate(code=CameoCode(code), trigger=(report, nouns[0]), scope=report, sources=((said_by,),),
                     targets=(tuple(met), _condition_subjects(verb)), needs_target=True, specificity=2,
                     kind="frame")
