"""Validation of actor data at the edge (stage 3): office-holder CSV rows and user actor files (TOML here; YAML in user_yaml).

Every error names the file and line (KnowledgeBaseError D301/D303/D304/D305/D306).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from detente.errors import DetenteError

# CAMEO sector codes detente accepts (docs/actors-and-tenures.md explains each).
SECTORS: frozenset[str] = frozenset({
    "GOV", "MIL", "REB", "OPP", "COP", "CVL", "LEG", "JUD", "SPY", "MED", "BUS", "REF", "IGO",
    "ELI", "EDU", "HLH", "NGO", "CRM", "LAB", "REL", "UAF", "IMG",
})

# Offices the knowledge base models; every one has at most one holder at a time.
OFFICES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "supreme_leader", "foreign_minister", "defence_minister",
    "secretary_general", "commission_president", "council_president", "high_representative",
    "director_general", "chairperson", "prosecutor",
)

# Offices where two or more people legitimately share the title at once (co-principality,
# collective presidencies); they are exempt from the overlap check.
SHARED_HEADS_OF_STATE: frozenset[str] = frozenset({"AND", "SMR", "BIH", "CHE"})

KINDS = ("country", "person", "igo", "group", "grouping")
Kind = Literal["country", "person", "igo", "group", "grouping"]


class OfficeholderRow(BaseModel):
    """One row of an ``officeholders_*.csv`` file: one office held by one person."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    country: str
    office: Literal[
        "head_of_state", "head_of_government", "supreme_leader", "foreign_minister", "defence_minister",
        "secretary_general", "commission_president", "council_president", "high_representative",
        "director_general", "chairperson", "prosecutor",
    ]
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    start: date
    end: date | None = None
    sector: str = "GOV"
    source_kind: str | None = None

    @field_validator("aliases", mode="before")
    @classmethod
    def _split_aliases(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(a.strip() for a in value.split(";") if a.strip())
        return value

    @field_validator("end", "source_kind", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("sector", mode="before")
    @classmethod
    def _default_sector(cls, value: object) -> object:
        return "GOV" if value in ("", None) else value


class UserTenure(BaseModel):
    """``[[actor.tenure]]`` in a user actor file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    office: str = Field(min_length=1)
    country: str | None = None
    start: date
    end: date | None = None


class UserActor(BaseModel):
    """``[[actor]]`` in a user actor file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kind: Kind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    tenure: tuple[UserTenure, ...] = ()

    @field_validator("code", "country", "sector")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.strip().upper() if value else value


class UserAgent(BaseModel):
    """``[[agent]]`` in a user actor file: a word naming a sector of any country."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    word: str = Field(min_length=1)
    sector: str


class UserFile(BaseModel):
    """A whole user actor file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: tuple[UserActor, ...] = ()
    agent: tuple[UserAgent, ...] = ()


def parse_officeholder_row(row: dict[str, str], *, path: str, line: int,
                           is_known: Callable[[str], bool]) -> OfficeholderRow:
    """Validate one CSV row; ``is_known(code)`` says whether a country/IGO code exists.

    Raises:
        KnowledgeBaseError: D301 (malformed), D304 (unknown country), D305 (end before start),
            D306 (unknown sector).
    """
    start, end = (row.get("start") or "").strip(), (row.get("end") or "").strip()
    if start and end and end <= start and _iso(start) and _iso(end):
        raise DetenteError.make("D305", path=path, line=line, actor=row.get("country", "?"),
                                name=row.get("name", "?"), start=start, end=end)
    try:
        parsed = OfficeholderRow.model_validate({k: (v or "").strip() for k, v in row.items() if k})
    except ValidationError as err:
        raise DetenteError.make("D301", path=path, line=line, reason=_first_error(err)) from err
    if not is_known(parsed.country):
        raise DetenteError.make("D304", path=path, line=line, value=parsed.country)
    if parsed.sector not in SECTORS:
        raise DetenteError.make("D306", path=path, line=line, value=parsed.sector)
    return parsed


def read_user_file(path: Path) -> tuple[UserFile, list[int], list[int], list[int]]:
    """Parse and validate a user actor file.

    Returns:
        The validated file, and the line numbers of each ``[[actor]]``, ``[[actor.tenure]]`` and
        ``[[agent]]`` header in order (for ``path:line`` errors raised later).

    Raises:
        KnowledgeBaseError: D303 when the file cannot be read or is not TOML; D301 when an entry
            is malformed; D305 when a tenure ends before it starts.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DetenteError.make("D303", path=str(path), reason=str(err)) from err
    if path.suffix.lower() not in (".toml", ""):
        raise DetenteError.make("D303", path=str(path),
                                reason=f"unsupported suffix {path.suffix!r} (use a .toml file)")
    try:
        raw: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DetenteError.make("D303", path=str(path), reason=str(err)) from err
    actor_lines = list(_header_lines(text, "actor"))
    tenure_lines = list(_header_lines(text, "actor.tenure"))
    agent_lines = list(_header_lines(text, "agent"))
    _check_tenure_dates(raw, path, actor_lines, tenure_lines)
    try:
        parsed = UserFile.model_validate(raw)
    except ValidationError as err:
        loc = err.errors()[0]["loc"]
        line = 1
        if len(loc) >= 2 and loc[0] in ("actor", "agent") and isinstance(loc[1], int):
            lines = actor_lines if loc[0] == "actor" else agent_lines
            line = lines[loc[1]] if loc[1] < len(lines) else 1
            if len(loc) >= 3 and isinstance(loc[2], str):
                line = _key_line(text, line, loc[2])
        raise DetenteError.make("D301", path=str(path), line=line, reason=_first_error(err)) from err
    return parsed, actor_lines, tenure_lines, agent_lines


def _check_tenure_dates(raw: dict[str, Any], path: Path, actor_lines: list[int],
                        tenure_lines: list[int]) -> None:
    """D305 for a tenure whose end is not after its start (before pydantic sees it)."""
    n = 0
    for actor in raw.get("actor", []) if isinstance(raw.get("actor"), list) else []:
        for tenure in actor.get("tenure", []) if isinstance(actor, dict) else []:
            line = tenure_lines[n] if n < len(tenure_lines) else (actor_lines[0] if actor_lines else 1)
            n += 1
            start, end = tenure.get("start"), tenure.get("end")
            if isinstance(start, str | date) and isinstance(end, str | date) and str(end) <= str(start):
                raise DetenteError.make("D305", path=str(path), line=line, actor=actor.get("code") or "?",
                                        name=actor.get("name", "?"), start=str(start), end=str(end))


def _header_lines(text: str, table: str) -> Iterator[int]:
    pattern = re.compile(r"^\s*\[\[\s*" + re.escape(table) + r"\s*\]\]")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            yield number


def _key_line(text: str, header_line: int, key: str) -> int:
    """The line of ``key = ...`` in the table starting at ``header_line`` (the header when absent)."""
    lines = text.splitlines()
    for number in range(header_line, len(lines)):
        stripped = lines[number].strip()
        if stripped.startswith("["):
            break
        if re.match(re.escape(key) + r"\s*=", stripped):
            return number + 1
    return header_line


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _iso(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
