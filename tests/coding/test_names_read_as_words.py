"""Sentence-initial names that are also English words (docs/coding.md, "Round twenty-seven"): "Trump imposed tariffs
on Chinese steel" is read by the parser as the noun "Trump" with "imposed" an adjective of "tariffs"; a finite past
verb modifies no noun, so the name is its subject. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump imposed tariffs on Chinese steel on Monday.", ("USA", "16", "CHN", "asserted")),
    ("Trump imposed new sanctions on Iran's oil sector.", ("USA", "16", "IRN", "asserted")),
    ("Trump fired missiles at Syria.", ("USA", "19", "SYR", "asserted")),
    ("Trump lifted sanctions on Syria in May.", ("USA", "08", "SYR", "asserted")),
])
def test_a_name_before_a_past_verb_read_as_an_adjective_is_its_subject(pipeline: Any, text: str,
                                                                        expected: tuple[str, str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump slapped tariffs on Mexican goods.", ("USA", "16", "MEX", "asserted")),
    ("Biden imposed sanctions on Russian banks.", ("USA", "16", "RUS", "asserted")),
    ("Trump hosted Netanyahu at the White House.", ("USA", "04", "ISR", "asserted")),
])
def test_names_the_parser_reads_as_subjects_stay_as_they_were(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_noun_phrase_headline_is_not_a_clause(pipeline: Any) -> None:
    # a participle after a common noun is a reduced relative, not a verb with that noun for its subject
    assert not any(f == "asserted" and s == "USA" for s, _, _, f in _roots(
        pipeline, "Tariffs imposed on Chinese steel are hurting American carmakers, economists say."))
