"""Reader for PETRARCH/TABARI-format actor and agent dictionaries (stage 3, interoperability).

Converts them to detente's user actor file (TOML), so users migrating from PETRARCH can run
``detente code --actors converted.toml`` with their own dictionaries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.actors.kb_schema import SECTORS
from detente.errors import DetenteError

__all__ = [
    "PetrarchActor",
    "PetrarchAgent",
    "PetrarchCode",
    "UserActorEntry",
    "UserAgentEntry",
    "convert_actors",
    "convert_agents",
    "petrarch_to_user_toml",
    "read_petrarch_actors",
    "read_petrarch_agents",
    "render_user_toml",
    "write_user_actor_file",
]

NULL_CODES = frozenset({"---", "+++", "###"})
"""PETRARCH's null-actor and discard codes: they name no actor detente can code."""

# Codes that are valid country prefixes without being ISO 3166 entries.
_EXTRA_COUNTRY_CODES = frozenset({"XKX", "TWN", "PSE", "IMG", "IGO"})
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<date>\d{6}|\d{8})"
    r"|(?P<start>\d{6}|\d{8})\s*-\s*(?P<end>\d{6}|\d{8}))?$"
)
_MACRO_DEF = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<values>.+)$")
_MACRO_USE = re.compile(r"!([A-Za-z0-9_]+)!")
_AGENT_CODE = re.compile(r"^~(?P<sector>[A-Za-z]+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchCode:
    """One code block of a dictionary entry; dates bound a half-open range ``[start, end)``.

    ``[HOB <950601]`` has ``end`` 1995-06-01; ``[HOBREB >990816]`` has ``start`` 1999-08-16;
    ``[HOBGOV 19950601-19990815]`` has both.
    """

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        """True when the code applies on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchActor:
    """An actor entry: its primary phrase, synonyms (``+`` lines) and code blocks."""

    names: tuple[str, ...]
    codes: tuple[PetrarchCode, ...]
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchAgent:
    """An agent entry: the phrases it matches (plural forms included) and its ``~SECTOR`` code."""

    words: tuple[str, ...]
    code: str
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class UserActorEntry:
    """One ``[[actor]]`` of a user actor file; ``note`` is written as a comment above it."""

    name: str
    kind: str
    code: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class UserAgentEntry:
    """One ``[[agent]]`` of a user actor file."""

    word: str
    sector: str


def read_petrarch_actors(path: str | Path) -> list[PetrarchActor]:
    """Parse a PETRARCH actor dictionary (``NAME [CODE]``, ``+SYNONYM``, dated code blocks, comments).

    Raises:
        KnowledgeBaseError: D303 when the file cannot be read, D301 (``path:line``) for a broken entry.
    """
    actors: list[PetrarchActor] = []
    names: list[str] = []
    codes: list[PetrarchCode] = []
    start_line = 0
    for number, text in _content_lines(path):
        if text.startswith("+"):
            if not names:
                raise DetenteError.make("D301", path=str(path), line=number,
                                        reason=f"synonym {text!r} before any actor entry")
            names.append(_phrase(text[1:].split("[", 1)[0]))
            codes.extend(_codes(text, path, number))
        elif text.startswith("["):
            if not names:
                raise DetenteError.make("D301", path=str(path), line=number,
                                        reason=f"code block {text!r} before any actor entry")
            codes.extend(_codes(text, path, number))
        else:
            if names:
                actors.append(PetrarchActor(names=tuple(names), codes=tuple(codes), line=start_line))
            names, codes, start_line = [_phrase(text.split("[", 1)[0])], _codes(text, path, number), number
    if names:
        actors.append(PetrarchActor(names=tuple(names), codes=tuple(codes), line=start_line))
    return [a for a in actors if a.names[0]]


def read_petrarch_agents(path: str | Path) -> list[PetrarchAgent]:
    """Parse a PETRARCH agent dictionary (``WORD {PLURALS} [~SEC]`` and ``!MACRO! = A, B`` lines).

    Plurals: ``{}`` means none, ``{A B}`` lists them, and without braces a regular English plural
    of the last word is derived. ``!MACRO!`` inside a phrase expands to each of its values (which
    already list singular and plural forms, so no plural is derived for them).

    Raises:
        KnowledgeBaseError: D303 when the file cannot be read, D301 (``path:line``) for a broken entry.
    """
    macros: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for number, text in _content_lines(path):
        definition = _MACRO_DEF.match(text)
        if definition:
            macros[definition["name"].upper()] = [v.strip() for v in definition["values"].split(",") if v.strip()]
            continue
        blocks = _CODE_BLOCK.findall(text)
        if len(blocks) != 1:
            raise DetenteError.make("D301", path=str(path), line=number,
                                    reason=f"an agent line needs exactly one [code] block: {text!r}")
        head = text.split("[", 1)[0]
        plurals: list[str] | None = None
        if "{" in head:
            head, braces = head.split("{", 1)
            plurals = [_phrase(p) for p in braces.split("}", 1)[0].split() if p.strip()]
        words: list[str] = []
        has_macro = _MACRO_USE.search(head) is not None  # macro values already list their forms
        for phrase in _expand_macros(head.strip(), macros):
            singular = _phrase(phrase)
            words.append(singular)
            if plurals is None and not has_macro:
                words.append(_plural(singular))
        words.extend(plurals or [])
        agents.append(PetrarchAgent(words=tuple(dict.fromkeys(w for w in words if w)),
                                    code=blocks[0].replace(" ", ""), line=number))
    return agents


def convert_actors(actors: Iterable[PetrarchActor], *, on: date | None = None) -> tuple[list[UserActorEntry], list[str]]:
    """Map PETRARCH actor entries to user-file entries; returns (entries, notes on what was dropped).

    A three-letter code becomes a ``country`` (PETRARCH gives persons country codes too, so
    "Bilbo [HOB]" makes "Bilbo" a name of the country HOB); an ``IGO...`` code an ``igo``; any
    longer code a ``group`` whose country is its first three letters and whose sector is the next
    three when detente knows that sector. Dated code blocks cannot be expressed as offices, so one
    code is kept: the one in force ``on`` that day when given, otherwise the undated block, otherwise
    the open-ended or latest one; the others are listed in the entry's note. Country prefixes that
    are neither declared in the dictionary nor ISO codes are declared as countries of their own.
    """
    entries: list[UserActorEntry] = []
    notes: list[str] = []
    for actor in actors:
        chosen, dropped = _choose_code(actor.codes, on)
        label = f"line {actor.line} {actor.names[0]!r}"
        if chosen is None or chosen.code in NULL_CODES:
            notes.append(f"PETRARCH {label}: no usable code ({', '.join(_describe(c) for c in actor.codes) or 'none'})")
            continue
        code = chosen.code.upper()
        extra_codes = [c for c in code.split("/") if c]
        code = extra_codes[0]
        note_parts = []
        if len(extra_codes) > 1:
            note_parts.append(f"compound code {chosen.code} kept as {code}")
        if dropped:
            note_parts.append("date restrictions not kept: " + "; ".join(_describe(c) for c in dropped))
        note = f"PETRARCH {label}: " + ", ".join(note_parts) if note_parts else None
        if note:
            notes.append(note)
        name = _display(actor.names[0])
        aliases = tuple(dict.fromkeys(a for n in actor.names for a in _aliases(n) if a != name))
        if len(code) == 3:
            entries.append(UserActorEntry(name=name, kind="country", code=code, aliases=aliases, note=note))
        elif code.startswith("IGO"):
            entries.append(UserActorEntry(name=name, kind="igo", code=code, aliases=aliases, note=note))
        else:
            sector = code[3:6] if code[3:6] in SECTORS else None
            entries.append(UserActorEntry(name=name, kind="group", code=code, country=code[:3], sector=sector,
                                          aliases=aliases, note=note))
    declared = {e.code for e in entries if e.kind == "country"}
    missing = sorted({e.code[:3] for e in entries if e.kind == "group"} - declared)
    synthetic = [UserActorEntry(name=prefix, kind="country", code=prefix,
                                note=f"country code {prefix} used by group codes of the dictionary")
                 for prefix in missing if not _is_iso_country(prefix)]
    return synthetic + entries, notes


def convert_agents(agents: Iterable[PetrarchAgent]) -> tuple[list[UserAgentEntry], list[str]]:
    """Map ``[~SEC]`` agents to user-file agents (sector = the first three letters when detente knows it)."""
    entries: list[UserAgentEntry] = []
    notes: list[str] = []
    for agent in agents:
        match = _AGENT_CODE.match(agent.code)
        sector = match["sector"].upper()[:3] if match else None
        if sector is None or sector not in SECTORS:
            notes.append(f"PETRARCH agent line {agent.line} {agent.words[0]!r}: code [{agent.code}] names no detente sector")
            continue
        entries.extend(UserAgentEntry(word=word.lower(), sector=sector) for word in agent.words)
    return entries, notes


def render_user_toml(entries: Sequence[UserActorEntry | UserAgentEntry], *, header: str = "") -> str:
    """The TOML text of a user actor file holding ``entries`` (actors first, then agents)."""
    lines = ["# detente user actor file: merged over the bundled knowledge base (user entries win on conflicts)"]
    lines.extend(f"# {h}" for h in header.splitlines() if h.strip())
    for entry in entries:
        if isinstance(entry, UserActorEntry):
            lines.append("")
            if entry.note:
                lines.append(f"# {entry.note}")
            lines.append("[[actor]]")
            lines.append(f"name = {_toml_str(entry.name)}")
            lines.append(f"kind = {_toml_str(entry.kind)}")
            lines.append(f"code = {_toml_str(entry.code)}")
            if entry.country:
                lines.append(f"country = {_toml_str(entry.country)}")
            if entry.sector:
                lines.append(f"sector = {_toml_str(entry.sector)}")
            if entry.aliases:
                lines.append("aliases = [" + ", ".join(_toml_str(a) for a in entry.aliases) + "]")
    for entry in entries:
        if isinstance(entry, UserAgentEntry):
            lines.extend(["", "[[agent]]", f"word = {_toml_str(entry.word)}", f"sector = {_toml_str(entry.sector)}"])
    return "\n".join(lines) + "\n"


def write_user_actor_file(entries: Sequence[UserActorEntry | UserAgentEntry], path: str | Path, *,
                          header: str = "") -> None:
    """Write ``entries`` as a user actor file at ``path`` (UTF-8).

    Raises:
        StoreError: D504 when the file cannot be written.
    """
    try:
        Path(path).write_text(render_user_toml(entries, header=header), encoding="utf-8")
    except OSError as err:
        raise DetenteError.make("D504", path=str(path), reason=err.strerror or str(err)) from err


def petrarch_to_user_toml(actors_path: str | Path, agents_path: str | Path | None = None, *,
                          on: date | None = None) -> str:
    """Convert PETRARCH actor (and agent) dictionaries to the TOML of a detente user actor file.

    What could not be converted (null/discard codes, compound codes, date restrictions, agents
    whose code is not a sector) is listed in comments at the top of the file.

    >>> petrarch_to_user_toml("ACTORS.txt")  # doctest: +SKIP
    """
    actor_entries, notes = convert_actors(read_petrarch_actors(actors_path), on=on)
    entries: list[UserActorEntry | UserAgentEntry] = list(actor_entries)
    if agents_path is not None:
        agent_entries, agent_notes = convert_agents(read_petrarch_agents(agents_path))
        entries.extend(agent_entries)
        notes.extend(agent_notes)
    header = f"converted from PETRARCH dictionaries: {Path(actors_path).name}"
    if agents_path is not None:
        header += f", {Path(agents_path).name}"
    if notes:
        header += "\nnot converted or simplified:\n" + "\n".join(f"  {n}" for n in notes)
    return render_user_toml(entries, header=header)


def _content_lines(path: str | Path) -> list[tuple[int, str]]:
    """Non-empty lines with comments removed (``#`` to end of line, ``<!-- ... -->`` blocks)."""
    try:
        raw = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise DetenteError.make("D303", path=str(path), reason=err.strerror or str(err)) from err
    lines: list[tuple[int, str]] = []
    in_block = False
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if in_block:
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_block = "-->" not in stripped
            continue
        text = line.split("#", 1)[0].strip()
        if text:
            lines.append((number, text))
    return lines


def _codes(text: str, path: str | Path, number: int) -> list[PetrarchCode]:
    if text.count("[") != text.count("]"):
        raise DetenteError.make("D301", path=str(path), line=number, reason=f"unbalanced brackets in {text!r}")
    codes: list[PetrarchCode] = []
    for block in _CODE_BLOCK.findall(text):
        match = _RESTRICTION.match(block.strip())
        if not match:
            raise DetenteError.make("D301", path=str(path), line=number, reason=f"cannot read code block [{block}]")
        start = end = None
        try:
            if match["op"] == "<":
                end = _date(match["date"])
            elif match["op"] == ">":
                start = _date(match["date"])
            elif match["start"]:
                start, end = _date(match["start"]), _date(match["end"])
        except ValueError as err:
            raise DetenteError.make("D301", path=str(path), line=number,
                                    reason=f"invalid date in [{block}]: {err}") from err
        if start is not None and end is not None and end <= start:
            raise DetenteError.make("D301", path=str(path), line=number,
                                    reason=f"date range in [{block}] ends before it starts")
        codes.append(PetrarchCode(code=match["code"].upper(), start=start, end=end))
    return codes


def _date(value: str) -> date:
    """``YYMMDD`` (years 30-99 are 19xx, 00-29 are 20xx) or ``YYYYMMDD``."""
    if len(value) == 6:
        year = int(value[:2])
        value = f"{1900 + year if year >= 30 else 2000 + year}{value[2:]}"
    return date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def _choose_code(codes: Sequence[PetrarchCode], on: date | None) -> tuple[PetrarchCode | None, list[PetrarchCode]]:
    if not codes:
        return None, []
    if on is not None:
        chosen = next((c for c in codes if (c.start or c.end) and c.covers(on)), None)
        chosen = chosen or next((c for c in codes if c.start is None and c.end is None), None)
    else:
        chosen = next((c for c in codes if c.start is None and c.end is None), None)
        if chosen is None:
            chosen = max(codes, key=lambda c: (c.end is None, c.end or date.max, c.start or date.min))
    return chosen, [c for c in codes if c is not chosen and (c.start or c.end)]


def _describe(code: PetrarchCode) -> str:
    if code.start and code.end:
        return f"{code.code} {code.start.isoformat()}..{code.end.isoformat()}"
    if code.end:
        return f"{code.code} before {code.end.isoformat()}"
    if code.start:
        return f"{code.code} from {code.start.isoformat()}"
    return code.code


def _phrase(text: str) -> str:
    """``MINAS_TIRITH`` -> ``MINAS TIRITH``; a trailing ``_`` (exact-match marker) is dropped."""
    return " ".join(text.replace("_", " ").split())


def _display(phrase: str) -> str:
    """Title case, keeping words with dots (``U.S.``) as written."""
    return " ".join(w if "." in w else w[:1].upper() + w[1:].lower() for w in phrase.split())


def _aliases(phrase: str) -> list[str]:
    """The display form, plus the all-capitals form of a short one-word name (IMF, PLO, UAE)."""
    forms = [_display(phrase)]
    if " " not in phrase and len(phrase) <= 4 and phrase.isupper():
        forms.append(phrase)
    return forms


def _plural(phrase: str) -> str:
    """Regular English plural of the last word (PETRARCH derives plurals the same way)."""
    head, _, last = phrase.rpartition(" ")
    upper = last.upper()
    if upper.endswith(("S", "X", "Z", "CH", "SH")):
        last = last + "ES"
    elif upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        last = last[:-1] + "IES"
    else:
        last = last + "S"
    return f"{head} {last}" if head else last


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    match = _MACRO_USE.search(phrase)
    if not match:
        return [phrase]
    values = macros.get(match.group(1).upper(), [])
    out: list[str] = []
    for value in values:
        out.extend(_expand_macros(phrase[:match.start()] + value + phrase[match.end():], macros))
    return out


def _is_iso_country(code: str) -> bool:
    if code in _EXTRA_COUNTRY_CODES:
        return True
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


def _toml_str(value: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML escapes)."""
    return json.dumps(value, ensure_ascii=False)
