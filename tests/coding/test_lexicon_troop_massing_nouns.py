"""Troops massed or concentrated, named by nouns (docs/coding.md, "Round thirty-three: release and easing nouns").

"Russia's massing of troops on the Ukrainian border", "China's concentration of troops along the Indian border": the
massing or concentration of troops, forces, soldiers or tanks is a build-up, 154, like the buildup and deployment
nouns. The concentration of wealth or power is none, and a warning against a massing asserts no build-up. None of
these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [((e.source.actor_code if e.source else None), str(e.event_code), str(e.factuality))
            for e in pipeline.code_text(text, published_on=_DAY)]


@pytest.mark.parametrize(("text", "source"), [
    ("Russia's massing of troops on the Ukrainian border worried NATO.", "RUS"),
    ("China's concentration of troops along the Indian border was reported by New Delhi.", "CHN"),
    ("Venezuela's massing of soldiers near the Guyana border raised alarm.", "VEN"),
])
def test_troop_massing_noun_is_buildup(pipeline: Any, text: str, source: str) -> None:
    assert any(s == source and c == "154" and f.endswith("asserted") for s, c, f in _coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "The concentration of wealth in China has grown.",
    "The concentration of power in the presidency worried critics in Turkey.",
    "NATO warned against any massing of troops near Finland.",
])
def test_concentration_not_of_troops(pipeline: Any, text: str) -> None:
    assert not any(c == "154" and f.endswith("asserted") for _, c, f in _coded(pipeline, text))
