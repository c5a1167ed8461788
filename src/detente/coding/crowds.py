"""Unnamed crowds, police and people of a country as actors (stage 4).

"Thousands of workers will strike across France" (France's workers), "police fired tear gas in Maputo"
(Mozambique's police), "police detained dozens of protesters" (the police's own people), soldiers whose
act a military speaker reports: actors a sentence names by what they are and where they act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects, grammatical_subjects, reporting_verb
from detente.coding.contents import protest_purposes
from detente.coding.participants import actor_country, first_tier, resolve
from detente.coding.rule_codes import PROTEST_ROOTS
from detente.coding.verbs import expand_quantity
from detente.records.actor import ActorCode
from detente.records.mention import ActorMentions, ResolvedActor

DOMESTIC_INSTITUTIONS = {
    "government": "GOV", "parliament": "LEG", "legislature": "LEG", "president": "GOV", "regime": "GOV",
    "authority": "GOV", "authorities": "GOV", "ministry": "GOV", "cabinet": "GOV", "junta": "GOV", "police": "COP",
    "minister": "GOV", "premier": "GOV", "presidency": "GOV", "court": "JUD", "judiciary": "JUD", "judge": "JUD",
    "media": "MED", "newspaper": "MED", "broadcaster": "MED", "outlet": "MED", "opposition": "OPP", "union": "LAB",
    "election": "GOV", "poll": "GOV", "referendum": "GOV",
}
"""Unnamed institutions of a country ("the government's overhaul", "outside parliament", "clashed with police")."""
DOMESTIC_PEOPLE = {
    "protester": "OPP", "protestor": "OPP", "demonstrator": "OPP", "activist": "OPP", "dissident": "OPP",
    "opponent": "OPP", "critic": "OPP", "journalist": "MED", "reporter": "MED", "student": "EDU", "worker": "LAB",
    "lawyer": "CVL", "citizen": "CVL", "civilian": "CVL", "resident": "CVL", "people": "CVL", "villager": "CVL",
    "prisoner": "CVL", "inmate": "CVL", "farmer": "CVL", "trader": "BUS", "shopkeeper": "BUS", "merchant": "BUS",
    "teacher": "EDU", "doctor": "HLH", "nurse": "HLH", "monk": "REL", "supporter": "CVL",
    # named as civilians in massacres ("killed 43 worshippers at a church in Borno state"): the country's own
    "worshipper": "REL", "worshiper": "REL", "pilgrim": "REL", "parishioner": "REL", "churchgoer": "REL",
    "herder": "CVL", "fisherman": "CVL", "miner": "LAB", "passenger": "CVL", "mourner": "CVL", "shopper": "CVL",
    # who protests in the street besides protesters (seventeenth round): "pensioners and football fans protesting"
    "pensioner": "CVL", "retiree": "CVL", "fan": "CVL", "motorist": "CVL", "driver": "CVL",
    # a country's women and girls barred, detained or beaten (nineteenth round): "the Taliban barred women from
    # universities", "police detained women who burned their headscarves"
    "woman": "CVL", "girl": "CVL",
    # what a state cracks down on besides people (thirty-first round): "Tehran's crackdown on dissent", "Moscow's
    # crackdown on the press", "Minsk's crackdown on civil society", "Managua's crackdown on the Catholic Church"
    "dissent": "OPP", "press": "MED", "society": "CVL", "ngo": "NGO", "church": "REL", "clergy": "REL",
    "priest": "REL",
}
"""Unnamed people a country's forces can coerce ("police detained dozens of protesters"): its own people."""
PEOPLES_GATHERINGS = {
    "vigil": "CVL", "rally": "OPP", "protest": "OPP", "demonstration": "OPP", "march": "OPP", "sit-in": "OPP",
    "gathering": "CVL", "commemoration": "CVL", "parade": "CVL", "procession": "CVL", "walkout": "LAB",
}
"""Gatherings of a country's people that its state may ban, break up or disperse ("Hong Kong police banned the annual
Tiananmen vigil", "Russian authorities banned the rally in Moscow"): coercion of those who would gather, its own
people (sixteenth round). Not "strike" (an air strike), nor "meeting" (officials meet)."""
POLICE_NOUNS = {"police": "COP", "policeman": "COP", "policemen": "COP", "gendarme": "COP", "gendarmerie": "COP"}
"""Unnamed police: the police of the place they act in (police act where they serve; soldiers may be abroad)."""
CROWD_PREPS = frozenset({"in", "across", "throughout", "at", "outside", "through", "into", "near", "around"})
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "police", "policeman", "officer", "army", "military", "gendarme",
                         "gendarmerie"})
"""Unnamed armed forces ("soldiers would not fire"): the reporting commander's own when a military speaker says so."""
TIME_PHRASE_PREPS = frozenset({"before", "after", "during", "since", "until", "ahead"})
"""Prepositions of time phrases, whose objects fill no slot."""


def group_actor(tok: Token, country: str, sector: str | None, *, confidence: float, reason: str,
                kind: str = "country") -> ResolvedActor:
    """The unnamed group ``tok`` names ("protesters", "police", "Congress") as an actor of ``country`` with
    ``sector``, or a word that stands for an actor named elsewhere ("they", "the two", "the government"): the one
    way the coder's crowd, domestic, home-group and anaphor rules build an actor on a single word."""
    return ResolvedActor(actor_code=ActorCode(country + (sector or "")), mention=tok.text, start=tok.idx,
                         end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                         country=country, sector=sector, kind=kind, confidence=round(confidence, 2), reason=reason)


def host_sources(host: Token, candidates: list[Candidate], mentions: ActorMentions) -> list[ResolvedActor]:
    """The actors of the coded act at ``host``, as the coder finds them (a crowd from where it protests)."""
    for cand in candidates:
        if cand.scope.i == host.i and cand.kind != "noun":
            return first_tier(cand.sources, mentions) or (
                crowd_source(cand, mentions) if cand.code[:2] in PROTEST_ROOTS else [])
    return []


NOT_HOME = frozenset({"foreign", "international", "western", "overseas", "exiled", "allied", "coalition",
                      "peacekeeping", "multinational", "aid", "relief", "humanitarian"})
"""Modifiers that put a group outside the country ("foreign troops", "exiled opposition figures"); aid, relief and
humanitarian workers are most often of agencies from abroad, not the country's own people (seventeenth round)."""


def domestic_target(cand: Candidate, source: ResolvedActor, *, people: bool = False) -> list[ResolvedActor]:
    """The source's own country as target of a protest or coercion aimed at unnamed domestic institutions
    ("Israelis protested against the government's overhaul") or, for coercion (and with ``people``, for threats
    and force), unnamed people ("Georgian police detained dozens of protesters"); none when the phrase names no
    such word."""
    country = source.country or (str(source.actor_code)[:3] if not str(source.actor_code).startswith("IGO") else None)
    if not country or len(country) != 3:
        return []
    wanted = dict(DOMESTIC_INSTITUTIONS)
    if cand.code[:2] == "17" or people:
        wanted.update(DOMESTIC_PEOPLE)
    if cand.code[:2] == "17":
        wanted.update(PEOPLES_GATHERINGS)
    # "blocked roads to press their demands from President Bouteflika's government": what a protest demands, of whom
    purposes = [t for c in protest_purposes(cand.scope) for t in c.subtree] if cand.code[:2] in PROTEST_ROOTS else []
    for tok in [*_slot_phrases(cand), *purposes]:
        sector = wanted.get(tok.lemma_.lower()) or wanted.get(tok.lower_)
        if sector is not None and not any(c.lower_ in NOT_HOME for c in tok.children):
            return [group_actor(tok, country, sector, confidence=source.confidence * 0.8,
                                reason=f"domestic {tok.lower_} of the source's country {country}")]
    return []


HOME_ORGANISATIONS = {
    "party": "OPP", "movement": "OPP", "brotherhood": "OPP", "front": "OPP", "bloc": "OPP", "alliance": "OPP",
    "coalition": "OPP", "group": "NGO", "organisation": "NGO", "organization": "NGO", "foundation": "NGO",
    "association": "NGO", "charity": "NGO", "ngo": "NGO", "ngos": "NGO", "network": "NGO", "society": "NGO",
    "union": "LAB", "outlet": "MED", "newspaper": "MED", "broadcaster": "MED", "channel": "MED", "station": "MED",
}
"""Bodies a state bans, dissolves, outlaws, suspends or shuts down at home ("Tajikistan banned the Islamic Renaissance
Party", "the Kremlin outlawed Memorial, the country's oldest human rights group", "Egypt banned the April 6 youth
movement"): in a sentence naming no other country, the source's own (thirty-second round)."""


def home_organisation(cand: Candidate, source: ResolvedActor) -> list[ResolvedActor]:
    """The source's own country as target of a restriction (172) of an unnamed party, movement, group or outlet in
    the trigger's object (or its apposition); none when the object names no such body or a modifier puts it
    abroad ("foreign NGOs", "international broadcasters")."""
    country = source.country or (str(source.actor_code)[:3] if not str(source.actor_code).startswith("IGO") else None)
    if not country or len(country) != 3 or not cand.code.startswith("172"):
        return []
    # the object itself, its apposition and its compounds ("Memorial, the country's oldest human rights group", "the
    # opposition newspaper Nepszabadsag"), not a phrase below it ("the activities of political parties")
    objects = [expand_quantity(c) for c in cand.scope.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    heads = [*objects, *(c for o in objects for c in o.children if c.dep_ in ("appos", "compound", "conj"))]
    for tok in heads:
        sector = HOME_ORGANISATIONS.get(tok.lemma_.lower()) or HOME_ORGANISATIONS.get(tok.lower_)
        if sector is not None and tok.pos_ in ("NOUN", "PROPN") and not any(
                c.lower_ in NOT_HOME for c in tok.subtree if c.i < tok.i):
            return [group_actor(tok, country, sector, confidence=source.confidence * 0.8,
                                reason=f"{tok.lower_} restricted at home by the source's country {country}")]
    return []


def one_country(sent: Span, source: ResolvedActor, mentions: ActorMentions, *,
                besides_partners: bool = False) -> bool:
    """True when the source has a country of its own and every actor the sentence names is of that country or of
    none (an organisation): then unnamed people acted on are the source's own ("the army killed villagers");
    with another country named ("Russian troops killed civilians in Bucha") they may be anyone's. With
    ``besides_partners``, countries named only as where people are sent or whom an arrangement is with do not count
    ("Nicaragua released 135 political prisoners and flew them to Guatemala", "freed Bishop Alvarez ... and put
    them on a plane to Rome under an arrangement with the Vatican")."""
    if not source.country or len(source.country) != 3:
        return False
    return all(m.country in (None, "", source.country) or (besides_partners and _partner(sent.doc[m.head]))
               for m in mentions.within(sent.start, sent.end))


def _partner(tok: Token) -> bool:
    """A destination or partner: the object of "to/with", or the object of "to" in a phrase on that object."""
    node = tok
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "with"):
            return True
        if node.dep_ not in ("pobj", "compound", "amod", "poss") or node.head.i == node.i:
            return False
        node = node.head if node.dep_ != "pobj" else node.head.head
    return False


def crowd_source(cand: Candidate, mentions: ActorMentions,
                  kinds: dict[str, str] = DOMESTIC_PEOPLE) -> list[ResolvedActor]:
    """Unnamed people protesting in a place are that country's people: "thousands of workers will strike
    across France", "students protested at American universities"; with ``kinds`` = :data:`POLICE_NOUNS`, unnamed
    police acting in a place are that country's police ("Police fired tear gas at supporters in Maputo")."""
    for tok in (t for tier in cand.sources[:1] for t in tier):
        head = expand_quantity(tok)
        sector = kinds.get(head.lemma_.lower()) or kinds.get(head.lower_)
        if sector is None:
            continue
        # "students protested at American universities", "students throughout Indonesia staged demonstrations";
        # "protesters set fire to the parliament building in Kathmandu": where what they acted on is
        acted_on = [c for tier in cand.targets[:1] for slot in tier for c in slot.children]
        places = [(prep.lower_, place) for prep in (*cand.scope.children, *head.children, *acted_on)
                  if prep.dep_ == "prep" and prep.lower_ in CROWD_PREPS
                  for place in prep.children if place.dep_ == "pobj"]
        if kinds is DOMESTIC_PEOPLE:  # "Protesters stormed Kenya's parliament": a country's own institutions
            places += [("at", slot) for slot in (*direct_objects(cand.scope), *(t for tier in cand.targets for t in tier))
                       if slot.lemma_.lower() in DOMESTIC_INSTITUTIONS]
        for word, place in places:
            where = resolve(place, mentions)
            country = where.country if where is not None else None
            if country and len(country) == 3:
                return [group_actor(head, country, sector, confidence=where.confidence * 0.8 if where else 0.5,
                                    reason=f"{head.lower_} {word} {place.text}")]
    return []


def _slot_phrases(cand: Candidate) -> list[Token]:
    """The words of the trigger's object and prepositional phrases (not of clauses below them)."""
    out: list[Token] = []
    for child in cand.scope.children:
        if child.dep_ not in ("dobj", "obj", "prep", "dative", "nsubjpass", "pobj", "attr"):
            continue
        if child.dep_ == "prep" and child.lower_ in TIME_PHRASE_PREPS:  # "before the March elections": a time
            continue
        stack = [child]
        while stack and len(out) < 40:
            tok = stack.pop()
            out.append(tok)
            stack.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX"))
    return out


def speakers_forces(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Unnamed troops, soldiers or police whose act a military or police speaker reports are that speaker's own
    ("Bangladesh's army chief told officers that soldiers would not fire on the crowds": BGD's army)."""
    tier = cand.sources[0] if cand.sources else ()
    if len(tier) != 1 or tier[0].lemma_.lower() not in FORCE_NOUNS or any(
            c.dep_ in ("poss", "amod", "compound") for c in tier[0].children):
        return []
    report = reporting_verb(cand.scope)  # the nearest verb of saying, not an "according to" further out
    said_by = grammatical_subjects(report) if report is not None else []
    found = resolve(said_by[0], mentions, places=False) if said_by else None
    if found is None or len(actor_country(found)) != 3:
        return []
    # "Two people were shot dead by gendarmes ..., Morocco's interior ministry said": police serve at home, so a
    # country's own word on unnamed police is on its own police; soldiers may be another country's
    police = tier[0].lemma_.lower() in POLICE_NOUNS and len(str(found.actor_code)) == 3
    if str(found.actor_code)[3:6] not in ("MIL", "COP", "GOV") and not police:
        return []
    return [found]


PROTEST_NOUN_SPREAD_VERBS = frozenset({
    "erupt", "spread", "sweep", "break", "grip", "rock", "engulf", "resume", "flare", "swell", "paralyse",
    "paralyze", "hit", "shake", "intensify", "enter", "begin", "start", "mount", "rage", "force", "topple", "bring",
})
"""Verbs of which a protest noun is the subject and whose place phrase is where the protest is ("protests erupted in
Tbilisi", "protests swept across Iran", "strikes paralysed ports in France")."""
SETTING_OFF_VERBS = frozenset({"spark", "trigger", "prompt", "set", "ignite", "fuel", "provoke", "unleash", "touch",
                               "stir", "cause", "bring"})
"""Verbs whose object is a protest another act set off ("sparked protests across Turkey"), and whose place phrase may
be the protest's."""
STRIKE_ROOT_CODE = "143"
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})
"""A state's missions abroad: a crowd gathered at one protests against the state that sends it."""


def protest_noun_crowd(cand: Candidate, sent: Span, mentions: ActorMentions) -> list[ResolvedActor]:
    """The unnamed people of a protest, strike or rally named by a noun with no actor of its own: the people of where it
    is held ("protests erupted in Tbilisi", "sparked protests across Turkey", "weeks of student protests in Dhaka"),
    or, in a sentence that names actors of one country only, that country's ("Weeks of student protests forced
    Sheikh Hasina to resign"); students, workers and others by the noun's own modifier, else its civilians
    (thirty-first round). Only a protest the sentence reports as breaking out or set off (the subject of "erupted",
    "spread", "swept", "forced"; the object of "sparked", "set off", "triggered"), not one named as a setting ("during
    the protests", "at a rally"); none for a protest with an owner ("their protest"), named by a people ("Kurdish
    protests"), or in a sentence naming several countries and no place of it."""
    noun = cand.scope
    if cand.kind != "noun" or cand.code[:2] not in PROTEST_ROOTS or any(
            c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return []
    sector = "LAB" if cand.code.startswith(STRIKE_ROOT_CODE) else "CVL"
    for mod in (c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        if mods := DOMESTIC_PEOPLE.get(mod.lemma_.lower()) or DOMESTIC_PEOPLE.get(mod.lower_):
            sector = mods
        elif mentions.at_token(mod.i) is not None:
            return []  # "Palestinian protests", "Kurdish strikes": a named people's, for the resolver to read
    heads = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in PROTEST_NOUN_SPREAD_VERBS:
        heads.append(noun.head)
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in SETTING_OFF_VERBS:
        heads.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "nsubj", "obj") \
            and noun.head.head.head.lemma_.lower() in SETTING_OFF_VERBS | PROTEST_NOUN_SPREAD_VERBS:
        heads.append(noun.head.head.head)  # "set off weeks of student protests in Dhaka"
    if len(heads) == 1:
        return []  # "during the protests", "at a rally", "a ban on protests": a setting or a thing, not the news
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in CROWD_PREPS):
            for place in (p for p in prep.children if p.dep_ == "pobj"):
                if place.lemma_.lower() in MISSION_NOUNS:
                    return []  # "protests erupted outside the US embassy": against its state, by whoever gathers
                where = resolve(place, mentions)
                country = where.country if where is not None else None
                if country and len(country) == 3:
                    return [group_actor(noun, country, sector, confidence=where.confidence * 0.7 if where else 0.5,
                                        reason=f"{noun.lower_} {prep.lower_} {place.text}")]
    countries = {m.country for m in mentions.within(sent.start, sent.end)}
    if len(countries) == 1 and (country := next(iter(countries))) and len(country) == 3:
        return [group_actor(noun, country, sector, confidence=0.5,
                            reason=f"{noun.lower_} in a sentence naming only {country}")]
    return []
