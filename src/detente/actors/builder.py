"""Assembling the actor knowledge base from its sources (stage 3): entities, names, titles, tenures.

The readers in ``sources.py`` and ``userfile.py`` add to a ``KBBuilder``; ``KnowledgeBase`` is built
from the finished builder and never changes afterwards.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from detente.actors.kb_schema import SHARED_HEADS_OF_STATE
from detente.actors.names import (
    FAMILY_NAME_FIRST,
    WORD_SURNAMES,
    article_variants,
    name_key,
    name_tokens,
    normalise,
    surname,
)
from detente.errors import DetenteError
from detente.records import Actor, ActorCode, Tenure

# When one name has several meanings, the higher priority wins (user entries win over all).
PRIORITY: dict[str, int] = {
    "person": 90, "group": 80, "igo": 75, "grouping": 70, "metonym": 65, "country": 60,
    "capital": 50, "demonym": 45, "title": 40, "agent": 30, "honorific": 20, "place": 10,
}
USER_BONUS = 100
# An automatic surname ranks below every other kind of name ("Wagner" the group, not Jaques Wagner).
WEAK_PRIORITY = 35
# A one-word person alias ranks below groups, IGOs, metonyms and countries of the same name.
SINGLE_WORD_PERSON_PRIORITY = 55


@dataclass(frozen=True, slots=True, kw_only=True)
class NameEntry:
    """What an indexed name denotes.

    ``kind`` is one of the PRIORITY keys; ``key`` is an entity id (entities), a sector (agents) or a
    title key (titles); ``code`` is a metonym's actor code. ``case`` is ``"any"``, ``"cap"`` (the text
    must be capitalised) or ``"upper"`` (acronyms: the text must be upper case). ``needs_the``: the
    name counts only after "the" ("the West"). ``weak``: an automatic surname, used only for
    proper nouns and when it is unambiguous. ``partial``: a person alias shorter than the full name
    ("al-Thani"), which does not count inside a longer unknown name.
    """

    kind: str
    key: str
    code: str = ""
    priority: int = 0
    case: str = "any"
    needs_the: bool = False
    weak: bool = False
    partial: bool = False
    source: str = "bundled"


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleInfo:
    """A title word and the office it names, with the countries/IGOs where it does."""

    office: str
    scope: frozenset[str] = frozenset()
    default: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """A span of dates over which a group codes differently (the Taliban governing from 2021)."""

    start: date
    end: date | None
    code: str
    role: str = ""  # what the person was over the span ("Hezbollah secretary-general"); empty for groups

    def covers(self, day: date) -> bool:
        """True when ``day`` falls in ``[start, end)``."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Membership:
    """A member of an IGO or grouping over ``[start, end)`` (None = open)."""

    member: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date | None) -> bool:
        """True when the membership holds on ``day`` (always, when day is None and it is open)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class KBBuilder:
    """Mutable accumulator used only while loading."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[tuple[str, ...], list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[TitleInfo]] = field(default_factory=lambda: defaultdict(list))
    tenures: list[tuple[Tenure, str, str]] = field(default_factory=list)  # tenure, sector, where
    periods: dict[str, list[Period]] = field(default_factory=lambda: defaultdict(list))
    members: dict[str, list[Membership]] = field(default_factory=lambda: defaultdict(list))
    country_codes: set[str] = field(default_factory=set)
    igo_codes: set[str] = field(default_factory=set)
    igo_heads: dict[str, str] = field(default_factory=dict)  # IGO code -> the office its "chief" holds
    person_aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    person_rows: dict[str, list[tuple[str, str, date, date | None]]] = field(
        default_factory=lambda: defaultdict(list))  # entity -> (country, sector, start, end)
    person_periods: dict[str, list[Period]] = field(
        default_factory=lambda: defaultdict(list))  # entity -> dated codes from people.csv

    def copy(self) -> KBBuilder:
        """A builder that starts with this one's contents and can be added to without changing it.

        Why: the bundled data takes a second or more to read, and every user file is merged over it;
        building the bundled part once and copying it keeps loading many user files cheap. Every entry
        (actors, names, tenures, periods...) is immutable, so copying the containers one level deep is
        enough for the copy and the original never to share anything that is added to.
        """
        return KBBuilder(
            actors=dict(self.actors),
            names=defaultdict(list, {k: list(v) for k, v in self.names.items()}),
            titles=defaultdict(list, {k: list(v) for k, v in self.titles.items()}),
            tenures=list(self.tenures),
            periods=defaultdict(list, {k: list(v) for k, v in self.periods.items()}),
            members=defaultdict(list, {k: list(v) for k, v in self.members.items()}),
            country_codes=set(self.country_codes),
            igo_codes=set(self.igo_codes),
            igo_heads=dict(self.igo_heads),
            person_aliases=defaultdict(set, {k: set(v) for k, v in self.person_aliases.items()}),
            person_rows=defaultdict(list, {k: list(v) for k, v in self.person_rows.items()}),
            person_periods=defaultdict(list, {k: list(v) for k, v in self.person_periods.items()}),
        )

    def is_known(self, code: str) -> bool:
        """A country or IGO code this builder knows."""
        return code in self.country_codes or code in self.igo_codes

    def add_name(self, name: str, entry: NameEntry) -> None:
        """Index ``name`` (a leading "the " makes the entry need "the" in the text)."""
        text = name.strip()
        needs_the = entry.needs_the
        if text.lower().startswith("the "):
            text, needs_the = text[4:].strip(), True
        key = name_key(text)
        if not key:
            return
        first = text.lstrip("'")
        case = entry.case
        if case == "any" and first[:1].isupper():
            letters = [c for c in text if c.isalpha()]
            case = "upper" if (len(letters) <= 5 and all(c.isupper() for c in letters)) else "cap"
        priority = entry.priority or PRIORITY[entry.kind] + (USER_BONUS if entry.source != "bundled" else 0)
        if entry.weak:
            priority = WEAK_PRIORITY + (USER_BONUS if entry.source != "bundled" else 0)
        elif entry.kind == "person" and len(key) == 1 and not entry.priority:
            priority = SINGLE_WORD_PERSON_PRIORITY + (USER_BONUS if entry.source != "bundled" else 0)
        new = NameEntry(kind=entry.kind, key=entry.key, code=entry.code, priority=priority, case=case,
                        needs_the=needs_the, weak=entry.weak, partial=entry.partial, source=entry.source)
        for indexed in (key, *_joined_keys(text)):
            bucket = self.names[indexed]
            if new not in bucket:
                bucket.append(new)

    def add_actor(self, actor: Actor, *, replace: bool = False) -> None:
        """Register an entity (``replace``: a user entry overrides a bundled one)."""
        if replace or actor.entity_id not in self.actors:
            self.actors[actor.entity_id] = actor

    def add_tenure(self, *, entity_id: str, name: str, office: str, polity: str, sector: str,
                   start: date, end: date | None, where: str) -> None:
        """Record an office held; ``polity`` is a country or IGO code."""
        code = polity if polity in self.igo_codes else polity + sector
        tenure = Tenure(entity_id=entity_id, name=name, office=office, country=polity,
                        actor_code=ActorCode(code), start=start, end=end)
        self.tenures.append((tenure, sector, where))
        self.person_rows[entity_id].append((polity, sector, start, end))

    def add_person_names(self, entity_id: str, name: str, aliases: tuple[str, ...], country: str | None,
                         source: str) -> None:
        """Index a person's full name, aliases and (weakly) surname."""
        words = len(name.split())
        for listed in dict.fromkeys((name, *aliases)):
            # Compared normalised: "Gonzalez" is as partial as "González" ("Edmundo Gonzalez" is another man).
            partial = len(listed.split()) < words and name_key(listed.split()[-1]) == name_key(name.split()[-1])
            for alias in article_variants(listed):  # "al-Bashir" is also written "El Bashir"
                self.add_name(alias, NameEntry(kind="person", key=entity_id, partial=partial, source=source))
                self.person_aliases[entity_id].add(alias)
        last = surname(name, country)
        parts = name.split()
        if country in FAMILY_NAME_FIRST and len(parts) > 1 and parts[-1] in aliases:
            last = None  # "Eric Chu" (alias "Chu"): a name of a family-name-first country given in Western order
        if last and all(last != a for a in aliases):
            self.add_name(last, NameEntry(kind="person", key=entity_id, weak=True, source=source))
        bare = _without_article(last)
        if bare and bare.lower() not in WORD_SURNAMES and all(bare != a for a in aliases):
            # Round thirty-two: English news drops an Arabic surname's article after the first mention ("Ahmed
            # al-Sharaa ... Sharaa said", "Burhan", "Sudani"): the bare surname is as weak as the surname itself.
            self.add_name(bare, NameEntry(kind="person", key=entity_id, weak=True, source=source))

    def check_overlaps(self) -> None:
        """D302 when two holders of a single-holder office overlap in time."""
        by_office: dict[tuple[str | None, str], list[tuple[Tenure, str]]] = defaultdict(list)
        for tenure, _sector, where in self.tenures:
            if tenure.office == "head_of_state" and tenure.country in SHARED_HEADS_OF_STATE:
                continue
            by_office[(tenure.country, tenure.office)].append((tenure, where))
        for (country, office), rows in by_office.items():
            rows.sort(key=lambda r: r[0].start)
            for (a, where_a), (b, where) in zip(rows, rows[1:], strict=False):
                if a.end is None or b.start < a.end:
                    raise DetenteError.make(
                        "D302", path=where, office=f"{office} of {country}",
                        first=f"{a.name} ({a.start}..{a.end or ''}, {where_a})",
                        second=f"{b.name} ({b.start}..{b.end or ''})")


def _joined_keys(text: str) -> tuple[tuple[str, ...], ...]:
    """The key of ``text`` as ``load_model``'s tokenizer reads it when the name holds a word of lowercase letters
    joined by hyphens ("anti-balaka"): that word is one token in the text, though the name's own key splits it at
    the hyphens (round twenty-seven: lowercase "anti-balaka" was never found). Empty when nothing is joined."""
    tokens = name_tokens(text)
    if "-" not in tokens:
        return ()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        while (i + 2 < len(tokens) and tokens[i + 1] == "-" and word.replace("-", "").isalpha() and word.islower()
               and tokens[i + 2].isalpha() and tokens[i + 2].islower()):
            word, i = f"{word}-{tokens[i + 2]}", i + 2
        out.append(word)
        i += 1
    joined = tuple(normalise(w) for w in out)
    return (joined,) if len(joined) < len(tokens) else ()


_ARTICLE_SURNAME = re.compile(r"^(?:al|el)[- ]([A-Z][a-z]{3,})$")


# Bare surnames that are also a title or a common given name, never read alone as the surname's bearer ("Sheikh
# Tamim", "Sadiq Khan", "King Faisal").
_BARE_SURNAME_WORDS = frozenset({"Sheikh", "Sadiq", "Faisal", "Mahdi", "Sharif", "Hussein", "Hassan", "Abdullah"})


def _without_article(last: str | None) -> str | None:
    """``Sharaa`` of the surname ``al-Sharaa`` (or ``el-Sisi``), written with a small article as news writes a
    person's surname (not a dynasty's "Al Thani"): one word of four letters or more, else None."""
    found = _ARTICLE_SURNAME.match(last) if last else None
    return found.group(1) if found and found.group(1) not in _BARE_SURNAME_WORDS else None
