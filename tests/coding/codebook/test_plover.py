"""Tests of the PLOVER ontology and of the CAMEO->PLOVER mapping, against the PLOVER project's table."""

from __future__ import annotations

import re

import pytest
from tests.conftest import GOLD, require_shared

from detente.coding.codebook import Codebook, load_plover
from detente.coding.codebook.plover import PLOVER_TYPES

# Codes where our mapping differs from CAMEO2PLOVER-2021 on purpose (docs/codebook.md says why).
DELIBERATE_DIFFERENCES = {"0813", "0814", "116", "163"}


def _reference_table() -> dict[str, str]:
    path = require_shared(GOLD / "CAMEO2PLOVER-2021.txt")
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def test_plover_has_the_sixteen_types() -> None:
    plover = load_plover()
    assert plover.version == "PLOVER 0.8"
    assert tuple(plover.types) == PLOVER_TYPES
    assert len(PLOVER_TYPES) == 16


@pytest.mark.parametrize(("ptype", "mode"), [("CONSULT", "phone"), ("ASSAULT", "heavy-weapons"),
                                             ("PROTEST", "riot"), ("RETREAT", "ceasefire"),
                                             ("COERCE", "martial-law"), ("MOBILIZE", "troops")])
def test_plover_type_has_manual_mode(ptype: str, mode: str) -> None:
    assert mode in load_plover().types[ptype].mode_names


def test_plover_every_cameo_code_maps_to_a_type_and_valid_mode() -> None:
    book = Codebook.load()
    plover = book.plover
    for entry in book.entries():
        ptype = plover.types[entry.plover.event_type]
        assert entry.plover.mode is None or entry.plover.mode in ptype.mode_names, entry.code


def test_plover_mapping_by_root_class() -> None:
    book = Codebook.load()
    expected = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
                "10": "REQUEST", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE"}
    for root, ptype in expected.items():
        assert {e.plover.event_type for e in book.entries() if e.root == root} == {ptype}, root


def test_plover_mapping_agrees_with_reference_table() -> None:
    table = _reference_table()
    book = Codebook.load()
    assert len(table) >= 250
    assert set(table) <= {e.code for e in book.entries()}
    differ = {code for code, ptype in table.items() if book.get(code).plover.event_type != ptype}
    rate = 1 - len(differ) / len(table)
    print(f"PLOVER event type agreement with CAMEO2PLOVER-2021: {len(table) - len(differ)}/{len(table)} = {rate:.3f}")
    assert differ == DELIBERATE_DIFFERENCES
    assert rate >= 0.98


def test_plover_codes_absent_from_reference_are_statements_and_appeals() -> None:
    table = _reference_table()
    book = Codebook.load()
    missing = {e.root for e in book.entries() if e.level > 2 and e.code not in table}
    assert missing == {"01", "02"}
