"""Event candidates (stage 4): which tokens of a sentence express an event, and which tokens fill its slots.

A candidate is the lexicon's reading of one trigger before actors are resolved: its CAMEO code, the
words that express it, and source/target tokens in tiers (the first tier that resolves wins).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from detente.coding.bare_attendance import ATTEND_LEMMAS, bare_attendance
from detente.coding.candidate import Candidate
from detente.coding.clauses import between_parties, direct_objects, prep_objects
from detente.coding.contents import clause_of, fold_contents
from detente.coding.demand_nouns import (
    DEMAND_NOUNS,
    demand_noun_candidate,
    owned_accusation,
    stated_accusation,
)
from detente.coding.fighting_between import FIGHTING, FIGHTING_NOUNS, fighting_sides
from detente.coding.frame_candidates import (
    condition_clauses,
    no_reason_not_to,
    noun_frame,
    predicate_candidate,
)
from detente.coding.headlines import (
    mapped_back,
    repaired_finite_modifier,
    repaired_headline,
    repaired_modal_question,
    repaired_name_subject,
    repaired_reduced_clause,
    repaired_title_participle,
)
from detente.coding.natural_causes import natural_cause
from detente.coding.noun_candidates import (
    characterized_act,
    joined_candidate,
    joiners_of,
    noun_candidate,
    with_hung_targets,
)
from detente.coding.or_else import deadline_or_else, or_else_consequences, or_else_threat
from detente.coding.promised_as import promised_as
from detente.coding.relative_antecedents import rehung_relative
from detente.coding.releases_won import GETTING_VERBS, release_won
from detente.coding.requests_granted import REQUEST_NOUNS, granted_request
from detente.coding.sending import SENDING_VERBS, fighting_for_candidate
from detente.coding.verb_candidates import misread_plural, verb_candidate
from detente.coding.verb_slips import attributive_gerund, misread_verb, talk_of
from detente.coding.verbs import Lexicon
from detente.coding.visits import EXPECTED_WORDS, expected_visit
from detente.records.event import CameoCode

__all__ = ["find_candidates"]


def find_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Every event candidate of ``sent``: verbs first (they may consume their object nouns), then nouns.

    The complement of a frame ("urged Iran *to negotiate*", "is ready *to meet*") is part of the
    frame's event and is not coded again; nor is any other event's content (:mod:`detente.coding.contents`).
    """
    headline = (repaired_headline(sent, lexicon) or repaired_reduced_clause(sent, lexicon)
                or repaired_modal_question(sent, lexicon) or repaired_title_participle(sent, lexicon)
                or repaired_finite_modifier(sent) or repaired_name_subject(sent, lexicon)
                or rehung_relative(sent, lexicon))
    if headline is not None:  # "Russia, Ukraine swap prisoners": the clause the parser read as a noun phrase
        return [mapped_back(c, sent) for c in find_candidates(headline, lexicon)]
    found: dict[int, Candidate] = {}
    consumed: set[int] = set()  # nouns a verb reads as its own object ("imposed sanctions")
    folded: set[int] = set()  # verbs that are part of another event's content
    tokens = list(sent)  # walked several times below: build the Token objects once
    # each walk reads the same attributes (string look-ups on the doc): read them once, and let each rule below
    # visit only the tokens it can start from (its own first test, made here on the cached value)
    lemmas = [tok.lemma_.lower() for tok in tokens]
    tags = [tok.pos_ for tok in tokens]
    _verbs_and_predicates(tokens, lemmas, tags, lexicon, found, consumed, folded)
    _clause_readings(tokens, lemmas, tags, lexicon, found, consumed, folded)
    contents = fold_contents(tokens, found, lexicon, folded, lemmas)
    nouns = [tok for tok, pos in zip(tokens, tags, strict=True) if pos == "NOUN"]
    # "Russia's threat to use nuclear weapons against Ukraine": the infinitive is what the noun frames
    framed = {tok.i: f for tok in nouns if tok.i not in consumed and (f := noun_frame(tok, lexicon)) is not None}
    for _, content, _ in framed.values():
        kept = {t.i for c in condition_clauses(content) for t in c.subtree}
        folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept)
    out = [c for i, c in found.items() if i not in folded and not natural_cause(c)]
    # "demanded that Canada release Meng or face grave consequences": the alternative is the asker's threat
    out += [t for c in list(out) if (t := or_else_threat(c, lexicon)) is not None]
    out = or_else_consequences(out, lexicon)  # "..., or his fighters would resume their attacks": the ultimatum's
    out += [left for c in list(out) if (left := recognition_left(c)) is not None]
    # "could stop sending weapons to Ukraine, as Georgescu has promised his voters it would": the promiser's threat
    scopes = {c.scope.i for c in out}
    out += [p for c in list(out) if (p := promised_as(c, lexicon)) is not None and p.scope.i not in scopes]
    out += _nominals(tokens, tags, nouns, lexicon, consumed, folded, contents, framed)
    return [deadline_or_else(mediated_between(c)) for c in out]


MEDIATION_CODES = frozenset({"039", "045"})


def mediated_between(cand: Candidate) -> Candidate:
    """A mediation named by a noun "between" its parties ("Qatar's mediation between Israel and Hamas", "the
    mediation between Israel and Hamas by Qatar"): the mediator (its owner or "by" phrase) is the source, and the
    parties are its targets, all of them, never a source (twenty-third round)."""
    if cand.code not in MEDIATION_CODES or cand.kind != "noun":
        return cand
    parties = between_parties(cand.scope)
    if not parties:
        return cand
    taken = {p.i for p in parties}
    sources = tuple(tuple(t for t in tier if t.i not in taken) for tier in cand.sources)
    return dataclasses.replace(cand, sources=sources, targets=(tuple(parties), *cand.targets))


RECOGNITION_CODE = "054"
TIES_CUT_CODE = CameoCode("161")
SWITCHING_VERBS = frozenset({"switch", "shift", "transfer", "move", "change"})


def recognition_left(cand: Candidate) -> Candidate | None:
    """The ties cut with the side a recognition is switched away from: "Solomon Islands switched diplomatic
    recognition from Taipei to Beijing" recognises Beijing (054) and breaks with Taipei (161), two events (nineteenth
    round); None for any other candidate."""
    verb = cand.scope
    if cand.code != RECOGNITION_CODE or cand.kind == "noun" or verb.lemma_.lower() not in SWITCHING_VERBS:
        return None
    left = prep_objects([verb, *direct_objects(verb)], frozenset({"from"}))
    if not left:
        return None
    return dataclasses.replace(cand, code=TIES_CUT_CODE, targets=(tuple(left),), needs_target=True)


def _verbs_and_predicates(tokens: list[Token], lemmas: list[str], tags: list[str], lexicon: Lexicon,
                          found: dict[int, Candidate], consumed: set[int], folded: set[int]) -> None:
    """The lexicon's verbs (patterns, frames, light verbs) and predicate frames ("is ready to")."""
    for tok, lemma, pos in zip(tokens, lemmas, tags, strict=True):
        # the lexicon look-up first: misread_verb walks the children of every noun
        if (lexicon.has_verb(lemma) and (pos == "VERB" or misread_verb(tok)) and not misread_plural(tok)
                and not attributive_gerund(tok)):
            cand = verb_candidate(tok, lexicon, consumed, folded)
            if cand is not None:
                found[tok.i] = cand
        elif pos in ("ADJ", "NOUN") and lexicon.predicate_frame(tok) is not None:
            cand = predicate_candidate(tok, lexicon, consumed, folded)
            if cand is not None:
                found[tok.i] = cand


def _clause_readings(tokens: list[Token], lemmas: list[str], tags: list[str], lexicon: Lexicon,
                     found: dict[int, Candidate], consumed: set[int], folded: set[int]) -> None:
    """Events that a construction states rather than one lexicon word: "had no reason not to", "is expected in",
    "sent soldiers to fight for", "its demand that", "fighting between", an owned accusation consumed by a denial.
    Each pass runs over the whole sentence in turn, so that an earlier reading keeps its token; each visits only the
    tokens whose lemma (or tag) its rule starts from."""
    words = list(zip(tokens, lemmas, tags, strict=True))
    for tok in (t for t, lemma, _ in words if lemma == "reason"):
        willing = no_reason_not_to(tok, lexicon)
        if willing is not None and tok.i not in found:
            found[tok.i], content = willing
            kept = {t.i for c in condition_clauses(content) for t in c.subtree}  # a condition stays an event of its own
            folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept)
    for tok in (t for t, lemma, _ in words if lemma == "be" or lemma in EXPECTED_WORDS):
        expected = expected_visit(tok)
        if expected is not None and tok.i not in found:
            found[tok.i] = expected
    for tok in (t for t, lemma, pos in words if pos == "VERB" and lemma in ATTEND_LEMMAS):
        attended = bare_attendance(tok) if tok.i not in found else None
        if attended is not None:  # "Kenya will host AU leaders in Nairobi, and Macron will attend"
            found[tok.i] = attended
    for tok in (t for t, lemma, pos in words if pos == "VERB" and lemma in SENDING_VERBS):
        sent_to_fight = fighting_for_candidate(tok)
        if sent_to_fight is not None:
            found[tok.i], purpose = sent_to_fight
            folded.update(t.i for t in purpose.subtree if t.pos_ in ("VERB", "AUX"))
    for tok in (t for t, lemma, _ in words if lemma in GETTING_VERBS):
        won = release_won(tok) if tok.i not in found else None
        if won is not None:  # "Will Paris ever get its man back from Bamako?": Bamako releases him to Paris
            found[tok.i] = won
            consumed.update(t.i for t in won.trigger)
    for tok in (t for t, lemma, pos in words if pos == "NOUN" and lemma in DEMAND_NOUNS):
        # "reiterated its demand that Israel ease restrictions", "brushed aside Seoul's demand that it withdraw the
        # curbs": a named demand with its "that" clause is a demand made of that clause's subject
        demanded = demand_noun_candidate(tok, lexicon)
        if demanded is not None and tok.i not in found:
            found[tok.i], content = demanded
            consumed.add(tok.i)
            folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX"))
    for tok in (t for t, lemma, _ in words if lemma in FIGHTING_NOUNS or t.lower_ in FIGHTING_NOUNS):
        # (a sentence-initial "Fighting" read as a verb has no subject: the "between" phrase names its sides)
        bare = tok.i not in found or not any(found[tok.i].sources)
        sides = fighting_sides(tok) if bare and tok.i not in consumed else None
        if sides is not None:  # "fighting between the army and Fano militiamen": each side fights the other
            found[tok.i] = Candidate(code=FIGHTING, trigger=(tok,), scope=tok, sources=(tuple(sides),),
                                     targets=((),), kind="noun", mutual=True)
    for tok in (t for t, lemma, pos in words if pos == "NOUN" and lemma in REQUEST_NOUNS):
        # "sent instructors to the Central African Republic at Bangui's request": Bangui asked Russia (020)
        requested = granted_request(tok) if tok.i not in found and tok.i not in consumed else None
        if requested is not None:
            found[tok.i] = requested
            consumed.add(tok.i)
    for tok in (t for t, _, pos in words if pos == "NOUN"):  # an accusation is a noun (demand_nouns._accusation)
        # "The Kremlin brushed aside Warsaw's accusation that Russian intelligence had ordered the blast": the
        # accusation the rejection consumes is Warsaw's own act as well
        if tok.i in consumed and tok.i not in found:
            accused = owned_accusation(tok, lexicon)
            if accused is not None:
                found[tok.i] = accused
        # "Somalia's accusation that Ethiopia had annexed its territory alarmed the AU": what is alleged is no event
        stated = stated_accusation(tok, lexicon) if tok.i not in consumed and tok.i not in found else None
        if stated is not None:
            found[tok.i], content = stated
            consumed.add(tok.i)
            folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX"))


UNDER_STATES = frozenset({"occupation", "siege", "blockade"})
"""Acts that "under" makes a state lived in or a time: "drafted under the American occupation", "a city under siege"."""


def lived_under(tok: Token) -> bool:
    """``tok`` is an occupation, siege or blockade after "under" ("the constitution, drafted under the American
    occupation", "Gaza, under Israeli blockade since 2007"): a condition something was in or was done in, no act
    the sentence reports (eighteenth round)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.lemma_.lower() in UNDER_STATES


def _nominals(tokens: list[Token], tags: list[str], nouns: list[Token], lexicon: Lexicon, consumed: set[int],
              folded: set[int], contents: set[int],
              framed: dict[int, tuple[CameoCode, Token, list[Token]]]) -> list[Candidate]:
    """The event nouns no verb consumed and no other event's content holds (a framing noun coded by what it frames),
    and those who join an act so named."""
    out: list[Candidate] = []
    # "Israel's offensive in Gaza amounts to genocide": the act so named is the one event, coded by its name
    characterized = {act.i for tok in nouns if (act := characterized_act(tok)) is not None
                     and lexicon.match_noun(tok) is not None}
    for tok in (t for t, pos in zip(tokens, tags, strict=True) if pos in ("NOUN", "PROPN")):
        # "demanded that Israel halt its offensive in Rafah", "threatened to launch an offensive in its war with
        # Iraq": a nominal inside what is demanded, threatened or alleged is part of that content, as a verb there
        # is; one that times the clause ("during his visit") is not
        if (tok.i in consumed or tok.i in folded or tok.dep_ == "compound"
                or tok.i in characterized or talk_of(tok) or lived_under(tok)):
            continue
        clause = clause_of(tok)
        inside_content = clause in folded and not (tok.dep_ == "pobj" and tok.head.lower_ in ("during",))
        if clause not in contents and not inside_content:
            entry = lexicon.match_noun(tok)
            if entry is not None:
                own = noun_candidate(tok, entry)
                if tok.i in framed:
                    code, _, targets = framed[tok.i]
                    own = dataclasses.replace(own, code=code, targets=(tuple(targets), *own.targets))
                out.append(own)
                joiners = joiners_of(tok)
                if joiners:
                    out[-1] = with_hung_targets(own, tok, entry)
                    out.append(joined_candidate(tok, entry, joiners))
    return out
