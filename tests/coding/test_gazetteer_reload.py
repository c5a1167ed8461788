"""The bundled gazetteer is read once, and read again when its file changes while the process runs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from detente.coding import places
from detente.coding.places import Gazetteer, gazetteer_stamp


def test_the_gazetteer_is_read_once_while_its_file_is_unchanged() -> None:
    assert Gazetteer.load() is Gazetteer.load()


def test_an_edited_gazetteer_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / places.GAZETTEER_FILE
    shutil.copyfile(str(places.bundled_path()), copy)
    monkeypatch.setattr(places, "bundled_path", lambda: copy)
    first = Gazetteer.load()
    assert first.find("Fangorn") is None
    stamp = gazetteer_stamp()
    with copy.open("a", encoding="utf-8") as out:
        out.write("Fangorn,city,NZL,-41.29,174.78,\n")
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert gazetteer_stamp() != stamp
    second = Gazetteer.load()
    assert second is not first
    found = second.find("Fangorn")
    assert found is not None and found.country == "NZL"


def test_the_knowledge_base_stamp_includes_the_gazetteer() -> None:
    from detente.actors.knowledge_base import bundled_stamp

    assert gazetteer_stamp() in bundled_stamp()
