"""Threats stated inside a demand (docs/coding.md, "Structure, sixteenth round"): a participle set off at the end of
what a demand asks ("demanded that X comply ..., threatening penalties") is the demander's own act, and "... or face
X" ending what a demand or appeal asks is the asker's threat, aimed at the one asked. None of these sentences is a
gold sentence; each reading has a case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "demand", "threat"), [
    ("Brussels demanded that Warsaw comply with the order, threatening financial penalties.",
     ("IGO", "10", "POL"), ("IGO", "13", "POL")),
    ("Moscow demanded that Oslo lift its blockade, warning of retaliation.", ("RUS", "10", "NOR"), ("RUS", "13", "NOR")),
    ("Washington demanded that Moscow withdraw its troops, threatening new sanctions.",
     ("USA", "10", "RUS"), ("USA", "13", "RUS")),
    ("Ankara demanded that Stockholm extradite the suspects, warning of consequences.",
     ("TUR", "10", "SWE"), ("TUR", "13", "SWE")),
])
def test_a_participle_after_what_is_demanded_is_the_demanders_threat(pipeline: Any, text: str,
                                                                     demand: tuple[str, str, str],
                                                                     threat: tuple[str, str, str]) -> None:
    roots = _roots(pipeline, text)
    assert demand in roots and threat in roots


def test_the_participle_is_not_the_act_of_the_one_asked(pipeline: Any) -> None:
    roots = _roots(pipeline, "The EU insisted that Hungary respect the court ruling, threatening to withhold funds.")
    assert not any(s == "HUN" for s, _, _ in roots)
    assert ("IGO", "13", "HUN") in roots


def test_a_participle_after_a_stated_clause_is_not_moved(pipeline: Any) -> None:
    # "said that Oslo had lifted the blockade, citing ...": no demand; the participle stays Oslo's
    roots = _roots(pipeline, "Moscow said that Oslo had lifted the blockade, citing economic losses.")
    assert not any(s == "RUS" for s, _, _ in roots)


@pytest.mark.parametrize(("text", "threat"), [
    ("China demanded that Canada release Meng immediately or face grave consequences.", ("CHN", "13", "CAN")),
    ("Israel demanded that Hamas release the hostages or face a ground invasion.", ("ISR", "13", "PSE")),
    ("The UN urged Iran to comply or face new sanctions.", ("IGO", "13", "IRN")),
    ("The United States told Iran to stop enriching uranium or face military action.", ("USA", "13", "IRN")),
])
def test_or_face_ending_a_demand_or_appeal_is_a_threat(pipeline: Any, text: str,
                                                       threat: tuple[str, str, str]) -> None:
    assert threat in _roots(pipeline, text)


def test_an_ultimatum_gets_no_second_threat(pipeline: Any) -> None:
    roots = _roots(pipeline, "Bush gave Saddam Hussein 48 hours to leave Iraq or face military action.")
    assert [r for r in roots if r[1] == "13"] == [("USA", "13", "IRQ")]


def test_facing_consequences_in_a_warning_is_no_second_threat(pipeline: Any) -> None:
    roots = _roots(pipeline, "Britain warned that Russia would face consequences.")
    assert roots == {("GBR", "13", "RUS")}
