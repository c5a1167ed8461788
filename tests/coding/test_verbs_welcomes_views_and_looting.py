"""Releases welcomed, negated views with "any", looting, and jurisdiction not recognised.

A release welcomed is praise (051) of the releaser named by "by", never a visitor hosted (043) and never praise of the
one released; "did not see any sign that ..." is the pessimism (012) of "saw no sign"; looters ransacking shops riot
(145) as mobs do; a court's jurisdiction not recognised is no diplomatic recognition (054) (docs/coding.md, "Lexicon,
eighteenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany welcomed the release of the hostages by Hamas.", ("DEU", "051", "PSE")),
    ("France hailed the release of the aid workers by the junta in Niger.", ("FRA", "051", "NER")),
])
def test_a_release_welcomed_praises_the_releaser(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    coded = country_set(pipeline, text, _DAY)
    assert expected in coded
    assert not {t for t in coded if t[1] == "043"}


@pytest.mark.parametrize("text", [
    "Qatar welcomed the release of the prisoners.",
    "The United States welcomed Iran's release of the sailors.",
])
def test_a_release_welcomed_with_no_releaser_by_name_codes_no_praise_or_visit(pipeline: Any, text: str) -> None:
    assert not {t for t in country_set(pipeline, text, _DAY) if t[1] in ("043", "051")}


def test_a_visitor_welcomed_is_still_hosted(pipeline: Any) -> None:
    assert ("DEU", "043", "UKR") in country_set(pipeline, "Germany welcomed the Ukrainian president to Berlin.", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky said he did not see any sign that Moscow was ready to end the war.", ("UKR", "012", "RUS")),
    ("Israel's government does not see any prospect of a deal with Hamas.", ("ISR", "012", "PSE")),
])
def test_no_sign_seen_with_any(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_set(pipeline, text, _DAY)


def test_signs_seen_in_a_condition_name_no_target_and_code_nothing(pipeline: Any) -> None:
    assert not country_set(pipeline, "Do you see any sign of progress?", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Looters ransacked shops across Port Moresby.", ("PNG", "145", None)),
    ("South African looters plundered shopping malls in Durban.", ("ZAF", "145", None)),
])
def test_looters_riot(pipeline: Any, text: str, expected: tuple[str, str, None]) -> None:
    assert expected in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Thailand said it did not recognise the International Court of Justice's jurisdiction over its border dispute.",
    "Russia does not recognise the court's authority.",
])
def test_a_court_not_recognised_is_no_diplomatic_recognition(pipeline: Any, text: str) -> None:
    assert not {t for t in country_set(pipeline, text, _DAY) if t[1] == "054"}


def test_a_state_recognised_still_is(pipeline: Any) -> None:
    assert ("ISR", "054", "SOM") in country_set(pipeline, "Israel recognised Somaliland.", _DAY)
