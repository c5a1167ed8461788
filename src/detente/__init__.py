"""detente: turn news text into coded political events, actors, relations and treaties.

The public surface is small and listed in ``__all__`` (tests/test_public_api.py checks it)::

    import detente
    events = detente.code_text("Iran fired missiles at Israel.", published_on="2024-10-01")
"""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from detente.config import Settings
from detente.errors import DetenteError
from detente.records import Article, Event, Factuality, Problem

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

from detente.version import __version__

__all__ = [
    "Article",
    "DetenteError",
    "Event",
    "Factuality",
    "Pipeline",
    "Problem",
    "Settings",
    "__version__",
    "code_text",
    "open_store",
]


def code_text(text: str, *, published_on: date | str | None = None, article_id: str | None = None,
              title: str | None = None, settings: Settings | None = None) -> list[Event]:
    """Code one text and return its events, exactly as ``detente code`` prints them.

    Events of every factuality are returned; only ``Factuality.ASSERTED`` ones state that the
    event happened. The model and knowledge base load once per process.

    Args:
        text: the article body.
        published_on: publication date (``date`` or ISO string); relative dates resolve against it.
        article_id: the caller's id (default: a content hash).
        title: headline, kept with the article.
        settings: overrides (e.g. extra actor files); default from ``DETENTE_*`` variables.
    """
    return _default_pipeline(settings).code_text(text, published_on=published_on, article_id=article_id,
                                                 title=title)


def open_store(path: str | None = None):  # type: ignore[no-untyped-def]
    """Open (or create) a detente DuckDB store; default ``$DETENTE_DB`` or ``detente.duckdb``."""
    from detente.store import Store

    settings = Settings.from_env(db_path=path)
    return Store.open(settings.db_path)


def __getattr__(name: str) -> object:
    if name == "Pipeline":
        from detente.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'detente' has no attribute {name!r}")


def _default_pipeline(settings: Settings | None) -> Pipeline:
    return _cached_pipeline(settings if settings is not None else Settings.from_env())


@functools.lru_cache(maxsize=4)
def _cached_pipeline(settings: Settings) -> Pipeline:
    from detente.pipeline import Pipeline

    return Pipeline(settings)
