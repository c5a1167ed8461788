"""Acts recoded by what surrounds them (docs/coding.md, "Structure, seventeenth round"): a killing of a named person or
of leaders that was tried or failed is an attempted assassination (185), made; troops sent within one's own country
are a deployment (154), no military aid to oneself. None of these sentences is a gold sentence; each reading has a
case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None, str]]:
    return sorted(((e.source.country if e.source else None), e.event_code, (e.target.country if e.target else None),
                   e.factuality.value) for e in pipeline.code_text(text, published_on=_DAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen tried to kill the governor of Kandahar.", (None, "185", "AFG", "asserted")),
    ("Israel's strike on Doha failed to kill Hamas's senior leaders.", ("ISR", "185", "PSE", "asserted")),
    ("Militants said they attempted to assassinate Prime Minister Iyad Allawi.", (None, "185", "IRQ", "asserted")),
])
def test_a_tried_or_failed_killing_of_a_leader_is_an_attempted_assassination(pipeline: Any, text: str,
                                                                               expected: tuple[str, ...]) -> None:
    assert expected in _coded(pipeline, text)


def test_an_attempt_denied_or_on_a_number_of_people_is_not(pipeline: Any) -> None:
    assert not any(c == "185" for _, c, _, _ in _coded(pipeline, "Russia did not try to kill Zelensky."))
    assert not any(c == "185" for _, c, _, _ in _coded(pipeline, "Israeli troops tried to kill 20 Palestinians."))


def test_troops_sent_within_ones_country_are_a_deployment(pipeline: Any) -> None:
    assert country_triples(pipeline, "Mexico sent 600 more soldiers to Culiacan.", _DAY) == [("MEX", "154", None)]


def test_troops_sent_abroad_are_not(pipeline: Any) -> None:
    assert not any(c == "154" for _, c, _ in country_triples(pipeline, "Kenya sent 400 police officers to Haiti.",
                                                             _DAY))
