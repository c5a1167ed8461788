"""People outside the fixed offices, with dated codes (stage 3): ``data/people.csv``.

The office-holder files cover heads of state and government and a few ministers. News also names
leaders of armed groups (Nasrallah, Prigozhin), army and intelligence chiefs (Gerasimov, Burns) and
opposition leaders (Navalny, Machado) whose side is plain but who hold none of those offices. Each row
gives one such person a code over a span of dates; a person may have several rows (an opposition
leader before and after a term in office), and a person who also holds listed offices codes by the
office on the days it covers, by these rows on the others ("Pashinyan" is ``ARMOPP`` until he became
prime minister on 2018-05-08, ``ARMGOV`` from that day).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from detente.actors.builder import KBBuilder, Period
from detente.actors.kb_schema import SECTORS
from detente.actors.names import slug
from detente.errors import DetenteError
from detente.records import Actor, ActorCode

PEOPLE_FILE = "people.csv"
# Codes that are not a country's: transnational armed groups (IMG...) and international NGOs (NGO...).
TRANSNATIONAL_PREFIXES = frozenset({"IMG", "NGO"})


def read_people(builder: KBBuilder, text: str, where: str) -> None:
    """Add the people of a ``people.csv`` text (columns ``name,code,start,end,aliases,role``).

    Read after the office-holder files: a person already known from them keeps their tenures and gains
    the rows' periods and aliases. A code may also be an IGO's own code (the heads of UN offices and
    agencies: ``IGOUNOHCR``). Raises D301 (malformed row), D304 (unknown country) or D305 (end before
    start), naming ``where`` and the line.
    """
    from detente.actors.sources import csv_rows  # sources imports this module's reader

    for line, row in csv_rows(text):
        name = (row.get("name") or "").strip()
        code = (row.get("code") or "").strip().upper()
        if not name or not code:
            raise DetenteError.make("D301", path=where, line=line, reason="a row needs a name and a code")
        _check_code(builder, code, where, line)
        start = _date(row.get("start"), where, line) or date.min
        end = _date(row.get("end"), where, line)
        if end is not None and end <= start:
            raise DetenteError.make("D305", path=where, line=line, actor="person", name=name, start=str(start),
                                    end=str(end))
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
        entity = f"person:{slug(name)}"
        country, sector = _country_sector(builder, code)
        builder.person_periods[entity].append(
            Period(start=start, end=end, code=code, role=(row.get("role") or "").strip()))
        known = builder.actors.get(entity)
        if known is None:
            builder.actors[entity] = Actor(entity_id=entity, name=name, kind="person", actor_code=ActorCode(code),
                                           country=country, sector=sector, aliases=aliases,
                                           source_kind="reference")
        elif known.kind == "person" and not builder.person_rows.get(entity):
            # Several rows, no office: the person's own code is that of their latest row.
            latest = max(builder.person_periods[entity], key=lambda p: p.start)
            latest_country, latest_sector = _country_sector(builder, latest.code)
            builder.actors[entity] = dataclasses.replace(
                known, actor_code=ActorCode(latest.code), country=latest_country, sector=latest_sector,
                aliases=tuple(dict.fromkeys((*known.aliases, *aliases))))
        builder.add_person_names(entity, name, aliases, country, "bundled")


def _country_sector(builder: KBBuilder, code: str) -> tuple[str | None, str | None]:
    """The country and sector a row's code gives its person (an IGO's own code has neither; a non-governmental
    organisation's own code, ``NGOHRW``, gives the organisation's sector)."""
    group = _transnational_group(builder, code)
    if group is not None:
        return group.country, group.sector
    country = code[:3] if code[:3] in builder.country_codes else None
    return country, None if code in builder.igo_codes else code[3:6] or None


def _check_code(builder: KBBuilder, code: str, where: str, line: int) -> None:
    if code in builder.igo_codes:  # heads of UN offices and agencies: the organisation's own code
        return
    if _transnational_group(builder, code) is not None:  # heads of NGOs: "NGOHRW" (groups.toml), not sector "HRW"
        return
    prefix, sector = code[:3], code[3:6]
    if prefix not in builder.country_codes and prefix not in TRANSNATIONAL_PREFIXES:
        raise DetenteError.make("D304", path=where, line=line, value=prefix)
    if sector and sector not in SECTORS:
        raise DetenteError.make("D306", path=where, line=line, value=sector)


def code_sector(code: str) -> str | None:
    """The sector a person row's code gives: its letters after the country (``RUSMIL`` -> MIL), or the transnational
    prefix of an organisation's own code (``NGOHRW`` -> NGO, not "HRW")."""
    sector = code[3:6]
    if sector in SECTORS or code[:3] not in TRANSNATIONAL_PREFIXES:
        return sector or None
    return code[:3]


def _transnational_group(builder: KBBuilder, code: str) -> Actor | None:
    """The group of ``groups.toml`` whose own code is ``code`` when that code has a transnational prefix
    (``NGOHRW``: Human Rights Watch), else None. Groups are read before people."""
    if code[:3] not in TRANSNATIONAL_PREFIXES or code[3:6] in SECTORS:
        return None
    return next((a for a in builder.actors.values() if a.kind == "group" and str(a.actor_code) == code), None)


def _date(value: str | None, where: str, line: int) -> date | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DetenteError.make("D301", path=where, line=line,
                                reason=f"bad date {text!r}: write dates as YYYY-MM-DD") from None
