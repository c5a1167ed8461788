"""Shareable question files (analysis stage): read and write watched questions as TOML.

The format is documented in docs/questions.md; examples live in examples/questions/.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, cast

import tomli_w

from detente.errors import DetenteError, InvalidRecordError
from detente.records.analysis import ObligationKind, Question, ResolutionRule
from detente.records.event import Factuality

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_QUESTION_KEYS = frozenset({"id", "text", "kind", "subjects", "opened_on", "deadline", "resolution_sources",
                            "notes", "resolution"})
_RULE_KEYS = frozenset({"event_codes", "keywords", "obligations", "treaty_stage", "factuality", "min_confidence"})


def load_question_file(path: Path | str) -> Question:
    """Read a question from a TOML file.

    Raises:
        InputError: D101 when the file cannot be read.
        QuestionError: D601 naming the file and what is wrong with it.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DetenteError.make("D101", path=where, reason=str(err)) from err
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DetenteError.make("D601", path=where, reason=f"broken TOML: {err}") from err
    return question_from_dict(data, where)


def question_from_dict(data: dict[str, Any], where: str = "<question>") -> Question:
    """Build and validate a :class:`Question` from the parsed TOML (``{"question": {...}}``).

    Raises:
        QuestionError: D601 naming the field at fault.
    """
    def fail(reason: str) -> DetenteError:
        return DetenteError.make("D601", path=where, reason=reason)

    q = data.get("question")
    if not isinstance(q, dict):
        raise fail("the file needs a [question] table")
    unknown = set(q) - _QUESTION_KEYS
    if unknown:
        raise fail(f"unknown fields in [question]: {sorted(unknown)}")
    qid = q.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise fail(f"id must be lower-case letters, digits, - and _, got {qid!r}")
    if not isinstance(q.get("text"), str) or not q["text"].strip():
        raise fail("text is required")
    if q.get("kind", "binary") != "binary":
        raise fail(f"kind {q.get('kind')!r} is not supported (only binary)")
    subjects = q.get("subjects")
    if not isinstance(subjects, list) or not all(isinstance(s, str) and s for s in subjects):
        raise fail("subjects must be a list of actor, country or grouping codes, e.g. [\"RUS\", \"IRN\"]")
    for key in ("opened_on", "deadline"):
        if not isinstance(q.get(key), date) or hasattr(q[key], "hour"):
            raise fail(f"{key} must be a date such as 2026-01-01, got {q.get(key)!r}")
    rule = _rule(q.get("resolution"), fail)
    try:
        return Question(question_id=qid, text=q["text"].strip(), subjects=tuple(subjects), rule=rule,
                        opened_on=q["opened_on"], deadline=q["deadline"],
                        resolution_sources=q.get("resolution_sources"), notes=q.get("notes"))
    except InvalidRecordError as err:
        raise fail(err.message) from err


def question_to_toml(question: Question) -> str:
    """The question as a shareable TOML document (readable by :func:`load_question_file`)."""
    rule = question.rule
    body: dict[str, Any] = {
        "id": question.question_id, "text": question.text, "kind": question.kind,
        "subjects": list(question.subjects), "opened_on": question.opened_on, "deadline": question.deadline,
    }
    if question.resolution_sources:
        body["resolution_sources"] = question.resolution_sources
    if question.notes:
        body["notes"] = question.notes
    body["resolution"] = {
        "event_codes": list(rule.event_codes), "keywords": list(rule.keywords),
        "obligations": [o.value for o in rule.obligations], "treaty_stage": rule.treaty_stage,
        "factuality": rule.factuality.value, "min_confidence": rule.min_confidence,
    }
    return tomli_w.dumps({"question": body})


def _rule(value: object, fail: Any) -> ResolutionRule:
    if not isinstance(value, dict):
        raise fail("the file needs a [question.resolution] table")
    unknown = set(value) - _RULE_KEYS
    if unknown:
        raise fail(f"unknown fields in [question.resolution]: {sorted(unknown)}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("event_codes", "keywords", "obligations"):
        items = value.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise fail(f"resolution.{key} must be a list of strings")
        lists[key] = tuple(items)
    for code in lists["event_codes"]:
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise fail(f"resolution.event_codes: {code!r} is not a CAMEO code prefix such as 057")
    try:
        obligations = tuple(ObligationKind(o) for o in lists["obligations"])
    except ValueError as err:
        raise fail(f"resolution.obligations: {err}; use "
                   f"{', '.join(k.value for k in ObligationKind)}") from err
    stage = value.get("treaty_stage", "signed")
    if stage not in ("signed", "in_force"):
        raise fail(f"resolution.treaty_stage must be signed or in_force, got {stage!r}")
    try:
        factuality = Factuality(value.get("factuality", "asserted"))
    except ValueError as err:
        raise fail(f"resolution.factuality: {err}") from err
    confidence = value.get("min_confidence", 0.6)
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        raise fail(f"resolution.min_confidence must be a number, got {confidence!r}")
    try:
        return ResolutionRule(event_codes=lists["event_codes"], keywords=lists["keywords"],
                              obligations=obligations, treaty_stage=cast(Any, stage),
                              factuality=factuality, min_confidence=float(confidence))
    except InvalidRecordError as err:
        raise fail(err.message) from err
