"""The actor knowledge base (stage 3): who is who, which office they held when, and what names mean.

``KnowledgeBase.load()`` reads the bundled data plus user files; lookups are by name and date.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from detente.actors.builder import KBBuilder, Membership, NameEntry, Period, TitleInfo
from detente.actors.lexicon import ORGANISATION_SECTORS
from detente.actors.names import name_key, normalise, surname
from detente.actors.people import code_sector
from detente.actors.places import PLACE_CONFIDENCE, add_places
from detente.actors.sources import data_files, load_bundled, read_officeholders
from detente.actors.spelling import MIN_LETTERS, SPELLABLE_KINDS, SpellingIndex
from detente.actors.userfile import load_user_file
from detente.coding import Gazetteer
from detente.coding.places import gazetteer_stamp
from detente.errors import DetenteError
from detente.records import Actor, Tenure

if TYPE_CHECKING:
    from hashlib import _Hash as Hash

# When a person holds several offices on one day, the first listed names their code.
OFFICE_RANK: tuple[str, ...] = (
    "head_of_state", "supreme_leader", "head_of_government", "foreign_minister", "defence_minister",
    "secretary_general", "commission_president", "council_president", "high_representative",
    "director_general", "chairperson", "prosecutor",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """What a name (or entity) codes as on a date, and why."""

    actor_code: str
    name: str
    kind: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    confidence: float = 1.0
    reason: str = ""


class KnowledgeBase:
    """Countries, persons with tenures, IGOs, armed groups, groupings, sector words and titles.

    Build it with :meth:`load`; it does not change afterwards. See docs/actors-and-tenures.md.
    """

    __slots__ = ("_actors", "_by_entity", "_by_office", "_country_codes", "_first", "_igo_codes", "_igo_heads",
                 "_first_names", "_given", "_members", "_names", "_periods", "_person_periods", "_person_rows", "_spelling", "_titles",
                 "_coded", "_common_given", "version")

    def __init__(self, builder: KBBuilder, version: str) -> None:
        self.version = version
        self._actors = dict(builder.actors)
        self._names = {k: tuple(sorted(v, key=lambda e: -e.priority)) for k, v in builder.names.items()}
        first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in self._names:
            first[key[0]].append(key)
        self._first = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in first.items()}
        self._spelling = SpellingIndex(
            k[0] for k, entries in self._names.items()
            if len(k) == 1 and len(k[0]) >= MIN_LETTERS and k[0].isalpha()
            and any(e.kind in SPELLABLE_KINDS for e in entries))
        self._first_names = frozenset(k[0] for k, entries in self._names.items()
                                      if len(k) >= 2 and any(e.kind == "person" for e in entries))
        given: dict[str, set[str]] = defaultdict(set)
        for k, entries in self._names.items():
            if len(k) >= 2:
                for e in entries:
                    if e.kind == "person":
                        given[e.key].add(k[0])
        self._given = {k: frozenset(v) for k, v in given.items()}
        self._common_given = _common_given_names(self._actors.values())
        self._titles = {k: tuple(v) for k, v in builder.titles.items()}
        by_office: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
        by_entity: dict[str, list[Tenure]] = defaultdict(list)
        for tenure, _sector, _where in builder.tenures:
            by_office[(tenure.country or "", tenure.office)].append(tenure)
            by_entity[tenure.entity_id].append(tenure)
        self._by_office = {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in by_office.items()}
        self._by_entity = {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in by_entity.items()}
        self._person_rows = {k: tuple(sorted(v, key=lambda r: r[2])) for k, v in builder.person_rows.items()}
        self._periods: dict[str, tuple[Period, ...]] = {k: tuple(v) for k, v in builder.periods.items()}
        self._person_periods: dict[str, tuple[Period, ...]] = {
            k: tuple(sorted(v, key=lambda p: p.start)) for k, v in builder.person_periods.items()}
        self._members: dict[str, tuple[Membership, ...]] = {k: tuple(v) for k, v in builder.members.items()}
        self._country_codes = frozenset(builder.country_codes)
        self._igo_codes = frozenset(builder.igo_codes)
        self._igo_heads = dict(builder.igo_heads)
        self._coded: dict[tuple[str, date], Explanation] = {}

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), *, officeholders: bool = True) -> KnowledgeBase:
        """The bundled knowledge base merged with user actor files (later files win).

        ``extra_files`` are user actor files (TOML, or YAML with a .yaml/.yml name), or CSV files in the ``officeholders_*.csv`` format.
        ``officeholders=False`` leaves out the bundled office holders (to use only your own lists).

        Raises:
            KnowledgeBaseError: D301-D306 naming the file and line of a bad entry.
        """
        files = tuple(Path(p).resolve() for p in extra_files)
        stamps = tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in files)
        return _load_cached(files, stamps, officeholders, bundled_stamp(officeholders))

    # -- entities -------------------------------------------------------------------------------

    def country(self, code: str) -> Actor | None:
        """The country with ISO3 (or user) code ``code``."""
        return self._actors.get(f"country:{code.upper()}")

    def entity(self, entity_id: str) -> Actor | None:
        """The entity with id ``entity_id`` (``person:vladimir-putin``, ``country:IRN``...)."""
        return self._actors.get(entity_id)

    def actors(self, country: str | None = None, kind: str | None = None) -> list[Actor]:
        """Entities, optionally of one country and/or kind, sorted by kind then name."""
        out = [a for a in self._actors.values()
               if (kind is None or a.kind == kind) and (country is None or a.country == country.upper())]
        return sorted(out, key=lambda a: (a.kind, a.name))

    def is_country(self, code: str) -> bool:
        """True for a known country code (ISO3 or user-declared)."""
        return code in self._country_codes

    def is_igo(self, code: str) -> bool:
        """True for a known IGO code."""
        return code in self._igo_codes

    def head_office(self, code: str) -> str | None:
        """The office of an IGO's chief ("the IAEA chief": ``director_general``), None when not listed."""
        return self._igo_heads.get(code)

    def members(self, code: str, on: date | None = None) -> list[str]:
        """Members of an IGO or grouping on ``on`` (current members when None)."""
        return [m.member for m in self._members.get(code, ()) if m.covers(on)]

    # -- names ----------------------------------------------------------------------------------

    def names_starting(self, token: str) -> tuple[tuple[str, ...], ...]:
        """Indexed name keys whose first normalised token is ``token``, longest first."""
        return self._first.get(token, ())

    def near_names(self, word: str) -> tuple[tuple[str, ...], ...]:
        """One-word country names and demonyms one letter slip away from the normalised ``word``
        ("ethopia" -> ethiopia; see :mod:`detente.actors.spelling`). None for a word that is the first
        name of a listed person ("Frances" is a name, not a slip for France)."""
        if word in self._first_names:
            return ()
        return tuple((w,) for w in self._spelling.near(word))

    def given_names(self, entity_id: str) -> frozenset[str]:
        """The first words of a person's listed multi-word names ("simon" for Simon Harris), normalised."""
        return self._given.get(entity_id, frozenset())

    def common_given_name(self, word: str) -> bool:
        """Whether the normalised ``word`` is the given name of several listed people ("ali", "ahmed",
        "martin", "philippe"): a surname spelt like one may, alone in a text, be anyone's first name."""
        return word in self._common_given

    def entries(self, key: tuple[str, ...]) -> tuple[NameEntry, ...]:
        """What the normalised name ``key`` may denote, best first."""
        return self._names.get(key, ())

    def titles(self, title: str) -> tuple[TitleInfo, ...]:
        """The offices a title names (``"prime minister"`` -> head_of_government)."""
        return self._titles.get(" ".join(name_key(title)), ())

    # -- tenures --------------------------------------------------------------------------------

    def holders(self, country: str, office: str, on: date | None) -> list[Tenure]:
        """Who held ``office`` of ``country`` (or IGO) on ``on`` (the current holder when None)."""
        return list(_holders(self, country.upper(), office, on))

    def offices(self) -> list[tuple[str, str]]:
        """Every (country or IGO code, office) pair with at least one tenure on record."""
        return sorted(self._by_office)

    def offices_of(self, entity_id: str, on: date | None) -> list[Tenure]:
        """The offices ``entity_id`` held on ``on`` (open tenures when None), highest rank first."""
        held = [t for t in self._by_entity.get(entity_id, ()) if (t.end is None if on is None else t.covers(on))]
        return sorted(held, key=lambda t: OFFICE_RANK.index(t.office) if t.office in OFFICE_RANK else 99)

    def tenures_of(self, entity_id: str) -> tuple[Tenure, ...]:
        """Every office ``entity_id`` ever held, by start date."""
        return self._by_entity.get(entity_id, ())

    def code_on(self, entity_id: str, on: date | None) -> Explanation:
        """What an entity codes as on ``on``, with the reason (persons by office, groups by period).

        Remembered per entity and date (the knowledge base does not change once loaded, and an article names
        the same actors again and again); ``on=None`` means today, which moves, so it is worked out each time.
        """
        if on is None:
            return self._code_on(entity_id, on)
        key = (entity_id, on)
        found = self._coded.get(key)
        if found is None:
            if len(self._coded) >= _CODED_MAX:
                self._coded.clear()
            found = self._coded[key] = self._code_on(entity_id, on)
        return found

    def _code_on(self, entity_id: str, on: date | None) -> Explanation:
        actor = self._actors.get(entity_id)
        if actor is None:
            raise DetenteError.make("D901", value=entity_id)
        if actor.kind == "person":
            return self._person_on(actor, on)
        if actor.kind == "group":
            what = {"NGO": "non-governmental organisation", "OPP": "party or movement"}.get(actor.sector or "",
                                                                                          "armed group")
            for period in self._periods.get(entity_id, ()):
                if on is not None and period.covers(on):
                    return _explain(actor, period.code, f"{what} {actor.name}; codes as {period.code} "
                                    f"on {on} (since {period.start})", 0.9)
            return _explain(actor, actor.actor_code, f"{what} {actor.name} ({actor.country or 'transnational'})", 0.95)
        if actor.kind in ("igo", "grouping"):
            members = self.members(actor.actor_code, on)
            shown = ", ".join(members[:8]) + (" ..." if len(members) > 8 else "")
            what = "international organisation" if actor.kind == "igo" else "informal grouping"
            return _explain(actor, actor.actor_code, f"{what} {actor.name}" + (f"; members: {shown}" if shown else ""), 0.95)
        return _explain(actor, actor.actor_code, f"country {actor.name}", 0.95)

    def code_undated(self, entity_id: str, polity: str | None = None) -> Explanation:
        """What an entity codes as when the article's date is unknown (persons; others as on today).

        A name that identifies one person still tells the reader whose side they are on, but not which
        office they held then. So: every office on record codes alike -> that code (Annan -> IGOUNO,
        Obama -> USAGOV); else their one national code (Stoltenberg, prime minister of Norway and NATO's
        secretary-general -> NORGOV); else their home state (people with IGO offices only, shared
        monarchs). ``polity``: the text names the country or IGO with the person ("NATO's Stoltenberg",
        "U.N. Secretary-General Kofi Annan"): an office of it, when one is on record, decides.
        """
        actor = self._actors.get(entity_id)
        if actor is None:
            raise DetenteError.make("D901", value=entity_id)
        if actor.kind != "person":
            return self.code_on(entity_id, None)
        tenures = self._by_entity.get(entity_id, ())
        periods = self._person_periods.get(entity_id, ())
        if not tenures and not periods:
            return self._person_on(actor, None)  # no office on record: the person's own code, undated anyway
        codes: list[str] = list(dict.fromkeys([*(t.actor_code for t in tenures), *(p.code for p in periods)]))
        named = [t for t in tenures if polity is not None and t.country == polity]
        national: list[str] = list(dict.fromkeys([*(t.actor_code for t in tenures if self.is_country(t.country or "")),
                                       *(p.code for p in periods if self.is_country(p.code[:3]))]))
        code: str
        if named:
            code, why = named[-1].actor_code, f"the text names {polity}, where they held office ({named[-1].office})"
        elif len(codes) == 1:
            code, why = codes[0], f"every office on record codes as {codes[0]}"
        elif len(national) == 1:
            code, why = national[0], f"offices in several bodies; their national office codes as {national[0]}"
        elif actor.country:
            code, why = actor.actor_code, f"offices in several bodies; home state {actor.country}"
        else:
            return Explanation(actor_code="", name=actor.name, kind="person", entity_id=entity_id, confidence=0.0,
                               reason=f"{actor.name}: no article date, and their offices code differently")
        country = code[:3] if self.is_country(code[:3]) else None
        return Explanation(actor_code=code, name=actor.name, kind="person", entity_id=entity_id, country=country,
                           sector=(code[3:] or None) if country else "IGO", confidence=0.75,
                           reason=f"{actor.name}: no article date; {why}")

    def _person_on(self, actor: Actor, on: date | None) -> Explanation:
        held = self.offices_of(actor.entity_id, on)
        when = on.isoformat() if on else "today"
        if held:
            # A person in office in several states at once (a shared monarch) codes as their home state.
            t = next((h for h in held if h.country == actor.country), held[0])
            return Explanation(actor_code=t.actor_code, name=actor.name, kind="person", entity_id=actor.entity_id,
                               country=t.country if self.is_country(t.country or "") else None,
                               sector=t.actor_code[3:] or None if self.is_country(t.country or "") else "IGO",
                               confidence=0.95,
                               reason=f"{actor.name}: {t.office} of {t.country} on {when} "
                                      f"(tenure {t.start}..{t.end or ''})")
        periods = self._person_periods.get(actor.entity_id, ())
        covering = [p for p in periods if p.covers(on or date.today()) and (on is not None or p.end is None)]
        if covering:
            p = covering[-1]
            what = f" ({p.role})" if p.role else ""
            return Explanation(actor_code=p.code, name=actor.name, kind="person", entity_id=actor.entity_id,
                               country=p.code[:3] if self.is_country(p.code[:3]) else None,
                               sector=code_sector(p.code), confidence=0.9,
                               reason=f"{actor.name}: codes as {p.code}{what} on {when} "
                                      f"(from {'' if p.start == date.min else p.start}..{p.end or ''})")
        rows = self._person_rows.get(actor.entity_id, ())
        national = [r for r in rows if self.is_country(r[0])]
        if periods:
            # Out of every listed span: the nearest listed office or span decides, as for former office holders.
            spans = [(p.code[:3], p.code[3:], p.start, p.end) for p in periods]
            national = sorted([*national, *(r for r in spans if self.is_country(r[0]))], key=lambda r: r[2])
            rows = (*rows, *spans)
        if rows and not national and actor.country and self.is_country(actor.country):
            # Only IGO offices on record, nationality known: out of office, the person codes by home state.
            code = actor.actor_code
            return Explanation(actor_code=code, name=actor.name, kind="person", entity_id=actor.entity_id,
                               country=actor.country, sector=actor.sector, confidence=0.7,
                               reason=f"{actor.name}: not in office on {when} (offices on record only in "
                                      f"IGOs; home state {actor.country}); codes as {code}")
        if not rows or not national:
            code = actor.actor_code
            return Explanation(actor_code=code, name=actor.name, kind="person", entity_id=actor.entity_id,
                               country=actor.country, sector=actor.sector, confidence=0.8,
                               reason=f"{actor.name}: no national office on record; codes as {code}")
        past = [r for r in national if on is None or (r[3] is not None and r[3] <= on)]
        # Offices that ended (or begin) on the same day in several states (a shared monarch: Elizabeth II of the
        # United Kingdom, Canada, Australia ...): the home state's (round thirty).
        if past:
            country, sector, start, end = max(past, key=lambda r: (r[3] or date.max, r[0] == actor.country))
            why = f"out of office on {when} (last office {country}{sector} {start}..{end})"
        else:
            first = min(r[2] for r in national)
            country, sector, start, end = next(
                (r for r in national if r[2] == first and r[0] == actor.country), national[0])
            why = f"not yet in office on {when} (first office {country}{sector} from {start})"
        return Explanation(actor_code=country + sector, name=actor.name, kind="person", entity_id=actor.entity_id,
                           country=country, sector=sector, confidence=0.7, reason=f"{actor.name}: {why}")

    # -- lookup ---------------------------------------------------------------------------------

    def lookup(self, name: str, on: date | None = None) -> list[Explanation]:
        """Everything ``name`` may denote on ``on``, best first, each with the reason.

        >>> # kb.lookup("the Kremlin")[0].actor_code == "RUSGOV"
        """
        text = name.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        out: list[Explanation] = []
        seen: set[tuple[str, str, str]] = set()
        for entry in self.entries(name_key(text)):
            if (entry.kind, entry.key, entry.code) not in seen:
                seen.add((entry.kind, entry.key, entry.code))
                out.append(self.explain(entry, on, text))
        code = text.upper()
        if not out and (self.is_country(code) or self.is_igo(code)):
            entity = f"country:{code}" if self.is_country(code) else f"igo:{code}"
            if entity in self._actors:
                out.append(self.code_on(entity, on))
        return out

    def explain(self, entry: NameEntry, on: date | None, text: str) -> Explanation:
        """The explanation of one name entry on a date."""
        if entry.kind == "agent":
            return Explanation(actor_code=entry.key, name=text, kind="agent", sector=entry.key, confidence=0.5,
                               reason=f"sector word {text!r}: {entry.key} of the country it is attached to")
        if entry.kind == "title":
            offices = ", ".join(sorted({t.office for t in self.titles(entry.key)}))
            return Explanation(actor_code="", name=text, kind="title", confidence=0.5,
                               reason=f"title {text!r}: names {offices} of the country it is attached to")
        if entry.kind == "place" and not entry.code:
            return Explanation(actor_code="", name=text, kind="place", confidence=0.0,
                               reason=f"place {text!r}: not coded as an actor (no country, or held by another party)")
        actor = self._actors[entry.key]
        if entry.kind == "place":
            return Explanation(actor_code=entry.code, name=actor.name, kind="place", entity_id=actor.entity_id,
                               country=entry.code, sector=None, confidence=PLACE_CONFIDENCE,
                               reason=f"place {text!r} in {actor.name}: stands for {entry.code} as an actor")
        if entry.kind in ("capital", "metonym"):
            code = entry.code
            kind = "group" if entry.kind == "metonym" and code[3:6] in ORGANISATION_SECTORS else "country"
            return Explanation(actor_code=code, name=actor.name, kind=kind, entity_id=actor.entity_id,
                               country=code[:3], sector=code[3:] or None, confidence=0.9,
                               reason=f"{entry.kind} {text!r}: stands for {code} ({actor.name})")
        base = self.code_on(actor.entity_id, on)
        prefix = {"country": "name of", "demonym": "demonym of", "person": "alias of person",
                  "igo": "name of", "group": "name of", "grouping": "name of"}.get(entry.kind, "")
        weak = " (surname only)" if entry.weak else ""
        return Explanation(actor_code=base.actor_code, name=base.name, kind=base.kind, entity_id=base.entity_id,
                           country=base.country, sector=base.sector, confidence=base.confidence,
                           reason=f"{prefix} {actor.name}{weak}; {base.reason}")


# A first word is a common given name when at least this many listed people bear it ("Kim" names two,
# Kim Campbell and Kim Kielsen, and stays a surname; "Ali" names dozens).
COMMON_GIVEN_NAME = 3


def _common_given_names(actors: Iterable[Actor]) -> frozenset[str]:
    """The normalised given names of listed people that at least :data:`COMMON_GIVEN_NAME` of them bear
    (the first word of a name of two words or more, when it is not the surname: "Kim" of Kim Jong Un is)."""
    counts: Counter[str] = Counter()
    for actor in actors:
        words = actor.name.split()
        if actor.kind == "person" and len(words) >= 2 and surname(actor.name, actor.country) != words[0]:
            counts[normalise(words[0])] += 1
    return frozenset(w for w, n in counts.items() if n >= COMMON_GIVEN_NAME)


def _explain(actor: Actor, code: str, reason: str, confidence: float) -> Explanation:
    return Explanation(actor_code=code, name=actor.name, kind=actor.kind, entity_id=actor.entity_id,
                       country=actor.country, sector=actor.sector, confidence=confidence, reason=reason)


_CODED_MAX = 100_000
"""Bound of ``KnowledgeBase._coded`` (entity and date pairs remembered by ``code_on``)."""


@functools.lru_cache(maxsize=65536)
def _holders(kb: KnowledgeBase, country: str, office: str, on: date | None) -> tuple[Tenure, ...]:
    tenures = kb._by_office.get((country, office), ())
    if on is None:
        return tuple(t for t in tenures if t.end is None)
    return tuple(t for t in tenures if t.covers(on))


def bundled_stamp(officeholders: bool = True) -> tuple[tuple[str, int, int], ...]:
    """Path, modification time and size of every bundled data file that a load reads.

    Part of the cache keys below, so that a bundled file edited while a process runs (a long-lived API
    server, a notebook, a test that writes a data folder) is read again instead of served stale. A file
    that cannot be stat'ed (data inside a zip) cannot change either: it stamps as 0, 0. The gazetteer's places
    are part of the knowledge base, so its stamp is included.
    """
    stamps: list[tuple[str, int, int]] = [gazetteer_stamp()]
    for file in data_files(officeholders):
        try:
            info = os.stat(str(file))
        except OSError:
            stamps.append((str(file), 0, 0))
        else:
            stamps.append((str(file), info.st_mtime_ns, info.st_size))
    return tuple(stamps)


@functools.lru_cache(maxsize=4)
def _bundled(officeholders: bool, _stamp: tuple[tuple[str, int, int], ...]) -> tuple[KBBuilder, Hash]:
    """The bundled data read once per set of file stamps, with the hash of what was read.

    Callers must not change the builder or the hash: :func:`_load_cached` copies both.
    """
    builder = KBBuilder()
    load_bundled(builder, officeholders=officeholders)
    digest = hashlib.sha256()
    digest.update(add_places(builder, Gazetteer.load()).encode())
    for file in data_files(officeholders):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return builder, digest


@functools.lru_cache(maxsize=8)
def _load_cached(extra_files: tuple[Path, ...], _stamps: tuple[int, ...], officeholders: bool,
                 bundled: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    base, base_digest = _bundled(officeholders, bundled)
    if not extra_files:
        base.check_overlaps()
        return KnowledgeBase(base, base_digest.hexdigest()[:12])
    # User files go over a copy: the bundled part is read once, and a file that fails leaves it untouched.
    builder = base.copy()
    digest = base_digest.copy()
    for path in extra_files:
        if path.suffix.lower() == ".csv":
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise DetenteError.make("D303", path=str(path), reason=str(err)) from err
            read_officeholders(builder, text, str(path))
        else:
            load_user_file(builder, path)
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    builder.check_overlaps()
    return KnowledgeBase(builder, digest.hexdigest()[:12])
