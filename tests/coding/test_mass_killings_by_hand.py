"""Mass killing by hand (coding/mass_violence.py, twenty-third round): people who kill a hundred people or more with
their own hands commit a massacre (202); so do those who kill tens of people listed as women, children or other
non-combatants, or tens of a people named by its name; the toll of strikes or an assault stays the attack's (19),
and fighters, a few people or an armed group killed stay a killing (18). None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamic State militants killed more than 150 people in a village in northern Syria.", (None, "202", "SYR")),
    ("RSF fighters killed at least 120 people in a village in Gezira state, activists said.",
     ("SDN", "202", "SDN")),
    ("Gunmen killed at least 40 people, including women and children, in a village in Zamfara state.",
     (None, "202", "NGA")),
    ("Myanmar soldiers killed at least 35 people, among them women and children, in Kayah state.",
     ("MMR", "202", "MMR")),
    ("Arab militias killed scores of Masalit in El Geneina, survivors said.", ("SDN", "202", "SDN")),
    ("Islamic State fighters killed hundreds of Yazidis in Sinjar.", (None, "202", "IRQ")),
    ("Rwandan army troops killed thousands of displaced Hutus near the Kibeho camp.", ("RWA", "202", "RWA")),
])
def test_a_massacre_by_hand(pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    facts = country_facts(pipeline, text, _DAY)
    source, code, target = expected
    assert any(f[1] == code and f[2] == target and (source is None or f[0] == source) and f[3] == "asserted"
               for f in facts), facts
    assert not any(f[1].startswith("18") for f in facts), facts


@pytest.mark.parametrize(("text", "root"), [
    # the toll of strikes is the strikes' (19), not a massacre besides
    ("Israeli strikes killed more than 100 Palestinians in Gaza on Tuesday.", "19"),
    # tens of people with no one named as a non-combatant, a few civilians, fighters, an armed group by name
    ("Militants killed 43 people in an attack in Mali.", "18"),
    ("Gangs killed 62 people in a single day in El Salvador.", "18"),
    ("Russian troops killed 12 civilians in Bucha.", "18"),
    ("The army killed 150 rebels in clashes in Darfur.", "18"),
    ("Saudi-led coalition troops killed dozens of Houthis near Hodeidah.", "18"),
])
def test_no_massacre(pipeline: Any, text: str, root: str) -> None:
    roots = {f[1][:2] for f in country_facts(pipeline, text, _DAY)}
    assert roots == {root}, roots
