"""The steps that find a target when a candidate's own slots name none (coding/target_steps.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")


def test_release_of_ones_own_people_is_asked_of_whoever_holds_them(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France demanded the release of French aid workers held in Iran.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("FRA", "10", "IRN")}


def test_state_of_emergency_at_home_is_aimed_at_no_one(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Kyiv declared martial law in Odesa.")
    assert _triples(events) == {("UKR", "17", None, "asserted")}


def test_mediation_naming_no_one_is_between_the_others_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan urged India and Pakistan to show restraint, and Qatar offered to mediate.")
    assert {(s, t) for s, r, t, _ in _triples(events) if r == "03"} == {("QAT", "IND"), ("QAT", "PAK")}


def test_treaty_signed_with_no_partner_named_is_with_the_one_other_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Azerbaijan is unlikely to sign a peace treaty until Armenia rewrites its constitution.")
    assert ("AZE", "05", "ARM", "hypothetical") in _triples(events)
