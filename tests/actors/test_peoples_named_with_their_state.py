"""Peoples in the news as victims or fighters: those living almost wholly in one state are that state's ("drove
the Masalit out"), and the armed men of a people spread over several states are rebels of the one of those
states the sentence names ("Tuareg separatists ambushed Malian soldiers"; not the Kurds, whom Turkey fights in
Syria and Iraq) (eighteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import coded_actor_triples, codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The RSF drove the Masalit out of their homeland.", "Masalit", "SDN"),
    ("Militias killed hundreds of Masalit civilians.", "Masalit civilians", "SDNCVL"),
    ("Islamic State fighters massacred Yazidis in 2014.", "Yazidis", "IRQ"),
    ("Survivors said the Yezidi women had been sold.", "Yezidi", "IRQ"),
    ("The air force bombed Nuba villages.", "Nuba", "SDN"),
    ("Banyamulenge fighters clashed with a militia.", "Banyamulenge fighters", "CODREB"),
])
def test_a_people_of_one_state_targeted_in_violence_is_that_state(resolver: ActorResolver, nlp: Any, text: str,
                                                                  mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


def test_expelling_a_people_codes_its_state_as_the_target(pipeline: Any) -> None:
    events = coded_actor_triples(pipeline, "The RSF drove the Masalit out of El Geneina.", "2024-06-01")
    assert ("SDNREBRSF", "SDN", "201") in events


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Tuareg-led separatists said they had ambushed a column of Malian soldiers.", "Tuareg-led separatists",
     "MLIREB"),
    ("Tuareg separatists ambushed Malian soldiers near the Algerian border.", "Tuareg separatists", "MLIREB"),
    ("Pakistan's army said Pashtun militants had killed two soldiers.", "Pashtun militants", "PAKREB"),
    ("Niger's army said Tuareg rebels had attacked a uranium mine.", "Tuareg rebels", "NERREB"),
    ("Tamil rebels attacked a navy base, the Sri Lankan military said.", "Tamil rebels", "LKAREB"),
])
def test_a_stateless_peoples_fighters_are_rebels_of_the_one_state_named(resolver: ActorResolver, nlp: Any,
                                                                         text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "people"), [
    ("Tuareg fighters clashed with Malian and Nigerien troops.", "Tuareg fighters"),  # two of their states
    ("Tuareg rebels attacked a police station.", "Tuareg rebels"),  # none
    ("Kurdish militants attacked a Turkish army post.", "Kurdish militants"),  # Turkey fights Kurds abroad too
    ("Tuareg rebels met French diplomats.", "Tuareg rebels"),  # France is no Tuareg state
])
def test_no_state_or_several_leave_the_fighters_uncoded(resolver: ActorResolver, nlp: Any, text: str,
                                                        people: str) -> None:
    assert people not in _codes(resolver, nlp, text)
