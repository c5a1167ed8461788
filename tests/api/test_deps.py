"""Tests for detente.api.deps: how the REST shell reads query parameters."""

from __future__ import annotations

from datetime import date

import pytest

from detente.api.deps import parse_day
from detente.errors import DetenteError


def test_parse_day_api_treats_a_blank_parameter_as_no_filter() -> None:
    assert parse_day("") is None
    assert parse_day("2024-10-02") == date(2024, 10, 2)
    with pytest.raises(DetenteError) as info:
        parse_day("2024-10-32")
    assert info.value.code == "D803"
