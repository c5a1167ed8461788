"""Places that name a target (stage 4): whoever holds the place an act is done in or aimed at.

"Killed 20 militants in Gaza", "traces found at sites in Iran", "was arrested in Lebanon" (its
authorities), "demonstrated in Kirkuk" (the authorities there), "drills in the waters around Taiwan",
"withdrew its troops in Syria"; and a place dropped when another target already names who was hit.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    SPEECH_VERBS,
    direct_objects,
    free_relative_clause,
    grammatical_subjects,
    is_passive,
    prep_objects,
    to_infinitive,
)
from detente.coding.contents import DEMANDING_VERBS, protest_purposes
from detente.coding.crowds import DOMESTIC_PEOPLE, MISSION_NOUNS, one_country
from detente.coding.named_places import geonames_place
from detente.coding.participants import (
    NON_STATE_SECTORS,
    actor_country,
    resolve,
    resolve_all,
    resolve_nested,
    territory_objects,
)
from detente.coding.places import TOWN_NOUNS, town_name
from detente.coding.rule_codes import EXPULSION_PREFIX, STATE_ACT_ROOTS, VISIT_CODE
from detente.coding.verbs import expand_quantity
from detente.records.actor import ActorCode
from detente.records.mention import ActorMentions, ResolvedActor

STATIONED_PREPS = frozenset({"in", "near", "along", "on", "inside", "at"})
POSTURE_PLACE_PREPS = frozenset({"in", "around", "near", "off", "along", "over", "inside"})
"""Where a show of force may be held: "drills in the waters around Taiwan", "exercises off the coast of Japan"."""
PLACE_TARGET_PREPS = frozenset({"in", "inside"})
HELD_PEOPLE = frozenset({"prisoner", "inmate", "detainee", "convict"})
"""People whose protest where they are held is aimed at whoever holds them ("rioted at a jail in northern Israel")."""
PROTEST_PLACE_PREPS = frozenset({"in", "inside", "at", "outside", "through", "into", "on", "near", "around"})
"""Prepositions that say where a crowd gathers ("demonstrated in Kirkuk", "marched through Lima", "march on
Maputo", "rioted at a jail in northern Israel"); not "across" or "throughout" (a nationwide strike)."""


def stationed_in(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a withdrawal is from, when no "from" names it: where the forces withdrawn are, as their phrase or a
    relative clause on them says ("pull back the troops it has massed near Ukraine's border", "withdrew its
    troops in Syria")."""
    for forces in direct_objects(verb):
        heads = [forces, *(c for c in forces.children if c.dep_ in ("relcl", "acl"))]
        for tok in prep_objects(heads, STATIONED_PREPS):
            found = resolve_all(tok, mentions)
            if found:
                return found
    return []


def posture_place(verb: Token, own: set[str], mentions: ActorMentions) -> list[ResolvedActor]:
    """Another country whose territory or waters a show of force is held in or around ("launched drills in the
    waters around Taiwan", "is conducting military exercises in Alaska"): aimed at it."""
    stack = [p for h in (verb, *direct_objects(verb)) for c in h.children
             if c.dep_ == "prep" and c.lower_ in POSTURE_PLACE_PREPS for p in c.children if p.dep_ == "pobj"]
    for _ in range(3):
        for tok in stack:
            found = resolve_nested(tok, mentions)
            if found is not None and found.kind in ("place", "country") and actor_country(found) not in own:
                return [found]
        stack = [p for tok in stack for c in tok.children if c.dep_ == "prep" and c.lower_ in POSTURE_PLACE_PREPS
                 for p in c.children if p.dep_ == "pobj"]
    return []


def protest_place(cand: Candidate, source: ResolvedActor, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a demonstration, march, riot or blockade that names no target is aimed at: the authorities of the place
    where it is held ("Iraqi Kurds demonstrated in the northern city of Kirkuk", "rebels blocked transport into
    Abidjan", "prisoners rioted at a jail in northern Israel"), PLOVER's reading of a protest's target and our gold
    set's ("marched through Lima": the Peruvian government). At home, that is the source's own government; abroad,
    only for people held there."""
    found = _first_place([cand.scope], PROTEST_PLACE_PREPS, mentions)
    if found is None or len(actor_country(found)) != 3:
        return []
    if actor_country(found) != actor_country(source):
        # "Tibetan exiles protested in New Delhi" is no protest against India; prisoners rioting in a jail are
        # protesting against whoever holds them
        held = any(t.lemma_.lower() in HELD_PEOPLE for tier in cand.sources[:1] for t in tier)
        return [found] if held else []
    return [_authorities(found, source.confidence, "where the protest is held")]


EMBASSY_PREPS = frozenset({"at", "outside", "near", "before", "to", "on"})
"""Where a crowd stands or marches to ("outside the US embassy", "marched to the French embassy"); "in front of"
hangs "of" on "front"."""


def embassy_protested(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Filipinos protested outside the Chinese embassy in Manila", "students marched to the French embassy": a
    protest held at another country's embassy or consulate is aimed at that country (twenty-first round). The
    mission's owner is read from its modifier or "of" phrase; a mission of the protesters' own country, or one whose
    owner names no actor, gives none."""
    missions = [t for t in prep_objects([verb], EMBASSY_PREPS) if t.lemma_.lower() in MISSION_NOUNS]
    missions += [t for f in prep_objects([verb], frozenset({"in"})) if f.lower_ == "front"
                 for t in prep_objects([f], frozenset({"of"})) if t.lemma_.lower() in MISSION_NOUNS]
    own = {actor_country(s) for s in sources}
    for mission in missions:
        owners = [c for c in mission.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        owners += prep_objects([mission], frozenset({"of"}))
        found = [a for tok in owners for a in resolve_all(tok, mentions)
                 if a.kind != "place" and len(actor_country(a)) == 3 and actor_country(a) not in own]
        if found and len({actor_country(a) for a in found}) == 1:
            return found[:1]
    return []


DEMAND_ROOT = "10"
PEOPLE_NOUNS = frozenset({*DOMESTIC_PEOPLE, "union", "opposition", "protester", "party"})
"""Subjects outside the state by what they are ("unions", "students", "the opposition")."""
LAW_NOUNS = frozenset({"law", "bill", "decree", "legislation", "budget", "amendment", "ordinance", "act"})
"""Domestic acts of state that a veto or rejection turns down ("vetoed the foreign agents law")."""


def demanded_at_home(cand: Candidate, source: ResolvedActor, sent: Span,
                     mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a protest or demand that names no one is aimed at, when the source's own country is the only one the
    sentence names: its own government ("Hundreds of thousands of Israelis took to the streets ... to demand a deal
    that would bring the hostages home", "Students leading Serbia's protest movement demanded snap parliamentary
    elections"), as PLOVER and our gold set read a protest's target. A protest needs a demand to say so; a demand,
    people outside the state (students, unions, the opposition). A state body, or a sentence naming another country,
    is left alone."""
    sector = str(source.actor_code)[3:6]
    if len(actor_country(source)) != 3 or (sector and sector not in NON_STATE_SECTORS):
        return []
    if not one_country(sent, source, mentions):
        return []
    if cand.code.startswith(DEMAND_ROOT):
        # "Students ... demanded snap elections": people outside the state by what they are, however their country
        # resolves ("Iran demanded compensation" names no one it is asked of)
        people = sector or any(expand_quantity(t).lemma_.lower() in PEOPLE_NOUNS
                               for tier in cand.sources[:1] for t in tier)
        return [_authorities(source, source.confidence, "whose people demand at home")] if people else []
    # a protest needs a demand to be aimed at the government: "workers protested against the pension reform" and a
    # nationwide strike are aimed at no one named
    demands = [t for t in cand.scope.subtree if t.pos_ == "VERB" and t.lemma_.lower() in DEMANDING_VERBS
               and to_infinitive(t) and not grammatical_subjects(t)]
    if not (demands or protest_purposes(cand.scope)):
        return []
    return [_authorities(source, source.confidence, "whose people protest at home")]


def domestic_law(cand: Candidate, source: ResolvedActor, sent: Span, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a veto or rejection of a law or bill is aimed at when the sentence names no other country: the source's
    own state ("Salome Zourabichvili vetoed the foreign agents law", "the president rejected the budget")."""
    objects = [expand_quantity(o) for o in direct_objects(cand.scope)]
    if not any(o.lemma_.lower() in LAW_NOUNS for o in objects) or not one_country(sent, source, mentions):
        return []
    # the law's makers: the legislature, or the government when the legislature turns it down
    return own_state(source, "whose law is turned down", "GOV" if source.sector == "LEG" else "LEG")


def own_state(source: ResolvedActor, why: str, sector: str = "") -> list[ResolvedActor]:
    """The source's own country (its ``sector``: "CVL" for its people), as the target of an act on its own people or
    laws (none for a source of no country)."""
    country = actor_country(source)
    if len(country) != 3:
        return []
    return [dataclasses.replace(source, actor_code=ActorCode(country + sector), sector=sector or None,
                                kind="country", confidence=round(source.confidence * 0.8, 2),
                                reason=f"the state of {source.mention}, {why}")]


def place_authority(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Who acts in an agentless passive of an act only a state performs, when the clause names the country or a place
    of it: its authorities ("a US national has been put under investigation in Italy", "a missionary was arrested
    in Lebanon", "two journalists were detained in Iran", "were expelled from Azerbaijan"). Investigations, arrests and detentions (CAMEO 09, 17)
    are done by the state where they happen; an attack or a kidnapping is not (anyone may do it)."""
    verb = cand.scope
    if (cand.kind != "verb" or cand.code[:2] not in STATE_ACT_ROOTS or not is_passive(verb)
            or any(c.dep_ == "agent" for c in verb.children)):
        return []
    # the place may hang on the pattern's noun ("put under investigation in Italy")
    heads = [verb, *(t for t in cand.trigger if t.pos_ == "NOUN")]
    preps = PLACE_TARGET_PREPS | ({"from"} if cand.code.startswith(EXPULSION_PREFIX) else set())
    found = _first_place(heads, preps, mentions)
    if found is None or len(actor_country(found)) != 3:
        return []
    return [_authorities(found, found.confidence, "where the act was done")]


def place_of_object(verb: Token, mentions: ActorMentions, *, taken: bool = False) -> list[ResolvedActor]:
    """Whom an attack on unnamed people or things is aimed at when the place they were in hangs on the verb
    ("killed 20 militants in Gaza", "hijacked a train ... in south-western Pakistan"): whoever holds that place, as
    "nine sites in Pakistan" already is when the place hangs on the object. With ``taken`` (abductions), also the
    place they were taken from ("abducted 303 pupils from a school in Nigeria's Niger state"); "fired rockets from
    Gaza" is where the attacker was, so "from" counts for nothing else."""
    if not direct_objects(verb) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    # "bombed what New Delhi called a training camp ..., deep inside Pakistan": the place may hang on the free
    # relative that names the object
    relative = free_relative_clause(verb)
    heads = [verb] if relative is None else [verb, relative]
    found = _first_place(heads, PLACE_TARGET_PREPS | ({"from"} if taken else set()), mentions)
    return [] if found is None else [found]


def deep_place(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """The first place or country named inside the object's phrase, through participles and relative clauses ("a
    passenger train carrying more than 400 people in south-western Pakistan", "traces of uranium found at
    undeclared sites in Iran"); none when the object names nothing ("the killing of ..." in an inquiry: victims are
    no target)."""
    slots = sorted({t.i: t for tier in cand.targets[:1] for t in tier}.values(), key=lambda t: t.i)
    for slot in slots:
        # "captured the village of X, the defence ministry in Moscow said": a reporting clause the parser hung inside
        # the object says who spoke, not where the act was (twenty-second round)
        said = {t.i for v in slot.subtree if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in SPEECH_VERBS
                for t in v.subtree}
        for tok in (t for t in slot.subtree if t.i not in said):
            # "found at Iran's Natanz plant", "at the Natanz site": the place may own or name the site
            found = mentions.at_token(tok.i) if tok.dep_ == "pobj" else None
            found = found or next((a for c in tok.children if tok.dep_ == "pobj" and c.dep_ in ("poss", "compound")
                                   and (a := mentions.at_token(c.i)) is not None), None)
            if found is not None and found.kind in ("place", "country"):
                return [found]
            # "struck an oil refinery in Novokuybyshevsk": a town only GeoNames knows (twenty-ninth round)
            # and "attacked the port of Izmail": a town noun's "of" object
            if (found is None and (tok.dep_ == "pobj" and tok.head.lower_ in DEEP_WHERE_PREPS
                                   or tok.lemma_.lower() in TOWN_NOUNS)
                    and (city := geonames_place(town_name(tok), mentions)) is not None):
                return [city]
    return []


DEEP_WHERE_PREPS = frozenset({"in", "inside", "at", "near", "outside"})
"""Prepositions of where the thing an act hit lies ("a refinery in X", "a base near X")."""
RELATIVE_PLACE_PREPS = frozenset({"in", "inside", "at", "near", "on"})


def relative_place(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a nominal attack that names no target is aimed at, when a relative clause or participle on it says
    what it hit and where ("Russia's largest air attack of the war, which set the Cabinet building in Kyiv
    ablaze", "a drone attack that damaged a power plant in Kharkiv", "an air strike killing 20 people in Gaza"):
    whoever holds that place. The parser may hang the clause on the last noun of the attack's "of" phrase ("the
    attack of the war, which ...")."""
    noun = next((t for t in cand.trigger if t.pos_ == "NOUN"), None)
    if noun is None:
        return []
    hosts = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj")]
    clauses = [c for h in hosts for c in h.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
    for clause in clauses:
        for tok in clause.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in RELATIVE_PLACE_PREPS:
                found = resolve_nested(tok, mentions)
                if found is not None and found.kind in ("place", "country"):
                    return [found]
                # "a drone attack that damaged a power plant in Kryvyi Rih" (twenty-ninth round)
                if found is None and (city := geonames_place(town_name(tok), mentions)) is not None:
                    return [city]
    return []


ATTACK_NOUN_PREPS = frozenset({"in", "inside", "across", "into"})
"""Prepositions on an attack noun that say where it was fought ("his offensive in Syria", "the war in Sudan")."""


def attack_noun_place(noun: Token, mentions: ActorMentions, *, own_phrase: bool) -> list[ResolvedActor]:
    """Whom an attack named by a noun that names no target is aimed at (twenty-second round): with ``own_phrase``,
    whoever holds the place its own "in" phrase names ("if the EU criticised his offensive in Syria", "Israel's
    campaign in Gaza"); and, when the noun is the subject of a clause, whoever holds the place that clause's object
    lies in ("a Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region", "an Israeli strike
    killed five people in Gaza"): the attack hit what its clause says it hit."""
    if own_phrase:
        found = _first_place([noun], ATTACK_NOUN_PREPS, mentions)
        if found is not None:
            return [found]
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    found = _first_place([verb], PLACE_TARGET_PREPS, mentions)
    if found is None:
        for obj in [*direct_objects(verb), *prep_objects([verb], frozenset({"to", "on", "at"}))]:
            found = next((a for tok in obj.subtree if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_TARGET_PREPS
                          and (a := resolve(tok, mentions)) is not None and a.kind in ("place", "country")), None)
            if found is not None:
                break
    return [] if found is None else [found]


def visit_hosts(cand: Candidate, targets: list[ResolvedActor]) -> list[ResolvedActor]:
    """The targets of a trip less the body whose meeting it is for, when the place is named too ("did not travel to
    the BRICS summit in Johannesburg": a trip to South Africa, the host, not to BRICS); with no place named, the
    body stays ("travelled to the NATO summit")."""
    if cand.code != VISIT_CODE or not any(t.kind in ("place", "country") and len(actor_country(t)) == 3
                                          for t in targets):
        return targets
    return [t for t in targets if not str(t.actor_code).startswith("IGO")]


def covering(targets: list[ResolvedActor], doc: Doc) -> list[ResolvedActor]:
    """The targets less a place where the act happened ("in southern Israel") when another target of the same
    country names who was acted on ("took more than 200 people hostage in southern Israel": the Israelis, not
    Israel a second time); coordinated targets ("struck Kyiv and Odesa") all stay."""
    def where(t: ResolvedActor) -> bool:
        tok = doc[t.head]
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_TARGET_PREPS | {"near", "at"}
    return [t for t in targets if not (where(t) and any(
        u is not t and actor_country(u) == actor_country(t) and not where(u) for u in targets))]


def _first_place(heads: list[Token], preps: frozenset[str], mentions: ActorMentions) -> ResolvedActor | None:
    """The first place or country named after one of ``preps`` on ``heads`` ("in Kirkuk", "inside Pakistan")."""
    # "killed two men on Lebanese soil": a country's ground after "on" is a place in it too
    for tok in [*prep_objects(heads, preps), *(territory_objects(heads) if preps & PLACE_TARGET_PREPS else [])]:
        found = resolve(tok, mentions)
        if found is not None and found.kind in ("place", "country"):
            return found
        if found is None and (city := geonames_place(town_name(tok), mentions)) is not None:
            # "demonstrated in Dresden", "was arrested in Surat": a town only GeoNames knows (twenty-ninth round)
            return city
    return None


def _authorities(place: ResolvedActor, confidence: float, where: str) -> ResolvedActor:
    """The government of the country ``place`` lies in, as the actor of what happens there."""
    return dataclasses.replace(place, actor_code=ActorCode(actor_country(place) + "GOV"), sector="GOV",
                               kind="country", confidence=round(confidence * 0.8, 2),
                               reason=f"authorities of {place.mention}, {where}")


PASSING_NOUNS = frozenset({"convoy", "motorcade", "patrol", "column", "vehicle", "bus", "car", "train", "plane"})
"""Things on the move that an attack is timed to hit as they pass ("set off a roadside bomb as the president's convoy
passed through Mogadishu")."""
PASSING_PREPS = frozenset({"through", "in", "near", "along", "on", "past"})


def passing_target(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom an attack timed "as" or "when" a convoy or patrol passes is aimed at: the convoy's owner ("as an Israeli
    army convoy passed"), else whoever holds the place it passed through ("through Mogadishu"); none for any other
    clause ("as talks began in Doha" times the attack, it names no target)."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in c.children)):
        movers = [s for s in grammatical_subjects(clause) if s.lemma_.lower() in PASSING_NOUNS]
        found = [a for s in movers if (a := resolve(s, mentions, places=False)) is not None]
        found = found or [a for s in movers for p in prep_objects([clause], PASSING_PREPS)
                          if (a := resolve_nested(p, mentions)) is not None]
        if found:
            return found[:1]
    return []
