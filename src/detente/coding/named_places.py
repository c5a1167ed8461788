"""Places the actor data does not name but the gazetteer knows, as the targets of force (stage 4, twenty-sixth round).

"Israeli troops moved into the buffer zone on the Golan Heights", "shelled villages in Upper Nile": an assault or
fight whose object or place phrase names a place of another country is aimed at whoever holds it, as a place the
actor resolver names is (:func:`detente.coding.place_targets.place_of_object`). The resolver leaves out some places
(regions, sites, places it has no row for); the event-location gazetteer knows many of them and their country.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.crowds import group_actor
from detente.coding.geonames import city_named, place_entity
from detente.coding.places import Gazetteer, named_countries, normalize_place_name
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["gazetteer_place", "geonames_place"]

WHERE_PREPS = frozenset({"in", "into", "on", "onto", "at", "near", "over", "across", "around", "inside", "outside",
                         "along", "off"})
"""Prepositions of where force is used ("into the buffer zone on the Golan Heights", "near Nasir")."""
NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def _name(tok: Token) -> str:
    """The proper name ``tok`` heads: its compound and adjective words before it, without determiners."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ in NAME_DEPS and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1].text


def _places(verb: Token) -> list[Token]:
    """The verb's objects and the objects of place prepositions on the verb and on those objects (one level down)."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    deeper = [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return [*nouns, *deeper]


def gazetteer_place(verb: Token, own: set[str], mentions: ActorMentions | None = None) -> list[ResolvedActor]:
    """The country holding the first proper-named place of the act's objects and place phrases the gazetteer knows
    (or, given the sentence's ``mentions``, GeoNames: :func:`geonames_place`), when it is not one of ``own`` (the
    source's countries); else none."""
    gazetteer = Gazetteer.load()
    for tok in _places(verb):
        if tok.pos_ != "PROPN":
            continue
        place = gazetteer.find(_name(tok))
        if place is None and mentions is not None and (city := geonames_place(tok, mentions)) is not None:
            # a town neither the gazetteer nor the actor data knows (twenty-ninth round)
            return [] if city.country in own else [city]
        if place is None or not place.country or len(place.country) != 3:
            continue
        if place.country in own:
            return []
        return [group_actor(tok, place.country, None, confidence=0.7, kind="place",
                            reason=f"{place.name}, a place of {place.country} in the gazetteer")]
    return []


def geonames_place(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The town ``tok`` names as a place of its country, read from GeoNames (:mod:`detente.coding.geonames`), when
    the parser labels it a place and neither the actor data nor the gazetteer knows it ("killed seven children in
    Kumba": CMR; "a teacher was stabbed at a school in Arras", with France named: FRA); else None.

    A name any word of which an actor mention covers is the actor data's to read, and one the gazetteer knows is
    the gazetteer's: GeoNames only fills their gaps. The countries the sentence names (actors and gazetteer
    places) settle names several countries share and admit small towns (:func:`detente.coding.geonames.city_named`).
    """
    span = place_entity(tok)
    if span is None or any(mentions.at_token(i) is not None for i in range(span.start, span.end)):
        return None
    gazetteer = Gazetteer.load()
    name = span.text
    if gazetteer.place(name) is not None:
        return None
    sent = tok.sent
    countries = {m.country for m in mentions.within(sent.start, sent.end) if m.country and len(m.country) == 3}
    city = city_named(normalize_place_name(name), countries | named_countries(sent, gazetteer))
    if city is None:
        return None
    return group_actor(tok, city.country, None, confidence=0.6, kind="place",
                       reason=f"{city.name}, a city of {city.country} in GeoNames")
