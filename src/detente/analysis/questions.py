"""Watched questions (analysis stage): the QuestionBook keeps questions, their evidence and a change log in the store.

Tables (``question``, ``question_evidence``, ``question_log``) come from ``analysis/questions.sql`` and
are created on first use; :meth:`QuestionBook.update` is cheap when a store has no questions.
"""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from detente.analysis.forecasts import (
    delete_forecasts,
    forecaster_means,
    forecasts_by_question,
    insert_forecast,
    read_forecasts,
    resolution_day,
    score_question,
)
from detente.analysis.question_files import load_question_file
from detente.analysis.resolution import evaluate
from detente.analysis.selection import EVENT_COLUMNS, StoreLike, row_to_ref
from detente.analysis.treaties import TreatyRegistry, default_registry
from detente.errors import DetenteError
from detente.records.analysis import (
    BaseRate,
    Forecast,
    ObligationKind,
    Question,
    QuestionEvidence,
    QuestionStatus,
    ResolutionRule,
    Scoreboard,
    Verdict,
)
from detente.records.event import Factuality

_QUESTION_COLUMNS = ("question_id, text, kind, subjects, event_codes, keywords, obligations, treaty_stage, "
                     "factuality, min_confidence, opened_on, deadline, resolution_sources, notes")


class QuestionBook:
    """The watched questions of one store.

    Example::

        book = QuestionBook(store)
        book.add_file("examples/questions/russia_iran_defence_treaty.toml")
        for verdict in book.update():
            print(verdict.question_id, verdict.status)
    """

    def __init__(self, store: StoreLike, registry: TreatyRegistry | None = None) -> None:
        self._store = store
        self._registry = registry

    @property
    def registry(self) -> TreatyRegistry:
        """The treaty registry questions are resolved against (the bundled one by default)."""
        return self._registry if self._registry is not None else default_registry()

    def add(self, question: Question) -> Question:
        """Store ``question`` (replacing the definition of one with the same id) and log it."""
        self._ensure_tables()
        con = self._store.connection
        existed = self._exists(question.question_id)
        rule = question.rule
        now = _now()
        con.execute("DELETE FROM question WHERE question_id = ?", [question.question_id])
        con.execute(
            f"INSERT INTO question ({_QUESTION_COLUMNS}, status, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [question.question_id, question.text, question.kind, list(question.subjects), list(rule.event_codes),
             list(rule.keywords), [o.value for o in rule.obligations], rule.treaty_stage, rule.factuality.value,
             rule.min_confidence, question.opened_on, question.deadline, question.resolution_sources,
             question.notes, QuestionStatus.OPEN.value, now])
        con.execute("DELETE FROM question_evidence WHERE question_id = ?", [question.question_id])
        con.execute("INSERT INTO question_log (question_id, logged_at, change, status, reason) VALUES (?, ?, ?, ?, ?)",
                    [question.question_id, now, "redefined" if existed else "added", QuestionStatus.OPEN.value,
                     question.text])
        return question

    def add_file(self, path: Path | str) -> Question:
        """Read a question file (TOML, see docs/questions.md) and :meth:`add` it.

        Raises:
            QuestionError: D601 when the file is not a valid question.
        """
        return self.add(load_question_file(path))

    def list(self) -> list[Question]:
        """Every stored question, by id."""
        if not self._has_tables():
            return []
        rows = self._store.connection.execute(
            f"SELECT {_QUESTION_COLUMNS} FROM question ORDER BY question_id").fetchall()
        return [_question(r) for r in rows]

    def show(self, question_id: str) -> Question:
        """The question with ``question_id``.

        Raises:
            QuestionError: D602 when there is none.
        """
        if self._has_tables():
            rows = self._store.connection.execute(
                f"SELECT {_QUESTION_COLUMNS} FROM question WHERE question_id = ?", [question_id]).fetchall()
            if rows:
                return _question(rows[0])
        raise DetenteError.make("D602", value=question_id)

    def remove(self, question_id: str) -> None:
        """Delete a question with its evidence and log.

        Raises:
            QuestionError: D602 when there is none.
        """
        self.show(question_id)
        delete_forecasts(self._store, question_id)
        con = self._store.connection
        for table in ("question_evidence", "question_log", "question"):
            con.execute(f"DELETE FROM {table} WHERE question_id = ?", [question_id])

    def evaluate(self, question: Question, asof: date | None = None) -> Verdict:
        """The question's verdict as of ``asof`` (today by default), without writing anything."""
        return evaluate(self._store, question, self.registry, asof or date.today())

    def update(self, asof: date | None = None) -> builtins.list[Verdict]:
        """Re-evaluate every question as of ``asof`` and record the result.

        Each question's evidence links are replaced; a log row is written when its status, its
        evidence counts or its treaties changed. Returns one verdict per question (by id).
        """
        if not self._has_tables():
            return []
        questions = self.list()
        if not questions:
            return []
        day = asof or date.today()
        con = self._store.connection
        verdicts: builtins.list[Verdict] = []
        for question in questions:
            verdict = self.evaluate(question, day)
            verdicts.append(verdict)
            now = _now()
            con.execute("DELETE FROM question_evidence WHERE question_id = ?", [question.question_id])
            if verdict.evidence:
                con.executemany("INSERT INTO question_evidence VALUES (?, ?, ?, ?, ?)",
                                [[question.question_id, item.event.event_id, item.stance, item.resolves, now]
                                 for item in verdict.evidence])
            con.execute("UPDATE question SET status = ?, checked_asof = ?, updated_at = ? WHERE question_id = ?",
                        [verdict.status.value, day, now, question.question_id])
            n_for, n_against = _counts(verdict)
            rate = verdict.base_rate
            state = (verdict.status.value, n_for, n_against, list(verdict.treaties_for),
                     list(verdict.treaties_against))
            last = con.execute(
                "SELECT status, n_for, n_against, treaties_for, treaties_against FROM question_log "
                "WHERE question_id = ? AND change = 'status' ORDER BY logged_at DESC LIMIT 1",
                [question.question_id]).fetchall()
            if not last or tuple(last[0]) != state:
                con.execute(
                    "INSERT INTO question_log VALUES (?, ?, ?, 'status', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [question.question_id, now, day, *state,
                     *((rate.matching_events, rate.years, rate.partnerships, rate.upgraded) if rate
                       else (None, None, None, None)), verdict.reason])
        return verdicts

    def last_verdict(self, question_id: str) -> Verdict | None:
        """The verdict recorded by the last :meth:`update` (None before the first).

        Raises:
            QuestionError: D602 when there is no such question.
        """
        self.show(question_id)
        con = self._store.connection
        log = con.execute(
            "SELECT as_of, status, treaties_for, treaties_against, base_events, base_years, partnerships, "
            "upgraded, reason "
            "FROM question_log WHERE question_id = ? AND change = 'status' ORDER BY logged_at DESC LIMIT 1",
            [question_id]).fetchall()
        checked = con.execute("SELECT checked_asof FROM question WHERE question_id = ?", [question_id]).fetchall()
        if not log or not checked or checked[0][0] is None:
            return None
        asof, status, t_for, t_against, n_base, years, partnerships, upgraded, reason = log[0]
        cols = ", ".join(f"e.{c.strip()}" for c in EVENT_COLUMNS.split(","))
        rows = con.execute(
            f"SELECT {cols}, q.stance, q.resolves FROM question_evidence q JOIN events e USING (event_id) "
            "WHERE q.question_id = ? ORDER BY e.event_date NULLS LAST, e.event_id", [question_id]).fetchall()
        evidence = tuple(QuestionEvidence(event=row_to_ref(r[:-2]), stance=r[-2], resolves=bool(r[-1]))
                         for r in rows)
        rate = None if n_base is None else BaseRate(
            matching_events=n_base, years=years or 0.0,
            per_year=round(n_base / years, 4) if years else None, partnerships=partnerships or 0,
            upgraded=upgraded or 0)
        return Verdict(question_id=question_id, asof=checked[0][0] or asof, status=QuestionStatus(status),
                       reason=reason or "", evidence=evidence, treaties_for=tuple(t_for or ()),
                       treaties_against=tuple(t_against or ()), base_rate=rate)

    def log(self, question_id: str) -> builtins.list[dict[str, Any]]:
        """The question's change log, oldest first (``logged_at``, ``as_of``, ``change``, ``status``, ...)."""
        self.show(question_id)
        cur = self._store.connection.execute(
            "SELECT logged_at, as_of, change, status, n_for, n_against, reason FROM question_log "
            "WHERE question_id = ? ORDER BY logged_at", [question_id])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def forecast(self, question_id: str, probability: float, *, by: str = "analyst", note: str | None = None,
                 on: date | None = None) -> Forecast:
        """Log a time-stamped forecast that ``question_id`` resolves yes (``on`` defaults to today).

        Raises:
            QuestionError: D602 when there is no such question, D604 when ``probability`` is outside 0..1.
        """
        self.show(question_id)
        if not (isinstance(probability, int | float) and 0.0 <= probability <= 1.0):
            raise DetenteError.make("D604", value=probability, question_id=question_id)
        self._ensure_tables()
        forecast = Forecast(question_id=question_id, probability=float(probability), made_on=on or date.today(),
                            by=by, note=note, logged_at=_now())
        insert_forecast(self._store, forecast)
        return forecast

    def forecasts(self, question_id: str) -> builtins.list[Forecast]:
        """The forecasts logged for ``question_id``, oldest first.

        Raises:
            QuestionError: D602 when there is no such question.
        """
        self.show(question_id)
        return read_forecasts(self._store, question_id)

    def scores(self) -> Scoreboard:
        """Brier and log scores of every forecaster on every question resolved at the last :meth:`update`.

        Questions not (yet) resolved are listed in ``open_questions`` and not scored; see
        docs/questions.md for which forecasts count.
        """
        scores = []
        open_ids = []
        forecasts = forecasts_by_question(self._store)
        for question in self.list():
            verdict = self.last_verdict(question.question_id)
            day = resolution_day(question, verdict, self.registry) if verdict else None
            if verdict is None or day is None:
                open_ids.append(question.question_id)
                continue
            scores.extend(score_question(question.question_id, forecasts.get(question.question_id, []),
                                         verdict.status is QuestionStatus.RESOLVED_YES, day))
        return Scoreboard(scores=tuple(scores), forecasters=tuple(forecaster_means(scores)),
                          open_questions=tuple(open_ids))

    def _ensure_tables(self) -> None:
        sql = resources.files("detente.analysis").joinpath("questions.sql").read_text("utf-8")
        self._store.connection.execute(sql)

    def _has_tables(self) -> bool:
        row = self._store.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'question'").fetchone()
        return bool(row and row[0])

    def _exists(self, question_id: str) -> bool:
        row = self._store.connection.execute(
            "SELECT count(*) FROM question WHERE question_id = ?", [question_id]).fetchone()
        return bool(row and row[0])


def _question(row: tuple[Any, ...]) -> Question:
    (qid, text, _kind, subjects, codes, keywords, obligations, stage, factuality, min_conf, opened, deadline,
     sources, notes) = row
    rule = ResolutionRule(event_codes=tuple(codes), keywords=tuple(keywords),
                          obligations=tuple(ObligationKind(o) for o in obligations), treaty_stage=stage,
                          factuality=Factuality(factuality), min_confidence=float(min_conf))
    return Question(question_id=qid, text=text, subjects=tuple(subjects), rule=rule, opened_on=opened,
                    deadline=deadline, resolution_sources=sources, notes=notes)


def _counts(verdict: Verdict) -> tuple[int, int]:
    n_for = sum(1 for e in verdict.evidence if e.stance == "for")
    n_against = sum(1 for e in verdict.evidence if e.stance == "against") + len(verdict.treaties_against)
    return n_for, n_against


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
