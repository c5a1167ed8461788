"""A state's acts on its own nationals (coding/state_nationals.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    toy_coded,
    toy_triples,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_triples = toy_triples
_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_countries = partial(country_set, day=date(2024, 3, 1))


def test_people_a_state_releases_and_sends_abroad_are_its_own(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Egypt freed two bishops on Sunday and put them on a plane to Italy.")
    assert _triples(events) == {("EGY", "08", "EGY", "asserted")}


def test_a_state_organ_acts_on_its_own_national(pipeline: Any) -> None:
    assert ("ROU", "173", "ROU") in _countries(pipeline, "Romanian prosecutors charged the far-right politician "
                                                          "with incitement.")
    # with another country named, the person may be a foreigner
    assert ("RUS", "173", "RUS") not in _countries(pipeline, "Russian police arrested Jan Kowalski on the border "
                                                            "with Poland.")


def test_a_charge_is_legal_action_only_from_courts_and_police(pipeline: Any) -> None:
    assert ("RUS", "173", "RUS") in _countries(pipeline, "Russian prosecutors charged the opposition politician "
                                                          "with extremism.")
    assert ("SRB", "112", "ALB") in _countries(pipeline, "Serbia charged Albania with supporting dissidents.")
