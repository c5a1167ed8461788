"""Aid given in one country for the people of another (docs/coding.md, "Round thirty-one: who did it to whom").

"The United Arab Emirates opened a field hospital in Amdjarass, in eastern Chad, to treat Sudanese refugees": aid whose
own slots name only where it is given ("in Chad") and whose purpose clause names the people it is for is aimed at
those people's country, not at the host of the place. Aid sent "to" a country names a recipient, which stays. None of
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


@pytest.mark.parametrize(("text", "event", "host"), [
    ("The United Arab Emirates opened a field hospital in Amdjarass, in eastern Chad, to treat Sudanese refugees.",
     ("ARE", "07", "SDN"), "TCD"),
    ("France opened a clinic in Cox's Bazar to treat Rohingya refugees from Myanmar.", ("FRA", "07", "MMR"), "BGD"),
    ("Japan opened a field hospital in Jordan to treat Syrian refugees.", ("JPN", "07", "SYR"), "JOR"),
])
def test_aid_for_people_of_purpose(pipeline: Any, text: str, event: tuple[str, str, str], host: str) -> None:
    events = _rooted(pipeline, text)
    assert event in events
    assert (event[0], event[1], host) not in events


@pytest.mark.parametrize(("text", "event"), [
    # controls: a recipient named with "to", and people of the place itself
    ("Turkey delivered food aid to Lebanon to feed Syrian refugees.", ("TUR", "07", "LBN")),
    ("Qatar opened a hospital in Gaza to treat the wounded.", ("QAT", "07", "PSE")),
])
def test_recipient_kept(pipeline: Any, text: str, event: tuple[str, str, str]) -> None:
    assert event in _rooted(pipeline, text)
