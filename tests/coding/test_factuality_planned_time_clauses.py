"""A simple present after "before", "until", "once" or "after" states an act still to come (docs/factuality.md,
"Planned acts in time clauses"): "signed a pact a day before Macron heads to Beijing" plans the trip, it does not
report it. A past tense there reports the act, and inside a question the time clause keeps its own reading.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Officials met on Sunday, a day before Modi travels to Washington.", ("IND", "042", "USA", "future")),
    ("The talks end a day before Sarkozy heads to Beijing, seeking to mend ties with China.",
     ("FRA", "042", "CHN", "future")),
    ("France and Britain signed a defence pact on Monday, days before Macron flies to Beijing.",
     ("FRA", "042", "CHN", "future")),
])
def test_a_present_after_before_is_a_planned_act(pipeline: Any, text: str,
                                                 event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Israel struck Gaza after Hamas fired rockets at Ashkelon.", ("PSE", "195", "ISR", "asserted")),
    ("Sarkozy visited Beijing a day before he flew to Tokyo.", ("FRA", "042", "CHN", "asserted")),
])
def test_a_past_in_a_time_clause_is_reported(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


def test_a_time_clause_in_a_question_is_unchanged(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Will Penny Wong meet Wang Yi when she flies to Beijing this week?", _DAY)
    assert ("AUS", "040", "CHN", "question") in facts and ("AUS", "042", "CHN", "future") in facts
