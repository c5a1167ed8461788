"""Compound adjectives: stance, birthplace, maker, location, leader and backer, and weapon compounds."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2019_05_01 = codes_dated("2019-05-01")


@pytest.mark.parametrize(("text", "absent"), [
    ("Russian-backed separatists shelled Mariupol.", "Russian"),
    ("Anti-Israel protesters marched in London.", "Israel"),
    ("Pro-Russian separatists seized the airport.", "Russian"),
    ("Moscow-backed rebels attacked the town.", "Moscow"),
    ("A Paris-born gunman attacked a synagogue.", "Paris"),
    ("The London-based Syrian Observatory for Human Rights said 20 people died.", "London"),
    # a maker or supplier is not the user of what it made
    ("Russian-made jets bombed Aleppo.", "Russian"),
    ("Soviet-built tanks shelled the town.", "Soviet"),
    ("Iranian-designed drones struck Kyiv.", "Iranian"),
    ("Rebels fired US-supplied missiles at the airport.", "US"),
])
def test_a_stance_or_birthplace_adjective_makes_no_actor(resolver: ActorResolver, nlp: Any, text: str,
                                                         absent: str) -> None:
    codes = _codes(resolver, nlp, text, "2024-05-01")
    assert not any(absent in mention for mention in codes)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Beirut-based newspaper accused Israel of spying.", "Beirut-based newspaper", "LBNMED"),
    ("Gaza-based militants fired rockets.", "Gaza-based militants", "PSEREB"),
    ("Libya's UN-backed government attacked the rebels.", "Libya's UN-backed government", "LBYGOV"),
    ("The Saudi-led coalition bombed the port.", "Saudi-led coalition", "SAU"),
    ("The Russian-led CSTO began sending troops.", "CSTO", "IGOEURCST"),
])
def test_location_and_leader_adjectives(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes(resolver, nlp, text, "2024-05-01")[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The army chief rejected a US-backed ceasefire plan.", "US", "USA"),  # a proposal: its backer
    ("Russia vetoed a French-sponsored resolution.", "French", "FRA"),
])
def test_the_backer_of_a_proposal_is_named(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                           code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


def test_the_backer_of_a_force_is_not(resolver: ActorResolver, nlp: Any) -> None:
    assert "Iran" not in _codes_2025_10_01(resolver, nlp, "Iran-backed militias attacked the base.")


def test_weapon_compound_is_no_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2019_05_01(resolver, nlp, "Machete-wielding men attacked the village.") == {}
