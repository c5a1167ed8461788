"""Tests for detente.ingest.readers.text: header block (title, date line) and body."""

from __future__ import annotations

from datetime import date

import pytest

from detente.ingest.readers.text import read_text, split_header
from detente.records import Article, Problem


@pytest.mark.parametrize(("text", "title", "day", "body"), [
    ("Talks in Doha\n2024-10-11\n\nQatar hosted envoys.", "Talks in Doha", date(2024, 10, 11), "Qatar hosted envoys."),
    ("Published: 2024-10-11\nTalks in Doha\n\nQatar hosted envoys.", "Talks in Doha", date(2024, 10, 11),
     "Qatar hosted envoys."),
    ("2024-10-11T09:30:00+03:00\n\nQatar hosted envoys.", None, date(2024, 10, 11), "Qatar hosted envoys."),
    ("Talks in Doha\n\nQatar hosted envoys.", "Talks in Doha", None, "Qatar hosted envoys."),
    ("Qatar hosted envoys.\n\nThey met again.", None, None, "Qatar hosted envoys.\n\nThey met again."),
    ("Talks in Doha\nSecond headline\n\nBody.", None, None, "Talks in Doha\nSecond headline\n\nBody."),
    ("Just one line", None, None, "Just one line"),
    ("Talks in Doha\n\n", None, None, "Talks in Doha\n\n"),
    ("x" * 201 + "\n\nBody.", None, None, "x" * 201 + "\n\nBody."),
])
def test_text_split_header_rules(text: str, title: str | None, day: date | None, body: str) -> None:
    assert split_header(text) == (title, day, body)


def test_text_read_text_gives_one_article_with_crlf_normalised() -> None:
    items = list(read_text("Talks in Doha\r\n2024-10-11\r\n\r\nQatar hosted envoys.\r\n", source="a.txt"))
    assert items == [Article(article_id=items[0].article_id, text="Qatar hosted envoys.",  # type: ignore[union-attr]
                             title="Talks in Doha", published_on=date(2024, 10, 11), source="a.txt")]


def test_text_header_only_file_is_the_body() -> None:
    items = list(read_text("2024-10-11\n\n   \n", source="a.txt"))
    assert isinstance(items[0], Article) and items[0].text == "2024-10-11"


def test_text_empty_file_is_d105() -> None:
    items = list(read_text("\n \n", source="a.txt"))
    assert isinstance(items[0], Problem) and items[0].code == "D105"
