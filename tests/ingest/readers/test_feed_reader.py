"""Tests for detente.ingest.readers.feed: RSS and Atom entries as articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.ingest.readers.feed import read_feed
from detente.records import Article, Problem

DATA = Path(__file__).parents[1] / "data"


def test_feed_rss_entries_become_articles_with_dates_as_written() -> None:
    items = list(read_feed((DATA / "wire.rss").read_bytes(), source="wire.rss"))
    assert all(isinstance(i, Article) for i in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Turkey offers to mediate grain talks"
    assert first.url == "https://wire.example.org/diplomacy/grain-talks"
    assert first.publisher == "Example Wire: Diplomacy"
    assert first.published_on == date(2024, 10, 8)  # 22:30 -0400 is already 9 October in UTC
    assert first.text == ("Turkey offered on Tuesday to host new talks between Russia and Ukraine on grain "
                          "exports across the Black Sea.\n\nNeither side has replied yet.")
    assert second.published_on == date(2024, 10, 9)
    assert (first.source, second.source) == ("wire.rss#1", "wire.rss#2")


def test_feed_atom_prefers_the_longer_content() -> None:
    items = list(read_feed((DATA / "wire.atom").read_bytes(), source="wire.atom"))
    assert len(items) == 1 and isinstance(items[0], Article)
    a = items[0]
    assert a.text.startswith("Egypt hosted envoys from Qatar and the United States in Cairo")
    assert (a.published_on, a.url, a.publisher) == (date(2024, 10, 10), "https://monitor.example.com/egypt-envoys",
                                                   "Example Monitor")


def test_feed_not_xml_is_d104() -> None:
    items = list(read_feed(b"<?xml version='1.0'?><rss><channel><item>", source="bad.rss"))
    assert [i.code for i in items if isinstance(i, Problem)] == ["D104"]


def test_feed_cut_off_skips_the_incomplete_last_entry() -> None:
    data = (DATA / "wire.rss").read_bytes()
    cut = data[: data.index(b"first security dialogue")]
    items = list(read_feed(cut, source="cut.rss"))
    assert [type(i).__name__ for i in items] == ["Problem", "Article"]
    assert isinstance(items[0], Problem) and items[0].code == "D104" and "cut off" in items[0].message
    assert isinstance(items[1], Article) and items[1].title == "Turkey offers to mediate grain talks"


def test_feed_entry_with_bad_date_is_d107() -> None:
    data = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item><title>T</title>"
            b"<pubDate>sometime last week</pubDate><description>Nepal held elections.</description></item>"
            b"</channel></rss>")
    items = list(read_feed(data, source="d.rss"))
    assert [(i.code, i.source) for i in items if isinstance(i, Problem)] == [("D107", "d.rss#1")]
