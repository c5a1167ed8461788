"""Clauses whose parse hides who acts or what is one act (docs/coding.md, "Structure, seventeenth round"): a warning
that another could act; a noun the parser made of an infinitive's verb; an adjective after the object of leave/keep;
what follows "or ... would" after an ultimatum, threat or demand; a reduced passive ("if convicted"); an -ing
participle after a noun; a participle that restates its host; an object hung on a particle; "each other" in what is
pledged; the clause a hope or sign holds. None of these sentences is a gold sentence; each reading has a case where
it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO warned that Russia could invade Ukraine.", {("RUS", "19", "UKR")}),
    ("Germany warned that China might send weapons to Russia.", {("CHN", "07", "RUS")}),
])
def test_a_warning_that_another_could_act_codes_that_act(pipeline: Any, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    assert _roots(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan warned that Turkey could launch a new offensive in Syria.", ("TUR", "13", "SYR")),
    ("Iran warned that it could close the Strait of Hormuz.", ("IRN", "13", None)),
])
def test_a_warning_of_ones_own_act_stays_a_threat(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_noun_with_to_and_an_object_is_a_verb(pipeline: Any) -> None:
    roots = _roots(pipeline, "Brazil offered to host talks between Russia and Ukraine.")
    assert ("BRA", "04", "RUS") in roots and ("BRA", "04", "UKR") in roots
    assert ("RUS", "04", "UKR") not in roots


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran left the door open to talks with the United States.", ("IRN", "03", "USA")),
    ("Tehran kept the door open to negotiations with Washington.", ("IRN", "03", "USA")),
])
def test_the_door_left_open_is_the_subjects_readiness(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthi leader gave Israel four days to let aid back into Gaza, or his fighters would resume their "
     "attacks on Israeli shipping.", {("YEM", "13", "ISR")}),
    ("Pakistan warned India to stop the shelling, or it would retaliate.", {("PAK", "13", "IND")}),
])
def test_what_follows_an_ultimatum_or_threat_is_part_of_it(pipeline: Any, text: str,
                                                           expected: set[tuple[str, str, str]]) -> None:
    assert _roots(pipeline, text) == expected


def test_what_follows_a_demand_is_the_askers_threat(pipeline: Any) -> None:
    roots = _roots(pipeline, "Moscow demanded that Kyiv withdraw its troops, or Russia would attack the city.")
    assert roots == {("RUS", "10", "UKR"), ("RUS", "13", "UKR")}


def test_if_convicted_is_no_conviction_by_the_one_convicted(pipeline: Any) -> None:
    roots = _roots(pipeline, "Tanzanian prosecutors charged Tundu Lissu with treason; if convicted, he could be "
                             "sentenced to death.")
    assert ("TZA", "17", "TZA") in roots
    assert ("TZA", "11", None) not in roots


def test_people_protesting_after_a_noun_are_its_subject(pipeline: Any) -> None:
    roots = _roots(pipeline, "Police fired tear gas at pensioners protesting in Buenos Aires.")
    assert roots == {("ARG", "17", "ARG"), ("ARG", "14", "ARG")}


def test_a_participle_restating_its_host_is_one_act(pipeline: Any) -> None:
    text = "Malian troops took control of Kidal on Tuesday, wresting the northern stronghold from Tuareg-led separatists."
    events = [e for e in pipeline.code_text(text, published_on=_DAY) if e.event_code.startswith("19")]
    assert len(events) == 1


def test_a_participle_of_another_kind_stays(pipeline: Any) -> None:
    assert ("RUS", "11", "UKR") in _roots(pipeline, "When asked about the strikes, Russia blamed Ukraine.")


def test_an_object_hung_on_a_particle_is_the_verbs(pipeline: Any) -> None:
    assert _roots(pipeline, "Peru's Congress voted down a bill on Saturday.") == {("PER", "12", "PER")}


def test_a_pledge_to_each_other_is_made_both_ways(pipeline: Any) -> None:
    roots = _roots(pipeline, "Australia and Papua New Guinea signed a mutual defence treaty in Canberra on Monday, "
                             "pledging to come to each other's aid if either is attacked.")
    assert {("AUS", "03", "PNG"), ("PNG", "03", "AUS")} <= roots
    assert ("AUS", "03", None) not in roots


@pytest.mark.parametrize(("text", "expected"), [
    ("Zarif saw little hope that the Trump administration would change course.", {("IRN", "01", "USA")}),
    ("Zelensky said on Saturday that he saw no sign Moscow was ready to end the war.", {("UKR", "01", "RUS")}),
])
def test_a_hope_or_sign_is_about_its_clauses_subject(pipeline: Any, text: str,
                                                     expected: set[tuple[str, str, str]]) -> None:
    assert _roots(pipeline, text) == expected  # the clause is the statement's content, no event of its own
