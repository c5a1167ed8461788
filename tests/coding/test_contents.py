"""Event contents (coding/contents.py): what is warned against, advised against or purposed is no event of its own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
    root_set,
    toy_coded,
)

from detente.coding import EventCoder

pytestmark = pytest.mark.slow

_code = partial(toy_coded, published_on=date(2025, 9, 1), article_id="t10")
_roots = partial(root_set, day=date(2025, 6, 1))
_countries = partial(country_set, day=date(2025, 6, 1))


def test_toll_on_the_verb_an_act_is_the_purpose_of_is_no_second_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Kenyan police opened fire to disperse demonstrators on Monday, killing one person.")
    assert [(e.source.country if e.source else None, e.root_code, e.trigger) for e in events] == [
        ("KEN", "17", "disperse demonstrators")]


# acts warned or advised against are what the warning says

def test_an_act_warned_against_is_no_event_of_its_own(pipeline: Any) -> None:
    assert _roots(pipeline, "Egypt warned Israel against attacking Rafah.") == {("EGY", "13", "ISR")}
    assert not any(c == "19" for _, c, _ in _roots(pipeline, "The US warned Russia against invading Ukraine."))
    assert not any(c == "19" for _, c, _ in _roots(
        pipeline, "Washington cautioned Ankara against launching a ground offensive in Syria."))


def test_travel_advised_against_is_no_visit(pipeline: Any) -> None:
    assert not _roots(pipeline, "China advised its citizens against travelling to Japan.")
    assert not _roots(pipeline, "Germany advised against travel to Iran.")


def test_a_warning_that_someone_would_act_keeps_its_content(pipeline: Any) -> None:
    # a "that" clause is not "against": the threat frame still reads its content when the warner's own side acts
    assert _countries(pipeline, "Russia warned that its forces would strike Poland.") == {("RUS", "138", "POL")}
    # and a third party's act foretold is that party's act, not the warner's threat (round thirty)
    assert _countries(pipeline, "Russia warned that NATO would attack Belarus.") == {("IGO", "190", "BLR")}
    # an act done after a warning is an event
    assert ("ISR", "19", "PSE") in _roots(pipeline, "Israel attacked Rafah after Egypt warned against it.")
