"""User actor files in YAML (stage 3): the TOML schema of ``kb_schema.UserFile``, read with line positions.

YAML is parsed once into a node tree (PyYAML's safe loader), so every error can name the line of the
entry or key at fault, as the TOML reader does; :func:`render_user_yaml` writes such a file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from detente.actors.kb_schema import UserFile
from detente.actors.petrarch_format import (
    UserActorEntry,
    UserAgentEntry,
    convert_actors,
    convert_agents,
    read_petrarch_actors,
    read_petrarch_agents,
)
from detente.errors import DetenteError

__all__ = ["YAML_SUFFIXES", "petrarch_to_user_yaml", "read_user_yaml", "render_user_yaml"]

YAML_SUFFIXES = (".yaml", ".yml")
"""File name endings read as YAML (case-insensitive)."""

_HEADER = "# detente user actor file: merged over the bundled knowledge base (user entries win on conflicts)"
_LIST_HINT = "should be a list: start each entry on a new line with `- `, or write [a, b]"


def read_user_yaml(path: Path) -> tuple[UserFile, list[int], list[int], list[int]]:
    """Parse and validate a YAML user actor file (same keys as the TOML form, see docs/actors-and-tenures.md).

    Returns:
        The validated file, and the line numbers of each ``actor`` entry, each ``tenure`` entry (all
        actors' tenures, in file order) and each ``agent`` entry, for ``path:line`` errors raised later.

    Raises:
        KnowledgeBaseError: D303 when the file cannot be read or is not YAML (the message gives the line
            and column); D301 when an entry is malformed (a duplicate key, a missing or unknown key, a
            wrong value) with the line of that key; D305 when a tenure ends before it starts.
    """
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DetenteError.make("D303", path=where, reason=str(err)) from err
    root, raw = _load(text, where)
    if raw is None:
        return UserFile(), [], [], []
    if not isinstance(raw, dict) or not isinstance(root, yaml.MappingNode):
        raise DetenteError.make("D301", path=where, line=_line(root),
                                reason="the file must be a mapping with an `actor:` list and/or an `agent:` list "
                                       f"(found {_kind_of(raw)})")
    _check_duplicate_keys(root, where)
    actor_nodes = _items(_child(root, "actor"))
    actor_lines = [_line(n) for n in actor_nodes]
    tenure_nodes = [t for n in actor_nodes for t in _items(_child(n, "tenure"))]
    tenure_lines = [_line(n) for n in tenure_nodes]
    agent_lines = [_line(n) for n in _items(_child(root, "agent"))]
    _check_tenure_dates(raw, root, where)
    try:
        parsed = UserFile.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        raise DetenteError.make("D301", path=where, line=_line_at(root, first["loc"]),
                                reason=_describe(first, root)) from err
    return parsed, actor_lines, tenure_lines, agent_lines


def render_user_yaml(entries: Sequence[UserActorEntry | UserAgentEntry], *, header: str = "") -> str:
    """The YAML text of a user actor file holding ``entries`` (actors first, then agents).

    Every string is written double-quoted (JSON string syntax, which YAML reads unchanged), so codes
    such as ``NO`` or names such as ``Yes`` stay strings. ``header`` and each entry's ``note`` become
    comments.
    """
    lines = [_HEADER]
    lines.extend(f"# {h}" for h in header.splitlines() if h.strip())
    actors = [e for e in entries if isinstance(e, UserActorEntry)]
    agents = [e for e in entries if isinstance(e, UserAgentEntry)]
    if actors:
        lines.append("actor:")
    for actor in actors:
        lines.append("")
        if actor.note:
            lines.append(f"  # {actor.note}")
        fields = [("name", actor.name), ("kind", actor.kind), ("code", actor.code), ("country", actor.country),
                  ("sector", actor.sector)]
        present = [(key, value) for key, value in fields if value]
        for number, (key, value) in enumerate(present):
            lines.append(f"  {'- ' if number == 0 else '  '}{key}: {_quoted(value)}")
        if actor.aliases:
            lines.append("    aliases: [" + ", ".join(_quoted(a) for a in actor.aliases) + "]")
    if agents:
        lines.extend(["", "agent:"])
    for agent in agents:
        lines.extend([f"  - word: {_quoted(agent.word)}", f"    sector: {_quoted(agent.sector)}"])
    if not actors and not agents:
        lines.append("actor: []")
    return "\n".join(lines) + "\n"


def petrarch_to_user_yaml(actors_path: str | Path, agents_path: str | Path | None = None, *,
                          on: date | None = None) -> str:
    """Convert PETRARCH actor (and agent) dictionaries to the YAML of a detente user actor file.

    The YAML twin of ``petrarch_format.petrarch_to_user_toml``: the same entries, and what could not be
    converted listed in comments at the top.
    """
    actor_entries, notes = convert_actors(read_petrarch_actors(actors_path), on=on)
    entries: list[UserActorEntry | UserAgentEntry] = list(actor_entries)
    header = f"converted from PETRARCH dictionaries: {Path(actors_path).name}"
    if agents_path is not None:
        agent_entries, agent_notes = convert_agents(read_petrarch_agents(agents_path))
        entries.extend(agent_entries)
        notes.extend(agent_notes)
        header += f", {Path(agents_path).name}"
    if notes:
        header += "\nnot converted or simplified:\n" + "\n".join(f"  {n}" for n in notes)
    return render_user_yaml(entries, header=header)


def _load(text: str, where: str) -> tuple[yaml.Node | None, Any]:
    """The node tree and the data of ``text``, built by the safe loader (what ``yaml.safe_load`` does).

    The data is constructed from the very node tree whose marks give the error lines, so the two
    cannot disagree.
    """
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.constructor.ConstructorError as err:
        # The text is YAML but a value cannot be built (a date such as 2024-13-01, an unknown !!tag).
        line = err.problem_mark.line + 1 if err.problem_mark is not None else 1
        raise DetenteError.make("D301", path=where, line=line, reason=str(err.problem)) from err
    except yaml.YAMLError as err:
        raise DetenteError.make("D303", path=where, reason=_syntax(err)) from err
    finally:
        loader.dispose()
    return root, data


def _syntax(err: yaml.YAMLError) -> str:
    """``not YAML: line 3, column 7: mapping values are not allowed here`` from a PyYAML error."""
    if isinstance(err, yaml.MarkedYAMLError) and err.problem_mark is not None:
        mark = err.problem_mark
        context = f" ({err.context})" if err.context else ""
        return f"not YAML: line {mark.line + 1}, column {mark.column + 1}: {err.problem}{context}"
    return f"not YAML: {err}"


def _check_duplicate_keys(node: yaml.Node, where: str) -> None:
    """D301 for a key given twice in one mapping (YAML loaders silently keep the last; TOML refuses)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise DetenteError.make("D301", path=where, line=_line(key),
                                            reason=f"duplicate key {key.value!r} (first given on line "
                                                   f"{seen[key.value]}); keep one of them")
                seen[key.value] = _line(key)
            _check_duplicate_keys(value, where)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, where)


def _check_tenure_dates(raw: dict[str, Any], root: yaml.MappingNode, where: str) -> None:
    """D305 for a tenure whose end is not after its start, at the line of its ``end`` (before pydantic)."""
    actors = raw.get("actor")
    for a_index, actor in enumerate(actors if isinstance(actors, list) else []):
        tenures = actor.get("tenure") if isinstance(actor, dict) else None
        for t_index, tenure in enumerate(tenures if isinstance(tenures, list) else []):
            if not isinstance(tenure, dict):
                continue
            start, end = tenure.get("start"), tenure.get("end")
            if isinstance(start, str | date) and isinstance(end, str | date) and str(end) <= str(start):
                line = _line_at(root, ("actor", a_index, "tenure", t_index, "end"))
                raise DetenteError.make("D305", path=where, line=line,
                                        actor=actor.get("code") or actor.get("country") or "?",
                                        name=actor.get("name", "?"), start=str(start), end=str(end))


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value node of ``key`` in a mapping node (None when absent or not a mapping)."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key and isinstance(value, yaml.Node):
                return value
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _line_at(root: yaml.Node, loc: tuple[int | str, ...]) -> int:
    """The line of the deepest node on the pydantic error path ``loc`` (a key's own line for a mapping key)."""
    node: yaml.Node | None = root
    line = _line(root)
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if pair is None:
                break
            line, node = _line(pair[0]), pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = _line(node)
        else:
            break
    return line


def _node_at(root: yaml.Node, loc: tuple[int | str, ...]) -> yaml.Node | None:
    node: yaml.Node | None = root
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            node = _child(node, part)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node


def _describe(error: ErrorDetails, root: yaml.Node) -> str:
    """``actor.0.code: Input should be a valid string`` plus a quoting hint when YAML typed a bare word."""
    where = ".".join(str(p) for p in error["loc"])
    message = _LIST_HINT if error["type"] == "tuple_type" else error["msg"]
    reason = f"{where}: {message}" if where else message
    node = _node_at(root, error["loc"])
    typed = isinstance(error.get("input"), bool | int | float | date)
    if typed and "string" in message and isinstance(node, yaml.ScalarNode) and node.style is None:
        reason += (f" (YAML reads the unquoted {node.value} as a {type(error['input']).__name__}: "
                   f"write \"{node.value}\" in quotes)")
    return reason


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _kind_of(value: object) -> str:
    return "a list" if isinstance(value, list) else "a single value"


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Loader(yaml.SafeLoader):
    """The safe loader, with a bad date reported at its line instead of as a bare ``ValueError``."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> date | datetime:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as err:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a valid date ({err}); dates are YYYY-MM-DD",
                node.start_mark) from err


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
