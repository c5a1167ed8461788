"""Tests for detente.ingest.identity and detente.ingest.article: stable ids and article building."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import DetenteError
from detente.ingest import article_from_text, make_article_id
from detente.ingest.identity import normalise_article_id
from detente.records.article import content_hash


def test_identity_id_is_a_prefix_of_the_content_hash() -> None:
    text = "Iran and Saudi Arabia restored ties."
    assert make_article_id(text) == content_hash(text)[:16]
    assert make_article_id(text) == make_article_id("Iran and  Saudi Arabia\nrestored ties.")
    assert make_article_id(text) != make_article_id(text + " Again.")


@pytest.mark.parametrize(("value", "expected"), [("a1", "a1"), (12, "12"), (" x ", "x"), ("", None), (None, None),
                                                 (True, None), (1.5, None)])
def test_identity_normalise_article_id(value: object, expected: str | None) -> None:
    assert normalise_article_id(value) == expected


def test_identity_article_from_text_uses_the_callers_id_and_metadata() -> None:
    a = article_from_text(" Text.\r\n", article_id="c-1", title="  A  title ", url="", publisher=None,
                          published_on="2024-10-11T10:00:00+02:00", source="x")
    assert (a.article_id, a.text, a.title, a.url, a.published_on) == ("c-1", "Text.", "A title", None,
                                                                       date(2024, 10, 11))


def test_identity_article_from_text_errors() -> None:
    with pytest.raises(DetenteError) as empty:
        article_from_text("  \n ")
    assert empty.value.code == "D105"
    with pytest.raises(DetenteError) as bad_date:
        article_from_text("Text.", published_on="next week")
    assert bad_date.value.code == "D107"
