"""Event places (stage 4, coding): the bundled gazetteer and the place a sentence's event happened.

``data/gazetteer.csv`` lists every country, every capital and the cities, regions and sites that
international news names, with ISO3 country and coordinates; :class:`Gazetteer` reads it once.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import NoReturn

from spacy.tokens import Span, Token

from detente.coding.clauses import entity_bounds
from detente.errors import DetenteError
from detente.records import Location

GAZETTEER_FILE = "gazetteer.csv"
KINDS = ("country", "capital", "city", "region", "site")
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around"})
"""Prepositions whose object is where the event took place."""
_COLUMNS = ["name", "kind", "country", "lat", "lon", "aliases"]
_ISO3 = re.compile(r"[A-Z]{3}")
_AREA_NOUNS = frozenset({"region", "province", "oblast", "area", "governorate", "district", "city", "county"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """One gazetteer entry: a named place, its kind, ISO3 country, coordinates and other spellings."""

    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()

    def to_location(self) -> Location:
        """The event ``location`` record for this place."""
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


class Gazetteer:
    """Places by name: countries, capitals, major cities, regions and sites (case, diacritics and
    punctuation are ignored; alternative spellings are known).

    >>> g = Gazetteer.load()
    >>> g.find("Kiev").name, g.find("kharkov").country, g.find("Côte d'Ivoire").country
    ('Kyiv', 'UKR', 'CIV')
    >>> g.find("Atlantis") is None
    True
    """

    __slots__ = ("_by_name", "_places")

    def __init__(self, places: tuple[Place, ...]) -> None:
        self._places = places
        self._by_name: dict[str, Place] = {}
        for place in places:
            for name in (place.name, *place.aliases):
                self._by_name.setdefault(normalize_place_name(name), place)

    @classmethod
    def load(cls) -> Gazetteer:
        """The bundled gazetteer (cached: every call returns the same instance until the data file changes).

        Raises:
            CodebookError: D402 with ``file:line`` when the data file is invalid.
        """
        return _load_bundled(gazetteer_stamp())

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def place(self, name: str) -> Place | None:
        """The gazetteer entry called ``name`` (or one of its aliases), or None."""
        return self._by_name.get(normalize_place_name(name))

    def find(self, name: str) -> Location | None:
        """The location called ``name`` (or one of its aliases), or None."""
        place = self.place(name)
        return place.to_location() if place is not None else None


def bundled_path() -> Traversable:
    """Where the bundled gazetteer file is (package data)."""
    return resources.files("detente.coding") / "data" / GAZETTEER_FILE


def gazetteer_stamp() -> tuple[str, int, int]:
    """Path, modification time and size of the bundled gazetteer file.

    The key of :meth:`Gazetteer.load`'s cache (and part of the actor knowledge base's), so that a gazetteer edited
    while a process runs (a long-lived API server, a notebook) is read again instead of served stale. A file that
    cannot be stat'ed (data inside a zip) cannot change either: it stamps as 0, 0.
    """
    path = bundled_path()
    try:
        info = os.stat(str(path))
    except OSError:
        return (str(path), 0, 0)
    return (str(path), info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=2)
def _load_bundled(_stamp: tuple[str, int, int]) -> Gazetteer:
    """The bundled gazetteer read once per file stamp."""
    path = bundled_path()
    where = f"detente/coding/data/{GAZETTEER_FILE}"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DetenteError.make("D402", path=where, line=0, reason=str(err)) from err
    return Gazetteer(parse_gazetteer(text, where=where))


def find_location(sentence: Span, gazetteer: Gazetteer, *, skip_tokens: Container[int] = ()) -> Location | None:
    """Where the event of ``sentence`` took place: a known place that is the object of a locative
    preposition ("in", "at", "near", "outside", "inside", "around").

    Places attached to the verb or clause win over places attached to a noun, and cities over
    countries ("at Davos in Switzerland" -> Davos). Tokens in ``skip_tokens`` (Doc indices, e.g. the
    actors' tokens) are never read as the place.
    """
    best: tuple[tuple[int, int, int], Place] | None = None
    countries: set[str] | None = None
    for token in sentence:
        if token.dep_ != "prep" or token.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        rank = _attachment_rank(token)
        for obj in _objects(token):
            place = _place_at(obj, gazetteer, skip_tokens)
            if place is None and _unknown_place(obj := town_name(obj), skip_tokens):
                # a town the gazetteer leaves out ("at a school in Arras"): GeoNames, read with the countries the
                # sentence names (twenty-ninth round); imported here, as it reads this module
                from detente.coding.geonames import geonames_city
                if countries is None:
                    countries = named_countries(sentence, gazetteer)
                city = geonames_city(obj, countries)
                place = city.to_place() if city is not None else None
            if place is None:
                continue
            key = (1 if place.kind in ("country", "region") else 0, rank, obj.i)
            if best is None or key < best[0]:
                best = (key, place)
    return best[1].to_location() if best is not None else None


def named_countries(sentence: Span, gazetteer: Gazetteer) -> set[str]:
    """The ISO3 countries of the places the gazetteer knows among ``sentence``'s entities ("in Owo, in Nigeria's
    Ondo state": NGA), which settle a town name that several countries share."""
    found = (gazetteer.place(ent.text) for ent in sentence.ents if ent.label_ in ("GPE", "LOC", "FAC"))
    return {place.country for place in found if place is not None and place.country}


TOWN_NOUNS = frozenset({"city", "town", "village", "port", "capital", "hometown", "suburb", "district"})


def town_name(tok: Token) -> Token:
    """The name of "the northern city of Kumba", "the town of Arras": the named "of" object of a town noun, else
    ``tok``."""
    if tok.lemma_.lower() in TOWN_NOUNS:
        return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.ent_type_), tok)
    return tok


def _unknown_place(token: Token, skip_tokens: Container[int]) -> bool:
    """True when ``token`` lies in a place entity none of whose words is an actor's (cheap: no lookup)."""
    bounds = entity_bounds(token)
    return (bounds is not None and token.ent_type_ in ("GPE", "LOC", "FAC")
            and not any(i in skip_tokens for i in range(*bounds)))


def normalize_place_name(name: str) -> str:
    """The matching key of a place name: lower case, no diacritics, punctuation or leading "the".

    >>> normalize_place_name("  The Hague "), normalize_place_name("St. Petersburg"), normalize_place_name("Zürich")
    ('hague', 'st petersburg', 'zurich')
    """
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def parse_gazetteer(text: str, *, where: str) -> tuple[Place, ...]:
    """Parse the gazetteer CSV ``text`` (``#`` comment lines, then a header and one place a line).

    Raises:
        CodebookError: D402 naming ``where:line`` for the first invalid line or a name used twice.
    """
    places: list[Place] = []
    owner: dict[str, tuple[str, int]] = {}
    header_seen = False
    lines = text.splitlines()
    for lineno, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or lines[lineno - 1].startswith("#"):
            continue
        if not header_seen:
            if row != _COLUMNS:
                _fail(where, lineno, f"expected the header {','.join(_COLUMNS)}, got {row}")
            header_seen = True
            continue
        place = _make_place(row, where, lineno)
        for name in (place.name, *place.aliases):
            key = normalize_place_name(name)
            if key in owner and owner[key][1] != lineno:
                _fail(where, lineno, f"name {name!r} is already used by {owner[key][0]!r} (line {owner[key][1]})")
            owner[key] = (place.name, lineno)
        places.append(place)
    return tuple(places)


def _make_place(row: list[str], where: str, lineno: int) -> Place:
    if len(row) != len(_COLUMNS):
        _fail(where, lineno, f"expected {len(_COLUMNS)} columns, got {len(row)}")
    name, kind, country, lat_s, lon_s, aliases = (cell.strip() for cell in row)
    if not name or kind not in KINDS:
        _fail(where, lineno, f"needs a name and a kind in {KINDS}, got {name!r}, {kind!r}")
    if country and not _ISO3.fullmatch(country):
        _fail(where, lineno, f"country {country!r} of {name} is not an ISO3 code")
    try:
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        _fail(where, lineno, f"coordinates {lat_s!r}, {lon_s!r} of {name} are not numbers")
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        _fail(where, lineno, f"coordinates {lat}, {lon} of {name} are out of range")
    return Place(name=name, kind=kind, country=country or None, lat=lat, lon=lon,
                 aliases=tuple(a.strip() for a in aliases.split(";") if a.strip()))


def _attachment_rank(prep: Token) -> int:
    """0: the preposition hangs on a verb (the clause); 1: on a place phrase; 2: on another noun."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
        return 0
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS:
        return 1
    return 2


def _objects(prep: Token) -> Iterator[Token]:
    """The prepositional objects of ``prep``, with their coordinated conjuncts."""
    for child in prep.children:
        if child.dep_ == "pobj":
            yield child
            yield from (t for t in child.conjuncts)


def _place_at(token: Token, gazetteer: Gazetteer, skip_tokens: Container[int]) -> Place | None:
    """The gazetteer place named by the phrase headed by ``token`` (with its compounds), or None."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i in range(start, token.i + 1):
        start -= 1
    candidates = [token.doc[start:token.i + 1]]
    if start < token.i and token.lower_ in _AREA_NOUNS:
        candidates.append(token.doc[start:token.i])  # "the Donbas region", "Kherson oblast"
    bounds = entity_bounds(token)
    if bounds is not None:
        candidates.append(token.doc[bounds[0]:bounds[1]])
    for span in candidates:
        if any(t.i in skip_tokens for t in span) or not _is_name(span):
            continue
        place = gazetteer.place(span.text)
        if place is not None:
            return place
    return None


def _is_name(span: Span) -> bool:
    """True when ``span`` is written as a proper name (so "around us" is not the United States)."""
    return span.text[:1].isupper() and any(t.pos_ == "PROPN" or t.ent_type_ for t in span)


def _fail(where: str, line: int, reason: str) -> NoReturn:
    raise DetenteError.make("D402", path=where, line=line, reason=reason)
