"""Cities, regions and sites as actors (stage 3): gazetteer places indexed as names of their country.

"Russia struck Kharkiv": a place named as the agent or target of an event stands for the country it
lies in (code ISO3, kind ``place``, lower confidence). Capitals and metonyms are not read from here:
they stand for the government (``countries.csv``, ``metonyms.csv``). ``data/places.csv`` adds regions
and towns the coding gazetteer lacks (US states, provinces, towns of the conflicts that wire text
covers), for actor resolution only: they have no coordinates, so they are not event locations.
"""

from __future__ import annotations

import hashlib

from detente.actors.builder import KBBuilder, NameEntry
from detente.actors.sources import csv_rows, data_dir
from detente.coding import Gazetteer
from detente.errors import DetenteError

# Gazetteer kinds read as places; countries and capitals come from the actor data itself.
PLACE_KINDS: frozenset[str] = frozenset({"city", "region", "site"})
# Places whose de jure country is not the state that holds them, so that coding them as either would turn
# events into nonsense (Ukraine "shelling Ukraine" in occupied Donetsk): territories annexed or occupied
# for years by another recognised state, and foreign military bases. Left unresolved; the coder still reads
# them as event locations. Territories held by an authority that almost no state recognises (Abkhazia,
# South Ossetia, Transnistria, Somaliland, Northern Cyprus) are not among them: they code as the state
# recognition gives them, as CAMEO and ICEWS practice does (data/places.csv, ninth actors round).
# The peninsula's own name is no longer among them (thirteenth actors round): "Crimea", recognised as
# Russian by almost no state, is named in news mostly as what Russia seized ("Russia annexed Crimea",
# "Russia's occupation of Crimea") and codes as Ukraine, as Somaliland codes as Somalia (data/places.csv);
# its cities, the targets of Ukraine's own strikes since 2022, stay uncoded. (Status as reported by news
# agencies and the UN, 2024.)
NOT_ACTOR_PLACES: frozenset[str] = frozenset({
    "Sevastopol", "Simferopol", "Donetsk", "Luhansk", "Donbas",  # held by Russia since 2014
    "Golan Heights", "East Jerusalem",  # held by Israel since 1967
    "Guantanamo Bay", "Ramstein",  # US bases in Cuba and Germany
})
PLACE_CONFIDENCE = 0.6
PLACES_FILE = "places.csv"
"""Regions and towns indexed as places of their country in addition to the gazetteer's."""
NOT_AN_ACTOR = "place:not-an-actor"
"""Entity key of the place names indexed only so that nothing inside them is read as an actor."""


def add_places(builder: KBBuilder, gazetteer: Gazetteer) -> str:
    """Index the gazetteer's cities, regions and sites as ``place`` names of their country.

    Places with no country among the knowledge base's (seas and straits, Hong Kong, Macau) or in
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
    add_extra_places(builder)
    return digest.hexdigest()[:12]


def add_extra_places(builder: KBBuilder, text: str | None = None, where: str = f"detente/actors/data/{PLACES_FILE}") -> int:
    """Index the regions and towns of ``places.csv`` (or of ``text`` in its format) as ``place`` names.

    Rows: ``name,kind,country,aliases``; kind is one of ``PLACE_KINDS``. An empty country indexes a region
    whose name holds a country's ("Latin America") as no actor, so that the country inside is not read
    (seventeenth actors round). The file's content is part of
    ``kb.version`` through the data-file digest. Returns the number of places added.

    Raises:
        KnowledgeBaseError: D301 (no name, or a kind that is not region, city or site) or D304 (a
            country code the knowledge base does not know), with the file and line.
    """
    if text is None:
        text = data_dir().joinpath(PLACES_FILE).read_text(encoding="utf-8")
    added = 0
    for line, row in csv_rows(text):
        name, kind, country = ((row.get(column) or "").strip() for column in ("name", "kind", "country"))
        if not name or kind not in PLACE_KINDS:
            raise DetenteError.make("D301", path=where, line=line,
                                    reason=f"a place needs a name and a kind among {sorted(PLACE_KINDS)} "
                                           f"(got {name!r}, {kind!r})")
        entity = f"country:{country}" if country else NOT_AN_ACTOR
        if country and entity not in builder.actors:
            raise DetenteError.make("D304", path=where, line=line, value=country)
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        for alias in (name, *aliases):
            builder.add_name(alias, NameEntry(kind="place", key=entity, code=country, case="cap"))
        added += 1
    return added
