"""Event candidates (stage 4): which tokens of a sentence express an event, and which tokens fill its slots.

A candidate is the lexicon's reading of one trigger before actors are resolved: its CAMEO code, the
words that express it, and source/target tokens in tiers (the first tier that resolves wins).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.coding.aid_owners import owning_receivers
from detente.coding.clauses import (
    OBJECT_CONTROL,
    coordinated,
    datives,
    direct_objects,
    for_subject,
    grammatical_subjects,
    is_passive,
    participle_subject,
    prep_objects,
    question_passive_subject,
    subjects,
)
from detente.coding.decisions import is_decision_to_act
from detente.coding.fighting_between import FIGHTING, fighting_sides
from detente.coding.mass_violence import mass_code
from detente.coding.verb_slips import misread_verb
from detente.coding.verbs import QUANTITY_NOUNS, Lexicon, NounEntry, VerbMatch, expand_quantity
from detente.records.event import CameoCode

__all__ = ["AGENTIVE_GOVERNORS", "Candidate", "find_candidates", "presence", "protest_purposes", "proxy_send",
           "visitors"]

RECEIVING_VERBS = frozenset({"use", "receive", "get", "deploy", "obtain", "acquire", "buy", "operate", "fire",
                             "launch", "purchase", "import"})
"""Verbs whose subject, in a relative clause on transferred goods, is their recipient:
"supplied drones that Russia used" -> Russia received the drones."""

AGENTIVE_GOVERNORS = frozenset({
    "consider", "plan", "order", "prepare", "authorize", "authorise", "approve", "weigh", "mull", "announce",
    "begin", "start", "continue", "resume", "intensify", "escalate", "threaten", "propose", "offer", "seek",
    "promise", "pledge", "vow", "launch", "conduct", "carry", "stage", "mount", "deny", "halt", "suspend", "end",
    "step", "expand", "extend", "tighten", "impose", "hold", "want", "attempt", "try", "adopt", "pass", "agree",
})
"""Verbs whose subject is also the agent of the event noun they take as object:
"Israel is considering strikes on Iran" -> Israel strikes."""

NATURAL_CAUSES = frozenset({
    "crash", "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "flooding",
    "fire", "wildfire", "blaze", "accident", "collision", "disease", "virus", "pandemic", "epidemic", "drought",
    "heatwave", "landslide", "mudslide", "avalanche", "tsunami", "eruption", "famine", "outbreak", "explosion",
    "rain", "rainfall", "downpour", "monsoon", "snow", "snowfall", "snowstorm", "blizzard", "hailstorm", "heat",
    "deluge", "torrent", "gale", "wind", "lightning", "sandstorm", "frost", "mudflow",
})
"""Subjects that are no actor: an event verb with one of these as subject is no political event."""

EXCHANGE_VERBS = frozenset({"swap", "exchange", "trade"})
"""Verbs of an act each side does to the other ("agreed to swap prisoners")."""
DEMAND_NOUNS = frozenset({"demand", "call", "insistence", "ultimatum"})
"""Nouns of a demand whose "that" clause says what is demanded ("its demand that Israel ease restrictions")."""
DEMAND_ROOT = "10"
AID_ROOT = "07"
OFFENCE_PREPS = frozenset({"for", "of", "with", "over"})
"""Prepositions that bring the reason or the thing given after a verb's object ("blamed Putin for the death of
Navalny", "accused Iran of attacks on shipping", "supplied Ukraine with arms"), not a second target."""

TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
"""Verbs that give the toll of an attack: "bombed a gathering, killing more than 100 people"."""
TOLL_ROOTS = frozenset({"17", "18", "19", "20"})
"""Coercion, assaults, fighting and mass violence: acts with a death toll, whose "killing ..." participle or
killing noun gives that toll rather than a second act."""
ATTACK_NOUNS = frozenset({
    "attack", "bombing", "bomb", "strike", "airstrike", "raid", "shelling", "blast", "ambush", "assault",
    "shooting", "offensive", "bombardment", "barrage", "massacre",
})
"""Nouns of attacks whose relative clause "that/which killed ..." gives their toll, not an act of its own."""

CLAIM_PREFIX = "015"
"""Claims of responsibility: their target is the target of the act claimed."""
CLAIMED_ACT_PREPS = frozenset({"on", "against", "at", "in", "into"})

ALLEGATION_PREFIX = "112"
"""Accusations (CAMEO 112): coded as the accusation, not as the act alleged."""

_FRAME_OWN_PREPS = frozenset({"on", "upon", "to", "with"})
HELPING_VERBS = frozenset({"help", "assist"})
LAUNCHING_VERBS = frozenset({"fire", "launch", "lob", "shoot", "drop"})
IMPACT_VERBS = frozenset({"hit", "strike", "land", "slam", "crash", "explode"})
WEAPON_CODES = {"missile": "195", "rocket": "195", "drone": "195", "projectile": "195", "bomb": "195",
                "shell": "194"}
"""A weapon fired that a relative clause says hit something ("the missile that hit its territory was fired by
Russia"): an attack on what it hit by whoever fired it (aerial weapons 195, artillery 194)."""
"""Verbs whose complement is what the help consists of ("to help train pilots", "to help rebuild Gaza")."""
CONDITION_MARKS = frozenset({"if", "unless", "should"})
"""Marks of a condition clause: "would retaliate if Israel attacked" (the condition is not what is threatened)."""
_ADDRESSEE_FRAMES = frozenset({"appeal", "demand", "allegation", "insist"})
"""Frames aimed at the subject of their clause complement: "demanded that Israel withdraw", "alleged that Iran had
armed the rebels"."""
PLAIN_TARGET_PREPS = frozenset({"to", "against", "at", "on", "with"})
"""Prepositions that name whom an act without a code of its own is aimed at (used for frames' complements)."""
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
SENDING_VERBS = frozenset({"send", "dispatch", "deploy"})
HELPING_VERBS = frozenset({"help", "assist"})
"""Verbs whose bare-infinitive complement is the helper's own purpose ("sent troops to help defend X")."""
FIGHTING_VERBS = frozenset({"fight", "battle"})
MILITARY_AID = "072"
JOINING_VERBS = frozenset({"join", "rejoin"})
"""Verbs whose subject takes part in the act their object names ("joined Israel's attacks on Iran")."""
PROTEST_ROOT = "14"
DEMANDING_VERBS = frozenset({"demand", "press", "call", "urge", "seek", "protest", "push", "appeal"})
REFUSAL_ROOT = "12"
OWNER_PREPS = frozenset({"by", "from"})
"""Prepositions that name whose proposal, appeal or ultimatum a noun is: "calls by Belarus's rulers",
"an appeal from President Gbagbo"."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One possible event: code, trigger words, and the tokens that may fill its slots.

    ``sources``/``targets`` are tiers: the coder uses the first tier in which some token resolves
    to an actor. ``scope`` is the token whose context decides factuality (a light verb for its noun).
    """

    code: CameoCode
    trigger: tuple[Token, ...]
    scope: Token
    sources: tuple[tuple[Token, ...], ...]
    targets: tuple[tuple[Token, ...], ...]
    needs_target: bool = False
    specificity: int = 1
    inherited: bool = False
    kind: str = "verb"  # "verb", "light", "frame", "noun"
    mutual: bool = False
    """A joint act ("exchanged fire", "trained together"): coordinated sources act on each other."""
    presupposed: bool = False
    """A definite nominal named with its agent ("Russia's invasion of Ukraine"): its factuality is its own."""
    name_modifiers: tuple[Token, ...] = ()
    """Proper names compounded before a nominal event ("the Hamas attack"): its agent when they name a
    group, person or organisation (a country or place there is as often the target: "the Iran sanctions")."""
    same_agent: tuple[Token, ...] = ()
    """For a frame whose complement comes first ("Iran would retaliate ..., Tehran warned"): the complement's
    subject, which must be the same country as the source, else the source only reports what another would do."""
    folds: frozenset[int] = frozenset()
    """With ``same_agent``: the token indices of the complement's events, not coded again when the frame is kept."""


def find_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Every event candidate of ``sent``: verbs first (they may consume their object nouns), then nouns.

    The complement of a frame ("urged Iran *to negotiate*", "is ready *to meet*") is part of the
    frame's event and is not coded again.
    """
    found: dict[int, Candidate] = {}
    consumed: set[int] = set()
    folded: set[int] = set()
    tokens = list(sent)  # walked five times below: build the Token objects once
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if (tok.pos_ == "VERB" or misread_verb(tok)) and lexicon.has_verb(lemma) and not _misread_plural(tok):
            cand = _verb_candidate(tok, lexicon, consumed, folded)
            if cand is not None:
                found[tok.i] = cand
        elif tok.pos_ in ("ADJ", "NOUN") and lexicon.predicate_frame(tok) is not None:
            cand = _predicate_candidate(tok, lexicon, consumed, folded)
            if cand is not None:
                found[tok.i] = cand
    for tok in tokens:
        willing = _no_reason_not_to(tok, lexicon)
        if willing is not None and tok.i not in found:
            found[tok.i], content = willing
            kept = {t.i for c in _conditions(content) for t in c.subtree}  # a condition stays an event of its own
            folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept)
    for tok in tokens:
        expected = _expected_visit(tok)
        if expected is not None and tok.i not in found:
            found[tok.i] = expected
    for tok in tokens:
        # "Pyongyang could send thousands more soldiers to fight for Russia": troops sent to fight for another are
        # military aid to it (072); the fighting is what they are sent for, not an act of the sender's
        fought_for = _fighting_for(tok)
        if fought_for is not None:
            purpose, helped = fought_for
            sources, inherited = subjects(tok)
            found[tok.i] = Candidate(code=CameoCode(MILITARY_AID), trigger=(tok, purpose), scope=tok,
                                     sources=(tuple(sources),), targets=((helped,),), specificity=3,
                                     inherited=inherited, kind="verb")
            folded.update(t.i for t in purpose.subtree if t.pos_ in ("VERB", "AUX"))
    for tok in tokens:
        # "reiterated its demand that Israel ease restrictions", "brushed aside Seoul's demand that it withdraw the
        # curbs": a named demand with its "that" clause is a demand made of that clause's subject
        demanded = _demand_noun_candidate(tok, lexicon)
        if demanded is not None and tok.i not in found:
            found[tok.i], content = demanded
            consumed.add(tok.i)
            folded.update(t.i for t in content.subtree if t.pos_ in ("VERB", "AUX"))
    for tok in tokens:
        # (a sentence-initial "Fighting" read as a verb has no subject: the "between" phrase names its sides)
        bare = tok.i not in found or not any(found[tok.i].sources)
        sides = fighting_sides(tok) if bare and tok.i not in consumed else None
        if sides is not None:  # "fighting between the army and Fano militiamen": each side fights the other
            found[tok.i] = Candidate(code=FIGHTING, trigger=(tok,), scope=tok, sources=(tuple(sides),),
                                     targets=((),), kind="noun", mutual=True)
    for tok in tokens:
        # "The Kremlin brushed aside Warsaw's accusation that Russian intelligence had ordered the blast": the
        # accusation the rejection consumes is Warsaw's own act as well
        if tok.i in consumed and tok.i not in found:
            accused = _owned_accusation(tok, lexicon)
            if accused is not None:
                found[tok.i] = accused
    contents: set[int] = set()
    for tok in tokens:  # "the truck bombing at a checkpoint in Mogadishu, which killed at least 79 people"
        if tok.dep_ == "relcl" and tok.lemma_.lower() in TOLL_VERBS and _of_attack(tok.head, lexicon):
            folded.add(tok.i)
    for cand in found.values():
        if cand.code[:2] in TOLL_ROOTS:  # "bombed a gathering, killing more than 100 people": the toll
            # "police opened fire to disperse demonstrators, killing one": the toll may hang on the uncoded verb
            # whose purpose the act is
            hosts = [cand.scope, *([cand.scope.head] if cand.scope.dep_ in ("advcl", "xcomp")
                                   and cand.scope.head.i not in found else [])]
            folded.update(c.i for h in hosts for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in TOLL_VERBS and c.i != cand.scope.i)
        contents.update(_document_contents(cand.scope))
        if cand.code[:2] in CONTENT_ROOTS:
            # "gave Putin 50 days to agree to a ceasefire", "gave Iran a week to free the sailors": the infinitive the
            # parser hangs on an ultimatum, demand or appeal as a purpose clause is what is asked, not a second act
            folded.update(t.i for c in cand.scope.children if _asked_infinitive(c)
                          for t in _asked_verbs(c))
        # "sent doctors to Italy to help fight the coronavirus": helping (and what it helps do) is what the sending
        # is for, not a second act
        for helping in (c for c in cand.scope.children if c.dep_ == "advcl" and c.lemma_.lower() in HELPING_VERBS
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        and not grammatical_subjects(c)):
            folded.add(helping.i)
            folded.update(c.i for c in helping.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
        if cand.code.startswith(PROTEST_ROOT):
            # "staged a strike to press for higher wages": the purpose is the protest's content; a participle
            # ("marched through Lima, demanding the resignation of the president") is a demand made as well
            contents.update(t.i for c in protest_purposes(cand.scope) if c.tag_ != "VBG"
                            for t in c.subtree if t.pos_ in ("VERB", "AUX"))
    folded |= contents
    out = [c for i, c in found.items() if i not in folded and not _natural_cause(c)]
    # "Israel's offensive in Gaza amounts to genocide": the act so named is the one event, coded by its name
    characterized = {act.i for tok in tokens if tok.pos_ == "NOUN" and (act := _characterized_act(tok)) is not None
                     and lexicon.match_noun(tok) is not None}
    for tok in tokens:
        # "demanded that Israel halt its offensive in Rafah", "threatened to launch an offensive in its war with
        # Iraq": a nominal inside what is demanded, threatened or alleged is part of that content, as a verb there
        # is; one that times the clause ("during his visit") is not
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.dep_ == "compound" or tok.i in characterized:
            continue
        clause = _clause_of(tok)
        inside_content = clause in folded and not (tok.dep_ == "pobj" and tok.head.lower_ in ("during",))
        if clause not in contents and not inside_content:
            entry = lexicon.match_noun(tok)
            if entry is not None:
                out.append(_noun_candidate(tok, entry))
                joiners = _joiners(tok)
                if joiners:
                    out.append(_joined_candidate(tok, entry, joiners))
    return out


def _joiners(noun: Token) -> list[Token]:
    """Who joins an act the noun names ("if Washington joined Israel's attacks on Iran", "Chad joined the
    offensive against Boko Haram"): the subjects of "join" with the noun as its object; they do the act too."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in JOINING_VERBS:
        return []
    return subjects(verb)[0]


def _joined_candidate(noun: Token, entry: NounEntry, joiners: list[Token]) -> Candidate:
    """The act a joiner takes part in, aimed where the act is and labelled by the joining ("if Washington joined
    ...": hypothetical)."""
    own = _noun_candidate(noun, entry)
    return dataclasses.replace(own, trigger=(noun.head, noun), scope=noun.head, sources=(tuple(joiners),),
                               kind="verb", presupposed=False, name_modifiers=())


def _verb_candidate(verb: Token, lexicon: Lexicon, consumed: set[int], folded: set[int]) -> Candidate | None:
    match = lexicon.match_verb(verb)
    if match is not None and match.pattern.code.startswith(ALLEGATION_PREFIX):
        # "accused Russian troops of killing civilians": what is alleged is the content of the accusation
        folded.update(t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for t in c.subtree if t.pos_ in ("VERB", "AUX"))
    if match is not None and match.pattern.objects:
        if match.object_token is not None:
            consumed.add(match.object_token.i)
        return _from_match(match)
    frame = lexicon.frame(verb)
    if frame is not None and any(c.dep_ in ("oprd", "acomp") for c in verb.children):
        frame = None  # "considers the sanctions illegal": a judgement, not a frame over an event
    if frame is not None:
        complement = _complement(verb, lexicon, lemmas=frame.by_lemma, by_agent=True)
        fronted = complement is not None and complement[0].dep_ == "ccomp" and complement[0].i < verb.i
        # "Russia could strike, officials warned" is a report, not a threat by the officials; "Iran would
        # retaliate, Tehran warned" is a threat (the coder keeps it only when the two subjects are one country)
        agent = tuple(grammatical_subjects(complement[0])) if complement is not None and fronted else ()
        if fronted and not agent:
            complement = None
        if complement is not None:
            comp_token, comp_code, comp_targets = complement
            chosen = frame
            if (comp_code is not None and comp_code[:2] >= "13" and frame.conflict_frame
                    and lexicon.frame_named(frame.conflict_frame) is not None):
                chosen = lexicon.frame_named(frame.conflict_frame) or frame
            # "agreed to suspend visa-free travel" is a decision to act, not a threat: the act itself is coded
            code = (None if chosen is not frame and is_decision_to_act(verb)
                    else chosen.code_for(comp_code, comp_token.lemma_.lower()))
            if code is not None:
                if not agent:
                    (consumed if comp_token.pos_ in ("NOUN", "PROPN") else folded).add(comp_token.i)
                # what is asked, promised, threatened or refused is the content of the frame's event, not
                # an event of its own: "demanded that Washington stop arming Taiwan" is one demand; a condition
                # ("would retaliate if Israel attacked") is not what is threatened and stays an event of its own
                conditions = _conditions(comp_token)
                kept = {t.i for c in conditions for t in c.subtree}
                kept |= _stated_relatives(comp_token)
                inner = {t.i for t in comp_token.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept}
                cand = _frame_candidate(verb, code, chosen.name, comp_token, comp_targets, match, conditions)
                if agent:  # the coder folds the complement only when the frame is kept
                    return dataclasses.replace(cand, same_agent=agent, folds=frozenset(inner | {comp_token.i}))
                folded.update(inner)
                return cand
    if lexicon.light_verb(verb):
        for obj in direct_objects(verb)[:1]:
            noun = expand_quantity(obj)
            entry = lexicon.match_noun(noun)
            if entry is not None:
                consumed.add(noun.i)
                return _light_candidate(verb, noun, entry)
    if match is not None:
        return _from_match(match)
    return _weapon_candidate(verb, folded)


def _weapon_candidate(verb: Token, folded: set[int]) -> Candidate | None:
    """ "Russia fired the missile that hit the village", "the missile that hit its territory was not fired by
    Russia": the firing is the attack, its target what the weapon hit; the hitting is not coded again (its
    subject is a weapon, not an actor)."""
    if verb.lemma_.lower() not in LAUNCHING_VERBS:
        return None
    passive = is_passive(verb)
    for thing in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
        head = expand_quantity(thing)
        code = WEAPON_CODES.get(head.lemma_.lower())
        impacts = [c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in IMPACT_VERBS]
        if code is None or not impacts:
            continue
        targets = [t for i in impacts for t in direct_objects(i)]
        targets += prep_objects(impacts, frozenset({"in", "on", "into", "near"}))
        folded.update(i.i for i in impacts)
        sources, inherited = subjects(verb)
        return Candidate(code=CameoCode(code), trigger=(verb, head), scope=verb, sources=(tuple(sources),),
                         targets=(tuple(targets),), specificity=2, inherited=inherited, kind="verb")
    return None


def _predicate_candidate(word: Token, lexicon: Lexicon, consumed: set[int], folded: set[int]) -> Candidate | None:
    """ "Russia is ready to negotiate", "expressed willingness to help": an intent stated by a predicate."""
    frame = lexicon.predicate_frame(word)
    if frame is None:
        return None
    # "open to a truce", "ready for an immediate ceasefire with Thailand"
    complement = _complement(word, lexicon, noun_preps=frozenset({"to", "for"}))
    if complement is None:
        return None
    comp_token, comp_code, comp_targets = complement
    code = frame.code_for(comp_code)
    if code is None:
        return None
    (consumed if comp_token.pos_ in ("NOUN", "PROPN") else folded).add(comp_token.i)
    kept = {t.i for c in _conditions(comp_token) for t in c.subtree}  # as for verb frames: the content is one event
    folded.update(t.i for t in comp_token.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept)
    head = word.head
    if word.dep_ in ("acomp", "attr", "oprd"):
        sources, _ = subjects(head)
    elif word.pos_ == "NOUN":
        own = [c for c in word.children if c.dep_ == "poss"]
        sources = own or (subjects(head)[0] if word.dep_ in ("dobj", "obj") else [])
    else:
        sources = []
    return Candidate(code=code, trigger=(word,), scope=word if word.pos_ == "NOUN" else head,
                     sources=(tuple(sources),), targets=(tuple(comp_targets),), specificity=3,
                     inherited=True, kind="frame")


def _of_attack(noun: Token, lexicon: Lexicon) -> bool:
    """True when ``noun`` is an attack ("the bombing that killed"), or a place in an attack's phrase that the parser
    hung a relative clause on ("the bombing at a checkpoint in Mogadishu, which killed")."""
    for _ in range(4):
        entry = lexicon.match_noun(noun) if noun.pos_ == "NOUN" else None
        if noun.lemma_.lower() in ATTACK_NOUNS or (entry is not None and entry.code[:2] in TOLL_ROOTS):
            return True
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "in", "near", "on", "inside", "outside"):
            return False
        noun = prep.head
        if noun.pos_ in ("VERB", "AUX"):  # "claimed the bombing at a checkpoint in Lebanon, which killed": on the verb
            return any(_of_attack(obj, lexicon) for obj in direct_objects(noun) if obj.dep_ in ("dobj", "obj"))
    return False


def _natural_cause(cand: Candidate) -> bool:
    """True when the only candidate source is a natural or accidental cause ("the crash that killed")."""
    # "Hurricane Ian killed ...", "Storm Daniel destroyed ...": a named storm is its kind
    return cand.kind != "noun" and any(t.lemma_.lower() in NATURAL_CAUSES or _place_of_cause(t) or any(
        c.dep_ == "compound" and c.lemma_.lower() in NATURAL_CAUSES for c in t.children)
        for tier in cand.sources[:1] for t in tier)


def _place_of_cause(tok: Token) -> bool:
    """ "the explosion at the prison camp that killed dozens": the parser hangs the relative clause on the place
    nearest to it; the place of a natural or accidental cause stands for that cause."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("at", "in", "near", "on", "inside")
            and prep.head.lemma_.lower() in NATURAL_CAUSES)


def _from_match(match: VerbMatch) -> Candidate:
    verb, pattern = match.verb, match.pattern
    sources, inherited = subjects(verb)
    targets: list[Token] = []
    if pattern.object_is_target:
        if is_passive(verb):
            targets.extend(t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c))
            split = question_passive_subject(verb)
            targets.extend(coordinated(split) if split is not None else ())
        else:
            # "found Trump guilty": the parser reads a small clause, whose subject is the verb's object
            targets.extend(direct_objects(verb) or [t for c in verb.children if c.dep_ in ("ccomp", "oprd")
                                                    and c.pos_ == "ADJ" and c.i > verb.i
                                                    for g in c.children if g.dep_ == "nsubj" for t in coordinated(g)])
    elif match.object_token is not None:
        # "took 200 people hostage": with two objects, the one that is not the pattern's is the one affected
        targets.extend(t for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != match.object_token.i
                       and expand_quantity(c).i != match.object_token.i for t in coordinated(c))
    targets.extend(datives(verb))
    # the pattern's prepositions may hang on the object ("vetoed a resolution in the Security Council") when the
    # object is a thing, not the target
    heads = ([verb] if pattern.object_is_target else [verb, *direct_objects(verb)]) if match.object_token is None \
        else [verb, match.object_token, *direct_objects(verb)]
    # "mediate in a dispute between X and Y": the prepositions may also hang on the object of the pattern's own
    # preposition
    heads += [p for w in match.word_tokens if w.pos_ == "ADP" for p in w.children if p.dep_ == "pobj"]
    preps = pattern.target_preps
    if pattern.object_is_target and pattern.object_prep is None and pattern.words \
            and pattern.words[-1] in OFFENCE_PREPS and targets and not is_passive(verb):
        # "blamed Putin for the death of Navalny", "charged him with the murder of a journalist": with its
        # object named, a pattern's own last preposition brings the offence, not a second target
        preps = preps - {pattern.words[-1]}
        heads = heads[:1]
    if pattern.object_is_target and pattern.object_prep is None and targets and is_passive(verb):
        # "Uribe was shot in the head at a campaign event": the passive subject is the one acted on; the pattern's
        # preposition ("shoot at") then says where it happened
        preps = frozenset()
    targets.extend(prep_objects(heads, preps))
    tiers: list[tuple[Token, ...]] = [tuple(targets)]
    if pattern.code.startswith(DEMAND_ROOT) and match.object_token is not None:
        # "demanded the withdrawal of Russian troops from Ukraine": a demand is made of whoever is to act, the
        # "of" phrase of the act demanded; the place they are to leave is the target only when no one is named
        agents = prep_objects([match.object_token], frozenset({"of"}))
        tiers = [tuple(agents), tuple(t for t in targets if t not in agents)]
    if match.object_token is not None and pattern.code.startswith("07"):
        misparsed = [c for c in match.object_token.children if c.dep_ == "nmod"]  # "gave Ukraine economic aid"
        tiers.append(tuple(_receivers(match.object_token) + _coordinated_receivers(verb) + misparsed
                           + owning_receivers(match.object_token)))
    elif pattern.code.startswith(CLAIM_PREFIX):
        # "claimed responsibility for the rocket barrage on Tel Aviv": the target of the act claimed
        claimed_on = [verb] if match.object_token is None else [verb, match.object_token]
        acts = prep_objects(claimed_on, frozenset({"for"}))
        tiers.append(tuple(prep_objects([expand_quantity(a) for a in acts] + acts, CLAIMED_ACT_PREPS)))
    elif not pattern.object_is_target and (match.object_token is not None or direct_objects(verb)):
        # "seized Ukrainian ships", "struck Iran's nuclear sites", "released Palestinian prisoners",
        # "rejected Washington's offer", "approved Sweden's accession", "vetoed a Security Council resolution":
        # the owner of the thing acted on
        thing = match.object_token if match.object_token is not None else direct_objects(verb)[0]
        # a possessor or a name before the thing before an adjective: "vetoed a US-drafted Security Council
        # resolution" is cast in the Council
        # a name after a named possessor is the thing's own name, not a second owner ("rejected Washington's Gaza
        # plan", "banned Sheikh Hasina's Awami League"); after "its" it may be the other party ("froze its EU
        # accession talks")
        owner = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        tiers.append(tuple(c for c in thing.children if c.dep_ == "poss"
                           or (c.dep_ == "compound" and (owner is None or c.i < owner.i))))
        tiers.append(tuple(c for c in thing.children if c.dep_ == "amod"))
        # then whose it is by its "of" phrase or apposition ("the assets of Germany's Uniper", "released the mayor
        # of the West Bank city of Nablus, a member of Hamas")
        tiers.append(tuple(prep_objects([thing], frozenset({"of"}))))
        tiers.append(tuple(c for c in thing.children if c.dep_ == "appos"))
        # last resort: the people the object names ("released 24 hostages, including 13 Israelis"); not the
        # place it is in ("signed an agreement in Beijing" is no agreement with China)
        tiers.append(tuple(prep_objects([thing], frozenset({"including"}))))
        # "lifted most of the sanctions they had slapped on Niger": whom a relative clause says it was aimed at
        relatives = [r for r in expand_quantity(thing).children if r.dep_ == "relcl"]
        tiers.append(tuple(prep_objects(relatives, frozenset({"on", "against"}))))
    if pattern.code.startswith(REFUSAL_ROOT) and not is_passive(verb):
        # "rejected recent calls by Belarus's rulers": a refusal answers whoever made the proposal
        things = [match.object_token] if match.object_token is not None else direct_objects(verb)
        tiers.append(tuple(t for thing in things for t in _owners(thing)))
        # "Students ... demanded snap elections, a call Vucic has repeatedly rebuffed": a call set after a clause is
        # that clause's, made by its subject
        tiers.append(tuple(t for thing in things if thing.dep_ in ("npadvmod", "appos")
                           and thing.head.pos_ in ("VERB", "AUX") and thing.lemma_.lower() in DOCUMENT_NOUNS
                           for t in grammatical_subjects(thing.head)))
    if pattern.code.startswith(AID_ROOT) and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # "Abrams tanks supplied by Washington have arrived in Ukraine", "drones supplied by Ankara have given
        # Azerbaijani forces an edge": the goods' receiver is where the clause they are the subject of takes them
        host = verb.head.head
        tiers.append(tuple(prep_objects([host], frozenset({"in", "into", "to"})) + datives(host)))
    if inherited and _sender(verb):  # "sent personnel to Bosnia to investigate": last resort, where they were sent
        tiers.append(tuple(prep_objects([verb.head], frozenset({"to", "into"}))))
    trigger = (verb, *match.word_tokens, *([match.object_token] if match.object_token is not None else []))
    if not sources and is_passive(verb):
        sources = _instigators(verb)
    source_tiers = (tuple(sources),) if not inherited else (tuple(sources), tuple(participle_subject(verb)),
                                                           tuple(_sender(verb)))
    return Candidate(code=mass_code(pattern.code, verb), trigger=trigger, scope=verb, sources=source_tiers,
                     targets=tuple(tiers), needs_target=pattern.needs_target, specificity=pattern.specificity,
                     inherited=inherited, kind="verb", mutual=pattern.mutual)


def _sender(verb: Token) -> list[Token]:
    """ "Qatar sent envoys to Cairo to mediate": envoys, troops or diplomats sent to do something act for whoever
    sent them, when they are not an actor of their own. "sent troops to help defend Taiwan": the bare infinitive
    after "help" is the purpose clause's own act, so the walk passes through "help"."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in HELPING_VERBS and head.dep_ in ("advcl", "xcomp") \
            and not grammatical_subjects(head) and not direct_objects(head):
        verb, head = head, head.head
    if verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in SENDING_VERBS:
        return subjects(head)[0]  # "Beijing is unlikely to send troops to fight alongside Russia": through "unlikely"
    return []


def _light_candidate(verb: Token, noun: Token, entry: NounEntry) -> Candidate:
    sources, inherited = subjects(verb)
    own = [c for c in noun.children if c.dep_ == "poss"]
    targets = prep_objects([noun, verb], entry.target_preps) + datives(verb)
    particles = tuple(c for c in verb.children if c.dep_ == "prt")
    return Candidate(code=entry.code, trigger=(verb, *particles, noun), scope=verb,
                     sources=(tuple(sources), tuple(own)), targets=(tuple(targets),),
                     needs_target=entry.needs_target, specificity=2, inherited=inherited, kind="light")


def _conditions(comp: Token) -> list[Token]:
    """The condition clauses of a frame's complement ("would retaliate *if Israel attacked*")."""
    return [c for c in comp.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]


def _frame_candidate(verb: Token, code: CameoCode, frame_name: str, comp: Token,
                     comp_targets: list[Token], match: VerbMatch | None,
                     conditions: Collection[Token] = ()) -> Candidate:
    sources, inherited = subjects(verb)
    own = [t for t in direct_objects(verb) if t.i != comp.i]
    own += prep_objects([verb], _FRAME_OWN_PREPS) + datives(verb)
    tiers: list[tuple[Token, ...]] = [tuple(own)]
    # "demanded that Israel withdraw"; "told reporters that France must release the sailors": a "that" clause
    # after "tell" names who is to act as its subject, whoever hears it
    if comp.pos_ in ("VERB", "AUX") and (frame_name in _ADDRESSEE_FRAMES or (
            frame_name == "tell" and comp.dep_ == "ccomp")):
        tiers.append(tuple(grammatical_subjects(comp) or for_subject(comp)))
    tiers.append(tuple(comp_targets))
    if comp.pos_ in ("NOUN", "PROPN"):
        # "rejected an Australian ultimatum", "rejected calls by Belarus's rulers for aid", "rejected a United
        # Nations appeal": a noun complement's owner is whom the refusal (acceptance, demand...) answers
        tiers.append(tuple(_owners(comp)))
    if frame_name == "threat":  # "warned it would retaliate if Israel attacked": aimed at whoever the condition names
        tiers.append(tuple(t for c in conditions for t in grammatical_subjects(c)))
    words = match.word_tokens if match is not None else ()
    # "the two delegations agreed to swap prisoners": an exchange is done by each side with the other
    mutual = comp.lemma_.lower() in EXCHANGE_VERBS
    return Candidate(code=code, trigger=(verb, *words), scope=verb, sources=(tuple(sources),),
                     targets=tuple(tiers), needs_target=False, specificity=3, inherited=inherited, kind="frame",
                     mutual=mutual)


def _owners(thing: Token) -> list[Token]:
    """Whose thing a noun is: its possessor, modifiers and "by/from" phrase ("an Australian ultimatum",
    "calls by Belarus's rulers", "a United Nations appeal", "an appeal from President Gbagbo")."""
    own = [c for c in thing.children if c.dep_ in ("poss", "amod", "compound")]
    return own + prep_objects([thing], OWNER_PREPS)


def _noun_candidate(noun: Token, entry: NounEntry) -> Candidate:
    sources: list[Token] = []
    targets: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "amod" and child.i < noun.i):  # "Iran's", "Israeli"
            sources.extend(coordinated(child))
    sources.extend(prep_objects([noun], frozenset({"by"})))
    reaction = noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in REACTION_VERBS
    if reaction:
        # "Israel's strike drew condemnation from Egypt", "..., drawing a call from the UN mission": the reaction is
        # by its "from" phrase, aimed at whoever (or whose act) drew it
        sources.extend(prep_objects([noun, noun.head], frozenset({"from"})))
        drawers = subjects(noun.head)[0]
        targets.extend(next((c for c in t.children if c.dep_ == "poss"), t) if t.pos_ == "NOUN" else t
                       for t in drawers)
    between = prep_objects([noun], frozenset({"between"}))
    if between:
        sources.append(between[0])
        targets.extend(between[1:])
    targets.extend(prep_objects([noun], entry.target_preps - {"between", "by"}))
    # "the Myanmar army's operation against the Rohingya was a textbook example of ethnic cleansing": an act
    # called by the name of an event is that event, by whoever did the act, on whomever it was aimed at
    act = _characterized_act(noun)
    owners = [c for c in act.children if c.dep_ == "poss"] if act is not None else []
    if act is not None:
        targets.extend(prep_objects([act], frozenset({"against", "on", "in", "at"})))
    tiers: list[tuple[Token, ...]] = [tuple(owners), tuple(sources)] if owners else [tuple(sources)]
    inherited = False
    phrase = _quantity_phrase(noun)  # "a package of sanctions": the phrase's head is the object
    if phrase.dep_ in ("dobj", "obj") and phrase.head.lemma_.lower() in AGENTIVE_GOVERNORS:
        tiers.append(tuple(subjects(phrase.head)[0]))
        inherited = True
    names = tuple(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i)
    return Candidate(code=entry.code, trigger=(noun,), scope=noun, sources=tuple(tiers),
                     targets=(tuple(targets),), needs_target=entry.needs_target, specificity=1,
                     inherited=inherited, kind="noun", name_modifiers=names,
                     presupposed=any(c.dep_ == "poss" for c in noun.children))


REACTION_VERBS = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "earn", "attract", "elicit", "invite"})
"""Verbs whose object is another's reaction to their subject ("drew sharp criticism from Zelensky")."""
CHARACTERIZING_VERBS = frozenset({"be", "amount", "constitute"})
"""Verbs that call their subject by the name of an event ("was ethnic cleansing", "amounts to genocide",
"constitutes a war crime")."""
EXAMPLE_NOUNS = frozenset({"example", "case", "act", "form", "instance"})


def _characterized_act(noun: Token) -> Token | None:
    """The subject noun an event noun characterizes ("the army's operation ... was a textbook example of ethnic
    cleansing", "the siege amounts to genocide"), else None."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in EXAMPLE_NOUNS:
        node = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ == "to":
        node = node.head
    verb = node.head
    if node.dep_ not in ("attr", "dobj", "prep") or verb.lemma_.lower() not in CHARACTERIZING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _complement(verb: Token, lexicon: Lexicon, *, noun_preps: frozenset[str] = frozenset(), lemmas: Collection[str] = (),
                by_agent: bool = False) -> tuple[Token, CameoCode | None, list[Token]] | None:
    """The clause or event noun a frame word governs, its code and its target tokens.

    ``noun_preps``: the event noun may also be the object of these prepositions ("open to a truce", "ready for a
    ceasefire").
    ``lemmas``: object nouns the frame codes by their lemma ("demanded the release of ...").
    ``by_agent``: any object noun whose agent a "by" phrase names is the complement, aimed at that agent.
    """
    # "committed to handing power back to civilians": a gerund after "to" is a clause complement too; so is a
    # gerund object the parser reads as an adverbial clause ("ruled out sending troops")
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    gerunds += [c for c in verb.children if _gerund_object(verb, c)]
    # "offered on Friday to mediate", "called for Israel to release the prisoners": a "to"-infinitive the parser
    # reads as an adverbial clause (after a time phrase, or with "for" and a subject of its own) is the complement
    gerunds += [c for c in verb.children if _infinitive_complement(verb, c)]
    for child in [*verb.children, *gerunds]:
        if (child.dep_ in ("xcomp", "ccomp", "acl") or child in gerunds or _control_infinitive(verb, child)) \
                and child.pos_ in ("VERB", "AUX"):
            code, targets = _clause_code(child, lexicon)
            if code is None:  # "threatened to deliver devastating blows to the United States": whom it is aimed at
                targets = _plain_targets(child)
            else:  # "offered to host a peace summit between Russia and Ukraine": the parties it is for
                targets = [*targets, *prep_objects([child, *direct_objects(child)], frozenset({"between"}))]
            helped = [c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            if child.lemma_.lower() in HELPING_VERBS and helped:
                # "willingness to help train Ukrainian pilots": the help is the training
                inner, inner_targets = _clause_code(helped[0], lexicon)
                if inner is not None:
                    code, targets = inner, inner_targets
            return child, code, targets
    for child in verb.children:
        nouns = [child] if child.dep_ in ("dobj", "obj") else []
        if child.dep_ == "prep" and child.lower_ in noun_preps:
            nouns = [p for p in child.children if p.dep_ == "pobj"]
        for obj in nouns:
            noun = expand_quantity(obj)
            entry = lexicon.match_noun(noun)
            if entry is not None:
                return noun, entry.code, prep_objects([noun, verb], entry.target_preps)
            if noun.lemma_.lower() in lemmas:  # "the release of the jailed leaders", "the president's resignation"
                owners = [c for c in noun.children if c.dep_ == "poss"]
                return noun, None, prep_objects([noun], frozenset({"of"})) + owners
            agents = prep_objects([noun], frozenset({"by"})) if by_agent else []
            if agents:  # "demanded an immediate admission by Moscow that ...": what Moscow is to do
                return noun, None, agents
    return None


EXPECTED_WORDS = frozenset({"expect", "due"})
"""Predicates of someone awaited somewhere: "Steve Witkoff is expected in Moscow on Wednesday", "Modi is due in
Kyiv on Friday"."""
ARRIVAL_PREPS = frozenset({"in", "at"})
VISIT = "042"


def _expected_visit(word: Token) -> Candidate | None:
    """A person or delegation awaited in a named place ("is expected in Moscow", "is due in Kyiv"): a visit there
    (CAMEO 042), still to come (the factuality walk reads "expected"/"due" as future). "is expected to ..." and
    "is expected that ..." are predictions, not arrivals, and "due to" is a cause."""
    lemma = word.lemma_.lower()
    if lemma == "be":
        return _presence(word)
    if lemma not in EXPECTED_WORDS:
        return None
    if lemma == "expect":
        if word.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in word.children):
            return None
        sources = [t for c in word.children if c.dep_ == "nsubjpass" for t in coordinated(c)]
    else:
        if word.dep_ != "acomp" or word.pos_ != "ADJ":
            return None
        sources = subjects(word.head)[0]
    places = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if not sources or not places:
        return None
    # "is expected to sign a deal in Beijing" predicts; "is expected in Beijing to sign a deal" awaits a visit
    if any(c.dep_ in ("xcomp", "ccomp") and word.i < c.i < places[0].i for c in word.children):
        return None
    return Candidate(code=CameoCode(VISIT), trigger=(word,), scope=word, sources=(tuple(sources),),
                     targets=(tuple(places),), needs_target=True, specificity=2, kind="verb")


def _presence(copula: Token) -> Candidate | None:
    """ "Xi Jinping, who is in Moscow this week", "while Joe Biden was in Tokyo for the Quad summit", "has never
    been to Kyiv": a named subject's being in (or, in the perfect, having been to) a named place is a visit there.
    The coder keeps it only for a person in another country (a country "in Syria" is a presence, not a visit)."""
    if copula.pos_ not in ("AUX", "VERB") or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd", "auxpass")
                                                 for c in copula.children):
        return None
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in copula.children)
    preps = ARRIVAL_PREPS | ({"to"} if perfect else set())
    places = [p for c in copula.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    sources = subjects(copula)[0]
    if not places or not sources or any(t.pos_ not in ("PROPN", "NOUN") and t.tag_ != "WP" for t in sources):
        return None
    return Candidate(code=CameoCode(VISIT), trigger=(copula,), scope=copula, sources=(tuple(sources),),
                     targets=(tuple(places[:1]),), needs_target=True, specificity=1, kind="verb")


VISITOR_NOUNS = frozenset({"envoy", "delegation", "minister", "diplomat", "official", "president", "leader",
                           "premier", "chancellor", "secretary", "negotiator", "delegate", "emissary", "king"})
"""People whose being somewhere abroad is a visit even when they resolve only to their country ("the US envoy was in
Kabul")."""


def presence(cand: Candidate) -> bool:
    """True for a visit read from "was in X" / "has been to X" (:func:`_presence`)."""
    return cand.code == VISIT and cand.trigger[0].lemma_.lower() == "be"


def visitors(cand: Candidate) -> bool:
    """True when the subject of a presence names people who travel for their state (:data:`VISITOR_NOUNS`)."""
    return bool(cand.sources) and all(t.lemma_.lower() in VISITOR_NOUNS for t in cand.sources[0])


def _no_reason_not_to(noun: Token, lexicon: Lexicon) -> tuple[Candidate, Token] | None:
    """ "Pyongyang had no reason not to sit down with Washington", "sees no reason not to extend the deal": the two
    negations state a readiness, coded as the intent frame codes "is ready to" (036 for a meeting), by the one who
    has (or sees) no reason."""
    if noun.lemma_.lower() != "reason" or noun.dep_ not in ("dobj", "obj") or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    intent = lexicon.frame_named("intent")
    content = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and any(n.dep_ == "neg" for n in c.children)), None)
    if intent is None or content is None:
        return None
    code, targets = _clause_code(content, lexicon)
    framed = intent.code_for(code, content.lemma_.lower()) if code is not None else None
    sources = subjects(noun.head)[0]
    if framed is None or not sources:
        return None
    return (Candidate(code=framed, trigger=(noun,), scope=noun.head, sources=(tuple(sources),),
                      targets=(tuple(targets),), specificity=3, inherited=True, kind="frame"), content)


STAND_IN_WORDS = frozenset({"instead", "place", "stead"})


def proxy_send(visit: Token) -> Token | None:
    """The "sent X in his place / instead" coordinated after a visit not made ("Xi Jinping did not attend the BRICS
    summit in Rio de Janeiro and sent Premier Li Qiang in his place"): the sending, by which the visitor's side still
    goes there; also as a participle ("did not travel to New Delhi, sending Premier Li Qiang in his place"); None
    otherwise."""
    for send in (c for c in visit.children if c.dep_ in ("conj", "advcl") and c.lemma_.lower() in SENDING_VERBS):
        if not direct_objects(send) or grammatical_subjects(send):
            continue
        stand_in = [c for c in send.children if c.dep_ == "advmod" and c.lower_ in STAND_IN_WORDS]
        stand_in += [p for c in send.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in STAND_IN_WORDS]
        if stand_in:
            return send
    return None


def _misread_plural(verb: Token) -> bool:
    """ "killed 31 people during Monday's Saba Saba protests": a present-tense verb with no subject, auxiliary or
    conjunction, hung on another clause as an adverbial, is a plural noun the parser misread (English has no such
    finite clause); it is not an act of the host clause's subject."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in verb.children))


def _fighting_for(verb: Token) -> tuple[Token, Token] | None:
    """For a sending verb with a purpose "to fight for X": the purpose clause and X."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    for clause in verb.children:
        if (clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in FIGHTING_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                and not grammatical_subjects(clause)):
            # "to fight alongside Russia" is fighting together with it (the lexicon's 06), not aid
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for"):
                helped = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if helped is not None:
                    return clause, helped
    return None


def _stated_relatives(comp: Token) -> set[int]:
    """The tokens of relative clauses with a subject of their own inside a frame's content ("refused to sign the
    declaration of the CSTO summit *he hosted*", "demanded that Russia return the children *it deported*"): what they
    say is a fact the content refers to, an event of its own, not part of what is refused or demanded."""
    out: set[int] = set()
    for tok in comp.subtree:
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


def _demand_noun_candidate(noun: Token, lexicon: Lexicon) -> tuple[Candidate, Token] | None:
    """A demand noun with a possessor and a "that" clause, hung on the noun or (extraposed) on its verb: the demand
    (coded by what is demanded, as the demand frame codes it), by the possessor ("its" = the verb's subject), aimed
    at the clause's subject ("it" there = the verb's subject, the one the demand is put to)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEMAND_NOUNS:  # cheapest test first: runs on every token
        return None
    demand = lexicon.frame_named("demand")
    if demand is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return None
    verb = noun.head
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if noun.dep_ in ("dobj", "obj"):
        clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    clause = next((c for c in clauses if c.pos_ in ("VERB", "AUX") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and grammatical_subjects(c)), None)
    if clause is None:
        return None
    content, _ = _clause_code(clause, lexicon)
    code = demand.code_for(content, clause.lemma_.lower())
    if code is None:
        return None
    verb_subjects = subjects(verb)[0] if verb.pos_ in ("VERB", "AUX") else []
    sources = [t for t in owners if t.lower_ not in ("its", "their", "his", "her")] or verb_subjects
    addressees = grammatical_subjects(clause)
    if all(t.lower_ in ("it", "they") for t in addressees):  # "Seoul's demand that it withdraw": the one it is put to
        addressees = verb_subjects
    return (Candidate(code=code, trigger=(noun,), scope=noun, sources=(tuple(sources),), targets=(tuple(addressees),),
                      specificity=3, kind="noun", presupposed=True), clause)


def _owned_accusation(noun: Token, lexicon: Lexicon) -> Candidate | None:
    """An accusation with its owner and its "that" clause, taken as the object of another act ("brushed aside
    Warsaw's accusation that Russian intelligence had ordered the blast", "denied Washington's accusations that it
    armed the Houthis"): the owner's accusation (CAMEO 112) of the clause's subject ("it" there is whoever denies)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj"):
        return None
    entry = lexicon.match_noun(noun)
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")]
    if entry is None or not entry.code.startswith(ALLEGATION_PREFIX) or not owners:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    accused = grammatical_subjects(clause)
    if all(t.lower_ in ("it", "they") for t in accused):
        accused = subjects(noun.head)[0] if noun.head.pos_ in ("VERB", "AUX") else []
    return Candidate(code=entry.code, trigger=(noun,), scope=noun, sources=(tuple(owners),),
                     targets=(tuple(accused),), specificity=2, kind="noun", presupposed=True)


def _infinitive_complement(verb: Token, clause: Token) -> bool:
    """A "to"-infinitive adverbial clause after ``verb`` with no subject ("offered on Friday to mediate") or with
    "for" and a subject ("called for Israel to release")."""
    if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.i < verb.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return (not marks and not subject) or (marks == {"for"} and subject)


def _gerund_object(verb: Token, clause: Token) -> bool:
    """ "ruled out sending American troops to Haiti": a gerund right after the verb (or its particle), with no comma,
    subject or conjunction of its own, that the parser reads as an adverbial clause is the verb's object."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children):
        return False
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    return all(t.dep_ == "prt" and t.head.i == verb.i for t in between)


def protest_purposes(verb: Token) -> list[Token]:
    """The clauses saying what a protest demands ("staged demonstrations to demand reforms", "blocked roads to
    press their demands", "demonstrated calling for independence"): the protest's content (CAMEO codes a
    demonstration by what it is for), not demands of their own."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i > verb.i
            and c.lemma_.lower() in DEMANDING_VERBS
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]


def _clause_of(noun: Token) -> int:
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


def _document_contents(verb: Token) -> set[int]:
    """The verbs that spell out what an agreement, plan or proposal the event acts on says: "signed an agreement
    to restore diplomatic relations" (the restoring is the agreement's content, not a second event), "will support
    a resolution that aims to tighten sanctions". The act on the document is the event (CAMEO codes the signing,
    the support, the rejection)."""
    out: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        noun = expand_quantity(obj)
        if noun.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        gerunds = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "on", "of")
                   for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
        for clause in [*noun.children, *gerunds]:
            # "a resolution calling for humanitarian pauses", "a bill banning foreign funding": a participle too
            infinitive = clause.dep_ == "acl" and (clause.tag_ == "VBG" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
            # "a resolution that aims to tighten sanctions", "a resolution that would have imposed sanctions"
            aims = clause.dep_ == "relcl" and (clause.lemma_.lower() in AIMING_VERBS or any(
                c.dep_ == "aux" and c.lower_ in ("would", "could") for c in clause.children))
            if clause.pos_ in ("VERB", "AUX") and (infinitive or aims or clause in gerunds):
                out.update(t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX"))
        # "signed a deal to boost trade": the parser may hang the document's infinitive on the verb as a purpose
        for clause in verb.children:
            if (clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and clause.i > noun.i
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                    and not grammatical_subjects(clause)):
                out.update(t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX"))
    return out


CONTENT_ROOTS = frozenset({"02", "10", "13"})
"""Appeals, demands and threats (ultimatums): acts whose infinitive is what they ask for."""


def _asked_infinitive(clause: Token) -> bool:
    """A subjectless "to"-infinitive on a verb that the parser read as a purpose clause (advcl) or complement."""
    return (clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and clause.i > clause.head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def _asked_verbs(clause: Token) -> list[Token]:
    """The verbs of what an infinitive asks for, less the conditions inside it ("to withdraw if Kyiv attacks": the
    condition is an event of its own, as under a frame)."""
    out = [clause]
    for child in clause.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" for m in child.children):
            continue
        out.extend(t for t in child.subtree if t.pos_ in ("VERB", "AUX"))
    return out


def _control_infinitive(verb: Token, clause: Token) -> bool:
    """ "Will Kyiv appeal to Beijing to press Moscow?": after a verb of asking with an addressee, a subjectless
    "to"-infinitive the parser read as a purpose clause (advcl) is the verb's complement (what is asked)."""
    return (clause.dep_ == "advcl" and verb.lemma_.lower() in OBJECT_CONTROL and clause.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def _plain_targets(clause: Token) -> list[Token]:
    """Who a complement without a code of its own is aimed at: its object and the objects of "to/against/at/on/
    with" on it or its object ("deliver blows to X", "boycott contact with X")."""
    objects = direct_objects(clause)
    return [*objects, *datives(clause), *prep_objects([clause, *objects], PLAIN_TARGET_PREPS)]


def _clause_code(clause: Token, lexicon: Lexicon) -> tuple[CameoCode | None, list[Token]]:
    match = lexicon.match_verb(clause)
    if match is not None:
        cand = _from_match(match)
        return match.pattern.code, [t for tier in cand.targets for t in tier]
    if lexicon.light_verb(clause):
        for obj in direct_objects(clause)[:1]:
            noun = expand_quantity(obj)
            entry = lexicon.match_noun(noun)
            if entry is not None:
                return entry.code, prep_objects([noun, clause], entry.target_preps)
    return None, []


def _instigators(verb: Token) -> list[Token]:
    """Who ordered a passive act without a ``by``-agent: "killed on the Kremlin's orders", "arrested on the
    orders of the president" -> [Kremlin], [president]."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "under", "at"):
            for order in prep.children:
                if order.dep_ == "pobj" and order.lemma_.lower() in ("order", "instruction", "behest", "command"):
                    owners = [c for c in order.children if c.dep_ == "poss"]
                    return owners or prep_objects([order], frozenset({"of"}))
    return []


def _receivers(goods: Token) -> list[Token]:
    out: list[Token] = []
    for child in goods.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in RECEIVING_VERBS and not is_passive(child):
            out.extend(t for c in child.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                       for t in coordinated(c))
    return out


def _quantity_phrase(noun: Token) -> Token:
    """The head of the quantity phrase ``noun`` ends ("a package of sanctions" -> package), else ``noun``."""
    node = noun
    for _ in range(3):
        prep = node.head
        if node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in QUANTITY_NOUNS:
            node = prep.head
        else:
            break
    return node


def _coordinated_receivers(verb: Token) -> list[Token]:
    """ "Iran supplied and Russia used the drones": the subject of a coordinated receiving verb."""
    return [t for c in verb.children
            if c.dep_ == "conj" and c.lemma_.lower() in RECEIVING_VERBS and not is_passive(c)
            for g in c.children if g.dep_ == "nsubj" for t in coordinated(g)]
