"""Article identity for the ingest stage (stage 1): ids from the caller or from a content hash.

An article read twice from the same file always gets the same id: the caller's ``id`` when the
input gives one, otherwise the first 16 hex digits of the hash of the whitespace-normalised text.
"""

from __future__ import annotations

from detente.records import ArticleId
from detente.records.article import content_hash

ID_HASH_LENGTH = 16
"""Hex digits of the content hash used as an article id (64 bits: collisions are negligible)."""


def make_article_id(text: str) -> ArticleId:
    """The id of an article that came without one: a prefix of its content hash.

    The URL is deliberately not used: one URL can serve several revisions of a story, and the
    same story can be syndicated under many URLs; the text is what gets coded.

    >>> make_article_id("Iran  fired missiles.") == make_article_id("Iran fired missiles.")
    True
    >>> len(make_article_id("x"))
    16
    """
    return ArticleId(content_hash(text)[:ID_HASH_LENGTH])


def normalise_article_id(value: object) -> ArticleId | None:
    """The caller's id as a string (numbers are accepted), or None when it is absent or blank.

    >>> normalise_article_id(42), normalise_article_id("  s003-01 "), normalise_article_id("")
    ('42', 's003-01', None)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | str):
        text = str(value).strip()
        return ArticleId(text) if text else None
    return None
