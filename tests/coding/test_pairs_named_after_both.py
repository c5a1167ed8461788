""""Both countries", "both sides" before the pair is named (docs/coding.md, "Round thirty-one: who did it to whom").

"Washington imposed sanctions on both countries after Russia and Iran signed a treaty", "The EU condemned both
countries after Armenia and Azerbaijan exchanged fire": a pair named only later in the sentence, in a clause of time,
cause or condition, is what "both" refers to, when the sentence names exactly two other countries in all. None of
these sentences is a gold sentence.
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


@pytest.mark.parametrize(("text", "source", "root", "pair"), [
    ("Washington imposed sanctions on both countries after Russia and Iran signed a treaty.", "USA", "16",
     ("RUS", "IRN")),
    ("The EU condemned both countries after Armenia and Azerbaijan exchanged fire.", "IGO", "11", ("ARM", "AZE")),
    ("Washington urged both sides to show restraint after India and Pakistan exchanged fire.", "USA", "02",
     ("IND", "PAK")),
])
def test_both_named_later(pipeline: Any, text: str, source: str, root: str, pair: tuple[str, str]) -> None:
    events = _rooted(pipeline, text)
    assert all((source, root, country) in events for country in pair)


def test_both_named_before(pipeline: Any) -> None:
    # control: a pair named before "both" is still read back
    events = _rooted(pipeline, "Russia and Iran signed a treaty, and Washington threatened sanctions on both countries.")
    assert ("USA", "13", "RUS") in events and ("USA", "13", "IRN") in events


def test_three_named_later_is_open(pipeline: Any) -> None:
    # control: three countries named later leave "both" open
    events = _rooted(pipeline, "Brussels called on both countries to return to talks after Serbia, Kosovo and Albania "
                               "clashed.")
    assert not any(s == "IGO" and t in ("SRB", "XKX", "ALB") for s, _, t in events)
