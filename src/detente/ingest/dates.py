"""Publication dates for the ingest stage (stage 1): ISO 8601 and RFC 2822 values -> ``date``.

The date kept is the calendar date *as written* in the value's own time zone, because relative
phrases in the text ("on Friday") were written in the publisher's local time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from detente.errors import DetenteError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_START = re.compile(r"^\d{4}-?\d{2}-?\d{2}([T ]\d{2}(:?\d{2}(:?\d{2}(\.\d+)?)?)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)?$")
_RFC2822_HINT = re.compile(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}")
_DATE_LINE = re.compile(
    r"^(?:(?:published|date|dated|updated|posted)\s*(?:on)?\s*[:\-]?\s*)?(?P<value>\S.*?)\s*$", re.IGNORECASE
)


def parse_published_on(value: str | date | None, *, where: str = "<published_on>",
                       line: int | str = "-") -> date | None:
    """Parse a publication date given as an ISO date, ISO date-time (with or without zone) or RFC 2822.

    Args:
        value: the value; None or a blank string mean "unknown".
        where: the file or record the value comes from (for the error message).
        line: its line, or another locator such as ``entry 3``.

    Returns:
        The date as written (a date-time keeps its own calendar date, not the UTC one), or None.

    Raises:
        InputError: D107 when the value is not one of the accepted forms.

    >>> parse_published_on("2024-10-11"), parse_published_on("2024-10-11T23:30:00-05:00")
    (datetime.date(2024, 10, 11), datetime.date(2024, 10, 11))
    >>> parse_published_on("Fri, 11 Oct 2024 09:30:00 +0300")
    datetime.date(2024, 10, 11)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DetenteError.make("D107", path=where, line=line, value=value)
    text = value.strip()
    if not text:
        return None
    parsed = _parse_iso(text) or _parse_rfc2822(text)
    if parsed is None:
        raise DetenteError.make("D107", path=where, line=line, value=value)
    return parsed


def date_from_line(line: str) -> date | None:
    """The date when a whole line is just a date (optionally after ``Published:``), else None.

    Used for the leading date line of plain-text articles.

    >>> date_from_line("Published: 2024-10-11"), date_from_line("Iran fired missiles on 2024-10-01.")
    (datetime.date(2024, 10, 11), None)
    """
    match = _DATE_LINE.match(line.strip())
    if match is None:
        return None
    value = match.group("value")
    return _parse_iso(value) or _parse_rfc2822(value)


def _parse_iso(text: str) -> date | None:
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    if not _ISO_START.match(text):
        return None
    try:
        return datetime.fromisoformat(text.replace(" Z", "Z")).date()
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> date | None:
    if not _RFC2822_HINT.search(text):
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or parsed.year < 1000:
        return None
    return parsed.date()
