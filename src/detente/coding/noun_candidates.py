"""Nominal candidates: an event named by a noun ("Iran's attack on Israel", "sanctions on Russia"), its agent by
its possessor, a "by" phrase, or the subject of a verb that governs it; and those who join an act so named.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    coordinated,
    prep_objects,
    subjects,
)
from detente.coding.joint_acts import is_mutual
from detente.coding.verbs import QUANTITY_NOUNS, NounEntry
from detente.records.event import CameoCode

AGENTIVE_GOVERNORS = frozenset({
    "consider", "plan", "order", "prepare", "authorize", "authorise", "approve", "weigh", "mull", "announce",
    "begin", "start", "continue", "resume", "intensify", "escalate", "threaten", "propose", "offer", "seek",
    "promise", "pledge", "vow", "launch", "conduct", "carry", "stage", "mount", "deny", "halt", "suspend", "end",
    "step", "expand", "extend", "tighten", "impose", "hold", "want", "attempt", "try", "adopt", "pass", "agree",
    "plot", "organise", "organize", "orchestrate", "mastermind",  # "Iran plotted an attempt on the envoy's life"
    "clear", "greenlight", "greenlit", "finalise", "finalize", "complete",  # "cleared the sale of F-16s to Turkey"
    # "ramped up strikes on the grid", "redoubled its attacks", "renewed its shelling", "unleashed a wave of strikes",
    # "scaled up raids", "widened its offensive" (round twenty-six)
    "ramp", "redouble", "renew", "unleash", "scale", "widen", "broaden", "accelerate",
})
"""Verbs whose subject is also the agent of the event noun they take as object:
"Israel is considering strikes on Iran" -> Israel strikes."""


JOINING_VERBS = frozenset({"join", "rejoin"})
"""Verbs whose subject takes part in the act their object names ("joined Israel's attacks on Iran")."""
PARTAKING_VERBS = frozenset({"participate", "partake"})
"""Verbs whose subject takes part in the act named after their "in" ("participated in the assault on Goma")."""


REACTION_VERBS = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "earn", "attract", "elicit", "invite",
                            "face", "receive", "incur"})
"""Verbs whose object is another's reaction to their subject ("drew sharp criticism from Zelensky", "could face
sanctions from the United States")."""


CHARACTERIZING_VERBS = frozenset({"be", "amount", "constitute"})
"""Verbs that call their subject by the name of an event ("was ethnic cleansing", "amounts to genocide",
"constitutes a war crime")."""


EXAMPLE_NOUNS = frozenset({"example", "case", "act", "form", "instance"})


PEOPLE_CRIMES = frozenset({"genocide", "holocaust", "cleansing", "pogrom", "persecution", "extermination"})
"""Crimes against a people, named by their victims: "the Armenian genocide", "the Rohingya genocide", "the Jewish
Holocaust", "the Rohingya ethnic cleansing". A demonym or people's name before them is whom it was done to."""


VICTIM_NAMED = PEOPLE_CRIMES | {"massacre", "slaughter"}
"""Crimes whose people's *name* before them names the victims ("the Yazidi massacre", "the Rohingya massacres"). An
adjective demonym before a massacre stays its agent ("the Russian massacre in Bucha"), and a group's name is its
agent as well ("the Hamas massacre": the coder's name-modifier step takes only agents' names as sources)."""


def victims_named(noun: Token) -> list[Token]:
    """The people a crime against a people is named after ("the *Armenian* genocide", "the *Yazidi* massacre"), when
    no "of"/"against" phrase names the victims ("the Serb massacre of Bosnian Muslims": the Serbs did it)."""
    lemma = noun.lemma_.lower()
    if lemma not in VICTIM_NAMED or prep_objects([noun], frozenset({"of", "against", "on"})):
        return []
    return [m for c in noun.children if c.i < noun.i and (
        (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and lemma in PEOPLE_CRIMES))
        for m in coordinated(c)]


PATIENT_NOUNS = frozenset({
    "arrest", "detention", "house_arrest", "expulsion", "deportation", "extradition", "imprisonment", "jailing",
    "incarceration", "internment", "indictment", "abduction", "kidnapping", "killing", "murder", "assassination",
    "execution", "beheading", "lynching", "release",
})
"""Acts done to a person, whose possessor is that person when no "of" phrase names another ("Julian Assange's
extradition", "Navalny's arrest", "Khashoggi's murder"): "Russia's expulsion of British diplomats" keeps its agent."""


AGENT_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


def patient_possessors(noun: Token) -> list[Token]:
    """The possessor of an act done to a person that is the one it was done to (:data:`PATIENT_NOUNS`): a person's
    name, a pronoun or a common noun ("the Belarusian diplomat's expulsion"), with no "of" phrase on the noun. A state,
    body or group named as possessor ("Iran's release", "Hamas's killing") stays the agent, as it most often is
    (seventeenth round)."""
    if noun.lemma_.lower() not in PATIENT_NOUNS or prep_objects([noun], frozenset({"of"})):
        return []
    return [m for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in AGENT_ENTITIES
            for m in coordinated(c)]


OWNED_NOUNS = frozenset({"life"})
"""Nouns an act is aimed at through their owner: "an attempt on Donald Trump's life", "an attempt on the life of
the minister" are aimed at Trump and the minister (nineteenth round)."""


def owners_of(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each :data:`OWNED_NOUNS` word replaced by its owner (possessor or "of" phrase), when it names
    one; "an attempt on his life" keeps the pronoun, which later steps read."""
    out: list[Token] = []
    for tok in tokens:
        owners = [m for c in tok.children if c.dep_ == "poss" for m in coordinated(c)] or prep_objects(
            [tok], frozenset({"of"})) if tok.lemma_.lower() in OWNED_NOUNS else []
        out.extend(owners or [tok])
    return out


def owned_objects(head: Token, entry: NounEntry) -> list[Token]:
    """The :data:`OWNED_NOUNS` word of the entry's own preposition ("attempt on [life]"), which the pattern itself
    names, so that its owner can be the target."""
    if not entry.prep:
        return []
    return [t for t in prep_objects([head], frozenset({entry.prep})) if t.lemma_.lower() in OWNED_NOUNS]


MOVEMENT_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown", "deployment", "redeployment",
                            "retreat", "dispatch", "mobilisation", "mobilization", "buildup", "build-up", "incursion"})
"""Nouns of forces moving, whose "of" phrase names the forces that move ("the withdrawal of French troops")."""
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "contingent", "unit", "peacekeeper", "marine", "brigade",
                         "battalion", "division", "paratrooper", "warship", "jet", "warplane", "fighter", "mercenary"})


def forces_moved(noun: Token) -> tuple[Token, ...]:
    """Who moves, when a noun of forces moving names them by their owner in its "of" phrase: "the withdrawal of
    French troops from Niger" is France's, "the deployment of North Korean soldiers to Russia" North Korea's
    (twenty-fifth round). The owner is the last source tier: a possessor of the noun itself comes first."""
    if noun.lemma_.lower() not in MOVEMENT_NOUNS:
        return ()
    forces = [p for p in prep_objects([noun], frozenset({"of"})) if p.lemma_.lower() in FORCE_NOUNS]
    return tuple(m for f in forces for c in f.children if c.i < f.i and (
        c.dep_ in ("poss", "amod") or (c.dep_ == "compound" and c.pos_ == "PROPN")) for m in coordinated(c))


def agents_hung_low(noun: Token) -> list[Token]:
    """The agent of an act named by a noun when the parser hangs its "by" phrase on the noun's "of" object: "the
    expulsion of Russian diplomats by Norway", "the arrest of a French journalist by Iran" (round twenty-six). Only a
    "by" on that object itself: one under a participle there ("a hospital run by MSF") names another doer."""
    return prep_objects(prep_objects([noun], frozenset({"of"})), frozenset({"by"}))


def noun_candidate(noun: Token, entry: NounEntry) -> Candidate:
    sources: list[Token] = []
    victims = victims_named(noun)  # "the Rohingya genocide": whom it was done to, not who did it
    targets: list[Token] = list(victims)
    patients = patient_possessors(noun)  # "approved Julian Assange's extradition": he is moved, not the mover
    for child in noun.children:
        if child in patients:
            continue
        if child.dep_ == "poss" or (child.dep_ == "amod" and child.i < noun.i and child not in victims):
            sources.extend(coordinated(child))  # "Iran's", "Israeli"
    sources.extend(prep_objects([noun], frozenset({"by"})) or agents_hung_low(noun))
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
    targets.extend(owners_of(prep_objects([noun], entry.target_preps - {"between", "by"}) + owned_objects(noun, entry)))
    # "the Myanmar army's operation against the Rohingya was a textbook example of ethnic cleansing": an act
    # called by the name of an event is that event, by whoever did the act, on whomever it was aimed at
    act = characterized_act(noun)
    owners = [c for c in act.children if c.dep_ == "poss"] if act is not None else []
    if act is not None:
        targets.extend(prep_objects([act], frozenset({"against", "on", "in", "at"})))
    tiers: list[tuple[Token, ...]] = [tuple(owners), tuple(sources)] if owners else [tuple(sources)]
    movers = forces_moved(noun)
    if movers:
        tiers.append(movers)
    inherited = False
    phrase = _quantity_phrase(noun)  # "a package of sanctions": the phrase's head is the object
    stopped = stopped_giving(phrase, entry)
    stopper = stopping_noun(phrase, entry)
    if phrase.dep_ in ("dobj", "obj") and (phrase.head.lemma_.lower() in AGENTIVE_GOVERNORS or stopped):
        tiers.append(tuple(subjects(phrase.head)[0]))
        inherited = True
    names = tuple(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i
                  and (c not in victims or noun.lemma_.lower() not in PEOPLE_CRIMES))
    # the one an act was done to is its target unless the noun names another ("extradition to the United States")
    target_tiers = (tuple(targets), tuple(patients)) if patients else (tuple(targets),)
    widened = _widened_to(phrase) or _governor_to(phrase, entry) or _chosen_destination(noun, entry)
    if widened:
        target_tiers = (*target_tiers, widened)
    scope = noun
    if stopped is not None:
        scope = phrase.head  # a giving stopped is the stopping verb's act: its factuality is the verb's ("blocked")
    elif stopper is not None:
        # "the suspension of US military aid to Ukraine": the giving stopped, by whoever the stopping noun names
        stopped, scope = CameoCode(STOPPED_GIVING[str(entry.code)]), stopper
        named = [m for c in stopper.children if c.i < stopper.i and (c.dep_ in ("poss", "amod") or (
            c.dep_ == "compound" and c.pos_ == "PROPN")) for m in coordinated(c)]
        if stopper.dep_ in ("dobj", "obj") and stopper.head.lemma_.lower() in AGENTIVE_GOVERNORS:
            named += subjects(stopper.head)[0]  # "Washington announced a freeze of military aid to Egypt"
        tiers.insert(0, tuple(named))
        # "a freeze of military aid to Egypt": the parser may hang the "to" on the stopping noun
        target_tiers = (*target_tiers, tuple(prep_objects([stopper], entry.target_preps)))
    cand = Candidate(code=stopped or entry.code, trigger=(noun,) if scope is noun else (scope, noun),
                     scope=scope, sources=tuple(tiers), targets=target_tiers, needs_target=entry.needs_target,
                     specificity=1, inherited=inherited, kind="noun" if scope.pos_ == "NOUN" else "verb",
                     name_modifiers=names, presupposed=any(c.dep_ == "poss" for c in noun.children))
    pair = _hyphened_pair(names)
    if pair and not any(tiers) and is_mutual(cand):
        # "the Iran-US talks", "the Russia-Ukraine prisoner swap": the two names are the two sides
        return dataclasses.replace(cand, sources=(pair,), name_modifiers=(), mutual=True)
    pair = _hyphened_pair(tuple(c for c in noun.children if c.dep_ == "amod" and c.i < noun.i), deps=("amod",))
    if pair and not owners and is_mutual(cand):
        # "a fresh round of Russian-Ukrainian talks", "Saudi-Iranian talks": two demonyms joined by a hyphen, the
        # first hung on the second, are the two sides (sixteenth round)
        return dataclasses.replace(cand, sources=(pair,), mutual=True)
    return cand


def _hyphened_pair(names: tuple[Token, ...], *, deps: tuple[str, ...] = ("compound",)) -> tuple[Token, ...]:
    """The two names of a hyphened pair before a noun ("Iran-US" in "the Iran-US talks": "US" a compound of the noun,
    "Iran" a compound of "US" right before a hyphen; with ``deps`` ("amod",), two demonyms: "Russian-Ukrainian"),
    else ()."""
    for name in names:
        for first in name.children:
            if (first.dep_ in deps and first.pos_ in ("PROPN", "ADJ") and first.i + 2 == name.i
                    and name.doc[first.i + 1].text == "-"):
                return (first, name)
    return ()


def joiners_of(noun: Token) -> list[Token]:
    """Who joins an act the noun names ("if Washington joined Israel's attacks on Iran", "Chad joined the
    offensive against Boko Haram"): the subjects of "join" with the noun as its object; they do the act too."""
    verb = _joining_verb(noun)
    return [] if verb is None else subjects(verb)[0]


def _joining_verb(noun: Token) -> Token | None:
    """The verb by which someone joins the act ``noun`` names: "join" with it as object, or "take part in",
    "participate in", "join in" with it after "in" ("Did Rwandan troops take part in the M23's capture of Goma?",
    eighteenth round)."""
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in JOINING_VERBS:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    if lemma in PARTAKING_VERBS or (lemma in JOINING_VERBS and not any(c.dep_ == "dobj" for c in verb.children)):
        return verb
    if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children):
        return verb
    return None


def joined_candidate(noun: Token, entry: NounEntry, joiners: list[Token]) -> Candidate:
    """The act a joiner takes part in, aimed where the act is and labelled by the joining ("if Washington joined
    ...": hypothetical)."""
    own = with_hung_targets(noun_candidate(noun, entry), noun, entry)
    verb = _joining_verb(noun) or noun.head
    return dataclasses.replace(own, trigger=(verb, noun), scope=verb, sources=(tuple(joiners),),
                               kind="verb", presupposed=False, name_modifiers=())


EXTENDING_VERBS = frozenset({"extend", "expand", "widen", "broaden"})
"""Verbs that carry a measure over to someone new: "extended its arms embargo to Sudan"."""


def _widened_to(noun: Token) -> tuple[Token, ...]:
    """Whom a measure is extended to, by the "to" phrase on the extending verb or the measure ("extended its arms
    embargo from Darfur to the whole of Sudan", "widened its sanctions to Belarus"; eighteenth round)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in EXTENDING_VERBS:
        return ()
    return tuple(prep_objects([verb, noun], frozenset({"to"})))


STOPPING_GOVERNORS = frozenset({"block", "halt", "suspend", "freeze", "stop", "pause", "cancel", "scrap", "veto",
                                "bar", "ban", "delay", "withhold", "cut", "end", "axe"})
"""Verbs that stop the giving their object names: "blocked the sale of F-35s to the UAE", "suspended the delivery of
aid to Gaza" (twenty-fifth round)."""

STOPPED_GIVING: dict[str, str] = {"070": "162", "071": "1621", "072": "1622", "073": "1623"}
"""The code of a giving (aid, economic aid, arms, humanitarian aid) and the code of stopping or reducing it."""


STOPPING_NOUNS = frozenset({"suspension", "halt", "freeze", "cut", "cutoff", "cut-off", "end", "cancellation",
                            "termination", "pause", "blocking", "withdrawal", "curtailment", "stoppage", "reduction"})
"""Nouns that name the stopping of the giving their "of" phrase names: "the suspension of US military aid to
Ukraine" (twenty-fifth round)."""


def stopped_giving(noun: Token, entry: NounEntry) -> CameoCode | None:
    """The code of the giving ``entry`` names stopped, when ``noun`` is the object of a verb that stops it: blocking
    a sale of weapons to a side is stopping military assistance to it (1622), not giving it (twenty-fifth round);
    the stopper, the verb's subject, is the source. Else None."""
    code = STOPPED_GIVING.get(str(entry.code))
    if code is None or noun.dep_ not in ("dobj", "obj", "nsubjpass") \
            or noun.head.lemma_.lower() not in STOPPING_GOVERNORS:
        return None
    return CameoCode(code)


def stopping_noun(noun: Token, entry: NounEntry) -> Token | None:
    """The noun that names the stopping of the giving ``noun`` names ("the *suspension* of US military aid to
    Ukraine", "a *freeze* of aid to Gaza"), when the giving is its "of" object, else None."""
    if str(entry.code) not in STOPPED_GIVING or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    head = noun.head.head
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in STOPPING_NOUNS else None


RECIPIENT_FREE_GOVERNORS = frozenset({"approve", "authorize", "authorise", "announce", "order", "plan", "propose",
                                      "halt", "suspend", "resume", "block", "freeze", "clear", "greenlight", "sign",
                                      "finalize", "finalise", "complete", "speed", "expedite", "delay", "pause"})
"""Verbs that take no recipient of their own, so a "to" phrase the parser hangs on them belongs to the delivery, sale
or transfer they govern ("approved the sale of F-35s to the UAE", "cleared the delivery of tanks to Poland")
(twenty-fourth round)."""


def _governor_to(noun: Token, entry: NounEntry) -> tuple[Token, ...]:
    """The recipients of a handing-over noun that the parser hung on its governing verb: "to" objects of a verb of
    :data:`RECIPIENT_FREE_GOVERNORS` whose object the noun is, for entries whose target is introduced by "to" and a
    noun with no "to" of its own."""
    verb = noun.head
    if "to" not in entry.target_preps or noun.dep_ not in ("dobj", "obj") \
            or verb.lemma_.lower() not in RECIPIENT_FREE_GOVERNORS or prep_objects([noun], frozenset({"to"})):
        return ()
    return tuple(prep_objects([verb], frozenset({"to"})))


CHOOSING_VERBS = frozenset({"choose", "pick", "select"})
"""Verbs of choosing a place "for" a visit: "chose Riyadh for his first trip abroad" (round twenty-seven)."""


def _chosen_destination(noun: Token, entry: NounEntry) -> tuple[Token, ...]:
    """The place chosen "for" a visit, trip or tour: the object of the choosing verb is where the visitor goes ("Joseph
    Aoun chose Riyadh for his first trip abroad", "picked Beijing for her first official visit") (round
    twenty-seven)."""
    if str(entry.code) != "042" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return ()
    verb = noun.head.head
    if verb.lemma_.lower() not in CHOOSING_VERBS or noun.head.dep_ != "prep":
        return ()
    return tuple(c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i)


def joined_act(cand: Candidate) -> bool:
    """``cand`` is an act named by a noun that its source joins ("took part in the invasion of Iraq"): with no actor
    for a source, it reports nothing, as the noun alone would not ("Veterans who took part in the invasion of Iraq
    say ...")."""
    noun = cand.trigger[-1]
    verb = _joining_verb(noun) if cand.kind == "verb" and noun.pos_ == "NOUN" else None
    return verb is not None and verb.i == cand.scope.i


def with_hung_targets(cand: Candidate, noun: Token, entry: NounEntry) -> Candidate:
    """``cand`` (the act ``noun`` names, which someone joins) with a last target tier from the prepositions the parser
    hung on the joining verb ("joined the assault on Kharkiv", "took part in the M23's offensive on Goma")."""
    verb = _joining_verb(noun)
    hung = () if verb is None else tuple(t for t in prep_objects([verb], entry.target_preps) if t.i != noun.i)
    return dataclasses.replace(cand, targets=(*cand.targets, hung)) if hung else cand


def characterized_act(noun: Token) -> Token | None:
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

