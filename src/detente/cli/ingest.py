"""`detente ingest`: read, code and store articles as one recorded, resumable run."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from detente.cli.options import ACTORS_OPTION, DB_OPTION, make_settings
from detente.cli.render import print_problems
from detente.pipeline import Pipeline
from detente.runner import RunReport, ingest_paths
from detente.store import Store

EXIT_PROBLEMS = 3


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to ``app``."""
    app.command("ingest")(ingest)


def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input."),
    db: Path | None = DB_OPTION,
    actors: list[Path] | None = ACTORS_OPTION,
    resume: bool = typer.Option(False, "--resume", help="After an interrupted run: mark it interrupted and code only what it had not finished."),
    recode: bool = typer.Option(False, "--recode", help="Code articles again even if already coded from the same text."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first problem."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> int:
    """Store articles and their coded events in the DuckDB store (re-ingesting never duplicates).

    Exit status 3 when some inputs had problems (they are listed, and stored in the problems table).
    """
    settings = make_settings(db=db, actors=actors)
    pipeline = Pipeline(settings)
    console = Console(stderr=True)
    with Store.open(settings.db_path) as store:
        with Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                      TextColumn("{task.fields[articles]} articles, {task.fields[events]} events"),
                      TimeElapsedColumn(), console=console, disable=quiet or not console.is_terminal,
                      transient=True) as bar:
            task = bar.add_task("coding", total=None, articles=0, events=0)

            def progress(report: RunReport) -> None:
                bar.update(task, articles=report.articles, events=report.events)

            report = ingest_paths(store, pipeline, paths, stdin=sys.stdin, resume=resume, recode=recode,
                                  strict=strict, progress=progress)
        _update_questions(store)
    if not quiet:
        console.print(
            f"run {report.run_id}: {report.articles} articles coded ({report.skipped} already stored), "
            f"{report.sentences} sentences, {report.events} events ({report.asserted} asserted), "
            f"{len(report.problems)} problems -> {settings.db_path}")
    print_problems(report.problems)
    if report.problems:
        raise typer.Exit(EXIT_PROBLEMS)
    return 0


def _update_questions(store: Store) -> None:
    """Every ingest re-evaluates the watched questions against the new evidence."""
    from detente.analysis import QuestionBook

    QuestionBook(store).update()
