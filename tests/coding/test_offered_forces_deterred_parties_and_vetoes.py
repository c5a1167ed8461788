"""Clause structure, twenty-fourth round (docs/coding.md): forces offered to a country are an offer of protection, not
a threat; a conditional threat is aimed at the one its condition deters, not at goods named by their origin; a vetoed
resolution is the UN's; two parties of one code that the resolver tells apart both act in a joint act; a list ending
in a common noun is still a list. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples, root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada offered to send police to Haiti.", ("CAN", "03", "HTI")),
    ("Rwanda offered to deploy troops to Mozambique.", ("RWA", "03", "MOZ")),
    ("Kenya pledged to send 1,000 police officers to Haiti.", ("KEN", "03", "HTI")),
    ("The Bahamas committed to sending 150 police to Haiti.", ("BHS", "03", "HTI")),
    ("Kenya said it was ready to send police officers to Haiti.", ("KEN", "03", "HTI")),
])
def test_forces_offered_to_a_country_are_an_offer_not_a_threat(pipeline: Any, text: str,
                                                                expected: tuple[str, str, str]) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert expected in coded
    assert not any(root == "13" for _, root, _ in coded)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia threatened to deploy troops to Belarus.", ("RUS", "13", "BLR")),
    ("Turkey warned it would send troops to Syria.", ("TUR", "13", "SYR")),
])
def test_forces_threatened_stay_a_threat(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_forces_vowed_to_no_named_country_are_no_offer(pipeline: Any) -> None:
    coded = root_set(pipeline, "Russia pledged to deploy more troops to its western border.", _DAY)
    assert not any(root == "03" for _, root, _ in coded)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Lukashenko threatened to cut off Russian gas to Europe if the EU imposed sanctions on Belarus.", "BLR", "IGO"),
    ("Lukashenko threatened to cut off the transit of Russian gas to Europe if the EU imposed new sanctions.",
     "BLR", "IGO"),
    ("Moscow threatened to halt grain shipments through the Black Sea if Kyiv attacked Russian ports.", "RUS", "UKR"),
])
def test_a_conditional_threat_is_aimed_at_whom_it_deters(pipeline: Any, text: str, source: str, target: str) -> None:
    threats = {(s, t) for s, root, t in root_set(pipeline, text, _DAY) if root == "13"}
    assert threats == {(source, target)}


@pytest.mark.parametrize(("text", "expected"), [
    # a coded act keeps its own target; a threat with no condition is untouched
    ("Erdogan warned that Turkey could sever ties with Israel if Washington recognised Jerusalem as its capital.",
     ("TUR", "13", "ISR")),
    ("Putin threatened to strike Kyiv if Ukraine used Western missiles against Russia.", ("RUS", "13", "UKR")),
    ("Russia threatened to cut off gas supplies to Moldova.", ("RUS", "13", "MDA")),
])
def test_a_threatened_act_keeps_its_own_target(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "sources"), [
    ("Russia vetoed the resolution demanding a ceasefire in Gaza.", {"RUS"}),
    ("The United States vetoed a draft resolution calling for a ceasefire in Gaza.", {"USA"}),
    ("Russia and China vetoed a resolution imposing sanctions on Myanmar.", {"RUS", "CHN"}),
    ("Russia and China chose not to veto the resolution authorising a no-fly zone over Libya.", {"RUS", "CHN"}),
    ("Russia vetoed a resolution on Gaza drafted by Algeria.", {"RUS"}),
])
def test_a_vetoed_resolution_is_the_uns(pipeline: Any, text: str, sources: set[str]) -> None:
    vetoes = {(s, t) for s, code, t in coded_triples(pipeline, text, _DAY) if code == "129"}
    assert vetoes == {(s, "IGOUNO") for s in sources}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary vetoed an EU resolution on Ukraine.", ("HUN", "IGOEUREEC")),
    ("Russia vetoed an American draft resolution on Gaza.", ("RUS", "USA")),  # its drafter, as before
])
def test_a_resolution_named_by_its_body_or_drafter_is_theirs(pipeline: Any, text: str,
                                                             expected: tuple[str, str]) -> None:
    vetoes = {(s, t) for s, code, t in coded_triples(pipeline, text, _DAY) if code == "129"}
    assert vetoes == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ethiopia's government and Tigray's leaders signed a peace deal in Pretoria.", ("ETH", "05", "ETH")),
    ("The Ethiopian government and Tigrayan leaders agreed to a truce.", ("ETH", "03", "ETH")),
])
def test_a_joint_act_of_a_state_and_its_region_is_domestic(pipeline: Any, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert expected in coded
    assert not any(t is None for _, _, t in coded)


def test_a_joint_act_of_two_countries_stays_two_ways(pipeline: Any) -> None:
    assert root_set(pipeline, "Iran and Russia signed a treaty.", _DAY) == {("IRN", "05", "RUS"), ("RUS", "05", "IRN")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops from Australia, the United States and a dozen partner nations launched joint exercises.",
     {("AUS", "06", "USA"), ("USA", "06", "AUS")}),
    ("The US, Russia and other countries met in Geneva.", {("USA", "04", "RUS"), ("RUS", "04", "USA")}),
    ("Soldiers from France and Egypt began joint drills.", {("FRA", "06", "EGY"), ("EGY", "06", "FRA")}),
])
def test_a_list_ending_in_a_common_noun_is_still_a_list(pipeline: Any, text: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    assert root_set(pipeline, text, _DAY) == expected
