"""`detente watch`: poll an RSS/Atom feed or a folder every N minutes and ingest new items only."""

from __future__ import annotations

import contextlib
from pathlib import Path

import typer
from rich.console import Console

from detente.analysis import QuestionBook
from detente.cli.options import ACTORS_OPTION, DB_OPTION, make_settings
from detente.cli.render import print_problems
from detente.pipeline import Pipeline
from detente.store import Store
from detente.watch import PollReport, parse_interval, poll_once, watch

EXIT_PROBLEMS = 3


def register(app: typer.Typer) -> None:
    """Add ``watch`` to ``app``."""
    app.command("watch")(watch_command)


def watch_command(
    source: str = typer.Argument(..., help="An http(s):// RSS/Atom feed, or a feed file or folder."),
    every: str = typer.Option("10m", "--every", help="Polling interval: 90s, 10m, 1h ..."),
    db: Path | None = DB_OPTION,
    actors: list[Path] | None = ACTORS_OPTION,
    once: bool = typer.Option(False, "--once", help="Poll once and exit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only problems are printed."),
) -> int:
    """Poll FEED_OR_FOLDER every --every and store the new items' events (Ctrl-C stops).

    Items the store already holds coded from the same text are skipped (an edited item is coded again); each poll with new items is a recorded run.
    With --once the exit status is 3 when the poll met problems.
    """
    seconds = parse_interval(every)
    settings = make_settings(db=db, actors=actors)
    pipeline = Pipeline(settings)
    console = Console(stderr=True)

    def show(report: PollReport) -> None:
        if report.run is not None:
            QuestionBook(store).update()  # as after every ingest: watched questions see the new evidence
        if not quiet:
            console.print(f"{report.source}: {report.items} items, {report.new} new, {report.events} events"
                          + (f", {len(report.problems)} problems" if report.problems else "")
                          + (f" (run {report.run.run_id})" if report.run is not None else ""))
        print_problems(report.problems)

    with Store.open(settings.db_path) as store:
        if once:
            with console.status(f"polling {source}", spinner="dots") if console.is_terminal and not quiet \
                    else contextlib.nullcontext():
                report = poll_once(store, pipeline, source)
            show(report)
            if report.problems:
                raise typer.Exit(EXIT_PROBLEMS)
            return 0
        if not quiet:
            console.print(f"watching {source} every {every} -> {settings.db_path} (Ctrl-C to stop)")
        try:
            watch(store, pipeline, source, every_s=seconds, on_poll=show)
        except KeyboardInterrupt:
            console.print("stopped")
    return 0
