"""A span of time given before a "to" clause is an ultimatum (139) also when the one given it carries a relative clause:
the parser then hangs the span and its clause on the relative clause's verb ("gave the soldiers who seized power in
Niger fifteen days to return to their barracks"), and the lexicon's matcher looks there too (docs/coding.md,
"Lexicon, seventeenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("The African Union gave the soldiers who seized power in Niger fifteen days to return to their barracks.",
     ("IGO", "139", "NER")),
    ("The EU gave Russia a week to change course.", ("IGO", "139", "RUS")),
])
def test_spans_given_are_ultimatums(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_a_span_inside_the_relative_clause_is_no_ultimatum(pipeline: Any) -> None:
    text = "The Kenyan teacher gave the pupils who finished early ten minutes to rest."
    assert not any(code == "139" for _, code, _ in country_set(pipeline, text, _DAY))
