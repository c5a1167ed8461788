"""A definite description ("the ambassador", "the envoy") does not refer back to the subject of its own verb: "Brazil's
foreign minister recalled the ambassador" names two people, since a person acting on themselves is said with a
reflexive (eighteenth actors round: the ambassador had been given the minister's name)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mentions_by_text

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "day"), [
    ("Brazil's foreign minister recalled the ambassador to Mexico.", "2023-03-01"),
    ("Mauro Vieira met with the ambassador in Brasilia.", "2023-03-01"),
    ("Sergei Lavrov summoned the envoy.", "2024-11-01"),
    ("Antony Blinken thanked the diplomat for his work.", "2023-06-19"),
])
def test_the_object_of_a_persons_act_is_not_that_person(resolver: ActorResolver, nlp: Any, text: str,
                                                        day: str) -> None:
    found = mentions_by_text(resolver, nlp, text, day)
    subject = next(m for m in found.values() if m.kind == "person")
    assert all(m.name != subject.name for key, m in found.items() if key in ("ambassador", "envoy", "diplomat"))


@pytest.mark.parametrize(("text", "day", "mention", "name"), [
    ("Iran sent foreign minister Abbas Araghchi to Moscow. On arrival, the envoy asked for a guarantee.",
     "2025-06-24", "envoy", "Abbas Araghchi"),
    ("Sergei Lavrov flew to Pyongyang. The minister was greeted at the airport.", "2024-11-01", "minister",
     "Sergey Lavrov"),
    ("Brazil's foreign minister said the ambassador would return to Mexico.", "2023-03-01", "ambassador",
     "Mauro Vieira"),
])
def test_a_description_in_another_clause_still_refers_back(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                           mention: str, name: str) -> None:
    assert mentions_by_text(resolver, nlp, text, day)[mention].name == name
