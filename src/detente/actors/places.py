"""Cities, regions and sites as actors (stage 3): gazetteer places indexed as names of their country.

"Russia struck Kharkiv": a place named as the agent or target of an event stands for the country it
lies in (code ISO3, kind ``place``, lower confidence). Capitals and metonyms are not read from here:
they stand for the government (``countries.csv``, ``metonyms.csv``).
"""

from __future__ import annotations

import hashlib

from detente.actors.builder import KBBuilder, NameEntry
from detente.coding import Gazetteer

# Gazetteer kinds read as places; countries and capitals come from the actor data itself.
PLACE_KINDS: frozenset[str] = frozenset({"city", "region", "site"})
# Places whose de jure country is not the party that holds them, so that coding them as that country
# would turn events into nonsense (Ukraine "shelling Ukraine" in occupied Donetsk): territories held for
# years by another state or a breakaway authority, and foreign military bases. Left unresolved; the coder
# still reads them as event locations. (Status as reported by news agencies and the UN, 2024.)
NOT_ACTOR_PLACES: frozenset[str] = frozenset({
    "Crimea", "Sevastopol", "Simferopol", "Donetsk", "Luhansk", "Donbas",  # held by Russia since 2014
    "Transnistria", "Tiraspol",  # breakaway authority in Moldova since 1992
    "Abkhazia", "Sukhumi", "South Ossetia", "Tskhinvali",  # breakaway authorities in Georgia since 1992/2008
    "Golan Heights", "East Jerusalem",  # held by Israel since 1967
    "Guantanamo Bay", "Ramstein",  # US bases in Cuba and Germany
})
PLACE_CONFIDENCE = 0.6
NOT_AN_ACTOR = "place:not-an-actor"
"""Entity key of the place names indexed only so that nothing inside them is read as an actor."""


def add_places(builder: KBBuilder, gazetteer: Gazetteer) -> str:
    """Index the gazetteer's cities, regions and sites as ``place`` names of their country.

    Places with no country among the knowledge base's (seas and straits, Hong Kong, Greenland) or in
    ``NOT_ACTOR_PLACES`` are indexed with an empty code: a name that is not an actor, so that the city
    inside it is not read ("Aden" in "the Gulf of Aden"). Returns a digest of what was added (for
    ``kb.version``).
    """
    digest = hashlib.sha256()
    for place in gazetteer:
        if place.kind not in PLACE_KINDS:
            continue
        country = place.country or ""
        entity = f"country:{country}"
        if place.name in NOT_ACTOR_PLACES or entity not in builder.actors:
            country, entity = "", NOT_AN_ACTOR
        for name in (place.name, *place.aliases):
            builder.add_name(name, NameEntry(kind="place", key=entity, code=country, case="cap"))
        digest.update(f"{place.name}|{country}|{';'.join(place.aliases)}\n".encode())
    return digest.hexdigest()[:12]
