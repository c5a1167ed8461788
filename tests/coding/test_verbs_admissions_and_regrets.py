"""Admissions, regrets, declining to be drawn and bare resignations (fifteenth round of the lexicon).

"Admitted / acknowledged / conceded that <its own side did X>" acknowledges responsibility (015) and X is still coded;
regret for one's own side's act is an apology (055) with or without an addressee; "refused to be drawn on" declines
comment (011); a resignation with no office country named is coded with no target (0831). The limits are the same
verbs over another side's act or over a state of affairs. None of these sentences is a gold sentence
(docs/coding.md, "Lexicon, fifteenth round: cooperation").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

_DAY = date(2024, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # the admitted act's target is whoever it was aimed at (its object's owner); the act itself stays coded
    ("Russia admitted that its air defences had shot down the Azerbaijani airliner.",
     [("RUS", "015", "AZE"), ("RUS", "190", "AZE")]),
    ("The Pentagon admitted that it had killed ten civilians in the drone strike in Kabul.",
     [("USA", "015", "AFG"), ("USA", "1823", "AFG")]),
    ("Cameroon's government admitted on Tuesday that soldiers had killed 13 civilians in the village of Ngarbuh.",
     [("CMR", "015", "CMR"), ("CMR", "1823", "CMR")]),
    ("Will Moscow ever admit that its missile downed the airliner?", [("RUS", "015", None), ("RUS", "190", None)]),
])
def test_an_admitted_act_of_ones_own_side_is_acknowledged_responsibility(pipeline: Any, text: str,
                                                                         expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another side's act, or a state of affairs, is no admission
    ("Kyiv acknowledged that Russian forces had captured the town of Avdiivka.", [("RUS", "192", "UKR")]),
    ("The general admitted that the army was short of ammunition.", []),
    ("The minister acknowledged that the economy was growing more slowly than hoped.", []),
    ("Analysts admit that the outcome of the election is hard to predict.", []),
])
def test_admitting_another_sides_act_or_a_state_is_no_admission(pipeline: Any, text: str,
                                                                expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel deeply regrets that its shells struck a United Nations school in Gaza, the army said.",
     [("ISR", "055", "IGO"), ("ISR", "190", "IGO")]),
    ("Beijing expressed regret on Friday that its fishing boat had rammed a Japanese coast guard vessel.",
     [("CHN", "055", "JPN"), ("CHN", "190", "JPN")]),
    ("Seoul said sorry to Tokyo for the remarks.", [("KOR", "055", "JPN")]),
    ("South Korea said sorry to China for the incident.", [("KOR", "055", "CHN")]),
])
def test_regret_for_ones_own_act_is_an_apology(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts expressed regret that the talks had collapsed.", []),
    ("Washington regrets that Russia attacked Ukraine.", [("RUS", "190", "UKR")]),
    ("The minister said he regretted nothing about his time in office.", []),
])
def test_regret_over_others_acts_is_no_apology(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


@pytest.mark.parametrize("text", [
    "Downing Street refused to be drawn on whether British missiles had been used in the strikes on Kursk.",
    "The Kremlin declined to be drawn on the report.",
    "The White House declined to be drawn on whether Biden would visit Kyiv.",
])
def test_refusing_to_be_drawn_declines_comment(pipeline: Any, text: str) -> None:
    assert [code for _, code, _ in country_triples(pipeline, text, _DAY)] == ["011"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgian President Eduard Shevardnadze resigned on Sunday.", [("GEO", "0831", None)]),
    ("KP Sharma Oli stepped down as Nepal prime minister on Tuesday, bowing to a youth-led uprising.",
     [("NPL", "0831", "NPL")]),
    # no actor resolves: nothing
    ("Three ministers resigned in protest.", []),
    ("The minister resigned from the board of the company.", []),
])
def test_a_resignation_needs_no_target(pipeline: Any, text: str, expected: list[Any]) -> None:
    assert country_triples(pipeline, text, _DAY) == expected


def test_own_act_is_a_pattern_condition_not_a_word() -> None:
    from detente.coding.verbs import parse_pattern
    from detente.records.event import CameoCode

    pattern = parse_pattern("express [regret] +own_act", CameoCode("055"))
    assert pattern.own_act and pattern.words == () and pattern.objects == (("regret", None),)
    assert not parse_pattern("express [regret] to", CameoCode("055")).own_act
