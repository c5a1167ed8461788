"""A person named once and then described ("the politician", "the journalist", "the opposition leader", "the mayor")
in the same sentence: the description stands for the one person named before it, as source or target (twenty-ninth
round, docs/coding.md). With two people named before it, or a people of its own ("the Turkish leader"), it is not read
so. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia freed Evan Gershkovich in a prisoner swap, more than a year after it detained the journalist.",
     ("RUS", "17", "USA", "asserted")),
    ("Alexei Navalny died in an Arctic prison in February, three years after the opposition leader was jailed.",
     (None, "17", "RUS", "asserted")),
    ("Police arrested Ekrem Imamoglu in March, and a court later jailed the mayor pending trial.",
     ("TUR", "17", "TUR", "asserted")),
])
def test_a_description_is_the_person_named_before(pipeline: Any, text: str,
                                                  expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_the_described_person_keeps_his_own_code(pipeline: Any) -> None:
    text = "Russia freed Evan Gershkovich in a prisoner swap, more than a year after it detained the journalist."
    assert ("RUS", "173", "USAMED") in {(s, c, t) for s, c, t in coded_triples(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "not_expected"), [
    # the journalist is the American named before, not a Russian journalist
    ("Russia freed Evan Gershkovich in a prisoner swap, more than a year after it detained the journalist.",
     ("RUS", "17", "RUS", "asserted")),
])
def test_a_description_is_not_the_sources_own_national(pipeline: Any, text: str,
                                                       not_expected: tuple[str | None, str, str | None, str]) -> None:
    assert not_expected not in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # controls: "the president" after two leaders is the resolver's (the nearest country's); "the Turkish leader"
    # names his people
    ("Putin met Erdogan in Sochi, and the president praised the Turkish leader's role.",
     ("RUS", "05", "TUR", "asserted")),
])
def test_person_descriptions_controls(pipeline: Any, text: str,
                                      expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an organisation named once and then described: "the bloc", "the alliance", "the agency", "the group"
    ("Hungary blocked the EU's aid package for Ukraine, and the bloc then imposed new sanctions on Russia.",
     ("IGOEUREEC", "163", "RUS")),
    ("Sweden joined NATO in March, and the alliance deployed troops to Finland.", ("IGOWSTNAT", "154", "FIN")),
    ("The IAEA said Iran had expanded enrichment, and the agency urged Tehran to cooperate.",
     ("IGOUNOIAE", "020", "IRNGOV")),
    ("A spokesperson for the European Union said the bloc urged Tunis to respect pluralism.",
     ("IGOEUREEC", "020", "TUNGOV")),
])
def test_a_description_is_the_organisation_named_before(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in {(s, c[:3], t) for s, c, t in coded_triples(pipeline, text, _DAY)}


def test_the_group_is_the_armed_group_named_before(pipeline: Any) -> None:
    text = "Hamas released four hostages on Saturday, and Israel said the group had violated the truce."
    assert ("PSE", "19", "ISR", "asserted") in _roots(pipeline, text)


@pytest.mark.parametrize("text", [
    # several militias are not the one force named before them
    "American bombers struck targets in Iraq, hitting depots used by the Quds Force and the militias it backs.",
])
def test_a_plural_description_is_not_one_body(pipeline: Any, text: str) -> None:
    assert not any(t == "IRNMIL" and c.startswith("05") for _, c, t in coded_triples(pipeline, text, _DAY))
