"""The pipeline wires stages 1-4: streaming, process planning, and per-article failure isolation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.config import Settings
from detente.errors import DetenteError
from detente.ingest import article_from_text
from detente.pipeline import PARALLEL_MIN_CHARS, Pipeline
from detente.records import Article, Factuality


def _articles(n: int, size: int) -> list[Article]:
    return [article_from_text(f"Article {i}. " + "x " * (size // 2), article_id=f"a{i}") for i in range(n)]


def test_pipeline_plan_uses_one_process_for_small_inputs() -> None:
    stream, n = Pipeline(Settings(n_process=0))._plan(iter(_articles(3, 100)))
    assert n == 1 and len(list(stream)) == 3


def test_pipeline_plan_uses_two_processes_for_large_inputs_and_loses_nothing() -> None:
    articles = _articles(40, PARALLEL_MIN_CHARS // 20)
    stream, n = Pipeline(Settings(n_process=0))._plan(iter(articles))
    import os

    cores = len(os.sched_getaffinity(0))
    assert n == (2 if cores >= 2 else 1)
    assert [a.article_id for a in stream] == [a.article_id for a in articles]


def test_pipeline_plan_honours_the_setting() -> None:
    assert Pipeline(Settings(n_process=1))._plan(iter(_articles(40, PARALLEL_MIN_CHARS)))[1] == 1


class _BrokenResolver:
    def resolve(self, doc: Any, published_on: date | None) -> Any:
        if "explode" in doc.text:
            raise RuntimeError("resolver blew up")
        from detente.records import ActorMentions

        return ActorMentions([])


@pytest.mark.slow
def test_pipeline_turns_one_failing_article_into_a_problem(nlp: Any, kb: Any, codebook: Any) -> None:
    pipeline = Pipeline(Settings(n_process=1), nlp=nlp, kb=kb, codebook=codebook)
    pipeline._resolver = _BrokenResolver()  # type: ignore[assignment]
    articles = [article_from_text("Iran met Russia.", article_id="ok1"),
                article_from_text("This will explode.", article_id="bad"),
                article_from_text("Russia met Iran.", article_id="ok2")]
    results = list(pipeline.code_articles(articles))
    assert [r.article.article_id for r in results] == ["ok1", "bad", "ok2"]
    assert results[1].problems and results[1].problems[0].code == "D001"
    assert "RuntimeError" in results[1].problems[0].message
    assert not results[0].problems and not results[2].problems


@pytest.mark.slow
def test_pipeline_code_text_returns_spec_events(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Iran fired ballistic missiles at Israel on Tuesday.", published_on=date(2024, 10, 2))
    fights = [e for e in events if e.root_code == "19"]
    assert fights, events
    e = fights[0]
    assert e.source is not None and e.source.country == "IRN"
    assert e.target is not None and e.target.country == "ISR"
    assert e.factuality is Factuality.ASSERTED and e.event_date == date(2024, 10, 1)
    assert e.evidence.text.startswith("Iran fired")


@pytest.mark.slow
def test_pipeline_code_text_rejects_empty_text(pipeline: Pipeline) -> None:
    with pytest.raises(DetenteError):
        pipeline.code_text("   ")


@pytest.mark.slow
def test_code_text_public_function_matches_pipeline(pipeline: Pipeline) -> None:
    import detente

    text = "France and Germany urged Iran to show restraint."
    got = detente.code_text(text, published_on="2024-10-02", settings=Settings(n_process=1))
    want = pipeline.code_text(text, published_on=date(2024, 10, 2))
    assert [e.to_dict() for e in got] == [e.to_dict() for e in want]
