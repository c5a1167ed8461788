"""`detente code`: code articles and print their events (no store)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from detente.cli.options import ACTORS_OPTION, make_settings
from detente.cli.render import FORMATS, print_problems, write_events
from detente.errors import DetenteError
from detente.ingest import iter_articles
from detente.pipeline import Pipeline
from detente.records import Article, Event, Problem

EXIT_PROBLEMS = 3


def register(app: typer.Typer) -> None:
    """Add ``code`` to ``app``."""
    app.command("code")(code)


def code(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (the spec's event JSON), csv or table."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to FILE instead of standard output."),
    force: bool = typer.Option(False, "--force", help="Overwrite FILE if it exists."),
    factuality: str = typer.Option("all", "--factuality", help="Only events with this label (default: all)."),
    actors: list[Path] | None = ACTORS_OPTION,
    strict: bool = typer.Option(False, "--strict", help="Stop at the first problem."),
) -> int:
    """Code articles (JSONL, .txt, .html, RSS/Atom, folders, -) and print one event per line.

    Events of every factuality are printed with their label; exit status 3 when some inputs had problems.
    """
    from detente.cli.options import parse_factuality

    if format not in FORMATS:
        raise DetenteError.make("D802", value=format, choices=", ".join(FORMATS))
    wanted = parse_factuality(factuality)
    if output is not None and output.exists() and not force:
        raise DetenteError.make("D503", path=output)
    pipeline = Pipeline(make_settings(actors=actors))
    problems: list[Problem] = []

    def articles() -> Iterator[Article]:
        for item in iter_articles(paths, stdin=sys.stdin):
            if isinstance(item, Problem):
                if strict:
                    raise DetenteError(item.code, item.message, item.hint, where=item.source)
                problems.append(item)
            else:
                yield item

    def events() -> Iterator[Event]:
        for result in pipeline.code_articles(articles()):
            problems.extend(result.problems)
            for event in result.events:
                if wanted is None or event.factuality is wanted:
                    yield event

    if output is None:
        write_events(events(), format, sys.stdout)
    else:
        tmp = output.with_name(f".{output.name}.part")
        with tmp.open("w", encoding="utf-8", newline="") as out:
            write_events(events(), format, out)
        tmp.replace(output)
    print_problems(problems)
    if problems:
        raise typer.Exit(EXIT_PROBLEMS)
    return 0
