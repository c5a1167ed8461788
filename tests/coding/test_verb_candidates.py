"""Verb candidates: light verbs and verbs the parser misread (coding/verb_candidates.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    root_set,
)

from detente.coding import EventCoder
from detente.coding.candidates import find_candidates

pytestmark = pytest.mark.slow

_roots = partial(root_set, day=date(2025, 6, 1))


def test_present_tense_verb_with_no_subject_after_a_noun_is_a_misread_plural(nlp: Any, coder: EventCoder) -> None:
    doc = nlp("Kenyan police killed at least 31 people during Monday's Saba Saba protests, the state-funded human "
              "rights commission said.")
    assert doc[12].lower_ == "protests" and doc[12].dep_ == "advcl"  # the parser's reading this test is about
    assert [c.code for c in find_candidates(doc[:], coder.lexicon)] == ["175"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine was given military aid by Germany worth 5 billion euros.", ("DEU", "07", "UKR")),
    ("Jordan was given humanitarian aid by Japan.", ("JPN", "07", "JOR")),
])
def test_passive_light_verb_keeps_its_receiver(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_frame_reads_a_phrasal_complement_as_another_verb(pipeline: Any) -> None:
    """ "refused to be drawn on" declines comment (011); "refused to draw down its troops" is a refusal (12)."""
    day = date(2025, 6, 1)
    assert {c[:2] for _, c, _ in country_set(pipeline, "Russia refused to draw down its troops near the border.",
                                             day)} == {"12"}
    assert {c for _, c, _ in country_set(pipeline, "The Kremlin refused to be drawn on the talks with Ukraine.",
                                         day)} <= {"011"}
