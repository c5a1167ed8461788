"""Tests for detente.ingest.dates: publication dates from ISO 8601 and RFC 2822 values."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from detente.errors import DetenteError, InputError
from detente.ingest import parse_published_on
from detente.ingest.dates import date_from_line


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-10-11", date(2024, 10, 11)),
    ("2024-10-11T09:30:00Z", date(2024, 10, 11)),
    ("2024-10-11T23:30:00-05:00", date(2024, 10, 11)),
    ("2024-10-11 09:30", date(2024, 10, 11)),
    ("2024-10-11T09:30:00.250+0200", date(2024, 10, 11)),
    ("Fri, 11 Oct 2024 23:59:00 -0700", date(2024, 10, 11)),
    ("11 Oct 2024 08:00:00 GMT", date(2024, 10, 11)),
    ("", None),
    (None, None),
    (date(2024, 1, 2), date(2024, 1, 2)),
    (datetime(2024, 1, 2, 23, 0, tzinfo=UTC), date(2024, 1, 2)),
])
def test_dates_parse_published_on_accepts(value: object, expected: date | None) -> None:
    assert parse_published_on(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "2024-02-30", "11/10/2024", "October 2024", "2024"])
def test_dates_parse_published_on_rejects_with_d107(value: str) -> None:
    with pytest.raises(InputError) as info:
        parse_published_on(value, where="in.jsonl", line=4)
    assert info.value.code == "D107"
    assert info.value.message == f"in.jsonl:4: invalid published_on {value!r}"
    assert isinstance(info.value, DetenteError)


@pytest.mark.parametrize(("line", "expected"), [
    ("2024-10-11", date(2024, 10, 11)),
    ("Published: 2024-10-11T08:00Z", date(2024, 10, 11)),
    ("Date - Fri, 11 Oct 2024 09:30:00 +0000", date(2024, 10, 11)),
    ("Talks on 2024-10-11", None),
    ("The meeting took place.", None),
])
def test_dates_date_from_line(line: str, expected: date | None) -> None:
    assert date_from_line(line) == expected
