"""Lives, careers, dispositions and rates are summed up, not reported (docs/factuality.md, "Talk, prospects and
lives summed up"): an obituary's "who" clause, "during his presidency", "has always backed", "tends to side
with", "1.3 billion dollars a year", "the Cold War". Dated acts and plain reports in the same words stay events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Carter, who brokered peace between Egypt and Israel, died at 100.",
    "Gorbachev, who withdrew Soviet troops from Afghanistan, died in Moscow.",
    "Abe, who visited Washington many times, was buried in Tokyo.",
    "Kissinger, who negotiated the end of the Vietnam war, died on Wednesday.",
    "During his presidency, Chirac opposed the war in Iraq.",
    "Throughout her career, the senator opposed arms sales to Saudi Arabia.",
    "The foreign minister said Turkey had always backed Azerbaijan.",
    "Turkey tends to side with Azerbaijan in disputes with Armenia.",
    "Egypt receives 1.3 billion dollars in American military aid a year.",
    "Russia sells India about ten fighter jets a year.",
    "As foreign minister, Shevardnadze helped end the Cold War.",
])
def test_life_career_disposition_and_rate_state_no_event(pipeline: Any, text: str) -> None:
    assert _asserted(pipeline, text) == set(), text


@pytest.mark.parametrize(("text", "expected"), [
    # (dated years before the publication day it is history: tests/coding/test_factuality_dated_by_publication.py)
    ("Britain expelled dozens of Soviet diplomats on Friday.", ("GBR", "17", "RUS")),
    ("The war between Russia and Ukraine escalated on Sunday.", ("RUS", "19", "UKR")),
    ("Turkey backed Azerbaijan's offensive on Tuesday.", ("TUR", "05", "AZE")),
    ("During his visit, Modi met Putin in Moscow.", ("IND", "04", "RUS")),
    ("Gorbachev withdrew Soviet troops from Afghanistan.", ("RUS", "08", "AFG")),
    ("A month after the election, Georgia's government still refuses to talk to the opposition.",
     ("GEO", "12", "GEO")),
])
def test_dated_acts_and_plain_reports_stay_events(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    got = _asserted(pipeline, text)
    assert expected in got, (text, got)
