"""Tests for how KnowledgeBase.load builds and caches: the bundled part read once, user files over a copy."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from detente.actors import KnowledgeBase, sources
from detente.actors.builder import KBBuilder, NameEntry
from detente.actors.knowledge_base import _bundled, bundled_stamp
from detente.errors import KnowledgeBaseError

ROHAN = '''\
[[actor]]
name = "Rohan"
kind = "country"
code = "ROH"
aliases = ["Rohirrim"]
metonyms = ["Edoras"]
'''

# A valid entry first, then one naming an unknown country: the load fails after adding Rohan.
ROHAN_THEN_BAD = ROHAN + '''
[[actor]]
name = "Grima Wormtongue"
kind = "person"
country = "QQQ"
'''


def _write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_leaves_no_trace_in_the_bundled_base(tmp_path: Path) -> None:
    with_rohan = KnowledgeBase.load([_write(tmp_path, ROHAN, "rohan.toml")])
    assert with_rohan.lookup("Edoras")[0].actor_code == "ROHGOV"
    bundled = KnowledgeBase.load()
    assert bundled.lookup("Edoras") == []
    assert bundled.country("ROH") is None
    assert bundled.version != with_rohan.version


def test_a_user_file_that_fails_leaves_no_trace_either(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="D304"):
        KnowledgeBase.load([_write(tmp_path, ROHAN_THEN_BAD, "bad.toml")])
    assert KnowledgeBase.load().country("ROH") is None
    # Another user file built after the failure sees only the bundled data and its own entries.
    other = KnowledgeBase.load([_write(tmp_path, '[[agent]]\nword = "riders"\nsector = "MIL"\n', "riders.toml")])
    assert other.country("ROH") is None
    assert other.lookup("riders")[0].sector == "MIL"


def test_user_files_share_one_bundled_build(tmp_path: Path) -> None:
    KnowledgeBase.load()
    before = _bundled.cache_info()
    for i in range(3):
        KnowledgeBase.load([_write(tmp_path, f'[[agent]]\nword = "wardens{i}"\nsector = "MIL"\n', f"w{i}.toml")])
    after = _bundled.cache_info()
    assert after.misses == before.misses
    assert after.hits >= before.hits + 3


def test_builder_copy_shares_no_container() -> None:
    builder = KBBuilder()
    builder.add_name("Gondor", NameEntry(kind="country", key="country:GON"))
    builder.country_codes.add("GON")
    builder.person_aliases["person:x"].add("X")
    copy = builder.copy()
    for field in dataclasses.fields(KBBuilder):
        original, copied = getattr(builder, field.name), getattr(copy, field.name)
        assert copied == original, field.name
        assert copied is not original, field.name
        if isinstance(original, dict):
            for key, value in original.items():
                if isinstance(value, (list, set, dict)):
                    assert copied[key] is not value, (field.name, key)
    copy.add_name("Gondor", NameEntry(kind="capital", key="country:GON", code="GONGOV"))
    assert len(builder.names[("gondor",)]) == 1


def test_an_edited_bundled_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    shutil.copytree(Path(str(sources.data_dir())), folder)
    monkeypatch.setattr(sources, "data_dir", lambda: folder)
    first = KnowledgeBase.load(officeholders=False)
    assert first.lookup("Fangorn House") == []
    stamp = bundled_stamp(officeholders=False)
    metonyms = folder / "metonyms.csv"
    with metonyms.open("a", encoding="utf-8") as out:
        out.write("Fangorn House,NZLGOV\n")
    stat = metonyms.stat()
    os.utime(metonyms, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert bundled_stamp(officeholders=False) != stamp
    second = KnowledgeBase.load(officeholders=False)
    assert second.lookup("Fangorn House")[0].actor_code == "NZLGOV"
    assert second.version != first.version
