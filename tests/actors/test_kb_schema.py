"""Tests for detente.actors.kb_schema: validation of office-holder rows and user files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.actors.kb_schema import parse_officeholder_row, read_user_file
from detente.errors import KnowledgeBaseError

ROW = {"country": "IRN", "office": "foreign_minister", "name": "Abbas Araghchi", "aliases": "Araghchi; Araqchi",
       "start": "2024-08-21", "end": "", "sector": "", "source_kind": "official list"}


def test_kb_schema_row_is_parsed_with_defaults() -> None:
    row = parse_officeholder_row(ROW, path="x.csv", line=7, is_known=lambda c: c == "IRN")
    assert row.aliases == ("Araghchi", "Araqchi")
    assert (row.start, row.end, row.sector) == (date(2024, 8, 21), None, "GOV")


@pytest.mark.parametrize(("change", "code"), [
    ({"country": "XYZ"}, "D304"), ({"office": "king"}, "D301"), ({"start": "21/08/2024"}, "D301"),
    ({"end": "2024-01-01"}, "D305"), ({"sector": "ABC"}, "D306"), ({"name": ""}, "D301"),
])
def test_kb_schema_bad_rows_name_file_and_line(change: dict[str, str], code: str) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        parse_officeholder_row(ROW | change, path="x.csv", line=7, is_known=lambda c: c == "IRN")
    assert info.value.code == code
    assert "x.csv:7" in info.value.message


def test_kb_schema_user_file_reports_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('# c\n[[actor]]\nname = "A"\nkind = "person"\ncountry = "IRN"\n[[actor.tenure]]\n'
                    'office = "head_of_state"\nstart = 2020-01-01\n\n[[agent]]\nword = "w"\nsector = "MIL"\n',
                    encoding="utf-8")
    parsed, actors, tenures, agents = read_user_file(path)
    assert (actors, tenures, agents) == ([2], [6], [10])
    assert parsed.actor[0].tenure[0].start == date(2020, 1, 1)


def test_kb_schema_unknown_key_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('[[actor]]\nname = "A"\nkind = "person"\ncolour = "red"\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        read_user_file(path)
    assert info.value.code == "D301" and f"{path}:4" in info.value.message and "colour" in info.value.message


def test_kb_schema_yaml_is_refused_with_d303(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("actor: []\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        read_user_file(path)
    assert info.value.code == "D303"
