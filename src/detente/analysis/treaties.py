"""The treaty and alliance registry (analysis stage): load, validate and query treaties and groupings.

The bundled data is ``analysis/data/treaties.toml``; users add files in the same format.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from detente.errors import DetenteError
from detente.records.analysis import Grouping, Membership, Obligation, ObligationKind, Treaty

TREATY_KINDS = frozenset({
    "alliance", "defence_pact", "security_treaty", "strategic_partnership", "friendship",
    "security_partnership", "organisation", "peace_treaty", "normalisation",
})
"""The values allowed for a treaty's ``kind``."""

PARTNERSHIP_KINDS = frozenset({"strategic_partnership", "friendship", "security_partnership"})
"""Kinds that make a pair of parties "partnered" on the relation scale."""

_ID = re.compile(r"^[a-z0-9_]+$")
_CODE = re.compile(r"^[A-Z]{3}$")
_TREATY_KEYS = frozenset({"id", "name", "kind", "code", "actor_codes", "signed", "in_force", "terminated",
                          "source", "members", "notes", "obligation"})
_GROUPING_KEYS = frozenset({"code", "name", "members", "notes"})
_OBLIGATION_KEYS = frozenset({"kind", "article", "members", "excluded_pairs", "conditions"})


@dataclass(frozen=True, slots=True)
class TreatyRegistry:
    """Treaties and groupings, queried by member and date.

    Build it with :meth:`TreatyRegistry.load`; the constructor does no I/O.
    """

    treaties: tuple[Treaty, ...]
    groupings: tuple[Grouping, ...] = ()
    version: str = ""

    @classmethod
    def load(cls, extra_files: Sequence[Path | str] = ()) -> TreatyRegistry:
        """The bundled registry plus the user's ``extra_files`` (same TOML format).

        Raises:
            KnowledgeBaseError: D301 (``file:line: reason``) for an invalid entry, a duplicate id
                or broken TOML; D303 when a file cannot be read.
        """
        bundled = resources.files("detente.analysis").joinpath("data/treaties.toml").read_text("utf-8")
        sources: list[tuple[str, str]] = [("detente/analysis/data/treaties.toml", bundled)]
        for path in extra_files:
            try:
                sources.append((str(path), Path(path).read_text("utf-8")))
            except (OSError, UnicodeDecodeError) as err:
                raise DetenteError.make("D303", path=str(path), reason=str(err)) from err
        treaties: list[Treaty] = []
        groupings: list[Grouping] = []
        seen: dict[str, str] = {}
        digest = hashlib.sha256()
        for name, text in sources:
            digest.update(text.encode("utf-8"))
            file_treaties, file_groupings = parse_registry(text, name)
            for treaty in file_treaties:
                if treaty.treaty_id in seen:
                    raise DetenteError.make("D301", path=name, line=_line_of(text, "id", treaty.treaty_id),
                                            reason=f"duplicate treaty id {treaty.treaty_id!r} "
                                                   f"(already in {seen[treaty.treaty_id]})")
                seen[treaty.treaty_id] = name
                treaties.append(treaty)
            groupings.extend(file_groupings)
        return cls(treaties=tuple(treaties), groupings=tuple(groupings), version=digest.hexdigest()[:12])

    def get(self, treaty_id: str) -> Treaty:
        """The treaty with ``treaty_id``.

        Raises:
            NotFoundError: D902 when there is none.
        """
        treaty = self.find(treaty_id)
        if treaty is None:
            raise DetenteError.make("D902", kind="treaty", value=treaty_id)
        return treaty

    def find(self, treaty_id: str) -> Treaty | None:
        """The treaty with ``treaty_id``, or None when there is none.

        For callers holding ids recorded earlier (a stored verdict's treaties), which may name a treaty
        that a since-changed registry no longer has: they skip it rather than fail.
        """
        return next((t for t in self.treaties if t.treaty_id == treaty_id), None)

    def of(self, code: str, on: date | None = None) -> list[Treaty]:
        """Treaties ``code`` is party to: in force with ``code`` a member on ``on``, or ever when None."""
        country = country_of(code)
        return [t for t in self.treaties if country in _members(t, on)]

    def between(self, a: str, b: str, on: date | None = None) -> list[Treaty]:
        """Treaties binding both ``a`` and ``b``: in force with both members on ``on``, or ever when None."""
        ca, cb = country_of(a), country_of(b)
        if ca == cb:
            return []
        return [t for t in self.treaties if ca in (members := _members(t, on)) and cb in members]

    def members(self, code: str, on: date | None = None) -> frozenset[str] | None:
        """The member countries of the grouping or treaty named ``code`` (``NATO``, ``CRINK``) on ``on``.

        Returns None when ``code`` names no grouping (an organisation's actor code such as
        ``IGOWSTNAT`` names the organisation itself, not its members). With ``on`` None, every member ever.
        """
        for grouping in self.groupings:
            if grouping.code == code:
                return frozenset(m.code for m in grouping.members if on is None or m.covers(on))
        for treaty in self.treaties:
            if treaty.code == code:
                return frozenset(_members(treaty, on) if on is not None else treaty.members_on(None))
        return None

    def memberships(self, code: str) -> tuple[Membership, ...] | None:
        """The dated memberships of the grouping or treaty named ``code``; None when it names none."""
        for grouping in self.groupings:
            if grouping.code == code:
                return grouping.members
        for treaty in self.treaties:
            if treaty.code == code:
                return treaty.members
        return None

    def own_codes(self, code: str) -> tuple[str, ...]:
        """The organisation's own actor codes for a treaty grouping (``NATO`` -> ``IGOWSTNAT``)."""
        for treaty in self.treaties:
            if treaty.code == code:
                return treaty.actor_codes
        return ()


def country_of(code: str) -> str:
    """The country part of an actor code (``RUSGOV`` -> ``RUS``); IGO and other codes unchanged.

    >>> country_of("RUSGOV"), country_of("IRN"), country_of("IGOWSTNAT")
    ('RUS', 'IRN', 'IGOWSTNAT')
    """
    if len(code) > 3 and code[:3].isalpha() and code[:3].isupper() and not code.startswith("IGO"):
        return code[:3]
    return code


def parse_registry(text: str, path: str) -> tuple[list[Treaty], list[Grouping]]:
    """Parse and validate one registry file's ``text``; ``path`` names it in errors.

    Raises:
        KnowledgeBaseError: D301 with the file and line of the first problem.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"line (\d+)", str(err))
        raise DetenteError.make("D301", path=path, line=match.group(1) if match else "?",
                                reason=f"broken TOML: {err}") from err
    unknown = set(data) - {"treaty", "grouping"}
    if unknown:
        raise DetenteError.make("D301", path=path, line=1, reason=f"unknown top-level tables {sorted(unknown)}")
    starts = _table_lines(text, "treaty")
    treaties = [_parse_treaty(entry, path, starts[i] if i < len(starts) else 1, text)
                for i, entry in enumerate(_as_list(data.get("treaty", []), path))]
    gstarts = _table_lines(text, "grouping")
    groupings = [_parse_grouping(entry, path, gstarts[i] if i < len(gstarts) else 1)
                 for i, entry in enumerate(_as_list(data.get("grouping", []), path))]
    return treaties, groupings


def _parse_treaty(entry: dict[str, Any], path: str, line: int, text: str) -> Treaty:
    def fail(reason: str, key: str | None = None) -> DetenteError:
        return DetenteError.make("D301", path=path, line=_key_line(text, line, key) if key else line,
                                 reason=reason)

    unknown = set(entry) - _TREATY_KEYS
    if unknown:
        raise fail(f"unknown treaty fields {sorted(unknown)}")
    treaty_id = entry.get("id")
    if not isinstance(treaty_id, str) or not _ID.match(treaty_id):
        raise fail(f"treaty id must be lower-case letters, digits and _, got {treaty_id!r}", "id")
    for key in ("name", "kind", "source"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise fail(f"treaty {treaty_id!r}: {key!r} is required (a non-empty string)", key)
    if entry["kind"] not in TREATY_KINDS:
        raise fail(f"treaty {treaty_id!r}: unknown kind {entry['kind']!r} "
                   f"(use one of {', '.join(sorted(TREATY_KINDS))})", "kind")
    dates: dict[str, date | None] = {}
    for key in ("signed", "in_force", "terminated"):
        value = entry.get(key)
        if value is not None and (not isinstance(value, date) or hasattr(value, "hour")):
            raise fail(f"treaty {treaty_id!r}: {key} must be a date such as 2024-06-19, got {value!r}", key)
        dates[key] = value
    signed, in_force, terminated = dates["signed"], dates["in_force"], dates["terminated"]
    if signed and in_force and in_force < signed:
        raise fail(f"treaty {treaty_id!r}: in_force {in_force} is before signed {signed}", "in_force")
    start = in_force or signed
    if terminated and start and terminated <= start:
        raise fail(f"treaty {treaty_id!r}: terminated {terminated} is not after {start}", "terminated")
    members = _parse_members(entry.get("members"), lambda r: fail(f"treaty {treaty_id!r}: {r}", "members"))
    if len({m.code for m in members}) < 2:
        raise fail(f"treaty {treaty_id!r}: needs at least two members", "members")
    obligation_lines = _obligation_lines(text, line)
    obligations = tuple(
        _parse_obligation(o, lambda r, n=obligation_lines[i] if i < len(obligation_lines) else line:
                          DetenteError.make("D301", path=path, line=n, reason=f"treaty {treaty_id!r}: {r}"))
        for i, o in enumerate(_as_list(entry.get("obligation", []), path)))
    codes = entry.get("actor_codes", [])
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise fail(f"treaty {treaty_id!r}: actor_codes must be a list of strings", "actor_codes")
    code = entry.get("code")
    if code is not None and not isinstance(code, str):
        raise fail(f"treaty {treaty_id!r}: code must be a string", "code")
    return Treaty(treaty_id=treaty_id, name=entry["name"], kind=entry["kind"], members=members,
                  signed=signed, in_force=in_force, terminated=terminated, obligations=obligations,
                  code=code, actor_codes=tuple(codes), source=entry["source"], notes=entry.get("notes"))


def _parse_grouping(entry: dict[str, Any], path: str, line: int) -> Grouping:
    def fail(reason: str) -> DetenteError:
        return DetenteError.make("D301", path=path, line=line, reason=reason)

    unknown = set(entry) - _GROUPING_KEYS
    if unknown:
        raise fail(f"unknown grouping fields {sorted(unknown)}")
    code, name = entry.get("code"), entry.get("name")
    if not isinstance(code, str) or not code.isupper():
        raise fail(f"grouping code must be upper-case, got {code!r}")
    if not isinstance(name, str):
        raise fail(f"grouping {code!r}: name is required")
    members = _parse_members(entry.get("members"), lambda r: fail(f"grouping {code!r}: {r}"))
    return Grouping(code=code, name=name, members=members, notes=entry.get("notes"))


def _parse_members(value: object, fail: Any) -> tuple[Membership, ...]:
    if not isinstance(value, list) or not value:
        raise fail("members must be a non-empty list of {code = ISO3, joined = date, left = date}")
    out: list[Membership] = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"code", "joined", "left"}:
            raise fail(f"bad member {item!r}")
        code = item.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise fail(f"member code must be an ISO 3166-1 alpha-3 code such as IRN, got {code!r}")
        joined, left = item.get("joined"), item.get("left")
        for key, val in (("joined", joined), ("left", left)):
            if val is not None and not isinstance(val, date):
                raise fail(f"member {code}: {key} must be a date, got {val!r}")
        if joined and left and left <= joined:
            raise fail(f"member {code} leaves ({left}) before it joins ({joined})")
        out.append(Membership(code=code, joined=joined, left=left))
    return tuple(out)


def _parse_obligation(value: object, fail: Any) -> Obligation:
    if not isinstance(value, dict) or set(value) - _OBLIGATION_KEYS:
        raise fail(f"bad obligation {value!r}")
    try:
        kind = ObligationKind(str(value.get("kind")))
    except ValueError as err:
        raise fail(f"unknown obligation kind {value.get('kind')!r} "
                   f"(use one of {', '.join(k.value for k in ObligationKind)})") from err
    pairs = value.get("excluded_pairs", [])
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise fail("excluded_pairs must be a list of [CODE, CODE] pairs")
    members = value.get("members", [])
    if not isinstance(members, list):
        raise fail("obligation members must be a list of codes")
    return Obligation(kind=kind, article=value.get("article"), members=tuple(members),
                      excluded_pairs=tuple((str(p[0]), str(p[1])) for p in pairs),
                      conditions=value.get("conditions"))


def _members(treaty: Treaty, on: date | None) -> tuple[str, ...]:
    if on is None:
        return treaty.members_on(None)
    if not treaty.is_in_force(on):
        return ()
    return treaty.members_on(on)


def _as_list(value: object, path: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise DetenteError.make("D301", path=path, line=1, reason="[[treaty]] and [[grouping]] must be arrays of tables")
    return value


def _table_lines(text: str, name: str) -> list[int]:
    pattern = re.compile(rf"^\s*\[\[\s*{name}\s*\]\]")
    return [i for i, line in enumerate(text.splitlines(), start=1) if pattern.match(line)]


def _obligation_lines(text: str, start: int) -> list[int]:
    out: list[int] = []
    for i, line in enumerate(text.splitlines()[start:], start=start + 1):
        if re.match(r"^\s*\[\[\s*(treaty|grouping)\s*\]\]", line):
            break
        if re.match(r"^\s*\[\[\s*treaty\.obligation\s*\]\]", line):
            out.append(i)
    return out


def _key_line(text: str, start: int, key: str) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    lines = text.splitlines()
    for i in range(start, len(lines) + 1):
        if i > start and re.match(r"^\s*\[\[\s*(treaty|grouping)\s*\]\]", lines[i - 1]):
            break
        if pattern.match(lines[i - 1]):
            return i
    return start


def _line_of(text: str, key: str, value: str) -> int:
    pattern = re.compile(rf'^\s*{re.escape(key)}\s*=\s*"{re.escape(value)}"')
    matches = [i for i, line in enumerate(text.splitlines(), start=1) if pattern.match(line)]
    return matches[-1] if matches else 1


@lru_cache(maxsize=1)
def default_registry() -> TreatyRegistry:
    """The bundled registry, loaded once per process."""
    return TreatyRegistry.load()


def iter_obligation_kinds(treaties: Iterable[Treaty], a: str, b: str) -> frozenset[ObligationKind]:
    """The obligation kinds binding ``a`` and ``b`` across ``treaties``."""
    out: set[ObligationKind] = set()
    for treaty in treaties:
        out |= treaty.obligation_kinds(country_of(a), country_of(b))
    return frozenset(out)
