"""Tests for detente.ingest.readers.jsonl: JSON lines, arrays and single objects, with per-line problems."""

from __future__ import annotations

import json
from datetime import date

import pytest

from detente.ingest.readers.jsonl import read_json, read_jsonl
from detente.records import Article, Problem


def test_jsonl_reads_every_field_of_the_input_contract() -> None:
    line = json.dumps({"id": "k1", "text": "Kenya sent police to Haiti.", "title": "Kenya", "url": "https://x.example/k",
                       "publisher": "Example Daily", "published_on": "2024-07-19T08:00:00Z"})
    (a,) = read_jsonl(line + "\n", source="in.jsonl")
    assert a == Article(article_id="k1", text="Kenya sent police to Haiti.", title="Kenya",  # type: ignore[arg-type]
                        url="https://x.example/k", publisher="Example Daily", published_on=date(2024, 7, 19),
                        source="in.jsonl:1")


def test_jsonl_numeric_id_becomes_a_string() -> None:
    (a,) = read_jsonl('{"id": 7, "text": "Talks."}', source="in.jsonl")
    assert isinstance(a, Article) and a.article_id == "7"


@pytest.mark.parametrize(("line", "code"), [
    ('{"text": "x", ', "D103"),
    ('["not", "an", "object"]', "D103"),
    ('{"title": "no text"}', "D105"),
    ('{"text": "   "}', "D105"),
    ('{"text": 42}', "D111"),
    ('{"text": "x", "title": ["a"]}', "D111"),
    ('{"text": "x", "id": {"a": 1}}', "D111"),
    ('{"text": "x", "published_on": "last Friday"}', "D107"),
    ('{"text": "x", "published_on": 20241011}', "D107"),
])
def test_jsonl_bad_line_is_a_problem_with_its_line_number(line: str, code: str) -> None:
    text = '{"text": "First."}\n\n' + line + '\n{"text": "Last."}\n'
    items = list(read_jsonl(text, source="in.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]
    problem = items[1]
    assert isinstance(problem, Problem)
    assert (problem.code, problem.line, problem.source) == (code, 3, "in.jsonl")
    assert "in.jsonl:3" in problem.message


def test_json_array_and_single_object() -> None:
    items = list(read_json('[{"id": "a", "text": "One."}, {"text": ""}, {"id": "b", "text": "Two."}]', source="x.json"))
    assert [getattr(i, "article_id", None) for i in items] == ["a", None, "b"]
    assert isinstance(items[1], Problem) and (items[1].code, items[1].line) == ("D105", 2)
    (single,) = read_json('{"id": "s", "text": "Alone."}', source="y.json")
    assert isinstance(single, Article) and single.article_id == "s"


def test_json_file_holding_json_lines_is_read_as_lines() -> None:
    items = list(read_json('{"text": "One."}\n{"text": "Two."}\n', source="z.json"))
    assert [i.text for i in items if isinstance(i, Article)] == ["One.", "Two."]
