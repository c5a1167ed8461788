"""Frames and their complements (coding/frame_candidates.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    root_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_roots = partial(root_set, day=date(2025, 6, 1))


def test_insisting_that_another_acts_is_a_demand_of_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia insisted that Ukraine withdraw its troops from the border.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("RUS", "10", "UKR")}


def test_ready_for_an_event_noun_is_an_intent(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran said it was ready for talks with France.")
    assert _triples(events) == {("IRN", "03", "FRA", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's threat to use nuclear weapons against Ukraine alarmed NATO.", ("RUS", "13", "UKR")),
    ("India's threat to strike Pakistan again worried Washington.", ("IND", "13", "PAK")),
    ("Iran dismissed Washington's threat to bomb its nuclear sites.", ("USA", "13", "IRN")),
])
def test_a_threat_noun_frames_its_infinitive(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    found = _roots(pipeline, text)
    assert expected in found
    # what is threatened is not an event of its own
    assert not {r for _, r, _ in found} & {"19", "20"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia threatened to deploy its troops to the border with Ukraine.", {("RUS", "13", "UKR")}),
    ("Ethiopia refused to withdraw its troops from Somalia.", {("ETH", "12", "SOM")}),
    ("Serbia refused to reduce its forces near Kosovo.", {("SRB", "12", "XKX")}),
    ("Russia refused to withdraw its troops from the border.", {("RUS", "12", None)}),
])
def test_the_own_forces_a_framed_act_moves_are_not_its_target(pipeline: Any, text: str,
                                                             expected: set[tuple[str, str, str | None]]) -> None:
    """ "refused to withdraw its troops": the troops are the actor's own, what the act moves (sixteenth round)."""
    assert _roots(pipeline, text) == expected
