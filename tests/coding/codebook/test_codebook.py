"""Tests of the Codebook API: get, children, roots, search, version and the D401 error."""

from __future__ import annotations

import pytest

from detente.coding.codebook import CameoEntry, Codebook
from detente.errors import CodebookError
from detente.records import Plover, QuadClass


def test_codebook_load_is_cached() -> None:
    assert Codebook.load() is Codebook.load()


def test_codebook_version_names_both_standards() -> None:
    assert Codebook.load().version == "CAMEO 1.1b3 / PLOVER 0.8"


def test_codebook_get_returns_full_entry() -> None:
    entry = Codebook.load().get("0312")
    assert isinstance(entry, CameoEntry)
    assert entry.name == "Express intent to cooperate militarily"
    assert entry.goldstein == 5.2
    assert entry.quad_class is QuadClass.VERBAL_COOPERATION
    assert entry.plover == Plover(event_type="AGREE", mode=None)
    assert entry.plover_context == "military"
    assert (entry.parent, entry.root) == ("031", "03")


@pytest.mark.parametrize("code", ["999", "21", "0", "", "19a", "0315"])
def test_codebook_get_unknown_code_raises_d401(code: str) -> None:
    with pytest.raises(CodebookError) as info:
        Codebook.load().get(code)
    assert info.value.code == "D401"
    assert repr(code) in info.value.message


def test_codebook_children_of_root_and_code() -> None:
    book = Codebook.load()
    assert [e.code for e in book.children("19")] == ["190", "191", "192", "193", "194", "195", "196"]
    assert [e.code for e in book.children("138")] == ["1381", "1382", "1383", "1384", "1385"]
    assert book.children("195") == []


def test_codebook_children_of_unknown_code_raises() -> None:
    with pytest.raises(CodebookError):
        Codebook.load().children("77")


def test_codebook_roots_are_two_digit() -> None:
    roots = Codebook.load().roots()
    assert len(roots) == 20
    assert all(r.is_root and r.level == 2 for r in roots)


def test_codebook_search_matches_name_and_description() -> None:
    book = Codebook.load()
    assert "195" in [e.code for e in book.search("missile")]
    assert [e.code for e in book.search("hunger strike rights")] == ["1423"]
    assert book.search("zeppelin") == []
    assert book.search("   ") == []


def test_codebook_search_needs_every_word() -> None:
    found = {e.code for e in Codebook.load().search("ceasefire declare")}
    assert found == {"0871"}
