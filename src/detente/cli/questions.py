"""CLI commands for watched questions: `detente questions add|list|show|update|remove|forecast|scores`.

A thin shell over detente.analysis.QuestionBook; questions live in the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente.analysis import QuestionBook, TreatyRegistry
from detente.cli.options import DbOption, TreatiesOption, make_settings, parse_day
from detente.records.analysis import Forecast, Question, Verdict
from detente.store import Store


def register(app: typer.Typer) -> None:
    """Add the ``questions`` command group to ``app``."""
    questions = typer.Typer(name="questions", help="Watched questions, resolved from the store's events.",
                            no_args_is_help=True)
    questions.command("add")(add_command)
    questions.command("list")(list_command)
    questions.command("show")(show_command)
    questions.command("update")(update_command)
    questions.command("remove")(remove_command)
    questions.command("forecast")(forecast_command)
    questions.command("scores")(scores_command)
    app.add_typer(questions)


def add_command(
    files: Annotated[list[Path], typer.Argument(help="Question file(s) (TOML, see docs/questions.md).")],
    db: DbOption = None,
) -> None:
    """Add (or redefine) questions from shareable TOML files."""
    console = Console()
    with _book(db, None) as book:
        for path in files:
            question = book.add_file(path)
            console.print(f"added {question.question_id}: {question.text}", highlight=False)


def list_command(db: DbOption = None) -> None:
    """List the questions with their last recorded status."""
    with _book(db, None) as book:
        rows = [(q, book.last_verdict(q.question_id)) for q in book.list()]
    console = Console()
    if not rows:
        console.print("no questions; add one with `detente questions add FILE`")
        return
    table = Table(title=f"watched questions ({len(rows)})")
    for col in ("id", "question", "subjects", "deadline", "status", "as of"):
        table.add_column(col)
    for q, v in rows:
        table.add_row(q.question_id, q.text, " ".join(q.subjects), str(q.deadline),
                      v.status.value if v else "not yet updated", str(v.asof) if v else "")
    console.print(table)


def show_command(
    question_id: Annotated[str, typer.Argument(help="Question id.")],
    asof: Annotated[str | None, typer.Option("--asof", help="Evaluate as of this date (default today).")] = None,
    db: DbOption = None,
    treaties: TreatiesOption = None,
) -> None:
    """One question: its rule, its current verdict with the evidence events, and the base rate."""
    with _book(db, treaties) as book:
        question = book.show(question_id)
        verdict = book.evaluate(question, parse_day(asof))
        forecasts = book.forecasts(question_id)
    _render(question, verdict)
    _render_forecasts(forecasts)


def update_command(
    asof: Annotated[str | None, typer.Option("--asof", help="Evaluate as of this date (default today).")] = None,
    db: DbOption = None,
    treaties: TreatiesOption = None,
) -> None:
    """Re-evaluate every question against the store and record the results."""
    with _book(db, treaties) as book:
        verdicts = book.update(parse_day(asof))
    console = Console()
    if not verdicts:
        console.print("no questions to update")
        return
    table = Table(title="questions updated")
    for col in ("id", "status", "as of", "evidence", "why"):
        table.add_column(col)
    for v in verdicts:
        table.add_row(v.question_id, v.status.value, str(v.asof), str(len(v.evidence)), v.reason)
    console.print(table)


def remove_command(question_id: Annotated[str, typer.Argument(help="Question id.")], db: DbOption = None) -> None:
    """Delete a question with its evidence links and log."""
    with _book(db, None) as book:
        book.remove(question_id)
    Console().print(f"removed {question_id}")


def forecast_command(
    question_id: Annotated[str, typer.Argument(help="Question id.")],
    probability: Annotated[float, typer.Argument(help="Probability that it resolves yes, 0..1.")],
    by: Annotated[str, typer.Option("--by", help="Who (or which model) forecasts.")] = "analyst",
    note: Annotated[str | None, typer.Option("--note", help="The evidence that moved the forecast.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="The day the forecast is for (default today).")] = None,
    db: DbOption = None,
) -> None:
    """Log a time-stamped probability that a question resolves yes."""
    with _book(db, None) as book:
        forecast = book.forecast(question_id, probability, by=by, note=note, on=parse_day(on))
    Console().print(f"{forecast.question_id}: {forecast.by} {forecast.probability:.2f} on {forecast.made_on}",
                    highlight=False)


def scores_command(db: DbOption = None, treaties: TreatiesOption = None) -> None:
    """Brier and log scores of the forecasts on resolved questions (as of the last `update`)."""
    with _book(db, treaties) as book:
        board = book.scores()
    console = Console()
    if board.scores:
        table = Table(title="scores per question (lower is better)")
        for col in ("id", "forecaster", "outcome", "resolved on", "days", "brier", "log loss"):
            table.add_column(col)
        for s in board.scores:
            table.add_row(s.question_id, s.forecaster, "yes" if s.outcome else "no", str(s.resolved_on),
                          str(s.days), f"{s.brier:.4f}", f"{s.log_loss:.4f}")
        console.print(table)
        means = Table(title="mean across questions")
        for col in ("forecaster", "questions", "brier", "log loss"):
            means.add_column(col)
        for m in board.forecasters:
            means.add_row(m.forecaster, str(m.questions), f"{m.brier:.4f}", f"{m.log_loss:.4f}")
        console.print(means)
    else:
        console.print("no scored forecasts yet (a question must be resolved and forecast before it resolved)")
    if board.open_questions:
        console.print(f"open, not scored: {', '.join(board.open_questions)}", highlight=False)


def _render_forecasts(forecasts: list[Forecast]) -> None:
    if not forecasts:
        return
    table = Table(title="forecasts")
    for col in ("on", "by", "probability", "note"):
        table.add_column(col)
    for f in forecasts:
        table.add_row(str(f.made_on), f.by, f"{f.probability:.2f}", f.note or "")
    Console().print(table)


def _render(question: Question, verdict: Verdict) -> None:
    console = Console()
    rule = question.rule
    console.print(f"[bold]{question.question_id}[/bold]: {question.text}", highlight=False)
    console.print(f"subjects {' '.join(question.subjects)}; open {question.opened_on}, deadline "
                  f"{question.deadline} (exclusive)", highlight=False)
    console.print(f"resolves on: events {', '.join(rule.event_codes) or '-'}"
                  + (f" mentioning {' / '.join(rule.keywords)}" if rule.keywords else "")
                  + f" ({rule.factuality.value}, confidence >= {rule.min_confidence}); treaty obligations "
                  f"{', '.join(o.value for o in rule.obligations) or '-'} ({rule.treaty_stage})", highlight=False)
    if question.resolution_sources:
        console.print(f"sources: {question.resolution_sources}", highlight=False)
    console.print(f"[bold]status {verdict.status.value}[/bold] as of {verdict.asof}: {verdict.reason}", highlight=False)
    if verdict.treaties_for:
        console.print(f"treaties for: {', '.join(verdict.treaties_for)}")
    if verdict.treaties_against:
        console.print(f"treaties against (no required obligation): {', '.join(verdict.treaties_against)}")
    rate = verdict.base_rate
    if rate is not None:
        per_year = "n/a" if rate.per_year is None else f"{rate.per_year:.2f}"
        share = "n/a" if rate.upgrade_share is None else f"{rate.upgraded}/{rate.partnerships}"
        console.print(f"base rate: {rate.matching_events} matching asserted events in {rate.years:.1f} years "
                      f"({per_year}/year); registry partnerships later upgraded: {share}", highlight=False)
    if verdict.evidence:
        table = Table(title="evidence")
        for col in ("date", "stance", "resolves", "factuality", "confidence", "code", "sentence", "event"):
            table.add_column(col)
        for item in verdict.evidence:
            e = item.event
            table.add_row(str(e.event_date or ""), item.stance, "yes" if item.resolves else "no",
                          e.factuality.value, f"{e.confidence:.2f}", e.event_code, e.sentence, e.event_id)
        console.print(table)


@contextmanager
def _book(db: Path | None, treaties: list[Path] | None) -> Iterator[QuestionBook]:
    path = make_settings(db=db).db_path
    registry = TreatyRegistry.load(treaties) if treaties else None
    with Store.open(path) as store:
        yield QuestionBook(store, registry)
