"""Article: one news item as read by the ingest stage (stage 1 output)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import NewType

from detente.errors import DetenteError

ArticleId = NewType("ArticleId", str)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A news article with its body text and publication metadata.

    ``article_id`` is the caller's ``id`` when given, otherwise a content hash
    (see :func:`content_hash`). ``source`` says where it was read from
    (path, ``path:line`` for JSONL, feed URL or ``<stdin>``).

    >>> a = Article(article_id=ArticleId("x1"), text="Iran fired missiles at Israel.")
    >>> a.content_hash == content_hash("Iran fired missiles at Israel.")
    True
    """

    article_id: ArticleId
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_on: date | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.article_id:
            raise DetenteError.make("D001", record="Article", detail="empty article_id")
        if not self.text or not self.text.strip():
            raise DetenteError.make("D001", record="Article", detail=f"article {self.article_id} has no text")

    @property
    def content_hash(self) -> str:
        """SHA-256 of the normalised text (whitespace collapsed), hex."""
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """A stable hash of ``text`` that ignores differences in whitespace.

    >>> content_hash("a  b\\n c") == content_hash("a b c")
    True
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
