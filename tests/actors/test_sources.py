"""Tests for detente.actors.sources: the bundled data files and their readers."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.actors.sources import csv_rows, data_files, parse_member
from detente.errors import KnowledgeBaseError


def test_sources_bundled_files_are_found_by_importlib() -> None:
    names = {f.name for f in data_files()}
    assert {"countries.csv", "metonyms.csv", "agents.csv", "titles.csv", "igos.toml", "groups.toml",
            "groupings.toml"} <= names


def test_sources_csv_rows_skip_comments_and_keep_line_numbers() -> None:
    rows = list(csv_rows("# a\nx,y\n# b\n1,2\n\n3,4\n"))
    assert rows == [(4, {"x": "1", "y": "2"}), (6, {"x": "3", "y": "4"})]


def test_sources_member_forms() -> None:
    assert parse_member("GBR:1973-01-01:2020-02-01", "f").end == date(2020, 2, 1)
    assert parse_member("SYR::2024-12-08", "f").start is None
    with pytest.raises(KnowledgeBaseError):
        parse_member("GBR:1973-13-01", "f")


def test_sources_demonym_plurals_are_derived(kb: Any) -> None:
    for name, code in (("Pakistanis", "PAK"), ("Germans", "DEU"), ("Saudis", "SAU"), ("Turks", "TUR")):
        assert kb.lookup(name)[0].actor_code == code


def test_sources_pycountry_official_names_are_aliases(kb: Any) -> None:
    assert kb.lookup("Islamic Republic of Iran")[0].actor_code == "IRN"
    assert kb.lookup("Kingdom of the Netherlands")[0].actor_code == "NLD"
