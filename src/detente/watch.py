"""Pipeline-level feed watcher: poll RSS/Atom feeds (over HTTP) or a folder and ingest new items only.

Each poll reads the source, drops the articles the store already holds coded (the store is the
memory of what was seen), and sends the rest through :func:`detente.runner.ingest_articles` as one
recorded run. A poll with nothing new records nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.errors import DetenteError
from detente.ingest import InputFormat, iter_articles, read_bytes
from detente.pipeline import Pipeline
from detente.records import Article, Problem
from detente.runner import RunReport, ingest_articles
from detente.store import Store

__all__ = ["PollReport", "fetch_feed", "is_url", "parse_interval", "poll_once", "watch"]

DEFAULT_TIMEOUT_S = 30.0
MAX_FEED_BYTES = 20_000_000
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True, slots=True, kw_only=True)
class PollReport:
    """One poll: how many items the source held, how many were new, and the run that stored them."""

    source: str
    items: int
    new: int
    problems: tuple[Problem, ...] = ()
    run: RunReport | None = None

    @property
    def events(self) -> int:
        """Events coded from the new items."""
        return self.run.events if self.run is not None else 0


def is_url(source: str) -> bool:
    """True for an ``http(s)://`` address (polled over HTTP); anything else is a file or folder."""
    return source.startswith(("http://", "https://"))


def parse_interval(value: str) -> float:
    """Seconds in ``10m``, ``90s``, ``1h``, ``1d`` or a plain number of seconds.

    Raises:
        UsageError: D801 for anything else, or an interval under one second.
    """
    text = value.strip().lower()
    unit = text[-1:] if text[-1:] in _UNITS else "s"
    number = text[:-1] if text[-1:] in _UNITS else text
    try:
        seconds = float(number) * _UNITS[unit]
    except ValueError:
        seconds = -1.0
    if seconds < 1:
        raise DetenteError.make("D801", reason=f"invalid interval {value!r}: use e.g. 90s, 10m, 1h")
    return seconds


def fetch_feed(url: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> Iterator[Article | Problem]:
    """The items of the feed at ``url`` as articles; a network or HTTP failure is one D101 problem."""
    import httpx

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "detente-watch"}) as response:
            response.raise_for_status()
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > MAX_FEED_BYTES:
                    raise DetenteError.make("D110", path=url, size=len(data), limit=MAX_FEED_BYTES)
    except DetenteError as err:
        yield Problem.from_error(err, source=url)
        return
    except httpx.HTTPError as err:
        reason = str(err) or type(err).__name__
        yield Problem.from_error(DetenteError.make("D101", path=url, reason=reason), source=url)
        return
    yield from read_bytes(bytes(data), source=url, declared=InputFormat.FEED)


def poll_once(store: Store, pipeline: Pipeline, source: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> PollReport:
    """Read ``source`` once and ingest the items the store does not hold coded yet.

    Args:
        store: the open store (its coded articles are what was already seen).
        pipeline: the coding pipeline.
        source: an ``http(s)://`` feed address, or a feed file or folder.
        timeout: seconds to wait for the feed server.
    """
    items = fetch_feed(source, timeout=timeout) if is_url(source) else iter_articles([Path(source)])
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        else:
            articles.append(item)
    total = len(articles)
    seen = store.coded_unchanged(articles)
    fresh = [a for a in articles if a.article_id not in seen]
    if not fresh and not problems:
        return PollReport(source=source, items=total, new=0)
    run = ingest_articles(store, pipeline, [*problems, *fresh], command="watch", inputs=[source])
    return PollReport(source=source, items=total, new=run.articles, problems=tuple(problems), run=run)


def watch(store: Store, pipeline: Pipeline, source: str, *, every_s: float, polls: int | None = None,
          on_poll: Callable[[PollReport], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> list[PollReport]:
    """Poll ``source`` every ``every_s`` seconds, ``polls`` times (None: until interrupted).

    The wait is measured from the start of each poll, so a slow poll does not shift the schedule.
    Returns the reports of the polls made (when ``polls`` is given).
    """
    reports: list[PollReport] = []
    count = 0
    while polls is None or count < polls:
        started = time.monotonic()
        report = poll_once(store, pipeline, source)
        count += 1
        if polls is not None:
            reports.append(report)
        if on_poll is not None:
            on_poll(report)
        if polls is not None and count >= polls:
            break
        sleep(max(0.0, every_s - (time.monotonic() - started)))
    return reports
