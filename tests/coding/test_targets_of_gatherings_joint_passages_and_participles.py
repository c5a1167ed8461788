"""Targets of verbal events that English puts outside the verb's own slots (docs/coding.md, "Round twenty-six"):
a trip to a summit or talks held in a named place (the country holding the place, not the body that convenes it);
a joint act passing over or through a place (done with each other, not to the place); a name before a describing
participle ("the UN-patrolled buffer zone": no party); a thing named again by an apposition with a named owner; a
participle that demands, accuses or threatens after a deed (aimed at whom the deed reached); a name before an
adjective ("a US congressional delegation"); the craft taken "from" a country, places "off the coast of" a town, and
force in a place only the event gazetteer knows ("on the Golan Heights").
Each with controls where the rule must not fire. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality, root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)
Triple = tuple[str | None, str, str | None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States sent no delegation to the climate summit that opened in Belem on Monday.",
     ("USA", "04", "BRA")),
    ("Macron sent a delegation to the NATO summit in Vilnius on Tuesday.", ("FRA", "04", "LTU")),
    ("Putin did not travel to the BRICS summit in Johannesburg.", ("RUS", "04", "ZAF")),
    ("Japan sent its foreign minister to the ASEAN conference held in Vientiane.", ("JPN", "04", "LAO")),
    ("Sweden sent a large delegation to the climate conference in Baku.", ("SWE", "04", "AZE")),
])
def test_a_trip_to_a_gathering_is_a_visit_to_where_it_is_held(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # no place named: the body whose summit it is stays the target
    ("Macron attended the NATO summit.", ("FRA", "04", "IGO")),
    # a person met there is the one met, not the host country
    ("Modi met Putin at the BRICS summit in Kazan.", ("IND", "04", "RUS")),
])
def test_gathering_controls(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "pair", "place"), [
    ("Chinese and Russian bombers flew together over the Sea of Japan on Tuesday.", ("CHN", "RUS"), "JPN"),
    ("Russian and Chinese bombers flew together over the Sea of Japan near Hokkaido.", ("RUS", "CHN"), "JPN"),
    ("Chinese and Russian warplanes flew together over the East China Sea.", ("CHN", "RUS"), "CHN"),
    ("Israel and Hamas agreed a ceasefire in Cairo after talks brokered by Egypt and Qatar.", ("ISR", "PSE"), "EGY"),
])
def test_a_joint_act_over_a_place_is_done_with_each_other(pipeline: Any, text: str, pair: tuple[str, str],
                                                          place: str) -> None:
    found = root_set(pipeline, text, _DAY)
    a, b = pair
    root = "03" if "ceasefire" in text else "06"
    assert (a, root, b) in found and (b, root, a) in found
    assert (a, root, place) not in found or place in pair


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Israeli tanks moved into the UN-patrolled buffer zone on the Golan Heights.", ("ISR", "19", "IGO")),
    ("Hezbollah fired rockets at a UN-monitored position in southern Lebanon.", ("LBN", "19", "IGO")),
    ("Russian drones struck an EU-funded clinic in Kherson on Sunday.", ("RUS", "19", "IGO")),
])
def test_a_name_before_a_describing_participle_is_no_target(pipeline: Any, text: str, unwanted: Triple) -> None:
    assert unwanted not in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah fired rockets at a UN-monitored position in southern Lebanon.", ("LBN", "19", "LBN")),
    # a holding participle still says whose the place is
    ("Ukraine attacked Russian-held positions near Bakhmut.", ("UKR", "19", "RUS")),
])
def test_describing_participle_controls(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya rejected the proposal, Ethiopia's plan for a new port, on Monday.", ("KEN", "12", "ETH")),
    ("Houthi rebels attacked the Galaxy Leader, Israel's cargo ship, in the Red Sea.", ("YEM", "19", "ISR")),
    ("Ukraine struck the Crimean bridge, Russia's main supply link to the peninsula.", ("UKR", "19", "RUS")),
    ("Beijing condemned the visit by a US congressional delegation to Taipei as a provocation.",
     ("CHN", "11", "USA")),
    ("Moscow denounced the trip by a German parliamentary delegation to Kyiv.", ("RUS", "11", "DEU")),
])
def test_owners_named_in_an_apposition_or_before_an_adjective(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain imposed sanctions on Itamar Ben-Gvir and Bezalel Smotrich on Tuesday, accusing the two ministers of "
     "inciting violence against Palestinians.", ("GBR", "11", "ISR")),
    ("Ghana summoned the Nigerian envoy on Friday, demanding an explanation for the arrests of Ghanaian traders.",
     ("GHA", "10", "NGA")),
    ("Russia struck Kyiv with missiles overnight, warning of more strikes to come.", ("RUS", "13", "UKR")),
    ("Niger expelled the French ambassador on Friday, demanding an apology for hostile remarks.",
     ("NER", "10", "FRA")),
    ("Lithuania expelled two Russian diplomats on Monday, accusing the three officials of espionage.",
     ("LTU", "11", "RUS")),
])
def test_a_participle_that_demands_accuses_or_warns_is_aimed_at_whom_its_host_reached(
        pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "unwanted"), [
    # the participle's own object names its target
    ("Poland closed the Russian consulate in Poznan, accusing the Kremlin of sabotage.", ("POL", "11", None)),
    # a judgement of the host's object is no second act of the host's kind aimed elsewhere
    ("Japan lodged a protest with Beijing on Tuesday, calling the incursion unacceptable.", ("JPN", "11", "JPN")),
])
def test_participle_controls(pipeline: Any, text: str, unwanted: Triple) -> None:
    assert unwanted not in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected", "unwanted"), [
    ("Venezuela's navy detained two fishing boats from Trinidad and Tobago off the coast of Sucre.",
     ("VEN", "17", "TTO"), ("VEN", "17", "BOL")),
    ("Eritrea detained 30 fishermen from Yemen near the Hanish islands.", ("ERI", "17", "YEM"), ("ERI", "17", "ERI")),
])
def test_craft_taken_from_a_country_and_places_off_a_coast(pipeline: Any, text: str, expected: Triple,
                                                           unwanted: Triple) -> None:
    found = root_set(pipeline, text, _DAY)
    assert expected in found and unwanted not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada will drop most of its retaliatory tariffs on American goods on September 1, Mark Carney said on Friday, "
     "though Ottawa will not lift its levies on steel, aluminium and cars while talks with Washington on those "
     "sectors go on.", ("CAN", "085", "USA", "negated")),
])
def test_the_one_other_country_where_any_of_its_mentions_takes_part(
        pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in coded_with_factuality(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli troops moved into the buffer zone on the Golan Heights on Sunday.", ("ISR", "19", "SYR")),
    ("Israeli jets struck targets on the Golan Heights.", ("ISR", "19", "SYR")),
    ("Israeli troops raided homes in East Jerusalem.", ("ISR", "19", "PSE")),
])
def test_force_in_a_place_only_the_gazetteer_knows_is_aimed_at_its_country(pipeline: Any, text: str,
                                                                           expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


def test_force_in_a_place_of_the_sources_own_country_names_no_other_target(pipeline: Any) -> None:
    found = root_set(pipeline, "Rebels attacked an army base near Goma on Friday.", _DAY)
    assert all(target in (None, "COD") for _, _, target in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina's unions will stage a 24-hour general strike on Thursday against the spending cuts.",
     ("ARG", "14", "ARG")),
    ("Germany's train drivers' union will strike for six days from Wednesday.", ("DEU", "14", "DEU")),
    ("Nigeria's Labour Congress began an indefinite strike on Monday over the minimum wage.", ("NGA", "14", "NGA")),
    ("French unions staged a nationwide strike on Tuesday against the pension reform.", ("FRA", "14", "FRA")),
    # anyone outside the state, when the sentence names their own state's leaders
    ("Colombian students will strike on Wednesday against Gustavo Petro's reforms.", ("COL", "14", "COL")),
])
def test_a_strike_at_home_presses_the_strikers_own_state(pipeline: Any, text: str, expected: Triple) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "country"), [
    # another country named: the strike may press it
    ("Belgian dockers went on strike on Monday against the Chinese shipping company Cosco.", "BEL"),
    # a crowd of workers with no one named, and a strike against a company
    ("Greek workers walked off the job in a general strike against austerity.", "GRC"),
    ("The Teamsters struck against UPS.", "USA"),
])
def test_no_own_state_for_a_strike_of_a_crowd_or_against_others(pipeline: Any, text: str, country: str) -> None:
    assert (country, "14", country) not in root_set(pipeline, text, _DAY)
