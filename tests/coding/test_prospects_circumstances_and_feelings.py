"""Parties read around the act (docs/coding.md, "Structure, eighteenth round"): the receiver of a pattern's last
preposition wherever the parser hung it, the other side of an accord hoped for, the background clause inside what is
asked, the one who feels in the passive of a verb of feeling, and an occupation lived under. None of these sentences
is a gold sentence; each reading has a case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts, root_set

from detente.coding.clauses import psych_passive, subjects

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs "to" on "crimes" / "torture": the matcher finds it there, and so must the target step
    ("Ukrainian prosecutors handed over evidence of war crimes to the International Criminal Court.",
     ("UKR", "06", "IGO")),
    ("Kenya handed over evidence of torture to the United Nations.", ("KEN", "06", "IGO")),
    ("Kenya handed over the evidence to Uganda.", ("KEN", "06", "UGA")),
])
def test_a_patterns_last_preposition_names_the_receiver_wherever_it_hangs(pipeline: Any, text: str,
                                                                          expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia's prime minister sees no prospect of a peace deal with Azerbaijan.", ("ARM", "01", "AZE")),
    ("Japan sees no prospect of talks with North Korea.", ("JPN", "01", "PRK")),
    ("Seoul saw little hope of a breakthrough with Pyongyang.", ("KOR", "01", "PRK")),
    ("The Kremlin sees no chance of a ceasefire with Kyiv this year.", ("RUS", "01", "UKR")),
])
def test_a_hope_of_an_accord_is_about_its_other_side(pipeline: Any, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert root_set(pipeline, text, _DAY) == {expected}


def test_a_hope_of_no_accord_names_no_side(pipeline: Any) -> None:
    assert root_set(pipeline, "Japan sees no prospect of rain in Tokyo.", _DAY) == set()
    assert root_set(pipeline, "Israel saw no hope of the hostages' release.", _DAY) == set()


@pytest.mark.parametrize(("text", "asked", "stated"), [
    ("Felix Tshisekedi called on young Congolese to join the army en masse as M23 fighters consolidated their hold "
     "on Goma.", ("COD", "02", "COD"), ("COD", "19", "COD")),
    ("Zelensky urged Europe to send more air defences as Russia pounded Kharkiv with missiles.",
     ("UKR", "02", None), ("RUS", "19", "UKR")),
    ("Zelensky urged Europe to send more air defences while Russia was pounding Kharkiv with missiles.",
     ("UKR", "02", None), ("RUS", "19", "UKR")),
    ("Russia threatened to cut gas supplies to Ukraine as Kyiv tightened sanctions on Moscow.",
     ("RUS", "13", "UKR"), ("UKR", "16", "RUS")),
])
def test_an_as_clause_inside_what_is_asked_is_a_fact_of_its_own(pipeline: Any, text: str,
                                                                asked: tuple[str, str, str | None],
                                                                stated: tuple[str, str, str]) -> None:
    assert {asked, stated} <= root_set(pipeline, text, _DAY)


def test_an_as_clause_of_account_or_plan_stays_part_of_the_content(pipeline: Any) -> None:
    # "as it had promised" says by what account
    assert root_set(pipeline, "Israel agreed to withdraw from Gaza as it had promised Egypt.", _DAY) \
        <= {("ISR", "03", "PSE"), ("ISR", "03", None)}
    # "as long as" makes a condition, which stays what it is (hypothetical), and "frees" would be a time
    assert root_set(pipeline, "Hamas promised to release the hostages as Israel frees Palestinian prisoners.",
                    _DAY) == {("PSE", "03", None)}
    assert not any(f == "asserted" for *_, f in country_facts(
        pipeline, "Iran agreed to halt enrichment as long as Washington lifted sanctions.", _DAY))


@pytest.mark.parametrize(("text", "feeler"), [
    ("Japan was concerned by North Korea's missile launches.", "Japan"),
    ("France was alarmed by Mali's expulsion of its ambassador.", "France"),
    ("Seoul was troubled by Pyongyang's nuclear test.", "Seoul"),
])
def test_the_subject_of_a_passive_of_feeling_is_the_one_who_feels(nlp: Any, text: str, feeler: str) -> None:
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    assert psych_passive(verb)
    assert [t.text for t in subjects(verb)[0]] == [feeler]


def test_other_passives_keep_their_agent_as_the_doer(nlp: Any) -> None:
    verb = next(t for t in nlp("Japan was attacked by North Korea.") if t.dep_ == "ROOT")
    assert not psych_passive(verb)
    assert [t.text for t in subjects(verb)[0]] == ["Korea"]
    urged = next(t for t in nlp("Iran was encouraged by Russia to resume talks.") if t.dep_ == "ROOT")
    assert not psych_passive(urged)  # an appeal, not a feeling


@pytest.mark.parametrize("text", [
    "Japan's post-war constitution, drafted under the American occupation, has never been amended.",
    "Gaza, under Israeli blockade since 2007, has run short of fuel.",
    "Palestinians have lived under Israeli occupation for decades.",
])
def test_an_occupation_or_blockade_lived_under_is_no_act_reported(pipeline: Any, text: str) -> None:
    assert root_set(pipeline, text, _DAY) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Israeli occupation of the West Bank began in 1967.", ("ISR", "19", "PSE")),
    ("Russia's siege of Mariupol lasted three months.", ("RUS", "19", "UKR")),
])
def test_an_occupation_or_siege_named_as_such_is_still_one(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Analysts see little prospect of a deal with Iran before the election.",
    "Investors saw no chance of a trade deal with China this year.",
    "Analysts criticized Iran's nuclear programme.",
])
def test_a_view_of_commentators_is_no_event(pipeline: Any, text: str) -> None:
    assert root_set(pipeline, text, _DAY) == set()


def test_what_commentators_say_an_actor_may_do_is_still_coded(pipeline: Any) -> None:
    assert ("RUS", "19", "MDA") in root_set(pipeline, "Analysts say Russia could attack Moldova.", _DAY)
    assert ("IGO", "11", "RUS") in root_set(pipeline, "UN experts accused Russia of torture.", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Security Council extended its arms embargo from Darfur to the whole of Sudan.", ("IGO", "16", "SDN")),
    ("The Security Council extended its arms embargo to Sudan.", ("IGO", "16", "SDN")),
    ("The EU extended its sanctions to the whole of Belarus.", ("IGO", "16", "BLR")),
])
def test_a_measure_extended_to_someone_is_aimed_at_them(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_measure_extended_in_time_has_no_new_target(pipeline: Any) -> None:
    assert root_set(pipeline, "The EU extended its sanctions to 2026.", _DAY) == {("IGO", "16", None)}
