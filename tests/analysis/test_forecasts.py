"""Tests of the probability log and scoring of watched questions (detente.analysis.forecasts, QuestionBook)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.analysis.eventmix import CRINK, DEFENCE, EXAMPLE, Spec, write_events

from detente.analysis import Forecast, QuestionBook, TreatyRegistry
from detente.analysis.forecasts import (
    brier_score,
    daily_forecasts,
    forecaster_means,
    forecasts_by_question,
    log_loss,
    read_forecasts,
    resolution_day,
    score_question,
)
from detente.analysis.question_files import load_question_file
from detente.errors import DetenteError, QuestionError
from detente.records.analysis import QuestionStatus, Verdict
from detente.store import Store

QID = "russia-iran-defence-treaty"



def _f(p: float, day: date, by: str = "analyst", at: datetime | None = None) -> Forecast:
    return Forecast(question_id="q", probability=p, made_on=day, by=by, logged_at=at)


def test_forecasts_brier_worked_examples() -> None:
    assert brier_score(0.8, True) == pytest.approx(0.04)
    assert brier_score(0.8, False) == pytest.approx(0.64)
    assert brier_score(0.5, True) == pytest.approx(0.25)


def test_forecasts_log_loss_worked_examples() -> None:
    assert log_loss(0.8, True) == pytest.approx(-math.log(0.8))
    assert log_loss(0.8, False) == pytest.approx(-math.log(0.2))
    # a certain miss is clipped, not infinite
    assert log_loss(0.0, True) == pytest.approx(-math.log(1e-4))
    assert log_loss(1.0, True) == pytest.approx(-math.log(1 - 1e-4))


# (p - o)**2 underflows to 0.0 for p below ~1e-162 (IEEE doubles); no real forecast is that small.
PROBABILITIES = st.floats(min_value=0.0, max_value=1.0).filter(lambda p: p == 0.0 or p >= 1e-150)


@given(PROBABILITIES, st.booleans())
def test_forecasts_brier_is_bounded_and_zero_only_when_perfect(p: float, outcome: bool) -> None:
    score = brier_score(p, outcome)
    assert 0.0 <= score <= 1.0
    assert (score == 0.0) == (p == (1.0 if outcome else 0.0))


@given(st.lists(PROBABILITIES, min_size=1, max_size=8), st.booleans())
def test_forecasts_question_brier_is_bounded_and_zero_only_when_perfect(ps: list[float], outcome: bool) -> None:
    forecasts = [_f(p, date(2025, 1, 1 + i)) for i, p in enumerate(ps)]
    (score,) = score_question("q", forecasts, outcome, date(2026, 1, 1))
    assert 0.0 <= score.brier <= 1.0
    perfect = all(p == (1.0 if outcome else 0.0) for p in ps)
    assert (score.brier == 0.0) == perfect


def test_forecasts_last_of_each_day_before_resolution_counts() -> None:
    day = date(2025, 6, 1)
    forecasts = [_f(0.2, day, at=datetime(2025, 6, 1, 9)), _f(0.8, day, at=datetime(2025, 6, 1, 17)),
                 _f(0.6, date(2025, 7, 1)), _f(1.0, date(2025, 8, 1))]  # the last is on the resolution day
    kept = daily_forecasts(forecasts, date(2025, 8, 1))
    assert [f.probability for f in kept] == [0.8, 0.6]
    (score,) = score_question("q", forecasts, True, date(2025, 8, 1))
    assert score.days == 2
    assert score.brier == pytest.approx((0.04 + 0.16) / 2)
    assert score.log_loss == pytest.approx((-math.log(0.8) - math.log(0.6)) / 2)


def test_forecasts_scored_per_forecaster_and_averaged_across_questions() -> None:
    a = score_question("a", [_f(0.8, date(2025, 1, 1)), _f(0.3, date(2025, 1, 1), by="model")], True,
                       date(2026, 1, 1))
    b = score_question("b", [_f(0.8, date(2025, 1, 1))], False, date(2026, 1, 1))
    assert [(s.forecaster, round(s.brier, 4)) for s in a] == [("analyst", 0.04), ("model", 0.49)]
    means = {m.forecaster: m for m in forecaster_means([*a, *b])}
    assert means["analyst"].questions == 2 and means["analyst"].brier == pytest.approx((0.04 + 0.64) / 2)
    assert means["model"].questions == 1 and means["model"].brier == pytest.approx(0.49)
    # nothing made before resolution: no score
    assert score_question("c", [_f(0.8, date(2026, 1, 1))], True, date(2026, 1, 1)) == []


def test_forecasts_book_logs_and_lists(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    book.forecast(QID, 0.3, on=date(2025, 3, 1), note="partnership treaty without a defence clause")
    book.forecast(QID, 0.1, by="model", on=date(2025, 2, 1))
    listed = book.forecasts(QID)
    assert [(f.made_on, f.by, f.probability) for f in listed] == [
        (date(2025, 2, 1), "model", 0.1), (date(2025, 3, 1), "analyst", 0.3)]
    assert listed[1].note == "partnership treaty without a defence clause" and listed[1].logged_at is not None
    assert book.forecast(QID, 0.5).made_on == date.today()
    book.remove(QID)
    book.add_file(EXAMPLE)
    assert book.forecasts(QID) == []


@pytest.mark.parametrize("p", [-0.1, 1.5, float("nan")])
def test_forecasts_probability_outside_0_1_raises_d604(mix_store: Store, p: float) -> None:
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    with pytest.raises(QuestionError) as err:
        book.forecast(QID, p)
    assert err.value.code == "D604" and QID in err.value.message and err.value.hint


def test_forecasts_unknown_question_raises_d602(mix_store: Store) -> None:
    with pytest.raises(DetenteError) as err:
        QuestionBook(mix_store).forecast("nope", 0.5)
    assert err.value.code == "D602"
    with pytest.raises(DetenteError):
        Forecast(question_id="q", probability=2.0, made_on=date(2025, 1, 1))


def test_forecasts_scores_resolved_no_at_deadline(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    book.add_file(CRINK)
    book.forecast(QID, 0.8, on=date(2025, 3, 1))
    book.forecast(QID, 0.2, by="model", on=date(2025, 12, 31))
    book.forecast(QID, 0.0, by="model", on=date(2026, 1, 1))  # made on the deadline: too late to count
    assert book.scores().scores == ()  # before any update nothing is resolved
    book.update(date(2026, 1, 2))
    board = book.scores()
    assert [(s.question_id, s.forecaster, s.outcome, s.resolved_on, s.days) for s in board.scores] == [
        (QID, "analyst", False, date(2026, 1, 1), 1), (QID, "model", False, date(2026, 1, 1), 1)]
    assert board.scores[0].brier == pytest.approx(0.64) and board.scores[1].brier == pytest.approx(0.04)
    assert board.open_questions == ("crink-new-defence-pact",)
    assert {m.forecaster for m in board.forecasters} == {"analyst", "model"}


def test_forecasts_scores_resolved_yes_on_event_date(mix_store: Store) -> None:
    write_events(mix_store, [Spec(date(2025, 11, 20), "RUSGOV", "057", "IRNGOV", confidence=0.9,
                                  sentence=DEFENCE)], prefix="new")
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    book.forecast(QID, 0.8, on=date(2025, 6, 1))
    book.forecast(QID, 1.0, on=date(2025, 11, 25))  # after the signing: not scored
    book.update(date(2025, 12, 1))
    (score,) = book.scores().scores
    assert score.outcome is True and score.resolved_on == date(2025, 11, 20)
    assert score.days == 1 and score.brier == pytest.approx(0.04)


def test_forecasts_by_question_groups_every_question_in_one_read(mix_store: Store) -> None:
    assert forecasts_by_question(mix_store) == {}  # no forecast table yet
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    book.add_file(CRINK)
    book.forecast(QID, 0.3, on=date(2025, 3, 1))
    book.forecast("crink-new-defence-pact", 0.2, on=date(2025, 4, 1))
    book.forecast(QID, 0.1, by="model", on=date(2025, 2, 1))
    grouped = forecasts_by_question(mix_store)
    assert sorted(grouped) == ["crink-new-defence-pact", QID]
    assert grouped[QID] == read_forecasts(mix_store, QID)
    assert [(f.made_on, f.by) for f in grouped[QID]] == [(date(2025, 2, 1), "model"), (date(2025, 3, 1), "analyst")]


def test_forecasts_resolution_day_skips_treaties_the_registry_no_longer_has() -> None:
    registry = TreatyRegistry.load()
    question = load_question_file(EXAMPLE)
    signed = registry.get("rus_irn_2025").signed
    assert signed is not None
    verdict = Verdict(question_id=QID, asof=date(2026, 1, 2), status=QuestionStatus.RESOLVED_YES, reason="test",
                      treaties_for=("no_such_treaty", "rus_irn_2025"))
    assert resolution_day(question, verdict, registry) == signed
    gone = Verdict(question_id=QID, asof=date(2026, 1, 2), status=QuestionStatus.RESOLVED_YES, reason="test",
                   treaties_for=("no_such_treaty",))
    assert resolution_day(question, gone, registry) == date(2026, 1, 2)  # falls back to the verdict's asof
