"""User actor files (TOML or YAML) merged over the bundled knowledge base (stage 3).

The format is documented in docs/actors-and-tenures.md; user entries win over bundled ones. The
file's extension picks the reader; both give the same ``UserFile`` with the same line positions.
"""

from __future__ import annotations

from pathlib import Path

from detente.actors.builder import KBBuilder, Membership, NameEntry
from detente.actors.kb_schema import OFFICES, SECTORS, UserActor, UserFile, read_user_file
from detente.actors.names import slug
from detente.actors.sources import add_country, parse_member
from detente.actors.user_yaml import YAML_SUFFIXES, read_user_yaml
from detente.errors import DetenteError, KnowledgeBaseError
from detente.records import Actor, ActorCode

TOML_SUFFIXES = (".toml", "")
"""File name endings read as TOML (case-insensitive; no extension at all is read as TOML, as before YAML)."""


def load_user_file(builder: KBBuilder, path: Path) -> None:
    """Validate ``path`` (TOML, or YAML for ``.yaml``/``.yml``) and merge its actors and agents into ``builder``.

    Raises:
        KnowledgeBaseError: D301/D303/D304/D305/D306 with ``path:line``; D303 for an extension that is
            neither TOML nor YAML.
    """
    parsed, actor_lines, tenure_lines, agent_lines = read_actor_file(path)
    where = str(path)
    # Countries declared in this file are valid codes for every other entry of the file.
    for actor in parsed.actor:
        if actor.kind == "country":
            builder.country_codes.add((actor.code or actor.name[:3]).upper()[:3])
    tenure_index = 0
    for number, actor in enumerate(parsed.actor):
        line = actor_lines[number] if number < len(actor_lines) else 1
        first_tenure = tenure_index
        # Both readers list every tenure of the file in order, whatever the actor's kind.
        tenure_index += len(actor.tenure)
        _check_codes(builder, actor, where, line)
        if actor.kind == "person":
            for offset, tenure in enumerate(actor.tenure):
                t_index = first_tenure + offset
                t_line = tenure_lines[t_index] if t_index < len(tenure_lines) else line
                polity = (tenure.country or actor.country or "").upper()
                if not builder.is_known(polity):
                    raise DetenteError.make("D304", path=where, line=t_line, value=polity)
                if tenure.office not in OFFICES:
                    raise DetenteError.make("D301", path=where, line=t_line,
                                            reason=f"unknown office {tenure.office!r} (use one of {', '.join(OFFICES)})")
                builder.add_tenure(entity_id=_entity(actor), name=actor.name, office=tenure.office,
                                   polity=polity, sector=actor.sector or "GOV", start=tenure.start,
                                   end=tenure.end, where=f"{where}:{t_line}")
        _add_actor(builder, actor, where, line)
    for number, agent in enumerate(parsed.agent):
        line = agent_lines[number] if number < len(agent_lines) else 1
        sector = agent.sector.upper()
        if sector not in SECTORS:
            raise DetenteError.make("D306", path=where, line=line, value=agent.sector)
        builder.add_name(agent.word, NameEntry(kind="agent", key=sector, source=where))


def read_actor_file(path: Path) -> tuple[UserFile, list[int], list[int], list[int]]:
    """Read a user actor file with the reader its extension names (see :func:`kb_schema.read_user_file`).

    Raises:
        KnowledgeBaseError: D303 for an extension other than .toml, .yaml or .yml (and for a file that
            cannot be read or parsed); D301/D305 from the readers.
    """
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return read_user_yaml(path)
    if suffix in TOML_SUFFIXES:
        return read_user_file(path)
    raise DetenteError.make("D303", path=str(path),
                            reason=f"unsupported extension {path.suffix!r}: actor files are .toml, .yaml or .yml "
                                   "(office-holder lists are .csv); rename the file or convert it")


def _entity(actor: UserActor) -> str:
    if actor.kind == "country":
        return f"country:{(actor.code or '').upper()[:3]}"
    if actor.kind == "person":
        return f"person:{slug(actor.name)}"
    return f"{actor.kind}:{actor.code or slug(actor.name)}"


def _check_codes(builder: KBBuilder, actor: UserActor, where: str, line: int) -> None:
    if actor.kind != "person" and not actor.code:
        raise DetenteError.make("D301", path=where, line=line,
                                reason=f"actor {actor.name!r} of kind {actor.kind} needs a code")
    country = actor.country or (actor.code[:3] if actor.code and actor.kind in ("country", "group") else None)
    if actor.kind == "person" and not country and not actor.tenure:
        raise DetenteError.make("D301", path=where, line=line,
                                reason=f"person {actor.name!r} needs a country or a tenure")
    if country and not builder.is_known(country) and country != "IMG":
        raise DetenteError.make("D304", path=where, line=line, value=country)
    if actor.sector and actor.sector not in SECTORS:
        raise DetenteError.make("D306", path=where, line=line, value=actor.sector)


def _add_actor(builder: KBBuilder, actor: UserActor, where: str, line: int) -> None:
    entity = _entity(actor)
    if actor.kind == "country":
        code = (actor.code or "").upper()
        add_country(builder, code=code[:3], name=actor.name, aliases=list(actor.aliases), demonyms=[],
                    capitals=[], source=where, replace=True)
        for metonym in actor.metonyms:
            builder.add_name(metonym, NameEntry(kind="metonym", key=entity, code=code[:3] + "GOV", source=where))
        return
    if actor.kind == "person":
        country = actor.country or next(((t.country or "").upper() for t in actor.tenure if t.country), None)
        sector = actor.sector or "GOV"
        code = actor.code or (country + sector if country else "")
        builder.add_person_names(entity, actor.name, actor.aliases, country, where)
        builder.add_actor(Actor(entity_id=entity, name=actor.name, kind="person", actor_code=ActorCode(code),
                                country=country, sector=sector, aliases=actor.aliases, source_kind="user"),
                          replace=True)
        if country and not actor.tenure:
            builder.person_rows.setdefault(entity, [])
        return
    code = (actor.code or "").upper()
    country = actor.country or (code[:3] if actor.kind == "group" else None)
    if actor.kind == "igo":
        builder.igo_codes.add(code)
    builder.add_actor(Actor(entity_id=entity, name=actor.name, kind=actor.kind, actor_code=ActorCode(code),
                            country=country, sector=actor.sector or ("IGO" if actor.kind == "igo" else None),
                            aliases=actor.aliases, source_kind="user"), replace=True)
    for alias in (actor.name, *actor.aliases):
        builder.add_name(alias, NameEntry(kind=actor.kind, key=entity, source=where))
    for member in actor.members:
        builder.members[code].append(_member(member, where, line))


def _member(value: str, where: str, line: int) -> Membership:
    """``parse_member`` with the error at the entry's ``path:line`` (it reports line 1 of its own)."""
    try:
        return parse_member(value, where)
    except KnowledgeBaseError as err:
        raise DetenteError.make("D301", path=where, line=line,
                                reason=f"bad member {value!r}: write CODE, CODE:START or CODE:START:END "
                                       "with dates as YYYY-MM-DD") from err
