"""A person's followers, courts named by their seat, contested islands and shoals, continental adjectives, lowercase
hyphened group names and the Karabakh leaders after the fall of their authorities (round twenty-seven, see
docs/actors-and-tenures.md). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Supporters of Evo Morales blocked roads across Bolivia to protest the charges.", "2024-10-01",
     "Supporters of Evo Morales", "BOLOPP"),
    ("Followers of Evo Morales seized three army barracks in the Chapare.", "2024-11-01",
     "Followers of Evo Morales", "BOLOPP"),
    ("Supporters of Imran Khan stormed army buildings in Lahore.", "2023-05-10", "Supporters of Imran Khan",
     "PAKOPP"),
    ("Imran Khan's supporters torched a commander's house in Lahore.", "2023-05-10", "Imran Khan's supporters",
     "PAKOPP"),
    ("Mozambican police fired tear gas at supporters of Venancio Mondlane in Maputo.", "2024-11-10",
     "supporters of Venancio Mondlane", "MOZOPP"),
    ("Police arrested 50 followers of Ousmane Sonko in Dakar.", "2023-06-01", "followers of Ousmane Sonko",
     "SENOPP"),
    ("Hundreds of Evo Morales's supporters seized barracks, as the former president's loyalists kept up the "
     "blockades.", "2024-11-01", "the former president's loyalists", "BOLOPP"),
    ("Supporters of the former prime minister clashed with police in Islamabad.", "2023-05-10",
     "Supporters of the former prime minister", "PAKOPP"),
    ("Imran Khan's most loyal supporters stormed the building.", "2023-05-10", "Imran Khan's most loyal supporters",
     "PAKOPP"),
    # a leader in office on the date: his supporters are civilians, not his government
    ("Supporters of President Luis Arce rallied in La Paz.", "2024-11-01", "Supporters of President Luis Arce",
     "BOLCVL"),
    ("Loyalists of Donald Trump rallied outside the Capitol.", "2025-02-01", "Loyalists of Donald Trump", "USACVL"),
])
def test_a_person_s_followers_are_not_his_office(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                 code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Evo Morales accused Luis Arce of persecuting him.", "2024-10-01", "Evo Morales", "BOLGOV"),
    ("Imran Khan's arrest sparked protests across Pakistan.", "2023-05-10", "Imran Khan", "PAKGOV"),
])
def test_the_person_himself_keeps_his_code(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                           code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day"), [
    ("The Hague-based court issued an arrest warrant for Netanyahu.", "2024-11-21"),
    ("The Strasbourg-based court ruled that Turkey had violated his rights.", "2024-03-01"),
    ("The Arusha-based tribunal sentenced him to life in prison.", "2010-03-01"),
])
def test_a_court_named_by_its_seat_is_no_state_s(resolver: Any, nlp: Any, text: str, day: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(code.endswith("JUD") for code in codes.values()), codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("A Beirut-based newspaper criticised Hezbollah.", "2024-03-01", "Beirut-based newspaper", "LBNMED"),
    ("The Hague-based International Criminal Court issued a warrant for Putin.", "2023-03-17",
     "International Criminal Court", "IGOUNOICC"),
])
def test_seats_of_other_bodies_unchanged(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Taiwan's coast guard expelled Chinese boats near the Pratas Islands.", "2024-03-01", "Pratas Islands", "TWN"),
    ("China blocked a resupply mission to Second Thomas Shoal.", "2024-03-01", "Second Thomas Shoal", "PHL"),
    ("Chinese coast guard ships fired water cannon near Ayungin Shoal.", "2024-03-01", "Ayungin Shoal", "PHL"),
    ("Chinese ships entered waters around the Senkaku Islands, Japan said.", "2024-03-01", "Senkaku Islands", "JPN"),
    ("Chinese coast guard vessels sailed near the Diaoyu Islands.", "2024-03-01", "Diaoyu Islands", "JPN"),
    ("China fortified its outposts on the Paracel Islands.", "2024-03-01", "Paracel Islands", "CHN"),
    ("Fighting in Nasir killed dozens as the White Army overran an army base.", "2025-03-07", "Nasir", "SSD"),
    ("Protesters clashed with police in Nukus.", "2022-07-02", "Nukus", "UZB"),
    ("Mirziyoyev declared a state of emergency in Karakalpakstan.", "2022-07-03", "Karakalpakstan", "UZB"),
    ("American troops could be stationed at Manta again.", "2025-11-14", "Manta", "ECU"),
])
def test_islands_shoals_and_towns_as_their_holder(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                  code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "word"), [
    ("Vietnam is building islands in the Spratly Islands.", "2024-03-01", "Spratly"),
    ("Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough Shoal.", "2024-03-01",
     "Scarborough"),
    ("Nasir El-Rufai criticised the government of Nigeria.", "2024-03-01", "Nasir"),
    ("Divers swam with a manta ray off Mozambique.", "2024-03-01", "manta"),
])
def test_places_held_by_several_states_and_given_names_code_no_state(resolver: Any, nlp: Any, text: str, day: str,
                                                                     word: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(word in mention for mention in codes), codes


@pytest.mark.parametrize(("text", "day"), [
    ("Seven Latin American countries condemned the election result in Venezuela.", "2024-08-01"),
    ("Several South American countries recalled their ambassadors from Caracas.", "2024-08-01"),
    ("Central American leaders met in Guatemala City.", "2024-08-01"),
])
def test_continental_adjectives_name_no_american_state(resolver: Any, nlp: Any, text: str, day: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(code.startswith("USA") for code in codes.values()), codes


@pytest.mark.parametrize(("text", "day", "mention"), [
    ("Armed anti-balaka fighters attacked Muslims in Bangui.", "2014-03-01", "anti-balaka fighters"),
    ("The anti-balaka militia burned a mosque.", "2014-03-01", "anti-balaka militia"),
    ("Anti-balaka militias attacked Muslims in Bangui.", "2014-03-01", "Anti-balaka militias"),
])
def test_lowercase_hyphened_group_names(resolver: Any, nlp: Any, text: str, day: str, mention: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == "CAFREBABK"


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Azerbaijan detained Ruben Vardanyan at the Lachin checkpoint.", "2023-09-27", "Ruben Vardanyan", "ARM"),
    ("Will Baku ever free Ruben Vardanyan?", "2025-01-20", "Ruben Vardanyan", "ARM"),
    ("Azerbaijan put Arayik Harutyunyan on trial in Baku.", "2025-01-20", "Arayik Harutyunyan", "ARM"),
    # in office: still the separatist authorities, Azerbaijan's rebels
    ("Ruben Vardanyan said Karabakh would never accept Azerbaijani rule.", "2022-12-01", "Ruben Vardanyan",
     "AZEREB"),
])
def test_karabakh_leaders_after_the_fall_are_armenians(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Ukraine accused pro-Russian separatists of violating the truce.", "2015-02-01", "separatists", "UKRREB"),
    ("Russian-backed separatists shelled Mariupol.", "2015-01-24", "separatists", "UKRREB"),
    ("Rwandan-backed rebels seized Goma.", "2025-01-28", "rebels", "CODREB"),
    # a place of their own still decides
    ("Pro-Russian separatists in eastern Ukraine shelled Mariupol.", "2015-01-24", "separatists", "UKRREB"),
    ("Iran-backed militias in Iraq attacked US troops.", "2024-01-30", "militias", "IRQREB"),
])
def test_rebels_backed_by_one_state_are_the_other_state_s(resolver: Any, nlp: Any, text: str, day: str,
                                                          mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day"), [
    ("Iran-backed militias attacked US troops.", "2024-01-30"),  # the troops' state is no scene
    ("Russia denied arming pro-Russian separatists.", "2015-02-01"),  # never the backer's
])
def test_backed_rebels_with_no_other_state_name_none(resolver: Any, nlp: Any, text: str, day: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(code.endswith("REB") for code in codes.values()), codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Young protesters had camped in Sukhbaatar Square for weeks.", "2025-06-01", "protesters", "MNGCVL"),
    ("Police fired tear gas at protesters in Taksim Square.", "2013-06-01", "protesters", "TURCVL"),
    ("Thousands of farmers rallied at Jantar Mantar.", "2024-03-01", "farmers", "INDCVL"),
    ("Putin watched the parade on Red Square.", "2024-05-09", "Red Square", "RUS"),
])
def test_protest_squares_stand_for_their_country(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                 code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_shared_square_names_code_no_state(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "Protesters gathered in Independence Square.", "2024-05-01")
    assert not any("Independence" in mention for mention in codes), codes
