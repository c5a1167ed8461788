"""Peacekeepers withdrawn from a whole country, deadlines to leave, people captured by name, fasts begun, measures
announced and measures "targeting" someone (docs/coding.md, "Round twenty-nine: presence withdrawn, captures, fasts and
measures").

Police or peacekeepers withdrawn from a whole foreign country named by its name end a peace mission there (CAMEO
1661), where troops withdrawn, or falling back from a town, a region or a part of a country, retreat (0874). Diplomats
given hours or days to leave are expelled (174) however the parser hangs the infinitive. A wanted person captured by
police or soldiers is arrested (173). A fast begun is a hunger strike (142). Tariffs, duties and export bans
"announced" on a side are imposed on it (163). Sanctions, laws or probes "targeting" someone are no attack (no 19).
Each family has controls. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, full code, target country, factuality) of each event of ``text``."""
    return set(country_facts(pipeline, text, _DAY))


def _roots(pipeline: Any, text: str) -> set[str]:
    """The root classes of the events of ``text``."""
    return {c[:2] for _, c, _, _ in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Would Kenya pull its police out of Haiti?", ("KEN", "1661", "HTI", "question")),
    ("Russian peacekeepers left Armenia.", ("RUS", "1661", "ARM", "asserted")),
    ("Kenya will withdraw its police officers from Haiti next year.", ("KEN", "1661", "HTI", "future")),
    ("Chad pulled its peacekeepers out of Mali.", ("TCD", "1661", "MLI", "asserted")),
])
def test_peacekeepers_withdrawn_from_a_whole_country_end_a_mission(pipeline: Any, text: str,
                                                              event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # troops withdrawn, whether from a host or an enemy country, a town, a region or a border: a retreat (0874)
    ("France withdrew its soldiers from Niger.", ("FRA", "0874", "NER", "asserted")),
    ("Russia withdrew its troops from Syria.", ("RUS", "0874", "SYR", "asserted")),
    ("Russian troops withdrew from Kherson.", ("RUS", "0874", "UKR", "asserted")),
    ("Israeli troops withdrew from southern Lebanon.", ("ISR", "0874", "LBN", "asserted")),
    ("Rwanda will pull its troops out of eastern Congo.", ("RWA", "0874", "COD", "future")),
    ("Russian troops pulled back from Ukraine's border.", ("RUS", "0874", "UKR", "asserted")),
    ("Russia announced the withdrawal of its troops from the city of Kherson.", ("RUS", "0874", "UKR", "asserted")),
    ("Russian peacekeepers will leave Nagorno-Karabakh.", ("RUS", "0874", "AZE", "future")),
    # a territory resolved to its state is a part of it, not the country named
    ("Israel withdrew its troops from Gaza.", ("ISR", "0874", "PSE", "asserted")),
    # fighters leaving their own country: no foreign presence ended
    ("The PKK is pulling its fighters out of Turkey.", ("TUR", "0874", "TUR", "asserted")),
])
def test_troops_withdrawn_or_falling_back_stay_a_retreat(pipeline: Any, text: str,
                                                             event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Slovakia gave three Russian diplomats 72 hours to leave.", ("SVK", "174", "RUS", "asserted")),
    ("Slovakia gave three Russian diplomats 72 hours to leave the country.", ("SVK", "174", "RUS", "asserted")),
    ("Moscow gave two Estonian diplomats a week to leave Russia.", ("RUS", "174", "EST", "asserted")),
    ("Rwanda gave Belgian diplomats 48 hours to leave.", ("RWA", "174", "BEL", "asserted")),
    # controls: a deadline to do something else is an ultimatum
    ("Trump gave Hamas until Saturday to free the hostages.", ("USA", "139", "PSE", "asserted")),
    ("Burkina Faso has given French special forces a month to leave the country.", ("BFA", "139", "FRA", "asserted")),
])
def test_diplomats_given_time_to_leave_are_expelled(pipeline: Any, text: str,
                                                    event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Mexican soldiers captured the drug lord Ovidio Guzman in Culiacan.", ("MEX", "173", "MEX", "asserted")),
    ("Colombian police captured the ELN commander.", ("COL", "173", "COL", "asserted")),
    ("Ecuadorean police recaptured the gang leader Adolfo Macias.", ("ECU", "173", "ECU", "asserted")),
    ("Peruvian police captured Abimael Guzman, the founder of the Shining Path.", ("PER", "173", "PER", "asserted")),
    # controls: a place captured is taken (192), soldiers captured by an armed group abducted (181)
    ("M23 rebels captured Goma.", ("COD", "192", "COD", "asserted")),
    ("Hezbollah captured two Israeli soldiers in a cross-border raid.", ("LBN", "181", "ISR", "asserted")),
])
def test_wanted_people_captured_by_police_or_soldiers_are_arrested(
        pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("The Egyptian activist Alaa Abd El-Fattah launched an open-ended fast in prison.",
     ("EGY", "142", None, "asserted")),
    ("Jailed Iranian activists started a fast on Monday.", ("IRN", "142", None, "asserted")),
    ("Imran Khan went on a fast to protest his arrest.", ("PAK", "142", None, "asserted")),
    # the parser reads "fast" after an adjective as an adverb, the adjective as the object, or both
    ("The Pakistani opposition leader began an indefinite fast.", ("PAK", "142", None, "asserted")),
    ("The Indian activist Medha Patkar began an indefinite fast in Mumbai on Monday.",
     ("IND", "142", "IND", "asserted")),
])
def test_a_fast_begun_is_a_hunger_strike(pipeline: Any, text: str,
                                         event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Talks began fast.",
    "The Russian offensive started fast and stalled in the spring.",
])
def test_fast_as_an_adverb_is_no_hunger_strike(pipeline: Any, text: str) -> None:
    assert "14" not in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Trump announced tariffs on Canada.", ("USA", "163", "CAN", "asserted")),
    ("Washington announced 25 percent tariffs on Mexican goods.", ("USA", "163", "MEX", "asserted")),
    ("Canada announced counter-tariffs on US steel.", ("CAN", "163", "USA", "asserted")),
    ("The EU announced anti-dumping duties on Chinese steel.", (None, "163", "CHN", "asserted")),
    # controls: threatened or weighed measures are no measure taken
    ("Trump threatened tariffs on Canada.", ("USA", "1312", "CAN", "asserted")),
])
def test_tariffs_and_duties_announced_are_imposed(pipeline: Any, text: str,
                                                  event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Treasury announced sanctions targeting Hezbollah financiers.",
    "The EU adopted measures targeting Russian oligarchs.",
    "Washington imposed sanctions targeting Iran's oil exports.",
    "Britain introduced a law targeting Russian money.",
    "Congress passed a bill targeting Chinese apps.",
])
def test_measures_targeting_someone_are_no_attack(pipeline: Any, text: str) -> None:
    assert "19" not in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # controls: force that targets someone is still an attack
    ("Israeli strikes targeting Hezbollah commanders killed five people.", ("ISR", "190", "LBN", "asserted")),
    ("Russian missiles targeted Kyiv overnight.", ("RUS", "195", "UKR", "asserted")),
    ("Will Obama order strikes on Syria?", ("USA", "190", "SYR", "question")),
])
def test_force_targeting_someone_stays_an_attack(pipeline: Any, text: str,
                                                 event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Kenya sent 400 officers to Haiti.", ("KEN", "074", "HTI", "asserted")),
    ("Chad sent gendarmes to the Central African Republic.", ("TCD", "074", "CAF", "asserted")),
    # controls: troops sent to a region are a build-up; police sent at home a deployment at home
    ("The Pentagon said it was sending several thousand more troops to the Middle East.",
     ("USA", "154", None, "asserted")),
    ("France sent 1,000 police officers to Marseille.", ("FRA", "153", None, "asserted")),
])
def test_officers_sent_abroad_are_a_protection_force(pipeline: Any, text: str,
                                                     event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Washington lowered tariffs on Swiss watches.", ("USA", "085", "CHE", "asserted")),
    ("The United States reduced tariffs on Japanese cars to 15 percent.", ("USA", "085", "JPN", "asserted")),
    ("Beijing slashed tariffs on American goods.", ("CHN", "085", "USA", "asserted")),
    # control: tariffs raised are imposed
    ("Washington raised tariffs on Swiss watches.", ("USA", "163", "CHE", "asserted")),
])
def test_tariffs_lowered_are_eased(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


def test_interest_rates_lowered_are_no_event(pipeline: Any) -> None:
    assert _coded(pipeline, "The central bank lowered interest rates.") == set()
