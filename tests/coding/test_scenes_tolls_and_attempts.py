"""Where joined acts, tolls and attempts on a life are aimed (docs/coding.md, "Structure, nineteenth round"): a second
act joined to an attack is done where the attack was; the deaths a riot's fire causes are its toll; an attempt on
someone's life is aimed at its owner and may be reported with no known attacker; "the capital" and a town set
before its country name a place. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed a police station in Zamfara and took several officers hostage.",
     {(None, "19", "NGA"), (None, "18", "NGA")}),
    ("Hamas stormed Israeli towns and took 250 people hostage.", {("PSE", "19", "ISR"), ("PSE", "18", "ISR")}),
])
def test_an_act_joined_to_an_attack_is_aimed_where_the_attack_was(
        pipeline: Any, text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected


def test_a_toll_joined_to_a_killing_is_no_second_act(pipeline: Any) -> None:
    # "killed one soldier and wounded two others": the wounding is the same bombing's toll
    found = root_set(pipeline, "A roadside bombing near the town of Samarra killed one U.S. soldier and wounded two "
                               "others.", _DAY)
    assert len(found) == 1


def test_the_deaths_a_riots_fire_causes_are_its_toll(pipeline: Any) -> None:
    assert root_set(pipeline, "Rioters set fire to a police station in Dhaka, killing two officers trapped inside.",
                    _DAY) == {("BGD", "14", "BGD")}


@pytest.mark.parametrize(("text", "expected"), [
    ("A gunman made an attempt on the life of Slovak Prime Minister Robert Fico.", (None, "18", "SVK")),
    ("Police foiled an attempt on Donald Trump's life in Florida.", (None, "18", "USA")),
    ("Iran plotted an attempt on the life of the Israeli ambassador in Cyprus.", ("IRN", "18", "ISR")),
    ("Militants detonated a car bomb as the governor's convoy drove through Kandahar in an attempt on his life.",
     ("AFG", "18", "AFG")),
])
def test_an_attempt_on_a_life_is_aimed_at_its_owner(pipeline: Any, text: str,
                                                   expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_life_changed_is_no_attempt(pipeline: Any) -> None:
    assert root_set(pipeline, "The reform will change the life of millions of Egyptians.", _DAY) == set()


def test_the_capital_of_the_one_country_named(pipeline: Any) -> None:
    assert root_set(pipeline, "Sudan's army said the RSF had shelled the capital overnight.", _DAY) == {
        ("SDN", "19", "SDN")}
    # a demonym names the attackers' people, not whose capital it is
    assert root_set(pipeline, "Russian missiles struck the capital overnight.", _DAY) == {("RUS", "19", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A teacher was stabbed to death at a school in Arras, France.", (None, "18", "FRA")),
    ("Gunmen attacked a church in Owo, Nigeria, on Sunday.", (None, "19", "NGA")),
])
def test_a_town_is_placed_by_the_country_set_after_it(pipeline: Any, text: str,
                                                      expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)
