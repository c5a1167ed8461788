"""Caps breached, marches held, delegations led, security guarantees given, masks banned, people poisoned and relief
pledged: wording the lexicon missed until the sixteenth round, on sentences of our own.

A cap, limit, ceiling or quota breached, exceeded or violated is a norm defied (128); a march or sit-in held, staged
or organised is a demonstration (141; "march" is no event noun, since a month shares the word); leading a delegation
or mission somewhere is going there (042); security guarantees provided, given or extended are military protection
(074; promised, the intent frame makes 0334); face masks banned curb assembly (1721); a person poisoned is an attempt
on the life (185; food poisoning and poisoned relations name no victim); humanitarian or emergency relief pledged is
humanitarian aid (0333), looked through "hundreds of millions of dollars in ..."; a politician allowed to run or stand
is a ban on politicians eased (0812, the "permit" frame) (docs/coding.md, "Lexicon, sixteenth round"). None of these
sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2021, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Iran exceeded the limit on its stockpile of enriched uranium.", ("IRN", "128", None)),
    ("North Korea violated the cap on its missile tests.", ("PRK", "128", None)),
    ("Opposition supporters staged a march in Caracas.", ("VEN", "141", "VEN")),
    ("Students organised a sit-in outside the Serbian parliament.", ("SRB", "141", "SRB")),
    ("Blinken will lead a US delegation to Kyiv next week.", ("USA", "042", "UKR")),
    ("The Chinese foreign minister led a delegation to Moscow.", ("CHN", "042", "RUS")),
    ("The United States provided security guarantees to Ukraine.", ("USA", "074", "UKR")),
    ("Britain will give security guarantees to Ukraine.", ("GBR", "074", "UKR")),
    ("Trump committed to provide security guarantees to North Korea.", ("USA", "0334", "PRK")),
    ("Hong Kong's government may invoke emergency powers to ban face masks at protests.", ("HKG", "1721", "HKG")),
    ("Russian agents poisoned Alexei Navalny.", ("RUS", "185", "RUS")),
    ("Did the Kremlin order the poisoning of Alexei Navalny?", ("RUS", "185", "RUS")),
    ("Japan pledged tens of millions of dollars in food aid to Ethiopia.", ("JPN", "0333", "ETH")),
    ("Saudi Arabia pledged hundreds of millions of dollars in humanitarian relief for Yemen.", ("SAU", "0333", "YEM")),
])
def test_limits_marches_and_pledges(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Inflation breached the central bank's target.",
    "The army marched into the city in March.",
    "The party will hold a congress in Minsk.",
    "The coach led the team to victory.",
    "Dozens of villagers died of food poisoning in Bihar.",
    "The dispute poisoned relations between China and Australia.",
    "The government pledged tax relief for small businesses.",
    "The rain let the runners run faster.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "source"), [
    ("Russia's election commission allowed Alexei Navalny to run for president.", "RUS"),
    ("The Venezuelan government let opposition politicians run in the election.", "VEN"),
    ("The court allowed Alassane Ouattara to run in the election.", "CIV"),
])
def test_politician_allowed_to_run(pipeline: Any, text: str, source: str) -> None:
    # the one let is the subject of the parser's clausal complement, which the frame's target step does not read yet
    assert any(s == source and c == "0812" for s, c, _ in country_set(pipeline, text, _DAY))
