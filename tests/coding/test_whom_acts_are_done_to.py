"""Whom an act is done to when its words put that one elsewhere (docs/coding.md, "Structure, seventeenth round"): an
apology is to the one its act wronged; the possessor of an act done to a person ("Assange's extradition") is that
person, not its agent; the one let ("allowed X to run"); an apposition in a relative clause ("X, the man he calls a
war criminal"); aid workers are not the country's own people; an invasion's victim; a body named as what is acted
on; whoever holds those whose release is asked. None of these sentences is a gold sentence; each reading has a case
where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples, root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Quito has never apologised for the raid on Mexico's embassy.", ("ECU", "05", "MEX")),
    ("Britain apologised for the killing of Iraqi civilians.", ("GBR", "05", "IRQ")),
    ("Israel apologised for the strike on Doha.", ("ISR", "05", "QAT")),
    ("Germany apologised to Namibia for the colonial-era genocide.", ("DEU", "05", "NAM")),
])
def test_an_apology_is_to_the_one_its_act_wronged(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_place_where_the_act_was_is_not_apologised_to(pipeline: Any) -> None:
    assert _roots(pipeline, "The French minister apologised for the delays at the summit in Berlin.") == {
        ("FRA", "05", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Home Secretary Priti Patel approved Julian Assange's extradition to the United States.", ("GBR", "06", "USA")),
    ("Poland ordered the Belarusian diplomat's expulsion.", ("POL", "17", "BLR")),
    ("Russia ordered Alexei Navalny's arrest.", ("RUS", "17", "RUS")),
    ("Turkey approved the Swedish activist's deportation.", ("TUR", "17", "SWE")),
])
def test_the_possessor_of_an_act_done_to_a_person_is_that_person(pipeline: Any, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_state_with_an_of_phrase_stays_the_agent(pipeline: Any) -> None:
    assert ("RUS", "17", "GBR") in _roots(pipeline, "Russia's expulsion of British diplomats angered London.")


def test_the_one_let_run_is_the_target(pipeline: Any) -> None:
    assert ("VEN", "08", "VEN") in _roots(
        pipeline, "Venezuela's electoral council allowed Maria Corina Machado to run for president.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan met Benjamin Netanyahu, a leader he once called a terrorist.", ("TUR", "11", "ISR")),
    ("Trump hosted Nicolas Maduro, the leader he sanctioned last year.", ("USA", "16", "VEN")),
])
def test_an_apposition_in_a_relative_clause_is_the_name(pipeline: Any, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_aid_workers_are_not_the_countrys_own(pipeline: Any) -> None:
    roots = _roots(pipeline, "Israel admitted that its forces had killed the aid workers.")
    assert not any(r[2] == "ISR" for r in roots)
    assert ("KEN", "17", "KEN") in _roots(pipeline, "Kenyan police detained dozens of protesters in Nairobi.")


def test_an_invasion_named_without_its_victim_is_of_the_one_other_country(pipeline: Any) -> None:
    assert ("RUS", "19", "UKR") in _roots(pipeline, "Zelensky declared martial law across Ukraine in the first hours "
                                                    "of the Russian invasion.")
    assert ("IRQ", "19", None) in _roots(pipeline, "Kuwait's emir fled to Saudi Arabia after the Iraqi invasion.")


def test_a_body_named_as_the_patterns_object_is_acted_on(pipeline: Any) -> None:
    roots = _roots(pipeline, "Burkina Faso suspended the BBC and Voice of America for two weeks on Thursday.")
    assert {("BFA", "17", "GBR"), ("BFA", "17", "USA")} <= roots


def test_a_name_compounded_on_the_objects_compound_is_its_party(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Georgia decided to freeze EU accession talks.", _DAY)
    assert [(s, t) for s, _, t in triples] == [("GEO", "IGOEUREEC")]


@pytest.mark.parametrize("text", [
    "Argentina's government demanded the immediate release of Nahuel Gallo, a gendarme who has been held in Venezuela "
    "since crossing from Colombia this month.",
])
def test_a_release_is_asked_of_whoever_the_sentence_says_holds_them(pipeline: Any, text: str) -> None:
    assert _roots(pipeline, text) == {("ARG", "10", "VEN")}
