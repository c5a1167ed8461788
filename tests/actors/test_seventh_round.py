"""The seventh actors round: peoples that live in one state, African opposition leaders, and "Congolese"
read as the DR Congo (docs/actors-and-tenures.md, "The seventh actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.actors import ActorResolver
from detente.records import ResolvedActor


def _codes(resolver: ActorResolver, nlp: Any, text: str, day: str | None) -> dict[str, str]:
    found: list[ResolvedActor] = list(resolver.resolve(nlp(text), date.fromisoformat(day) if day else None))
    return {m.mention: m.actor_code for m in found}


# -- peoples of one state -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The UN said the army carried out ethnic cleansing against the Rohingya.", "Rohingya", "MMR"),
    ("A group of Yoruba leaders announced their support for the president.", "Yoruba leaders", "NGA"),
    ("Igbo separatists called a strike in the south-east.", "Igbo separatists", "NGA"),
    ("Tigrayan forces withdrew from the town.", "Tigrayan forces", "ETH"),
])
def test_a_people_of_one_state_codes_as_that_state(resolver: ActorResolver, nlp: Any, text: str,
                                                   mention: str, country: str) -> None:
    assert _codes(resolver, nlp, text, None)[mention][:3] == country


def test_peoples_of_several_states_stay_uncoded(resolver: ActorResolver, nlp: Any) -> None:
    # Kurds live in four states and Tamils in two: the noun alone does not say which
    codes = _codes(resolver, nlp, "Kurds and Tamils marched in the capital.", None)
    assert "Kurds" not in codes and "Tamils" not in codes


def test_karen_stays_a_first_name(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Karen Bass spoke to reporters.", "2023-05-01")
    assert not any(code.startswith("MMR") for code in codes.values())


# -- opposition leaders -------------------------------------------------------------------------------


def test_mondlane_is_mozambican_opposition(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Supporters of Venancio Mondlane marched on Maputo.", "2024-11-07")
    assert codes["Venancio Mondlane"] == "MOZOPP"


@pytest.mark.parametrize(("day", "code"), [("1990-01-01", "MOZREB"), ("2004-12-01", "MOZOPP")])
def test_dhlakama_was_a_rebel_until_the_peace_accord(resolver: ActorResolver, nlp: Any, day: str,
                                                     code: str) -> None:
    assert _codes(resolver, nlp, "Afonso Dhlakama rejected the results.", day)["Afonso Dhlakama"] == code


@pytest.mark.parametrize(("day", "code"), [("2016-08-15", "ZMBOPP"), ("2022-01-10", "ZMBGOV")])
def test_hichilema_leaves_the_opposition_when_he_takes_office(resolver: ActorResolver, nlp: Any, day: str,
                                                              code: str) -> None:
    assert _codes(resolver, nlp, "Hakainde Hichilema criticised the police.", day)["Hakainde Hichilema"] == code


# -- Congolese ----------------------------------------------------------------------------------------


def test_congolese_is_the_dr_congo_and_brazzaville_still_its_neighbour(resolver: ActorResolver,
                                                                      nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Congolese troops crossed the river into Congo-Brazzaville.", None)
    assert codes["Congolese troops"] == "CODMIL"
    assert codes["Congo-Brazzaville"] == "COG"


@pytest.mark.parametrize(("day", "code"), [("1986-03-01", "LBNMIL"), ("1989-05-01", "LBNGOV"),
                                           ("2010-05-01", "LBNOPP"), ("2018-05-01", "LBNGOV")])
def test_michel_aoun_before_and_during_his_presidency(resolver: ActorResolver, nlp: Any, day: str,
                                                      code: str) -> None:
    assert _codes(resolver, nlp, "Michel Aoun met Hezbollah leaders.", day)["Michel Aoun"] == code
