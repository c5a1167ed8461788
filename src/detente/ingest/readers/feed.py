"""RSS/Atom reader for the ingest stage (stage 1): one article per feed entry (feedparser)."""

from __future__ import annotations

import xml.sax
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from detente.errors import DetenteError
from detente.ingest.article import article_from_text
from detente.ingest.dates import parse_published_on
from detente.ingest.readers.html import fragment_to_text
from detente.records import Article, Problem


def read_feed(data: bytes, *, source: str) -> Iterator[Article | Problem]:
    """Read every entry of an RSS 0.9x/1.0/2.0 or Atom feed.

    Each entry gives title, link (as ``url``), the feed's title (as ``publisher``), ``published``
    (else ``updated``; its own calendar date) and the longest of its ``content`` and ``summary``
    with the HTML stripped. Entry sources are ``path#N`` (N counts entries from 1). A feed that is
    not well-formed XML gives a D104 problem; entries feedparser's lenient parser still recovered
    from it are read as well, except the last one when the file is cut off (it does not end with
    the closing root tag), since that entry may be incomplete. An entry without text is a D105 problem.
    """
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries: list[Any] = list(parsed.get("entries") or [])
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        if isinstance(exc, xml.sax.SAXException) or not entries:
            reason = _reason(exc)
            if entries and not _ends_with_root_close(data):
                entries = entries[:-1]
                reason += "; the file is cut off, so its last entry was skipped"
            yield Problem.from_error(DetenteError.make("D104", path=source, reason=reason), source=source)
    elif not parsed.get("version") and not entries:
        yield Problem.from_error(DetenteError.make("D104", path=source, reason="no RSS or Atom root element"),
                                 source=source)
    publisher = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#{n}"
        try:
            yield _entry_article(entry, where=where, publisher=publisher)
        except DetenteError as err:
            yield Problem.from_error(err, source=where)


def _entry_article(entry: Any, *, where: str, publisher: str | None) -> Article:
    texts = [str(c.get("value") or "") for c in entry.get("content") or []]
    texts.append(str(entry.get("summary") or ""))
    body = fragment_to_text(max(texts, key=len))
    title = fragment_to_text(str(entry.get("title") or "")) or None
    day = _entry_date(entry, where)
    link = entry.get("link")
    return article_from_text(body, title=title, url=str(link) if link else None,
                             publisher=str(publisher) if publisher else None, published_on=day, source=where)


def _entry_date(entry: Any, where: str) -> date | None:
    """The entry's own date; feedparser's UTC reading when the string is in a form we do not parse."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_published_on(str(raw), where=where, line=key)
        except DetenteError:
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                return date(parsed[0], parsed[1], parsed[2])
            raise
    return None


def _ends_with_root_close(data: bytes) -> bool:
    tail = data.rstrip()[-200:].lower()
    return tail.endswith((b"</rss>", b"</feed>", b"</rdf:rdf>"))


def _reason(exc: object) -> str:
    if exc is None:
        return "unknown parse error"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
