"""HTML reader for the ingest stage (stage 1): a web page -> one article (trafilatura, lxml fallback)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from detente.errors import DetenteError
from detente.ingest.article import article_from_text
from detente.records import Article, Problem

BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "tr", "table", "header", "footer", "pre", "dd", "dt", "figcaption",
})
"""Elements whose content starts a new paragraph when a page is flattened to text."""
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "footer", "form", "svg")


def read_html(text: str, *, source: str, url: str | None = None) -> Iterator[Article | Problem]:
    """Read one web page: main text, title, date and canonical URL.

    ``trafilatura.extract`` (with metadata) finds the article body and drops the boilerplate;
    when it finds nothing, the page's visible text (without script, style, nav, aside, footer) is
    used. A first body line equal to the title is dropped, so the headline is not read twice.
    """
    try:
        meta = _extract(text, url)
        body = str(meta.get("text") or "")
        title = meta.get("title")
        if not body.strip():
            title, body = fallback_text(text)
        if title and body.split("\n", 1)[0].strip() == title.strip():
            body = body.split("\n", 1)[1] if "\n" in body else ""
        yield article_from_text(body, title=title, url=meta.get("source") or url,
                                publisher=meta.get("source-hostname") or meta.get("sitename"), published_on=meta.get("date"),
                                source=source)
    except DetenteError as err:
        yield Problem.from_error(err, source=source)


def fallback_text(html: str) -> tuple[str | None, str]:
    """(title, visible text) of a page or fragment, with block elements as paragraph breaks.

    >>> fallback_text("<html><title>T</title><body><p>One.</p><p>Two.</p><script>x()</script></body></html>")
    ('T', 'One.\\n\\nTwo.')
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None, ""
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    body = root.find(".//body")
    return title or None, html_to_text(body if body is not None else root)


def html_to_text(root: Any) -> str:
    """Flatten an lxml element to text: scripts and page furniture dropped, blocks as paragraphs."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el is not root and el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(etree.Comment)):
        if el.getparent() is not None:
            el.drop_tree()
    parts: list[str] = []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            parts.append("\n\n")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        if el.tail and el is not root:
            parts.append(el.tail)
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment such as a feed entry's summary (plain text passes through).

    >>> fragment_to_text("<p>Iran &amp; Iraq <b>signed</b> a deal.</p><p>More.</p>")
    'Iran & Iraq signed a deal.\\n\\nMore.'
    """
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    return html_to_text(root)


def _extract(html: str, url: str | None) -> dict[str, Any]:
    try:
        raw = trafilatura.extract(html, output_format="json", with_metadata=True, url=url,
                                  favor_precision=True)
    except (ValueError, TypeError, etree.LxmlError):
        return {}
    if not raw:
        return {}
    data = json.loads(raw)
    return data if isinstance(data, dict) else {}
