"""Posts named by the force that holds them (docs/coding.md, "Round twenty-seven"): "overran an army base", "torched a
police post": in a sentence that names only the source's country, an act on a base, garrison, outpost, station or
checkpoint of the "army", "military" or "police" is an act on that country's force; a post of a foreign army keeps its
country. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists overran an army base in northern Burkina Faso on Sunday.", ("BFA", "19", "BFAMIL")),
    ("Houthi fighters captured an army outpost near Marib.", ("YEM", "19", "YEMMIL")),
    ("Protesters torched a police post in Dhaka.", ("BGD", "14", "BGDCOP")),
])
def test_a_post_of_the_home_force_is_that_force(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s[:3] if s else None, c[:2], t) for s, c, t in coded_triples(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists attacked a French army base in Mali.", ("MLI", "19", "FRA")),
    ("Rebels shelled the airport in Goma.", ("COD", "19", "COD")),
    ("Militants attacked a military checkpoint in North Sinai.", ("EGY", "19", "EGY")),
])
def test_posts_of_others_and_places_keep_their_country(pipeline: Any, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in {(s[:3] if s else None, c[:2], t[:3] if t else None)
                        for s, c, t in coded_triples(pipeline, text, _DAY)}
