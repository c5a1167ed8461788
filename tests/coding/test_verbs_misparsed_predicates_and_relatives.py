"""Pattern words the parser puts in the wrong place.

"called his talks with Steve Witkoff constructive" (the adjective read as the head of the name), "set fire to metro
stations" ("to metro" read as an infinitive), "violated the ceasefire agreed on Saturday" (the reduced relative read as
a clause whose subject is the ceasefire), "rejected as slander the White House's claim" (the object hung on the judgement
word): each pattern still matches, and the same words in a real clause ("said the
ceasefire held") do not (docs/coding.md, "Lexicon, eighteenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Abbas Araghchi called his first round of talks with Steve Witkoff constructive.", ("IRN", "013", "USA")),
    ("Erdogan called his meeting with Putin productive.", ("TUR", "013", "RUS")),
    ("Sergei Lavrov called the talks useful.", ("RUS", "013", None)),
])
def test_a_predicate_adjective_swallowed_by_a_name(pipeline: Any, text: str,
                                                    expected: tuple[str, str, str | None]) -> None:
    assert expected in country_set(pipeline, text, _DAY)


def test_a_call_that_names_no_judgement_is_no_optimism(pipeline: Any) -> None:
    codes = {c for _, c, _ in country_set(pipeline, "Erdogan called his meeting with Putin in Sochi.", _DAY)}
    assert "013" not in codes


@pytest.mark.parametrize("text", [
    "Chilean protesters set fire to metro stations across Santiago.",
    "Chilean protesters set fire to police stations across Santiago.",
])
def test_fire_set_to_a_noun_read_as_a_verb(pipeline: Any, text: str) -> None:
    assert ("CHL", "145", None) in {(s, c, None) for s, c, _ in country_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan violated the ceasefire agreed on Saturday.", ("PAK", "196", None)),
    ("Russia broke the truce agreed in Istanbul.", ("RUS", "196", None)),
    ("India said that Pakistan had repeatedly violated the ceasefire agreed only hours earlier.", ("PAK", "196", "IND")),
])
def test_an_accord_with_a_reduced_relative(pipeline: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Hamas said the ceasefire held.",
    "Pakistan said the ceasefire agreed on Saturday was holding.",
])
def test_a_ceasefire_that_holds_is_no_violation(pipeline: Any, text: str) -> None:
    assert not {t for t in country_set(pipeline, text, _DAY) if t[1] == "196"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Claudia Sheinbaum rejected as slander the White House's claim that her government had ties with cartels.",
     ("MEX", "016", "USA")),
    ("Moscow dismissed as baseless the accusation that it had poisoned Navalny.", ("RUS", "016", None)),
])
def test_a_judgement_moved_before_a_long_object(pipeline: Any, text: str,
                                                expected: tuple[str, str, str | None]) -> None:
    assert expected in country_set(pipeline, text, _DAY)
