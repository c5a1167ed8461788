"""Tests of the treaty and alliance registry (detente.analysis.treaties)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.analysis import TreatyRegistry
from detente.analysis.treaties import country_of
from detente.errors import KnowledgeBaseError, NotFoundError
from detente.records.analysis import ObligationKind


@pytest.fixture(scope="module")
def registry() -> TreatyRegistry:
    return TreatyRegistry.load()


def test_registry_loads_bundled_treaties_and_groupings(registry: TreatyRegistry) -> None:
    ids = {t.treaty_id for t in registry.treaties}
    for needed in ("nato", "csto", "cst_1992", "rus_prk_2024", "chn_prk_1961", "rus_irn_2025", "anzus",
                   "usa_jpn_1960", "usa_kor_1953", "aukus", "sco", "isr_are_2020", "chn_rus_2001"):
        assert needed in ids
    assert len(ids) >= 25
    assert {g.code for g in registry.groupings} >= {"CRINK", "BRICS"}
    assert len(registry.version) == 12


def test_registry_nato_accessions_finland_and_sweden(registry: TreatyRegistry) -> None:
    assert not registry.between("FIN", "USA", on=date(2023, 4, 3))
    assert [t.treaty_id for t in registry.between("FIN", "USA", on=date(2023, 4, 4))] == ["nato"]
    assert "SWE" not in registry.members("NATO", date(2024, 3, 6))  # type: ignore[operator]
    assert "SWE" in registry.members("NATO", date(2024, 3, 7))  # type: ignore[operator]
    assert len(registry.members("NATO", date(2025, 1, 1)) or ()) == 32


def test_registry_csto_members_leave(registry: TreatyRegistry) -> None:
    cst = registry.get("cst_1992")
    assert "AZE" in cst.members_on(date(1998, 1, 1))
    assert "AZE" not in cst.members_on(date(2000, 1, 1))
    assert "UZB" in cst.members_on(date(2008, 1, 1))
    assert "UZB" not in cst.members_on(date(2013, 1, 1))
    assert registry.between("RUS", "ARM", on=date(2025, 1, 1))


def test_registry_russia_iran_treaty_has_no_defence_obligation(registry: TreatyRegistry) -> None:
    treaty = registry.get("rus_irn_2025")
    assert treaty.signed == date(2025, 1, 17) and treaty.in_force == date(2025, 10, 2)
    assert ObligationKind.DEFENCE not in treaty.obligation_kinds()
    assert ObligationKind.NEUTRALITY in treaty.obligation_kinds()
    assert not treaty.is_in_force(date(2025, 10, 1)) and treaty.is_in_force(date(2025, 10, 2))


def test_registry_russia_north_korea_defence_from_entry_into_force(registry: TreatyRegistry) -> None:
    assert [t.treaty_id for t in registry.between("RUSGOV", "PRK", on=date(2024, 12, 3))] == []
    found = registry.between("RUS", "PRK", on=date(2024, 12, 4))
    assert [t.treaty_id for t in found] == ["rus_prk_2024"]
    assert ObligationKind.DEFENCE in found[0].obligation_kinds("RUS", "PRK")
    assert {t.treaty_id for t in registry.between("RUS", "PRK")} == {"rus_prk_2000", "rus_prk_2024"}


def test_registry_anzus_defence_excludes_us_new_zealand(registry: TreatyRegistry) -> None:
    anzus = registry.get("anzus")
    assert ObligationKind.DEFENCE in anzus.obligation_kinds("USA", "AUS")
    assert ObligationKind.DEFENCE not in anzus.obligation_kinds("USA", "NZL")


def test_registry_of_and_groupings(registry: TreatyRegistry) -> None:
    of_irn = {t.treaty_id for t in registry.of("IRN", on=date(2025, 11, 1))}
    assert of_irn == {"rus_irn_2025", "sco"}
    assert registry.members("CRINK") == frozenset({"CHN", "RUS", "IRN", "PRK"})
    assert len(registry.members("NATO", date(1950, 1, 1)) or ()) == 12
    assert registry.members("IGOWSTNAT") is None  # the organisation's own actor code, not a grouping
    assert registry.members("XYZ") is None
    assert registry.between("RUS", "RUS") == []


def test_registry_get_unknown_raises_d902(registry: TreatyRegistry) -> None:
    with pytest.raises(NotFoundError) as info:
        registry.get("no_such_treaty")
    assert info.value.code == "D902" and "no_such_treaty" in info.value.message


def test_registry_find_returns_treaty_or_none(registry: TreatyRegistry) -> None:
    assert registry.find("anzus") is registry.get("anzus")
    assert registry.find("no_such_treaty") is None


def test_country_of_strips_sector() -> None:
    assert country_of("RUSMIL") == "RUS"
    assert country_of("IGOWSTNAT") == "IGOWSTNAT"


def test_registry_extra_file_adds_treaty(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('''
[[treaty]]
id = "test_pact"
name = "A test pact"
kind = "defence_pact"
signed = 2025-02-01
in_force = 2025-03-01
source = "a made-up treaty for this test"
members = [{ code = "IRN", joined = 2025-03-01 }, { code = "VEN", joined = 2025-03-01 }]

[[treaty.obligation]]
kind = "defence"
''', encoding="utf-8")
    registry = TreatyRegistry.load([extra])
    assert [t.treaty_id for t in registry.between("IRN", "VEN", on=date(2025, 3, 1))] == ["test_pact"]
    assert registry.version != TreatyRegistry.load().version


@pytest.mark.parametrize(("body", "line", "words"), [
    ('[[treaty]]\nid = "x"\nname = "X"\nkind = "empire"\nsource = "s"\nmembers = [{code="AAA"},{code="BBB"}]\n',
     4, "unknown kind"),
    ('\n[[treaty]]\nid = "x"\nname = "X"\nkind = "alliance"\nsource = "s"\nsigned = 2020-01-01\n'
     'in_force = 2019-01-01\nmembers = [{code="AAA"},{code="BBB"}]\n', 8, "before signed"),
    ('[[treaty]]\nid = "x"\nname = "X"\nkind = "alliance"\nsource = "s"\nmembers = [{code="AAA"}]\n',
     6, "two members"),
    ('[[treaty]]\nid = "x"\nname = "X"\nkind = "alliance"\nsource = "s"\n'
     'members = [{code="AAA"},{code="bb"}]\n', 6, "alpha-3"),
    ('[[treaty]]\nid = "x"\nname = "X"\nkind = "alliance"\nsource = "s"\nmembers = [{code="AAA"},{code="BBB"}]\n'
     '[[treaty.obligation]]\nkind = "protect"\n', 7, "unknown obligation kind"),
    ('[[treaty]]\nid = "nato"\nname = "X"\nkind = "alliance"\nsource = "s"\nmembers = [{code="AAA"},{code="BBB"}]\n',
     2, "duplicate treaty id"),
    ('[[treaty]]\nid = "x"\nname = "X\n', 3, "broken TOML"),
])
def test_registry_invalid_file_reports_file_and_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        TreatyRegistry.load([bad])
    assert info.value.code in ("D301",)
    assert words in info.value.message
    assert info.value.message.startswith(f"{bad}:{line}:"), info.value.message


def test_registry_unreadable_file_raises_d303(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        TreatyRegistry.load([tmp_path / "missing.toml"])
    assert info.value.code == "D303"
