"""Troops sent into a place of one's own country, and trade measures on goods named by their maker's country
(docs/coding.md, "Round twenty-three: the lead's two target steps").

"Trump sent troops into Los Angeles" is a deployment at home (154, aimed at no one named), not force used on the
United States (190); troops sent into another country stay 190. "Ottawa is weighing tariffs on Chinese-made
electric vehicles": the goods' maker (an `origin` mention, which the resolver gives only for goods under a trade
measure) is whom the act on the measure concerns. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2025, 6, 20)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize("text, source", [
    ("Trump sent troops into Los Angeles to quell protests.", "USA"),
    ("Modi sent troops into Manipur after weeks of clashes.", "IND"),
    ("The Nigerian president deployed soldiers into Lagos after the riots.", "NGA"),
])
def test_troops_sent_into_a_place_of_ones_own_country_are_a_deployment(pipeline: Any, text: str,
                                                                       source: str) -> None:
    coded = _rooted(pipeline, text)
    assert (source, "15", None, "asserted") in coded
    assert not any(root == "19" and target == source for _, root, target, _ in coded)


@pytest.mark.parametrize("text, source, target", [
    ("Putin sent troops into Ukraine.", "RUS", "UKR"),
    ("Washington sent troops into Syria.", "USA", "SYR"),
])
def test_troops_sent_into_another_country_stay_force(pipeline: Any, text: str, source: str, target: str) -> None:
    assert (source, "19", target, "asserted") in _rooted(pipeline, text)


@pytest.mark.parametrize("text, source, root, target", [
    ("Ottawa is weighing tariffs on Chinese-made electric vehicles.", "CAN", "01", "CHN"),
    ("Washington imposed duties on Chinese-made electric cars.", "USA", "16", "CHN"),
])
def test_a_measure_on_goods_named_by_their_maker_concerns_the_maker(pipeline: Any, text: str, source: str,
                                                                    root: str, target: str) -> None:
    assert (source, root, target, "asserted") in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kyiv shot down dozens of Iranian-made drones overnight.",
    "Farmers in Ohio prefer American-made tractors.",
])
def test_goods_by_maker_outside_a_trade_measure_name_no_target(pipeline: Any, text: str) -> None:
    targets = {t for _, _, t, _ in _rooted(pipeline, text)}
    assert not targets & {"IRN", "USA"}
