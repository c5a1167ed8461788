"""Targets and sources read from phrases around the act (docs/coding.md, "Structure, fifteenth round"): the other
party of a strain ("tensions with India"), what an admitted act was aimed at, whom a thing acted on is against, a
place that owns the site looked into, one's own country in a comment's topic, and the subject of a verb set off
after a name's apposition. None of these sentences is a gold sentence; each reading has a case where it must not
fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set, root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamabad could move troops to the border if tension with India keeps rising.", ("PAK", "15", "IND")),
    ("Seoul could deploy more troops if tensions with Pyongyang rise further.", ("KOR", "15", "PRK")),
    ("Athens put its navy on alert amid rising tensions with Ankara.", ("GRC", "15", "TUR")),
    ("India moved troops to the border amid a standoff with China.", ("IND", "15", "CHN")),
    ("Venezuela deployed troops amid tension with Guyana.", ("VEN", "15", "GUY")),
])
def test_a_posture_amid_or_upon_a_strain_is_aimed_at_its_other_party(pipeline: Any, text: str,
                                                                     expected: tuple[str, str, str]) -> None:
    assert root_set(pipeline, text, _DAY) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO acknowledged that its bombs had struck the Chinese embassy in Belgrade.", ("IGO", "015", "CHN")),
    ("Iran admitted that its military had shot down the Ukrainian airliner.", ("IRN", "015", "UKR")),
    ("Russia conceded that its troops had fired on Georgian villages.", ("RUS", "015", "GEO")),
])
def test_an_admitted_act_is_aimed_at_what_it_was_done_to(pipeline: Any, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Cairo court upheld a death sentence against the ousted president Mohamed Morsi.", ("EGY", "11", "EGY")),
    ("Brazil's top court upheld the verdict against Bolsonaro.", ("BRA", "11", "BRA")),
    ("The United States lifted the sanctions against Cuba.", ("USA", "08", "CUB")),
])
def test_whom_the_thing_acted_on_is_against_is_the_target(pipeline: Any, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert root_set(pipeline, text, _DAY) == {expected}


def test_a_place_that_owns_the_site_looked_into_is_the_target(pipeline: Any) -> None:
    assert root_set(pipeline, "The IAEA is investigating traces of uranium found at Iran's Natanz plant.", _DAY) \
        == {("IGO", "09", "IRN")}


@pytest.mark.parametrize(("text", "expected"), [
    ("A Kremlin spokesman declined to comment on the capture of ten Russian paratroopers inside Ukraine.",
     ("RUS", "011", None)),
    ("Beijing declined to comment on the Chinese spy balloon over Montana.", ("CHN", "011", None)),
    # a named person or body of one's own country may be what the comment is aimed at
    ("The Kremlin declined to comment on Navalny's death.", ("RUS", "011", "RUS")),
    # another country in the topic stays the target
    ("Israel's army declined to comment on the Iranian drone attack.", ("ISR", "011", "IRN")),
])
def test_ones_own_country_in_a_comments_topic_is_no_target(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str | None]) -> None:
    assert country_set(pipeline, text, _DAY) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Donald Trump, the president-elect, threatened on Monday to impose tariffs on Canada and Mexico.",
     {("USA", "13", "CAN"), ("USA", "13", "MEX")}),
    ("Kim Jong Un, North Korea's leader, threatened on Saturday to use nuclear weapons against South Korea.",
     {("PRK", "13", "KOR")}),
    ("Moussa Faki Mahamat, the African Union Commission chairman, condemned on Wednesday the coup attempt in Niger.",
     {("IGO", "11", "NER")}),
])
def test_a_verb_set_off_after_an_apposition_is_the_names_own(pipeline: Any, text: str,
                                                             expected: set[tuple[str, str, str]]) -> None:
    assert root_set(pipeline, text, date(2023, 6, 1)) == expected


def test_a_reduced_relative_with_its_agent_is_no_finite_verb(pipeline: Any) -> None:
    # "supplied by Iran" is a participle on the drones; the drones' striking is no act of the drones' supplier
    assert ("IRN", "19", "UKR") not in root_set(pipeline, "The drones, supplied by Iran, struck Kyiv.", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab militants set off a roadside bomb as President Hassan Sheikh Mohamud's convoy passed through "
     "Mogadishu.", ("SOM", "18", "SOM")),
    ("ISIS fighters detonated a bomb as an Iraqi army convoy passed near Mosul.", ("IMG", "18", "IRQ")),
])
def test_an_attack_timed_as_a_convoy_passed_is_aimed_at_it(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_an_attack_timed_by_another_clause_names_no_target(pipeline: Any) -> None:
    assert ("YEM", "19", "OMN") not in root_set(pipeline, "Houthi rebels attacked a ship as talks began in Oman.", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Chinese engineers were killed in an attack the Balochistan Liberation Army said it had carried out.",
     ("PAK", "18", "CHN")),
    ("Nine soldiers were killed in an ambush that al-Shabaab claimed.", ("SOM", "18", "SOM")),
])
def test_a_passive_act_is_done_by_whom_a_relative_clause_on_the_attack_names(pipeline: Any, text: str,
                                                                             expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "absent"), [
    ("Russia's ally Belarus hosted the drills.", ("BLR", "06", "RUS")),
    ("Iran's allies in Iraq attacked US bases.", ("IRN", "19", "USA")),
])
def test_an_ally_is_not_its_possessor(pipeline: Any, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # a modifier or an apposition still says which the partners are
    ("Greece demanded that its European Community partners refuse to recognize Macedonia.", ("GRC", "10", "IGO")),
    ("Algeria severed diplomatic relations with Morocco, accusing its neighbour of hostile acts.", ("DZA", "11", "MAR")),
])
def test_a_partner_named_by_its_modifier_is_kept(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany condemned the attack carried out by Hamas.", {("DEU", "11", "PSE")}),
    ("Israel rejected a proposal put forward by Egypt.", {("ISR", "12", "EGY")}),
])
def test_a_thing_a_participle_says_someone_did_is_theirs(pipeline: Any, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected


def test_goods_supplied_by_someone_arriving_are_no_act_of_theirs(pipeline: Any) -> None:
    assert ("USA", "04", "UKR") not in root_set(
        pipeline, "Abrams tanks supplied by Washington have arrived in Ukraine, Zelensky said on Monday.", _DAY)


# the receiver before the goods, what a claimed act hit, what a strike is against (sixteenth round)

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia sold India S-400 missile systems.", ("RUS", "07", "IND")),
    ("Washington sent Kyiv HIMARS rocket launchers.", ("USA", "07", "UKR")),
    ("The United States sold Taiwan F-16 fighter jets.", ("USA", "07", "TWN")),
])
def test_a_name_before_the_goods_given_is_the_receiver(pipeline: Any, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert root_set(pipeline, text, _DAY) == {expected}


def test_a_name_before_the_goods_bought_is_not_the_receiver(pipeline: Any) -> None:
    assert root_set(pipeline, "Taiwan bought US weapons.", _DAY) <= {("TWN", "07", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Pentagon took responsibility for the drone strike that killed ten Afghan civilians in Kabul.",
     ("USA", "01", "AFG")),
    ("Ukraine claimed responsibility for the drone strike that hit an oil depot in Russia.", ("UKR", "01", "RUS")),
])
def test_a_claimed_act_is_aimed_at_what_its_relative_clause_says_it_hit(pipeline: Any, text: str,
                                                                        expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_a_claimed_act_with_no_relative_clause_keeps_no_target(pipeline: Any) -> None:
    assert root_set(pipeline, "Hamas claimed responsibility for the rocket attack.", _DAY) == {("PSE", "01", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("French rail and transport unions walked out in a nationwide strike against Emmanuel Macron's pension "
     "overhaul.", ("FRA", "14", "FRA")),
])
def test_a_walkout_in_a_strike_against_a_policy_is_aimed_at_its_owner(pipeline: Any, text: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert country_set(pipeline, text, _DAY) and expected in root_set(pipeline, text, _DAY)


def test_a_strike_against_no_one_named_keeps_no_target(pipeline: Any) -> None:
    assert root_set(pipeline, "Greek workers walked off the job in a general strike against austerity.", _DAY) == {
        ("GRC", "14", None)}
