"""Runs: read inputs, keep the raw articles, code them and store the results, as one recorded run.

This is the library behind ``detente ingest`` (and the REST ``POST /articles``): every run is a
row in ``runs``; raw articles are stored before coding; results are written one transaction
per batch, so an interrupted run can be resumed and a re-run never duplicates anything.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO, TypeVar

from detente.errors import DetenteError
from detente.ingest import iter_articles
from detente.pipeline import Pipeline
from detente.records import Article, ArticleResult, Problem
from detente.store import Store

__all__ = ["RunReport", "ingest_articles", "ingest_paths"]

T = TypeVar("T")

BATCH_SIZE = 64
"""Articles per stored batch (one transaction each)."""


@dataclass(slots=True, kw_only=True)
class RunReport:
    """What a run did: counts, the problems met, and its id in the store's ``runs`` table."""

    run_id: str
    articles: int = 0
    skipped: int = 0
    events: int = 0
    asserted: int = 0
    sentences: int = 0
    problems: list[Problem] = field(default_factory=list)
    status: Literal["finished", "failed", "interrupted"] = "finished"

    @property
    def ok(self) -> bool:
        """True when the run finished with no problems."""
        return self.status == "finished" and not self.problems


ProgressCallback = Callable[[RunReport], None]


def ingest_paths(store: Store, pipeline: Pipeline, paths: Sequence[str | Path], *, stdin: TextIO | None = None,
                 resume: bool = False, recode: bool = False, strict: bool = False,
                 progress: ProgressCallback | None = None) -> RunReport:
    """Read ``paths`` (files, folders, ``-``), code every new article and store it all.

    Args:
        store: the open store to write to.
        pipeline: the coding pipeline.
        paths: inputs, as for ``detente ingest``.
        stdin: the stream ``-`` reads (default ``sys.stdin``).
        resume: first mark runs a killed process left ``running`` as interrupted. Articles already
            coded from the same text are skipped on every run (unless ``recode``), so the rerun
            codes only what the interrupted one had not finished.
        recode: code articles again even when they were coded from the same text.
        strict: stop at the first problem (raises its ``DetenteError``).
        progress: called after each stored batch with the running report.

    Returns:
        The run's report; problems are also stored in the ``problems`` table.
    """
    items = iter_articles(paths, stdin=stdin)
    return ingest_articles(store, pipeline, items, command="ingest", inputs=[str(p) for p in paths],
                           resume=resume, recode=recode, strict=strict, progress=progress)


def ingest_articles(store: Store, pipeline: Pipeline, items: Iterable[Article | Problem], *, command: str = "ingest",
                    inputs: Sequence[str] = (), resume: bool = False, recode: bool = False, strict: bool = False,
                    progress: ProgressCallback | None = None,
                    on_result: Callable[[ArticleResult], None] | None = None) -> RunReport:
    """Like :func:`ingest_paths`, over articles (and problems) already read."""
    if resume:
        _close_dead_runs(store)
    run_id = store.start_run(command, list(inputs), pipeline.versions())
    report = RunReport(run_id=run_id)

    def to_code() -> Iterator[Article]:
        """The new or changed articles, stored raw (one transaction per batch) just before they go to the coder."""
        for batch in _batches(_articles_only(items, report, strict), BATCH_SIZE):
            done = set() if recode else store.coded_unchanged(batch)
            todo = [a for a in batch if a.article_id not in done]
            report.skipped += len(batch) - len(todo)
            if todo:
                store.put_articles(todo, run_id)
                yield from todo

    try:
        # One stream through the pipeline (not one call per batch), so that a large run can use
        # every core; results are stored a batch at a time as they come back, in input order.
        for results in _batches(pipeline.code_articles(to_code()), BATCH_SIZE):
            for result in results:
                report.articles += 1
                report.sentences += result.n_sentences
                report.events += len(result.events)
                report.asserted += sum(1 for e in result.events if e.factuality.counts)
                for problem in result.problems:
                    if strict:
                        raise DetenteError(problem.code, problem.message, problem.hint, where=problem.source)
                    report.problems.append(problem)
                if on_result is not None:
                    on_result(result)
            store.write_results(results, run_id)
            if progress is not None:
                progress(report)
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    except BaseException:
        report.status = "failed"
        raise
    finally:
        if report.problems:
            store.add_problems(report.problems, run_id)
        store.finish_run(run_id, report.status, articles=report.articles, events=report.events,
                         problems=len(report.problems))
    return report


def _close_dead_runs(store: Store) -> None:
    """Mark runs left ``running`` by a killed process as ``interrupted`` (what --resume picks up after)."""
    for run in store.runs():
        if run.status == "running":
            store.finish_run(run.run_id, "interrupted")


def _articles_only(items: Iterable[Article | Problem], report: RunReport, strict: bool) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Problem):
            if strict:
                raise DetenteError(item.code, item.message, item.hint, where=item.source)
            report.problems.append(item)
        else:
            yield item


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
