"""What is not confirmed is left open, not denied (docs/factuality.md, "Round thirty-one: opinion topics, wishes and
history dated in phrases").

"The Kremlin did not confirm the meeting between Putin and Trump", "Officials would not confirm that Israel struck the
depot": the act is `hypothetical`, as under "would not say whether"; "denied that" still negates, a plain negation
still denies, and a confirmation asserts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("The Kremlin did not confirm the meeting between Putin and Trump in Alaska.", ("RUS", "040", "USA", "hypothetical")),
    ("Officials would not confirm that Israel struck the depot in Latakia.", ("ISR", "190", "SYR", "hypothetical")),
    ("The Pentagon could not verify that Iran had sent drones to Russia.", ("IRN", "072", "RUS", "hypothetical")),
    # controls
    ("Russia denied that its troops had entered Moldova.", ("RUS", "192", "MDA", "negated")),
    ("The Pentagon confirmed that Israel struck the depot in Latakia.", ("ISR", "190", "SYR", "asserted")),
    ("Israel did not strike the depot in Latakia.", ("ISR", "190", "SYR", "negated")),
])
def test_an_act_not_confirmed_is_open(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
