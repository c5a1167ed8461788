"""Acts held back, acts named by an earlier year, and what a named body does as a rule (docs/factuality.md,
"Round thirty").

* "Washington held off on imposing new sanctions", "China shied away from condemning Russia", "India steered clear
  of criticising Moscow": the act was kept from being done (negated), as after "refrained from";
* "the 1994 genocide in Rwanda", "Russia's 2014 annexation of Crimea", "a 2011 prisoner swap": an act
  named by a year at least two years before the article is history, no event; a recent year stays news;
* "the drones that Iran supplies to Russia": what a named state trades or sends as a rule (a present-simple object
  relative with no time of its own) is no event;
* "The Wagner group, which fights alongside Mali's army": a present-simple relative clause set off by a comma on a
  named body describes it, as on a proper noun.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 3, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Washington held off on imposing new sanctions on Beijing.", ("USA", "163", "CHN", "negated")),
    ("Israel held off from striking Iran's oil fields.", ("ISR", "190", "IRN", "negated")),
    ("China shied away from condemning Russia.", ("CHN", "111", "RUS", "negated")),
    ("India has steered clear of criticising Moscow.", ("IND", "111", "RUS", "negated")),
    ("The European Union held back from sanctioning Israel.", ("---", "163", "ISR", "negated")),
    ("Japan backed away from expelling Russian diplomats.", ("JPN", "174", "RUS", "negated")),
    ("India stayed clear of condemning Russia at the United Nations.", ("IND", "111", "RUS", "negated")),
])
def test_an_act_held_back_is_negated(pipeline: Any, text: str, event: tuple[str, str, str, str]) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert any(f[1][:3] == event[1] and f[2] == event[2] and f[3] == event[3] for f in facts), facts
    assert not any(f[3] == "asserted" for f in facts), facts


@pytest.mark.parametrize("text", [
    "The 1994 genocide in Rwanda killed 800,000 people.",
    "The 2003 invasion of Iraq by the United States toppled Saddam Hussein.",
    "Kyiv has never accepted Russia's 2014 annexation of Crimea.",
    "The 2008 attacks on Mumbai by Pakistani militants killed 166 people.",
    "Georgia has not recovered from its 2008 war with Russia.",
    "Survivors of the 1988 gas attack on Halabja by Iraq marked the anniversary.",
    "The 2020 war between Armenia and Azerbaijan lasted 44 days.",
    "Memories of Israel's 2006 war with Hezbollah still shape Lebanese politics.",
    "The 2022 invasion of Ukraine by Russia upended European security.",
])
def test_an_act_named_by_an_earlier_year_is_history(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[3] == "asserted"], facts


@pytest.mark.parametrize(("text", "event"), [
    # a recent year is still the news's own
    ("Iran's 2024 missile attack on Israel was its first direct strike.", ("IRN", "190", "ISR", "asserted")),
    # an act of the day beside a dated one keeps its event
    ("The United States extradited a suspect in the 2008 Mumbai attacks to India on Thursday.",
     ("USA", "063", None, "asserted")),
    # "held off" an attack: repelled, not held back
    ("Russian troops held off a Ukrainian assault near Bakhmut.", ("RUS", "190", "UKR", "asserted")),
    ("Israel refrained from striking Iran's oil fields.", ("ISR", "190", "IRN", "negated")),
])
def test_controls(pipeline: Any, text: str, event: tuple[str, str, str | None, str]) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert any(f[1][:3] == event[1] and f[0] == event[0] and f[2] == event[2] and f[3] == event[3]
               for f in facts), facts


@pytest.mark.parametrize("text", [
    "The Wagner group, which fights alongside Mali's army, has been in the country since 2021.",
    "The Kurdish militia, which fights Islamic State in Syria, is backed by Washington.",
])
def test_a_named_body_described_by_a_relative_clause(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[1].startswith("19") and f[3] == "asserted"], facts


@pytest.mark.parametrize("text", [
    "The weapons that the United States sends to Israel include 2,000-pound bombs.",
    "Much of the gas that Europe buys from Qatar arrives by ship.",
    "The oil that India buys from Russia is refined and sold to Europe.",
    "The drones that Iran supplies to Russia are cheap to build.",
])
def test_what_a_state_trades_as_a_rule_is_no_event(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[1][:2] in ("06", "07") and f[3] == "asserted"], facts


def test_an_object_relative_of_the_day_stays_an_event(pipeline: Any) -> None:
    facts = country_facts(pipeline, "The sanctions that the EU imposed on Monday target Russian banks.", _DAY)
    assert any(f[1] == "163" and f[3] == "asserted" for f in facts), facts
