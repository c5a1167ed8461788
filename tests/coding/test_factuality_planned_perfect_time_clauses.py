"""A present perfect in a "before" or "once" clause of a denied plan is still to come, and the host's denial is not its
own (docs/factuality.md, "Round thirty-one: opinion topics, wishes and history dated in phrases").

"Xi Jinping will not come to Washington before Trump has been to Beijing": Trump's trip is `future`, as "before Trump
goes to Beijing" already was; the past perfect of a past host ("did not retaliate before Israel had struck") keeps
its act.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Xi Jinping will not come to Washington before Trump has been to Beijing, whatever the White House announces.",
     ("USA", "042", "CHN", "future")),
    ("Ukraine will not hold elections before Russia has withdrawn its troops.", ("RUS", "0874", "UKR", "future")),
    ("Israel will not inform Washington before it strikes Iran.", ("ISR", "190", "IRN", "future")),
    ("Iran did not retaliate before Israel had struck its consulate.", ("ISR", "190", None, "asserted")),
])
def test_a_perfect_in_a_time_clause_of_a_denied_plan(pipeline: Any, text: str,
                                                     event: tuple[str, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
