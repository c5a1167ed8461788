"""The ingest runner: re-runs skip what is coded from the same text, and code what changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from detente.ingest import article_from_text
from detente.records.query import EventQuery
from detente.runner import ingest_articles
from detente.store import Store

pytestmark = pytest.mark.slow


def _article(text: str) -> Any:
    return article_from_text(text, article_id="r1", published_on=None)


def test_runner_skips_articles_coded_from_the_same_text(tmp_path: Path, pipeline: Any) -> None:
    with Store.open(tmp_path / "r.duckdb") as store:
        first = ingest_articles(store, pipeline, [_article("Iran fired missiles at Israel.")])
        again = ingest_articles(store, pipeline, [_article("Iran fired missiles at Israel.")])
    assert (first.articles, first.skipped) == (1, 0)
    assert (again.articles, again.skipped) == (0, 1)


def test_runner_recodes_an_article_whose_text_changed(tmp_path: Path, pipeline: Any) -> None:
    with Store.open(tmp_path / "r.duckdb") as store:
        ingest_articles(store, pipeline, [_article("Iran fired missiles at Israel.")])
        report = ingest_articles(store, pipeline, [_article("Russia fired missiles at Ukraine.")])
        stored = store.get_article("r1")
        events = store.query_events(EventQuery(article_id="r1", factuality=None))
    assert (report.articles, report.skipped) == (1, 0)
    assert stored is not None and stored.text.startswith("Russia")
    assert events and {e.source.country for e in events if e.source} == {"RUS"}


def test_runner_recode_codes_again_even_when_unchanged(tmp_path: Path, pipeline: Any) -> None:
    with Store.open(tmp_path / "r.duckdb") as store:
        ingest_articles(store, pipeline, [_article("Iran fired missiles at Israel.")])
        report = ingest_articles(store, pipeline, [_article("Iran fired missiles at Israel.")], recode=True)
    assert (report.articles, report.skipped) == (1, 0)
