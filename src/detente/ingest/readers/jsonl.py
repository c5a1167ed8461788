"""JSON readers for the ingest stage (stage 1): JSON lines, a JSON array, or one JSON object.

Each object is an article in the input contract of shared/spec/events.md: ``text`` (required),
``id``, ``title``, ``url``, ``publisher``, ``published_on``. A broken line is a problem with its
line number; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from detente.errors import DetenteError
from detente.ingest.article import article_from_text
from detente.ingest.dates import parse_published_on
from detente.records import Article, Problem

STRING_FIELDS = ("title", "url", "publisher")
"""Optional fields that must be strings (or null) when present."""


def read_jsonl(text: str, *, source: str) -> Iterator[Article | Problem]:
    """Read one article per non-blank line; sources are ``path:LINE``."""
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            yield Problem.from_error(
                DetenteError.make("D103", path=source, line=n, reason=f"{err.msg} at column {err.colno}"),
                source=source, line=n)
            continue
        yield record_article(data, source=source, line=n)


def read_json(text: str, *, source: str) -> Iterator[Article | Problem]:
    """Read a ``.json`` file: an array of article objects, one object, or (failing both) JSON lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(text, source=source)
        return
    if isinstance(data, list):
        for n, item in enumerate(data, start=1):
            yield record_article(item, source=source, line=n, locator=f"item {n}")
    else:
        yield record_article(data, source=source, line=1)


def record_article(data: Any, *, source: str, line: int, locator: str | None = None) -> Article | Problem:
    """The article for one decoded JSON record, or the problem with it.

    ``line`` is the line number (JSONL) or the 1-based item number (array); ``locator`` is how the
    message names it (defaults to the line number).
    """
    where = locator or str(line)
    if not isinstance(data, dict):
        return _problem("D103", source, line, where, reason=f"expected a JSON object, got {type(data).__name__}")
    text = data.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return Problem.from_error(DetenteError.make("D105", path=f"{source}:{where}"), source=source,
                                  line=line, article_id=_id_of(data))
    if not isinstance(text, str):
        return _problem("D111", source, line, where, reason=f'"text" must be a string, got {type(text).__name__}')
    for key in STRING_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            return _problem("D111", source, line, where,
                            reason=f'"{key}" must be a string, got {type(data[key]).__name__}')
    raw_id = data.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return _problem("D111", source, line, where, reason=f'"id" must be a string, got {type(raw_id).__name__}')
    try:
        return article_from_text(text, article_id=_id_of(data), title=data.get("title"), url=data.get("url"),
                                 publisher=data.get("publisher"),
                                 published_on=_published(data.get("published_on"), source, where),
                                 source=f"{source}:{where}" if locator is None else f"{source}#{line}")
    except DetenteError as err:
        return Problem.from_error(err, source=source, line=line, article_id=_id_of(data))


def _published(value: Any, source: str, where: str) -> date | None:
    if value is not None and not isinstance(value, str):
        raise DetenteError.make("D107", path=source, line=where, value=value)
    return parse_published_on(value, where=source, line=where)


def _id_of(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    raw = data.get("id")
    if raw is None or isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    return str(raw).strip() or None


def _problem(code: str, source: str, line: int, where: str, *, reason: str) -> Problem:
    err = DetenteError.make(code, path=source, line=where, reason=reason)
    return Problem.from_error(err, source=source, line=line)
