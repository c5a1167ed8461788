"""The named steps that find a candidate's target when its own tiers resolve to no actor, in the order they run.

Each step acts only while no target is found (except where it says otherwise) and, past the candidate's own tiers,
only once a source is known. The last step keeps the candidate only when it has actors enough for its kind. See
:mod:`detente.coding.filling`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.addressees import (
    APOLOGY_CODE,
    answered_party,
    apologised_party,
    conditional_counterparts,
    despite_askers,
    investigated_parties,
    mediated_parties,
    protest_targets,
    purpose_host_target,
    purpose_targets,
    refused_party,
    stated_holder,
    strained_party,
    threatened_party,
)
from detente.coding.anaphors import (
    anaphoric_targets,
    back_reference,
    body_named_before,
    participle_clause_host,
    person_named_before,
    speaker_possessions,
)
from detente.coding.bare_attendance import GATHERING_HOLDING_VERBS
from detente.coding.clauses import (
    antecedent,
    coordinated,
    demander_participle,
    direct_objects,
    grammatical_subjects,
    is_condition,
    subjects,
)
from detente.coding.contents import TOLL_VERBS
from detente.coding.court_persons import court_national
from detente.coding.crowds import (
    DOMESTIC_INSTITUTIONS,
    domestic_target,
    group_actor,
    home_organisation,
    one_country,
)
from detente.coding.filling import Filling, SentenceContext, Step
from detente.coding.gathering_places import MEETING_NOUNS, gathering_place, passed_place
from detente.coding.home_groups import group_sector, home_group, placed_elsewhere, placed_group
from detente.coding.hosted_meetings import HOST_CODE, meeting_clause, meeting_host
from detente.coding.joint_acts import is_joint, is_mutual, shared_exercise
from detente.coding.named_places import gazetteer_place
from detente.coding.nominals import setting_clause
from detente.coding.object_makers import object_makers
from detente.coding.participants import (
    NON_STATE_SECTORS,
    PERSON_KINDS,
    actor_country,
    first_tier,
    named_waters,
    resolve,
    rival_sides,
    same_country,
)
from detente.coding.people_named import (
    counted_own_people,
    described_national,
    nationals_among,
    victims_of_scene,
)
from detente.coding.phrase_targets import origin_actors, phrase_actors
from detente.coding.place_targets import (
    attack_noun_place,
    deep_place,
    demanded_at_home,
    domestic_law,
    embassy_protested,
    own_state,
    passing_target,
    place_of_object,
    posture_place,
    protest_place,
    relative_place,
    stationed_in,
)
from detente.coding.requests_granted import REQUEST_CODE, REQUEST_NOUNS
from detente.coding.resolutions import resolution_body, vetoed_resolution
from detente.coding.rule_codes import (
    CONFLICT_ROOT,
    DEEP_PLACE_ROOTS,
    DOMESTIC_ROOTS,
    FORCE_ROOTS,
    INQUIRY_ROOTS,
    OWN_PEOPLE_ROOTS,
    OWN_SIDE_CODES,
    PLACE_TARGET_ROOTS,
    POSTURE_ROOTS,
    PROTEST_ROOTS,
    REFUSAL_ROOTS,
    RELEASE_PREFIX,
    TOPIC_CODES,
    VISIT_CODE,
)
from detente.coding.sending import FORCE_MOVING_VERBS, PROTECTION_FORCE
from detente.coding.source_steps import (
    ATTEMPT_ON_LIFE,
    CROWD_SECTORS,
    JUSTICE_ROOTS,
    OWNER_PRONOUNS,
    attempted_by_clause,
)
from detente.coding.state_nationals import held_national
from detente.coding.visits import presence, visitors
from detente.records.event import CameoCode
from detente.records.mention import ResolvedActor

__all__ = ["SHOW_OF_FORCE", "TARGET_STEPS"]

APPEAL_ROOT = "02"
THREAT_ROOT = "13"
DEMAND_ROOT = "10"
NEGOTIATE = "046"
PARTNERED_CODES = frozenset({NEGOTIATE, "057", "196"})
"""Negotiating and signing an agreement: always with someone; violating a ceasefire: always one made with someone
("Russia has violated the ceasefire, Ukraine's foreign minister said")."""
MEDIATION_CODES = frozenset({"039", "045"})
"""Mediating and offering to mediate: between parties, whom the sentence may name elsewhere."""
JOINT_EXERCISE = "062"
SHOW_OF_FORCE = "150"
RELEASE_ASKS = frozenset({"0253", "1053"})
"""Appeals and demands to release someone (CAMEO 0253, 1053)."""
ANSWERING_ROOTS = frozenset({"05", "06", "07", "08"})
"""Acts that can answer an appeal: support, cooperation, aid, yielding."""
ARMED_SECTORS = frozenset({"REB", "INS"})
"""Armed groups: their attacks on their own country's forces or places are aimed at it."""
ABDUCTION_PREFIX = "181"
"""Abduction and hostage-taking: the people taken are of the place they were taken from."""
COOPERATION_END = "09"
"""Roots below this (01-08) are statements, appeals, intentions, consultation, support, cooperation, aid and
yielding: acts a purpose infinitive may do towards whoever its host clause reaches."""


def refused_askers(f: Filling, ctx: SentenceContext) -> None:
    """ "refuses to free Bazoum despite repeated demands from ECOWAS": the askers become the first target tier."""
    if f.cand.code[:2] in REFUSAL_ROOTS:
        askers = despite_askers(f.cand)
        if askers:
            f.cand = dataclasses.replace(f.cand, targets=(tuple(askers), *f.cand.targets))


def investigated(f: Filling, ctx: SentenceContext) -> None:
    """An inquiry's target tiers name whose conduct is looked into, never the victims of an act looked into."""
    if f.cand.code[:2] in INQUIRY_ROOTS:
        f.cand = dataclasses.replace(f.cand, targets=tuple(
            tuple(t for tok in tier for t in investigated_parties(tok)) for tier in f.cand.targets))


def own_tiers(f: Filling, ctx: SentenceContext) -> None:
    """The candidate's own target tiers. A tier that names only the source itself ("threatened to launch an
    offensive in its war with Iraq unless Baghdad accepted") does not hide the tiers below it; a statement's topic
    is not aimed at where it was ("declined to comment on the explosions near Isfahan")."""
    tiers = f.cand.targets
    if f.sources and any(_own_envoy(t, f.sources, ctx) for tier in tiers for t in tier):
        tiers = tuple(tuple(t for t in tier if not _own_envoy(t, f.sources, ctx)) for tier in tiers)
    if _named_relative_object(f.cand.scope, ctx):
        # "a German citizen whom Iranian agents abducted in the United Arab Emirates": the relative pronoun stands
        # for a named person, so where the act was done is no second target (thirty-first round)
        verb = f.cand.scope
        tiers = tuple(tuple(t for t in tier if not (t.dep_ == "pobj" and t.head.head.i == verb.i
                                                    and t.head.lower_ in WHERE_PREPS)) for tier in tiers)
    f.targets = first_tier(tiers, ctx.mentions, besides=f.sources, places=f.cand.code[:3] not in TOPIC_CODES)


WHERE_PREPS = frozenset({"in", "inside", "at", "near", "outside"})
PERSON_RELATIVE_TAG = "WP"


def _named_relative_object(verb: Token, ctx: SentenceContext) -> bool:
    """True when ``verb``'s object is a relative pronoun of people ("whom", "who") whose antecedent names an actor
    ("drones that Russia used in Ukraine" are things: where they were used is whom they were used on)."""
    return any(c.dep_ in ("dobj", "obj") and c.tag_ == PERSON_RELATIVE_TAG
               and resolve(antecedent(c), ctx.mentions, places=False) is not None for c in verb.children)


AID_ROOT = "07"


def aided_people(f: Filling, ctx: SentenceContext) -> None:
    """ "The United Arab Emirates opened a field hospital in Amdjarass, in eastern Chad, to treat Sudanese refugees":
    aid whose own slots name only where it is given, and whose purpose clause names the people it is for, is aimed at
    those people's country, not at the host of the place (thirty-first round; "sent aid to Poland" names a recipient,
    which stays)."""
    cand = f.cand
    if cand.code[:2] != AID_ROOT or not f.targets or not f.sources or cand.kind == "noun":
        return
    doc = ctx.sent.doc
    if not all(doc[t.head].dep_ == "pobj" and doc[t.head].head.lower_ in WHERE_PREPS for t in f.targets):
        return
    purposes = [c for c in cand.scope.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    helped = first_tier((tuple(o for p in purposes for o in direct_objects(p)),), ctx.mentions)
    held = {actor_country(t) for t in f.targets} | {actor_country(s) for s in f.sources}
    helped = [a for a in helped if actor_country(a) not in held]
    if len({actor_country(a) for a in helped}) == 1:
        f.targets = helped[:1]


def held_gathering(f: Filling, ctx: SentenceContext) -> None:
    """ "Xi Jinping did not attend the G20 summit in New Delhi", "sent no delegation to the climate summit that opened
    in Belem": a trip to a gathering whose place is named is a visit to the country holding that place, not to the
    body whose summit it is (the gathering's own phrase gave that body; this step may replace it; twenty-sixth
    round). A person met there stays the target."""
    cand = f.cand
    if cand.code != VISIT_CODE or cand.kind == "noun" or not f.sources:
        return
    found = gathering_place(cand.scope, cand.targets, ctx.mentions) or _relative_gathering_host(cand.scope, ctx)
    if found is None:
        return
    noun, place = found
    inside = {t.i for t in noun.subtree}
    if all(t.head in inside for t in f.targets) and not same_country([place], f.sources):
        f.targets = [place]


def _relative_gathering_host(verb: Token, ctx: SentenceContext) -> tuple[Token, ResolvedActor] | None:
    """ "South Africa hosted the G20 summit, which Biden did not attend": a relative clause of attending on a gathering
    that a clause hosts or holds, with no place named, goes to the host (twenty-seventh round)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in GATHERING_HOLDING_VERBS \
            or (noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS):
        return None
    for host in subjects(noun.head)[0]:
        actor = resolve(host, ctx.mentions)
        if actor is not None:
            return noun, actor
    return None


def joint_not_over_place(f: Filling, ctx: SentenceContext) -> None:
    """ "Chinese and Russian bombers flew together over the Sea of Japan", "Russian and Chinese warships sailed
    together through the Tsugaru Strait": a joint act of the forces of two or more countries is done with each other;
    a place it passes over, through or in is where, not a party (twenty-sixth round)."""
    cand = f.cand
    if not f.targets or len({actor_country(s) for s in f.sources}) < 2 or not is_mutual(cand):
        return
    if all(passed_place(cand.scope, ctx.sent.doc[t.head], ctx.mentions) for t in f.targets):
        f.targets = []


ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "embassy", "consul", "consulate", "emissary",
                         "representative", "delegation", "delegate", "negotiator", "mission", "charge"})
"""A state's own representatives abroad."""


def _own_envoy(tok: Token, sources: list[ResolvedActor], ctx: SentenceContext) -> bool:
    """True when ``tok`` is the source's own envoy named through a pronoun ("Morocco recalled its ambassador in
    protest at the Algerian decision", "Jordan withdrew its envoy"): the source's own agent, whom it does not act on,
    so the target is to be found elsewhere ("to Algeria", "in protest at the Algerian decision"; twenty-second round).
    "expelled the Russian ambassador" and "its ambassador to Algeria" (that tier is Algeria) are not this."""
    noun = tok.head if tok.dep_ == "poss" else tok  # a pattern may point at the owner itself ("its")
    if noun.lemma_.lower() not in ENVOY_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in noun.children):
        return False
    if any(str(s.actor_code)[3:6] in NON_STATE_SECTORS for s in sources):
        return False
    found = first_tier(((tok,),), ctx.mentions)
    return bool(found) and all(same_country([a], sources) for a in found)


def attempted_target(f: Filling, ctx: SentenceContext) -> None:
    """ "detonated a car bomb as the governor's convoy drove through Kandahar in an attempt on his life": an attempt
    whose victim names no actor was aimed where the attack it names was (nineteenth round)."""
    verb = attempted_by_clause(f.cand.scope)
    if not f.targets and f.cand.kind == "noun" and f.cand.code.startswith(ATTEMPT_ON_LIFE) and verb is not None:
        f.targets = ctx.filled(verb)[1]


def anaphor(f: Filling, ctx: SentenceContext) -> None:
    """ "threatened to cut gas supplies to the country": the country named before."""
    if not f.targets and f.sources and f.cand.kind != "noun":
        f.targets = anaphoric_targets(f.cand, f.sources, ctx.mentions)


def person_anaphor(f: Filling, ctx: SentenceContext) -> None:
    """ "a year after it detained the journalist", "days after the politician was arrested", "Israel said it would
    strike the group": a definite description of a person or organisation acted on stands for the one such actor the
    sentence named before it (:func:`detente.coding.anaphors.person_named_before`,
    :func:`detente.coding.anaphors.body_named_before`; twenty-ninth round)."""
    if not f.targets and f.cand.targets and f.cand.kind != "noun":
        found = [a for t in f.cand.targets[0]
                 if (a := person_named_before(t, ctx.mentions) or body_named_before(t, ctx.mentions)) is not None
                 and all(a.actor_code != s.actor_code for s in f.sources)]
        f.targets = found[:1]


def condition_counterpart(f: Filling, ctx: SentenceContext) -> None:
    """ "Would Pakistan use nuclear weapons if India invaded?": force and its condition answer each other."""
    if not f.targets and f.sources and f.cand.kind != "noun" and f.cand.code[:2] >= CONFLICT_ROOT:
        f.targets = conditional_counterparts(f.cand.scope, f.sources, ctx.mentions)
    if not f.targets and f.sources and f.cand.kind != "noun" and f.cand.code[:2] == CONFLICT_ROOT:
        f.targets = conditioned_home_institution(f.cand.scope, f.sources[0])


def condition_rival_at_home(f: Filling, ctx: SentenceContext) -> None:
    """ "Petro could suspend the talks if the ELN carries out more kidnappings": a hostile act (roots 14-20) whose
    condition is the act of an armed group of the source's own country (or, by an armed group, of its state) is aimed
    at that side, as one conditioned on another country's act is (thirty-second round). The condition itself is left
    alone: what the group might do is aimed at no one named."""
    verb = f.cand.scope
    if f.targets or not f.sources or f.cand.kind == "noun" or f.cand.code[:2] < CONFLICT_ROOT or is_condition(verb):
        return
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    others = [t for h in heads for c in h.children if c.dep_ == "advcl" and is_condition(c)
              for t in grammatical_subjects(c)]
    found = first_tier((tuple(others),), ctx.mentions)
    if found and same_country(found, f.sources) and rival_sides(found, f.sources):
        f.targets = found


def conditioned_home_institution(verb: Token, source: ResolvedActor) -> list[ResolvedActor]:
    """ "Nigeria's Labour Congress threatened a nationwide strike unless the government reversed its removal of the
    fuel subsidy", "Kenya's teachers threatened to strike unless the government raised their pay": a threat by
    people outside the state whose condition is an unnamed institution's act ("the government", "parliament") is
    aimed at that institution of their own country (twenty-third round)."""
    country = source.country
    if source.sector not in NON_STATE_SECTORS or not country or len(country) != 3:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    conditions = [c for h in heads for c in h.children if is_condition(c)]
    for tok in (t for c in conditions for t in grammatical_subjects(c)):
        sector = DOMESTIC_INSTITUTIONS.get(tok.lemma_.lower())
        if sector is not None and [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")] == ["the"]:
            return [group_actor(tok, country, sector, confidence=source.confidence * 0.8,
                                reason=f"unnamed {tok.lower_} of the source's country {country} in a condition")]
    return []


def stationed(f: Filling, ctx: SentenceContext) -> None:
    """ "withdrew its troops in Syria": a withdrawal is from where the forces withdrawn are."""
    if not f.targets and f.sources and f.cand.code in OWN_SIDE_CODES:
        f.targets = stationed_in(f.cand.scope, ctx.mentions)


def placed(f: Filling, ctx: SentenceContext) -> None:
    """ "Rome is expected to hand him over to prosecutors in Karlsruhe": an unnamed group the act reaches, placed by
    its own "in" phrase, is of that place's country."""
    if not f.targets:
        for tier in f.cand.targets:
            found = [a for tok in tier if (a := placed_group(tok, ctx.mentions)) is not None
                     and all(a.actor_code != s.actor_code for s in f.sources)]
            if found:
                f.targets = found
                return


def described_people(f: Filling, ctx: SentenceContext) -> None:
    """ "arrested a guest researcher whom it suspects of being a Russian spy", "detained a journalist, a French
    national": a person arrested, attacked or killed whom no actor names is of the one nationality a description of
    him gives, before any reading of unnamed people as the source's own (:func:`detente.coding.people_named.
    described_national`; twentieth round)."""
    cand = f.cand
    if not f.targets and f.sources and cand.kind in ("verb", "light") and cand.targets \
            and cand.code[:2] in PLACE_TARGET_ROOTS | DOMESTIC_ROOTS:
        f.targets = described_national(cand.scope, cand.targets[0], f.sources, ctx.mentions)


def at_embassy(f: Filling, ctx: SentenceContext) -> None:
    """ "Filipinos protested outside the Chinese embassy in Manila": a protest at another country's embassy or
    consulate is aimed at that country, before any reading of a protest at home as aimed at one's own government
    (:func:`detente.coding.place_targets.embassy_protested`; twenty-first round)."""
    if not f.targets and f.sources and f.cand.code[:2] in PROTEST_ROOTS and f.cand.kind in ("verb", "light"):
        f.targets = embassy_protested(f.cand.scope, f.sources, ctx.mentions)


def domestic(f: Filling, ctx: SentenceContext) -> None:
    """Protest and coercion with no one else named: the country's own government or people."""
    if not f.targets and f.sources and f.cand.code[:2] in DOMESTIC_ROOTS:
        f.targets = domestic_target(f.cand, f.sources[0])


def banned_at_home(f: Filling, ctx: SentenceContext) -> None:
    """ "Tajikistan banned the Islamic Renaissance Party", "the Kremlin outlawed Memorial, the country's oldest human
    rights group": a party, movement, group or outlet a state bans, dissolves or shuts down, in a sentence naming no
    other country, is of that state's own country (:func:`detente.coding.crowds.home_organisation`; thirty-second
    round)."""
    if not f.targets and f.sources and f.cand.kind in ("verb", "light") \
            and one_country(ctx.sent, f.sources[0], ctx.mentions):
        f.targets = home_organisation(f.cand, f.sources[0])


INVESTIGATION_ROOT = "09"
INQUIRY_PREPS = frozenset({"in", "amid", "during"})
"""Prepositions by which an act is placed in an investigation ("arrested him in a money-laundering investigation")."""


def investigation_of_host(f: Filling, ctx: SentenceContext) -> None:
    """ "India's financial crimes agency arrested Delhi's chief minister in a money-laundering investigation",
    "questioned the former minister as part of an investigation": an investigation named as what an arrest, raid or
    questioning was done in is of whom that act is aimed at (thirty-second round)."""
    noun = f.cand.scope
    if f.targets or f.cand.kind != "noun" or not f.cand.code.startswith(INVESTIGATION_ROOT) or noun.dep_ != "pobj":
        return
    prep = noun.head
    host = prep.head
    if prep.lower_ == "of" and host.lower_ == "part" and host.dep_ == "pobj" and host.head.lower_ == "as":
        host = host.head.head  # "as part of an investigation"
    elif prep.lower_ not in INQUIRY_PREPS:
        return
    for _ in range(2):  # "arrested him on Tuesday in a corruption investigation": through the time phrase
        if host.pos_ in ("VERB", "AUX") or host.dep_ not in ("pobj", "npadvmod") or host.head.dep_ != "prep":
            break
        host = host.head.head
    if host.pos_ not in ("VERB", "AUX"):
        return
    host_sources, host_targets = ctx.filled(host)
    if host_targets and (not f.sources or same_country(f.sources, host_sources)):
        f.sources = f.sources or host_sources
        f.targets = host_targets[:1]


OFFICE_TITLES = frozenset({
    "minister", "governor", "mayor", "senator", "official", "chancellor", "premier", "president", "speaker",
    "lawmaker", "legislator", "deputy", "mp", "aide", "adviser", "advisor", "secretary", "attorney", "general",
})
"""Titles of a country's office-holders ("the attorney general", "the former budget minister", "the tourism
minister"): when the actor data names no holder, one investigated, charged or arrested in a sentence naming only
one country holds that country's office."""


def unnamed_office_holder(f: Filling, ctx: SentenceContext) -> None:
    """ "Spain's Supreme Court opened an investigation into the attorney general, Alvaro Garcia Ortiz", "Italian
    prosecutors are investigating the tourism minister, Daniela Santanche, for fraud": an office-holder the actor data
    does not name, investigated, accused or coerced in a sentence naming only the source's country, holds an office of
    that country (its government; thirty-second round)."""
    cand = f.cand
    if f.targets or not f.sources or cand.code[:2] not in JUSTICE_ROOTS or not cand.targets \
            or not one_country(ctx.sent, f.sources[0], ctx.mentions):
        return
    country = actor_country(f.sources[0])
    if len(country) != 3:
        return
    for tok in cand.targets[0]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFICE_TITLES and not any(
                c.lower_ in NOT_HOME_TITLES for c in tok.children):
            if any(str(a.actor_code) == country + "GOV" for a in f.sources):
                return  # "the government investigated its minister": one code on both sides is no event
            f.targets = [group_actor(tok, country, "GOV", confidence=0.5, kind="agent",
                                     reason=f"unnamed {tok.lower_} of the source's country {country}")]
            return


NOT_HOME_TITLES = frozenset({"foreign", "visiting", "exiled"})
"""Modifiers of a title that may put its holder abroad ("a visiting minister", "a foreign official")."""


RULING_PREFIX = "116"
STATE_MEASURES = frozenset({
    "law", "decree", "ban", "bill", "measure", "decision", "order", "policy", "reform", "amendment", "regulation",
    "ordinance", "legislation", "act", "statute", "result", "election", "vote", "referendum", "appointment",
})
"""Laws and acts of state a country's courts strike down, annul or suspend: aimed at its own government."""


def struck_down(f: Filling, ctx: SentenceContext) -> None:
    """ "Israel's Supreme Court struck down the law that curbed judges' power", "the Constitutional Court annulled
    the election result": a court's ruling against a law or act of state with no one named is aimed at its own
    country's government (nineteenth round)."""
    cand = f.cand
    if (f.targets or not f.sources or not cand.code.startswith(RULING_PREFIX) or cand.kind == "noun"
            or f.sources[0].sector != "JUD" or not f.sources[0].country):
        return
    objects = direct_objects(cand.scope)
    if objects and all(o.pos_ == "NOUN" and o.lemma_.lower() in STATE_MEASURES for o in objects):
        country = str(f.sources[0].country)
        f.targets = [group_actor(objects[0], country, "GOV", confidence=f.sources[0].confidence * 0.8,
                                 reason=f"the {objects[0].lower_} a court of {country} ruled on")]


FORCE_POSTS = frozenset({"base", "garrison", "barracks", "outpost", "post", "station", "headquarters", "camp",
                         "checkpoint", "academy"})
"""Places a force holds, named by that force ("an army base", "the police station", "a military checkpoint")."""
FORCE_OWNERS = {"army": "MIL", "military": "MIL", "navy": "MIL", "naval": "MIL", "police": "COP"}
"""The forces that name their posts, and their sectors."""


MEETING_ROOT = "04"


def made_by(f: Filling, ctx: SentenceContext) -> None:
    """ "Nawrocki will veto almost everything Donald Tusk's government sends him", "Iran rejected the proposal Washington
    submitted through Oman": an act on a thing whose relative clause names who made, sent or offered it is aimed at
    that maker (:mod:`detente.coding.object_makers`; thirty-first round), before any place or other country."""
    if not f.targets and f.sources and f.cand.kind != "noun" and f.cand.code[:2] != MEETING_ROOT:
        # a welcome or a meeting is aimed at a visitor, not at who made a thing ("welcomed the package")
        f.targets = object_makers(f.cand, f.sources, ctx.mentions)


def home_target(f: Filling, ctx: SentenceContext) -> None:
    """ "Pedro Castillo accused Congress of plotting a coup", "the prime minister asked the military to restore
    order": an unnamed institution, force or group acted on in a sentence that names only the source's country is
    that country's."""
    if f.targets or not f.sources or not one_country(ctx.sent, f.sources[0], ctx.mentions):
        return
    country = actor_country(f.sources[0])
    # "Macron dissolved the National Assembly": the lexicon pattern's own object is no tier of its own
    named = tuple(t for t in direct_objects(f.cand.scope) if any(t.i == w.i for w in f.cand.trigger))
    # "fired live rounds at crowds": so is the object of the pattern's own preposition (twenty-fifth round)
    named += tuple(w for w in f.cand.trigger if w.dep_ == "pobj" and w.pos_ == "NOUN" and w.head.head.i == f.cand.scope.i
                   and any(v.i == w.head.i for v in f.cand.trigger))
    # "overran the army garrison at Nasir", "stormed a police station": a post named by the force that holds it is
    # that force's (twenty-seventh round)
    held = [group_actor(c, country, FORCE_OWNERS[c.lower_], confidence=0.6, kind="agent",
                        reason=f"the {c.lower_} that holds the {t.lower_}, the source's own")
            for t in direct_objects(f.cand.scope) if t.lemma_.lower() in FORCE_POSTS and country is not None
            and not placed_elsewhere(t, country, ctx.mentions)
            for c in t.children if c.dep_ in ("compound", "amod") and c.lower_ in FORCE_OWNERS]
    if held and not any(h.actor_code == s.actor_code for h in held for s in f.sources):
        f.targets = held[:1]
        return
    for tier in (*f.cand.targets, named):
        # "ordered a court of inquiry into the crash": a body the act's own noun names is what it sets up ("accused
        # parliament of corruption": the pattern's own "of" is the charge)
        found = [a for tok in tier if not any(w.head.lower_ == "of" and w.head.head.i == tok.i
                                              and all(v.i != w.head.i for v in f.cand.trigger) for w in f.cand.trigger)
                 and not placed_elsewhere(tok, country, ctx.mentions)
                 and (a := home_group(tok, country, why="the source's own")) is not None
                 and all(a.actor_code != s.actor_code for s in f.sources)]
        if found:
            f.targets = found
            return


def object_place(f: Filling, ctx: SentenceContext) -> None:
    """ "Israeli forces killed 20 militants in Gaza": the parser hangs the place on the verb, not the object."""
    cand = f.cand
    if not f.targets and f.sources and cand.code[:2] in PLACE_TARGET_ROOTS and cand.kind in ("verb", "light"):
        f.targets = place_of_object(cand.scope, ctx.mentions, taken=cand.code.startswith(ABDUCTION_PREFIX))


def passing(f: Filling, ctx: SentenceContext) -> None:
    """ "Al-Shabaab set off a roadside bomb as the president's convoy passed through Mogadishu": an attack timed as a
    convoy or patrol passed is aimed at its owner, or whoever holds where it passed."""
    cand = f.cand
    if not f.targets and f.sources and cand.code[:2] in PLACE_TARGET_ROOTS and cand.kind in ("verb", "light"):
        f.targets = [t for t in passing_target(cand.scope, ctx.mentions)
                     if not same_country(f.sources, [t]) or str(f.sources[0].actor_code)[3:6] in ARMED_SECTORS]


def conjoined_scene(f: Filling, ctx: SentenceContext) -> None:
    """ "Gunmen stormed a hotel in Mogadishu and took dozens of guests hostage": a second act joined to a first that
    shares its subject and names no one is done where the first was, so it is aimed at whoever holds the place the
    first act's target was found by, or the country it hit ("Hamas stormed Israeli towns and took 250 people
    hostage"; nineteenth round). Only a place or country passes on: a person or body hit by the first act is no
    target of the second. The first act's source may be unknown ("Gunmen"): the place is still known."""
    cand = f.cand
    scope = cand.scope
    if (f.targets or cand.code[:2] not in PLACE_TARGET_ROOTS or cand.kind not in ("verb", "light")
            or scope.dep_ != "conj" or grammatical_subjects(scope) or scope.lemma_.lower() in TOLL_VERBS):
        return  # "killed one soldier and wounded two others": a toll, not a second act
    first = next((t for c, _, t in ctx.slots if c.scope.i == scope.head.i and c.code[:2] in PLACE_TARGET_ROOTS), [])
    if first and all(t.kind in ("place", "country") for t in first):
        f.targets = list(first)


GIVING_ROOTS = frozenset({"06", "07"})
"""Material cooperation and aid: acts whose recipient a coordinated clause of the same giver may name."""
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07"})


def recipient_of_conjoined(f: Filling, ctx: SentenceContext) -> None:
    """ "Would Beijing ever send its own soldiers to fight alongside Russia's, or will it go on supplying the drones?",
    "backed Israel and kept sending bombs": aid or cooperation that names no recipient, in a clause coordinated with
    one in which the same giver cooperates with another country, goes to that country (thirty-second round); through
    a verb of going on ("go on supplying", "kept sending", "continue to supply")."""
    cand = f.cand
    if f.targets or not f.sources or cand.code[:2] not in GIVING_ROOTS or cand.kind not in ("verb", "light"):
        return
    node = cand.scope
    if node.dep_ == "xcomp" and not grammatical_subjects(node):
        node = node.head
    elif node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
        node = node.head.head  # "go on supplying", "carry on sending"
    if node.dep_ != "conj":
        return
    first = node.head
    around = {first.i, *(c.i for c in first.children if c.dep_ in ("xcomp", "advcl", "ccomp"))}
    for c, sources, targets in ctx.slots:
        if c.scope.i in around and c.code[:2] in COOPERATIVE_ROOTS and same_country(sources, f.sources):
            given = [t for t in targets if not same_country([t], f.sources)]
            if given:
                f.targets = given[:1]
                return


def relative_clause_place(f: Filling, ctx: SentenceContext) -> None:
    """ "Russia's largest air attack of the war, which set the Cabinet building in Kyiv ablaze": what a relative
    clause on the attack says it hit, where."""
    if not f.targets and f.sources and f.cand.code[:2] in PLACE_TARGET_ROOTS and f.cand.kind in ("noun", "light"):
        f.targets = relative_place(f.cand, ctx.mentions)


NOUN_PLACE_ROOTS = frozenset({"19", "20"})
"""Fighting and mass violence named by a noun: aimed at whoever holds where they were fought."""


def attack_noun_target(f: Filling, ctx: SentenceContext) -> None:
    """ "if the EU criticised his offensive in Syria", "a Ukrainian drone attack set fire to an oil depot in Russia's
    Bryansk region": a nominal attack that names no target is aimed at whoever holds the place it was fought in, or,
    as the subject of a clause, the place of what that clause says it hit (twenty-second round)."""
    cand = f.cand
    if f.targets or not f.sources or cand.kind != "noun" or cand.code[:2] not in PLACE_TARGET_ROOTS:
        return
    noun = cand.scope
    host = ctx.filled(noun.head)[1] if noun.dep_ == "nsubj" else []
    if host and all(t.kind in ("place", "country") for t in host):
        f.targets = list(host)
        return
    f.targets = attack_noun_place(noun, ctx.mentions, own_phrase=cand.code[:2] in NOUN_PLACE_ROOTS)


def deep_object_place(f: Filling, ctx: SentenceContext) -> None:
    """ "investigating traces of uranium found at undeclared sites in Iran": a place deep in the object's phrase,
    past a participle or relative clause, holds what was hit or looked into."""
    if not f.targets and f.sources and f.cand.code[:2] in DEEP_PLACE_ROOTS and f.cand.kind in ("verb", "light"):
        f.targets = deep_place(f.cand, ctx.mentions)


def gazetteer_place_target(f: Filling, ctx: SentenceContext) -> None:
    """ "Israeli troops moved into the buffer zone on the Golan Heights": force used on or in a named place the
    actor data leaves out, which the gazetteer places in another country, is aimed at that country
    (:mod:`detente.coding.named_places`; twenty-sixth round)."""
    cand = f.cand
    if not f.targets and f.sources and cand.code[:2] in PLACE_TARGET_ROOTS and cand.kind in ("verb", "light"):
        f.targets = gazetteer_place(cand.scope, {actor_country(s) for s in f.sources})


def own_people(f: Filling, ctx: SentenceContext) -> None:
    """ "Nicaragua released 135 political prisoners": the people it held are its own; "Burkina Faso's army killed at
    least 223 villagers": with no other country named, its own people; "Nicaragua freed Bishop Rolando Alvarez":
    whoever a state held, its own."""
    cand = f.cand
    release = cand.code.startswith(RELEASE_PREFIX)
    if f.targets or not f.sources or not (cand.code[:2] in OWN_PEOPLE_ROOTS or release) \
            or not one_country(ctx.sent, f.sources[0], ctx.mentions, besides_partners=release):
        return
    f.targets = domestic_target(cand, f.sources[0], people=True)
    if not f.targets and release and cand.kind != "noun" \
            and str(f.sources[0].actor_code)[3:6] in ("", "GOV", "MIL", "JUD", "COP"):
        f.targets = own_state(f.sources[0], "whose people it held", "CVL")


def national(f: Filling, ctx: SentenceContext) -> None:
    """ "Romanian prosecutors charged the far-right politician": their national; "a court in Ho Chi Minh City sentenced
    the property tycoon", "a Tehran court sentenced the rapper Toomaj Salehi" likewise (:mod:`detente.coding.court_persons`;
    twenty-eighth round)."""
    if not f.targets and f.sources:
        f.targets = (held_national(f.cand, f.sources[0], ctx.sent, ctx.mentions)
                     or court_national(f.cand, f.sources[0], ctx.sent, ctx.mentions))


ENDORSING_VERBS = frozenset({"sign", "ratify", "endorse", "join", "accept", "back"})
"""Acts of putting one's name to what others agreed: declining to do the same is refusing it to them (a vote, a
visit or a meeting declined is no act aimed at those who went)."""


def refused_shared_act(f: Filling, ctx: SentenceContext) -> None:
    """ "Chad's government and 40 rebel groups signed a peace deal, but the FACT refused to sign": a refusal of the act
    the clause before it reports (the same verb, left bare) refuses it to those who did it."""
    if f.targets or not f.sources or f.cand.code[:2] not in REFUSAL_ROOTS or f.cand.kind != "frame":
        return
    scope = f.cand.scope
    host = scope.head
    refused_acts = [c for c in scope.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if (scope.dep_ != "conj" or host.i >= scope.i or not refused_acts
            or refused_acts[0].lemma_.lower() != host.lemma_.lower() or host.lemma_.lower() not in ENDORSING_VERBS):
        return
    tier = tuple(t for s in grammatical_subjects(host) for t in coordinated(s))
    doers = first_tier((tier,), ctx.mentions)  # the named signers (not the unnamed groups beside them)
    f.targets = [a for a in doers if all(a.actor_code != s.actor_code for s in f.sources)]


def refused(f: Filling, ctx: SentenceContext) -> None:
    """ "ruled out lifting its sanctions on Rosselkhozbank, the Russian lender", "turned down the invitation for
    Argentina to join the BRICS bloc": a refusal is aimed at whom what it refuses concerns."""
    if not f.targets and f.sources and f.cand.code[:2] in REFUSAL_ROOTS and f.cand.kind != "noun":
        f.targets = (refused_party(f.cand.scope, f.sources, ctx.mentions)
                     or domestic_law(f.cand, f.sources[0], ctx.sent, ctx.mentions))


def apologised_to(f: Filling, ctx: SentenceContext) -> None:
    """ "Quito has never apologised for the raid on Mexico's embassy": an apology is to the one its act wronged."""
    if not f.targets and f.sources and f.cand.code.startswith(APOLOGY_CODE) and f.cand.kind != "noun":
        f.targets = apologised_party(f.cand.scope, f.sources, ctx.mentions)


def hosted_meeting(f: Filling, ctx: SentenceContext) -> None:
    """ "flew to Asmara for a summit hosted by Eritrea's Isaias Afwerki": the host hosts whoever came to the meeting
    (the sources of the clause the meeting is the object or purpose of); a trip or attendance with no one else named
    is a visit to the host ("attended a summit hosted by Germany")."""
    if f.targets or not f.sources or f.cand.kind == "noun":
        return
    if f.cand.code == HOST_CODE:
        clause = meeting_clause(f.cand.scope)
        if clause is not None:
            guests = [a for c, s, _ in ctx.slots if c.scope.i == clause.i for a in s]
            f.targets = [a for i, a in enumerate(guests) if not same_country([a], f.sources)
                         and all(a.actor_code != b.actor_code for b in guests[:i])]
    elif f.cand.code == VISIT_CODE and not is_joint(f.cand):
        f.targets = [a for a in meeting_host(f.cand.scope, ctx.mentions) if not same_country([a], f.sources)]


def own_people_visited(f: Filling, ctx: SentenceContext) -> None:
    """ "flew into Port-au-Prince to visit the Kenyan police officers leading the mission", "Putin visited Russian
    troops in Syria": a visit to one's own people abroad is a visit to where they are, the other country the visit
    names or the one its host clause went to; a visit to one's own at home stays domestic (seventeenth round)."""
    if f.cand.code != VISIT_CODE or f.cand.kind == "noun" or not f.sources or not f.targets:
        return
    own = [t for t in f.targets if same_country([t], f.sources)]
    if not own:
        return
    abroad = [t for t in f.targets if not same_country([t], f.sources)]
    if not abroad:
        abroad = [t for t in purpose_host_target(f.cand.scope, ctx.mentions) if not same_country([t], f.sources)]
        # "travelled to Mali to visit French soldiers": one visit, the trip's
        f.dropped = bool(abroad) and any(c.scope.i == f.cand.scope.head.i and c.code == VISIT_CODE
                                         and same_country(t, abroad) for c, _, t in ctx.slots)
    if abroad:
        f.targets = abroad


VISITING_VERBS = frozenset({"visit", "tour", "inspect"})


def drop_trip_home(f: Filling, ctx: SentenceContext) -> None:
    """ "Zelensky flew back to Kyiv after the summit", "when he flies back to Caracas": a trip to a place of one's
    own country is a journey home, no visit; visiting one's own troops or a region ("visited troops near Bakhmut")
    still is one (seventeenth round)."""
    if (f.cand.code == VISIT_CODE and f.cand.kind != "noun" and f.sources and f.targets
            and f.cand.scope.lemma_.lower() not in VISITING_VERBS
            and all(t.kind in ("place", "country") or ctx.sent.doc[t.head].ent_type_ == "GPE" for t in f.targets)
            and all(same_country([t], f.sources) for t in f.targets)):
        f.dropped = True


MILITARY_AID_PREFIX = "074"
MOBILIZATION_CODE = CameoCode("154")
FORCE_CODE = "190"


def deployment_at_home(f: Filling, ctx: SentenceContext) -> None:
    """ "Mexico sent 600 more soldiers to Culiacán": troops sent within one's own country (to a place of it, or read
    as its own forces) are no military aid to oneself (074) but a deployment of one's forces (154), aimed at no one
    named (seventeenth round)."""
    if (f.cand.code.startswith(MILITARY_AID_PREFIX) and f.cand.kind != "noun" and f.sources and f.targets
            and all(same_country([t], f.sources) for t in f.targets)):
        f.cand = dataclasses.replace(f.cand, code=MOBILIZATION_CODE, needs_target=False)
        f.targets = []
    elif (f.cand.code == FORCE_CODE and f.cand.kind != "noun" and f.cand.scope.lemma_.lower() in FORCE_MOVING_VERBS
          and f.sources and f.targets and all(t.kind in ("country", "place") for t in f.targets)
          and all(same_country([t], f.sources) for t in f.targets)):
        # "Trump sent troops into Los Angeles", "Modi sent troops into Manipur": troops sent into a place of one's
        # own country are a deployment there (154), not force used on oneself (190); force on a named group of
        # one's own ("sent troops against the rebels") keeps its target
        f.cand = dataclasses.replace(f.cand, code=MOBILIZATION_CODE, needs_target=False)
        f.targets = []


POLICE_DEPLOYMENT = "153"


SOVEREIGNS = {"GRL": "DNK", "FRO": "DNK", "NCL": "FRA", "PYF": "FRA", "PRI": "USA", "GUM": "USA", "BMU": "GBR",
              "HKG": "CHN", "MAC": "CHN"}
"""Territories with codes of their own (actors data, countries.csv) and the state whose police serve there: "Paris
sent more gendarmes to New Caledonia" is a deployment at home, not protection given abroad."""


def deployment_abroad(f: Filling, ctx: SentenceContext) -> None:
    """ "Australia sent police and troops to Solomon Islands", "Kenya deployed police officers to Haiti": police sent
    to another country protect it, as troops sent there do (074), where police sent within one's own country are a
    show of force at home (153; nineteenth round). Only a country or a place of one counts as where they went."""
    if (f.cand.code == POLICE_DEPLOYMENT and f.cand.kind != "noun" and f.sources and f.targets
            and all(t.kind in ("country", "place") and not same_country([t], f.sources)
                    and SOVEREIGNS.get(str(actor_country(t))) not in {actor_country(s) for s in f.sources}
                    for t in f.targets)):
        f.cand = dataclasses.replace(f.cand, code=PROTECTION_FORCE)


def purpose_of_host(f: Filling, ctx: SentenceContext) -> None:
    """ "telephoned Erdogan to offer his condolences": the purpose reaches whom its host clause reaches ("met Assad
    to discuss ..." restates the meeting)."""
    cand = f.cand
    if not f.targets and f.sources and cand.code[:2] < COOPERATION_END and cand.kind in ("verb", "light") \
            and not any(c.scope.i == cand.scope.head.i and c.code[:2] == cand.code[:2] for c in ctx.candidates):
        f.targets = [t for t in purpose_host_target(cand.scope, ctx.mentions) if not same_country(f.sources, [t])]


def answered_appeal(f: Filling, ctx: SentenceContext) -> None:
    """ "The CSTO began sending troops to Kazakhstan after President Tokayev appealed for help": an appeal the host
    clause answers (with support, cooperation, aid or yielding, for its target) was made to the host's actor;
    "Russia attacked Ukraine after Zelensky appealed for calm" answers no appeal."""
    cand = f.cand
    if f.targets or not f.sources or cand.code[:2] != APPEAL_ROOT or cand.scope.dep_ != "advcl":
        return
    host = cand.scope.head
    f.targets = next((list(s) for c, s, t in ctx.slots if c.kind != "noun" and s and t
                      and c.code[:2] in ANSWERING_ROOTS and (c.scope.i == host.i or c.scope.head.i == host.i)
                      and same_country(t, f.sources) and not same_country(s, f.sources)), [])


def back_referenced(f: Filling, ctx: SentenceContext) -> None:
    """ "expelled two Russian diplomats, accusing them of spying", "suspended talks with the ELN, accusing the
    guerrillas of war crimes": a participle's "them" or "the <noun>" is whom its host clause reached."""
    host = participle_clause_host(f.cand.scope)
    if not f.targets and f.sources and f.cand.kind == "verb" and host is not None and back_reference(f.cand):
        f.targets = ctx.filled(host)[1]
        if not f.targets and demander_participle(f.cand.scope):
            # "told the Security Council that the mission should leave, accusing it of ...": the participle hangs on
            # the clause asked for; whom the demand reached is whom it refers back to (twenty-fifth round)
            f.targets = ctx.filled(f.cand.scope.head.head)[1]


HOST_AIMED_ROOTS = frozenset({"10", "11", "12", "13"})
"""Demands, disapproval, rejection and threats: the said acts a participle adds to the deed of its host clause."""


def participle_of_aimed_host(f: Filling, ctx: SentenceContext) -> None:
    """ "Ghana summoned the Nigerian envoy, demanding an explanation for the arrests", "Britain sanctioned Ben-Gvir and
    Smotrich, accusing the two ministers of inciting violence", "Russia struck Kyiv, warning of more strikes": a
    participle clause with no subject of its own that demands, accuses, rejects or threatens and names no one else
    is aimed at whom its host clause reached (twenty-sixth round). Not the source's own side."""
    scope = f.cand.scope
    if (f.targets or not f.sources or f.cand.kind != "verb" or f.cand.code[:2] not in HOST_AIMED_ROOTS
            or scope.dep_ != "advcl" or scope.tag_ != "VBG" or grammatical_subjects(scope)
            or scope.head.pos_ not in ("VERB", "AUX")
            or any(c.dep_ == "mark" for c in scope.children)):  # "before demanding", "while warning": a time clause
        return
    if any(c.dep_ in ("oprd", "acomp") for c in scope.children):
        return  # "calling it a liberation group": a judgement of its object, not of the host's target
    host_targets = ctx.filled(scope.head)[1]
    f.targets = [t for t in host_targets if not same_country([t], f.sources)]


ACCUSATION_PREFIX = "112"
REDUCTION_ROOT = "16"
"""Reducing relations (sanctions, tariffs, bans, cut ties): the lexicon lets many of them stand without a target, but
they are always against someone, so the phrase fallback runs for them too (twenty-first round)."""


def accused_by_participle(f: Filling, ctx: SentenceContext) -> None:
    """ "Sudan's army suspended its participation in the ceasefire talks, accusing the RSF of failing to honour a
    truce", "Farmers blocked the roads, accusing the government of betraying them": an act aimed at no one that its
    own participle explains by accusing someone is aimed at the accused (twenty-first round). Only a participle of the
    same source; never the source itself."""
    scope = f.cand.scope
    if f.targets or not f.sources or f.cand.kind == "noun":
        return
    for c in ctx.candidates:  # the participle comes after its host, so its slots are not filled yet
        if (c.code.startswith(ACCUSATION_PREFIX) and c.kind != "noun" and c.scope.dep_ == "advcl"
                and c.scope.tag_ == "VBG" and c.scope.head.i == scope.i and not grammatical_subjects(c.scope)):
            accused = first_tier(c.targets, ctx.mentions, besides=f.sources)
            f.targets = [a for a in accused if all(a.actor_code != b.actor_code for b in f.sources)]
            return


def answered(f: Filling, ctx: SentenceContext) -> None:
    """ "in response to the US naval build-up", "in a show of force aimed at North Korea" (a joint act's partner is
    whom it is done with, not whom it is aimed at)."""
    if not f.targets and f.sources and f.cand.kind != "noun" and not is_joint(f.cand):
        f.targets = answered_party(f.cand.scope, f.sources, ctx.mentions)


RESPONSE_NOUNS = frozenset({"response", "reply", "retaliation", "reaction"})
REACTING_ROOTS = frozenset({"09", "16", "19", "20"})
"""Inquiries, reduced relations and force: acts that answer another's hostile act. Not shows of force, which the gold
set reads as aimed at no one ("put its forces on alert as Chinese warships massed"), nor statements."""
AFTER_MARKS = frozenset({"after", "as", "when"})
AFTER_PREPS = frozenset({"after", "following"})


def answered_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "Ukrainian prosecutors opened a war crimes case after a Russian missile slammed into a pizzeria in
    Kramatorsk", "Russia suspended the talks after Ukraine attacked a bridge in Crimea", "Israel launched air strikes
    after Hezbollah fired rockets at the Golan Heights": an inquiry, sanction or strike that names no one, done after (or as) another country's actor used force, answers it and is aimed at that actor (twenty-second
    round). Only an act of force or coercion by another country's actor in the time clause or phrase; a time clause
    of talks or of the source's own acts names no target."""
    cand = f.cand
    if f.targets or not f.sources or cand.kind == "noun" or cand.code[:2] not in REACTING_ROOTS:
        return
    verb = cand.scope
    clauses = {c.i for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in AFTER_MARKS for m in c.children)}
    clauses |= {p.i for c in verb.children if c.dep_ == "prep" and c.lower_ in AFTER_PREPS
                for p in c.children if p.dep_ == "pobj"}
    if not clauses:
        return
    for other in ctx.candidates:
        if other.scope.i not in clauses or other.code[:2] not in FORCE_ROOTS:
            continue
        doers = first_tier(other.sources, ctx.mentions)
        if doers and rival_sides(doers, f.sources):  # another country's, or rebels against the state (32nd round)
            f.targets = doers
            return


def responded_to(f: Filling, ctx: SentenceContext) -> None:
    """ "In response to Chinese drills, Taiwan put its forces on alert", "in retaliation for Israel's strikes": a named
    act that another clause answers was aimed at the one who answers it (the answering clause's subject)."""
    scope = f.cand.scope
    if f.targets or not f.sources or f.cand.kind != "noun" or scope.dep_ != "pobj" \
            or scope.head.lower_ not in ("to", "for") or scope.head.head.lemma_.lower() not in RESPONSE_NOUNS:
        return
    node = scope.head.head
    for _ in range(3):  # up from "response" through "in" to the clause it is on
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    answerers = ctx.filled(node)[0]
    f.targets = [a for a in answerers if not same_country([a], f.sources)]


def speakers_possession(f: Filling, ctx: SentenceContext) -> None:
    """ "Poland said the missile that hit its territory was fired by Russia": an unresolved "its" on a target inside
    reported speech is the speaker's."""
    if not f.targets and f.sources:
        f.targets = speaker_possessions(f.cand, f.sources, ctx.mentions)


def as_announced(f: Filling, ctx: SentenceContext) -> None:
    """ "Will Orban take the EU to court over the gas ban, as his foreign minister has threatened?", "Trump imposed
    tariffs on Canada, as he had threatened": a threat, promise or warning in an "as" clause on another act is of that
    act, so it is aimed at whom that act is (thirty-first round)."""
    verb = f.cand.scope
    if f.targets or not f.sources or f.cand.kind == "noun" or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return
    _, host_targets = ctx.filled(verb.head)
    f.targets = [t for t in host_targets if not same_country([t], f.sources)][:1]


def one_other_country(f: Filling, ctx: SentenceContext) -> None:
    """A threat is aimed at someone, a negotiation held, a treaty signed and a ceasefire broken with someone ("agreed to
    meet Maduro but said Guyana would not negotiate over the border", "Azerbaijan is unlikely to sign a peace treaty
    until Armenia rewrites its constitution"): with no one named in it, the one other country."""
    cand = f.cand
    if not f.targets and len(f.sources) == 1 and (cand.code[:2] == THREAT_ROOT or cand.code in PARTNERED_CODES) \
            and cand.kind != "noun":
        f.targets = threatened_party(cand.scope, f.sources, ctx.mentions)


INVASION_NOUNS = frozenset({"invasion", "annexation", "occupation"})
"""Acts that always have a country for victim: with none named on the noun, the one other country of the sentence."""


REACTION_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
"""Statements, appeals, support, demands, disapproval and rejection: what their sources say of an act they are
not party to."""


def invaded_country(f: Filling, ctx: SentenceContext) -> None:
    """ "Zelensky declared martial law across Ukraine in the first hours of the Russian invasion": an invasion,
    annexation or occupation named with no victim is of the one other country the sentence names (seventeenth
    round)."""
    if not f.targets and len(f.sources) == 1 and f.cand.kind == "noun" \
            and f.cand.scope.lemma_.lower() in INVASION_NOUNS:
        # "China has refrained from condemning Russia's invasion", "Belarus backed the invasion": who speaks of,
        # judges or backs the invasion in a clause above it is no victim of it (twenty-third round)
        noun = f.cand.scope
        reactors = [a for c, s, _ in ctx.slots if c.code[:2] in REACTION_ROOTS and c.scope.i != noun.i
                    and c.scope in noun.ancestors for a in s]
        f.targets = threatened_party(noun, [*f.sources, *reactors], ctx.mentions)


def posture_aim(f: Filling, ctx: SentenceContext) -> None:
    """A military posture aimed at no one or only at its own forces ("placed its forces on alert"): whom its purpose
    or answer names, or the place it is taken in (this step may replace a target found before)."""
    own = {actor_country(s) for s in f.sources}
    if f.sources and f.cand.code[:2] in POSTURE_ROOTS and {actor_country(t) for t in f.targets} <= own:
        f.targets = (purpose_targets(f.cand.scope, ctx.mentions)
                     or answered_party(f.cand.scope, f.sources, ctx.mentions)
                     or strained_party(f.cand.scope, f.sources, ctx.mentions)
                     or posture_place(f.cand.scope, own, ctx.mentions) or f.targets)


def mediated(f: Filling, ctx: SentenceContext) -> None:
    """ "Anwar Ibrahim offered to help broker a ceasefire", "a truce brokered by China": between the others (not
    those who appealed for it)."""
    if not f.targets and f.sources and f.cand.code in MEDIATION_CODES:
        appealing = {actor_country(a) for c, s, _ in ctx.slots if c.code[:2] == APPEAL_ROOT for a in s}
        f.targets = mediated_parties(f.cand.scope, f.sources, ctx.mentions, appealing)


def protested(f: Filling, ctx: SentenceContext) -> None:
    """Protests: whom they are against, else the holder of where they are held (verbs only)."""
    if not f.targets and f.sources and f.cand.code[:2] in PROTEST_ROOTS:
        f.targets = protest_targets(f.cand.scope, f.sources, ctx.mentions)
    if not f.targets and f.sources and f.cand.code[:2] in PROTEST_ROOTS and f.cand.kind in ("verb", "light"):
        f.targets = protest_place(f.cand, f.sources[0], ctx.mentions)
    if not f.targets and f.cand.kind == "noun" and f.cand.code[:2] in PROTEST_ROOTS and len(f.sources) == 1 \
            and f.sources[0].head == f.cand.scope.i and f.sources[0].sector in CROWD_SECTORS:
        # "protests erupted in Tbilisi", "weeks of student protests": the unnamed people's protest at home presses
        # their own government, as a protest verb's does (thirty-first round)
        f.targets = own_state(f.sources[0], "whose people protest at home", "GOV")




LAW_NOUNS = frozenset({"bill", "law", "amendment", "decree", "legislation"})
"""What a state's legislature or government makes: a protest against one at home presses the state that makes it
("marched against the extradition bill", "a rally against the foreign agents bill"). Taxes, cuts and reforms are
not among them: "workers struck against the budget cuts" names no one (our gold set reads it so)."""


def protested_law(f: Filling, ctx: SentenceContext) -> None:
    """ "Hundreds of thousands marched through Hong Kong against the extradition bill", "detained protesters during the
    rally against the foreign agents bill": a protest by people of the one country the sentence names, against a bill,
    law or decree, is aimed at their own state (twenty-eighth round)."""
    cand = f.cand
    if f.targets or not f.sources or cand.code[:2] not in PROTEST_ROOTS:
        return
    source = f.sources[0]
    if str(source.actor_code)[3:6] not in NON_STATE_SECTORS or not one_country(ctx.sent, source, ctx.mentions):
        return
    scope = cand.scope
    for prep in (c for c in scope.children if c.dep_ == "prep" and c.lower_ == "against"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            # one law, singular: "against soaring electricity bills" are no law
            if obj.lemma_.lower() in LAW_NOUNS and obj.tag_ == "NN":
                f.targets = own_state(source, f"whose {obj.lemma_} its people protest", "GOV")
                return


SETTING_DEMANDS = frozenset({"demand", "call", "urge", "press"})
"""Verbs of demanding whose protest setting ("demanded elections at a rally") is aimed where the demand is."""


def demanded_of_home(f: Filling, ctx: SentenceContext) -> None:
    """Protests and demands at home with no one named: the own government."""
    if not f.targets and f.sources and f.cand.code[:2] in PROTEST_ROOTS | {DEMAND_ROOT} and (
            f.cand.kind != "noun" or (f.cand.code[:2] in PROTEST_ROOTS and setting_clause(f.cand.scope) is not None)):
        # a protest the clause is set in ("detained protesters during a rally") is the protesters' own (twenty-eighth
        # round), made at home as their verb would be
        f.targets = demanded_at_home(f.cand, f.sources[0], ctx.sent, ctx.mentions)
        setting = setting_clause(f.cand.scope) if f.cand.kind == "noun" else None
        if not f.targets and setting is not None and setting.lemma_.lower() in SETTING_DEMANDS and any(
                c.code[:2] == DEMAND_ROOT and same_country(s, f.sources) and same_country(t, own_state(f.sources[0], ""))
                for c, s, t in ctx.slots if c.scope.i == setting.i and s and t):
            # "students demanded snap elections at a rally": the rally presses the demand, on whom the demand is made
            f.targets = own_state(f.sources[0], "whose people rally for a demand at home", "GOV")


STRIKE_PREFIX = "143"
"""Strikes and boycotts."""
BLOCKADE_PREFIX = "144"
"""Obstructing passage: blockades and roadblocks."""
UNION_NOUNS = frozenset({"union", "congress", "federation", "confederation", "syndicate"})
"""Organised labour: a union's strike presses the state; a strike of "workers" or "traders" may press no one."""
AIM_PREPS = frozenset({"against", "at"})


def strike_at_home(f: Filling, ctx: SentenceContext) -> None:
    """ "Argentina's unions will stage a 24-hour general strike", "Germany's train drivers' union, the GDL, will strike
    for six days", "Colombian students will strike against Iván Duque's tax increases": a strike or boycott by
    organised labour, or by anyone outside the state when the sentence names their own state's leaders, that names no
    one else, in a sentence naming no other country, presses their own state (twenty-sixth round). Crowds of
    "workers" or "doctors" striking with no one named ("Greek workers walked off the job against austerity") and a
    strike against a company ("The Teamsters struck against UPS") are aimed at no state. A blockade at home by anyone
    outside the state ("supporters of Evo Morales set up roadblocks across Bolivia", "students blockaded a motorway
    junction outside Belgrade") presses their own state whoever they are: roads, bridges and border posts are the state's to keep open
    (twenty-seventh round)."""
    cand = f.cand
    blockade = cand.code.startswith(BLOCKADE_PREFIX)
    if (f.targets or not f.sources or not (cand.code.startswith(STRIKE_PREFIX) or blockade)
            or cand.kind not in ("verb", "light")
            or f.sources[0].sector not in NON_STATE_SECTORS
            or not one_country(ctx.sent, f.sources[0], ctx.mentions)):
        return
    source = f.sources[0]
    aimed = [p for h in (cand.scope, *direct_objects(cand.scope)) for c in h.children
             if c.dep_ == "prep" and c.lower_ in AIM_PREPS for p in c.children if p.dep_ == "pobj"]
    if any(p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME") and ctx.mentions.at_token(p.i) is None
           for p in aimed):
        return  # "struck against UPS": a body the actor data does not know is what the strike presses
    head = ctx.sent.doc[source.head]
    organised = head.lemma_.lower() in UNION_NOUNS or (source.sector == "LAB" and head.pos_ == "PROPN")
    leaders = any(m.country == source.country and m.sector == "GOV" for m in ctx.mentions.within(
        ctx.sent.start, ctx.sent.end))
    if organised or leaders or blockade:
        f.targets = own_state(source, "whose state a strike at home presses", "GOV")


def drop_participle_of_host(f: Filling, ctx: SentenceContext) -> None:
    """ "clashed with riot police, torching cars and houses": a participle of the same kind of act, aimed at no one
    or at the host's own target, is part of its host's act, not a second one."""
    scope = f.cand.scope
    if scope.dep_ != "advcl" or scope.tag_ != "VBG":
        return
    if not f.targets and any(c.scope.i == scope.head.i and c.code[:2] == f.cand.code[:2] for c, _, _ in ctx.slots):
        f.dropped = True
    # "took control of Kidal, wresting the stronghold from separatists": the same kind of act by the same side on the
    # same side restates its host (seventeenth round)
    elif f.targets and f.sources and any(
            c.scope.i == scope.head.i and c.code[:2] == f.cand.code[:2] and same_country(s, f.sources)
            and same_country(t, f.targets) for c, s, t in ctx.slots if s and t):
        f.dropped = True


def drop_presence_no_visit(f: Filling, ctx: SentenceContext) -> None:
    """ "Xi Jinping, who is in Moscow this week": a person abroad visits; "Putin is in Moscow", "Russia is in Syria"
    are no visits."""
    if presence(f.cand) and ((any(s.kind not in PERSON_KINDS for s in f.sources) and not visitors(f.cand))
                             or same_country(f.sources, f.targets) or not f.targets):
        f.dropped = True


def release_holder(f: Filling, ctx: SentenceContext) -> None:
    """ "Mike Pompeo demanded the immediate release of Paul Whelan after a Moscow court sentenced the former Marine":
    the release of one's own people is asked of whoever holds them, the one other country named (this step may
    replace a target of the own side)."""
    if f.sources and f.cand.code in RELEASE_ASKS and {actor_country(t) for t in f.targets} <= {
            actor_country(s) for s in f.sources}:
        f.targets = (stated_holder(ctx.sent, f.sources, ctx.mentions)
                     or threatened_party(f.cand.scope, f.sources, ctx.mentions) or f.targets)


def show_of_force(f: Filling, ctx: SentenceContext) -> None:
    """ "Three US aircraft carriers began joint drills ... in a show of force aimed at North Korea": with no partner
    named, drills aimed at someone are a show of force (150) against it."""
    if not f.targets and f.sources and f.cand.code == JOINT_EXERCISE \
            and len({actor_country(s) for s in f.sources}) == 1:
        aimed_at = answered_party(f.cand.scope, f.sources, ctx.mentions)
        if aimed_at:
            f.cand, f.targets = dataclasses.replace(f.cand, code=CameoCode(SHOW_OF_FORCE)), aimed_at


def together(f: Filling, ctx: SentenceContext) -> None:
    """ "French and Egyptian warships launched war games": an exercise of several sources is held together."""
    if not f.targets and len(f.sources) > 1:
        f.cand = shared_exercise(f.cand, f.sources) or f.cand


POLITICAL_RESTRICTION_PREFIXES = ("081", "172")
"""Easing or imposing restrictions on political freedoms, politicians, curfews and emergencies: acts of a state on
its own politics and people."""


def restricting_home_body(f: Filling, ctx: SentenceContext) -> None:
    """ "The court allowed Alassane Ouattara to run in the election", "the electoral board barred him from running":
    an unnamed court, board or government that lets or bars a politician is of the politician's country, as these
    acts are a state's on its own politics (seventeenth round)."""
    if f.sources or not f.targets or not f.cand.code.startswith(POLITICAL_RESTRICTION_PREFIXES) or not f.cand.sources:
        return
    countries = {actor_country(t) for t in f.targets}
    if len(countries) != 1 or len(next(iter(countries))) != 3:
        return
    country = next(iter(countries))
    f.sources = [a for tok in f.cand.sources[0]
                 if (a := home_group(tok, country, why="the country of the politician it acts on")) is not None]


def people_named(f: Filling, ctx: SentenceContext) -> None:
    """ "A Haitian gang kidnapped 17 missionaries, 16 of them American and one Canadian", "Rwandan army troops killed
    thousands of displaced Hutus": people killed, kidnapped or wounded whom no actor names are whose nationals the
    phrase after them says, else, counted in a sentence naming only the source's country, its own civilians
    (:mod:`detente.coding.people_named`; twentieth round)."""
    cand = f.cand
    if f.targets or not f.sources or cand.kind not in ("verb", "light") or not cand.targets \
            or cand.code[:2] not in PLACE_TARGET_ROOTS:
        return
    f.targets = (nationals_among(cand.scope, cand.targets[0], f.sources, ctx.sent, ctx.mentions)
                 or counted_own_people(cand.scope, cand.targets[0], f.sources[0], ctx.sent, ctx.mentions))


VICTIM_ROOTS = PLACE_TARGET_ROOTS | {"17"}
"""Assaults, fighting, mass violence and coercion: acts done to people."""


def scene_victims(f: Filling, ctx: SentenceContext) -> None:
    """ "Gunmen killed 12 worshippers at a mosque in Nigeria's Kaduna state": victims named only by what they are, in
    a sentence about one country, are that country's people, whoever attacked them
    (:func:`detente.coding.people_named.victims_of_scene`; twenty-ninth round)."""
    cand = f.cand
    if f.targets or cand.kind not in ("verb", "light") or not cand.targets \
            or cand.code[:2] not in VICTIM_ROOTS:
        return
    # "opened fire on mourners": the pattern's own object ("fire") is a tier before the people
    f.targets = victims_of_scene(cand.scope, tuple(t for tier in cand.targets for t in tier), f.sources, ctx.sent,
                                 ctx.mentions)


OWNED_THING_ROOTS = frozenset({"05", "11", "12"})
"""Endorsement, disapproval and rejection: acts aimed at whoever owns the plan, resolution or proposal they judge."""


def judged_noun_owner(f: Filling, ctx: SentenceContext) -> None:
    """ "dismissed the Egyptian reconstruction plan endorsed by the Arab summit", "the Chinese peace plan backed by
    Brazil", "the Russian resolution supported by China": a passive participle with its own agent, on a noun, endorses,
    criticises or rejects that noun, and so whoever owns it, the one actor its own words name (a demonym or a
    possessor), when that is not the agent's own side (twenty-eighth round)."""
    scope = f.cand.scope
    if f.targets or not f.sources or f.cand.kind != "verb" or f.cand.code[:2] not in OWNED_THING_ROOTS \
            or scope.dep_ != "acl" or scope.tag_ != "VBN" or not any(c.dep_ == "agent" for c in scope.children):
        return
    noun = scope.head
    if noun.pos_ != "NOUN":
        return
    owners = [a for a in first_tier(((noun,),), ctx.mentions) if not same_country([a], f.sources)]
    if len({actor_country(a) for a in owners}) == 1:
        f.targets = owners[:1]


JUDGED_ACT_NOUNS = frozenset({
    "move", "decision", "step", "action", "measure", "announcement", "visit", "trip", "expulsion", "deployment",
    "recognition", "vote", "ban", "remark", "comment", "statement", "order", "law", "ruling", "sanction", "tariff",
    "strike", "attack", "raid", "seizure", "arrest", "detention", "execution", "sentence", "test", "launch", "drill",
    "exercise", "withdrawal", "suspension", "closure", "annexation", "incursion", "restriction", "verdict", "policy",
})
"""Nouns of an act that, as "the move", "the decision", "the visit", may be judged with no owner of their own named:
whose act it is, a clause of the sentence says."""
JUDGED_CLAUSE_MARKS = frozenset({"after", "when", "as", "because", "since", "following", "once"})
"""Marks of a time or reason clause that says whose act a judgement answers."""


def judged_act_of_clause(f: Filling, ctx: SentenceContext) -> None:
    """ "Algeria condemned the decision, a day after France recognised Moroccan sovereignty over Western Sahara",
    "Russia called the expulsions unfriendly after Poland ordered 45 diplomats to leave", "the Kremlin denounced the
    move as hostile after Finland joined NATO": endorsing, criticising or rejecting "the move", "the decision", an
    act named by a noun with no owner of its own, in answer to what the time or reason clause on the verb says another
    country did, is aimed at that clause's subject, when it is one actor of another country (twenty-ninth round)."""
    cand, verb = f.cand, f.cand.scope
    if f.targets or not f.sources or cand.kind != "verb" or cand.code[:2] not in OWNED_THING_ROOTS:
        return
    judged = [o for o in direct_objects(verb) if o.pos_ == "NOUN" and o.lemma_.lower() in JUDGED_ACT_NOUNS
              and [c.lower_ for c in o.children if c.dep_ in ("det", "poss")] in (["the"], ["this"], ["that"])
              and not any(c.dep_ in ("prep", "compound", "amod", "nmod") and ctx.mentions.within(c.left_edge.i,
                                                                                                 c.right_edge.i + 1)
                          for c in o.children)]
    if not judged:
        return
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > judged[0].i):
        if not any(m.dep_ == "mark" and m.lower_ in JUDGED_CLAUSE_MARKS for m in clause.children):
            continue
        actors = first_tier((tuple(grammatical_subjects(clause)),), ctx.mentions)
        if len({actor_country(a) for a in actors}) == 1 and not same_country(actors, f.sources):
            f.targets = actors[:1]
            return


def vetoed_body(f: Filling, ctx: SentenceContext) -> None:
    """ "Russia and China chose not to veto the resolution authorising a no-fly zone over Libya": a veto of a
    resolution is cast against the body that would adopt it (:mod:`detente.coding.resolutions`; twenty-fourth round),
    not the country its content names; a body or drafter the sentence names ("a Security Council resolution", "an EU
    resolution", "an American draft resolution") is kept."""
    resolution = vetoed_resolution(f.cand, ctx.mentions)
    if object_makers(f.cand, f.sources, ctx.mentions):
        return  # "vetoed the resolution Congress passed": the body named as passing it is kept
    if resolution is not None and f.sources and not any(t.kind == "igo" for t in f.targets):
        f.targets = [resolution_body(resolution, f.sources[0])]


def phrase_target(f: Filling, ctx: SentenceContext) -> None:
    """ "The EU's ban on Iranian crude imports", "lifted its veto on opening accession talks with Ukraine": an act that
    needs a target and found none in its pattern's slots is aimed at the one other country named deep in the phrase
    of what it acts on (:mod:`detente.coding.phrase_targets`; twentieth round). Not an accusation, whose charge
    names its victims, not the accused ("accusing the two ministers of inciting violence against Palestinians"),
    nor a joint act of several sources, which is aimed at each other."""
    cand = f.cand
    if (not f.targets and f.sources and (cand.needs_target or cand.code[:2] == REDUCTION_ROOT)
            and not cand.code.startswith(ACCUSATION_PREFIX)
            and not (len(f.sources) > 1 and is_mutual(cand))):
        f.targets = [a for a in phrase_actors(f.cand.scope, f.cand.kind, f.sources, ctx.mentions)
                     if not named_waters(ctx.sent.doc[a.head])]
    elif not f.targets and f.sources:
        # "Ottawa is weighing tariffs on Chinese-made electric vehicles": goods named by their maker's country
        # under a trade measure name whom any act on the measure concerns
        f.targets = origin_actors(f.cand.scope, f.sources, ctx.mentions)


AIMED_ROOTS = frozenset({"04", "05", "06", "07", "08", "10", "11", "12", "13", "16", "19"})
"""Roots whose acts are aimed at another party (meetings, cooperation, aid, concessions, demands, disapproval,
rejection, threats, cuts, fighting): news names their target in nearly every case, in the clause or elsewhere in the
sentence. Assaults and mass violence (18, 20) are as often done at home as abroad. Appeals and intents (02, 03) are often made to no one ("appealed for $4 billion",
"agreed to hold elections")."""


def sole_other_country(f: Filling, ctx: SentenceContext) -> None:
    """An act aimed at another party that names none in its own clause ("..., and Belarus responded by refusing to let
    stranded lorries leave", "opened its airspace to relief flights"): with one source, the one other country the
    sentence names, when it names exactly one besides where the act happens (twenty-fifth round). A pattern that
    needs a target of its own ("calling it a tragic mistake") still gets none this way."""
    cand = f.cand
    if f.targets or len(f.sources) != 1 or cand.kind == "noun" or cand.code[:2] not in AIMED_ROOTS \
            or is_mutual(cand) or cand.needs_target:
        return
    verb = cand.scope
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return  # "only if the United States ruled out strikes": a supposed act's aim is left to the clause it conditions
    if any(group_sector(t) is not None for tier in cand.targets[:1] for t in tier):
        return  # "cracked down on the opposition": an unnamed group acted on is as often the source's own people
    # "Supported by American intelligence, Ukrainian forces struck ...", "Israel, backed by the United States, rejected
    # ...": who backs, arms or funds the source in a past participle clause on it is on its side, not its target
    aside = {t.i for h in (verb, *grammatical_subjects(verb)) for c in h.children
             if c.dep_ in ("advcl", "acl") and (c.tag_ == "VBN" or any(t.dep_ == "agent" for t in c.subtree))
             for t in c.subtree}
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for tier in cand.targets[:1] for t in tier
           for c in t.children):
        return  # "occupy its territory": the target is named, by a possessive the sentence leaves to the reader
    if any(t.lemma_.lower() in COUNTRY_NOUNS for tier in cand.targets[:1] for t in tier):
        return  # "invade a sovereign country": the target is named by a common noun, not by the one other country
    # a name inside the act's own object ("bought US weapons") was weighed by the steps before: it is no party
    aside |= {t.i for tier in cand.targets for tok in tier for t in tok.subtree}
    found = threatened_party(verb, f.sources, ctx.mentions)
    # "retaliatory tariffs on American goods ... while talks with Washington go on": the country is a party where any
    # of its mentions takes part, not only where it is first named (twenty-sixth round)
    f.targets = next(([m] for a in found for m in ctx.mentions.within(ctx.sent.start, ctx.sent.end)
                      if m.country == a.country and m.kind != "place" and m.head not in aside
                      and _acting_party(ctx.sent.doc[m.head])), [])


COUNTRY_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "territory", "land"})
"""Common nouns that name a country acted on ("invade a sovereign country"): a target named, if not by name."""
PARTY_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "for", "over"})
"""Prepositions whose object may be a party to what a sentence reports ("talks with Washington"); "in", "from", "by"
name a place, an origin or an agent."""
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "appos", "poss", "conj"})


def _acting_party(head: Token) -> bool:
    """True for a mention that takes part in something the sentence reports: a subject, object or possessor, or the
    object of "with/to/against ..."; not an agent ("confirmed by the Pentagon"), a place or origin ("in Oman",
    "arriving from Serbia") or a name describing a thing ("US weapons")."""
    if head.dep_ == "pobj":
        return head.head.lower_ in PARTY_PREPS and head.head.dep_ != "agent"
    return head.dep_ in PARTY_DEPS


def drop_home_request(f: Filling, ctx: SentenceContext) -> None:
    """ "El Salvador's Congress approved a state of exception at Nayib Bukele's request": a request named as the
    reason of an act (:mod:`detente.coding.requests_granted`) made within one country is its domestic politics, not
    an appeal between actors the sentence reports (twenty-fifth round)."""
    cand = f.cand
    if cand.kind == "noun" and cand.code == REQUEST_CODE and cand.trigger[0].lemma_.lower() in REQUEST_NOUNS \
            and f.sources and f.targets and same_country(f.sources, f.targets):
        f.dropped = True


def keep_enough(f: Filling, ctx: SentenceContext) -> None:
    """Keep a candidate with an actor, and with a target where its code needs one (a joint act of several sources
    is aimed at each other)."""
    mutual = not f.targets and len(f.sources) > 1 and is_mutual(f.cand)
    if not ((f.sources or f.targets) and (f.targets or mutual or not f.cand.needs_target)):
        f.dropped = True


TARGET_STEPS: tuple[Step, ...] = (
    refused_askers, investigated, own_tiers, aided_people, held_gathering, joint_not_over_place, attempted_target, anaphor, person_anaphor, condition_counterpart, condition_rival_at_home, stationed, placed,
    described_people, at_embassy, domestic, banned_at_home, struck_down, made_by,
    home_target, investigation_of_host, unnamed_office_holder,
    object_place, passing, conjoined_scene, recipient_of_conjoined,
    relative_clause_place, attack_noun_target, deep_object_place, gazetteer_place_target, own_people, national, refused_shared_act, refused, apologised_to,
    hosted_meeting, own_people_visited, drop_trip_home, deployment_at_home, deployment_abroad, purpose_of_host,
    answered_appeal, back_referenced, participle_of_aimed_host, accused_by_participle, answered, responded_to, answered_clause, speakers_possession, as_announced, one_other_country,
    invaded_country, posture_aim,
    mediated, protested_law, protested,
    demanded_of_home, strike_at_home, drop_participle_of_host, drop_presence_no_visit, release_holder, show_of_force, together,
    restricting_home_body, people_named, scene_victims, judged_noun_owner, judged_act_of_clause, vetoed_body, phrase_target, sole_other_country, drop_home_request,
    keep_enough,
)
"""The target steps in order; the first two recast the candidate's own target tiers."""
