"""Protests and strikes named by a noun with no actor of their own (docs/coding.md, "Round thirty-one: who did it to
whom").

"Protests erupted in Tbilisi", "the killing sparked protests across France", "weeks of student protests forced Sheikh
Hasina to resign": a protest the sentence reports as breaking out or being set off, with no owner, is made by the
people of where it is held (or of the one country the sentence names): students, workers and others by the noun's
modifier, else civilians; and, as a protest verb's, it presses their own government. A protest named only as a
setting ("during the protests", "at a rally") or outside an embassy gives no such event. None of these sentences is a
gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {((e.source.actor_code if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code if e.target else None))
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Mass protests erupted in Tbilisi after the government suspended EU accession talks.",
     ("GEOCVL", "14", "GEOGOV")),
    ("Protests swept across Iran after the death of Mahsa Amini.", ("IRNCVL", "14", "IRNGOV")),
    ("Street protests broke out in Nairobi over the finance bill.", ("KENCVL", "14", "KENGOV")),
    ("The killing sparked protests across France.", ("FRACVL", "14", "FRAGOV")),
    ("Weeks of student protests forced Sheikh Hasina to resign.", ("BGDEDU", "14", "BGDGOV")),
    ("A general strike paralysed ports across Greece on Wednesday.", ("GRCLAB", "14", "GRCGOV")),
])
def test_protest_noun_by_people_of_place(pipeline: Any, text: str, event: tuple[str | None, str, str | None]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    # controls: a protest named as a setting, one at an embassy, and a rally a speaker addresses
    "The police used water cannon during the protests in Tbilisi.",
    "Protests erupted outside the US embassy in Baghdad.",
    "Trump told supporters at a rally in Ohio that tariffs would work.",
])
def test_no_crowd_protest(pipeline: Any, text: str) -> None:
    assert not any(s is not None and s.endswith(("CVL", "EDU", "LAB")) and root == "14"
                   for s, root, _ in _coded(pipeline, text))
