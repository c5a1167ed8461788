"""Probability log and scoring for watched questions (analysis stage): forecasts, Brier and log scores.

The QuestionBook stores forecasts in ``question_forecast`` through :func:`insert_forecast` and scores
them with :func:`score_question` once a question resolves (rules in docs/questions.md).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from detente.analysis.selection import StoreLike
from detente.analysis.treaties import TreatyRegistry
from detente.records.analysis import (
    Forecast,
    ForecasterScore,
    Question,
    QuestionStatus,
    Score,
    Verdict,
)

LOG_FLOOR = 1e-4
"""Probabilities are clipped to [LOG_FLOOR, 1 - LOG_FLOOR] for the log score only, so a confident miss
costs ``-ln(1e-4)`` (about 9.2) instead of infinity; the Brier score uses the probability as given."""

_FORECAST_COLUMNS = "question_id, made_on, forecaster, probability, note, logged_at"


def brier_score(probability: float, outcome: bool) -> float:
    """The Brier score ``(p - o)**2`` of one forecast: 0 is perfect, 1 is a certain miss."""
    return (probability - (1.0 if outcome else 0.0)) ** 2


def log_loss(probability: float, outcome: bool) -> float:
    """The log score as a loss, ``-ln(p)`` when the event happened and ``-ln(1 - p)`` when not (0 is perfect)."""
    p = min(max(probability, LOG_FLOOR), 1.0 - LOG_FLOOR)
    return -math.log(p if outcome else 1.0 - p)


def daily_forecasts(forecasts: Iterable[Forecast], before: date) -> list[Forecast]:
    """The forecasts that count for scoring: made before ``before``, the last one of each day.

    A same-day revision replaces the earlier forecast of that day (later ``logged_at`` wins, then
    insertion order), so submitting many forecasts on one day gives no extra weight.
    """
    last: dict[date, Forecast] = {}
    for forecast in sorted((f for f in forecasts if f.made_on < before),
                           key=lambda f: (f.made_on, f.logged_at or datetime.min)):
        last[forecast.made_on] = forecast
    return [last[day] for day in sorted(last)]


def score_question(question_id: str, forecasts: Sequence[Forecast], outcome: bool,
                   resolved_on: date) -> list[Score]:
    """One :class:`Score` per forecaster with at least one forecast made before ``resolved_on``.

    Each forecaster's Brier and log scores are averaged over their scored days (all days weigh the same).
    """
    by_forecaster: dict[str, list[Forecast]] = {}
    for forecast in forecasts:
        by_forecaster.setdefault(forecast.by, []).append(forecast)
    scores: list[Score] = []
    for name in sorted(by_forecaster):
        days = daily_forecasts(by_forecaster[name], resolved_on)
        if not days:
            continue
        scores.append(Score(
            question_id=question_id, forecaster=name, outcome=outcome, resolved_on=resolved_on, days=len(days),
            brier=sum(brier_score(f.probability, outcome) for f in days) / len(days),
            log_loss=sum(log_loss(f.probability, outcome) for f in days) / len(days)))
    return scores


def forecaster_means(scores: Iterable[Score]) -> list[ForecasterScore]:
    """Each forecaster's mean Brier and log score across the questions they were scored on (by name)."""
    grouped: dict[str, list[Score]] = {}
    for score in scores:
        grouped.setdefault(score.forecaster, []).append(score)
    return [ForecasterScore(forecaster=name, questions=len(items),
                            brier=sum(s.brier for s in items) / len(items),
                            log_loss=sum(s.log_loss for s in items) / len(items))
            for name, items in sorted(grouped.items())]


def resolution_day(question: Question, verdict: Verdict, registry: TreatyRegistry) -> date | None:
    """The day a resolved question resolved (None while it is not resolved).

    ``resolved_no``: the deadline. ``resolved_yes``: the earliest resolving event date or the
    ``treaty_stage`` date of a resolving treaty; the verdict's ``asof`` when neither is known.
    """
    if verdict.status is QuestionStatus.RESOLVED_NO:
        return question.deadline
    if verdict.status is not QuestionStatus.RESOLVED_YES:
        return None
    days = [item.event.event_date for item in verdict.evidence if item.resolves and item.event.event_date]
    for treaty_id in verdict.treaties_for:
        treaty = registry.find(treaty_id)
        if treaty is not None:
            day = treaty.signed if question.rule.treaty_stage == "signed" else treaty.in_force
            if day is not None:
                days.append(day)
    return min(days) if days else verdict.asof


def insert_forecast(store: StoreLike, forecast: Forecast) -> None:
    """Append ``forecast`` to the ``question_forecast`` table (which must exist)."""
    store.connection.execute(
        f"INSERT INTO question_forecast ({_FORECAST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        [forecast.question_id, forecast.made_on, forecast.by, forecast.probability, forecast.note,
         forecast.logged_at])


def read_forecasts(store: StoreLike, question_id: str) -> list[Forecast]:
    """The stored forecasts of ``question_id``, oldest first (empty when the table does not exist yet)."""
    return _select_forecasts(store, "WHERE question_id = ?", [question_id])


def forecasts_by_question(store: StoreLike) -> dict[str, list[Forecast]]:
    """Every stored forecast grouped by question id, each group oldest first.

    One query for all questions, so scoring a book does not read the table once per question
    (empty when the table does not exist yet).
    """
    grouped: dict[str, list[Forecast]] = {}
    for forecast in _select_forecasts(store, "", []):
        grouped.setdefault(forecast.question_id, []).append(forecast)
    return grouped


def delete_forecasts(store: StoreLike, question_id: str) -> None:
    """Drop the forecasts of ``question_id`` (no-op when the table does not exist)."""
    if has_forecast_table(store):
        store.connection.execute("DELETE FROM question_forecast WHERE question_id = ?", [question_id])


def has_forecast_table(store: StoreLike) -> bool:
    """True when the store has a ``question_forecast`` table (stores made before forecasts have none)."""
    row = store.connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'question_forecast'").fetchone()
    return bool(row and row[0])


def _select_forecasts(store: StoreLike, where: str, params: list[Any]) -> list[Forecast]:
    if not has_forecast_table(store):
        return []
    rows = store.connection.execute(
        f"SELECT {_FORECAST_COLUMNS} FROM question_forecast {where} "
        "ORDER BY question_id, made_on, logged_at, forecaster", params).fetchall()
    return [_forecast(row) for row in rows]


def _forecast(row: tuple[Any, ...]) -> Forecast:
    qid, made_on, forecaster, probability, note, logged_at = row
    return Forecast(question_id=qid, probability=float(probability), made_on=made_on, by=forecaster, note=note,
                    logged_at=logged_at)
