"""The named steps that find a candidate's source when its own tiers resolve to no actor, in the order they run.

Each step acts only while no source is found (except where it says otherwise); the last steps drop candidates whose
actor the sentence does not name (a nominal, a description, a movement of things). See :mod:`detente.coding.filling`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.addressees import PROTEST_EVENT_NOUNS
from detente.coding.anaphors import (
    adjunct_owner,
    adjunct_pronoun,
    adjunct_subject,
    anaphoric_pair,
    anaphoric_source,
    body_named_before,
    person_named_before,
    speakers_people,
)
from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    CARRYING_ON_PARTICLES,
    SPEECH_VERBS,
    between_parties,
    coordinated,
    grammatical_subjects,
    host_subjects,
    infinitival_relative,
    is_condition,
    is_passive,
    reporting_verb,
    speaker,
)
from detente.coding.crowds import (
    POLICE_NOUNS,
    crowd_source,
    host_sources,
    protest_noun_crowd,
    speakers_forces,
)
from detente.coding.filling import Filling, SentenceContext, Step
from detente.coding.home_groups import (
    coordinated_groups,
    group_sector,
    groups_of_country,
    home_group,
    placed_elsewhere,
    placed_group,
    sole_country,
    sole_country_groups,
)
from detente.coding.joint_acts import is_mutual
from detente.coding.nominals import MEANS_PREPS, means_phrase, theme_of_act
from detente.coding.noun_candidates import joined_act
from detente.coding.participants import actor_country, first_tier, pronoun_subject, same_country
from detente.coding.place_targets import place_authority
from detente.coding.rule_codes import (
    FORCE_ROOTS,
    PLACE_TARGET_ROOTS,
    PROTEST_ROOTS,
    WHEN_CLAUSE_ATTACK_ROOTS,
    WHEN_CLAUSE_TOLL_ROOTS,
)
from detente.coding.verbs import PLURAL_SUBJECT_PRONOUNS, expand_quantity
from detente.records.event import CameoCode

__all__ = ["SOURCE_STEPS"]

AGENT_KINDS = frozenset({"group", "person", "igo", "agent", "user", "title"})
"""Actor kinds a proper name compounded before an event noun must have to be its agent ("the Hamas attack")."""
DEMAND_ROOT = "10"
CONSULT_ROOT = "04"


def own_tiers(f: Filling, ctx: SentenceContext) -> None:
    """The candidate's own source tiers, less towns and regions a tier of several countries' actors names besides
    an agent; a nominal whose own possessor names no actor is not presupposed ("Israel is planning its strikes on
    Iran": the agent comes from the planning)."""
    f.sources = first_tier(f.cand.sources, ctx.mentions)
    if len({actor_country(a) for a in f.sources}) > 1 and any(a.kind != "place" for a in f.sources):
        # "Israeli operations in the Jenin, Tulkarm and Nur Shams camps have driven ...": a town or camp the parser
        # coordinated with the agent is where it acted, not a second agent (twenty-ninth round)
        f.sources = [a for a in f.sources if a.kind != "place"]
    if f.cand.presupposed and not first_tier(f.cand.sources[:1], ctx.mentions):
        f.cand = dataclasses.replace(f.cand, presupposed=False)


OWNER_PRONOUNS = frozenset({"its", "his", "her", "their"})
JUDGING_VERBS = frozenset({
    "criticise", "criticize", "blame", "condemn", "denounce", "fault", "rebuke", "reprimand", "slam", "chide",
    "punish", "sanction", "penalise", "penalize", "fine", "censure", "scold", "attack",
})
"""Verbs of blaming someone "for" what they did: the act in the "for" phrase is the object's ("visited Washington
for his meeting with Trump" is no judgement, and the meeting is the visitor's). Praise and thanks are left out: what
one is thanked for is no event of its own in the gold set ("thanked the United States for its military aid")."""


def object_for_own(f: Filling, ctx: SentenceContext) -> None:
    """ "Washington blamed Tehran for its attacks on shipping", "the EU sanctioned Iran for its drone deliveries to
    Russia": an act named in the "for" phrase of a verb of blaming someone, and owned by a pronoun, is the blamed
    object's (one blames someone for their own acts; twenty-second round). So with "over" ("sanctioned Moscow over
    its attacks") and with a penalty imposed on someone ("imposed sanctions on Russia over its invasion": thirtieth
    round). This step may replace the source the
    resolver's pronoun gave."""
    noun = f.cand.scope
    if f.cand.kind != "noun" or noun.dep_ != "pobj" or noun.head.lower_ not in JUDGED_PREPS:
        return
    if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children):
        return
    verb = noun.head.head
    sanctions = None
    if verb.dep_ in ("dobj", "obj") and verb.lemma_.lower() in PENALTY_NOUNS and verb.head.pos_ in ("VERB", "AUX"):
        sanctions, verb = verb, verb.head  # "imposed sanctions on Russia over its invasion": the phrase on the penalty
    elif verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in JUDGING_VERBS:
        sanctions = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                          and c.lemma_.lower() in PENALTY_NOUNS), None)
    if verb.pos_ not in ("VERB", "AUX") or (sanctions is None and verb.lemma_.lower() not in JUDGING_VERBS):
        return
    objects = tuple(c for c in verb.children if c.dep_ in ("dobj", "obj") and c is not sanctions)
    if sanctions is not None:  # "imposed sanctions on Russia": the one the penalty falls on
        objects = tuple(o for h in (verb, sanctions) for p in h.children if p.dep_ == "prep"
                        and p.lower_ in ("on", "against") for o in p.children if o.dep_ == "pobj")
    found = first_tier((objects,), ctx.mentions)
    if found:
        f.sources = found


JUDGED_PREPS = frozenset({"for", "over"})
"""Prepositions of what one is blamed or punished for: "sanctioned Moscow over its attacks on Ukrainian cities"."""
PENALTY_NOUNS = frozenset({"sanction", "penalty", "tariff", "fine", "embargo", "restriction", "measure"})
"""Penalties imposed "on" someone "over" their own acts ("imposed new sanctions on Russia over its invasion")."""


RECIPIENT_HOST_ROOTS = frozenset({"06", "07"})
"""Material cooperation and aid: acts that give or lend something to a recipient, who uses it in acts of its own
(not praise or thanks, root 05: "thanked the United States for its military aid" is the thanked one's aid, and no
event of its own)."""
RECIPIENT_PREPS = frozenset({"for", "in", "during", "throughout", "with"})


def _phrase_host(noun: Token) -> Token | None:
    """The verb whose phrase a noun lies in ("supplied Russia with shells for its war": supplied; "sold drones to Russia
    for use in its war": sold), through at most three prepositional phrases."""
    node = noun
    for _ in range(3):
        if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ not in RECIPIENT_PREPS:
            return None
        holder = node.head.head
        if holder.pos_ in ("VERB", "AUX"):
            return holder
        if holder.dep_ in ("dobj", "obj") and holder.head.pos_ in ("VERB", "AUX"):
            return holder.head  # "gave Russia economic support for its invasion"
        node = holder
    return None


def recipient_for_own(f: Filling, ctx: SentenceContext) -> None:
    """ "North Korea supplied Russia with shells for its war in Ukraine", "China gave Russia economic support for its
    invasion", "Washington armed Israel throughout its war in Gaza": an act owned by "its" or "their" in a phrase of a
    clause of aid or cooperation is the recipient's, the one country the clause reached, not the giver's (the
    resolver reads the pronoun as the clause's subject). Not when the recipient is what the act is aimed at ("Russia
    bombed Ukraine in its war": no aid) (twenty-eighth round). This step may replace the source the pronoun gave."""
    noun = f.cand.scope
    if f.cand.kind != "noun" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return
    host = _phrase_host(noun)
    if host is None:
        return
    for cand, sources, targets in ctx.slots:
        if cand.scope.i != host.i or cand.kind == "noun" or cand.code[:2] not in RECIPIENT_HOST_ROOTS or not sources:
            continue
        own = {actor_country(s) for s in sources}
        recipients = [t for t in targets if actor_country(t) not in own]
        aimed = {actor_country(t) for t in first_tier(f.cand.targets, ctx.mentions)}
        if len({actor_country(t) for t in recipients}) == 1 and not aimed & {actor_country(t) for t in recipients}:
            f.sources = recipients[:1]
        return


HOSTILE_FROM = "10"
"""Roots from here on (demands, disapproval, rejection, threats, protest, posture, sanctions, coercion, force) are
acts against someone."""
CONDITION_PRONOUNS = frozenset({"it", "they"})


def warned_party(f: Filling, ctx: SentenceContext) -> None:
    """ "Moscow warned the European Union of a painful response if it confiscated Russia's frozen assets", "China
    warned Japan of consequences if it sent warships near Taiwan": the pronoun subject of a condition read as the
    warner stands for the party warned when the clause would act against the warner itself; no one is said to act
    against itself, so the pronoun is the other party the host clause addresses (its object; twenty-second round).
    "Russia warned it would respond if it was attacked" keeps Russia (no act against Russia named in the clause)."""
    cand = f.cand
    tier = cand.sources[0] if cand.sources else ()
    if (not f.sources or cand.kind == "noun" or len(tier) != 1 or tier[0].lower_ not in CONDITION_PRONOUNS
            or cand.code[:2] < HOSTILE_FROM or not _in_condition(cand.scope)):
        return
    aimed = first_tier(cand.targets, ctx.mentions)
    if not aimed or not same_country(aimed, f.sources):
        return
    node = cand.scope
    for _ in range(3):  # up through the condition and a reported clause to the warning verb
        node = node.head
        objects = tuple(c for c in node.children if c.dep_ in ("dobj", "dative"))
        warned = [a for a in first_tier((objects,), ctx.mentions) if not same_country([a], f.sources)]
        if warned:
            f.sources = warned
            return
        if node.head.i == node.i:
            return


def _in_condition(verb: Token) -> bool:
    """True when ``verb`` heads an "if/unless" clause (or is coordinated inside one)."""
    return is_condition(verb.head if verb.dep_ == "conj" else verb)


def coordinated_home_groups(f: Filling, ctx: SentenceContext) -> None:
    """ "Chad's transitional government and more than 40 rebel groups signed a peace deal": an unnamed group named
    with actors of one country is that country's."""
    tier = next((tier for tier in f.cand.sources if any(
        a.token_start <= tok.i < a.token_end or a.head == tok.i for tok in tier for a in f.sources)), ())
    if len(tier) > 1:
        f.sources = [*f.sources, *coordinated_groups(tier, f.sources)]


def placed(f: Filling, ctx: SentenceContext) -> None:
    """ "Students in Tehran rallied against the deal", "officials in Kyiv said": an unnamed group placed by its own
    "in" phrase is of that place's country."""
    if not f.sources and f.cand.sources:
        f.sources = [a for tok in f.cand.sources[0] if (a := placed_group(tok, ctx.mentions)) is not None]


def placed_by_where(f: Filling, ctx: SentenceContext) -> None:
    """ "... driven back to Kampala, where a military court charged him": an unnamed institution, force or group in a
    "where" clause on a place is of that place's country (seventeenth round)."""
    scope = f.cand.scope
    if f.sources or not f.cand.sources or scope.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in scope.children):
        return
    place = ctx.mentions.at_token(scope.head.i)
    country = place.country if place is not None else None
    if country and len(country) == 3:
        f.sources = [a for tok in f.cand.sources[0]
                     if (a := home_group(tok, country, why=f"placed where {scope.head.text} is")) is not None]


def crowd(f: Filling, ctx: SentenceContext) -> None:
    """ "Students ... demanded snap elections at a rally in Belgrade": people from where they are."""
    if not f.sources and f.cand.code[:2] in PROTEST_ROOTS | {DEMAND_ROOT}:
        f.sources = crowd_source(f.cand, ctx.mentions)


def police(f: Filling, ctx: SentenceContext) -> None:
    """ "Police fired tear gas at opposition supporters in Maputo": the police of where they act."""
    if not f.sources and f.cand.kind != "noun":
        f.sources = crowd_source(f.cand, ctx.mentions, POLICE_NOUNS)


TIME_CLAUSE_MARKS = frozenset({"before", "after", "when", "while", "as", "once", "until", "since", "because"})
"""Conjunctions of a time or cause clause whose pronoun subject may stand for the subject of the clause it hangs on."""


def time_clause_pronoun(f: Filling, ctx: SentenceContext) -> None:
    """ "Moscow said Kyiv had broken the truce before it launched a drone attack", "Israel said Hamas had rejected
    the offer after it fired rockets": a pronoun subject of a time or cause clause hung on a reported clause is that
    clause's subject, the nearest actor it can stand for, not the speaker further off ("it" only for one actor that
    is not a plural noun; twenty-fifth round)."""
    cand = f.cand
    if f.sources or not pronoun_subject(cand):
        return
    pronoun = cand.sources[0][0]
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in TIME_CLAUSE_MARKS for m in clause.children):
        return
    host = clause.head
    if host.dep_ != "ccomp" or speaker(cand.scope) is None:
        return
    subjects = [t for t in grammatical_subjects(host) if t.i != pronoun.i and t.pos_ != "PRON"]
    actors = first_tier((tuple(subjects),), ctx.mentions)
    singular = pronoun.lower_ in ("it", "he", "she")
    if actors and (not singular or (len(actors) == 1 and all(t.tag_ not in ("NNS", "NNPS") for t in subjects))):
        f.sources = actors


OWN_CLAUSE_DEPS = frozenset({"advcl", "conj"})
"""Clauses hung on another ("a month after its own negotiators initialled the text", "and its own army moved in"),
whose possessive pronoun subject stands for the host clause's subject."""


def owned_agents_of_host(f: Filling, ctx: SentenceContext) -> None:
    """ "The FLNKS, New Caledonia's main pro-independence alliance, has rejected the accord, a month after its own
    negotiators initialled the text with Paris": people owned by a possessive pronoun with "own" ("its own
    negotiators", "their own delegation") who are the subject of a clause hung on another are the host clause's named
    subject's, however long the apposition between them; "its" takes one actor that is not a plural noun, "their"
    every one (thirty-second round)."""
    cand = f.cand
    tier = cand.sources[0] if cand.sources else ()
    if f.sources or cand.kind not in ("verb", "light") or len(tier) != 1:
        return
    noun = tier[0]
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    clause = noun.head
    if owner is None or not any(c.lower_ == "own" for c in noun.children) or noun.dep_ not in ("nsubj", "nsubjpass") or clause.i != cand.scope.i \
            or clause.dep_ not in OWN_CLAUSE_DEPS or clause.head.pos_ not in ("VERB", "AUX"):
        return
    subjects = [t for t in grammatical_subjects(clause.head) if t.pos_ != "PRON"]
    actors = first_tier((tuple(subjects),), ctx.mentions, places=False)
    singular = owner.lower_ in ("its", "his", "her")
    if actors and (not singular or (len(actors) == 1 and all(t.tag_ not in ("NNS", "NNPS") for t in subjects))):
        f.sources = actors


CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a condition clause whose pronoun subject may stand for the subject of the clause it conditions."""
CONSEQUENCE_VERBS = frozenset({"face", "pay", "bear", "suffer", "regret", "lose", "risk", "incur", "forfeit"})
"""Verbs whose subject undergoes the consequences of its own act ("would face a response", "would pay a heavy price",
"would bear responsibility", "would lose funds"), as a passive subject does ("would be punished")."""


def condition_pronoun(f: Filling, ctx: SentenceContext) -> None:
    """ "Russia said Ukraine would face a response if it struck targets inside Russia", "China warned that Taiwan would
    pay a price if it declared independence": a pronoun subject of a condition on a clause whose named subject would
    face, pay for or bear the consequences (or would undergo them, in a passive) stands for that subject, not the
    speaker further out; one who would act in answer ("Ukraine said Russia would respond if it struck Crimea") is
    answering the speaker's own act, and "Russia said it would respond if it were attacked" keeps the speaker (the
    host's subject is a pronoun too). "It" needs one actor there; "they" takes every one (twenty-ninth round)."""
    cand = f.cand
    if f.sources or not pronoun_subject(cand) or cand.kind == "noun":
        return
    pronoun, verb = cand.sources[0][0], cand.scope
    if pronoun.head.i != verb.i or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return
    host_verb = verb.head
    if host_verb.lemma_.lower() not in CONSEQUENCE_VERBS and not any(c.dep_ == "nsubjpass" for c in host_verb.children):
        return  # "Russia said NATO would respond if it attacked": the responder's own act is no condition on itself
    subjects = [t for s in grammatical_subjects(verb.head) for t in coordinated(s)]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return
    host = first_tier((tuple(subjects),), ctx.mentions)
    if host and (pronoun.lower_ in PLURAL_SUBJECT_PRONOUNS or (len(host) == 1 and len(subjects) == 1)):
        f.sources = host


def pronoun_speaker(f: Filling, ctx: SentenceContext) -> None:
    """ "China said it was ready to ...": an unresolved pronoun subject of reported speech is the speaker; a plural
    pronoun stands for all the speakers ("Obama and Putin said they will attack Iraq"); with no speaker, the host
    clause's subject ("Will Moscow pull back the troops it has massed?": it = Moscow)."""
    cand = f.cand
    if f.sources or not pronoun_subject(cand):
        return
    said_by = speaker(cand.scope)
    said = (tuple(coordinated(said_by)) if cand.sources[0][0].lower_ in PLURAL_SUBJECT_PRONOUNS
            else (said_by,)) if said_by is not None else ()
    f.sources = first_tier((said,), ctx.mentions) if said else []
    if not f.sources:
        f.sources = first_tier((tuple(host_subjects(cand.scope)),), ctx.mentions)


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})


def coordinated_pronoun(f: Filling, ctx: SentenceContext) -> None:
    """ "Would Moscow grant him asylum, or would it hand him over to Damascus?", "Turkey detained the suspect, and it
    will hand him over to Iraq": a pronoun subject of a clause coordinated after another is that clause's subject
    (the nearest actor it can stand for)."""
    if f.sources or f.cand.kind == "noun" or not f.cand.sources:
        return
    for tok in f.cand.sources[0]:
        clause = tok.head
        if (tok.lower_ not in SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or clause.dep_ != "conj"
                or clause.head.i >= clause.i):
            continue
        host = first_tier((tuple(grammatical_subjects(clause.head)),), ctx.mentions)
        if host and (tok.lower_ == "they" or len(host) == 1):
            f.sources = host
            return


def speakers_owned(f: Filling, ctx: SentenceContext) -> None:
    """ "Japan's foreign ministry said its minister had met his Chinese counterpart": the speaker's own people."""
    if not f.sources and f.cand.kind != "noun":
        f.sources = speakers_people(f.cand, ctx.mentions)


def speakers_own_forces(f: Filling, ctx: SentenceContext) -> None:
    """ "the army chief told officers that soldiers would not fire": the speaker's own forces."""
    if not f.sources and f.cand.kind != "noun":
        f.sources = speakers_forces(f.cand, ctx.mentions)


STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def speakers_state_body(f: Filling, ctx: SentenceContext) -> None:
    """ "The ministry summoned the Chinese ambassador, Manila said", "Authorities arrested the opposition leader, his
    party said": an unnamed state body (a ministry, the government, the authorities, the army, the police, a court)
    whose act a speaker of one country reports is that country's own, whatever other country the act names
    (twenty-second round). Not an IGO's or an unplaced speaker's word, and not a body the phrase itself places or
    names ("the Chinese ministry")."""
    if f.sources or f.cand.kind == "noun" or not f.cand.sources or len(f.cand.sources[0]) != 1:
        return
    tok = f.cand.sources[0][0]
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in tok.children):
        return
    report = reporting_verb(f.cand.scope)
    said_by = grammatical_subjects(report) if report is not None else []
    who = first_tier((tuple(said_by),), ctx.mentions) if said_by else []
    countries = {actor_country(a) for a in who}
    if len(countries) != 1 or len(next(iter(countries))) != 3:
        return
    actor = home_group(tok, next(iter(countries)), why="reported by its own country's speaker", people=False)
    if actor is not None and actor.sector in STATE_BODY_SECTORS:
        f.sources = [actor]


def anaphoric_pair_source(f: Filling, ctx: SentenceContext) -> None:
    """ "Putin called Xi and the two leaders agreed to hold talks": the pair named before."""
    if not f.sources and f.cand.kind != "noun":
        f.sources = anaphoric_pair(f.cand, ctx.mentions)


def host_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "Protesters led by Pashinyan blocked streets across Yerevan, demanding that ...": a clause that shares its
    host's subject has the actor the host's subject was found to be."""
    cand = f.cand
    if not f.sources and cand.inherited and cand.scope.dep_ in ("advcl", "xcomp", "conj"):
        f.sources = ctx.filled(cand.scope.head)[0]


def participle_host(f: Filling, ctx: SentenceContext) -> None:
    """ "Royalist protesters demanding the return of the monarchy clashed with police": the host's subject."""
    scope = f.cand.scope
    if not f.sources and scope.dep_ == "acl" and scope.tag_ == "VBG" and scope.head.dep_ in ("nsubj", "nsubjpass"):
        f.sources = host_sources(scope.head.head, ctx.candidates, ctx.mentions)


def anaphor(f: Filling, ctx: SentenceContext) -> None:
    """ "... after the government agreed to hold elections": "the government" of the country named before."""
    if not f.sources and f.cand.kind != "noun":
        f.sources = anaphoric_source(f.cand, ctx.mentions)


def person_anaphor(f: Filling, ctx: SentenceContext) -> None:
    """ "days after the opposition candidate fled to Spain", "ECOWAS suspended Niger, and the bloc threatened
    military intervention": a definite description of a person or an organisation as the subject stands for the one
    such actor the sentence named before it (:func:`detente.coding.anaphors.person_named_before`,
    :func:`detente.coding.anaphors.body_named_before`; twenty-ninth round)."""
    if not f.sources and f.cand.sources and f.cand.kind != "noun":
        found = [a for t in f.cand.sources[0]
                 if (a := person_named_before(t, ctx.mentions) or body_named_before(t, ctx.mentions)) is not None]
        f.sources = found[:1]


DOING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "claim", "perpetrate", "commit"})
"""Verbs of a relative clause on an attack that name who did it ("an attack the BLA carried out", "a bombing that
Islamic State claimed"), directly or inside what someone said or admitted ("... said it had carried out")."""
SAYING_VERBS = frozenset({"say", "admit", "acknowledge", "announce"})
RELATIVE_WORDS = frozenset({"that", "which", "who"})


def claimed_doers(noun: Token) -> list[Token]:
    """Who a relative clause or participle on the act ``noun`` says did it: "an attack the Balochistan Liberation Army
    said it had carried out", "a bombing claimed by Islamic State"; empty when none says so."""
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        lemma = clause.lemma_.lower()
        if lemma in DOING_VERBS and clause.dep_ == "acl" and clause.tag_ == "VBN":
            return [p for g in clause.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        done = lemma in DOING_VERBS or (lemma in SAYING_VERBS and any(
            c.dep_ == "ccomp" and c.lemma_.lower() in DOING_VERBS for c in clause.children))
        doers = [t for t in grammatical_subjects(clause) if t.lower_ not in RELATIVE_WORDS]
        if done and clause.dep_ == "relcl" and doers:
            return doers
    return []


def claimed_act(f: Filling, ctx: SentenceContext) -> None:
    """ "Two Chinese engineers were killed in an attack the Balochistan Liberation Army said it had carried out": a
    passive whose "in" phrase names the act is done by whom a relative clause on the act says did it (the act's own
    noun restates the killing and stays without an actor)."""
    scope = f.cand.scope
    if f.sources or f.cand.kind != "verb" or scope.tag_ != "VBN" or not any(
            c.dep_ == "auxpass" for c in scope.children):
        return
    acts = [p for c in scope.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
            for p in c.children if p.dep_ == "pobj"]
    doers = tuple(t for act in acts for t in claimed_doers(act))
    if doers:
        f.sources = first_tier((doers,), ctx.mentions)


ATTACK_TIME_MARKS = frozenset({"when", "as", "after"})


def attacker_of_when_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "More than 800 people were killed in Ardamata when the RSF overran the town": an agentless passive killing
    whose time clause is an attack was done by the attackers (seventeenth round)."""
    scope = f.cand.scope
    if f.sources or f.cand.kind != "verb" or f.cand.code[:2] not in WHEN_CLAUSE_TOLL_ROOTS or not is_passive(scope) \
            or any(c.dep_ == "agent" for c in scope.children):
        return
    # the parser may hang the "when" clause on the place named last ("in West Darfur, when the RSF overran the town")
    clauses = [c for c in scope.subtree if c.dep_ in ("advcl", "relcl") and c.i > scope.i and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ATTACK_TIME_MARKS for m in c.children)]
    for clause in clauses:
        for cand in ctx.candidates:
            if cand.scope.i == clause.i and cand.code[:2] in WHEN_CLAUSE_ATTACK_ROOTS and cand.kind == "verb":
                f.sources = first_tier(cand.sources, ctx.mentions)
                if f.sources:
                    return


def place_holder(f: Filling, ctx: SentenceContext) -> None:
    """ "a missionary was arrested in Lebanon": by the Lebanese authorities."""
    if not f.sources:
        f.sources = place_authority(f.cand, ctx.mentions)


def home_source(f: Filling, ctx: SentenceContext) -> None:
    """ "The army killed 20 militants in North Waziristan", "security forces fired on coca growers marching towards
    Cochabamba": unnamed forces, officials or people acting in a sentence that names one country only are of it."""
    if f.sources or f.cand.kind == "noun" or not f.cand.sources:
        return
    aimed = tuple(t for tier in f.cand.targets for t in tier)
    if f.cand.code[:2] in PROTEST_ROOTS:
        # "coca growers marching towards Cochabamba": a town marched on or towards is where the crowd is going, in
        # its own country, not a foreign target (an embassy or a state named as such still is)
        aimed = tuple(t for t in aimed if (m := ctx.mentions.at_token(t.i)) is None or m.kind != "place")
    home = _home_place_country(f, ctx)
    if home is not None:
        # "The government sent more troops to Minneapolis": a government acting on a town of a country, in a sentence
        # that names no other country, is that country's
        f.sources = groups_of_country(f.cand.sources[0], home, ctx.mentions)
        if f.sources:
            return
    country = sole_country(ctx.sent, ctx.mentions, besides=aimed)
    tried = _tried_persons_country(f, ctx) if country is None else None
    if tried is not None:
        f.sources = [a for tok in f.cand.sources[0]
                     if (a := home_group(tok, tried, why="the country of the people it acts on")) is not None
                     and a.sector in JUSTICE_SECTORS]
        return
    if country is not None:  # "The government and the opposition signed an agreement in Caracas": both
        found = groups_of_country(f.cand.sources[0], country, ctx.mentions)
        # "The government expressed appreciation for China's assistance": an unnamed government is whichever the
        # text spoke of before (the anaphor step), not the country the sentence names
        if not any(a.sector != "GOV" for a in found):
            return
        # "The court opened an investigation into alleged war crimes in Syria": a court, legislature or prosecutor
        # acts where it sits, which a place inside what it acts on does not say (forces and crowds act where they are)
        aimed_at = tuple(t for tier in f.cand.targets for slot in tier for t in slot.subtree)
        if any(a.sector in ("JUD", "LEG") for a in found) and sole_country(
                ctx.sent, ctx.mentions, besides=aimed_at, places=False) is None:
            return
        f.sources = found


def _home_place_country(f: Filling, ctx: SentenceContext) -> str | None:
    """The country of the towns and regions an unnamed government, authorities or junta acts on or in, when the
    sentence names no other country but the nationality of those it acts on: "The government sent more troops to
    Minneapolis" (USA), "the junta arrested opposition leaders in Bamako" (MLI), "the junta expelled the French
    ambassador from Niamey" (NER: a government expels foreign envoys from its own capital). A country or people
    named as such ("expressed appreciation for China's help") is left to the other steps, and so is a town named
    only inside another phrase ("condemned the attack in Kyiv") or towns of two countries."""
    tokens = f.cand.sources[0]
    if not tokens or any(group_sector(t) != "GOV" for t in tokens):
        return None
    verb = f.cand.scope
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    objects = {o.i for v in verbs for o in v.children if o.dep_ in ("dobj", "obj")}
    attached = objects | {o.i for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children
                          if o.dep_ == "pobj"}
    places, others = [], []
    for m in ctx.mentions.within(ctx.sent.start, ctx.sent.end):
        if m.kind == "place" and m.country or m.reason.startswith("capital '"):
            places.append(m)
        elif m.country or m.kind == "place":
            others.append(m)
    # "expelled the French ambassador", "ordered French troops to leave": the nationality of those acted on
    foreign = [m for m in others if m.head in objects and ctx.sent.doc[m.head].pos_ == "NOUN"]
    countries = {m.country for m in places}
    if len(others) != len(foreign) or len(countries) != 1 or any(m.country in countries for m in foreign):
        return None
    # "detained a British journalist in Tehran": the parser may hang the place on the foreigner acted on
    attached |= {o.i for m in foreign for p in ctx.sent.doc[m.head].children if p.dep_ == "prep"
                 for o in p.children if o.dep_ == "pobj"}
    if not any(m.head in attached for m in places):
        return None
    return places[0].country


JUSTICE_SECTORS = frozenset({"JUD", "COP"})
"""Unnamed prosecutors, investigators, judges, courts and police."""
JUSTICE_ROOTS = frozenset({"09", "11", "17"})
"""Investigations, accusations and coercion: what a justice organ does to the people it tries."""
PERSON_MENTION_KINDS = frozenset({"person", "title"})


def _tried_persons_country(f: Filling, ctx: SentenceContext) -> str | None:
    """The country of the named people an unnamed justice organ investigates, charges, arrests or tries when they are
    all the sentence names: "Prosecutors charged former president Jair Bolsonaro with plotting a coup", "Investigators
    detained President Yoon Suk Yeol", "A court sentenced Alexei Navalny to 19 years": prosecutors, courts and police
    act on their own country's politicians and citizens; a foreign one is named as such ("German prosecutors") or
    placed ("a court in Paris"). Not forces or crowds, not a country or place as target (twenty-second round)."""
    if f.cand.code[:2] not in JUSTICE_ROOTS or not f.cand.sources:
        return None
    if not any((s := group_sector(tok, people=False)) is not None and s in JUSTICE_SECTORS
               for tok in f.cand.sources[0]):
        return None
    named = [m for m in ctx.mentions.within(ctx.sent.start, ctx.sent.end) if m.country and len(m.country) == 3]
    aimed = {t.i for tier in f.cand.targets for slot in tier for t in slot.subtree}
    if not named or any(m.head not in aimed or m.kind not in PERSON_MENTION_KINDS for m in named):
        return None
    countries = {m.country for m in named}
    return next(iter(countries)) if len(countries) == 1 else None


STATE_ORGANS = frozenset({"LEG", "JUD", "MIL", "COP"})
"""Sectors of a state's own unnamed organs (an unnamed government is the anaphor step's)."""


def coordinated_clause_group(f: Filling, ctx: SentenceContext) -> None:
    """ "Tehran accused the IAEA's chief of bias, and lawmakers voted to suspend cooperation with his agency": an
    unnamed institution or group that is the subject of a clause coordinated after one whose subject is a country's
    actor is that country's (the sentence goes on about the same country)."""
    if f.sources or f.cand.kind == "noun" or not f.cand.sources:
        return
    for tok in f.cand.sources[0]:
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "conj" or clause.head.i >= clause.i:
            continue
        host = first_tier((tuple(grammatical_subjects(clause.head)),), ctx.mentions)
        countries = {actor_country(a) for a in host}
        if len(countries) != 1 or len(next(iter(countries))) != 3:
            continue
        country = next(iter(countries))
        if placed_elsewhere(tok, country, ctx.mentions):
            continue
        actor = home_group(tok, country, why="subject of a clause coordinated with its country's", people=False)
        # a state's own organs only: "Israel struck Gaza, and militants fired rockets" are not Israel's militants
        if actor is not None and actor.sector in STATE_ORGANS:
            f.sources = [actor]
            return


def adjunct_possessor(f: Filling, ctx: SentenceContext) -> None:
    """ "during their visit to Kyiv", "during his visit to Tokyo": whose visit, among the clause's actors (this step
    may replace a source found before)."""
    if f.cand.kind == "noun" and adjunct_pronoun(f.cand.scope) is not None:
        f.sources = adjunct_owner(f.cand, f.sources, ctx.mentions) or f.sources


def adjunct_clause_subject(f: Filling, ctx: SentenceContext) -> None:
    """ "the presidency said after a phone call with al-Burhan": the clause's subject."""
    if not f.sources and f.cand.kind == "noun":
        f.sources = adjunct_subject(f.cand, ctx.mentions)


def attempted_by_clause(noun: Token) -> Token | None:
    """The verb of the clause whose act an "in an attempt on ..." phrase names ("set off a roadside bomb as the
    convoy passed, in an attempt on his life": the setting off), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
        verb = verb.head  # "as the president's convoy passed through Mogadishu in an attempt": the main clause's
    return verb


def attempt_of_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "Al-Shabaab set off a roadside bomb as the president's convoy passed, in an attempt on his life": an attempt
    named as what the clause's act was ("in an attempt on", "in a bid on") is by that clause's subject (nineteenth
    round)."""
    verb = attempted_by_clause(f.cand.scope)
    if not f.sources and f.cand.kind == "noun" and f.cand.code.startswith(ATTEMPT_ON_LIFE) and verb is not None:
        host = ctx.filled(verb)[0]
        f.sources = host or first_tier((tuple(grammatical_subjects(verb)),), ctx.mentions)


FORCE_ADJECTIVES = frozenset({"military", "naval", "air", "army", "armed", "navy", "airborne"})
"""Adjectives of a country's forces: a country named before them owns the act ("the US naval build-up")."""


def name_modifier(f: Filling, ctx: SentenceContext) -> None:
    """ "the Hamas attack": a name compounded before a nominal is its agent when it names a group, person or body;
    "any unilateral US strike on cartels inside Mexico": a country before an attack whose target is named after it.
    "Hungary will not block the renewal of EU sanctions on Russia": a nominal named only so, in the object of another
    act, is what that act is about, not a report (dropped)."""
    cand = f.cand
    if f.sources or not cand.name_modifiers:
        return
    if theme_of_act(cand.scope, ctx.candidates):
        f.dropped = True
        return
    named = first_tier((cand.name_modifiers,), ctx.mentions)
    f.sources = [a for a in named if a.kind in AGENT_KINDS]
    if not f.sources and any(c.dep_ == "amod" and c.lower_ in FORCE_ADJECTIVES and c.i > m.i
                             for c in cand.scope.children for m in cand.name_modifiers):
        # "the US naval build-up", "the Russian military drills": a country named before its forces' act does it
        f.sources = [a for a in named if a.kind == "country"]
    if not f.sources and cand.code[:2] in PLACE_TARGET_ROOTS:
        hit = first_tier(cand.targets, ctx.mentions)
        f.sources = [a for a in named if a.kind == "country"] if hit and not same_country(hit, named) else []
    if f.sources:
        f.cand = dataclasses.replace(cand, presupposed=True)


def misparsed_name(f: Filling, ctx: SentenceContext) -> None:
    """ "where an ELN offensive against rival FARC dissidents has killed 80 people": a proper name just before an event
    noun that the parser read as the noun's subject (taking the noun for a clause) is a name compounded before it,
    as in "an ELN offensive" elsewhere; the name-modifier step then reads it (twenty-sixth round). So is a name the
    parser hung loosely (nmod) before the noun's adjectives: "the US naval build-up" (thirtieth round)."""
    cand, noun = f.cand, f.cand.scope
    if f.sources or cand.kind != "noun" or cand.name_modifiers or noun.pos_ != "NOUN":
        return
    names = tuple(c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i == noun.i - 1)
    # "in response to the US naval build-up in the Caribbean", "a UN humanitarian mission": with an adjective between,
    # the parser reads the name as a loose modifier (nmod), not a compound; it is compounded before the noun all the same
    names = names or tuple(c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < noun.i
                           and all(noun.doc[j].head.i == noun.i and noun.doc[j].dep_ in ("amod", "compound")
                                   for j in range(c.right_edge.i + 1, noun.i)))
    if names:
        f.cand = dataclasses.replace(cand, name_modifiers=names)


DOING_HOSTS = frozenset({"lead", "wage", "slap", "unleash", "spearhead", "sustain", "enforce", "fight",
                         "undertake", "initiate", "execute", "perform", "redouble"})
"""Verbs whose subject does the event noun they take as object, beyond the candidate builder's own list: "Hamas
fighters led the assault on the base", "the junta waged a campaign of air strikes", "Washington slapped sanctions on
Caracas", "the army unleashed an offensive"."""
UP_HOSTS = frozenset({"keep", "ramp", "step", "crank", "gear"})
"""Verbs that do their object with "up": "kept up the road blockades", "ramped up its strikes"."""


def host_verb_object(f: Filling, ctx: SentenceContext) -> None:
    """ "Hamas fighters led the assault on the base", "Morales's loyalists kept up the road blockades": an event noun
    that is the object of a verb of doing, leading or keeping up is its subject's act (twenty-sixth round). Not a
    passive ("the assault was led by ..." names its agent)."""
    cand = f.cand
    if f.sources or cand.kind != "noun":
        return
    top = cand.scope
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    verb = top.head
    lemma = verb.lemma_.lower()
    if top.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or is_passive(verb) or not (
            lemma in DOING_HOSTS or (lemma in UP_HOSTS and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in verb.children))):
        return
    f.sources = ctx.filled(verb)[0] or first_tier((tuple(grammatical_subjects(verb)),), ctx.mentions)


def pair_between(f: Filling, ctx: SentenceContext) -> None:
    """ "..., the first joint air exercise between the two countries", "talks between the two sides": a nominal done
    "between" a pair that refers back is done by the last two actors of different countries named before it, each
    with the other (twenty-sixth round; as "the two leaders" subject of a clause)."""
    cand = f.cand
    if f.sources or cand.kind != "noun" or not cand.sources or not any(
            c.dep_ == "prep" and c.lower_ == "between" for c in cand.scope.children):
        return
    f.sources = anaphoric_pair(cand, ctx.mentions)


OF_AGENT_ROOTS = frozenset({"04", "14"})
"""Meetings, visits and protests: done by someone, to no one in the "of" phrase ("the visit of Xi Jinping to
Moscow", "a protest of farmers"), unlike acts done to someone ("the release of prisoners", "the killing of Soleimani",
where "of" names the patient)."""
PLACE_KINDS = frozenset({"place", "capital"})


def of_agent(f: Filling, ctx: SentenceContext) -> None:
    """ "The visit of Xi Jinping to Moscow", "the arrival of the Chinese delegation", "a protest of farmers": the "of"
    phrase of a meeting, visit or protest noun names who makes it (twenty-sixth round). Not a place ("the summit of
    Sharm el-Sheikh") and not the acts of other roots, whose "of" names the one acted on."""
    cand = f.cand
    if f.sources or cand.kind != "noun" or cand.code[:2] not in OF_AGENT_ROOTS:
        return
    agents = tuple(p for c in cand.scope.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    f.sources = [a for a in first_tier((agents,), ctx.mentions) if a.kind not in PLACE_KINDS]


INVESTIGATION_ROOT = "09"


def own_agent_home(f: Filling, ctx: SentenceContext) -> None:
    """ "A strike by taxi drivers in Luanda", "protests by students against the president's decree", "a crackdown by
    police on the opposition": an unnamed group that is an event noun's own agent (its "by" phrase or possessor) in a
    sentence that names one country only is of that country, as a clause's unnamed subject is (twenty-sixth round).
    Acts of investigation, demand, protest or force only: "at the request of prosecutors", "calls by analysts" are
    not reported as acts of their own."""
    cand = f.cand
    if (f.sources or cand.kind != "noun" or not cand.sources or not cand.sources[0]
            or cand.code[:2] < INVESTIGATION_ROOT):
        return
    f.sources = sole_country_groups((t for t in cand.sources[0] if t.pos_ == "NOUN"), ctx.sent, ctx.mentions,
                                    besides=tuple(t for tier in cand.targets for t in tier))


ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "answer", "reply", "hit", "strike"})
"""Verbs of answering another's act: their "by" clause says how ("responded by seizing a British tanker"), their
"with" phrase names the act they answer with ("Israel responded with air strikes on southern Lebanon", "hit back
with sanctions")."""
ANSWERING_WITH_VERBS = ANSWERING_VERBS | {"counter", "follow"}
"""With "with", "countered" and "followed up" answer too ("followed up with a drone attack")."""
BACK_WORDS = frozenset({"back", "up"})
"""Particles that make "hit", "strike" and "follow" verbs of answering ("hit back", "struck back", "followed up")."""
CARRYING_ON_VERBS = frozenset({"proceed", "continue", "persist"})
"""Verbs whose "with" phrase names what their subject goes on doing ("Israel proceeded with its ground operation")."""
AHEAD_VERBS = frozenset({"go", "press", "push", "forge", "move", "plough", "plow", "carry"})
"""Verbs that with "ahead", "on" or "forward" (``clauses.CARRYING_ON_PARTICLES``) say their subject goes on with an
act ("pressed ahead with strikes")."""


def answered_with(f: Filling, ctx: SentenceContext) -> None:
    """ "Israel responded with air strikes on southern Lebanon", "Tehran retaliated with a barrage of missiles", "Russia
    pressed ahead with its offensive in Donetsk": an event noun that is what the subject of a verb of answering or of
    going on answered or went on with is that subject's act (twenty-second round). Not "a country hit with sanctions" (a passive: the subject is hit) nor a plain "hit with" ("hit Kyiv with
    drones": the drones are the weapon, which the verb's own pattern codes)."""
    scope = f.cand.scope
    if f.sources or f.cand.kind != "noun" or scope.dep_ != "pobj" or scope.head.lower_ != "with":
        return
    verb = scope.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if not (lemma in CARRYING_ON_VERBS or (lemma in AHEAD_VERBS and words & CARRYING_ON_PARTICLES)
            or (lemma in ANSWERING_WITH_VERBS and (lemma not in ("hit", "strike", "follow") or words & BACK_WORDS))):
        return
    f.sources = ctx.filled(verb)[0] or first_tier((tuple(grammatical_subjects(verb)),), ctx.mentions)


MOTIVE_NOUNS = frozenset({"retaliation", "response", "reprisal", "protest", "solidarity", "revenge", "reaction",
                          "return", "exchange", "defiance", "support", "memory", "honour", "honor"})
"""Nouns of the idioms that give a clause's motive, bare after "in" ("in retaliation for", "in protest at", "in
response to", "in solidarity with"): they name why the subject acted, not a second event ("marked the anniversary
with protests" names one)."""
REFERRING_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
"""Determiners of an act named as one known already ("denied any role in the attack"), not as the subject's means."""
SUFFERING_VERBS = frozenset({
    "die", "perish", "fall", "suffer", "lose", "sustain", "injure", "wound", "kill", "trap", "catch", "survive",
    "escape", "flee", "hide", "shelter", "disappear", "vanish", "destroy", "damage", "collapse", "burn",
})
"""Verbs whose subject undergoes what the "in" phrase names ("three soldiers died in the attack", "Ukraine lost
ten men in the offensive"): the victims, not the actors of the act."""
WITH_CONTENT_VERBS = frozenset({
    "threaten", "warn", "charge", "accuse", "indict", "link", "connect", "associate", "tie", "credit", "compare",
    "confront", "replace", "combine", "equate", "coordinate", "meet", "face", "saddle", "burden", "help",
    "assist",
})
"""Verbs whose "with" phrase is not the subject's own means: what is threatened or charged ("threatened Iran with
sanctions", "charged him with murder"), what another act is tied to or compared with, what the object is faced with,
or what it is helped with ("helped Kenya with its elections")."""
STATEMENT_ROOT = "01"


def means_of_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "Unions brought Greece to a standstill with a general strike", "French rail unions walked out in a nationwide
    strike", "Netanyahu told Erdogan in a phone call", "Kenyan activists marked the anniversary with protests": an
    event noun with no actor of its own, in a phrase that says how, or as what, the clause's subject acted (with / in
    / through / via) is that subject's act (twenty-sixth round). Not an act named as one known ("in the attack",
    "in Sunday's attack"), a motive ("in retaliation for", "in protest at"), an act of force that is how the clause's
    own act of force was done ("detained them in raids"). Not when the subject suffers the act ("died in an attack",
    a passive), nor a "with" phrase that is not the subject's means ("threatened Iran with sanctions", "dealt with
    the protests": no object, no means); "their" on the noun is the subject's and the clause's object's ("urged Putin
    in their first phone call")."""
    cand = f.cand
    if f.sources or cand.kind != "noun" or cand.code[:2] == STATEMENT_ROOT:
        return
    found = means_phrase(cand.scope)
    if found is None:
        return
    prep, verb = found
    word, lemma, noun = prep.lower_, verb.lemma_.lower(), cand.scope
    motive = word == "in" and noun.lemma_.lower() in MOTIVE_NOUNS and not any(c.dep_ == "det" for c in noun.children)
    if (word not in MEANS_PREPS or noun.is_ancestor(verb) or motive or lemma in SUFFERING_VERBS
            or is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))):
        return
    if lemma in SPEECH_VERBS and cand.code[:2] != CONSULT_ROOT:
        return  # "said in a statement", "said in an attack it had carried out": what the saying is in, or a misparse
    if word == "with" and (lemma in WITH_CONTENT_VERBS or (lemma not in ANSWERING_WITH_VERBS and not any(
            c.dep_ in ("dobj", "obj") for c in verb.children))):
        return
    if any((c.dep_ == "poss" and c.lower_ not in OWNER_PRONOUNS) or (c.dep_ == "det" and c.lower_ in REFERRING_DETS)
           for c in noun.children):
        return  # "denied any role in Sunday's attack", "in the attack": an act named as known, not as a means
    if cand.code[:2] in FORCE_ROOTS and any(c.scope.i == verb.i and c.kind != "noun" and c.code[:2] in FORCE_ROOTS
                                            for c in ctx.candidates):
        return
    host = verb
    if verb.dep_ in ("advcl", "xcomp", "conj") and not grammatical_subjects(verb):
        host = verb.head  # "..., refusing food in protest at his detention": the host clause's subject
    subject_tokens = tuple(grammatical_subjects(host))
    subjects = ctx.filled(verb)[0] or ctx.filled(host)[0] or first_tier((subject_tokens,), ctx.mentions)
    if not subjects and subject_tokens:
        # "Unions brought Greece to a standstill with a general strike": an unnamed group in a one-country sentence
        subjects = sole_country_groups(subject_tokens, ctx.sent, ctx.mentions,
                                       besides=tuple(t for tier in cand.targets for t in tier))
    if not subjects:
        return
    objects = tuple(c for c in verb.children if c.dep_ in ("dobj", "obj", "dative"))
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in cand.scope.children):
        subjects = [*subjects, *(a for a in first_tier((objects,), ctx.mentions) if not same_country([a], subjects))]
    elif cand.code[:2] in OBJECT_AIMED_ROOTS and not first_tier(cand.targets, ctx.mentions):
        # "Netanyahu told Erdogan in a phone call": the one spoken to is the other side of the call; "arrested the
        # chief minister in a money-laundering investigation": the one arrested is the one investigated
        cand = dataclasses.replace(cand, targets=(*cand.targets, objects))
    if cand.scope.lemma_.lower() == ATTACK_STRIKE and (_with_protests(cand.scope) or all(
            str(a.actor_code)[3:6] in CROWD_SECTORS for a in subjects)):
        # "took to the streets in a day of strikes and protests", "workers paralysed the port with a strike": a
        # strike by workers or crowds, or named with protests, is a labour action, not an armed attack
        cand = dataclasses.replace(cand, code=CameoCode(LABOUR_STRIKE))
    f.cand = cand
    f.sources = subjects


OBJECT_AIMED_ROOTS = frozenset({CONSULT_ROOT, "09"})
"""Calls, meetings and investigations named as the means of a clause are aimed at the clause's object when they name
no one of their own."""
ATTACK_STRIKE = "strike"
LABOUR_STRIKE = "143"
CROWD_SECTORS = frozenset({"LAB", "CVL", "OPP", "EDU"})
"""Sectors of workers, citizens, the opposition and students: the "strike" they make is a labour action."""


def _with_protests(noun: Token) -> bool:
    """True when ``noun`` is coordinated with a protest noun ("strikes and protests", "rallies and strikes")."""
    group = [noun, *noun.conjuncts]
    return any(t.i != noun.i and t.lemma_.lower() in PROTEST_EVENT_NOUNS for t in group)


PROTESTER_NOUNS = frozenset({
    "protester", "protestor", "demonstrator", "marcher", "rioter", "student", "activist", "supporter", "striker",
    "farmer", "youth", "crowd", "picketer", "worker", "opponent",
})
"""People who make protests: a protest a clause is set in is theirs when one of them takes part in the clause."""
PROTEST_SETTING_PREPS = frozenset({"during", "at", "amid"})
PROTEST_ROOT = "14"


def _protesters(tokens: list[Token]) -> bool:
    """True when the tokens name people who protest ("Kenyan protesters", "dozens of protesters", "students")."""
    return bool(tokens) and all(expand_quantity(t).lemma_.lower() in PROTESTER_NOUNS for t in tokens)


def protesters_own_protest(f: Filling, ctx: SentenceContext) -> None:
    """ "Kenyan protesters stormed parliament during demonstrations against tax rises", "police detained dozens of
    protesters during a rally against the bill", "students demanded snap elections at a rally in Belgrade": a protest
    named with no actor of its own in a "during / at / amid" phrase of a clause is made by the protesters who take
    part in that clause, as its subject or as its object (twenty-eighth round). Not when no one in the clause is a
    protester ("police fired tear gas during the rally": whose rally the sentence does not say)."""
    cand, noun = f.cand, f.cand.scope
    if f.sources or cand.kind != "noun" or cand.code[:2] != PROTEST_ROOT or noun.dep_ != "pobj" \
            or noun.head.lower_ not in PROTEST_SETTING_PREPS:
        return
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "poss" and c.lower_ not in ("their",) for c in noun.children):
        return
    sources, targets = ctx.filled(verb)
    subject_tokens = grammatical_subjects(verb)
    object_tokens = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if _protesters(subject_tokens):
        found = sources or first_tier((tuple(subject_tokens),), ctx.mentions)
    elif _protesters(object_tokens):
        found = targets or first_tier((tuple(object_tokens),), ctx.mentions)
    else:
        return
    if found and all(str(a.actor_code)[3:6] in CROWD_SECTORS for a in found):
        f.sources = list(found)


def parties_between(f: Filling, ctx: SentenceContext) -> None:
    """ "The deal between Russia and North Korea was signed in Pyongyang", "a prisoner swap between Moscow and Kyiv was
    carried out": an act done together, with no agent named, by the parties its thing is "between" (each with the
    other; twenty-second round). Not an act with a source of its own ("Qatar brokered a deal between Israel and
    Hamas"), nor one done alone."""
    cand = f.cand
    if f.sources or cand.kind == "noun" or not is_mutual(cand):
        return
    # only the thing a passive act was done to ("the deal ... was signed"): "The conflict between Armenia and
    # Azerbaijan goes back to 1991" is said of a state of affairs, not done by its parties
    things = [c for c in cand.scope.children if c.dep_ == "nsubjpass"]
    parties = [t for thing in things for t in between_parties(thing)]
    found = first_tier((tuple(parties),), ctx.mentions)
    if len({actor_country(a) if len(actor_country(a)) == 3 else str(a.actor_code) for a in found}) > 1:
        f.sources = found


def described_subject(f: Filling, ctx: SentenceContext) -> None:
    """ "Will Washington become the first government to recognise Somaliland?": the one the description is of."""
    scope = f.cand.scope
    if not f.sources and infinitival_relative(scope) and scope.head.dep_ in ("attr", "oprd"):
        f.sources = first_tier((tuple(grammatical_subjects(scope.head.head)),), ctx.mentions)


def protest_noun_people(f: Filling, ctx: SentenceContext) -> None:
    """ "Protests erupted in Tbilisi", "the arrest sparked protests across Turkey", "weeks of student protests forced
    Sheikh Hasina to resign": a protest or strike named by a noun with no actor of its own is made by the people of
    where it is held, or of the one country the sentence names (:func:`detente.coding.crowds.protest_noun_crowd`;
    thirty-first round)."""
    if not f.sources:
        f.sources = protest_noun_crowd(f.cand, ctx.sent, ctx.mentions)


def drop_without_actor(f: Filling, ctx: SentenceContext) -> None:
    """Candidates that report no act of anyone when no source is found: a description of someone the sentence does
    not name as an actor ("..., the first Western delegation to visit Bucharest"); a nominal ("Sanctions on Russia
    have had mixed effects", "after the attack on Israel"); a visit, trip or meeting by no known actor ("Abrams tanks
    supplied by Washington have arrived in Ukraine": things or people moving, not a consultation)."""
    cand = f.cand
    if not f.sources and (infinitival_relative(cand.scope) or (cand.kind == "noun" and not _attempt_on_life(cand))
                          or cand.code[:2] == CONSULT_ROOT or _commentators(cand.sources) or joined_act(cand)
                          or _described_goods(cand.scope, cand.code)):
        f.dropped = True


ATTEMPT_ON_LIFE = "185"


def _attempt_on_life(cand: Candidate) -> bool:
    """An attempt on someone's life named as a noun ("investigating what appeared to be an attempt on Donald Trump's
    life"): the would-be killer is often unknown, and the attempt is the news, so it is kept with its target alone
    (nineteenth round)."""
    return cand.code.startswith(ATTEMPT_ON_LIFE) and any(cand.targets)


def _described_goods(scope: Token, code: str) -> bool:
    """A reduced passive relative that describes a thing by a cooperative act done to it, with no agent named ("an
    investigation into brandy imported from the European Union", "wheat shipped to Egypt", "aid pledged to Sudan"):
    a description of the goods, not an act the sentence reports (nineteenth round). Acts of force keep their
    sourceless reading ("civilians killed in Gaza")."""
    return (scope.dep_ == "acl" and scope.tag_ == "VBN" and code[:2] < COOPERATION_END
            and not any(c.dep_ == "agent" for c in scope.children))


COOPERATION_END = "09"
"""Roots below this (01-08) are statements, appeals, intentions, consultation, support, cooperation, aid and
yielding."""


COMMENTATOR_NOUNS = frozenset({
    "analyst", "expert", "observer", "commentator", "economist", "critic", "pundit", "investor", "scholar",
    "academic", "historian", "strategist", "forecaster", "pollster", "columnist", "kremlin-watcher", "watcher",
})
"""People who comment on politics without acting in it: "Analysts see little prospect of a deal with Iran", "Analysts
criticized Iran's nuclear programme" state a view of no actor, no event (eighteenth round)."""


def _commentators(tiers: tuple[tuple[Token, ...], ...]) -> bool:
    """The candidate's own first source tier holds only commentators ("analysts", "many economists", "Kremlin-watchers";
    a named one resolves to an actor and never comes here)."""
    first = next((tier for tier in tiers if tier), ())
    return bool(first) and all(t.lemma_.lower() in COMMENTATOR_NOUNS or t.lower_.rstrip("s") in COMMENTATOR_NOUNS
                               for t in first)


SOURCE_STEPS: tuple[Step, ...] = (
    own_tiers, object_for_own, recipient_for_own, warned_party, coordinated_home_groups, placed, placed_by_where, crowd, police, time_clause_pronoun, owned_agents_of_host, condition_pronoun, pronoun_speaker,
    coordinated_pronoun,
    speakers_owned, speakers_own_forces, speakers_state_body, anaphoric_pair_source, host_clause, participle_host, anaphor, person_anaphor, claimed_act,
    attacker_of_when_clause, place_holder, home_source, coordinated_clause_group, adjunct_possessor, adjunct_clause_subject, attempt_of_clause, misparsed_name, name_modifier,
    host_verb_object, pair_between, of_agent, own_agent_home,
    answered_with, means_of_clause, protesters_own_protest, parties_between, described_subject, protest_noun_people,
    drop_without_actor,
)
"""The source steps in order."""
