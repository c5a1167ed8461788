"""Whom an act is aimed at when its frame says so (coding/addressees.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    root_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2025, 6, 1))
_roots = partial(root_set, day=date(2025, 6, 1))


def test_joint_drills_with_no_partner_aimed_at_someone_are_a_show_of_force(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Three American aircraft carriers began rare joint drills in the western Pacific on "
                               "Saturday in a show of force aimed at North Korea.")
    assert _triples(events) == {("USA", "15", "PRK", "asserted")}


def test_an_act_answered_was_aimed_at_the_answerer(pipeline: Any) -> None:
    assert ("CHN", "150", "TWN") in _countries(pipeline, "In response to Chinese drills, Taiwan put its forces on "
                                                         "alert.")
    assert ("RUS", "190", "JPN") in _countries(pipeline, "Japan scrambled jets in response to Russia's incursion.")


# "from" names whom an asking frame asks

def test_a_demand_from_someone_is_made_of_them(pipeline: Any) -> None:
    assert _roots(pipeline, "China demanded an apology from NATO.") == {("CHN", "10", "IGO")}
    assert _roots(pipeline, "Tokyo demanded compensation from Seoul over the fishing dispute.") \
        == {("JPN", "10", "KOR")}
    assert _roots(pipeline, "Beijing demanded an explanation from Washington after the incident.") \
        == {("CHN", "10", "USA")}


def test_a_removal_demanded_from_a_place_is_not_made_of_the_place(pipeline: Any) -> None:
    # the troops to leave are whom the demand is made of; the place they are to leave is not asked anything
    assert {t for _, _, t in _countries(pipeline, "Ukraine demanded the withdrawal of Russian troops from Moldova.")} \
        == {"RUS"}
