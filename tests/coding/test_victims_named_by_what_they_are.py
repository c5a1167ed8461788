"""Victims named only by what they are ("worshippers", "passengers", "children", "a mayoral candidate", "mourners")
in a sentence whose every actor and place is of one country are that country's people, as "people" are, whoever
attacked them (twenty-ninth round, docs/coding.md). A second country named, people from abroad, and a toll told in a
relative clause on another act are not read so. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)
_FORCE = ("17", "18", "19", "20")


def _aimed(pipeline: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, factuality) of each act of force or coercion coded for ``text`` (the
    lexicon decides the exact code; the rule decides whom it is aimed at)."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.factuality.value)
            for e in pipeline.code_text(text, published_on=_DAY) if e.event_code[:2] in _FORCE}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 12 worshippers at a mosque in Nigeria's Kaduna state.", (None, "NGA", "asserted")),
    ("A bomb killed 14 passengers on a bus in southwestern Pakistan.", (None, "PAK", "asserted")),
    ("A roadside bomb killed six pilgrims on a highway in northern Iraq.", (None, "IRQ", "asserted")),
    ("A landmine killed four children near a village in Colombia's Cauca department.", (None, "COL", "asserted")),
    ("Gunmen shot dead a mayoral candidate at a rally in Mexico's Guerrero state.", (None, "MEX", "asserted")),
    ("A suicide attack killed 30 worshippers at a mosque in Pakistan.", (None, "PAK", "asserted")),
    ("Gunmen opened fire on mourners at a funeral in Mexico's Guanajuato state.", (None, "MEX", "asserted")),
])
def test_victims_of_a_one_country_scene_are_its_people(pipeline: Any, text: str,
                                                       expected: tuple[str | None, str, str]) -> None:
    assert expected in _aimed(pipeline, text)


def test_the_people_a_relative_pronoun_stands_for(pipeline: Any) -> None:
    text = ("Ecuadorean prosecutors charged 16 soldiers over the disappearance of four boys whom the soldiers had "
            "detained during a patrol in Guayaquil.")
    found = {(e.source.actor_code if e.source else None, e.event_code, e.target.actor_code if e.target else None)
             for e in pipeline.code_text(text, published_on=_DAY)}
    assert ("ECUMIL", "173", "ECUCVL") in found


@pytest.mark.parametrize(("text", "expected"), [
    # controls the earlier rules already coded: a place on the verb, people resolved by the actor stage
    ("Gunmen shot dead three teachers at a school in Cameroon's Anglophone region.", (None, "CMR", "asserted")),
    ("Attackers hacked to death seven villagers near a market in eastern Congo.", (None, "COD", "asserted")),
    ("Israeli strikes killed 20 children at a school in Gaza City.", ("ISR", "PSE", "asserted")),
])
def test_controls_keep_their_targets(pipeline: Any, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in _aimed(pipeline, text)


@pytest.mark.parametrize(("text", "not_expected"), [
    # people from abroad are not the scene's country's
    ("Gunmen killed two foreign tourists at a hotel in Mali's capital.", (None, "MLI", "asserted")),
    ("Militants killed 14 migrants at a camp in Libya's west.", (None, "LBY", "asserted")),
    # a toll told in a relative clause on another act is no attack of its own
    ("Pakistani police are investigating the blast that killed 12 worshippers at a mosque in Peshawar.",
     (None, "PAK", "asserted")),
    # two countries named: the children may be anyone's, and the attacker is known
    ("Russian missiles killed seven passengers at a railway station in Kramatorsk.", (None, "UKR", "asserted")),
])
def test_victims_not_read_as_the_scenes_people(pipeline: Any, text: str,
                                               not_expected: tuple[str | None, str, str]) -> None:
    assert not_expected not in _aimed(pipeline, text)
