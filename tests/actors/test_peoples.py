"""Peoples, minorities and communities: the state they live in, and people working for another state."""

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


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the place after "in" on the phrase, else the nearest other country before it, else after it
    ("Albania protested the killing of ethnic Albanians in Macedonia.", "Albanians", "MKD"),
    ("Croat forces committed crimes against ethnic Serb civilians and Montenegrin prisoners.", "Serb civilians",
     "HRVCVL"),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians", "SRB"),
    ("Macedonia is preparing an offensive against ethnic Albanian guerrillas.", "Albanian guerrillas", "MKDREB"),
])
def test_an_ethnic_minority_codes_as_the_state_it_lives_in(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, None)[mention] == code


def test_an_ethnic_minority_with_no_other_state_named_is_not_its_kin_state(resolver: ActorResolver,
                                                                           nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Ethnic Russians make up a fifth of Russia's population.", "2014-03-01")
    assert codes == {"Russia": "RUS"}


def test_communities_named_by_two_words_code_as_their_state(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Kosovo Albanians voted on Sunday. Croatian Serbs fled the Krajina.", None)
    assert codes["Kosovo Albanians"] == "XKX" and codes["Croatian Serbs"] == "HRV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Two Ukrainians working for Russian intelligence carried out the blast.", "Ukrainians", "RUS"),
    ("Ukrainian citizens spying for Moscow were arrested.", "Ukrainian citizens", "RUS"),
    ("Britons working for the UN were freed.", "Britons", "GBR"),  # an IGO is no state they act for
])
def test_people_working_for_a_state(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                    code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code
