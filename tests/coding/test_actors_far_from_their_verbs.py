"""Clause structure, twenty-fifth round (docs/coding.md): in long sentences the actor of an act often sits far from
its verb. A participle of saying after a complement is the asker's own word; "the two presidents" are the two people
named, not the city they met in; a pronoun subject of a time clause in reported speech is that clause's host subject;
"is about to" acts through its subject; an "as <role>" phrase does not swallow a trip's destination; opposing a joint
statement is not acting with its target; an act aimed at another party that names none in its clause is aimed at the
one other country the sentence names. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland ordered Belarus to close its consulate in Gdansk, accusing Minsk of espionage.", ("POL", "11", "BLR")),
    ("Germany told Russia's ambassador to leave the country, accusing Moscow of sabotage.", ("DEU", "11", "RUS")),
    ("Lithuania ordered Russia to shut its consulate in Klaipeda, accusing Moscow of spying on its ports.",
     ("LTU", "11", "RUS")),
])
def test_a_participle_of_saying_after_a_complement_is_the_askers(pipeline: Any, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Lebanon has asked the Security Council to extend UNIFIL's mandate for another year, warning that an abrupt exit "
    "of the peacekeepers would leave a vacuum in the south.",
    "Iraq asked the Security Council to end the UN mission by next year, warning that its presence was no longer "
    "needed.",
])
def test_a_comma_participle_is_not_done_by_the_object_asked(pipeline: Any, text: str) -> None:
    assert not any(source == "IGO" for source, _, _ in root_set(pipeline, text, _DAY))


def test_control_a_to_complement_is_still_done_by_the_object(pipeline: Any) -> None:
    coded = root_set(pipeline, "Colombia turned back two US military planes, prompting Donald Trump to slap tariffs on "
                               "Colombian goods.", _DAY)
    assert ("USA", "16", "COL") in coded


@pytest.mark.parametrize(("text", "pair"), [
    ("Vladimir Putin could sit down with Donald Trump in Budapest, but the two presidents will not meet this month, "
     "the Kremlin said.", ("USA", "RUS")),
    ("Modi met Xi Jinping in Kazan on the sidelines of the BRICS summit, and the two leaders agreed to resume border "
     "talks.", ("IND", "CHN")),
    ("Erdogan received Aliyev at a palace in Ankara, and the two presidents agreed to hold talks on a new pipeline.",
     ("TUR", "AZE")),
])
def test_the_two_leaders_are_the_people_named_not_the_place(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    coded = root_set(pipeline, text, _DAY)
    a, b = pair
    assert any(s == a and t == b for s, _, t in coded)
    assert not any(s == "HUN" or t == "HUN" or s == "RUS" and t == "IGO" for s, _, t in coded)


def test_control_two_leaders_after_a_call(pipeline: Any) -> None:
    coded = root_set(pipeline, "Putin called Xi on Monday and the two leaders agreed to hold talks in Beijing.", _DAY)
    assert ("CHN", "03", "RUS") in coded and ("RUS", "03", "CHN") in coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow said Kyiv had broken the truce before it launched a drone attack on Belgorod.", ("UKR", "19", "RUS")),
    ("Israel said Hamas had rejected the offer after it fired rockets at Tel Aviv.", ("PSE", "19", "ISR")),
    ("Washington said Iran had ignored its warnings when it seized a tanker in the Gulf.", ("IRN", "17", None)),
])
def test_a_time_clause_pronoun_in_reported_speech_is_its_hosts_subject(pipeline: Any, text: str,
                                                                       expected: tuple[str, str, str | None]) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert expected in coded
    speaker = {"Moscow": "RUS", "Israel": "ISR", "Washington": "USA"}[text.split()[0]]
    assert not any(s == speaker and root == expected[1] for s, root, _ in coded)


def test_control_a_reported_pronoun_subject_is_still_the_speaker(pipeline: Any) -> None:
    coded = root_set(pipeline, "China said it would retaliate if the United States imposed new tariffs.", _DAY)
    assert any(s == "CHN" for s, _, _ in coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("Is Erdogan about to send troops into northern Syria again?", ("TUR", "19", "SYR")),
    ("Is Netanyahu about to order a ground offensive into Lebanon?", ("ISR", "19", "LBN")),
    ("Is China about to invade Taiwan?", ("CHN", "19", "TWN")),
])
def test_about_to_acts_through_its_subject(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pope Francis made his first visit as pope to Iraq in March.", {("VAT", "04", "IRQ")}),
    ("Pope Leo XIV will make his first trip abroad as pontiff to Turkey and Lebanon at the end of November, the "
     "Vatican said on Tuesday.", {("VAT", "04", "TUR"), ("VAT", "04", "LBN")}),
    ("Germany's chancellor made his first visit as chancellor to Washington on Thursday.", {("DEU", "04", "USA")}),
    ("Narendra Modi will make a two-day visit to Japan next week.", {("IND", "04", "JPN")}),  # control
])
def test_a_role_phrase_keeps_the_trips_destination(pipeline: Any, text: str,
                                                   expected: set[tuple[str, str, str]]) -> None:
    assert expected <= root_set(pipeline, text, _DAY)


def test_opposing_a_joint_statement_is_one_way(pipeline: Any) -> None:
    coded = root_set(pipeline, "Hungary blocked a joint statement condemning Russia's strike on the hospital.", _DAY)
    assert not any(s == "RUS" and root == "12" for s, root, _ in coded)


def test_control_joint_exercises_are_both_ways(pipeline: Any) -> None:
    coded = root_set(pipeline, "India held joint exercises with France in Rajasthan.", _DAY)
    assert {("IND", "06", "FRA"), ("FRA", "06", "IND")} <= coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria offered its condolences to the Moroccan people after the earthquake and opened its airspace to relief "
     "flights.", ("DZA", "08", "MAR")),
    ("Canada will drop most of its tariffs, though Ottawa will not lift its levies on steel while talks with "
     "Washington go on.", ("CAN", "08", "USA")),
    ("Mike Pompeo demanded the release of Paul Whelan after a Moscow court sentenced him to 16 years in prison.",
     ("RUS", "11", "USA")),
])
def test_an_aimed_act_with_no_target_in_its_clause_is_aimed_at_the_one_other_country(
        pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The United Nations appealed on Wednesday for $4 billion to help Palestinians in Gaza.",
    "Venezuela's government agreed to hold elections, Washington said.",
])
def test_control_appeals_and_intents_keep_no_target(pipeline: Any, text: str) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert not any(root in ("02", "03") and t is not None for _, root, t in coded)


def test_forces_offered_to_the_nation_named_before(pipeline: Any) -> None:
    coded = root_set(pipeline, "Kenya's president William Ruto, whose country leads the UN-backed mission in Haiti, "
                               "pledged on Monday to send another 600 police officers to the Caribbean nation.", _DAY)
    assert ("KEN", "03", "HTI") in coded
    assert not any(root == "13" for _, root, _ in coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya deployed police officers to Haiti at the request of the Haitian government.", ("HTI", "02", "KEN")),
    ("Russia has sent 300 military instructors to the Central African Republic at Bangui's request.",
     ("CAF", "02", "RUS")),
    ("The United States extradited the former president to Honduras at the request of prosecutors in Tegucigalpa.",
     ("HND", "02", "USA")),
    ("Japan granted a request from Washington to host more American missile launchers.", ("USA", "02", "JPN")),
    ("The Taliban cut off internet services across Afghanistan, drawing a call from the UN mission in Kabul for their "
     "restoration.", ("IGO", "02", "AFG")),
    ("Israel pressed ahead with the offensive in Rafah despite calls from Washington for restraint.",
     ("USA", "02", "ISR")),
])
def test_a_request_named_as_the_reason_of_an_act_is_the_owners_request(pipeline: Any, text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Ukraine withdrew its troops from the town at its own request.",
    "Poland closed its border with Belarus at the request of its farmers.",
])
def test_control_no_request_of_ones_own(pipeline: Any, text: str) -> None:
    assert not any(root == "02" for _, root, _ in root_set(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali's foreign minister told the Security Council that the UN mission should leave the country, accusing it of "
     "stoking tensions.", ("MLI", "11", "IGO")),
    ("China's foreign ministry told Manila that its vessels must leave the shoal, accusing them of trespassing.",
     ("CHN", "11", "PHL")),
])
def test_a_demanders_participle_refers_back_to_whom_the_demand_reached(pipeline: Any, text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Backed by Russian air power, Syrian government forces retook Aleppo, the monitoring group said.",
     ("RUS", "05", "SYR")),
    ("Seeking to ease tensions with Beijing, Australia's prime minister travelled to China on Saturday for talks with "
     "Xi Jinping.", ("AUS", "04", "CHN")),
])
def test_a_fronted_participle_clause_keeps_who_does_what(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert expected in coded
    assert not any(s == "SYR" and t == "RUS" for s, _, t in coded)


@pytest.mark.parametrize("text", [
    "Supported by American intelligence, Ukrainian forces struck the Crimean bridge.",
    "Israel, backed by the United States, rejected the ceasefire proposal.",
    "Armed and trained by Iran, the Houthis have fired hundreds of missiles at ships in the Red Sea.",
])
def test_who_backs_the_source_is_not_its_target(pipeline: Any, text: str) -> None:
    coded = root_set(pipeline, text, _DAY)
    backer = "IRN" if "Iran" in text else "USA"
    assert not any(t == backer and root not in ("05", "06", "07") for _, root, t in coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("A strike by taxi drivers turned into looting in Luanda this week, and police, who fired live rounds at crowds "
     "in several districts, said 22 people had died.", ("AGO", "17", "AGO")),
    ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", ("KEN", "17", "KEN")),
])
def test_crowds_fired_at_in_a_one_country_scene_are_its_people(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)
