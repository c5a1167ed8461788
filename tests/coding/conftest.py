"""Fixtures shared by the coding tests (the session-wide ones are in tests/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest

from detente.coding import EventCoder


@pytest.fixture(scope="module")
def coder(codebook: Any) -> EventCoder:
    """The event coder over the bundled codebook (files that need another one define their own)."""
    return EventCoder(codebook)
