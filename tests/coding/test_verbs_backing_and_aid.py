"""A bid or candidacy withdrawn, or a candidate standing aside, in favour of another backs the other (051); coming to
another's aid or rescue is help (070) (docs/coding.md, "Lexicon, seventeenth round"). None of these sentences is a
gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Kenya withdrew its candidacy in favour of Djibouti.", ("KEN", "051", "DJI")),
    ("France came to the aid of Chad's government.", ("FRA", "070", "TCD")),
])
def test_backing_and_aid(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "He withdrew his application for the job.",
    "The firefighters came to the rescue of the trapped miners.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)
