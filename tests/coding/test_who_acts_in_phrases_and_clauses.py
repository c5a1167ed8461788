"""Who did it to whom when the actors sit in phrases and other clauses (docs/coding.md, "Structure, twenty-second
round"): people "from" a country or group act for it, a spokesman "for" a body speaks for it, an unnamed justice organ
acting on a country's named people is that country's, an unnamed state body reported by a country's speaker is that
country's, a pronoun in a warning's condition that would act against the warner is the party warned, an event noun
answered or pressed on "with" is the subject's, parties "between" whom a deal was signed each sign with the other, an
inquiry, sanction or strike after another country's attack is aimed at the attacker, an act "in protest at" another's
act is aimed at its owner, and a nominal attack is aimed where it was fought. Each with sentences where the rule must
not fire. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)
Triple = tuple[str | None, str, str | None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen from a Mexican cartel kidnapped four Americans in Matamoros.", ("MEX", "18", "USA")),
    ("Soldiers from Chad killed 20 Boko Haram fighters.", ("TCD", "18", "NGA")),
    ("Fighters from the Wagner Group attacked a Malian village.", ("RUS", "19", "MLI")),
    ("Inspectors from the IAEA visited the Zaporizhzhia plant.", ("IGO", "04", "UKR")),
    ("Troops from Australia and the United States launched joint exercises in Queensland.", ("AUS", "06", "USA")),
])
def test_people_from_a_country_or_group_act_for_it(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in {(s[:3] if s else None, r, t) for s, r, t in root_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # the "from" phrase is where the troops are withdrawn from, not whose they are
    ("Russia withdrew troops from Kherson.", ("RUS", "08", "UKR")),
    # whom the diplomats are from is whom the expulsion is aimed at
    ("Germany expelled two diplomats from Russia.", ("DEU", "17", "RUS")),
])
def test_from_phrases_of_objects_stay_as_they_were(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesman for the Iranian foreign ministry condemned the US strikes.", ("IRN", "11", "USA")),
    ("The chief negotiator for Hamas met Qatari officials in Doha.", ("PSE", "04", "QAT")),
])
def test_a_spokesman_speaks_for_whom_he_speaks_for(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors charged former president Jair Bolsonaro with plotting a coup.", ("BRA", "17", "BRA")),
    ("A court sentenced Alexei Navalny to 19 years in prison.", ("RUS", "11", "RUS")),
    ("A judge ordered the arrest of former president Evo Morales.", ("BOL", "17", "BOL")),
])
def test_a_justice_organ_is_of_the_country_of_the_people_it_tries(pipeline: Any, text: str,
                                                                   expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # no named person: people of a nationality may be anyone's to arrest
    "Police detained three Chinese nationals near the base.",
    # a country is no person a court tries
    "Prosecutors accused Israel of war crimes.",
    # soldiers are no justice organ
    "Soldiers arrested Mohamed Bazoum.",
])
def test_no_justice_organ_or_no_named_person_no_source(pipeline: Any, text: str) -> None:
    assert all(s is None for s, _, _ in root_set(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry summoned the Chinese ambassador, Manila said.", ("PHL", "11", "CHN")),
    ("The government expelled two Russian diplomats, Prague said.", ("CZE", "17", "RUS")),
])
def test_an_unnamed_state_body_is_its_speakers_countrys(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow warned the European Union of a painful response if it confiscated Russia's frozen central bank assets.",
     ("IGO", "17", "RUS")),
    ("Iran warned the United States that it would respond if it attacked Iranian facilities.", ("USA", "19", "IRN")),
])
def test_a_condition_acting_against_the_warner_is_the_warned_partys(pipeline: Any, text: str,
                                                                     expected: Triple) -> None:
    assert expected in {(s[:3] if s else None, r, t[:3] if t else None) for s, r, t in root_set(pipeline, text, _DAY)}


def test_a_condition_acting_against_no_one_keeps_its_pronoun(pipeline: Any) -> None:
    # "if it was attacked": no act against Russia by the pronoun, which stays the speaker
    coded = root_set(pipeline, "Russia warned NATO that it would retaliate if it was attacked.", _DAY)
    assert all(s != "IGO" for s, _, _ in coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel responded with air strikes on southern Lebanon.", ("ISR", "19", "LBN")),
    ("China responded with military drills around Taiwan.", ("CHN", "15", "TWN")),
    ("Russia went ahead with strikes on Ukraine's power grid.", ("RUS", "19", "UKR")),
])
def test_an_act_answered_or_pressed_on_with_is_the_subjects(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_country_hit_with_sanctions_does_not_sanction(pipeline: Any) -> None:
    assert ("VEN", "16", "VEN") not in root_set(pipeline, "Venezuela was hit with new sanctions.", _DAY)


@pytest.mark.parametrize(("text", "pair"), [
    ("The deal between Russia and North Korea was signed in Pyongyang.", ("RUS", "PRK")),
    ("A peace agreement between Armenia and Azerbaijan was signed at the White House.", ("ARM", "AZE")),
    ("A prisoner exchange between Russia and Ukraine was carried out on Friday.", ("RUS", "UKR")),
])
def test_parties_between_whom_an_act_is_done_do_it_with_each_other(pipeline: Any, text: str,
                                                                    pair: tuple[str, str]) -> None:
    coded = {(s, t) for s, _, t in root_set(pipeline, text, _DAY)}
    assert {pair, pair[::-1]} <= coded


def test_a_mediator_between_parties_is_not_one_of_them(pipeline: Any) -> None:
    coded = root_set(pipeline, "Qatar brokered a deal between Israel and Hamas.", _DAY)
    assert ("ISR", "04", "PSE") not in coded and ("QAT", "04", "ISR") in coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian prosecutors opened a war crimes case after a Russian missile struck a pizzeria in Kramatorsk.",
     ("UKR", "09", "RUS")),
    ("Israel launched air strikes after Hezbollah fired rockets at the Golan Heights.", ("ISR", "19", "LBN")),
    ("Russia suspended the talks after Ukraine attacked a bridge in Crimea.", ("RUS", "16", "UKR")),
])
def test_an_act_after_another_countrys_attack_is_aimed_at_the_attacker(pipeline: Any, text: str,
                                                                       expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # an attack by the source's own side names no one to answer
    "Germany declared a state of emergency after floods hit the west.",
    # a show of force is read as aimed at no one
    "Taiwan put its forces on alert as Chinese warships massed east of the island.",
])
def test_no_foreign_attack_answered_no_target(pipeline: Any, text: str) -> None:
    assert all(t is None for s, r, t in root_set(pipeline, text, _DAY) if s in ("DEU", "TWN"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile recalled its ambassador in protest over Israel's offensive in Gaza.", ("CHL", "16", "ISR")),
    ("Jordan recalled its envoy in protest against the Israeli strikes.", ("JOR", "16", "ISR")),
    ("Morocco recalled its ambassador to Algeria.", ("MAR", "16", "DZA")),
])
def test_an_envoy_recalled_in_protest_is_aimed_at_whom_it_protests(pipeline: Any, text: str,
                                                                   expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_ones_own_envoy_is_no_target(pipeline: Any) -> None:
    coded = root_set(pipeline, "Morocco recalled its ambassador in protest at the Algerian decision.", _DAY)
    assert ("MAR", "16", "MAR") not in coded


@pytest.mark.parametrize(("text", "expected"), [
    ("A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.", ("UKR", "19", "RUS")),
    ("An Israeli air strike killed five people in Gaza.", ("ISR", "19", "PSE")),
])
def test_a_nominal_attack_is_aimed_where_its_clause_says_it_hit(pipeline: Any, text: str,
                                                                 expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # a telephone call made to demand something: the caller demands it, of whom was called
    ("Macron called his Russian counterpart to demand a ceasefire.", ("FRA", "10")),
    ("Biden called Netanyahu to urge restraint in Rafah.", ("USA", "02")),
])
def test_a_caller_does_what_the_call_is_made_for(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, r) for s, r, _ in root_set(pipeline, text, _DAY)}


def test_called_on_someone_to_act_is_still_theirs(pipeline: Any) -> None:
    coded = root_set(pipeline, "The UN called on Russia to withdraw its troops.", _DAY)
    assert ("IGO", "02", "RUS") in coded


def test_a_joint_statement_of_a_bloc_is_not_made_with_who_blocks_it(pipeline: Any) -> None:
    coded = root_set(pipeline, "Hungary vetoed a joint EU declaration on Israel.", _DAY)
    assert ("HUN", "12", "IGO") in coded and ("IGO", "12", "HUN") not in coded


def test_a_joint_exercise_with_a_partner_stays_both_ways(pipeline: Any) -> None:
    coded = root_set(pipeline, "China held joint exercises with Russia in the Sea of Japan.", _DAY)
    assert {("CHN", "06", "RUS"), ("RUS", "06", "CHN")} <= coded


@pytest.mark.parametrize(("text", "expected"), [
    ("A delegation led by Vice-President JD Vance arrived in Greenland.", ("USA", "04", "GRL")),
    ("The coalition led by Saudi Arabia bombed Sanaa.", ("SAU", "19", "YEM")),
    ("A team led by the IAEA chief inspected the Zaporizhzhia plant.", ("IGO", "09", "UKR")),
])
def test_a_body_acts_for_whoever_leads_it(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_crowd_led_by_someone_is_not_their_body(pipeline: Any) -> None:
    coded = root_set(pipeline, "Protesters led by opposition leader Nikol Pashinyan blocked streets in Yerevan.", _DAY)
    assert ("ARM", "14", "ARM") in coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The drone, which was launched from Yemen, struck an apartment building in Tel Aviv.", ("YEM", "19", "ISR")),
    ("A missile that was fired from Lebanon hit a school in Haifa.", ("LBN", "19", "ISR")),
])
def test_a_weapon_launched_from_a_country_in_a_relative_clause(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_relative_clause_on_who_threatens_names_no_one_threatened(pipeline: Any) -> None:
    coded = root_set(pipeline, "Russia, which invaded Ukraine in 2022, threatened to strike Western supply lines.", _DAY)
    assert ("RUS", "13", "UKR") not in coded


def test_a_threat_after_anothers_attack_is_still_aimed_at_the_attacker(pipeline: Any) -> None:
    coded = root_set(pipeline, "Russia threatened to retaliate after Ukraine struck Crimea.", _DAY)
    assert ("RUS", "13", "UKR") in coded


def test_a_state_of_affairs_between_parties_is_no_act_of_theirs(pipeline: Any) -> None:
    text = "The conflict between Armenia and Azerbaijan goes back to the collapse of the Soviet Union."
    assert not any(r == "04" for _, r, _ in root_set(pipeline, text, _DAY))


def test_what_someone_is_blamed_for_is_their_own(pipeline: Any) -> None:
    coded = {(s, r) for s, r, _ in root_set(
        pipeline, "Washington blamed Tehran for its attacks on shipping in the Red Sea.", _DAY)}
    assert ("IRN", "19") in coded and ("USA", "19") not in coded


def test_a_visit_for_a_meeting_is_the_visitors(pipeline: Any) -> None:
    coded = root_set(pipeline, "Modi will visit Washington next month for his first meeting with Trump.", _DAY)
    assert ("USA", "04", "USA") not in coded and ("IND", "04", "USA") in coded


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("China retaliated by imposing tariffs on American soybeans.", ("CHN", "16", "USA"), ("CHN", "19", None)),
    ("Israel retaliated by striking Iranian air defences.", ("ISR", "19", "IRN"), ("ISR", "19", None)),
])
def test_a_retaliation_by_an_act_is_that_act(pipeline: Any, text: str, kept: Triple, gone: Triple) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert kept in coded and gone not in coded


def test_a_retaliation_with_no_act_named_stays(pipeline: Any) -> None:
    assert ("RUS", "19", "UKR") in root_set(pipeline, "Russia retaliated against Ukraine.", _DAY)
