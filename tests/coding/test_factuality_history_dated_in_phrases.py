"""Acts dated to a past year by a phrase of their own noun, or by a year put before the clause they are joined to, are
history (docs/factuality.md, "Round thirty-one: opinion topics, wishes and history dated in phrases").

"The ruins of the Iraqi invasion of Kuwait in 1990 have been cleared", "the Rwandan genocide of 1994", "In 1999,
NATO bombed Serbia and Milosevic withdrew from Kosovo" (published 2025) report no event of the day. The same acts
dated to the news's own recent past, and acts dated by a day, stay events.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize("text", [
    "The anniversary of the Russian invasion of Ukraine in 2022 has been marked across Europe.",
    "The legacy of the American occupation of Iraq in 2003 has been debated for years.",
    "Survivors of the Israeli bombardment of Gaza in 2014 have been forgotten.",
    "The ruins of the Iraqi invasion of Kuwait in 1990 have been cleared.",
    "The victims of the Rwandan genocide of 1994 have been commemorated every April.",
    "In 1999, NATO bombed Serbia and Milosevic withdrew from Kosovo.",
    "In 2003, American troops invaded Iraq, and Saddam Hussein fled Baghdad.",
    "In 2023, Russia attacked Kyiv and Ukraine struck back at Belgorod.",
])
def test_an_act_dated_to_a_past_year_in_its_phrase_is_history(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[3] == "asserted"], facts


@pytest.mark.parametrize(("text", "event"), [
    ("In 2025, Russia attacked Kyiv and Ukraine struck back at Belgorod.", ("UKR", "190", "RUS", "asserted")),
    ("On Monday, Russia attacked Kyiv and Ukraine struck back at Belgorod.", ("UKR", "190", "RUS", "asserted")),
    ("The anniversary of the Russian strike on Kyiv in 2024 was marked on Monday.", ("RUS", "190", "UKR",
                                                                                      "asserted")),
])
def test_recent_acts_stay_events(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
