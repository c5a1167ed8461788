"""Conditions and warnings (twenty-ninth round, docs/coding.md): a full passive condition with no agent ("if his
country were attacked", "unless aid were allowed into Gaza") supposes an act with no source, as a reduced one does;
a pronoun subject of a condition stands for the named subject of the clause it conditions, not the speaker further out
("Russia said Ukraine would face a response if it struck ..."); a warning whose possible actor is the warner's own
country ("Turkey warned that Ankara could sever ties") stays the warner's threat. None of these sentences is a gold
sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Lukashenko said he would use nuclear weapons if his country were attacked.",
     (None, "19", "BLR", "hypothetical")),
    ("Kim Jong Un said Pyongyang would respond with force if North Korea were invaded.",
     (None, "19", "PRK", "hypothetical")),
    ("The UN said famine would spread unless aid were allowed into Gaza.", (None, "08", "PSE", "hypothetical")),
])
def test_a_full_passive_condition_supposes_an_act_with_no_source(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said Ukraine would face a response if it struck targets inside Russia.",
     ("UKR", "19", "RUS", "hypothetical")),
    ("Iran said Israel would face a crushing response if it attacked Iranian nuclear sites.",
     ("ISR", "19", "IRN", "hypothetical")),
    ("Washington said Beijing would face consequences if it supplied weapons to Russia.",
     ("CHN", "07", "RUS", "hypothetical")),
    ("Moscow said Kyiv would bear responsibility if it used Western missiles against Russian territory.",
     ("UKR", "19", "RUS", "hypothetical")),
    # a passive subject undergoes the consequences as one who faces them does
    ("Serbia said Kosovo would be punished if it seized the power plant.", ("XKX", "19", None, "hypothetical")),
])
def test_a_conditions_pronoun_is_the_conditioned_clauses_subject(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Russia said Ukraine would face a response if it struck targets inside Russia.",
     ("RUS", "19", "UKR", "hypothetical")),
    ("Iran said Israel would face a crushing response if it attacked Iranian nuclear sites.",
     ("IRN", "19", "ISR", "hypothetical")),
])
def test_the_speaker_is_not_the_conditions_actor(
        pipeline: Any, text: str, not_expected: tuple[str | None, str, str | None, str]) -> None:
    assert not_expected not in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # controls: a condition with its own named agent keeps it (NATO has no country of its own)
    ("Russia said it would respond if it were attacked by NATO.", (None, "19", "RUS", "hypothetical")),
    # one who would answer is answering the speaker's own act
    ("Ukraine said Russia would retaliate if it struck the Crimean bridge.", ("UKR", "19", "RUS", "hypothetical")),
    ("Netanyahu said Israel would strike back if it were attacked by Iran.", ("IRN", "19", "ISR", "hypothetical")),
])
def test_conditions_controls(pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey warned that Ankara could sever ties with Israel.", ("TUR", "13", "ISR", "asserted")),
    ("Erdogan warned that Turkey could sever ties with Israel.", ("TUR", "13", "ISR", "asserted")),
])
def test_a_warning_of_ones_own_side_stays_a_threat(pipeline: Any, text: str,
                                                   expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_warning_of_another_country_is_its_act(pipeline: Any) -> None:
    found = _roots(pipeline, "Zelensky warned that Russia could attack NATO countries if Ukraine fell.")
    assert ("RUS", "19", None, "hypothetical") in found  # NATO has no country of its own
    assert not any(r[0] == "UKR" and r[1] == "13" for r in found)

