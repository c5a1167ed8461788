"""A forces' chief named with no country ("the army chief", "the police commander") is read like a title without a
country: the chief of the nearest country named before it in the sentence (eighteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("RSF commander Mohamed Hamdan Dagalo declared a truce, a day after the army chief rejected a US-backed plan.",
     "army chief", "SDNMIL"),
    ("Pakistan's prime minister met the army chief on Monday.", "army chief", "PAKMIL"),
    ("Nigeria's president sacked the police chief.", "police chief", "NGACOP"),
    ("Thailand's prime minister said the army commander had no plans for a coup.", "army commander", "THAMIL"),
])
def test_the_chief_of_the_country_just_named(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                             code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize("text", [
    "The army chief said the operation would continue.",  # no country named before it
    "The army chief met Sudan's foreign minister.",  # the country comes after
])
def test_no_country_before_the_chief_leaves_it_uncoded(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert "army chief" not in _codes(resolver, nlp, text)
