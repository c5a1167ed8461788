"""Who did it to whom: bodies banned at home, people won back, promises in an "as" clause, owners of people in a
clause hung on another, and a politician's own circle (docs/coding.md, "Round thirty-two: who did it to whom").

None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)

Event = tuple[str | None, str, str | None, str]


def _rooted(pipeline: Any, text: str) -> set[Event]:
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code[:3] if e.target else None), e.factuality.value)
            for e in pipeline.code_text(text, published_on=_DAY)}


def _codes(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code),
             (e.target.actor_code[:3] if e.target else None), e.factuality.value)
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Tajikistan banned the Islamic Renaissance Party.", ("TJK", "17", "TJK", "asserted")),
    ("Egypt banned the April 6 youth movement.", ("EGY", "17", "EGY", "asserted")),
    ("The Kremlin outlawed Memorial, the country's oldest human rights group.", ("RUS", "17", "RUS", "asserted")),
    ("Belarus outlawed the Viasna human rights group.", ("BLR", "17", "BLR", "asserted")),
    ("Pakistan's government banned the Tehreek-e-Labbaik party.", ("PAK", "17", "PAK", "asserted")),
    ("Nicaragua shut down more than 3,000 NGOs.", ("NIC", "17", "NIC", "asserted")),
])
def test_bodies_banned_at_home(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    # controls: a body from abroad is not the state's own
    "Russia banned foreign NGOs from operating in the country.",
])
def test_bodies_from_abroad_are_not_home(pipeline: Any, text: str) -> None:
    assert not any(s == t == "RUS" for s, _, t, _ in _rooted(pipeline, text))


@pytest.mark.parametrize(("text", "event"), [
    ("Will Paris ever get its man back from Bamako?", ("MLI", "0841", "FRA", "question")),
    ("Berlin hopes to get its nationals back from Tehran.", ("IRN", "0841", "DEU", "hypothetical")),
    ("The United States secured the release of Evan Gershkovich from Russia.", ("RUS", "0841", "USA", "asserted")),
    ("Israel got back 33 hostages from Hamas under the first phase of the deal.", ("PSE", "0841", "ISR", "asserted")),
])
def test_people_won_back_from_their_holder(pipeline: Any, text: str, event: Event) -> None:
    assert event in _codes(pipeline, text)


@pytest.mark.parametrize("text", [
    # controls: things got back, an envoy brought home (a recall), kin who want their people back
    "Canada got its money back from the fund.",
    "France brought its ambassador back from Niger.",
    "The families want to get their sons back from Russian captivity.",
])
def test_no_release_without_people_held_by_a_state(pipeline: Any, text: str) -> None:
    assert not any(code.startswith("084") for _, code, _, _ in _codes(pipeline, text))


@pytest.mark.parametrize(("text", "event"), [
    ("If Romania's far right wins in May, Bucharest could stop sending weapons to Ukraine, as Calin Georgescu has "
     "promised his voters it would.", ("ROU", "13", "UKR", "asserted")),
    ("Slovakia stopped sending arms to Ukraine, as Fico had promised voters he would.", ("SVK", "13", "UKR", "asserted")),
    ("Washington cut aid to Ukraine, as Vance had pledged his supporters it would.", ("USA", "13", "UKR", "asserted")),
])
def test_promise_in_an_as_clause_is_a_threat(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    # controls: a promise of something else, and a promise of no hostile act
    "Washington cut aid to Ukraine, as Vance had promised to lower taxes.",
    "Japan sent aid to the Philippines, as Ishiba had promised he would.",
])
def test_other_promises_are_no_threat(pipeline: Any, text: str) -> None:
    assert not any(root == "13" for _, root, _, _ in _rooted(pipeline, text))


@pytest.mark.parametrize(("text", "event"), [
    ("New Caledonia's main pro-independence alliance, the FLNKS, has rejected the Bougival accord, a month after its "
     "own negotiators initialled the text with Paris.", ("NCL", "05", "FRA", "asserted")),
    ("Venezuela, which has long claimed the Essequibo region, massed troops on the border after its own diplomats met "
     "Guyana's foreign minister.", ("VEN", "04", "GUY", "asserted")),
])
def test_owned_agents_of_a_clause_are_the_hosts(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Erdogan's prosecutors are investigating his own former allies.", ("TUR", "09", "TUR", "asserted")),
    ("Biden criticised his Republican rivals.", ("USA", "11", "USA", "asserted")),
])
def test_a_politicians_own_circle(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


def test_a_countrys_allies_are_not_its_own(pipeline: Any) -> None:
    assert not any(s == t == "USA" for s, _, t, _ in _rooted(pipeline, "Washington urged its allies to boost defence spending."))


@pytest.mark.parametrize(("text", "event"), [
    ("Spain's Supreme Court opened an investigation on Wednesday into the attorney general, Alvaro Garcia Ortiz, over "
     "the alleged leak.", ("ESP", "09", "ESP", "asserted")),
    ("Italian prosecutors are investigating the tourism minister, Daniela Santanche, for fraud.",
     ("ITA", "09", "ITA", "asserted")),
    ("South Korean prosecutors questioned the former defence minister as part of an investigation into the martial law "
     "decree.", ("KOR", "09", "KOR", "asserted")),
    ("Brazilian police arrested a former minister on Tuesday in a corruption investigation.",
     ("BRA", "09", "BRA", "asserted")),
])
def test_office_holders_investigated_at_home(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    # controls: victims of what is investigated are no one investigated, and a blast is no one at all
    "Ukrainian prosecutors have opened a war crimes case over the drone strike on a bus evacuating civilians in the "
    "Sumy region.",
    "Polish prosecutors are investigating the explosion on the Warsaw-Lublin railway line.",
])
def test_inquiries_into_acts_have_no_home_target(pipeline: Any, text: str) -> None:
    assert not any(root == "09" and t is not None for _, root, t, _ in _rooted(pipeline, text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Syria's foreign minister met Israel's strategic affairs minister in Paris on Thursday.", ("SYR", "ISR")),
    ("Blinken met Wang Yi in Munich on Saturday.", ("USA", "CHN")),
    ("Macron will meet Modi in Brussels next week.", ("FRA", "IND")),
])
def test_a_meeting_in_a_third_place_is_both_ways(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    found = {(s, t) for s, code, t, _ in _codes(pipeline, text) if code == "044"}
    assert found == {pair, pair[::-1]}


@pytest.mark.parametrize(("text", "pair"), [
    # controls: a meeting in one side's country, and one at a gathering held in a third country, are one way
    ("Putin met Erdogan in Sochi on Monday.", ("RUS", "TUR")),
    ("Lula met Zelensky at the G7 summit in Hiroshima.", ("BRA", "UKR")),
])
def test_other_meetings_stay_one_way(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    found = {(s, t) for s, code, t, _ in _codes(pipeline, text) if code[:2] == "04"}
    assert found == {pair}


@pytest.mark.parametrize(("text", "event"), [
    ("Petro could suspend the talks if the ELN carries out more kidnappings, analysts warned.",
     ("COL", "16", "COL", "hypothetical")),
    ("Colombia suspended the peace talks after the ELN attacked a military base.", ("COL", "16", "COL", "asserted")),
])
def test_rebels_at_home_are_a_side_of_their_own(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


def test_the_states_own_forces_are_no_rival_side(pipeline: Any) -> None:
    text = "Colombia suspended the talks after the government's own troops clashed with protesters."
    assert not any(root == "16" and t is not None for _, root, t, _ in _rooted(pipeline, text))


@pytest.mark.parametrize(("text", "event"), [
    ("Would Beijing ever send its own soldiers to fight alongside Russia's, or will it go on supplying the drones?",
     ("CHN", "07", "RUS", "question")),
    ("Tehran signed a defence pact with Moscow and will keep supplying drones.", ("IRN", "07", "RUS", "future")),
])
def test_aid_in_a_coordinated_clause_goes_to_the_partner(pipeline: Any, text: str, event: Event) -> None:
    assert event in _rooted(pipeline, text)


def test_aid_after_a_hostile_clause_takes_no_recipient_from_it(pipeline: Any) -> None:
    text = "Washington sanctioned Iran and also supplied weapons to its neighbours."
    assert not any(root == "07" and t == "IRN" for _, root, t, _ in _rooted(pipeline, text))
