"""Plain-text reader for the ingest stage (stage 1): one article per file.

Layout: an optional *header block* (the lines before the first blank line) holding a date line
and/or a title, then the body. See docs/input-formats.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from detente.errors import DetenteError
from detente.ingest.article import article_from_text, normalise_text
from detente.ingest.dates import date_from_line
from detente.records import Article, Problem

MAX_TITLE_CHARS = 200
"""A header line longer than this is body text, not a title."""
MAX_HEADER_LINES = 3


def read_text(text: str, *, source: str) -> Iterator[Article | Problem]:
    """Read one plain-text article.

    The header block (the lines before the first blank line) is taken apart only when it has at
    most three lines, each a date line (``2024-10-11``, ``Published: 2024-10-11T09:00Z``, an
    RFC 2822 date) or a title (at most 200 characters, not ending in ``.``, ``!``, ``?`` or ``:``),
    with at most one title, and body text follows it. Otherwise the whole file is the body.
    """
    try:
        title, day, body = split_header(normalise_text(text))
        yield article_from_text(body, title=title, published_on=day, source=source)
    except DetenteError as err:
        yield Problem.from_error(err, source=source)


def split_header(text: str) -> tuple[str | None, date | None, str]:
    """Split a normalised text into (title, published_on, body) by the rules of :func:`read_text`.

    >>> split_header("Talks in Doha\\n2024-10-11\\n\\nQatar hosted envoys.")
    ('Talks in Doha', datetime.date(2024, 10, 11), 'Qatar hosted envoys.')
    >>> split_header("Qatar hosted envoys.\\n\\nThey met again.")
    (None, None, 'Qatar hosted envoys.\\n\\nThey met again.')
    """
    head, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return None, None, text
    lines = [line.strip() for line in head.split("\n")]
    if len(lines) > MAX_HEADER_LINES:
        return None, None, text
    title: str | None = None
    day: date | None = None
    for line in lines:
        found = date_from_line(line) if day is None else None
        if found is not None:
            day = found
        elif title is None and _is_title(line):
            title = line
        else:
            return None, None, text
    return title, day, rest.strip()


def _is_title(line: str) -> bool:
    return 0 < len(line) <= MAX_TITLE_CHARS and not line.endswith((".", "!", "?", ":", ","))
