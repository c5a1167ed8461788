"""Structure readings of the eleventh round (docs/coding.md), on the real pipeline: mass violence named by its
victims, whole peoples deported, agreements to act, fighting between two sides, rescue money named after its
receiver, a state's acts on its own nationals, charges by courts and prosecutors, delegations of several senders,
verbs tagged as nouns. None of these sentences is a gold sentence; each reading is checked on more than one wording
and with a case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

pytestmark = pytest.mark.slow

_DAY = date(2024, 3, 1)


def _countries(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s[:3] if s else None, c, t[:3] if t else None) for s, c, t in coded_triples(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Boko Haram fighters killed at least 60 villagers in Borno state.", "202"),
    ("Militants killed scores of villagers in central Mali.", "202"),
    ("Boko Haram fighters killed 43 worshippers at a church in Borno state.", "202"),
    # a count of people keeps the higher threshold; a few civilians, or fighters, are a killing
    ("Militants killed 43 people in an attack in Mali.", "1823"),
    ("Russian troops killed 12 civilians in Bucha.", "1823"),
])
def test_mass_killing_named_by_its_victims(pipeline: Any, text: str, expected: str) -> None:
    codes = {c for _, c, _ in _countries(pipeline, text)}
    assert expected in codes and not (codes - {expected})


def test_a_whole_people_deported_is_a_mass_expulsion(pipeline: Any) -> None:
    assert ("PAK", "201", "AFG") in _countries(pipeline, "Pakistan will start deporting Afghans next month.")
    assert ("IRN", "201", "AFG") in _countries(pipeline, "Iran deported Afghans by the thousands.")
    # a counted or definite few are people expelled
    assert ("DEU", "174", "AFG") in _countries(pipeline, "Germany deported two Afghans convicted of crimes.")
    assert ("GBR", "174", "ALB") in _countries(pipeline, "Britain deported the Albanians.")


def test_an_agreement_to_act_is_the_act_not_a_threat(pipeline: Any) -> None:
    assert {c for _, c, _ in _countries(pipeline, "EU ministers agreed to suspend visa-free travel for Georgian "
                                                    "officials.")} == {"172"}
    # a vow to act against someone stays a threat
    assert {c for _, c, _ in _countries(pipeline, "Russia vowed to suspend gas deliveries to Moldova.")} == {"1311"}


def test_fighting_between_two_sides_goes_both_ways(pipeline: Any) -> None:
    assert _countries(pipeline, "Heavy fighting between Israel and Hezbollah continued on Sunday.") == {
        ("ISR", "190", "LBN"), ("LBN", "190", "ISR")}
    assert _countries(pipeline, "Fighting between Armenian and Azerbaijani forces erupted on Tuesday.") == {
        ("ARM", "190", "AZE"), ("AZE", "190", "ARM")}
    # the fighting of one place names no sides
    assert _countries(pipeline, "The fighting in Gaza continued on Sunday.") == set()


def test_rescue_money_is_named_after_its_receiver(pipeline: Any) -> None:
    assert ("IGO", "071", "LKA") in _countries(pipeline, "The IMF approved Sri Lanka's bailout on Monday.")
    assert ("IGO", "071", "EGY") in _countries(pipeline, "The World Bank approved Egypt's loan programme.")


def test_a_state_organ_acts_on_its_own_national(pipeline: Any) -> None:
    assert ("ROU", "173", "ROU") in _countries(pipeline, "Romanian prosecutors charged the far-right politician "
                                                          "with incitement.")
    # with another country named, the person may be a foreigner
    assert ("RUS", "173", "RUS") not in _countries(pipeline, "Russian police arrested Jan Kowalski on the border "
                                                            "with Poland.")


def test_a_charge_is_legal_action_only_from_courts_and_police(pipeline: Any) -> None:
    assert ("RUS", "173", "RUS") in _countries(pipeline, "Russian prosecutors charged the opposition politician "
                                                          "with extremism.")
    assert ("SRB", "112", "ALB") in _countries(pipeline, "Serbia charged Albania with supporting dissidents.")


def test_envoys_of_several_senders_act_for_each(pipeline: Any) -> None:
    assert _countries(pipeline, "Officials from Armenia and Turkey held talks in Vienna.") >= {
        ("ARM", "046", "TUR"), ("TUR", "046", "ARM")}
    assert _countries(pipeline, "Negotiators from Pakistan and India will hold talks next week.") >= {
        ("PAK", "046", "IND"), ("IND", "046", "PAK")}


def test_a_verb_tagged_as_a_noun_in_a_question(pipeline: Any) -> None:
    assert ("BGD", "1722", "BGD") in _countries(pipeline, "Will Muhammad Yunus's interim government ban Sheikh "
                                                          "Hasina's Awami League?")


def test_a_name_after_a_possessor_is_the_things_own(pipeline: Any) -> None:
    # "Gaza" names the plan, whose owner is Washington: one rejection, aimed at Washington
    assert _countries(pipeline, "Israel rejected Washington's Gaza plan.") == {("ISR", "127", "USA")}
    assert len(coded_triples(pipeline, "Muhammad Yunus's interim government banned Sheikh Hasina's Awami League.",
                             _DAY)) == 1


def test_a_trailing_participle_is_done_instead(pipeline: Any) -> None:
    events = pipeline.code_text("Xi Jinping did not travel to New Delhi for the G20 summit, sending Premier Li Qiang "
                                "in his place.", published_on=_DAY)
    assert sorted(e.factuality.value for e in events if e.root_code == "04") == ["asserted", "negated"]
    events = pipeline.code_text("Iran did not attack Israel, choosing to negotiate with Washington.", published_on=_DAY)
    assert {(e.root_code, e.factuality.value) for e in events} == {("19", "negated"), ("04", "asserted")}
    # a purpose clause stays under the negation
    events = pipeline.code_text("Russia did not send troops to fight in Syria.", published_on=_DAY)
    assert {e.factuality.value for e in events} == {"negated"}
