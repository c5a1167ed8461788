"""Agreements signed "with" a partner (docs/coding.md, "Round twenty-seven"): a formal agreement that one party signs
(or will sign) "with" another is signed by both, so it is coded both ways (CAMEO 057), as when both are the subject
("X and Y signed"); a signing refused, asked about or left undone is the one party's. None of these sentences is a
gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _signings(pipeline: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, f) for s, c, t, f in country_facts(pipeline, text, _DAY) if c.startswith("057")}


@pytest.mark.parametrize(("text", "a", "b", "factuality"), [
    ("Japan signed a defence pact with the Philippines on Monday.", "JPN", "PHL", "asserted"),
    ("Saudi Arabia signed a mutual defence agreement with Pakistan in Riyadh.", "SAU", "PAK", "asserted"),
    ("Armenia concluded a peace accord with Azerbaijan at the White House.", "ARM", "AZE", "asserted"),
    ("Vietnam inked a deal with Indonesia on maritime boundaries.", "VNM", "IDN", "asserted"),
    ("Ukraine's president Zelensky signed a security agreement with Britain in Kyiv.", "UKR", "GBR", "asserted"),
    ("Serbia signed a contract with France for twelve Rafale jets.", "SRB", "FRA", "asserted"),
    ("Kenya has signed an agreement with Haiti to send police officers.", "KEN", "HTI", "asserted"),
    ("Azerbaijan will sign a peace treaty with Armenia in Washington on Friday.", "AZE", "ARM", "future"),
    ("Vietnam signed a series of agreements with Japan during the visit.", "VNM", "JPN", "asserted"),
    ("Kazakhstan signed a package of energy accords with France on Monday.", "KAZ", "FRA", "asserted"),
])
def test_an_agreement_signed_with_a_partner_is_signed_by_both(pipeline: Any, text: str, a: str, b: str,
                                                               factuality: str) -> None:
    assert _signings(pipeline, text) == {(a, b, factuality), (b, a, factuality)}


@pytest.mark.parametrize(("text", "a", "b", "factuality"), [
    ("Pakistan's prime minister flew home without signing the energy agreement with Iran.", "PAK", "IRN", "negated"),
    ("Will Armenia sign the peace treaty with Azerbaijan before the election?", "ARM", "AZE", "question"),
])
def test_a_signing_that_does_not_happen_is_the_one_partys(pipeline: Any, text: str, a: str, b: str,
                                                          factuality: str) -> None:
    assert _signings(pipeline, text) == {(a, b, factuality)}


def test_both_parties_named_as_subject_stay_both_ways(pipeline: Any) -> None:
    assert _signings(pipeline, "Russia and North Korea signed a strategic partnership treaty in Pyongyang.") == {
        ("RUS", "PRK", "asserted"), ("PRK", "RUS", "asserted")}
