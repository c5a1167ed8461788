"""Tests for detente.ingest.readers.html: trafilatura extraction, metadata and the lxml fallback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.ingest.readers.html import fallback_text, fragment_to_text, read_html
from detente.records import Article, Problem

DATA = Path(__file__).parents[1] / "data"


def test_html_reads_body_title_date_and_url_without_boilerplate() -> None:
    items = list(read_html((DATA / "embassy.html").read_text(encoding="utf-8"), source="embassy.html"))
    assert len(items) == 1 and isinstance(items[0], Article)
    a = items[0]
    assert a.title == "Ministers agree to reopen embassies"
    assert a.published_on == date(2024, 3, 14)
    assert a.url == "https://world.example.net/2024/03/embassies-reopen"
    assert a.text.startswith("The foreign ministers of Saudi Arabia and Iran agreed on Wednesday")
    for boilerplate in ("cookies", "Football results", "All rights reserved", "analytics", "Sport"):
        assert boilerplate not in a.text


def test_html_falls_back_to_visible_text_for_tiny_pages() -> None:
    page = "<html><head><title>Brief</title><script>var x = 1;</script></head><body><p>Chad closed its border.</p></body></html>"
    items = list(read_html(page, source="brief.html"))
    assert isinstance(items[0], Article)
    assert items[0].text == "Chad closed its border."
    assert "var x" not in items[0].text


def test_html_page_without_text_is_d105() -> None:
    items = list(read_html("<html><head><title>Empty</title></head><body><script>x()</script></body></html>",
                           source="empty.html"))
    assert isinstance(items[0], Problem) and items[0].code == "D105"


def test_html_fallback_text_keeps_paragraphs() -> None:
    title, text = fallback_text("<html><title>T</title><body><h1>Head</h1><p>One <b>bold</b> word.</p>"
                                "<nav>Menu</nav><p>Two.</p></body></html>")
    assert (title, text) == ("T", "Head\n\nOne bold word.\n\nTwo.")


def test_html_fragment_to_text_unescapes_and_passes_plain_text() -> None:
    assert fragment_to_text("Plain words &amp; more") == "Plain words & more"
    assert fragment_to_text("no markup at all ") == "no markup at all"
