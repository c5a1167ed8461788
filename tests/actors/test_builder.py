"""Tests for detente.actors.builder: name entries, priorities and the tenure overlap check."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.builder import PRIORITY, KBBuilder, NameEntry
from detente.errors import KnowledgeBaseError


def test_builder_case_and_the_rules() -> None:
    b = KBBuilder()
    b.add_name("the West", NameEntry(kind="grouping", key="grouping:GRPWST"))
    b.add_name("NATO", NameEntry(kind="igo", key="igo:NATO"))
    b.add_name("troops", NameEntry(kind="agent", key="MIL"))
    (west,) = b.names[("west",)]
    (nato,) = b.names[("nato",)]
    (troops,) = b.names[("troops",)]
    assert (west.needs_the, west.case) == (True, "cap")
    assert nato.case == "upper" and troops.case == "any"


def test_builder_surnames_rank_below_groups_and_user_entries_win() -> None:
    b = KBBuilder()
    b.add_person_names("person:jaques-wagner", "Jaques Wagner", (), "BRA", "bundled")
    b.add_name("Wagner", NameEntry(kind="group", key="group:wagner"))
    b.add_name("Wagner", NameEntry(kind="country", key="country:XXX", source="mine.toml"))
    ranked = sorted(b.names[("wagner",)], key=lambda e: -e.priority)
    assert [e.kind for e in ranked] == ["country", "group", "person"]
    assert ranked[-1].weak and ranked[1].priority == PRIORITY["group"]


def test_builder_overlap_check_exempts_collective_heads_of_state() -> None:
    b = KBBuilder()
    b.country_codes.update({"AND", "FRA"})
    for name in ("Co-Prince One", "Co-Prince Two"):
        b.add_tenure(entity_id=f"person:{name}", name=name, office="head_of_state", polity="AND", sector="GOV",
                     start=date(2020, 1, 1), end=None, where="t.csv:1")
    b.check_overlaps()
    b.add_tenure(entity_id="person:a", name="A", office="head_of_state", polity="FRA", sector="GOV",
                 start=date(2020, 1, 1), end=date(2022, 1, 1), where="t.csv:2")
    b.add_tenure(entity_id="person:b", name="B", office="head_of_state", polity="FRA", sector="GOV",
                 start=date(2022, 1, 1), end=None, where="t.csv:3")
    b.check_overlaps()  # end is exclusive: handing over on the same day is not an overlap
    b.add_tenure(entity_id="person:c", name="C", office="head_of_state", polity="FRA", sector="GOV",
                 start=date(2021, 6, 1), end=None, where="t.csv:4")
    with pytest.raises(KnowledgeBaseError) as info:
        b.check_overlaps()
    assert info.value.code == "D302"
