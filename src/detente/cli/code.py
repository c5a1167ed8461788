"""`detente code`: code articles and print their events (no store)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

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
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster; "
                               "writes partitioned Parquet to --output-dir)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); "
                                         "default: a LocalCluster on this machine."),
    output_dir: Path | None = typer.Option(None, "--output-dir", help="With --engine dask: the folder for "
                                           "part-NNNNN.parquet (shared storage on a real cluster)."),
    partitions: int | None = typer.Option(None, "--partitions", help="With --engine dask: number of partitions "
                                          "(default: one per input file)."),
) -> int:
    """Code articles (JSONL, .txt, .html, RSS/Atom, folders, -) and print one event per line.

    Events of every factuality are printed with their label; exit status 3 when some inputs had problems.
    """
    from detente.cli.options import parse_factuality

    if format not in FORMATS:
        raise DetenteError.make("D802", value=format, choices=", ".join(FORMATS))
    wanted = parse_factuality(factuality)
    if engine == "dask":
        if output_dir is None:
            raise DetenteError.make("D801", reason="--engine dask writes Parquet: give --output-dir DIR")
        return _code_with_dask(paths, output_dir, scheduler=scheduler, partitions=partitions, force=force,
                               actors=actors)
    if engine != "local":
        raise DetenteError.make("D802", value=engine, choices="local, dask")
    if scheduler is not None or output_dir is not None or partitions is not None:
        raise DetenteError.make("D801", reason="--scheduler, --output-dir and --partitions need --engine dask")
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

    console = Console(stderr=True)
    counts = {"articles": 0, "events": 0}
    with Progress(SpinnerColumn(), TextColumn("coding"), TextColumn("{task.fields[articles]} articles, "
                  "{task.fields[events]} events"), TimeElapsedColumn(), console=console,
                  disable=not console.is_terminal, transient=True) as bar:
        task = bar.add_task("code", total=None, articles=0, events=0)

        def events() -> Iterator[Event]:
            for result in pipeline.code_articles(articles()):
                problems.extend(result.problems)
                counts["articles"] += 1
                counts["events"] += len(result.events)
                bar.update(task, articles=counts["articles"], events=counts["events"])
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
    if output is not None or console.is_terminal:
        console.print(f"{counts['articles']} articles coded, {counts['events']} events, "
                      f"{len(problems)} problems" + (f" -> {output}" if output is not None else ""))
    print_problems(problems)
    if problems:
        raise typer.Exit(EXIT_PROBLEMS)
    return 0


def _code_with_dask(paths: list[str], output_dir: Path, *, scheduler: str | None, partitions: int | None,
                    force: bool, actors: list[Path] | None) -> int:
    """``detente code --engine dask``: partitions on a Dask cluster, with a progress bar and a summary."""
    from detente.scale import PartitionReport, code_with_dask

    if "-" in paths:
        raise DetenteError.make("D801", reason="--engine dask reads files and folders, not standard input")
    console = Console(stderr=True)
    with Progress(TextColumn("coding partitions"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[articles]} articles, {task.fields[events]} events"),
                  TimeElapsedColumn(), console=console, disable=not console.is_terminal, transient=True) as bar:
        task = bar.add_task("dask", total=None, articles=0, events=0)
        totals = {"articles": 0, "events": 0}

        def progress(part: PartitionReport, total: int) -> None:
            totals["articles"] += part.articles
            totals["events"] += part.events
            bar.update(task, total=total, advance=1, articles=totals["articles"], events=totals["events"])

        report = code_with_dask(paths, output_dir, scheduler=scheduler, partitions=partitions, force=force,
                                settings=make_settings(actors=actors), progress=progress)
    console.print(f"{len(report.partitions)} partitions on {report.scheduler}: {report.articles} articles, "
                  f"{report.events} events in {report.clusters} clusters -> {report.output_dir}/part-*.parquet; "
                  f"{len(report.problems)} problems")
    print_problems(report.problems)
    if report.problems:
        raise typer.Exit(EXIT_PROBLEMS)
    return 0
