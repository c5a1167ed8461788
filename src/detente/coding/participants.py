"""Who does what to whom (stage 4): the source and target actors of an event candidate.

The rules that fill an event's slots beyond the plain subject and object: anaphora ("the country",
"the two countries", "its neighbour", "he"), crowds and police by where they act, places that name a
target, refusals aimed at what is refused, reciprocal and joint acts, conditions that point two acts at
each other, and the confidence of a coded event. :class:`detente.coding.coder.EventCoder` applies them.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from detente.coding.candidates import AGENTIVE_GOVERNORS, Candidate, protest_purposes
from detente.coding.clauses import (
    SPEECH_VERBS,
    antecedent,
    coordinated,
    direct_objects,
    free_relative_clause,
    grammatical_subjects,
    is_passive,
    prep_objects,
    reporting_verb,
    speaker,
)
from detente.coding.factuality import (
    FUTURE_GOVERNORS,
    HYPOTHETICAL_GOVERNORS,
    NEGATING_GOVERNORS,
)
from detente.coding.verbs import expand_quantity
from detente.records.actor import ActorCode, ActorRef
from detente.records.event import CameoCode
from detente.records.mention import ActorMentions, ResolvedActor

_FALLBACK_DEPS = ("appos", "poss", "compound", "amod", "nmod")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "relation", "relationship", "tie", "war", "conflict",
                          "dispute", "feud", "standoff", "rift"})
"""Nouns that stand for the other party of their "with" phrase: "its border with Belarus", "relations with the US",
"its war with Iraq"."""
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
MUTUAL_ROOTS = frozenset({"04", "06"})
MUTUAL_CODES = frozenset({"036", "046", "050", "057", "0841", "0871", "196",
                          "031", "0311", "0312", "0313", "0314", "032", "0356"})
"""CAMEO codes of acts done together: consult, negotiate, cooperate, sign, exchange prisoners, agree a truce; and a
ceasefire broken by both its parties ("Israel and Iran violated the ceasefire": each against the other); and the
intents to do them together ("Russia and Niger agreed to strengthen military cooperation": 0312 both ways)."""
DOMESTIC_ROOTS = frozenset({"14", "17"})
"""Protest and coercion: aimed at a country's own government or people when the sentence names no other."""
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
}
"""Unnamed people a country's forces can coerce ("police detained dozens of protesters"): its own people."""
POLICE_NOUNS = {"police": "COP", "policeman": "COP", "policemen": "COP", "gendarme": "COP", "gendarmerie": "COP"}
"""Unnamed police: the police of the place they act in (police act where they serve; soldiers may be abroad)."""
AGENT_KINDS = frozenset({"group", "person", "igo", "agent", "user", "title"})
"""Actor kinds a proper name compounded before an event noun must have to be its agent ("the Hamas attack")."""
PROTEST_ROOTS = frozenset({"14"})
DEMANDED_OF_PREPS = frozenset({"by", "from", "on", "of"})
"""Prepositions that name whom a protest's demand is addressed to ("reforms by the government", "call on X")."""
CROWD_PREPS = frozenset({"in", "across", "throughout", "at", "outside", "through", "into", "near", "around"})
MODAL_GOVERNORS = FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS | NEGATING_GOVERNORS
DEONTIC_MODALS = frozenset({"should", "must", "ought"})
"""Modals of obligation: "X should/must do Y, Z said" is Z's appeal to X."""
OWN_SIDE_ROOTS = frozenset({"09", "15"})
OWN_SIDE_CODES = frozenset({"0874"})
NAMED_OWN_SIDE_ROOTS = frozenset({"09"})
"""Inquiries may target named people and bodies of the source's own country ("will investigate Yoon Suk Yeol")."""
"""Codes whose target is never the source's own country: "placed its forces on alert", "the withdrawal of its
troops", "police investigated a killing near Vancouver" (the own country is where it happens, not a target)."""
ANAPHORIC_NOUNS = frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "government"})
"""Nouns that, as "the two X" or "both X", refer back to a pair of countries named earlier in the sentence."""
SINGULAR_ANAPHORS = frozenset({"country", "nation"})
ALL_PARTIES_NOUNS = frozenset({"side", "party"})
"""Nouns that, as "all sides" or "all parties", stand for every country a sentence names besides the source's."""
PAIR_NOUNS = frozenset({"leader", "man", "woman", "president", "minister", "premier", "delegation", "army", "party"})
"""Heads that, as "the two X" or "both X", refer back to two actors named earlier ("the two leaders agreed")."""
"""Nouns that, as "the X", refer back to the one other country named earlier ("to the country")."""
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
"""As "its neighbour", the one other country named earlier ("Algeria cut ties with Morocco, accusing its neighbour
of hostile acts")."""
STATIONED_PREPS = frozenset({"in", "near", "along", "on", "inside", "at"})
INQUIRY_ROOTS = frozenset({"09"})
VIOLENCE_NOUNS = frozenset({
    "killing", "death", "murder", "assassination", "shooting", "torture", "abduction", "kidnapping",
    "disappearance", "poisoning", "attack", "bombing", "massacre", "crime", "atrocity", "abuse", "violation",
})
"""Acts an inquiry may be "into": their victims are not the inquiry's target, their perpetrator is."""
WRONGDOING_NOUNS = frozenset({"crime", "atrocity", "abuse", "violation"})
"""Wrongs an inquiry into which, with no perpetrator named, is aimed at the country they were done in."""
TIME_PREPS = frozenset({"during"})
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
CONFLICT_ROOT = "13"
"""Roots from here on (threats, protests, posture, coercion, force) answer another actor's act in a condition."""
CONDITION_WORDS = frozenset({"if", "unless"})
POSTURE_ROOTS = frozenset({"15"})
DETERRING_VERBS = frozenset({"deter", "intimidate", "pressure", "pressurize", "pressurise", "warn", "threaten",
                             "coerce", "counter", "signal", "dissuade"})
"""Purpose verbs that name whom a show of force is aimed at: "moved warships into the Mediterranean to deter Iran"."""
PURPOSE_TARGET_PREPS = frozenset({"against", "on", "with"})
POSTURE_PLACE_PREPS = frozenset({"in", "around", "near", "off", "along", "over", "inside"})
"""Where a show of force may be held: "drills in the waters around Taiwan", "exercises off the coast of Japan"."""
ANSWERED_MARKS = frozenset({"after", "following"})
OFFICIAL_WORDS = frozenset({"formally", "officially"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
"""A protest by a state ("Denmark protested", "the foreign ministry formally protested") is an official complaint
(CAMEO 114), not a street demonstration (141), which is what crowds do ("Kenyans protested")."""
SHOOTING_CODES = frozenset({"193"})
PERSON_KINDS = frozenset({"person", "title"})
FATAL_WORDS = frozenset({"dead", "fatally", "kill", "die"})
"""Words that make a shooting fatal: "shot dead", "fatally shot", "shot and killed"."""
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns that stand for one person: the one person named before them in the sentence ("where Donald Trump hosted
him", after "Asim Munir ... made a visit")."""
FORCE_ROOTS = frozenset({"13", "18", "19", "20"})
RELEASE_PREFIX = "084"
"""Returning or releasing people (0841): released unnamed prisoners or activists are the releasing state's own when
the sentence names no other country."""
"""Threats, assaults, fighting and mass violence: aimed at a country's own people when the sentence names no other
country ("Burkina Faso's army killed at least 223 villagers", "the junta warned protesters")."""
CONDITIONAL_THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
"""Hostile acts that, said by their own actor to come if or unless another acts, are threats ("will withdraw its
force unless ...")."""
PROMISSORY_MODALS = frozenset({"will", "would", "shall", "'ll"})
REFUSAL_ROOTS = frozenset({"12"})
REQUEST_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "pressure", "urging", "ultimatum", "entreaty",
                           "protest", "objection"})
"""What a refusal may be made "despite": whoever demanded, called or pressed is the one refused."""
TOPIC_CODES = frozenset({"010", "011", "012", "013", "014", "015", "016"})
"""Statements (comments, claims, denials, declining to comment): a place in their topic's phrase is no target
("declined to comment on the explosions near Isfahan", "claimed the bombing at a checkpoint in Mogadishu"); symbolic
acts and sympathy (017-019) are aimed at where they are made ("laid a wreath at the Tomb ... in Nairobi" = KEN)."""
PLACE_TARGET_ROOTS = frozenset({"18", "19", "20"})
"""Assaults, fighting and mass violence: an unnamed object is held by whoever holds the place it was hit in."""
PLACE_TARGET_PREPS = frozenset({"in", "inside"})
PHRASE_PLACE_PREPS = ("of", "including", "in", "inside", "near", "along", "around", "outside", "at")
"""Prepositions inside a slot's phrase whose object says whose it is or where it lies ("the leaders of Iran", "nine
sites in Pakistan", "the towns around Kyiv")."""
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "police", "policeman", "officer", "army", "military"})
"""Unnamed armed forces ("soldiers would not fire"): the reporting commander's own when a military speaker says so."""
TIME_PHRASE_PREPS = frozenset({"before", "after", "during", "since", "until", "ahead"})
"""Prepositions of time phrases, whose objects fill no slot."""
TRADE_NOUNS: dict[str, tuple[str, ...]] = {
    "import": ("from",), "export": ("to",), "shipment": ("to", "from"), "good": ("from",), "product": ("from",),
    "sale": ("to",),
}
"""Traded things whose preposition names the trading partner ("imports from China", "exports to Russia")."""
ANSWER_PREPS: dict[tuple[str, str], tuple[str, ...]] = {
    ("in", "response"): ("to",), ("in", "retaliation"): ("for", "against"), ("in", "reprisal"): ("for",),
    ("in", "reaction"): ("to",), ("in", "answer"): ("to",),
}
"""Phrases whose object is the act an act answers: "in response to", "in retaliation for"."""
AIMING = frozenset({"aim", "direct", "target"})
"""Participles that name whom a show of force or a campaign is aimed at."""
BOUND_VERBS = frozenset({"bind", "bound", "head", "destine"})
"""Participles of where a ship or cargo is going ("bound for Israel", "headed to Gaza")."""
BASED_VERBS = frozenset({"base", "headquarter"})
"""Participles that place a body in the country it belongs to ("a group based in Trinidad")."""
NON_STATE_SECTORS = frozenset({"REB", "OPP", "INS", "MED", "LAB", "CVL", "BUS", "EDU", "REL", "NGO", "PTY", "HLH"})
"""Sectors outside a state's government: their appeals to it are events within one country."""
TIME_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute", "moment", "time", "eve", "anniversary",
                        "aftermath", "wake", "start", "beginning", "end", "outset", "run-up", "height"})
"""Heads of time phrases, which stand for no actor ("in the first hours of the invasion", "on the eve of talks")."""
REGIME_NOUNS = frozenset({"government", "junta", "regime", "authorities", "leadership"})
"""Nouns that, as a bare "the X" subject, stand for the government of a country named before them."""
BACK_PRONOUNS = frozenset({"them", "him", "her", "it"})
"""Object pronouns of a participle clause that refer back to whom the host clause reached."""
HOST_TARGET_PREPS = frozenset({"to", "with"})
"""Prepositions of a host verb whose object its purpose infinitive is also aimed at ("travelled to Kyiv to ...")."""
STATE_ACT_ROOTS = frozenset({"09", "17"})
"""Roots of acts that only a state's authorities perform (investigation, arrest, detention, curfews)."""
HELD_PEOPLE = frozenset({"prisoner", "inmate", "detainee", "convict"})
"""People whose protest where they are held is aimed at whoever holds them ("rioted at a jail in northern Israel")."""
PROTEST_PLACE_PREPS = frozenset({"in", "inside", "at", "outside", "through", "into", "on", "near", "around"})
"""Prepositions that say where a crowd gathers ("demonstrated in Kirkuk", "marched through Lima", "march on
Maputo", "rioted at a jail in northern Israel"); not "across" or "throughout" (a nationwide strike)."""
DEEP_PLACE_ROOTS = frozenset({"09", "18", "19", "20"})
JOINT_WORDS = frozenset({"joint", "combined"})
EXCHANGE_NOUNS = frozenset({"exchange", "swap", "trade"})
EXCHANGE_ROOTS = frozenset({"08"})
"""Yielding acts (releases, returns) that "in exchange for" make a two-way exchange."""
"""Modifiers that make an act one the target does too: "will host joint military exercises with the United States"."""


def confidence(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> float:
    """The coder's own estimate (0-1) from lexicon specificity, the parse path and the actors' confidence.

    Starts at 0.45; +0.05 per pattern element beyond the lemma (at most +0.15); +0.15 when both
    actors resolved; +0.1 when the source is the trigger's own subject (not inherited from another
    clause); -0.05 for a bare nominal event; times the mean confidence of the resolved actors.
    """
    score = 0.45 + 0.05 * min(cand.specificity - 1, 3)
    if source is not None and target is not None:
        score += 0.15
    if source is not None and not cand.inherited:
        score += 0.1
    if cand.kind == "noun":
        score -= 0.05
    actors = [a.confidence for a in (source, target) if a is not None]
    if actors:
        score *= sum(actors) / len(actors)
    return round(min(0.95, max(0.05, score)), 2)


def aimed_code(cand: Candidate, target: ResolvedActor | None) -> Candidate:
    """A shooting aimed at a named person (CAMEO 193 otherwise) is an assassination (186) when fatal ("was shot
    dead", "shot and killed", "gunned down"), else an attempted one (185): CAMEO 18 covers attacks on a specific
    person, 19 armed fighting."""
    if cand.code not in SHOOTING_CODES or target is None or target.kind not in PERSON_KINDS:
        return cand
    verb = cand.scope
    if verb.lemma_.lower() not in ("shoot", "gun"):
        return cand
    words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod", "conj", "prt")}
    fatal = bool(words & FATAL_WORDS) or verb.lemma_.lower() == "gun"
    return dataclasses.replace(cand, code=CameoCode("186" if fatal else "185"))


def anaphoric_targets(cand: Candidate, sources: list[ResolvedActor],
                       mentions: ActorMentions) -> list[ResolvedActor]:
    """A target slot that refers back to countries named earlier in the sentence: "the country" is the one
    country named before it that is not the source's ("Moldova's president said Moscow had threatened to cut
    gas supplies to the country" = MDA); "the two countries", "both sides", "the two neighbours" are the last
    two ("will visit Mauritania and Senegal to mediate between the two neighbours"); "all sides", "all parties" are
    every other country the sentence names ("urged all sides to exercise restraint after clashes between India and
    Pakistan"). Nothing when the sentence leaves it open (two candidates for "the country")."""
    own = {actor_country(s) for s in sources}
    for tok in (t for tier in cand.targets for t in tier):
        # "demanded that the country's junta free ...": the country's institution is the country
        tok = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in SINGULAR_ANAPHORS
                    and [g.lower_ for g in c.children if g.dep_ == "det"] == ["the"]), tok)
        lemma = tok.lemma_.lower()
        # "accusing its neighbour of hostile acts": the source's neighbour is the other country named
        its_neighbour = lemma in NEIGHBOUR_NOUNS and tok.tag_ == "NN" and [
            c.lower_ for c in tok.children if c.dep_ in ("poss", "det")] == ["its"]
        if lemma not in ANAPHORIC_NOUNS | ALL_PARTIES_NOUNS or (not its_neighbour and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)):
            continue
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        # "urged all sides to exercise restraint": every other country the sentence names, before or after
        every = bool(words & {"all"}) and lemma in ALL_PARTIES_NOUNS
        wanted = 2 if words & {"two", "both"} else 1 if (
            words == {"the"} and tok.tag_ in ("NN", "NNP")) or its_neighbour else 0
        if every:
            wanted = -1
        if not wanted or (wanted == 1 and lemma not in SINGULAR_ANAPHORS and not its_neighbour):
            continue
        named: list[ResolvedActor] = []
        for m in mentions.within(tok.sent.start, tok.sent.end if every else tok.i):
            country = m.country
            if country and len(country) == 3 and country not in own and all(n.country != country for n in named):
                named.append(m)
        if wanted == 1 and not named and not its_neighbour and all(
                actor_country(m) in own for m in mentions.within(tok.sent.start, tok.sent.end)):
            # "Yoon apologised to the nation": with no other country in the sentence, the source's own
            named = [s for s in sources if s.country][:1]
        if (wanted == 1 and len(named) == 1) or (wanted == 2 and len(named) >= 2) or (wanted == -1 and named):
            picked = named if wanted == -1 else named[-wanted:]
            return [ResolvedActor(actor_code=ActorCode(m.country or ""), mention=tok.text, start=tok.idx,
                                  end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                                  country=m.country, kind="country", confidence=round(m.confidence * 0.8, 2),
                                  reason=f"'{tok.text}' refers back to {m.mention} in the sentence")
                    for m in picked]
    return []


def is_reciprocal(cand: Candidate) -> bool:
    """True when the target is "each other" or "one another": "Armenia and Azerbaijan accused each other of ..."
    is each accusing the other."""
    for slot in (t for tier in cand.targets for t in tier):
        # "neither Serbia nor Croatia had committed genocide against the other's people": the other's
        for tok in (slot, *(c for c in slot.children if c.dep_ == "poss")):
            words = {c.lower_ for c in tok.children}
            if (tok.lower_ == "other" and words & {"each", "the"}) or (tok.lower_ == "one" and "another" in words):
                return True
    return False


def anaphoric_pair(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """A subject that refers back to a pair named earlier in the sentence: "the two leaders", "both sides", "the
    two" are the last two actors of different countries named before it ("Putin called Xi and the two leaders
    agreed to hold talks" = Putin and Xi, each with the other for a joint act)."""
    for tok in (t for tier in cand.sources[:1] for t in tier):
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        pair = (tok.lower_ in ("two", "both") and tok.pos_ in ("NUM", "DET", "PRON")) or (
            bool(words & {"two", "both"}) and tok.lemma_.lower() in ANAPHORIC_NOUNS | PAIR_NOUNS)
        if not pair or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            continue
        named: list[ResolvedActor] = []
        for m in mentions.within(tok.sent.start, tok.i):
            if all(actor_country(n) != actor_country(m) for n in named):
                named.append(m)
        return named[-2:] if len(named) >= 2 else []
    return []


def conditional_counterparts(verb: Token, sources: list[ResolvedActor],
                              mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a conflictual act with no target of its own is aimed at when a condition pairs it with another
    actor's act: in "Would Pakistan use nuclear weapons if India invaded?" the weapons would be used against
    India, and the invasion India might make is of Pakistan. The condition's subject for the act it
    conditions, the conditioned clause's subject for the condition; only another country than the source's."""
    own = {actor_country(s) for s in sources}
    if is_condition(verb):
        others = grammatical_subjects(verb.head)
    else:
        others = [t for c in verb.children if c.dep_ == "advcl" and is_condition(c) for t in grammatical_subjects(c)]
    found = first_tier((tuple(others),), mentions)
    return [a for a in found if actor_country(a) not in own]


def is_condition(clause: Token) -> bool:
    """True for an "if/unless" clause on a verb ("if India invaded")."""
    return clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in clause.children)


OBJECT_PATH_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "conj", "appos", "nmod"})
"""Dependencies that keep a noun inside the object phrase of the verb above it."""


def theme_of_act(noun: Token, candidates: list[Candidate]) -> bool:
    """True when ``noun`` lies in the object phrase of a verb that another candidate codes ("will not block the
    renewal of EU sanctions", "lifted the EU sanctions"): the nominal is the thing that act is about, an existing
    state of affairs the sentence refers to, not an event it reports. The path up must enter the verb as its object
    (not through a time or purpose phrase on the verb: "during the Hamas attack" stays a report)."""
    acts = {t.i for c in candidates if c.kind != "noun" for t in (c.scope, *c.trigger)}
    tok = noun
    while tok.dep_ in OBJECT_PATH_DEPS and tok.head is not tok:
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            return tok.dep_ in ("dobj", "obj") and head.i in acts
        tok = head
    return False


AHEAD_PHRASES = frozenset({("ahead", "of"), ("advance", "of"), ("up", "to"), ("run-up", "to"), ("preparation", "for")})
"""Phrases whose object is still to come when the clause happens: "ahead of", "in advance of", "in the run-up to",
"in preparation for"."""


def ahead_of(noun: Token) -> bool:
    """True for a nominal event in an "ahead of" phrase on a clause in the present or a report ("officials said
    ahead of Blinken's trip", "is sending warships in the run-up to Macron's visit"): the event has not happened yet
    at the time of the report. On a past narrative clause ("freed two sailors ahead of Erdogan's visit") the event
    may have happened since, and it keeps its own label."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    anchor = prep.head
    if (anchor.lower_, prep.lower_) not in AHEAD_PHRASES:
        return False
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)
    return present or (verb.lemma_.lower() in SPEECH_VERBS and verb.dep_ == "ROOT")


def times_clause(noun: Token) -> bool:
    """True for a nominal event in a "during" phrase on a verb ("demanded a ceasefire during his visit")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in TIME_PREPS and prep.head.pos_ in ("VERB", "AUX")


def adjunct_pronoun(noun: Token) -> Token | None:
    """The "his/her/their" owning a nominal event in a time phrase on a clause ("during his visit"), else None."""
    if not times_clause(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)


def adjunct_owner(cand: Candidate, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whose the nominal event of a time phrase is, when a pronoun says so: "their" is every subject of the clause
    ("The leaders of France and Poland will demand a ceasefire during their visit to Kyiv"); an unresolved
    "his/her" is the one actor of the clause, subject or object, who is not of the country the event is aimed
    at ("Takaichi praised Trump during his visit to Tokyo": Trump's visit). Nothing when the clause leaves it
    open."""
    noun = cand.scope
    pronoun = adjunct_pronoun(noun)
    verb = noun.head.head
    subject_tokens = tuple(t for s in grammatical_subjects(verb) for t in coordinated(s))
    if pronoun is None or not subject_tokens:
        return []
    if pronoun.lower_ == "their":
        found = first_tier((subject_tokens,), mentions)
        return found if len(found) > 1 else []
    if sources:
        return []
    aimed = {actor_country(t) for t in first_tier(cand.targets, mentions)}
    phrase = noun.head
    others = [t for t in (*direct_objects(verb), *prep_objects([verb], frozenset(
        {"on", "to", "with", "for"}))) if t.i not in {x.i for x in phrase.subtree}]
    actors = first_tier((subject_tokens,), mentions) + first_tier((tuple(others),), mentions)
    outside = [a for a in actors if actor_country(a) not in aimed]
    return outside if aimed and len(outside) == 1 else []


def stationed_in(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a withdrawal is from, when no "from" names it: where the forces withdrawn are, as their phrase or a
    relative clause on them says ("pull back the troops it has massed near Ukraine's border", "withdrew its
    troops in Syria")."""
    for forces in direct_objects(verb):
        heads = [forces, *(c for c in forces.children if c.dep_ in ("relcl", "acl"))]
        for tok in prep_objects(heads, STATIONED_PREPS):
            found = _resolve_all(tok, mentions)
            if found:
                return found
    return []


def investigated_parties(tok: Token) -> list[Token]:
    """Whom an inquiry into an act of violence is aimed at: the act's perpetrator ("crimes committed by Croat
    forces", "Russia's killing of ..."), never its victims ("an investigation into the killing of Armenian
    soldiers" has no target); any other target token stands for itself."""
    if tok.lemma_.lower() not in VIOLENCE_NOUNS:
        prep = tok.head
        victim = (tok.dep_ == "pobj" and prep.lower_ in ("of", "on", "against")
                  and prep.head.lemma_.lower() in VIOLENCE_NOUNS)
        # "investigate the killings of civilians by Sudan's warring parties": the victims' act's perpetrators
        return investigated_parties(prep.head) if victim else [tok]
    found = [c for c in tok.children if c.dep_ == "poss"]
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        found += [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    found += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    if not found and tok.lemma_.lower() in WRONGDOING_NOUNS:
        # "an investigation into possible crimes against humanity in Venezuela": wrongs done in a country are
        # laid at the door of those who hold it (deaths or killings in a place are not)
        found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                 for p in c.children if p.dep_ == "pobj"]
    return found


def speaker_possessions(cand: Candidate, sources: list[ResolvedActor],
                         mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Poland said the missile that hit its territory was fired by Russia": an unresolved "its/their" on a
    target inside reported speech is the speaker's, when the speaker is not the source's own country."""
    said_by = speaker(cand.scope)
    if said_by is None:
        return []
    owners = [t for tier in cand.targets[:1] for t in tier
              for c in t.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not owners:
        return []
    who = resolve(said_by, mentions)
    if who is None or actor_country(who) in {actor_country(s) for s in sources}:
        return []
    return [who]


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


def purpose_targets(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a show of force is aimed at, from its purpose clause ("to deter Iran", "to pressure Taiwan", "to restore
    order in Niger") or the fight it readies for ("for a war against Iraq")."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in DETERRING_VERBS:
            found = [a for obj in clause.children if obj.dep_ in ("dobj", "obj")
                     for a in _resolve_all(obj, mentions)]
            if found:
                return found
    # "placed its forces on alert along the border with India": the other side of the border
    places = [verb, *direct_objects(verb), *prep_objects([verb], frozenset({"on", "in", "at"}))]
    for tok in prep_objects(places, STATIONED_PREPS):
        if tok.lemma_.lower() in BORDER_NOUNS:
            found = _resolve_all(tok, mentions)
            if found:
                return found
    # "deployed warships to guard its waters against Chinese fishing boats": what the purpose is against
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"):
        found = [a for tok in prep_objects([clause, *direct_objects(clause)], frozenset({"against"}))
                 for a in _resolve_all(tok, mentions)]
        if found:
            return found
    # "stepped up readiness after North Korea blew up the roads": the act the posture answers
    for clause in (c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWERED_MARKS for m in c.children)):
        found = first_tier((tuple(grammatical_subjects(clause)),), mentions)
        if found:
            return found
    # "ordered the activation of a standby force to restore constitutional order in Niger": where the purpose is
    purposes = [c for h in (verb, *direct_objects(verb)) for c in h.children
                if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for tok in prep_objects(purposes, PLACE_TARGET_PREPS):
        where = resolve(tok, mentions)
        if where is not None and where.kind in ("place", "country"):
            return [where]
    # "mobilized reservists for a possible war against Iraq": the war the forces are readied for
    for prep in (c for h in (verb, *direct_objects(verb)) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for purpose in (p for p in prep.children if p.dep_ == "pobj"):
            found = [a for tok in prep_objects([purpose], PURPOSE_TARGET_PREPS) for a in _resolve_all(tok, mentions)]
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
            found = _resolve_nested(tok, mentions)
            if found is not None and found.kind in ("place", "country") and actor_country(found) not in own:
                return [found]
        stack = [p for tok in stack for c in tok.children if c.dep_ == "prep" and c.lower_ in POSTURE_PLACE_PREPS
                 for p in c.children if p.dep_ == "pobj"]
    return []


def protest_targets(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a protest is aimed at, from what it demands and of whom: "staged demonstrations to demand reforms
    by President Suharto's government", "blocked roads to press their demands from Bouteflika's government"."""
    own = {s.actor_code for s in sources}
    for clause in protest_purposes(verb):
        addressed = [t for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in DEMANDED_OF_PREPS]
        found = [a for tok in [*addressed, *direct_objects(clause)] for a in _resolve_all(tok, mentions)
                 if a.actor_code not in own]
        if found:
            return found[:1]
    return []


def protest_place(cand: Candidate, source: ResolvedActor, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a demonstration, march, riot or blockade that names no target is aimed at: the authorities of the place
    where it is held ("Iraqi Kurds demonstrated in the northern city of Kirkuk", "rebels blocked transport into
    Abidjan", "prisoners rioted at a jail in northern Israel"), PLOVER's reading of a protest's target and our gold
    set's ("marched through Lima": the Peruvian government). At home, that is the source's own government; abroad,
    only for people held there."""
    for tok in prep_objects([cand.scope], PROTEST_PLACE_PREPS):
        found = resolve(tok, mentions)
        if found is None or found.kind not in ("place", "country"):
            continue
        country = actor_country(found)
        if len(country) != 3:
            return []
        if country != actor_country(source):
            # "Tibetan exiles protested in New Delhi" is no protest against India; prisoners rioting in a jail are
            # protesting against whoever holds them
            held = any(t.lemma_.lower() in HELD_PEOPLE for tier in cand.sources[:1] for t in tier)
            return [found] if held else []
        return [dataclasses.replace(found, actor_code=ActorCode(country + "GOV"), sector="GOV", kind="country",
                                    confidence=round(source.confidence * 0.8, 2),
                                    reason=f"authorities of {found.mention}, where the protest is held")]
    return []


def anaphoric_source(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """The country a bare "the government", "the junta" or "the regime" subject stands for: the one country the
    sentence names ("Myanmar's opposition said the junta must free Aung San Suu Kyi"); with several named, only as
    the subject of a time or reason clause, the one named before it other than the main clause's subject's
    ("Washington eased sanctions on Venezuela after the government agreed to hold elections" = Venezuela, "ECOWAS
    lifted its sanctions on Mali after the junta committed to ..." = Mali). Nothing when that leaves none or two."""
    tier = cand.sources[0] if cand.sources else ()
    if len(tier) != 1:
        return []
    tok = tier[0]
    clause = tok.head
    if (tok.lemma_.lower() not in REGIME_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass")
            or [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "compound", "amod")] != ["the"]):
        return []
    named_here = [m for m in mentions.within(tok.sent.start, tok.sent.end) if m.country and len(m.country) == 3]
    countries = {m.country for m in named_here}
    # one country, named through a part of it ("Myanmar's opposition"): the sentence is about its domestic affairs;
    # "The government expressed appreciation for China's assistance" names China only as the other side
    domestic = len(countries) == 1 and any(len(str(m.actor_code)) > 3 for m in named_here)
    mains: set[str] = set()
    if not domestic:
        # with several countries named, only in a time or reason clause, and not the main clause's subject's
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
            return []
        main = clause.head
        while main.dep_ in ("conj", "advcl", "xcomp", "ccomp") and main.head is not main:
            main = main.head
        mains = {actor_country(a) for t in grammatical_subjects(main) for a in _resolve_all(t, mentions)}
    named: dict[str, ResolvedActor] = {}
    for m in mentions.within(tok.sent.start, tok.sent.end if domestic else tok.i):
        country = m.country
        if country and len(country) == 3 and country not in mains:
            named.setdefault(country, m)
    if len(named) != 1:
        return []
    (country, m), = named.items()
    return [ResolvedActor(actor_code=ActorCode(country + "GOV"), mention=tok.text, start=tok.idx,
                          end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                          country=country, sector="GOV", kind="country", confidence=round(m.confidence * 0.8, 2),
                          reason=f"'the {tok.text}' refers back to {m.mention} in the sentence")]


def answered_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom an act done "in response to", "in retaliation for" or "in reprisal for" another's act is aimed at: that
    act's owner ("would deploy militia members across Venezuela in response to the US naval build-up" = USA); and
    an act "aimed at" someone ("began joint drills in a show of force aimed at North Korea" = PRK)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            answered = [g for g in noun.children if g.dep_ == "prep" and g.lower_ in ANSWER_PREPS.get(
                (prep.lower_, noun.lemma_.lower()), ())]
            acts = [a for g in answered for a in g.children if a.dep_ == "pobj"]
            owners = [o for act in acts for o in act.children if o.dep_ in ("poss", "amod", "compound")]
            owners += prep_objects(acts, frozenset({"by", "of"}))
            # "in a show of force aimed at North Korea"
            owners += prep_objects([a for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in AIMING],
                                   frozenset({"at", "against"}))
            found = [a for a in first_tier((tuple(owners),), mentions) if not same_country([a], sources)]
            if found:
                return found
    return []


def threatened_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a threat that names no one is aimed at: the one other country the sentence names ("Islamabad warned
    that any attempt to divert its share of the Indus waters would be an act of war, a day after India put the
    treaty in abeyance" = IND), not where the act happens ("in Brussels"); nothing when it names none or several."""
    own = {actor_country(s) for s in sources}
    where = {t.i for p in prep_objects([verb], PROTEST_PLACE_PREPS) for t in p.subtree}
    named: dict[str, ResolvedActor] = {}
    for m in mentions.within(verb.sent.start, verb.sent.end):
        if m.country and len(m.country) == 3 and m.country not in own and m.kind != "place" and m.head not in where:
            named.setdefault(m.country, m)
    return list(named.values()) if len(named) == 1 else []


def host_sources(host: Token, candidates: list[Candidate], mentions: ActorMentions) -> list[ResolvedActor]:
    """The actors of the coded act at ``host``, as the coder finds them (a crowd from where it protests)."""
    for cand in candidates:
        if cand.scope.i == host.i and cand.kind != "noun":
            return first_tier(cand.sources, mentions) or (
                crowd_source(cand, mentions) if cand.code[:2] in PROTEST_ROOTS else [])
    return []


def back_reference(cand: Candidate) -> bool:
    """True for a participle clause on a verb ("..., accusing them of spying") whose target slot is a pronoun or a
    definite noun with nothing of its own ("the guerrillas", "the group"): it refers back to the host clause."""
    verb = cand.scope
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB" or any(
            c.dep_ in ("oprd", "acomp") for c in verb.children):  # "calling it a liberation group": a judgement
        return False
    slots = [t for tier in cand.targets[:1] for t in tier]
    return bool(slots) and all(t.lower_ in BACK_PRONOUNS or (
        t.pos_ == "NOUN" and [c.lower_ for c in t.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")]
        == ["the"]) for t in slots)


def purpose_host_target(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a purpose infinitive with no target of its own is aimed at: whom the clause it serves reaches
    ("telephoned Erdogan to offer his condolences", "visited Kyiv to express support", "met Xi to reaffirm
    ties"): the host verb's object, dative or "to/with" phrase."""
    host = verb.head
    if (verb.dep_ not in ("xcomp", "advcl") or host.pos_ != "VERB" or grammatical_subjects(verb)
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return []
    slots = [*direct_objects(host), *prep_objects([host], HOST_TARGET_PREPS)]
    return first_tier((tuple(slots),), mentions)


def place_authority(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Who acts in an agentless passive of an act only a state performs, when the clause names the country or a place
    of it: its authorities ("a US national has been put under investigation in Italy", "a missionary was arrested
    in Lebanon", "two journalists were detained in Iran"). Investigations, arrests and detentions (CAMEO 09, 17)
    are done by the state where they happen; an attack or a kidnapping is not (anyone may do it)."""
    verb = cand.scope
    if (cand.kind != "verb" or cand.code[:2] not in STATE_ACT_ROOTS or not is_passive(verb)
            or any(c.dep_ == "agent" for c in verb.children)):
        return []
    # the place may hang on the pattern's noun ("put under investigation in Italy")
    heads = [verb, *(t for t in cand.trigger if t.pos_ == "NOUN")]
    for tok in prep_objects(heads, PLACE_TARGET_PREPS):
        found = resolve(tok, mentions)
        if found is None or found.kind not in ("place", "country"):
            continue
        country = actor_country(found)
        if len(country) != 3:
            return []
        return [dataclasses.replace(found, actor_code=ActorCode(country + "GOV"), sector="GOV", kind="country",
                                    confidence=round(found.confidence * 0.8, 2),
                                    reason=f"authorities of {found.mention}, where the act was done")]
    return []


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
    # "blocked roads to press their demands from President Bouteflika's government": what a protest demands, of whom
    purposes = [t for c in protest_purposes(cand.scope) for t in c.subtree] if cand.code[:2] in PROTEST_ROOTS else []
    for tok in [*_slot_phrases(cand), *purposes]:
        sector = wanted.get(tok.lemma_.lower()) or wanted.get(tok.lower_)
        if sector is not None:
            return [ResolvedActor(actor_code=ActorCode(country + sector), mention=tok.text, start=tok.idx,
                                  end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                                  country=country, sector=sector, confidence=round(source.confidence * 0.8, 2),
                                  reason=f"domestic {tok.lower_} of the source's country {country}")]
    return []


def despite_askers(cand: Candidate) -> list[Token]:
    """Whom a refusal answers when it is made "despite" a request: its owner ("refuses to free Bazoum despite
    repeated demands from ECOWAS" = ECOWAS, "declined to resign despite pressure by the anti-corruption
    commission")."""
    heads = [cand.scope, *cand.trigger, *(c for c in cand.scope.children if c.dep_ in ("xcomp", "ccomp"))]
    asks = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "despite"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in REQUEST_NOUNS]
    return [o for noun in asks for o in (*(c for c in noun.children if c.dep_ == "poss"),
                                         *prep_objects([noun], frozenset({"from", "by", "of"})))]


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
    for tok in prep_objects(heads, PLACE_TARGET_PREPS | ({"from"} if taken else set())):
        found = resolve(tok, mentions)
        if found is not None and found.kind in ("place", "country"):
            return [found]
    return []


def deep_place(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """The first place or country named inside the object's phrase, through participles and relative clauses ("a
    passenger train carrying more than 400 people in south-western Pakistan", "traces of uranium found at
    undeclared sites in Iran"); none when the object names nothing ("the killing of ..." in an inquiry: victims are
    no target)."""
    slots = sorted({t.i: t for tier in cand.targets[:1] for t in tier}.values(), key=lambda t: t.i)
    for slot in slots:
        for tok in slot.subtree:
            found = mentions.at_token(tok.i)
            if found is not None and found.kind in ("place", "country") and tok.dep_ == "pobj":
                return [found]
    return []


REFUSED_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "pcomp"})
"""Children of a refusing verb that hold what is refused."""
REFUSED_PREPS = frozenset({"of", "for", "to", "on", "with", "from", "against", "into"})
"""Prepositions on a refusing verb that may hold what is refused ("refused to take part in", "opted out of");
time and reason phrases ("on Monday", "despite", "after") do not."""


def refused_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """The first actor of another country named in what a refusal refuses: its object, its complement, a gerund the
    parser hangs on it ("ruled out sending troops to Haiti") or its object preposition. A refusal names what it
    turns down; whom that concerns is the one refused ("vetoed the decision to open EU membership talks" = the EU).
    The source's own country named there ("the invitation for Argentina to join") is passed over."""
    own = {actor_country(s) for s in sources}
    holders = [c for c in verb.children if c.dep_ in REFUSED_DEPS
               or (c.dep_ == "advcl" and c.tag_ == "VBG")
               or (c.dep_ == "prep" and c.lower_ in REFUSED_PREPS and not any(
                   t.ent_type_ in ("DATE", "TIME") for t in c.subtree))]
    for holder in sorted(holders, key=lambda t: t.i):
        for tok in holder.subtree:
            found = mentions.at_token(tok.i)
            if (found is not None and found.kind != "place" and actor_country(found) not in own and tok.dep_ != "nsubj"
                    and _depth_below(tok, holder) <= REFUSED_DEPTH):
                return [found]
    return []


REFUSED_DEPTH = 4
"""How far below the refused object an actor may lie and still be whom the refusal concerns: "the decision to open
EU membership talks" (3) is about the EU; "an invitation to attend a meeting ... to debate plans for independence
from Israel" (8) is not about Israel."""


def _depth_below(tok: Token, top: Token) -> int:
    """Dependency steps from ``top`` down to ``tok``, not counting names of the same thing (appositions, compounds,
    adjectives, possessors): "Rosselkhozbank, the Russian state lender" is one step from "on"."""
    depth = 0
    while tok.i != top.i and tok.head is not tok:
        depth += tok.dep_ not in ("appos", "compound", "amod", "poss", "nmod")
        tok = tok.head
    return depth


def one_country(sent: Span, source: ResolvedActor, mentions: ActorMentions) -> bool:
    """True when the source has a country of its own and every actor the sentence names is of that country or of
    none (an organisation): then unnamed people acted on are the source's own ("the army killed villagers");
    with another country named ("Russian troops killed civilians in Bucha") they may be anyone's."""
    if not source.country or len(source.country) != 3:
        return False
    return all(m.country in (None, "", source.country) for m in mentions.within(sent.start, sent.end))


def is_joint(cand: Candidate) -> bool:
    """True for an act its target does with the source: "held joint exercises with", "a combined patrol with"."""
    heads = [*cand.trigger, *direct_objects(cand.scope)] if cand.kind != "noun" else [cand.scope]
    # "did not sign the joint statement of SCO defence ministers": a joint thing that belongs to others is theirs
    return any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS and not any(
        o.dep_ == "poss" or (o.dep_ == "prep" and o.lower_ == "of") for o in h.children)
        for h in heads for c in h.children)


def in_exchange(cand: Candidate) -> bool:
    """True for an act done "in exchange for" (or "in a swap for") something the target gives back: "Russia freed
    Brittney Griner in exchange for Viktor Bout" is an exchange of prisoners, each side releasing."""
    for prep in (c for c in cand.scope.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(p.dep_ == "pobj" and p.lemma_.lower() in EXCHANGE_NOUNS for p in prep.children):
            return cand.code[:2] in EXCHANGE_ROOTS
    return False


def _person_antecedent(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The person an unresolved "he/she/him/her" stands for: the one person (or office-holder) named before it in
    the sentence, leaving out the subject of its own clause for an object ("Asim Munir made a visit to the White
    House, where Donald Trump hosted him" = Munir). None when two or more are named, or none."""
    if tok.lower_ not in PERSON_PRONOUNS or tok.dep_ == "poss":
        return None
    clause = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = ({t.i for s in grammatical_subjects(clause) for t in s.subtree}
           if tok.dep_ not in ("nsubj", "nsubjpass") else set())
    people: dict[str, ResolvedActor] = {}
    for m in mentions.within(tok.sent.start, tok.i):
        if m.kind in PERSON_KINDS and not any(m.token_start <= i < m.token_end for i in own):
            people.setdefault(m.entity_id or str(m.actor_code), m)
    return next(iter(people.values())) if len(people) == 1 else None


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
                return [ResolvedActor(actor_code=ActorCode(country + sector), mention=head.text, start=head.idx,
                                      end=head.idx + len(head.text), token_start=head.i, token_end=head.i + 1,
                                      head=head.i, country=country, sector=sector,
                                      confidence=round(where.confidence * 0.8, 2) if where else 0.5,
                                      reason=f"{head.lower_} {word} {place.text}")]
    return []


def modal_governor(noun: Token) -> bool:
    """True when the verb governing ``noun`` (directly or through a preposition) plans, wishes, denies or
    carries out the nominal event ("is planning its strikes", "denied its attack"): not presupposed then."""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    lemma = head.lemma_.lower()
    return lemma in MODAL_GOVERNORS or lemma in AGENTIVE_GOVERNORS


def deontic(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in verb.children)


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


def other_side(sources: list[ResolvedActor | None], targets: list[ResolvedActor | None], *,
                keep_named: bool = False) -> list[ResolvedActor | None]:
    """The targets that are not of a source's own country (none left: no target); with ``keep_named``, also the
    named people and bodies of that country (not the country or a place in it)."""
    own = {actor_country(s) for s in sources if s is not None}
    kept = [t for t in targets if t is None or actor_country(t) not in own
            or (keep_named and t.kind not in ("country", "place"))]
    return kept or [None]


def domestic_counterpart(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Two actors of one country in different sectors, one of them outside the state ("rebels" and "the government",
    "the opposition" and "the president"; a bare country code is the state): each can address or act on the
    other."""
    sa, sb = str(a.actor_code)[3:6], str(b.actor_code)[3:6]
    return sa != sb and (sa in NON_STATE_SECTORS or sb in NON_STATE_SECTORS)


def covering(targets: list[ResolvedActor], doc: Doc) -> list[ResolvedActor]:
    """The targets less a place where the act happened ("in southern Israel") when another target of the same
    country names who was acted on ("took more than 200 people hostage in southern Israel": the Israelis, not
    Israel a second time); coordinated targets ("struck Kyiv and Odesa") all stay."""
    def where(t: ResolvedActor) -> bool:
        tok = doc[t.head]
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_TARGET_PREPS | {"near", "at"}
    return [t for t in targets if not (where(t) and any(
        u is not t and actor_country(u) == actor_country(t) and not where(u) for u in targets))]


def distinct_entities(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Two mentions with the same code that the resolver knows to be different entities: "Donald Trump
    criticised Joe Biden" (USAGOV -> USAGOV) is a domestic event, not an actor acting on itself."""
    return a.entity_id is not None and b.entity_id is not None and a.entity_id != b.entity_id


def same_country(a: list[ResolvedActor], b: list[ResolvedActor]) -> bool:
    return bool({actor_country(x) for x in a} & {actor_country(x) for x in b})


def country_of(ref: ActorRef | None) -> str | None:
    return (ref.country or str(ref.actor_code)[:3]) if ref is not None else None


def actor_country(actor: ResolvedActor) -> str:
    return actor.country or str(actor.actor_code)[:3]


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
    if found is None or str(found.actor_code)[3:6] not in ("MIL", "COP", "GOV") or len(actor_country(found)) != 3:
        return []
    return [found]


def pronoun_subject(cand: Candidate) -> bool:
    tier = cand.sources[0] if cand.sources else ()
    return len(tier) == 1 and tier[0].lower_ in SPEAKER_PRONOUNS


def is_mutual(cand: Candidate) -> bool:
    """A joint act (by its pattern, or by its code), or one aimed at "each other": coded both ways when only
    coordinated sources are given ("X and Y met")."""
    return cand.mutual or cand.code[:2] in MUTUAL_ROOTS or cand.code in MUTUAL_CODES or is_reciprocal(cand)


def first_tier(tiers: tuple[tuple[Token, ...], ...], mentions: ActorMentions, *,
                besides: list[ResolvedActor] | None = None, places: bool = True) -> list[ResolvedActor]:
    """The actors of the first tier in which some token resolves; with ``besides``, a tier that resolves only to
    those actors (the same code, not known to be another entity) counts as not resolved; without ``places``, a
    place in a token's phrase does not stand for whoever holds it."""
    for tier in tiers:
        out: list[ResolvedActor] = []
        for tok in tier:
            for actor in _resolve_all(tok, mentions, places=places):
                if all(a.actor_code != actor.actor_code for a in out):
                    out.append(actor)
        if out and besides and all(any(b.actor_code == a.actor_code and not distinct_entities(a, b)
                                        for b in besides) for a in out):
            continue
        if out:
            return out
    return []


def _resolve_all(tok: Token, mentions: ActorMentions, *, places: bool = True) -> list[ResolvedActor]:
    """Like :func:`resolve`, but a head noun whose modifiers or ``of`` phrase are coordinated gives every
    actor: "the foreign ministers of Russia and Ukraine", "U.S. and Russian officials"."""
    tok = antecedent(tok)
    own = mentions.at_token(tok.i)
    found: list[ResolvedActor] = []
    for child in tok.children:
        owners: list[Token] = []
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            owners = [child]
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners = [p for p in child.children if p.dep_ == "pobj"]
        for owner in owners:
            chain = coordinated(owner)  # "the leaders of France, Germany, Britain and Poland": the whole list
            actors = [a for a in (mentions.at_token(t.i) for t in chain) if a is not None]
            if len(actors) > 1:
                found.extend(actors)
    if found:  # the coordinated modifiers win over a mention that covers only the last of them
        return found
    if own is not None:
        return [own]
    single = resolve(tok, mentions, places=places)
    return [single] if single is not None else []


def resolve(tok: Token, mentions: ActorMentions, *, places: bool = True) -> ResolvedActor | None:
    """The actor a slot token denotes: its own mention, else that of an apposition, possessor,
    modifier ("Iranian officials") or ``of`` phrase ("the leaders of Iran"); with ``places``, also a place
    the phrase names ("nine sites in Pakistan")."""
    tok = antecedent(tok)
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    if tok.lemma_.lower() in TIME_NOUNS:  # "in the first hours of the Russian invasion": a time, not whose it is
        return None
    if tok.lower_ in PERSON_PRONOUNS:
        return _person_antecedent(tok, mentions)
    if tok.lemma_.lower() in BORDER_NOUNS:  # "its border with Belarus", "relations with the US": the other side
        found = _prep_actor(tok, ("with",), mentions)
        if found is not None:
            return found
    trade = TRADE_NOUNS.get(tok.lemma_.lower())
    if trade:  # "a tariff on all imports from the European Union", "restrictions on exports to Russia": the partner
        found = _prep_actor(tok, trade, mentions)
        if found is not None:
            return found
    for dep in _FALLBACK_DEPS:
        for child in tok.children:
            if child.dep_ == dep:
                found = mentions.at_token(child.i)
                if found is not None:
                    return found
    inside = mentions.within(tok.left_edge.i, tok.i)  # "the Iranian embassy compound"
    if inside:
        return inside[-1]
    for child in tok.children:
        # "any ship bound for Israel", "vessels headed to Gaza": a ship is reached through where it is going
        if child.dep_ == "acl" and child.lemma_.lower() in BOUND_VERBS:
            found = _prep_actor(child, ("for", "to"), mentions)
            if found is not None and found.kind != "place":  # a country, not a waterway or port it passes
                return found
    for child in tok.children:
        # "a newspaper based in Christian east Beirut", "a terror group based in Trinidad": a body is of the
        # country it is based in
        if child.dep_ == "acl" and child.lemma_.lower() in BASED_VERBS:
            found = _prep_actor(child, ("in",), mentions)
            if found is not None and len(actor_country(found)) == 3:
                return dataclasses.replace(found, actor_code=ActorCode(actor_country(found)), sector=None,
                                           reason=f"based in {found.mention}")
    # "the leaders of Iran"; "nine sites in Pakistan", "an apartment block in Dnipro": a place in the
    # phrase stands for whoever holds it
    # "24 hostages, including 13 Israelis": the people named in the phrase
    return _prep_actor(tok, PHRASE_PLACE_PREPS if places else ("of",), mentions)


def _prep_actor(tok: Token, preps: tuple[str, ...], mentions: ActorMentions, *,
                depth: int = 0) -> ResolvedActor | None:
    for prep in preps:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = _resolve_nested(pobj, mentions)
                        if found is None and depth < 1:  # "an inquiry into the crackdown in Iran"
                            found = _prep_actor(pobj, preps, mentions, depth=depth + 1)
                        if found is not None:
                            return found
    return None


def _resolve_nested(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """An actor at ``tok`` or its possessor/modifier ("Russia's Kursk region", "the Polish border")."""
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound"):
            found = mentions.at_token(child.i)
            if found is not None:
                return found
    return None
