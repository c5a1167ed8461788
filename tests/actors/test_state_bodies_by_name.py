"""State bodies that features and reports of 2021-2025 name by their own names (round twenty-five, see
docs/actors-and-tenures.md): each the body of one state, or, for a name several states use, of the state its phrase
names. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("OFAC sanctioned three Iranian oil tankers.", "2025-05-01", "OFAC", "USAGOV"),
    ("The Office of Foreign Assets Control sanctioned the exchange.", "2025-05-01", "Office of Foreign Assets Control",
     "USAGOV"),
    ("The Bureau of Industry and Security added 80 Chinese firms to its entity list.", "2025-03-25",
     "Bureau of Industry and Security", "USAGOV"),
    ("USAID suspended aid to Ethiopia.", "2023-06-08", "USAID", "USAGOV"),
    ("The Department of Government Efficiency cut the agency's staff.", "2025-02-10",
     "Department of Government Efficiency", "USAGOV"),
    ("Roskomnadzor blocked WhatsApp calls.", "2025-08-13", "Roskomnadzor", "RUSGOV"),
    ("The Guardian Council disqualified most reformist candidates.", "2024-02-01", "Guardian Council", "IRNGOV"),
    ("The Assembly of Experts chose a new chairman.", "2024-05-21", "Assembly of Experts", "IRNGOV"),
    ("COGAT said 300 trucks had entered Gaza.", "2025-05-01", "COGAT", "ISRGOV"),
    ("Unit 8200 was behind the pager attack, the report said.", "2024-10-01", "Unit 8200", "ISRSPY"),
    ("China's Ministry of State Security accused Taiwan of running spies.", "2025-05-01",
     "China's Ministry of State Security", "CHNSPY"),
    ("North Korea's Ministry of State Security arrested the missionary.", "2025-05-01",
     "North Korea's Ministry of State Security", "PRKSPY"),
])
def test_state_bodies_by_their_own_names(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code
