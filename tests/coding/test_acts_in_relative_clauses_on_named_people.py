"""Acts told in a relative clause on a named person (docs/coding.md, "Round thirty-one: who did it to whom").

"..., a German citizen whom Iranian agents abducted in the United Arab Emirates": the relative clause's subject acts
on the person the relative pronoun stands for (the head noun's nationality), and where it happened is no second
target once that person names an actor. A bare pronoun ("abducted him in Dubai") still falls back on the place. None
of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code[:3] if e.target else None))
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event", "place"), [
    ("Berlin condemned the execution of Jamshid Sharmahd, a German citizen whom Iranian agents abducted in the "
     "United Arab Emirates.", ("IRN", "18", "DEU"), "ARE"),
    ("He met a German citizen whom Iranian agents abducted in Dubai.", ("IRN", "18", "DEU"), "ARE"),
    ("Paris demanded news of a French engineer who Russian soldiers seized in Kherson.", ("RUS", "18", "FRA"), "UKR"),
    ("Tokyo protested the sentence of a Japanese businessman whom Chinese police arrested in Beijing.",
     ("CHN", "17", "JPN"), None),
])
def test_relative_on_named_person(pipeline: Any, text: str, event: tuple[str, str, str], place: str | None) -> None:
    events = _rooted(pipeline, text)
    assert event in events
    if place is not None:
        assert (event[0], event[1], place) not in events


def test_bare_pronoun_keeps_place(pipeline: Any) -> None:
    # control: a pronoun that names no one leaves where the act was done
    assert ("IRN", "18", "ARE") in _rooted(pipeline, "Iranian agents abducted him in Dubai.")
