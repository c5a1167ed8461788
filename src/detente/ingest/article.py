"""Building ``Article`` records for the ingest stage (stage 1), with the checks every reader shares."""

from __future__ import annotations

from datetime import date

from detente.errors import DetenteError
from detente.ingest.dates import parse_published_on
from detente.ingest.identity import make_article_id, normalise_article_id
from detente.records import Article


def article_from_text(text: str, *, article_id: str | None = None, title: str | None = None,
                      url: str | None = None, publisher: str | None = None,
                      published_on: str | date | None = None, source: str | None = None) -> Article:
    """Make an Article from a body text and optional metadata.

    The text's line endings are normalised to ``\\n`` and surrounding whitespace is stripped (the
    evidence offsets of coded events refer to this stored text). Blank metadata becomes None.

    Args:
        text: the article body.
        article_id: the caller's id; without one, a content hash of the text (see identity.py).
        title: headline.
        url: where it was published.
        publisher: who published it.
        published_on: a date, or an ISO / RFC 2822 string.
        source: where it was read from (path, ``path:line``, ``<stdin>``...).

    Raises:
        InputError: D105 when the text is empty, D107 when ``published_on`` is invalid.

    >>> a = article_from_text("  Iran fired missiles.\\r\\n", published_on="2024-10-01")
    >>> a.text, a.published_on.isoformat(), len(a.article_id)
    ('Iran fired missiles.', '2024-10-01', 16)
    """
    where = source or "<text>"
    body = normalise_text(text)
    if not body:
        raise DetenteError.make("D105", path=where)
    day = parse_published_on(published_on, where=where)
    ident = normalise_article_id(article_id) or make_article_id(body)
    return Article(article_id=ident, text=body, title=_clean(title), url=_clean(url),
                   publisher=_clean(publisher), published_on=day, source=source)


def normalise_text(text: str) -> str:
    r"""Normalise line endings, drop NUL characters and strip surrounding whitespace.

    >>> normalise_text("a\r\nb\rc\x00 ")
    'a\nb\nc'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
