"""Tests for detente.records.query: the day and factuality parsers both shells call."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import DetenteError
from detente.records import Factuality
from detente.records.query import FACTUALITY_CHOICES, parse_day, parse_factuality


def test_parse_day_reads_an_iso_date_and_keeps_none() -> None:
    assert parse_day("2025-01-17") == date(2025, 1, 17)
    assert parse_day(None) is None


@pytest.mark.parametrize("value", ["2025-13-01", "17/01/2025", "", "yesterday"])
def test_parse_day_refuses_other_text_with_d803(value: str) -> None:
    with pytest.raises(DetenteError) as info:
        parse_day(value)
    assert info.value.code == "D803" and repr(value) in info.value.message


def test_parse_factuality_reads_every_label_and_all() -> None:
    assert [parse_factuality(v) for v in FACTUALITY_CHOICES] == [*Factuality, None]


def test_parse_factuality_refuses_an_unknown_label_with_d802() -> None:
    with pytest.raises(DetenteError) as info:
        parse_factuality("maybe")
    assert info.value.code == "D802" and "'maybe'" in info.value.message
    assert all(choice in info.value.hint for choice in FACTUALITY_CHOICES)
