"""Codes refined by the actors found (stage 4): the same words, a different CAMEO code.

A shooting of a named person is an (attempted) assassination; a state's protest is an official complaint.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import coordinated
from detente.coding.participants import PERSON_KINDS, resolve
from detente.coding.state_nationals import HELD_PERSON_NOUNS
from detente.coding.verbs import expand_quantity
from detente.records.event import CameoCode
from detente.records.mention import ActorMentions, ResolvedActor

OFFICIAL_WORDS = frozenset({"formally", "officially"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
"""A protest by a state ("Denmark protested", "the foreign ministry formally protested") is an official complaint
(CAMEO 114), not a street demonstration (141), which is what crowds do ("Kenyans protested")."""
SHOOTING_CODES = frozenset({"193"})
FATAL_WORDS = frozenset({"dead", "fatally", "kill", "die"})
"""Words that make a shooting fatal: "shot dead", "fatally shot", "shot and killed"."""


KILLING_CODE = "1823"
LEADER_NOUNS = frozenset({
    "leader", "chief", "commander", "head", "president", "minister", "premier", "general", "governor", "mayor",
    "spokesman", "spokesperson", "envoy", "ambassador", "founder", "deputy", "ruler", "king", "emir",
})
"""Heads of the one person whose killing is an assassination (CAMEO 186): "killed Hezbollah's chief of staff",
"killed Ahmed al-Rahawi, the prime minister of the Houthi-run government", "killed a senior Hamas commander"."""
LEADER_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "SPY"})
"""Sectors of a named person whose killing is an assassination (a state's or an armed group's leader); killings of
journalists or opposition figures stay killings (CAMEO 1823), as our gold set codes Navalny's."""


def targeted_killing(verb: Token, *, titles: bool = True) -> bool:
    """True when ``verb`` ("kill") has for its object one named leader or office-holder (a title noun or an
    apposition headed by one), not a number of people: "killed Hezbollah's chief of staff, Haytham Ali
    Tabatabai", "killed Ahmed al-Rahawi, the prime minister of ..."; without ``titles``, when it kills one
    person or thing (singular, no number)."""
    if verb.lemma_.lower() != "kill":
        return False
    return _one_victim(verb, titles=titles)


def _one_victim(verb: Token, *, titles: bool) -> bool:
    """True when ``verb``'s object is one person (singular, no number) and, with ``titles``, a leader or office-holder
    by its title noun or apposition."""
    victims = _victims(verb)
    if len(victims) != 1:
        return False
    victim = victims[0]
    if victim.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in victim.children):
        return False
    if not titles:
        return True
    heads = [victim, *(c for c in victim.children if c.dep_ == "appos")]
    return any(h.lemma_.lower() in LEADER_NOUNS and h.tag_ == "NN" for h in heads)


def assassination(verb: Token, target: ResolvedActor | None) -> bool:
    """True when ``verb`` kills one named leader: a title noun for its object ("killed Hezbollah's chief of staff"),
    or a person of a state or an armed group resolved at its object ("kill Ali Khamenei")."""
    if target is None or not targeted_killing(verb, titles=False):
        return False
    return targeted_killing(verb) or (target.kind in PERSON_KINDS and target.sector in LEADER_SECTORS
                                      and any(target.token_start <= v.i < target.token_end for v in _victims(verb)))


def leader_killed(verb: Token, mentions: ActorMentions) -> bool:
    """:func:`assassination`, with the victim resolved here (for a subject noun that names how it was done)."""
    victims = _victims(verb)
    return len(victims) == 1 and assassination(verb, resolve(victims[0], mentions))


def _victims(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


def aimed_code(cand: Candidate, target: ResolvedActor | None) -> Candidate:
    """A shooting aimed at a named person (CAMEO 193 otherwise) is an assassination (186) when fatal ("was shot
    dead", "shot and killed", "gunned down"), else an attempted one (185): CAMEO 18 covers attacks on a specific
    person, 19 armed fighting. A killing (1823) of one named leader or office-holder is an assassination too
    ("Would Israel dare to kill Ali Khamenei?", "an Israeli strike killed Hezbollah's chief of staff")."""
    if cand.code == KILLING_CODE and cand.kind == "verb" and assassination(cand.scope, target):
        return dataclasses.replace(cand, code=CameoCode("186"))
    if cand.code not in SHOOTING_CODES or target is None:
        return cand
    verb = cand.scope
    if verb.lemma_.lower() not in ("shoot", "gun") or cand.kind != "verb" and target.kind not in PERSON_KINDS:
        return cand
    # "Gunmen shot dead the governor of Kandahar", "shot dead a Mexican mayor": one office-holder named by title
    # (resolved to the state he serves, not a person) is a named person too (sixteenth round)
    if target.kind not in PERSON_KINDS and not _one_victim(verb, titles=True):
        return cand
    # "shot dead Haiti's president": the parser may hang "dead" before the object as an unlabelled dependent ("dep")
    words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod", "conj", "prt", "dep")}
    words |= {t.lemma_.lower() for t in cand.trigger}
    fatal = bool(words & FATAL_WORDS) or verb.lemma_.lower() == "gun"
    return dataclasses.replace(cand, code=CameoCode("186" if fatal else "185"))


RETREAT_CODE = "0874"
PRESENCE_VERBS = frozenset({"withdraw", "pull", "leave", "quit", "exit", "depart", "vacate", "withdrawal", "pullout",
                            "pull-out", "drawdown"})
"""Words that end a presence ("pull its police out of Haiti", "peacekeepers left Armenia", "the withdrawal of the
peacekeepers from Mali"); "retreat" and "pull back" say forces fall back, which is the military retreat (0874)."""
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "police", "policeman", "officer", "mission", "observer",
                                "monitor"})
"""Forces whose presence is a peace mission: withdrawn from a country, CAMEO 1661 (peacekeepers)."""
WHOLE_COUNTRY_PREPS = frozenset({"from", "of", "out"})


def withdrawn_presence(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> Candidate:
    """Peacekeepers, police or a mission withdrawn from a whole foreign country, named by its name ("would Kenya pull
    its police out of Haiti", "Russian peacekeepers left Armenia") end a peace mission there: CAMEO 1661 (withdraw
    peacekeepers). Troops withdrawn stay a military retreat (0874) whatever they leave: whether a country is their host
    or their enemy the words do not say ("Russia withdrew its troops from Syria", "... from Ukraine"). Falling back from
    a town, a region or a part of a country ("from Nagorno-Karabakh", "out of eastern Congo") stays a retreat too, as
    does a withdrawal from one's own country."""
    if cand.code != RETREAT_CODE or target is None or target.kind != "country" or not target.country \
            or len(target.country) != 3 or source is None or source.country == target.country:
        return cand
    verb = next((t for t in (cand.scope, *cand.trigger) if t.lemma_.lower() in PRESENCE_VERBS), None)
    if verb is None or any(c.lower_ == "back" for c in verb.children):
        return cand
    place = cand.scope.doc[target.head]
    if not _whole_country(place, verb, range(target.token_start, target.token_end)):
        return cand
    if place.pos_ == "PROPN" and place.lower_ not in (target.name or "").lower():
        return cand  # a territory resolved to its state ("from Gaza", "the West Bank"): a part, not the country named
    # who leaves: the verb's subject or object, or the noun's "of" phrase, with the words compounded on it
    movers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    movers += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    forces = {w.lemma_.lower() for m in movers for w in (m, *m.children) if w.i != place.i}
    if not forces & PEACEKEEPING_WORDS:
        return cand
    return dataclasses.replace(cand, code=CameoCode("1661"))


PARDON_CODE = "056"
RELEASE_CODE = "0841"
PARDON_WORDS = frozenset({"pardon", "clemency"})
"""The words of a pardon; 056 is also forgiveness and a sentence reduced, which free no one."""


def pardoned_foreigner(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> Candidate:
    """A pardon (056) of a person of another country is the release of that country's prisoner (0841), as a pardon of
    people named by their nationality is in the lexicon: "Tebboune could pardon Sansal tomorrow", "Putin pardoned a
    French researcher" free a foreigner to his country; a ruler pardoning his own nationals ("pardoned 1,584
    prisoners", "Lee pardoned Cho Kuk") forgives them (round thirty-one)."""
    if cand.code != PARDON_CODE or source is None or target is None or not source.country or not target.country \
            or len(source.country) != 3 or len(target.country) != 3 or source.country == target.country:
        return cand
    if not any(t.lemma_.lower() in PARDON_WORDS for t in (cand.scope, *cand.trigger)):
        return cand  # "forgave Sweden", "reduced the sentence of the French writer": no prisoner freed
    return dataclasses.replace(cand, code=CameoCode(RELEASE_CODE))


def _whole_country(place: Token, verb: Token, name: range) -> bool:
    """True when ``place`` names a country whole: a proper name or "the country", with no part named outside the
    name's own words ``name`` ("eastern", "southern", "the north of"; "Burkina Faso" is one name), hung on ``verb`` as
    its object or after "from" / "out of"."""
    if place.pos_ not in ("PROPN", "NOUN") or (place.pos_ == "NOUN" and place.lemma_.lower() != "country"):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.i not in name for c in place.children):
        return False
    if place.dep_ == "dobj":
        return place.head.i == verb.i
    if place.dep_ != "pobj" or place.head.lower_ not in WHOLE_COUNTRY_PREPS:
        return False
    node = place
    for _ in range(5):  # up through "out of", "from", and the forces' "of" phrase ("the withdrawal of US forces from")
        if node.head.i == verb.i:
            return True
        if node.dep_ not in ("pobj", "prep", "prt", "pcomp", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


OCCUPATION_CODE = "192"
ARREST_CODE = "173"
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
CAPTIVE_NOUNS = frozenset({*HELD_PERSON_NOUNS, "lord", "boss", "criminal", "murderer", "killer", "man", "woman"})
"""Nouns naming people taken into custody ("recaptured the drug lord", "retook two escaped inmates")."""


def captured_person(cand: Candidate, mentions: ActorMentions) -> Candidate:
    """Taking a place (CAMEO 192: "recaptured", "retook", "overran") applies to places; the same verb with people for
    its object ("he was recaptured in June", "police recaptured the drug lord") is taking them into custody (173).
    A name counts as a person unless it resolves to a country or place ("recaptured Kherson")."""
    if cand.code != OCCUPATION_CODE or cand.kind != "verb":
        return cand
    taken = [t for v in _victims(cand.scope) for t in coordinated(v)]
    if not taken or not all(_person(t, mentions) for t in taken):
        return cand
    return dataclasses.replace(cand, code=CameoCode(ARREST_CODE))


def _person(tok: Token, mentions: ActorMentions) -> bool:
    head = expand_quantity(tok)
    if head.lower_ in PERSON_PRONOUNS or (head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in CAPTIVE_NOUNS):
        return True
    actor = resolve(head, mentions)
    return (actor.kind in PERSON_KINDS) if actor is not None else head.ent_type_ == "PERSON"


def official_protest(cand: Candidate, source: ResolvedActor | None) -> Candidate:
    """A state's protest (its name in the singular, or a government sector, or "formally"/"officially") is an
    official complaint (114); people protesting ("Kenyans", "students", "thousands of Israelis") demonstrate (141)."""
    if cand.code != "141" or source is None or cand.scope.lemma_.lower() != "protest":
        return cand
    formal = any(c.lower_ in OFFICIAL_WORDS for c in cand.scope.children if c.dep_ == "advmod")
    subject = [c for c in cand.scope.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and not source.token_start <= subject[0].i < source.token_end:
        # "Opponents of Rwanda's Senate protested": people named by what they oppose, not the state
        return dataclasses.replace(cand, code=CameoCode("114")) if formal else cand
    state = source.sector in STATE_SECTORS or (
        source.kind == "country" and source.sector is None and len(subject) == 1 and subject[0].tag_ == "NNP")
    return dataclasses.replace(cand, code=CameoCode("114")) if formal or state else cand


CHARGING_VERBS = frozenset({"charge", "indict"})
JUDICIAL_SECTORS = frozenset({"JUD", "COP"})
"""Courts, prosecutors and police: their charges are legal action, not words."""


def legal_charge(cand: Candidate, source: ResolvedActor | None) -> Candidate:
    """A charge brought by a court, prosecutors or police ("Romanian prosecutors charged the far-right politician
    with incitement", "a military court charged him with illegally possessing firearms") is legal action (CAMEO 173,
    "charge with legal action"); the same verb from anyone else ("Serbia charged its neighbour with supporting
    dissidents") is an accusation (112)."""
    if (source is None or not cand.code.startswith("112") or source.sector not in JUDICIAL_SECTORS
            or cand.kind != "verb" or cand.scope.lemma_.lower() not in CHARGING_VERBS):
        return cand
    return dataclasses.replace(cand, code=CameoCode("173"))


MEETING_CODES = frozenset({"040"})
"""Meetings (consultation). Negotiations (046) keep their code wherever held: they say more than where."""
THIRD_PLACE_CODE = "044"
MEETING_PLACE_PREPS = frozenset({"in", "at"})


def third_place_meeting(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None,
                        mentions: ActorMentions) -> Candidate:
    """A meeting held in a country neither side is of ("met for barely an hour in Istanbul", "met Zelensky at the G7
    summit in Hiroshima") is a meeting at a third location (CAMEO 044); in one side's country ("met Putin in Sochi",
    "held talks with Xi Jinping in Beijing") the meeting stays as it is (seventeenth round)."""
    if cand.code not in MEETING_CODES or source is None or target is None:
        return cand
    sides = {source.country or "", target.country or ""}
    if any(len(side) != 3 for side in sides):
        return cand  # a body of no one country ("the EU and India ... in Brussels") may sit anywhere
    for place in _meeting_places(cand.scope):
        found = resolve(place, mentions)
        if found is None or found.kind not in ("place", "country") or not found.country or len(found.country) != 3:
            continue
        return dataclasses.replace(cand, code=CameoCode(THIRD_PLACE_CODE)) if found.country not in sides else cand
    return cand


def _meeting_places(verb: Token) -> list[Token]:
    """The places an "in"/"at" phrase on the meeting verb or its object names, through an "of" phrase ("at the G7
    summit in Hiroshima", "on the sidelines of the BRICS summit in Kazan")."""
    out: list[Token] = []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    for _ in range(3):
        objects = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in
                   MEETING_PLACE_PREPS | {"on", "of"} for p in c.children if p.dep_ == "pobj"]
        out += [p for p in objects if p.head.lower_ in MEETING_PLACE_PREPS]
        heads = objects
    return out


ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "fail"})
ATTEMPTED_KILLING = "185"
KILLING_CODES = frozenset({KILLING_CODE, "186"})
KILLING_VERBS = frozenset({"kill", "assassinate", "murder"})


def attempted_killing(cand: Candidate, targets: list[ResolvedActor]) -> Candidate:
    """A killing of a named person or of leaders that was tried, attempted, sought or failed ("had tried to kill
    him", "Israel's strike on Doha failed to kill Hamas's senior leaders") is an attempted assassination (CAMEO 185),
    and the attempt is the act: the candidate's scope becomes the attempting verb, whose own factuality the event
    takes (a trial that failed was made). Not when the attempt itself is denied ("did not try to kill") (seventeenth
    round)."""
    verb = cand.scope
    if cand.kind != "verb" or cand.code not in KILLING_CODES or verb.lemma_.lower() not in KILLING_VERBS \
            or verb.dep_ != "xcomp":
        return cand
    attempt = verb.head
    if attempt.lemma_.lower() not in ATTEMPT_VERBS or any(c.dep_ == "neg" for c in attempt.children):
        return cand
    victims = _victims(verb)
    named = any(t.kind in PERSON_KINDS for t in targets) or any(
        expand_quantity(v).lemma_.lower() in LEADER_NOUNS or v.lower_ in PERSON_PRONOUNS for v in victims)
    if not named:
        return cand
    return dataclasses.replace(cand, code=CameoCode(ATTEMPTED_KILLING), scope=attempt,
                               trigger=(attempt, *cand.trigger))
