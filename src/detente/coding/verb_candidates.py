"""Verb candidates: the event a verb expresses, by its lexicon pattern, its frame, a light verb's event noun, or a
weapon it fires that hit something.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    ACTOR_ENTITIES,
    coordinated,
    datives,
    demander_participle,
    direct_objects,
    grammatical_subjects,
    is_passive,
    prep_objects,
    subjects,
)
from detente.coding.decisions import is_decision_to_act
from detente.coding.factuality_irrealis import forecast_warning
from detente.coding.frame_candidates import (
    OFFERING_VERBS,
    condition_clauses,
    forces_offered,
    frame_candidate,
    frame_complement,
    stated_circumstances,
    stated_relatives,
)
from detente.coding.noun_candidates import owned_objects, owners_of, patient_possessors, victims_named
from detente.coding.rule_codes import ALLEGATION_PREFIX
from detente.coding.stated_threats import OWN_WORDS, PROMISSORY, WARNING_VERBS
from detente.coding.verb_slots import STATEMENT_ROOT, content_clauses, from_match, light_object
from detente.coding.verbs import Lexicon, NounEntry, expand_quantity
from detente.records.event import CameoCode

LAUNCHING_VERBS = frozenset({"fire", "launch", "lob", "shoot", "drop"})
# "warned that Hamas would pay a price", "warned that Israel would regret it": the one named undergoes the threat
_UNDERGOING_VERBS = frozenset({"face", "pay", "bear", "suffer", "regret", "lose", "risk", "incur", "forfeit", "get"})


def _named(token: Token) -> bool:
    """A subject named as an actor: a proper name or a country's people ("Russia", "Chinese forces", "the Kremlin"),
    not a common noun with a name only inside a phrase of its own ("any attack on Israel")."""
    heads = [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTITIES for t in heads)


def _acts_on_named(comp: Token) -> bool:
    """Whether ``comp`` acts on someone named, as its object or in a phrase of its own ("would attack NATO countries",
    "would arm Russia", "will not stop at Ukraine"); "Tehran would burn" and "Beirut would know no quiet" name the
    one who undergoes what is threatened, and act on no one."""
    objects = [c for c in comp.children if c.dep_ in ("dobj", "obj", "dative")]
    objects += [o for p in comp.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"]
    return any(_named(o) for o in objects)


def named_forecast(verb: Token) -> list[Token]:
    """The named subjects of a warning that another "will" or "would" act: "Zelensky warned that Russia would attack
    NATO countries if Ukraine fell", "Blinken warned that China will arm Russia". As with "could" and "might"
    (``forecast_warning``), the warner forecasts the act of whoever is named; the coder keeps the warning as a threat
    only when that one is the warner's own country ("Erdogan warned that Turkey would cut ties"). A pronoun ("Iran
    warned that it would retaliate"), a subject that is no name ("warned that any attack would be met with force"), a
    passive, a verb of undergoing ("warned that Hamas would pay a heavy price"), a subject that acts on no one named
    ("warned that Tehran would burn") and a warning with someone warned
    ("warned Israel that it would ...") stay threats. Empty when the verb is no such warning."""
    if verb.lemma_.lower() not in WARNING_VERBS or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return []
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")):
        if comp.lemma_.lower() in _UNDERGOING_VERBS or not any(
                c.dep_ == "aux" and c.lower_ in PROMISSORY for c in comp.children):
            continue
        found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found and all(s.dep_ == "nsubj" and _named(s) for s in found) and not any(
                t.lower_ in OWN_WORDS for s in found for t in s.subtree) and _acts_on_named(comp):
            return found
    return []


IMPACT_VERBS = frozenset({"hit", "strike", "land", "slam", "crash", "explode"})


WEAPON_CODES = {"missile": "195", "rocket": "195", "drone": "195", "projectile": "195", "bomb": "195",
                "shell": "194"}
"""A weapon fired that a relative clause says hit something ("the missile that hit its territory was fired by
Russia"): an attack on what it hit by whoever fired it (aerial weapons 195, artillery 194)."""


def _frame_lemma(comp: Token) -> str | None:
    """The complement's lemma as a frame's ``by_lemma`` reads it, or None for a phrasal verb: "refused to be drawn on
    the talks" declines comment, "refused to draw down its troops" refuses to withdraw them (a particle makes another
    verb) (sixteenth round)."""
    return None if any(c.dep_ == "prt" for c in comp.children) else comp.lemma_.lower()


def verb_candidate(verb: Token, lexicon: Lexicon, consumed: set[int], folded: set[int]) -> Candidate | None:
    match = lexicon.match_verb(verb)
    if match is not None and match.pattern.code.startswith(ALLEGATION_PREFIX):
        # "accused Russian troops of killing civilians": what is alleged is the content of the accusation
        folded.update(t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for t in c.subtree if t.pos_ in ("VERB", "AUX"))
    if match is not None and match.pattern.objects:
        if match.object_token is not None:
            consumed.add(match.object_token.i)
            if match.pattern.code.startswith(STATEMENT_ROOT):
                # "saw no sign Moscow was ready to end the war": what is hoped, feared or seen a sign of is the
                # statement's content, not an event (seventeenth round)
                content = [t for c in content_clauses(match.object_token) for t in c.subtree]
                folded.update(t.i for t in content if t.pos_ in ("VERB", "AUX"))
                consumed.update(t.i for t in content if t.pos_ in ("NOUN", "PROPN"))
        return from_match(match)
    frame = lexicon.frame(verb)
    if frame is not None and any(c.dep_ in ("oprd", "acomp") for c in verb.children):
        frame = None  # "considers the sanctions illegal": a judgement, not a frame over an event
    if frame is not None:
        complement = frame_complement(verb, lexicon, lemmas=frame.by_lemma, by_agent=True)
        if complement is not None and frame.name == "appeal" and not direct_objects(verb) and any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in complement[0].children):
            complement = None  # "Analysts asked whether China would attack Taiwan": a question, asked of no one
        fronted = complement is not None and complement[0].dep_ == "ccomp" and complement[0].i < verb.i
        # "Russia could strike, officials warned" is a report, not a threat by the officials; "Iran would
        # retaliate, Tehran warned" is a threat (the coder keeps it only when the two subjects are one country)
        agent = tuple(grammatical_subjects(complement[0])) if complement is not None and fronted else ()
        if fronted and not agent:
            complement = None
        if complement is not None and not fronted and frame.name == "threat":
            # "NATO warned that Russia could invade Ukraine": a forecast of another's act is a threat only when the one
            # who could act is the warner's own side ("Erdogan warned that Turkey could ..."); else the act is coded
            agent = tuple(forecast_warning(verb)) or tuple(named_forecast(verb))
        if complement is not None:
            comp_token, comp_code, comp_targets = complement
            if frame.name == "intent" and verb.lemma_.lower() in OFFERING_VERBS:
                comp_code = forces_offered(comp_token, comp_code)  # "offered to send police to Haiti": 0334
            chosen = frame
            if (comp_code is not None and comp_code[:2] >= "13" and frame.conflict_frame
                    and lexicon.frame_named(frame.conflict_frame) is not None):
                chosen = lexicon.frame_named(frame.conflict_frame) or frame
            # "agreed to suspend visa-free travel" is a decision to act, not a threat: the act itself is coded
            code = (None if chosen is not frame and is_decision_to_act(verb)
                    else chosen.code_for(comp_code, _frame_lemma(comp_token)))
            if code is not None:
                if not agent:
                    (consumed if comp_token.pos_ in ("NOUN", "PROPN") else folded).add(comp_token.i)
                # what is asked, promised, threatened or refused is the content of the frame's event, not
                # an event of its own: "demanded that Washington stop arming Taiwan" is one demand; a condition
                # ("would retaliate if Israel attacked") is not what is threatened and stays an event of its own
                conditions = condition_clauses(comp_token)
                kept = {t.i for c in conditions for t in c.subtree}
                kept |= stated_relatives(comp_token)
                kept |= stated_circumstances(comp_token)  # "... as M23 fighters consolidated their hold on Goma"
                # "..., threatening financial penalties": the demander's own participle is no part of what is asked
                kept |= {t.i for c in comp_token.children if demander_participle(c) for t in c.subtree}
                inner = {t.i for t in comp_token.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept}
                cand = frame_candidate(verb, code, chosen.name, comp_token, comp_targets, match, conditions,
                                       coded=comp_code is not None)
                if agent:  # the coder folds the complement only when the frame is kept
                    return dataclasses.replace(cand, same_agent=agent, folds=frozenset(inner | {comp_token.i}))
                folded.update(inner)
                return cand
    light = light_object(verb, lexicon)
    if light is not None:
        consumed.add(light[0].i)
        return _light_candidate(verb, *light)
    if match is not None:
        return from_match(match)
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


def _light_candidate(verb: Token, noun: Token, entry: NounEntry) -> Candidate:
    sources, inherited = subjects(verb)
    patients = patient_possessors(noun)  # "ordered Navalny's arrest": the one arrested, not the arrester
    own = [c for c in noun.children if c.dep_ == "poss" and c not in patients]
    targets = owners_of(prep_objects([noun, verb, *_role_words(verb, noun)], entry.target_preps)
                        + owned_objects(noun, entry)) + datives(verb) + victims_named(noun)
    if is_passive(verb):
        # "Ukraine was given military aid by Germany": a passive light verb that keeps its event noun as object has
        # for subject the one the event is given to; the "by" phrase may hang on the noun
        targets += [t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c)]
        own += prep_objects([noun], frozenset({"by"}))
    particles = tuple(c for c in verb.children if c.dep_ == "prt")
    return Candidate(code=entry.code, trigger=(verb, *particles, noun), scope=verb,
                     sources=(tuple(sources), tuple(own)), targets=(tuple(targets), tuple(patients)),
                     needs_target=entry.needs_target, specificity=2, inherited=inherited, kind="light")


def _role_words(verb: Token, noun: Token) -> list[Token]:
    """The words of an "as <role>" phrase on a light verb or its noun ("made his first trip abroad as pontiff to
    Turkey"): the parser may hang the noun's "to" phrase on the role, which says in what capacity the act is done
    and has no target of its own (twenty-fifth round)."""
    return [t for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "as"
            for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")]


def misread_plural(verb: Token) -> bool:
    """ "killed 31 people during Monday's Saba Saba protests": a present-tense verb with no subject, auxiliary or
    conjunction, hung on another clause as an adverbial, is a plural noun the parser misread (English has no such
    finite clause); it is not an act of the host clause's subject."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in verb.children))
