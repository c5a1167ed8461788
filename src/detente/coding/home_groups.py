"""Unnamed groups and institutions of the one country a sentence is about (stage 4).

Domestic news names its actors by what they are, not by their country: "Pedro Castillo accused Congress of plotting
a coup", "the president asked the military to restore order", "the army killed 20 militants in North Waziristan",
"Sudan's army and rebel groups signed a peace deal". When every country the sentence names is one and the same, such
a group is of that country: the country's military, legislature, courts, police, opposition, rebels or people. With
a second country named ("Israeli troops fired on protesters in Gaza") nothing is read so: the people may be anyone's.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from detente.coding.crowds import DOMESTIC_INSTITUTIONS, DOMESTIC_PEOPLE, NOT_HOME, group_actor
from detente.coding.participants import actor_country
from detente.coding.verbs import expand_quantity
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = [
    "coordinated_groups", "group_sector", "groups_of_country", "home_group", "placed_elsewhere", "placed_group",
    "sole_country", "sole_country_groups",
]

FORCE_GROUPS = {
    "army": "MIL", "military": "MIL", "troop": "MIL", "soldier": "MIL", "commando": "MIL", "paratrooper": "MIL",
    "police": "COP", "policeman": "COP", "policemen": "COP", "gendarme": "COP", "gendarmerie": "COP",
}
"""A country's own forces, named by what they are."""
STATE_GROUPS = {
    "congress": "LEG", "senate": "LEG", "lawmaker": "LEG", "legislator": "LEG", "deputy": "LEG", "mp": "LEG",
    "assembly": "LEG", "prosecutor": "JUD", "judge": "JUD", "court": "JUD", "judiciary": "JUD",
    "investigator": "JUD", "magistrate": "JUD", "tribunal": "JUD",
}
"""Institutions besides :data:`crowds.DOMESTIC_INSTITUTIONS` that only a country has."""
ARMED_GROUPS = {"rebel": "REB", "insurgent": "REB", "guerrilla": "REB", "militia": "REB", "separatist": "REB",
                "militant": "REB", "jihadist": "REB"}
"""Armed groups against a state: in a sentence about one country, that country's rebels."""
CRIMINAL_GROUPS = {"bandit": "CRM", "gang": "CRM", "gangster": "CRM", "pirate": "CRM", "smuggler": "CRM",
                   "trafficker": "CRM"}
"""Criminal groups known by what they are ("armed bandits abducted 279 schoolgirls ... in north-west Nigeria",
"gangs killed 62 people in a single day"): in a sentence about one country, that country's (sixteenth round). Not
"gunmen" or "kidnappers": attackers no one has identified, whom the gold set leaves without a country."""
PEOPLE_GROUPS = {"striker": "LAB", "grower": "CVL", "youth": "CVL", "rioter": "CVL", "looter": "CVL",
                 "crowd": "CVL", "mob": "CVL", "voter": "CVL", "unionist": "LAB"}
"""Unnamed people besides :data:`crowds.DOMESTIC_PEOPLE`."""
MODIFIED_GROUPS = {("force", "security"): "COP", ("force", "armed"): "MIL", ("force", "government"): "MIL",
                   ("officer", "police"): "COP", ("group", "rebel"): "REB", ("group", "armed"): "REB",
                   ("group", "opposition"): "OPP", ("party", "opposition"): "OPP", ("force", "rebel"): "REB",
                   ("fighter", "rebel"): "REB", ("leader", "opposition"): "OPP", ("figure", "opposition"): "OPP",
                   ("council", "military"): "GOV", ("council", "transitional"): "GOV", ("council", "sovereign"): "GOV"}
"""Head nouns that name a group only with their modifier ("security forces", "rebel groups", "police officers")."""
PERSONAL_CIRCLE = {"ally": "GOV", "loyalist": "GOV", "aide": "GOV", "adviser": "GOV", "advisor": "GOV",
                   "associate": "GOV", "general": "MIL", "commander": "MIL", "minister": "GOV", "lieutenant": "GOV",
                   "rival": "OPP", "critic": "OPP", "opponent": "OPP", "enemy": "OPP"}
"""People named as a person's own circle ("his own allies in the House", "her former aides", "purged his generals"):
a politician's allies, aides and rivals are of the politician's country, as a country's allies are not (thirty-second
round); read only with a personal possessive ("his", "her"), never "its" or "their"."""
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
NOT_GROUPS = frozenset({"election", "poll", "referendum", "president", "minister", "premier", "presidency"})
"""Words of :data:`crowds.DOMESTIC_INSTITUTIONS` that name no group: votes, and offices the actor resolver reads as
titles of their holders."""
NAMED_INSTITUTIONS = frozenset({"congress", "senate", "parliament", "court", "assembly", "army", "police"})
"""Heads of institutions a country names as proper nouns ("the Supreme Court", "the National Assembly", "Congress")."""
PLACE_PREPS = frozenset({"in", "inside", "near", "across", "outside", "around", "throughout"})
"""A country named after these is where the act was, not whom it was aimed at ("protesters in Yangon")."""


def _table(*, forces: bool, people: bool) -> dict[str, str]:
    table = {**DOMESTIC_INSTITUTIONS, **STATE_GROUPS, **ARMED_GROUPS, **CRIMINAL_GROUPS}
    for word in NOT_GROUPS:
        table.pop(word, None)
    if forces:
        table.update(FORCE_GROUPS)
    if people:
        table.update(DOMESTIC_PEOPLE)
        table.update(PEOPLE_GROUPS)
    return table


_ALL = _table(forces=True, people=True)
_NO_PEOPLE = _table(forces=True, people=False)


def group_sector(tok: Token, *, people: bool = True) -> str | None:
    """The sector of the unnamed group ``tok`` heads ("dozens of protesters": OPP; "security forces": COP; "rebel
    groups": REB), or None when it names no such group or one from abroad ("foreign troops")."""
    head = expand_quantity(tok)
    if head.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in NOT_HOME for c in _modifiers(head)) \
            or tok.dep_ in ("compound", "amod", "nmod", "poss"):  # "the media law" is no act on the media
        return None
    lemma = head.lemma_.lower()
    for child in _modifiers(head):
        if child.dep_ in ("compound", "amod", "conj"):
            sector = MODIFIED_GROUPS.get((lemma, child.lemma_.lower()))
            if sector is not None:
                return sector
    if head.pos_ == "PROPN" and lemma not in NAMED_INSTITUTIONS:
        return None
    if people and (lemma in PERSONAL_CIRCLE or head.lower_ in PERSONAL_CIRCLE) and any(
            c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in head.children):
        return PERSONAL_CIRCLE.get(lemma) or PERSONAL_CIRCLE.get(head.lower_)
    return (_ALL if people else _NO_PEOPLE).get(lemma) or (_ALL if people else _NO_PEOPLE).get(head.lower_)


def _modifiers(head: Token) -> list[Token]:
    """The modifiers of ``head``, with the word before it when the parser hung that word as a conjunct on a noun
    before ("Sudan's army and rebel groups": "rebel" read as the army's conjunct modifies "groups")."""
    out = list(head.children)
    before = head.doc[head.i - 1] if head.i > 0 else None
    if (before is not None and before.dep_ == "conj" and before.head.head.i == head.i
            and before.head.dep_ in ("nmod", "compound")):
        out.append(before)
    return out


def sole_country(sent: Span, mentions: ActorMentions, besides: tuple[Token, ...] = (), *,
                 places: bool = True) -> str | None:
    """The one country every actor and place the sentence names belongs to (organisations of no country aside),
    or None when it names none or several, or names it only as one of ``besides`` (the tokens an act is aimed at)
    or their modifiers: "militants fired rockets at Israel" are not Israel's militants, but "soldiers opened fire on
    protesters in Yangon" are Myanmar's; without ``places``, a place among ``besides`` does not count either."""
    aimed_at = {t.i for t in besides if not (places and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)} | {
        c.i for t in besides for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")}
    named = [m for m in mentions.within(sent.start, sent.end) if m.country and len(m.country) == 3]
    countries = {m.country for m in named}
    if len(countries) != 1 or all(m.head in aimed_at for m in named):
        return None
    return next(iter(countries))


def home_group(tok: Token, country: str, *, why: str, people: bool = True,
               confidence: float = 0.6) -> ResolvedActor | None:
    """``tok``'s unnamed group as an actor of ``country`` ("Congress" of Peru: PERLEG), or None when it names none."""
    sector = group_sector(tok, people=people)
    if sector is None:
        return None
    head = expand_quantity(tok)
    return group_actor(head, country, sector, confidence=confidence, reason=f"unnamed {head.lower_} of {country}, {why}",
                       kind="agent")


SEAT_PREPS = frozenset({"in", "inside"})
"""Prepositions by which a group is placed in a city or country of its own ("prosecutors in Karlsruhe")."""


def placed_group(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """An unnamed institution or group placed by its own "in" phrase, as the country of that place: "handed him over
    to prosecutors in Karlsruhe" (DEUJUD), "the new authorities in Damascus" (SYRGOV), "talks with officials in
    Kyiv", "students in Tehran", whatever other countries the sentence names. Soldiers may serve abroad ("troops in
    Syria" may be anyone's), so an army or its troops are not placed so."""
    for pobj in _seats(tok):
        place = mentions.at_token(pobj.i)
        country = place.country if place is not None else None
        if country is None or len(country) != 3 or place is None or place.kind not in ("place", "country"):
            continue
        actor = home_group(tok, country, why=f"placed in {place.mention}")
        if actor is not None and actor.sector != "MIL":
            return actor
    return None


def placed_elsewhere(tok: Token, country: str, mentions: ActorMentions) -> bool:
    """True when ``tok``'s group is placed by an "in" phrase in a name that is not of ``country`` or that no
    mention resolves ("prosecutors in Karlsruhe", with Karlsruhe unknown): it is not the sentence's country's."""
    for pobj in _seats(tok):
        if pobj.pos_ != "PROPN":
            continue
        place = mentions.at_token(pobj.i)
        if place is None or place.country != country:
            return True
    return False


def _seats(tok: Token) -> list[Token]:
    """The objects of the "in" phrase of ``tok``'s group: its own, or one the parser hung on the verb right after
    the group's words ("hand him over to prosecutors in Berlin")."""
    head = expand_quantity(tok)
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in SEAT_PREPS]
    after = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    if (not preps and after is not None and after.dep_ == "prep" and after.lower_ in SEAT_PREPS
            and after.head.i != head.i and after.head.pos_ in ("VERB", "AUX")):
        preps = [after]
    return [c for p in preps for c in p.children if c.dep_ == "pobj"]


def coordinated_groups(tier: tuple[Token, ...], found: list[ResolvedActor]) -> list[ResolvedActor]:
    """The unnamed groups a tier coordinates with named actors of one country, as that country's ("Chad's
    government and more than 40 rebel groups signed a peace deal": Chad's rebels too)."""
    countries = {actor_country(a) for a in found}
    if len(countries) != 1 or len(next(iter(countries))) != 3:
        return []
    country = next(iter(countries))
    taken = {a.head for a in found}
    out: list[ResolvedActor] = []
    for tok in tier:
        head = expand_quantity(tok)
        if head.i in taken or tok.i in taken or any(a.token_start <= head.i < a.token_end for a in found):
            continue
        actor = home_group(tok, country, why="named with its own country's actors", confidence=0.5)
        if actor is not None:
            out.append(actor)
    return out


def groups_of_country(tokens: Iterable[Token], country: str, mentions: ActorMentions) -> list[ResolvedActor]:
    """The unnamed groups among ``tokens`` as actors of ``country``, the one country their sentence names ("The army
    killed 20 militants in North Waziristan": PAKMIL), less those an "in" phrase places elsewhere."""
    return [a for tok in tokens if not placed_elsewhere(tok, country, mentions)
            and (a := home_group(tok, country, why="the only country the sentence names")) is not None]


def sole_country_groups(tokens: Iterable[Token], sent: Span, mentions: ActorMentions,
                        besides: tuple[Token, ...] = ()) -> list[ResolvedActor]:
    """:func:`groups_of_country` for the one country ``sent`` names (see :func:`sole_country`), or none."""
    country = sole_country(sent, mentions, besides=besides)
    return [] if country is None else groups_of_country(tokens, country, mentions)
