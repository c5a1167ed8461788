"""detente.ingest — stage 1: files, folders, feeds and stdin -> Article | Problem."""

from detente.ingest.article import article_from_text
from detente.ingest.dates import parse_published_on
from detente.ingest.identity import make_article_id
from detente.ingest.ingest import iter_articles, read_bytes
from detente.ingest.sniff import InputFormat

__all__ = [
    "InputFormat",
    "article_from_text",
    "iter_articles",
    "make_article_id",
    "parse_published_on",
    "read_bytes",
]
