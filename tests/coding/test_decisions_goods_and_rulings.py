"""Decisions, goods, rulings, deployments and misread questions (docs/coding.md, "Structure, nineteenth round"): an
owned decision's act is the owner's; a trade inquiry into goods is aimed at where they come from, and goods described
by a trade act are no event; a court striking down a law rules against its own government; police sent abroad
protect the country they go to; an ordered passive is the orderer's act; a bare verb after a question's name subject
is a verb; a call or meeting set before the clause is its subject's; recognition switched "from" one side
breaks with it. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow condemned Kyiv's decision to expel the Russian ambassador.", ("UKR", "17", "RUS")),
    ("The Taliban defended their decision to bar women from universities.", ("AFG", "17", "AFG")),
])
def test_an_owned_decision_is_the_owners_act(pipeline: Any, text: str,
                                             expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_proposal_stays_the_content_of_a_text(pipeline: Any) -> None:
    found = root_set(pipeline, "Russia criticised the EU's proposal to seize frozen Russian assets.", _DAY)
    assert all(source == "RUS" for source, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington opened a probe into steel imported from Vietnam.", {("USA", "09", "VNM")}),
    ("The European Commission launched an investigation into electric cars made in China.",
     {("IGO", "09", "CHN")}),  # root_set keeps three letters of a code
])
def test_a_trade_inquiry_is_aimed_at_where_the_goods_come_from(
        pipeline: Any, text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected


def test_goods_described_by_a_trade_act_are_no_event(pipeline: Any) -> None:
    assert root_set(pipeline, "Aid pledged to Sudan has not arrived, the UN said.", _DAY) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Romania's Constitutional Court annulled the result of the presidential election.", ("ROU", "11", "ROU")),
    ("A Paris court found Marine Le Pen guilty of embezzlement.", ("FRA", "11", "FRA")),
])
def test_a_court_ruling_against_a_law_is_aimed_at_its_own_country(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_police_sent_abroad_protect_the_country_they_go_to(pipeline: Any) -> None:
    assert root_set(pipeline, "Kenya deployed police officers to Haiti on Tuesday.", _DAY) == {("KEN", "07", "HTI")}
    # a territory's sovereign deploys its police at home; police in one's own capital are a show of force
    assert root_set(pipeline, "France deployed riot police to New Caledonia.", _DAY) == {("FRA", "15", "NCL")}
    assert root_set(pipeline, "Kenya deployed police in Nairobi ahead of the protests.", _DAY) == {
        ("KEN", "15", None)}


def test_an_ordered_passive_is_the_orderers_act(pipeline: Any) -> None:
    assert root_set(pipeline, "Putin ordered the troops to be withdrawn from the border.", _DAY) == {
        ("RUS", "08", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Will Moscow mass troops near Narva?", {("RUS", "15", "EST")}),
    ("Will Washington sanction Turkey?", {("USA", "16", "TUR")}),
])
def test_a_bare_verb_after_a_questions_name_subject_is_a_verb(
        pipeline: Any, text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected


def test_a_name_before_a_noun_phrase_in_a_question_stays_a_modifier(pipeline: Any) -> None:
    assert root_set(pipeline, "Could Beijing mass media outlets shape the debate?", _DAY) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("At a meeting with Narendra Modi in Delhi, Joe Biden said the two countries would deepen ties.",
     ("USA", "04", "IND")),
    ("In his talks with Recep Tayyip Erdogan, Vladimir Putin said the grain deal was dead.", ("RUS", "04", "TUR")),
])
def test_a_meeting_set_before_the_clause_is_its_subjects(pipeline: Any, text: str,
                                                        expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_call_with_someone_is_held_by_both_sides(pipeline: Any) -> None:
    assert {("RUS", "04", "FRA"), ("FRA", "04", "RUS")} <= root_set(
        pipeline, "In a phone call with Emmanuel Macron, Vladimir Putin said the talks had stalled.", _DAY)
    # a verb of calling is the caller's act
    assert root_set(pipeline, "Putin telephoned Erdogan on Monday.", _DAY) == {("RUS", "04", "TUR")}


def test_a_call_is_no_restatement_of_a_visit(pipeline: Any) -> None:
    events = pipeline.code_text("In his call with Recep Tayyip Erdogan, Vladimir Putin said he would visit Ankara "
                                "next month.", published_on=_DAY)
    codes = {(e.source.country if e.source else None, str(e.event_code)[:3]) for e in events}
    assert {("RUS", "041"), ("RUS", "042")} <= codes


def test_a_title_split_by_the_parser_is_one_source(pipeline: Any) -> None:
    events = pipeline.code_text("Iran's vice-president warned that oil exports would stop if the West sanctioned "
                                "Iranian crude.", published_on=_DAY)
    warnings = [e for e in events if str(e.event_code).startswith("13")]
    assert len(warnings) == 1


def test_recognition_switched_is_given_to_one_side_and_withdrawn_from_the_other(pipeline: Any) -> None:
    assert root_set(pipeline, "Nauru switched diplomatic recognition from Taiwan to China on Monday.", _DAY) == {
        ("NRU", "05", "CHN"), ("NRU", "16", "TWN")}
    assert root_set(pipeline, "Costa Rica shifted its recognition to Beijing in 2007.", date(2007, 6, 8)) == {
        ("CRI", "05", "CHN")}
