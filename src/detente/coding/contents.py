"""What an event's content is: verbs and nouns inside what a document says, what an appeal, demand or threat
asks, what a protest is for, and the toll of an attack. These are part of another event, not events of their own,
so candidate finding folds them.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    direct_objects,
    grammatical_subjects,
    to_infinitive,
)
from detente.coding.frame_slips import rejoined_complements
from detente.coding.rule_codes import FORCE_ROOTS
from detente.coding.sending import HELPING_VERBS
from detente.coding.stated_threats import stated_threats
from detente.coding.verbs import Lexicon, expand_quantity

TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
"""Verbs that give the toll of an attack: "bombed a gathering, killing more than 100 people"."""



TOLL_CODES = frozenset({"145"})
"""Single codes outside :data:`~detente.coding.rule_codes.FORCE_ROOTS` whose "killing ..." participle is their toll: a violent riot ("set fire
to the parliament building, killing at least three people trapped inside": the deaths are the fire's, not a killing
of their own; nineteenth round)."""


ATTACK_NOUNS = frozenset({
    "attack", "bombing", "bomb", "strike", "airstrike", "raid", "shelling", "blast", "ambush", "assault",
    "shooting", "offensive", "bombardment", "barrage", "massacre",
})
"""Nouns of attacks whose relative clause "that/which killed ..." gives their toll, not an act of its own."""


def of_attack(noun: Token, lexicon: Lexicon) -> bool:
    """True when ``noun`` is an attack ("the bombing that killed"), or a place in an attack's phrase that the parser
    hung a relative clause on ("the bombing at a checkpoint in Mogadishu, which killed")."""
    for _ in range(4):
        entry = lexicon.match_noun(noun) if noun.pos_ == "NOUN" else None
        if noun.lemma_.lower() in ATTACK_NOUNS or (entry is not None and entry.code[:2] in FORCE_ROOTS):
            return True
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "in", "near", "on", "inside", "outside"):
            return False
        noun = prep.head
        if noun.pos_ in ("VERB", "AUX"):  # "claimed the bombing at a checkpoint in Lebanon, which killed": on the verb
            return any(of_attack(obj, lexicon) for obj in direct_objects(noun) if obj.dep_ in ("dobj", "obj"))
    return False


DOCUMENT_NOUNS = frozenset({
    "agreement", "accord", "deal", "treaty", "pact", "protocol", "memorandum", "convention", "resolution", "plan",
    "proposal", "initiative", "roadmap", "framework", "bill", "law", "decree", "draft", "package", "offer",
    "ultimatum", "motion", "charter", "appeal", "call", "request", "demand", "invitation", "bid", "plea",
    "decision",
})
"""Documents, proposals and requests: an infinitive, aim clause or "for"-gerund on them is their content ("an
agreement to restore ties", "rejected a UN appeal for deploying troops")."""


AIMING_VERBS = frozenset({"aim", "seek", "intend", "call", "propose", "envisage", "envision", "provide", "require",
                          "demand", "urge", "allow", "would"})


def taken_decision(noun: Token) -> bool:
    """True for a decision owned by who took it ("condemned the Taliban's decision to bar women from universities",
    "defended their decision to leave"): what was decided is reported as done by the owner, an event of its own, not
    the content of a text as a proposal's or plan's is (nineteenth round)."""
    return noun.lemma_.lower() == "decision" and any(c.dep_ == "poss" for c in noun.children)


def document_contents(verb: Token) -> set[int]:
    """The verbs that spell out what an agreement, plan or proposal the event acts on says: "signed an agreement
    to restore diplomatic relations" (the restoring is the agreement's content, not a second event), "will support
    a resolution that aims to tighten sanctions". The act on the document is the event (CAMEO codes the signing,
    the support, the rejection)."""
    out: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        noun = expand_quantity(obj)
        if noun.lemma_.lower() not in DOCUMENT_NOUNS or taken_decision(noun):
            continue
        gerunds = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "on", "of")
                   for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
        for clause in [*noun.children, *gerunds]:
            # "a resolution calling for humanitarian pauses", "a bill banning foreign funding": a participle too
            infinitive = clause.dep_ == "acl" and (clause.tag_ == "VBG" or to_infinitive(clause))
            # "a resolution that aims to tighten sanctions", "a resolution that would have imposed sanctions"
            aims = clause.dep_ == "relcl" and (clause.lemma_.lower() in AIMING_VERBS or any(
                c.dep_ == "aux" and c.lower_ in ("would", "could") for c in clause.children))
            if clause.pos_ in ("VERB", "AUX") and (infinitive or aims or clause in gerunds):
                out.update(t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX"))
        # "signed a deal to boost trade": the parser may hang the document's infinitive on the verb as a purpose
        for clause in verb.children:
            if (clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and clause.i > noun.i
                    and to_infinitive(clause)
                    and not grammatical_subjects(clause)):
                out.update(t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX"))
    return out


CONTENT_ROOTS = frozenset({"02", "10", "13"})
"""Appeals, demands and threats (ultimatums): acts whose infinitive is what they ask for."""


def asked_infinitive(clause: Token) -> bool:
    """A subjectless "to"-infinitive on a verb that the parser read as a purpose clause (advcl) or complement."""
    return (clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and clause.i > clause.head.i
            and to_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def asked_verbs(clause: Token) -> list[Token]:
    """The verbs of what an infinitive asks for, less the conditions inside it ("to withdraw if Kyiv attacks": the
    condition is an event of its own, as under a frame)."""
    out = [clause]
    for child in clause.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" for m in child.children):
            continue
        out.extend(t for t in child.subtree if t.pos_ in ("VERB", "AUX"))
    return out


PROTEST_ROOT = "14"


DEMANDING_VERBS = frozenset({"demand", "press", "call", "urge", "seek", "protest", "push", "appeal"})


def protest_purposes(verb: Token) -> list[Token]:
    """The clauses saying what a protest demands ("staged demonstrations to demand reforms", "blocked roads to
    press their demands", "demonstrated calling for independence"): the protest's content (CAMEO codes a
    demonstration by what it is for), not demands of their own."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > verb.i
            and c.lemma_.lower() in DEMANDING_VERBS
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]


def clause_of(noun: Token) -> int:
    """The index of the verb whose clause ``noun`` belongs to (-1 when none): a noun inside what a document says
    ("a resolution that aims to tighten sanctions") is part of that content, not an event of its own."""
    node = noun
    for _ in range(8):
        if node.head.i == node.i:
            return -1
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i
    return -1


WARNING_VERBS = frozenset({"warn", "caution", "advise", "counsel", "urge", "admonish"})
"""Verbs whose "against" phrase names the act warned or advised against: "warned Israel against attacking Rafah",
"advised its citizens against travel to Japan". That act is what the warning says, not an event of its own."""


def warned_against(verb: Token) -> list[Token]:
    """The gerunds and nouns of the act ``verb`` warns or advises against ("against attacking Rafah", "against a
    ground offensive"); empty when ``verb`` is no warning or has no "against" phrase."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in WARNING_VERBS:
        return []
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
            for g in p.children if g.dep_ in ("pcomp", "pobj")]


def fold_contents(tokens: Sequence[Token], found: MutableMapping[int, Candidate], lexicon: Lexicon,
                  folded: set[int], lemmas: Sequence[str] | None = None) -> set[int]:
    """Add to ``folded`` the verbs that are the toll or content of the events ``found`` (keyed by scope index), and
    return the verbs of what documents and protests say (nouns in those clauses are not coded either).

    ``lemmas`` (lower-cased, one per token) lets the token walks skip at once the words no rule here starts from.
    """
    contents: set[int] = set()
    if lemmas is None:
        lemmas = [tok.lemma_.lower() for tok in tokens]
    # "said it would not hesitate to impose sanctions", "said there would be consequences for ...": a threat stated
    # in reported speech, whose harm is its content (round twenty-eight)
    stated_threats(tokens, found, lexicon, folded)
    # "promised after talks in Istanbul to scale back ...": the infinitive is the frame's complement
    rejoined_complements(found, lexicon)
    starts = [tok for tok, lemma in zip(tokens, lemmas, strict=True) if lemma in WARNING_VERBS or lemma in TOLL_VERBS]
    for tok in (t for t in starts if t.lemma_.lower() in WARNING_VERBS):
        for act in warned_against(tok):
            # "warned Israel against attacking Rafah": the attack is what is warned against; "advised against travel
            # to Japan": neither is the travel (nouns there are folded by their own index)
            contents.update(t.i for t in act.subtree if t.pos_ in ("VERB", "AUX"))
            folded.update(t.i for t in act.subtree if t.pos_ in ("NOUN", "PROPN"))
    for tok in starts:  # "the truck bombing at a checkpoint in Mogadishu, which killed at least 79 people"
        if tok.dep_ == "relcl" and tok.lemma_.lower() in TOLL_VERBS and of_attack(tok.head, lexicon):
            folded.add(tok.i)
    for cand in found.values():
        if cand.code[:2] in FORCE_ROOTS or cand.code[:3] in TOLL_CODES:  # "bombed a gathering, killing more than 100 people": the toll
            # "police opened fire to disperse demonstrators, killing one": the toll may hang on the uncoded verb
            # whose purpose the act is
            hosts = [cand.scope, *([cand.scope.head] if cand.scope.dep_ in ("advcl", "xcomp")
                                   and cand.scope.head.i not in found else [])]
            folded.update(c.i for h in hosts for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in TOLL_VERBS and c.i != cand.scope.i)
        contents.update(document_contents(cand.scope))
        if cand.code[:2] in CONTENT_ROOTS:
            # "gave Putin 50 days to agree to a ceasefire", "gave Iran a week to free the sailors": the infinitive the
            # parser hangs on an ultimatum, demand or appeal as a purpose clause is what is asked, not a second act
            folded.update(t.i for c in cand.scope.children if asked_infinitive(c)
                          for t in asked_verbs(c))
        # "sent doctors to Italy to help fight the coronavirus": helping (and what it helps do) is what the sending
        # is for, not a second act
        for helping in (c for c in cand.scope.children if c.dep_ == "advcl" and c.lemma_.lower() in HELPING_VERBS
                        and to_infinitive(c)
                        and not grammatical_subjects(c)):
            folded.add(helping.i)
            folded.update(c.i for c in helping.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
        if cand.code.startswith(PROTEST_ROOT):
            # "staged a strike to press for higher wages": the purpose is the protest's content; a participle
            # ("marched through Lima, demanding the resignation of the president") is a demand made as well
            contents.update(t.i for c in protest_purposes(cand.scope) if c.tag_ != "VBG"
                            for t in c.subtree if t.pos_ in ("VERB", "AUX"))
    folded |= contents
    return contents
