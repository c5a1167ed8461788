"""`detente events`, `export`, `summary`, `runs`: read the store."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.options import DB_OPTION, make_settings, parse_day, parse_factuality
from detente.cli.render import FORMATS, event_table, write_events
from detente.errors import DetenteError
from detente.records.query import EventQuery
from detente.store import Store, export_events

EXPORT_FORMATS = ("parquet", "csv", "jsonl")


def register(app: typer.Typer) -> None:
    """Add ``events``, ``export``, ``summary`` and ``runs`` to ``app``."""
    app.command("events")(events)
    app.command("export")(export)
    app.command("summary")(summary)
    app.command("runs")(runs)


def _query(actor: str | None, dyad: tuple[str, str] | None, code: str | None, since: str | None,
           until: str | None, factuality: str, limit: int | None) -> EventQuery:
    return EventQuery(actor=actor, dyad=dyad if dyad and all(dyad) else None, code=code, since=parse_day(since),
                      until=parse_day(until), factuality=parse_factuality(factuality), limit=limit)


ACTOR = typer.Option(None, "--actor", help="Actor or country code on either side (RUS matches RUSGOV).")
DYAD = typer.Option(None, "--dyad", help="Two actors, both directions: --dyad RUS IRN.")
CODE = typer.Option(None, "--code", help="CAMEO code prefix: 19 matches every fight event.")
SINCE = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD).")
FACT = typer.Option("asserted", "--factuality", help="asserted (default), negated, hypothetical, future, question or all.")


def events(
    actor: str | None = ACTOR,
    dyad: tuple[str, str] | None = DYAD,
    code: str | None = CODE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    factuality: str = FACT,
    limit: int | None = typer.Option(50, "--limit", help="At most this many events (0: no limit)."),
    format: str = typer.Option("table", "--format", "-f", help="table, jsonl or csv."),
    db: Path | None = DB_OPTION,
) -> int:
    """Query stored events (asserted only unless --factuality says otherwise)."""
    if format not in FORMATS:
        raise DetenteError.make("D802", value=format, choices=", ".join(FORMATS))
    query = _query(actor, dyad, code, since, until, factuality, limit or None)
    settings = make_settings(db=db)
    with Store.open(settings.db_path) as store:
        found = store.query_events(query)
        total = store.count_events(dataclasses.replace(query, limit=None))
    if format == "table":
        Console(width=180).print(event_table(found, title=f"{len(found)} of {total} events"))
    else:
        write_events(found, format, sys.stdout)
    return 0


def export(
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    format: str = typer.Option("parquet", "--format", "-f", help="parquet, csv or jsonl."),
    force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists."),
    actor: str | None = ACTOR,
    dyad: tuple[str, str] | None = DYAD,
    code: str | None = CODE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    factuality: str = typer.Option("all", "--factuality", help="Default all: exports keep every label."),
    db: Path | None = DB_OPTION,
) -> int:
    """Export events to Parquet, CSV or JSONL (written to a temp file, then renamed)."""
    if format not in EXPORT_FORMATS:
        raise DetenteError.make("D802", value=format, choices=", ".join(EXPORT_FORMATS))
    query = _query(actor, dyad, code, since, until, factuality, None)
    settings = make_settings(db=db)
    with Store.open(settings.db_path) as store:
        n = export_events(store, output, format, query=query, force=force)  # type: ignore[arg-type]
    Console(stderr=True).print(f"wrote {n} events to {output}")
    return 0


def summary(db: Path | None = DB_OPTION,
            examples: int = typer.Option(5, "--examples", help="How many example events to show.")) -> int:
    """A readable summary of the store: articles, events by root class and factuality, top dyads, examples."""
    from detente.cli.summary import render_summary

    settings = make_settings(db=db)
    with Store.open(settings.db_path) as store:
        render_summary(store, Console(width=160), examples=examples)
    return 0


def runs(db: Path | None = DB_OPTION) -> int:
    """List the runs recorded in the store (newest first)."""
    settings = make_settings(db=db)
    with Store.open(settings.db_path) as store:
        rows = store.runs()
    table = Table(title="runs")
    for name in ("run_id", "started_at", "status", "command", "articles", "events", "problems"):
        table.add_column(name)
    for run in rows:
        table.add_row(str(run.run_id), str(run.started_at)[:19], run.status, run.command or "",
                      str(run.n_articles), str(run.n_events), str(run.n_problems))
    Console(width=160).print(table)
    return 0

