"""Targets an act's own slots leave unnamed (docs/coding.md, "Structure, twentieth round"): people killed or
kidnapped whose nationalities the phrase after them gives, counted people killed in a sentence naming only the
attackers' country, and the one other country named deep in the phrase of what an act needing a target acts on.
Each with sentences where the rule must not fire. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab militants kidnapped five doctors, two of whom were Cuban.", {("SOM", "18", "CUB")}),
    ("A Haitian gang abducted 12 nuns, ten of them French and two Italian, near Port-au-Prince.",
     {("HTI", "18", "FRA"), ("HTI", "18", "ITA")}),
])
def test_nationals_named_among_the_victims_are_the_targets(pipeline: Any, text: str,
                                                           expected: set[tuple[str | None, str, str | None]]) -> None:
    assert expected <= root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian troops killed 30 herdsmen during the operation.", ("NGA", "18", "NGA")),
    ("Burkina Faso's army killed 50 shepherds last week.", ("BFA", "18", "BFA")),
    ("Salvadoran soldiers massacred hundreds of peasants in El Mozote.", ("SLV", "20", "SLV")),
    ("The Ugandan army has killed hundreds of cattle rustlers.", ("UGA", "18", "UGA")),
])
def test_counted_people_killed_in_a_one_country_sentence_are_its_own(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Mexican cartel gunmen kidnapped 20 migrants.",  # migrants are by name from elsewhere
    "Nigerian troops killed the suspected kidnapper.",  # one person, not counted people
    "The floods killed 30 herdsmen in the north.",  # no actor did it
])
def test_no_own_people_where_the_victims_may_be_anyone(pipeline: Any, text: str) -> None:
    found = root_set(pipeline, text, _DAY)
    assert not any(source and source == target for source, _, target in found)


def test_people_killed_where_another_country_is_named_are_not_the_attackers(pipeline: Any) -> None:
    assert ("RUS", "18", "RUS") not in root_set(pipeline, "Russian forces killed 12 civilians in Kharkiv.", _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara lifted its veto on membership talks with Sweden.", ("TUR", "08", "SWE")),
    ("The Kremlin lifted its veto on talks with Georgia.", ("RUS", "08", "GEO")),
    ("The EU's embargo on Belarusian potash took effect on Friday.", ("IGO", "16", "BLR")),
    ("Japan tightened controls on exports of chips to China.", ("JPN", "16", "CHN")),
])
def test_the_one_country_named_deep_in_the_phrase_is_the_target(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "unwanted"), [
    # where something was is no target of the act on it
    ("Russia condemned the attack on a hospital in Kyiv.", ("RUS", "11", "UKR")),
    # an accusation's charge names its victims, not the accused
    ("Britain imposed sanctions on two Israeli ministers, accusing them of inciting violence against Palestinians.",
     ("GBR", "11", "PSE")),
    # two countries in the phrase: neither is the one it concerns
    ("France criticised the deal on gas between Russia and Hungary.", ("FRA", "11", "RUS")),
])
def test_no_target_from_places_charges_or_several_countries(
        pipeline: Any, text: str, unwanted: tuple[str | None, str, str | None]) -> None:
    assert unwanted not in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("Polish police detained a man who is a Belarusian citizen.", ("POL", "17", "BLR")),
    ("Iranian authorities arrested a researcher, a French national, in Tehran.", ("IRN", "17", "FRA")),
    ("Turkish police detained a journalist suspected of being an Israeli agent.", ("TUR", "17", "ISR")),
    ("Indian police arrested a woman they say is a Chinese spy.", ("IND", "17", "CHN")),
    ("Israeli troops killed a man who was a Hamas commander.", ("ISR", "18", "PSE")),
])
def test_a_description_of_the_person_acted_on_gives_the_target(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "unwanted"), [
    # what the person did or said is no description of him
    ("German police arrested a man who attacked a Turkish restaurant.", ("DEU", "17", "TUR")),
    ("Russian police detained a man who is a well-known critic of the Ukrainian government.", ("RUS", "17", "UKR")),
])
def test_no_target_from_what_the_person_did(pipeline: Any, text: str,
                                            unwanted: tuple[str | None, str, str | None]) -> None:
    assert unwanted not in root_set(pipeline, text, _DAY)
