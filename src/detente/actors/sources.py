"""Readers for the bundled actor data files in ``detente/actors/data/`` (stage 3).

countries.csv, metonyms.csv, agents.csv, titles.csv, igos.toml, groups.toml, groupings.toml and every
officeholders_*.csv; each reader adds to a ``KBBuilder`` and reports bad lines as ``file:line`` errors.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tomllib
from collections.abc import Iterator
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from typing import Any

import pycountry

from detente.actors.builder import KBBuilder, Membership, NameEntry, Period, TitleInfo
from detente.actors.kb_schema import OFFICES, SECTORS, parse_officeholder_row
from detente.actors.names import name_key, slug
from detente.actors.people import PEOPLE_FILE, read_people
from detente.errors import DetenteError
from detente.records import Actor, ActorCode

# Codes that are not in ISO 3166-1 but that news needs (user-assigned Kosovo code, as the EU uses).
NON_ISO_COUNTRIES: frozenset[str] = frozenset({"XKX"})


def data_dir() -> Traversable:
    """The package's bundled data folder."""
    return resources.files("detente.actors").joinpath("data")


def data_files(officeholders: bool = True) -> list[Traversable]:
    """Every bundled data file, sorted by name (what ``kb.version`` hashes); with ``officeholders=False``, without
    the ``officeholders_*.csv`` files and ``people.csv``, which such a load skips."""
    return sorted((f for f in data_dir().iterdir() if f.name.endswith((".csv", ".toml"))
                   and (officeholders or not (f.name.startswith("officeholders_") or f.name == PEOPLE_FILE))),
                  key=lambda f: f.name)


def load_bundled(builder: KBBuilder, *, officeholders: bool = True) -> None:
    """Read every bundled file into ``builder`` (countries first: the others refer to them).

    ``officeholders=False`` skips the ``officeholders_*.csv`` files and ``people.csv`` (the people with
    dated codes are office-holder lists too).
    """
    folder = data_dir()
    _read_countries(builder, folder.joinpath("countries.csv"))
    _read_igos(builder, folder.joinpath("igos.toml"))
    _read_metonyms(builder, folder.joinpath("metonyms.csv"))
    _read_agents(builder, folder.joinpath("agents.csv"))
    _read_titles(builder, folder.joinpath("titles.csv"))
    _read_groups(builder, folder.joinpath("groups.toml"))
    _read_groupings(builder, folder.joinpath("groupings.toml"))
    for file in data_files() if officeholders else ():
        if file.name.startswith("officeholders_") and file.name.endswith(".csv"):
            read_officeholders(builder, file.read_text(encoding="utf-8"), f"detente/actors/data/{file.name}")
    if officeholders:
        _read_home_countries(builder, folder.joinpath("home_countries.csv"))
        people = folder.joinpath(PEOPLE_FILE)
        read_people(builder, people.read_text(encoding="utf-8"), f"detente/actors/data/{PEOPLE_FILE}")


def _read_home_countries(builder: KBBuilder, file: Traversable) -> None:
    """Pin the home state of people who hold office in several states at once (shared monarchs), and the
    nationality of people whose only offices on record are in IGOs (they code by it out of office)."""
    for line, row in _rows(file):
        entity = f"person:{slug(row['name'])}"
        person = builder.actors.get(entity)
        country = row["country"]
        if person is None or country not in builder.country_codes:
            raise DetenteError.make("D301", path=f"detente/actors/data/{file.name}", line=line,
                                    reason=f"unknown person {row['name']!r} or country {country!r}")
        sector = (row.get("sector") or "").strip() or (person.sector if person.sector != "IGO" else None)
        builder.actors[entity] = dataclasses.replace(
            person, country=country, sector=sector, actor_code=ActorCode(country + (sector or "")))


def _rows(file: Traversable) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows with their 1-based line numbers, skipping '#' comment lines."""
    return csv_rows(file.read_text(encoding="utf-8"))


def csv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows of ``text`` with their line numbers; '#' lines and blank lines are skipped."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in lines)))
    for (number, _), row in zip(lines[1:], reader, strict=False):
        yield number, row


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _plurals(demonyms: list[str]) -> list[str]:
    """Derived plurals of -an/-i demonyms ("Iranian" -> "Iranians", "Israeli" -> "Israelis"), also of
    demonyms of several words, whose last word takes the plural ("South Koreans", "Sri Lankans")."""
    out = list(demonyms)
    for d in demonyms:
        if d.endswith(("an", "i")) and d + "s" not in out:
            out.append(d + "s")
    return out


def _read_countries(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for line, row in _rows(file):
        code = (row.get("code") or "").strip()
        iso = pycountry.countries.get(alpha_3=code)
        if iso is None and code not in NON_ISO_COUNTRIES:
            raise DetenteError.make("D304", path=where, line=line, value=code)
        name = row["name"].strip()
        aliases = _split(row.get("aliases"))
        if iso is not None:
            aliases += [n for n in (getattr(iso, "official_name", None), getattr(iso, "common_name", None))
                        if n and n != name]
        builder.country_codes.add(code)
        add_country(builder, code=code, name=name, aliases=aliases,
                    demonyms=_plurals(_split(row.get("demonyms"))), capitals=_split(row.get("capitals")),
                    source="bundled")


def add_country(builder: KBBuilder, *, code: str, name: str, aliases: list[str], demonyms: list[str],
                capitals: list[str], source: str, replace: bool = False) -> None:
    """Register a country with its names, demonyms and capitals."""
    entity = f"country:{code}"
    builder.country_codes.add(code)
    builder.add_actor(Actor(entity_id=entity, name=name, kind="country", actor_code=ActorCode(code),
                            country=code, aliases=tuple(aliases + demonyms), source_kind="reference"),
                      replace=replace)
    for alias in (name, *aliases):
        builder.add_name(alias, NameEntry(kind="country", key=entity, source=source))
    for demonym in demonyms:
        builder.add_name(demonym, NameEntry(kind="demonym", key=entity, source=source))
    for capital in capitals:
        builder.add_name(capital, NameEntry(kind="capital", key=entity, code=code + "GOV", source=source))


def _read_metonyms(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for line, row in _rows(file):
        code = row["code"].strip()
        if code[:3] not in builder.country_codes:
            raise DetenteError.make("D304", path=where, line=line, value=code[:3])
        if code[3:] not in SECTORS:
            raise DetenteError.make("D306", path=where, line=line, value=code[3:])
        builder.add_name(row["name"], NameEntry(kind="metonym", key=f"country:{code[:3]}", code=code))


def _read_agents(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for line, row in _rows(file):
        sector = row["sector"].strip()
        if sector not in SECTORS:
            raise DetenteError.make("D306", path=where, line=line, value=sector)
        builder.add_name(row["word"], NameEntry(kind="agent", key=sector, case="any"))


def _read_titles(builder: KBBuilder, file: Traversable) -> None:
    for _line, row in _rows(file):
        title = row["title"].strip()
        info = TitleInfo(office=row["office"].strip(), scope=frozenset(_split(row.get("scope"))),
                         default=(row.get("default") or "").strip() or None)
        builder.titles[" ".join(name_key(title))].append(info)
        builder.add_name(title, NameEntry(kind="title", key=title.lower(),
                                          case="upper" if title.isupper() else "any"))


def _load_toml(file: Traversable) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise DetenteError.make("D303", path=f"detente/actors/data/{file.name}", reason=str(err)) from err


def parse_member(value: str, where: str) -> Membership:
    """``"CODE"``, ``"CODE:START"`` or ``"CODE:START:END"`` (either date may be empty)."""
    parts = value.split(":")
    try:
        start = date.fromisoformat(parts[1]) if len(parts) > 1 and parts[1] else None
        end = date.fromisoformat(parts[2]) if len(parts) > 2 and parts[2] else None
    except ValueError as err:
        raise DetenteError.make("D301", path=where, line=1, reason=f"bad member {value!r}: {err}") from err
    return Membership(member=parts[0], start=start, end=end)


def _read_igos(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for igo in _load_toml(file).get("igo", []):
        code = igo["code"]
        builder.igo_codes.add(code)
        entity = f"igo:{code}"
        builder.add_actor(Actor(entity_id=entity, name=igo["name"], kind="igo", actor_code=ActorCode(code),
                                sector="IGO", aliases=tuple(igo.get("aliases", ())), source_kind="reference"))
        for alias in (igo["name"], *igo.get("aliases", ())):
            builder.add_name(alias, NameEntry(kind="igo", key=entity))
        head = igo.get("head")
        if head is not None:  # the office "the IAEA chief" / "the head of NATO" names
            if head not in OFFICES:
                raise DetenteError.make("D301", path=where, line=0, reason=f"unknown head office {head!r} of {code}")
            builder.igo_heads[code] = head
        for member in igo.get("members", ()):
            if member == "*":
                builder.members[code].extend(Membership(member=c) for c in sorted(builder.country_codes))
            else:
                builder.members[code].append(parse_member(member, where))


def _read_groups(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for group in _load_toml(file).get("group", []):
        code = group["code"]
        country = group.get("country", code[:3]) or None
        if country is not None and country not in builder.country_codes:
            raise DetenteError.make("D304", path=where, line=1, value=country)
        sector = group.get("sector") or (code[3:6] if len(code) >= 6 else None)
        if sector is not None and sector not in SECTORS:
            raise DetenteError.make("D306", path=where, line=1, value=sector)
        entity = f"group:{slug(group['name'])}"
        builder.add_actor(Actor(entity_id=entity, name=group["name"], kind="group", actor_code=ActorCode(code),
                                country=country, sector=sector, aliases=tuple(group.get("aliases", ())),
                                source_kind="reference"))
        for alias in (group["name"], *group.get("aliases", ())):
            builder.add_name(alias, NameEntry(kind="group", key=entity))
        for period in group.get("period", ()):
            end = period.get("end")
            builder.periods[entity].append(Period(start=date.fromisoformat(period["start"]),
                                                  end=date.fromisoformat(end) if end else None,
                                                  code=period["code"]))


def _read_groupings(builder: KBBuilder, file: Traversable) -> None:
    where = f"detente/actors/data/{file.name}"
    for grouping in _load_toml(file).get("grouping", []):
        code = grouping["code"]
        entity = f"grouping:{code}"
        builder.add_actor(Actor(entity_id=entity, name=grouping["name"], kind="grouping",
                                actor_code=ActorCode(code), aliases=tuple(grouping.get("aliases", ())),
                                source_kind="reference"))
        for alias in (grouping["name"], *grouping.get("aliases", ())):
            builder.add_name(alias, NameEntry(kind="grouping", key=entity))
        builder.members[code].extend(parse_member(m, where) for m in grouping.get("members", ()))


def read_officeholders(builder: KBBuilder, text: str, where: str) -> None:
    """Add the persons and tenures of one ``officeholders_*.csv`` text."""
    for line, row in csv_rows(text):
        parsed = parse_officeholder_row(row, path=where, line=line, is_known=builder.is_known)
        entity = f"person:{slug(parsed.name)}"
        home = parsed.country if parsed.country in builder.country_codes else None
        builder.add_tenure(entity_id=entity, name=parsed.name, office=parsed.office, polity=parsed.country,
                           sector=parsed.sector, start=parsed.start, end=parsed.end, where=f"{where}:{line}")
        builder.add_person_names(entity, parsed.name, parsed.aliases, home, "bundled")
        if entity not in builder.actors or home is not None:
            prev = builder.actors.get(entity)
            builder.actors[entity] = Actor(
                entity_id=entity, name=parsed.name, kind="person",
                actor_code=ActorCode(parsed.country + parsed.sector if home else parsed.country),
                country=home or (prev.country if prev else None),
                sector=parsed.sector if home else (prev.sector if prev else "IGO"),
                aliases=tuple(sorted(builder.person_aliases[entity])),
                source_kind=parsed.source_kind)
