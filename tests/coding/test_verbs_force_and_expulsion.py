"""Force, hostage-taking, expulsion and retaliation wording the lexicon missed until the fifteenth round, on sentences
of our own.

People taken or held hostage with "hostage" as the verb's predicate (181), whole populations driven, pushed or forced
out of their land (201), retaliation or a military response with no weapon named (190, a threat of force, 138, when
the speaker states it under a condition), missiles and warheads moved towards a border (154), straits and sea lanes
closed or blocked (191; threatened: 1381), and attempts on a person's life (185; the target is the life's owner where
it resolves). Each family has sentences where the same words state no such event (docs/coding.md, "Lexicon, fifteenth
round: conflict"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 3, 1)


def _codes(pipeline: Any, text: str) -> set[str]:
    return {code for _, code, _ in country_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "triple"), [
    ("Hamas took 250 Israelis hostage on October 7.", ("PSE", "181", "ISR")),
    ("Iranian students held 52 Americans hostage for 444 days.", ("IRN", "181", "USA")),
    ("Masked gunmen stormed a studio in Guayaquil and took its Ecuadorian staff hostage.", (None, "181", "ECU")),
    ("Israel will push Gaza's population into Egypt's Sinai desert.", ("ISR", "201", "PSE")),
    ("Azerbaijan drove the Armenian population out of Nagorno-Karabakh.", ("AZE", "201", "ARM")),
    ("Myanmar's army forced thousands of Rohingya civilians across the border into Bangladesh.", ("MMR", "201", "MMR")),
    ("Russia said it would respond militarily if Finland joined NATO.", ("RUS", "138", "FIN")),
    ("China said it would retaliate if Washington imposed new tariffs.", ("CHN", "138", "USA")),
    ("Iran moved missile launchers near the Iraqi border.", ("IRN", "154", "IRQ")),
    ("Russia moved nuclear warheads towards the Finnish border.", ("RUS", "154", "FIN")),
    ("Iran threatened to close the Strait of Hormuz to American shipping.", ("IRN", "1381", "USA")),
    ("The Houthis blocked the shipping lanes of the Red Sea to Israeli ships.", ("YEM", "191", "ISR")),
    ("Russian agents made an attempt on Sergei Skripal's life in Salisbury.", ("RUS", "185", None)),
    # the target is the life's owner since the structure side's nineteenth round
    ("Ukraine's security service foiled a Russian attempt on Zelensky's life.", ("RUS", "185", "UKR")),
])
def test_force_and_expulsion_families(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "triple"), [
    # retaliation with a weapon or with tariffs keeps its own code
    ("Israel retaliated against Hezbollah with air strikes.", ("ISR", "190", "LBN")),
    ("China retaliated with tariffs on American soybeans.", ("CHN", "163", "USA")),
])
def test_retaliation_with_a_means_keeps_its_code(pipeline: Any, text: str,
                                                 triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The virus held the economy hostage.",
    "Rising rents have driven families out of London.",
    "The right to retaliate is enshrined in international law.",
    "Fog closed the strait for two days.",
    "The climber made an attempt on the summit of Everest.",
    "He made an attempt on the world record.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)


def test_fighters_driven_from_a_town_are_no_expulsion(pipeline: Any) -> None:
    # only people listed as a population are expelled; troops driven out of a town are fought
    assert "201" not in _codes(pipeline, "Ukrainian forces drove Russian troops out of Kherson.")
