"""Verbs the parser tagged as nouns or auxiliaries (coding/verb_slips.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
)
from tests.coding.handbuilt import handbuilt

from detente.coding.verb_slips import misread_verb

pytestmark = pytest.mark.slow

_countries = partial(country_set, day=date(2024, 3, 1))
_countries_on_2025_06_01 = partial(country_set, day=date(2025, 6, 1))


def test_a_verb_tagged_as_a_noun_in_a_question(pipeline: Any) -> None:
    assert ("BGD", "1722", "BGD") in _countries(pipeline, "Will Muhammad Yunus's interim government ban Sheikh "
                                                          "Hasina's Awami League?")


@pytest.mark.parametrize(("text", "expected"), [
    ("Will Washington sanction Turkey over its purchase of Russian missiles?", ("USA", "163", "TUR")),
    ("Will Tokyo sanction Pyongyang over the launches?", ("JPN", "163", "PRK")),
    ("Will Modi visit Pakistan?", ("IND", "042", "PAK")),
])
def test_questions_the_parser_misreads(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries_on_2025_06_01(pipeline, text)


def test_a_noun_with_a_modal_and_an_object_is_a_verb() -> None:
    # "Will Washington sanction Turkey ?" with "sanction" a noun, "Washington" its compound, "Turkey" its object
    doc = handbuilt([("Will", "will", "AUX", "aux", 2, "MD"), ("Washington", "Washington", "PROPN", "compound", 2),
                     ("sanction", "sanction", "NOUN", "ROOT", 2, "NN"), ("Turkey", "Turkey", "PROPN", "dobj", 2),
                     ("?", "?", "PUNCT", "punct", 2)])
    assert misread_verb(doc[2])
    # a plain noun with a modifier is none ("the Washington sanction")
    doc = handbuilt([("the", "the", "DET", "det", 2), ("Washington", "Washington", "PROPN", "compound", 2),
                     ("sanction", "sanction", "NOUN", "ROOT", 2, "NN")])
    assert not misread_verb(doc[2])
