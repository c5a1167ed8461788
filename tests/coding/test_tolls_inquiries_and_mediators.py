"""Who an act reaches through the words around it (docs/coding.md, "Structure, seventeenth round"): the killing an
attack noun did is its toll; what was set up by whom is theirs; crimes done under someone's rule are laid at their
door; who reports a mediation is no party to it; the condition of a threat's joined verbs is whom it is aimed at; a
court that lets or bars a politician is of the politician's country, and one in a "where" clause of the place's.
None of these sentences is a gold sentence; each reading has a case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples, root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


def test_the_killing_by_an_attack_is_its_toll(pipeline: Any) -> None:
    roots = _roots(pipeline, "Mahmoud Abbas suspended peace negotiations with Israel after the Israeli assault on "
                             "Gaza killed more than 100 Palestinians.")
    assert roots == {("PSE", "16", "ISR"), ("ISR", "19", "PSE")}


def test_a_killing_by_troops_stays(pipeline: Any) -> None:
    assert _roots(pipeline, "Israeli troops killed 20 Palestinians in Gaza.") == {("ISR", "18", "PSE")}


@pytest.mark.parametrize("text", [
    "Bolivian police began clearing roadblocks set up by supporters of Evo Morales near Parotani on Friday.",
    "Police removed barricades erected by protesters in Nairobi.",
])
def test_what_was_set_up_by_someone_is_theirs(pipeline: Any, text: str) -> None:
    roots = _roots(pipeline, text)
    assert any(r[1] == "17" and r[0] is not None and r[0] == r[2] for r in roots)


def test_crimes_under_someones_government_are_theirs(pipeline: Any) -> None:
    assert ("GEO", "09", "GEO") in _roots(pipeline, "Georgia's parliament has set up a commission to investigate "
                                                    "alleged crimes committed under the government of Mikheil "
                                                    "Saakashvili.")
    assert not _roots(pipeline, "Prosecutors opened an inquiry into abuses committed under a state of emergency in "
                                "Lima.") & {("PER", "09", "PER")}


def test_who_reports_a_mediation_is_no_party_to_it(pipeline: Any) -> None:
    triples = country_triples(pipeline, "Ukraine and Russia are to swap 84 prisoners each on Thursday in an exchange "
                                        "mediated by the United Arab Emirates, officials in Kyiv said.", _DAY)
    assert sorted(t for t in triples if t[1].startswith("04")) == [("ARE", "045", "RUS"), ("ARE", "045", "UKR")]


def test_the_condition_of_joined_verbs_is_whom_a_threat_is_aimed_at(pipeline: Any) -> None:
    triples = country_triples(pipeline, "Erdogan threatened to open the gates and send millions of refugees on to "
                                        "Europe if the EU criticised his offensive in Syria.", _DAY)
    threats = [t for t in triples if t[1].startswith("13")]
    assert threats == [("TUR", "130", "IGO")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The court allowed Alassane Ouattara to run in the election.", ("CIV", "08", "CIV")),
    ("The court barred Ouattara from running in the election.", ("CIV", "17", "CIV")),
])
def test_a_court_letting_or_barring_a_politician_is_of_his_country(pipeline: Any, text: str,
                                                                     expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_passive_killing_when_an_attack_was_made_is_the_attackers(pipeline: Any) -> None:
    roots = _roots(pipeline, "More than 800 people were killed in Ardamata, in West Darfur, when the RSF overran the "
                             "town earlier this month.")
    assert roots == {("SDN", "19", "SDN"), ("SDN", "20", "SDN")}
    assert not _roots(pipeline, "Two people were killed when a storm hit the town.")


def test_the_town_is_the_place_named_before(pipeline: Any) -> None:
    assert _roots(pipeline, "Russian troops entered Avdiivka and shelled the town for weeks.") == {("RUS", "19", "UKR")}
    assert not _roots(pipeline, "The army attacked the town.")


@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen killed at least 100 people in the village of Yelwata in Nigeria's Benue state overnight, many of them "
     "displaced farmers, Amnesty International said.", "202"),
    ("Gunmen killed at least 60 people in Benue state overnight.", "1823"),
])
def test_people_named_civilians_after_the_count_make_a_massacre(pipeline: Any, text: str, code: str) -> None:
    assert [c for _, c, _ in country_triples(pipeline, text, _DAY)] == [code]


def test_a_court_where_a_place_is_is_of_that_place(pipeline: Any) -> None:
    roots = _roots(pipeline, "Ugandan opposition veteran Kizza Besigye was snatched in Nairobi and driven back to "
                             "Kampala, where a military court charged him on Wednesday with illegally possessing "
                             "firearms.")
    assert ("UGA", "17", "UGA") in roots
    assert ("BLR", "14", "BLR") in _roots(pipeline, "The delegation travelled to Minsk, where protesters rallied "
                                                    "against Lukashenko.")
