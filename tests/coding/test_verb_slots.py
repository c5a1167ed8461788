"""The source and target slots of a matched verb pattern (coding/verb_slots.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    country_set,
)

from detente.coding.candidates import find_candidates
from detente.coding.verbs import Lexicon

pytestmark = pytest.mark.slow

_countries = partial(country_set, day=date(2025, 6, 1))


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso expelled French and Ivorian diplomats.", {("BFA", "174", "FRA"), ("BFA", "174", "CIV")}),
    ("Russia seized Ukrainian and Georgian ships.", {("RUS", "1711", "UKR"), ("RUS", "1711", "GEO")}),
])
def test_coordinated_demonyms_on_the_object(pipeline: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _countries(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt condemned the killing of aid workers by Israeli forces.", ("EGY", "111", "ISR")),
    ("Kenya condemned the arrest of opposition leaders by Uganda.", ("KEN", "111", "UGA")),
    ("Spain vowed to condemn any annexation of the West Bank by Israel.", ("ESP", "111", "ISR")),
])
def test_an_act_criticised_is_aimed_at_its_by_agent(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries(pipeline, text)


def test_an_active_verbs_by_phrase_is_its_objects_agent(pipeline: Any) -> None:
    assert ("JPN", "111", "PRK") in _countries(pipeline, "Japan condemned the launch by North Korea.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain armed Ukraine in 2024.", ("GBR", "072", "UKR")),
    ("Ukraine, which Britain armed in 2024, asked for more missiles.", ("GBR", "072", "UKR")),
])
def test_an_aid_verb_without_goods_has_the_receiver_for_object(pipeline: Any, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in _countries(pipeline, text)


# aid received is aid given by the "from" party

def test_aid_received_from_someone_is_given_by_them(nlp: Any) -> None:
    lexicon = Lexicon.from_data({"group": [{"code": "072", "verbs": ["receive [weapon] from", "supply [weapon] to"]}]})
    received = find_candidates(next(iter(nlp("Ukraine received weapons from Germany.").sents)), lexicon)
    assert [([t.text for t in c.sources[0]], [t.text for t in c.targets[0]]) for c in received] \
        == [(["Germany"], ["Ukraine"])]
    supplied = find_candidates(next(iter(nlp("Germany supplied weapons to Ukraine.").sents)), lexicon)
    assert [([t.text for t in c.sources[0]], [t.text for t in c.targets[0]]) for c in supplied] \
        == [(["Germany"], ["Ukraine"])]
    # in a passive the "from" party gives too, to no one the clause names
    passive = find_candidates(next(iter(nlp("Weapons were received from Germany.").sents)), lexicon)
    assert [([t.text for t in c.sources[0]], [t.text for t in c.targets[0]]) for c in passive] == [(["Germany"], [])]
