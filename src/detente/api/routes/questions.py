"""REST shell: watched questions: ``GET /questions``, ``POST /questions``, ``GET /questions/{question_id}``,
the forecast log (``GET|POST /questions/{question_id}/forecasts``) and ``GET /questions/scores``."""

from __future__ import annotations

from fastapi import APIRouter

from detente.analysis import QuestionBook
from detente.api.deps import WRITE, ReaderDep, StateDep
from detente.api.schemas import ErrorOut, ForecastIn, ForecastOut, QuestionIn, QuestionOut, ScoreboardOut
from detente.errors import DetenteError, InvalidRecordError
from detente.records import Factuality, ObligationKind, Question, ResolutionRule

router = APIRouter(tags=["questions"])

RESERVED_IDS = frozenset({"scores"})
"""Question ids ``GET /questions/{question_id}`` cannot reach, because a fixed route of that name comes first."""


@router.get("/questions", response_model=list[QuestionOut])
def list_questions(state: StateDep, store: ReaderDep) -> list[QuestionOut]:
    """Every watched question with its last recorded verdict (status, evidence, base rate).

    A question no ingest has evaluated yet is evaluated now, as of today (nothing is written).
    """
    book = QuestionBook(store, state.registry())
    return [QuestionOut.from_record(q, book.last_verdict(q.question_id) or book.evaluate(q)) for q in book.list()]


@router.get("/questions/scores", response_model=ScoreboardOut)
def get_scores(state: StateDep, store: ReaderDep) -> ScoreboardOut:
    """Brier and log scores of the forecasts on resolved questions, per question and forecaster and per forecaster.

    The same as ``detente questions scores``: questions are scored on the status recorded by the last
    update (every ingest updates them); the others are listed in ``open_questions``. Declared before
    ``/questions/{question_id}`` so that ``scores`` is not read as a question id.
    """
    return ScoreboardOut.from_record(QuestionBook(store, state.registry()).scores())


@router.get("/questions/{question_id}/forecasts", response_model=list[ForecastOut],
            responses={404: {"model": ErrorOut}})
def get_forecasts(question_id: str, state: StateDep, store: ReaderDep) -> list[ForecastOut]:
    """The forecast log of one question, oldest first (``detente questions show`` lists the same)."""
    book = QuestionBook(store, state.registry())
    return [ForecastOut.from_record(f) for f in book.forecasts(question_id)]


@router.post("/questions/{question_id}/forecasts", response_model=ForecastOut, status_code=201, dependencies=WRITE,
             responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut},
                        422: {"model": ErrorOut}})
def post_forecast(question_id: str, body: ForecastIn, state: StateDep) -> ForecastOut:
    """Log a probability that the question resolves yes (``detente questions forecast ID P``).

    A probability outside 0..1 is 422 ``D604``; an unknown question 404 ``D602``.
    """
    with state.writer() as store:
        book = QuestionBook(store, state.registry())
        forecast = book.forecast(question_id, body.probability, by=body.by, note=body.note, on=body.on)
    return ForecastOut.from_record(forecast)


@router.get("/questions/{question_id}", response_model=QuestionOut, responses={404: {"model": ErrorOut}})
def get_question(question_id: str, state: StateDep, store: ReaderDep) -> QuestionOut:
    """One question with its verdict: the last recorded one, else evaluated now (without writing)."""
    book = QuestionBook(store, state.registry())
    question = book.show(question_id)
    verdict = book.last_verdict(question_id) or book.evaluate(question)
    return QuestionOut.from_record(question, verdict)


@router.post("/questions", response_model=QuestionOut, status_code=201, dependencies=WRITE,
             responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 409: {"model": ErrorOut},
                        422: {"model": ErrorOut}})
def post_question(body: QuestionIn, state: StateDep) -> QuestionOut:
    """Watch a new question (409 when its id exists, unless ``replace``).

    The answer carries the question's verdict as of today, evaluated at once; like ``detente questions add``,
    nothing else is re-evaluated, and the next ingest records its status with the others'.
    """
    question = _question(body)
    if question.question_id in RESERVED_IDS:
        raise DetenteError.make("D601", path="POST /questions",
                                reason=f"the id {question.question_id!r} is reserved for GET /questions/scores; "
                                       "choose another id")
    with state.writer() as store:
        book = QuestionBook(store, state.registry())
        if not body.replace and any(q.question_id == question.question_id for q in book.list()):
            raise DetenteError.make("D603", value=question.question_id)
        book.add(question)
        verdict = book.evaluate(question)
    return QuestionOut.from_record(question, verdict)


def _question(body: QuestionIn) -> Question:
    """The record for a posted question; a broken invariant is a QuestionError (D601)."""
    try:
        rule = ResolutionRule(event_codes=tuple(body.resolution.event_codes),
                              keywords=tuple(body.resolution.keywords),
                              obligations=tuple(ObligationKind(o) for o in body.resolution.obligations),
                              treaty_stage=body.resolution.treaty_stage,
                              factuality=Factuality(body.resolution.factuality),
                              min_confidence=body.resolution.min_confidence)
        return Question(question_id=body.id, text=body.text.strip(), subjects=tuple(s.upper() for s in body.subjects),
                        rule=rule, opened_on=body.opened_on, deadline=body.deadline,
                        resolution_sources=body.resolution_sources, notes=body.notes)
    except InvalidRecordError as err:
        raise DetenteError.make("D601", path="POST /questions", reason=err.message) from err
