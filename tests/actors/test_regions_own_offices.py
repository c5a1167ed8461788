"""A region's own leaders and offices are other actors than the state's government: "Tigray's president", "the
Kurdistan Region's prime minister", "Tamil Nadu's chief minister" code as the state's government (CAMEO has no
sub-national code) with entity ``place:<region>``, not as the state's holder of that title; a region named in
several words keeps its possessive ("Republika Srpska's leaders"), which the small model tags inside one PERSON.
The Kurdistan Region (Iraq's by its 2005 constitution) is a place of Iraq; Kurdistan as a whole stays out. Sentences
are our own (see docs/actors-and-tenures.md, "Round twenty-three: goods by origin, regions' offices, longer
names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mentions_by_text


@pytest.mark.parametrize(("text", "day", "mention", "code", "entity"), [
    ("Tigray's president accused Addis Ababa of betrayal.", "2024-06-01", "Tigray's president", "ETHGOV",
     "place:tigray"),
    ("Puntland's president cut ties with Mogadishu.", "2024-06-01", "Puntland's president", "SOMGOV", "place:puntland"),
    ("The Kurdistan Region's prime minister met Erdogan.", "2024-06-01", "Kurdistan Region's prime minister",
     "IRQGOV", "place:kurdistan region"),
    ("Iraqi Kurdistan's leaders rejected the budget.", "2024-06-01", "Iraqi Kurdistan's leaders", "IRQGOV",
     "place:iraqi kurdistan"),
    ("Tamil Nadu's chief minister rejected the plan.", "2024-06-01", "Tamil Nadu's chief minister", "INDGOV",
     "place:tamil nadu"),
    ("Tamil Nadu's leaders rejected the plan.", "2024-06-01", "Tamil Nadu's leaders", "INDGOV", "place:tamil nadu"),
    ("Republika Srpska's leaders rejected the court's ruling.", "2024-06-01", "Republika Srpska's leaders", "BIHGOV",
     "place:republika srpska"),
    ("Khyber Pakhtunkhwa's government rejected the plan.", "2024-06-01", "Khyber Pakhtunkhwa's government",
     "PAKGOV", "place:khyber pakhtunkhwa"),
    ("Tigray's leaders accused Ethiopia of blocking aid.", "2021-02-01", "Tigray's leaders", "ETHGOV", "place:tigray"),
])
def test_a_region_s_own_office_is_its_own_entity(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                 code: str, entity: str) -> None:
    found = mentions_by_text(resolver, nlp, text, day)
    assert mention in found, sorted(found)
    assert (found[mention].actor_code, found[mention].entity_id) == (code, entity)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Officials in the Kurdistan Region said ten people died.", "2024-06-01", "Kurdistan Region", "IRQ"),
    ("Tigray's president Getachew Reda accused Addis Ababa of betrayal.", "2024-06-01", "president Getachew Reda",
     "ETHGOV"),  # a name after the title: the person
    ("Ukraine's president met Kharkiv's governor.", "2024-06-01", "Ukraine's president", "UKRGOV"),
    ("Ethiopia's government accused Tigray's leaders of violating the truce.", "2024-02-01", "Ethiopia's government",
     "ETHGOV"),
])
def test_controls(resolver: Any, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    found = mentions_by_text(resolver, nlp, text, day)
    assert mention in found, sorted(found)
    assert found[mention].actor_code == code


def test_the_state_s_holder_is_not_the_region_s(resolver: Any, nlp: Any) -> None:
    found = mentions_by_text(resolver, nlp, "The Kurdistan Region's prime minister met Erdogan.", "2024-06-01")
    assert all(m.name != "Mohammed Shia al-Sudani" for m in found.values())
    assert all(m.actor_code != "TURGOV" or m.mention == "Erdogan" for m in found.values())


@pytest.mark.parametrize("text", ["Paris Hilton's lawyers rejected the plan.", "Jordan Peterson's fans cheered."])
def test_a_place_that_begins_a_person_s_name_is_still_no_actor(resolver: Any, nlp: Any, text: str) -> None:
    assert not mentions_by_text(resolver, nlp, text, "2024-06-01")
