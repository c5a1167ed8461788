"""Tests of the CAMEO code table: completeness, hierarchy, weights, quad classes and validation."""

from __future__ import annotations

import pytest

from detente.coding.codebook import Codebook, load_plover, quad_class_of
from detente.coding.codebook.cameo import parse_cameo_table
from detente.errors import CodebookError
from detente.records import QuadClass

HEADER = "code\tgoldstein\tplover\tmode\tcontext\tname\tdescription\n"

# The published CAMEO Goldstein weights of a sample of codes (the standard CAMEO scale table).
KNOWN_GOLDSTEIN = {
    "010": 0.0, "011": -0.1, "013": 0.4, "016": -2.0, "036": 4.0, "042": 1.9, "043": 2.8, "046": 7.0,
    "057": 8.0, "0312": 5.2, "0334": 6.0, "062": 7.4, "072": 8.3, "074": 8.5, "0874": 10.0,
    "102": -4.0, "111": -2.0, "112": -2.0, "124": -5.0, "130": -4.4, "131": -5.8, "138": -7.0,
    "145": -7.5, "154": -7.2, "162": -5.6, "163": -8.0, "171": -9.2, "173": -5.0, "175": -9.0,
    "182": -9.5, "1823": -10.0, "184": -8.0, "190": -10.0, "191": -9.5, "193": -10.0, "195": -10.0,
    "196": -9.5, "201": -9.5, "2042": -10.0,
}


@pytest.fixture(scope="module")
def book(codebook: Codebook) -> Codebook:
    """The session's bundled codebook, under this file's shorter name."""
    return codebook


def test_cameo_has_every_root_class(book: Codebook) -> None:
    assert [e.code for e in book.roots()] == [f"{n:02d}" for n in range(1, 21)]


def test_cameo_has_every_code_of_the_manual(book: Codebook) -> None:
    levels = [e.level for e in book.entries()]
    assert levels.count(3) == 147
    assert levels.count(4) == 146
    for code in ("0214", "0256", "0356", "0874", "1056", "1125", "1246", "1385", "1454", "1663",
                 "1724", "1833", "186", "196", "2042"):
        assert code in book


def test_cameo_every_parent_exists(book: Codebook) -> None:
    for entry in book.entries():
        if entry.level == 2:
            assert entry.parent is None
        else:
            assert entry.parent == entry.code[:-1]
            assert entry.parent in book
        assert entry.root == entry.code[:2]


def test_cameo_goldstein_within_scale(book: Codebook) -> None:
    for entry in book.entries():
        assert -10.0 <= entry.goldstein <= 10.0, entry.code


@pytest.mark.parametrize(("code", "weight"), sorted(KNOWN_GOLDSTEIN.items()))
def test_cameo_goldstein_known_values(book: Codebook, code: str, weight: float) -> None:
    assert book.get(code).goldstein == weight


def test_cameo_root_weight_is_its_unspecified_code(book: Codebook) -> None:
    for root in book.roots():
        assert root.goldstein == book.get(root.code + "0").goldstein


@pytest.mark.parametrize(("root", "quad"), [
    ("01", QuadClass.VERBAL_COOPERATION), ("05", QuadClass.VERBAL_COOPERATION),
    ("06", QuadClass.MATERIAL_COOPERATION), ("08", QuadClass.MATERIAL_COOPERATION),
    ("09", QuadClass.VERBAL_CONFLICT), ("14", QuadClass.VERBAL_CONFLICT),
    ("15", QuadClass.MATERIAL_CONFLICT), ("20", QuadClass.MATERIAL_CONFLICT),
])
def test_cameo_quad_class_by_root(book: Codebook, root: str, quad: QuadClass) -> None:
    assert quad_class_of(root) is quad
    for entry in book.entries():
        if entry.root == root:
            assert entry.quad_class is quad, entry.code


def test_cameo_every_entry_has_name_and_description(book: Codebook) -> None:
    for entry in book.entries():
        assert entry.name.strip() and entry.description.strip(), entry.code
        assert entry.description.endswith("."), entry.code


def test_cameo_table_rejects_bad_weight() -> None:
    text = HEADER + "04\t11.0\tCONSULT\t\t\tConsult\tMeetings.\n"
    with pytest.raises(CodebookError) as info:
        parse_cameo_table(text, where="t.tsv", plover=load_plover())
    assert info.value.code == "D402"
    assert "t.tsv:2" in info.value.message and "11.0" in info.value.message


def test_cameo_table_rejects_missing_parent() -> None:
    text = HEADER + "04\t1.0\tCONSULT\t\t\tConsult\tMeetings.\n0412\t1.0\tCONSULT\t\t\tX\tY.\n"
    with pytest.raises(CodebookError, match="parent 041"):
        parse_cameo_table(text, where="t.tsv", plover=load_plover())


def test_cameo_table_rejects_unknown_plover_mode() -> None:
    text = HEADER + "04\t1.0\tCONSULT\tsubmarine\t\tConsult\tMeetings.\n"
    with pytest.raises(CodebookError, match="no mode 'submarine'"):
        parse_cameo_table(text, where="t.tsv", plover=load_plover())


def test_cameo_table_rejects_repeated_code() -> None:
    text = HEADER + "04\t1.0\tCONSULT\t\t\tConsult\tMeetings.\n04\t1.0\tCONSULT\t\t\tConsult\tMeetings.\n"
    with pytest.raises(CodebookError, match="repeats line 2"):
        parse_cameo_table(text, where="t.tsv", plover=load_plover())
