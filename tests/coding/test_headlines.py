"""Headlines that write 'and' as a comma, and a city with its country (coding/headlines.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    root_set,
)

pytestmark = pytest.mark.slow

_roots = partial(root_set, day=date(2025, 6, 1))
_countries = partial(country_set, day=date(2025, 6, 1))


# headlines that write "and" as a comma

def test_headline_comma_pairs_act_together(pipeline: Any) -> None:
    assert _roots(pipeline, "Iran, US negotiate in Oman") == {("IRN", "04", "USA"), ("USA", "04", "IRN")}
    assert _roots(pipeline, "Armenia, Azerbaijan hold talks in Washington") \
        == {("ARM", "04", "AZE"), ("AZE", "04", "ARM")}
    assert _roots(pipeline, "North Korea, South Korea hold rare talks") == {("PRK", "04", "KOR"), ("KOR", "04", "PRK")}
    assert _roots(pipeline, "Egypt, Sudan condemn Ethiopia dam") == {("EGY", "11", "ETH"), ("SDN", "11", "ETH")}


def test_a_city_and_its_country_are_one_party(pipeline: Any) -> None:
    assert not _countries(pipeline, "Paris, France hosted the summit.")
    # an apposition closed by a comma is one actor, not two
    assert _roots(pipeline, "Kenya's president, William Ruto, visited Uganda.") == {("KEN", "04", "UGA")}
    # a report inserted with commas stays a report
    assert not any(s == "USA" for s, _, _ in _roots(pipeline, "Iran, the US said, attacked the ship."))
