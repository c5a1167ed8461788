"""What a state cracks down on at home besides people (docs/coding.md, "Round thirty-one: who did it to whom").

"Tehran's crackdown on dissent", "Moscow's crackdown on the press", "Minsk's crackdown on civil society", "Managua's
crackdown on the Catholic Church": dissent, the press, civil society, NGOs and the church are the country's own
opposition, media, civilians and clergy, so the crackdown (coercion, CAMEO 17) is aimed at the source's own country,
as a crackdown on protesters already is. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code[:3] if e.target else None), e.factuality.value)
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Tehran's crackdown on dissent has intensified.", ("IRN", "17", "IRN", "asserted")),
    ("The Kremlin cracked down on dissent after the invasion.", ("RUS", "17", "RUS", "asserted")),
    ("Moscow's crackdown on the press intensified after the invasion.", ("RUS", "17", "RUS", "asserted")),
    ("Minsk's crackdown on civil society has emptied its prisons of space.", ("BLR", "17", "BLR", "asserted")),
    ("Nicaragua's crackdown on the Catholic Church continued this week.", ("NIC", "17", "NIC", "asserted")),
    ("Ortega's government cracked down on the clergy in March.", ("NIC", "17", "NIC", "asserted")),
])
def test_crackdown_at_home(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # controls: people named, and a place abroad named
    ("Tehran's crackdown on protesters drew condemnation from the European Union.", ("IRN", "17", "IRN", "asserted")),
    ("Beijing's crackdown on dissent in Hong Kong has silenced the city.", ("CHN", "17", "HKG", "asserted")),
])
def test_crackdown_controls(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)
