"""`detente actors lookup|list`: what a name resolves to on a date and why; the actors the KB knows."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from detente.actors import ActorResolver, KnowledgeBase
from detente.cli.options import ACTORS_OPTION, make_settings, parse_day
from detente.errors import DetenteError

actors_app = typer.Typer(name="actors", help="Look up actors in the knowledge base.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the ``actors`` sub-app (``lookup``, ``list``) to ``app``."""
    app.add_typer(actors_app, name="actors")


def _kb(actors: list[Path] | None) -> KnowledgeBase:
    return KnowledgeBase.load(make_settings(actors=actors).actor_files)


@actors_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A name, alias, demonym, capital, metonym or code (\"the Kremlin\", IRN)."),
    on: str | None = typer.Option(None, "--on", help="The date to resolve on (YYYY-MM-DD; default: today)."),
    actors: list[Path] | None = ACTORS_OPTION,
) -> None:
    """Show what NAME resolves to on a date, and why.

    Raises:
        NotFoundError: D901 when nothing matches.
        UsageError: D803 for a bad --on date.
    """
    day = parse_day(on)
    kb = _kb(actors)
    found = kb.lookup(name, on=day)
    for ex in found:
        typer.echo(f"{ex.actor_code or '-':<10} {ex.kind:<8} {ex.name}")
        typer.echo(f"  why: {ex.reason}")
    if found:
        return
    # Not a name: resolve it as a phrase ("Iran's president", "Iranian troops").
    mentions = ActorResolver(kb).resolve_phrase(name, day)
    if not mentions:
        raise DetenteError.make("D901", value=name)
    for m in mentions:
        typer.echo(f"{m.actor_code:<10} {m.kind:<8} {m.name or m.mention}  [{m.mention}]")
        typer.echo(f"  why: {m.reason}")


@actors_app.command("list")
def list_actors(
    country: str | None = typer.Option(None, "--country", help="Only actors of this country (ISO3, e.g. IRN)."),
    kind: str | None = typer.Option(None, "--kind", help="Only this kind: country, person, igo, group, grouping."),
    on: str | None = typer.Option(None, "--on", help="Show each actor's code on this date (YYYY-MM-DD)."),
    actors: list[Path] | None = ACTORS_OPTION,
) -> None:
    """List the actors the knowledge base knows, as a table.

    Raises:
        UsageError: D801 for an unknown --kind; D803 for a bad --on date.
    """
    if kind is not None and kind not in ("country", "person", "igo", "group", "grouping"):
        raise DetenteError.make("D801", reason=f"unknown --kind {kind!r} (country, person, igo, group, grouping)")
    day = parse_day(on)
    kb = _kb(actors)
    table = Table(title=f"actors ({kb.version})")
    for column in ("code", "kind", "name", "country", "why"):
        table.add_column(column, overflow="fold")
    for actor in kb.actors(country=country, kind=kind):
        ex = kb.code_on(actor.entity_id, day)
        table.add_row(ex.actor_code, actor.kind, actor.name, actor.country or "", ex.reason)
    Console(width=160).print(table)


@actors_app.command("import-petrarch")
def import_petrarch(
    actors_file: Path = typer.Argument(..., help="A PETRARCH actor dictionary (e.g. Phoenix.Countries.actors.txt)."),
    agents: Path | None = typer.Option(None, "--agents", help="A PETRARCH agents dictionary ([~GOV]-style sectors)."),
    on: str | None = typer.Option(None, "--on", help="Resolve dated codes ([CODE >YYMMDD]) as of this date."),
    output: Path = typer.Option(..., "--output", "-o",
                                help="The detente actor file to write: YAML when it ends in .yaml or .yml, else TOML."),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
) -> int:
    """Convert PETRARCH actor/agent dictionaries into a detente actor file for --actors.

    What cannot be converted (discard codes, compound codes, date restrictions) is listed in comments
    at the top of the written file. The output's extension picks the format (.yaml/.yml: YAML; else TOML).
    """
    from detente.actors.petrarch_format import petrarch_to_user_toml
    from detente.actors.user_yaml import YAML_SUFFIXES, petrarch_to_user_yaml

    if output.exists() and not force:
        raise DetenteError.make("D503", path=output)
    convert = petrarch_to_user_yaml if output.suffix.lower() in YAML_SUFFIXES else petrarch_to_user_toml
    text = convert(actors_file, agents, on=parse_day(on))
    tmp = output.with_name(f".{output.name}.part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    Console(stderr=True).print(f"wrote {output}; use it with --actors {output}")
    return 0
