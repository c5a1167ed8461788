"""Victims an act of force or coercion names only as people: whose people they are when no actor is named on them.

"A Haitian gang kidnapped 17 missionaries, 16 of them American and one Canadian": the missionaries resolve to no
actor, but the phrase set after them says whose nationals they are. "Rwandan army troops killed thousands of
displaced Hutus": killing and kidnapping are done to people, and counted people in a sentence that names only the
attackers' country are that country's own; "arrested a researcher whom it suspects of being a Russian spy", "detained
a man, a Belarusian citizen": a description of the person says whose national he is (twentieth round). All read only the act's own object, never a place or
a clause further out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.crowds import DOMESTIC_PEOPLE, NOT_HOME, group_actor, one_country
from detente.coding.home_groups import sole_country
from detente.coding.participants import actor_country, new_other_country
from detente.coding.verbs import QUANTITY_NOUNS, expand_quantity
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["HUMAN_PATIENT_VERBS", "counted_own_people", "described_national", "nationals_among", "victims_of_scene"]

HUMAN_PATIENT_VERBS = frozenset({
    "kill", "massacre", "slaughter", "murder", "execute", "behead", "kidnap", "abduct", "wound", "injure", "torture",
    "rape", "shoot",
})
"""Verbs whose object is always people: what they are done to needs no word of its own saying it is a person
("killed 223 villagers", "killed thousands of displaced Hutus", "kidnapped 17 missionaries")."""

PARTITIVE_MARKERS = frozenset({"of them", "of whom", "among them", "including"})
"""Words that open a phrase naming some of the people before it ("16 of them American", "including three
Britons")."""
WINDOW = 10
"""How many words after the marker the nationalities may run ("16 of them American and one Canadian")."""
UNCOUNTED_PEOPLE = frozenset({"people", "civilians", "villagers", "residents", "hundreds", "thousands", "dozens"})
"""Plural words that count people without a number of their own before them."""
FOREIGN_PEOPLE = frozenset({
    "migrant", "refugee", "foreigner", "tourist", "expatriate", "expat", "visitor", "immigrant", "asylum", "seeker",
    "diplomat", "peacekeeper", "foreign",
})
"""People who are by name from elsewhere ("kidnapped 20 migrants", "killed two foreign tourists"): never the
source's own by default."""


def _patient(scope: Token, tier: tuple[Token, ...]) -> Token | None:
    """The act's own object: a common noun directly on the verb (not a place or a clause further out)."""
    for tok in tier:
        if tok.head.i == scope.i and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.pos_ in ("NOUN", "NUM"):
            return tok
    return None


def _counted(tok: Token) -> bool:
    """True for a counted or quantified plural: "223 villagers", "thousands of displaced Hutus", "dozens"."""
    if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in UNCOUNTED_PEOPLE:
        return True
    head = expand_quantity(tok)
    return any(c.dep_ == "nummod" for c in (*tok.children, *head.children)) or head.ent_type_ == "NORP"


def counted_own_people(scope: Token, tier: tuple[Token, ...], source: ResolvedActor, sent: Span,
                       mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Burkina Faso's army killed at least 223 villagers", "Rwandan troops killed thousands of displaced Hutus":
    counted people killed, kidnapped or wounded in a sentence that names no country but the source's are its own
    civilians. Not "killed the bill" (no count) nor where another country is named ("Russian troops killed 30
    civilians in Bucha": they may be anyone's)."""
    if scope.lemma_.lower() not in HUMAN_PATIENT_VERBS or not one_country(sent, source, mentions):
        return []
    patient = _patient(scope, tier)
    country = actor_country(source)
    if patient is None or not _counted(patient) or len(country) != 3:
        return []
    if {w.lemma_.lower() for t in (patient, expand_quantity(patient)) for w in (t, *t.children)} & FOREIGN_PEOPLE:
        return []
    return [group_actor(patient, country, "CVL", confidence=source.confidence * 0.7,
                        reason=f"people {scope.lemma_}ed in a sentence naming only {country}")]


def _markers(sent: Span, after: int) -> list[int]:
    """Positions just past each partitive marker that follows the patient at ``after`` in the same stretch."""
    out: list[int] = []
    words = [t.lower_ for t in sent]
    for k in range(after - sent.start + 1, min(len(words), after - sent.start + 4)):
        if words[k] == "including":
            out.append(sent.start + k + 1)
        elif k + 1 < len(words) and f"{words[k]} {words[k + 1]}" in PARTITIVE_MARKERS:
            out.append(sent.start + k + 2)
    return out


def nationals_among(scope: Token, tier: tuple[Token, ...], sources: list[ResolvedActor], sent: Span,
                    mentions: ActorMentions) -> list[ResolvedActor]:
    """ "kidnapped 17 missionaries, 16 of them American and one Canadian", "killed 20 aid workers, including three
    Britons": the nationalities named right after the counted people the act was done to are whose people they are,
    each a target of its own. Only a people (a demonym) counts: "including the capital" names no nationals."""
    if scope.lemma_.lower() not in HUMAN_PATIENT_VERBS:
        return []
    patient = _patient(scope, tier)
    if patient is None:
        return []
    last = max(t.i for t in patient.subtree if t.i <= patient.i + 1)
    own = {actor_country(s) for s in sources}
    found: list[ResolvedActor] = []
    for start in _markers(sent, last):
        for m in mentions.within(start, min(sent.end, start + WINDOW)):
            tok = sent.doc[m.head]
            country = actor_country(m)
            if m.kind == "country" and tok.ent_type_ == "NORP" and len(country) == 3 \
                    and new_other_country(m, own, found):
                found.append(group_actor(tok, country, "CVL", confidence=m.confidence * 0.8,
                                         reason=f"{tok.text} among the people {scope.lemma_}ed"))
    return found


DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl"})
"""Links from a person to a description of him: an apposition ("a researcher, a French national"), a relative clause
("who is a Belarusian citizen") or a participle ("suspected of being an Israeli agent")."""


DESCRIBING_KINDS = frozenset({"country", "demonym", "group", "igo"})


def described_national(scope: Token, tier: tuple[Token, ...], sources: list[ResolvedActor],
                       mentions: ActorMentions) -> list[ResolvedActor]:
    """ "arrested a guest researcher whom it suspects of being a Russian spy", "detained a journalist, a French
    national": the one nationality a description of the person acted on gives him (the apposition itself, or the
    predicate noun of a clause on him). What he did is no description: "arrested a man who attacked a Turkish
    restaurant" names the restaurant's country, not his."""
    patient = _patient(scope, tier)
    if patient is None:
        return []
    own = {actor_country(s) for s in sources}
    nouns: list[Token] = []
    for child in patient.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            nouns.append(child)
        elif child.dep_ in DESCRIBING_DEPS:
            # "whom it suspects of being a Russian spy posing as ...": the parser may make the predicate the
            # participle after it, with the noun a compound of it
            nouns.extend(t for t in child.subtree if t.dep_ == "attr" and t.pos_ in ("NOUN", "VERB"))
    found: list[ResolvedActor] = []
    for noun in nouns:
        words = [w for w in noun.children if w.dep_ in ("amod", "compound")]
        words += [w for c in words if c.pos_ == "NOUN" for w in c.children if w.dep_ == "amod"]
        for word in words:
            m = mentions.at_token(word.i)
            # a people or an armed group or party ("a Russian spy", "a Hamas commander"), not a person or place
            if m is not None and m.kind in DESCRIBING_KINDS and len(actor_country(m)) == 3 \
                    and new_other_country(m, own, found):
                found.append(m)
    return found if len(found) == 1 else []


VICTIM_VERBS = HUMAN_PATIENT_VERBS | {"stab", "beat", "assault", "attack", "ambush", "hack", "lynch", "maim", "gun",
                                     "open", "fire", "target", "strike", "hit", "arrest", "detain", "jail"}
"""Verbs of force and coercion whose object, or "on/at" phrase, when it names people, names the victims ("stabbed
three young children", "attacked worshippers", "opened fire on mourners", "dozens of protesters were arrested")."""
VICTIM_PEOPLE = {**DOMESTIC_PEOPLE, "child": "CVL", "children": "CVL", "boy": "CVL", "schoolchild": "EDU",
                 "schoolchildren": "EDU", "schoolgirl": "EDU", "schoolboy": "EDU", "pupil": "EDU",
                 "worshiper": "REL", "churchgoer": "REL", "priest": "REL", "imam": "REL", "bystander": "CVL",
                 "commuter": "CVL", "family": "CVL", "mourner": "CVL", "guest": "CVL", "patient": "HLH",
                 "journalist": "MED", "reporter": "MED", "photographer": "MED", "cameraman": "MED",
                 "employee": "CVL", "man": "CVL", "woman": "CVL", "men": "CVL", "women": "CVL",
                 "teenager": "CVL", "resident": "CVL", "local": "CVL", "person": "CVL",
                 # people named by their public calling, attacked as civilians of the scene's country
                 "candidate": "CVL", "politician": "CVL", "mayor": "GOV", "councillor": "GOV", "councilor": "GOV",
                 "official": "GOV", "judge": "JUD", "prosecutor": "JUD", "lawmaker": "LEG", "activist": "OPP",
                 "businessman": "BUS", "shopkeeper": "BUS", "vendor": "BUS"}
"""People named by what they are, not whose they are, as the victims of an attack: "killed 12 worshippers at a mosque",
"a bomb killed 14 passengers on a bus", "stabbed three young children outside a school" (twenty-ninth round)."""
VICTIM_PREPS = frozenset({"on", "at"})
"""Prepositions of a verb of force whose object is whom it was aimed at ("opened fire on shoppers")."""


RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})


def _victims(scope: Token, tier: tuple[Token, ...]) -> list[Token]:
    """The people nouns of the act's own object, or of its "on/at" phrase ("opened fire on worshippers"), or the noun
    a relative pronoun stands for ("four boys whom the soldiers had detained")."""
    out: list[Token] = []
    for tok in tier:
        on_verb = tok.head.i == scope.i and tok.dep_ in ("dobj", "obj", "nsubjpass")
        on_prep = tok.dep_ == "pobj" and tok.head.lower_ in VICTIM_PREPS and tok.head.head.i == scope.i
        antecedent = scope.dep_ == "relcl" and tok.i == scope.head.i  # "four boys whom the soldiers had detained"
        if not (on_verb or on_prep or antecedent) or tok.pos_ not in ("NOUN", "NUM", "PRON"):
            continue
        if tok.lower_ in RELATIVE_PRONOUNS and scope.dep_ == "relcl":
            tok = scope.head
        for head in (tok, expand_quantity(tok), *(c for c in tok.conjuncts if c.pos_ == "NOUN")):
            if head.pos_ == "NOUN" and (head.lemma_.lower() in VICTIM_PEOPLE or head.lower_ in VICTIM_PEOPLE):
                out.append(head)
    return out


def victims_of_scene(scope: Token, tier: tuple[Token, ...], sources: list[ResolvedActor], sent: Span,
                     mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Gunmen killed 12 worshippers at a mosque in Nigeria's Kaduna state", "a bomb killed 14 passengers on a bus
    in southwestern Pakistan", "a man stabbed three young children outside a school in Dublin": people killed,
    wounded or kidnapped, named only by what they are (worshippers, passengers, children, a teacher, a journalist),
    in a sentence whose every actor and place is of one country, are that country's people, counted or not, with or
    without a known attacker; as "people" are. With a second country named ("Israeli strikes killed 20 children in
    Gaza"), or people from abroad ("foreign tourists", "migrants"), nothing is read so; nor a toll told in a relative
    clause on another act ("gun battles that killed 29 people")."""
    if scope.lemma_.lower() not in VICTIM_VERBS or (scope.dep_ == "relcl" and any(
            s.lower_ in RELATIVE_PRONOUNS for s in scope.children if s.dep_ == "nsubj")):
        return []  # "gun battles that killed 29 people", "the blast that killed two farmers": a toll told in passing
    country = sole_country(sent, mentions)
    if country is None or any(actor_country(s) not in ("", country) for s in sources):
        return []
    for head in _victims(scope, tier):
        words = {w.lemma_.lower() for t in (head, expand_quantity(head)) for w in (t, *t.children)}
        if words & FOREIGN_PEOPLE or words & NOT_HOME:
            continue
        sector = VICTIM_PEOPLE.get(head.lemma_.lower()) or VICTIM_PEOPLE.get(head.lower_) or "CVL"
        return [group_actor(head, country, sector, confidence=0.5,
                            reason=f"{head.lower_} {scope.lemma_}ed in a sentence naming only {country}")]
    return []
