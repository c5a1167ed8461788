"""A town, camp or region the parser coordinated with the agent of an act ("Turkish operations in the Afrin, Tal
Abyad and Ras al-Ain areas have driven ...") is where the agent acted, not a second agent of another country
(twenty-ninth round, docs/coding.md). None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)
_TEXT = "Turkish operations in the Afrin, Tal Abyad and Ras al-Ain areas have driven thousands of Kurds from their homes."


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


def test_the_agent_keeps_the_act(pipeline: Any) -> None:
    assert ("TUR", "20", None, "asserted") in _roots(pipeline, _TEXT)


def test_the_place_is_no_second_agent(pipeline: Any) -> None:
    assert not any(r[0] == "SYR" for r in _roots(pipeline, _TEXT))


@pytest.mark.parametrize(("text", "expected"), [
    # controls: two states named as agents stay two agents
    ("Kosovo and Serbia agreed to a deal on licence plates.", ("XKX", "03", "SRB", "asserted")),
    ("Russian strikes on the Zaporizhzhia, Kherson and Mykolaiv regions have driven thousands of Ukrainians from "
     "their homes.", ("RUS", "20", "UKR", "asserted")),
])
def test_places_and_agents_controls(pipeline: Any, text: str,
                                    expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)
