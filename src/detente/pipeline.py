"""Pipeline: the one place that wires stages 1-4 together (Article -> Doc -> actors -> Events).

``Pipeline.code_articles`` streams: memory stays flat whatever the corpus size. The spaCy parse
runs in batches through ``nlp.pipe``; on large inputs worker processes each parse *and* code a share
of the articles (detente.parallel), so every core does all the work.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import operator
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from detente.config import Settings
from detente.errors import DetenteError
from detente.parallel import code_in_workers
from detente.records import ActorRef, Article, ArticleResult, Event, Problem, ResolvedActor
from detente.records.event import Evidence, Location, Plover

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from detente.actors import ActorResolver, KnowledgeBase
    from detente.coding import Codebook, EventCoder

__all__ = ["Pipeline", "PARALLEL_MIN_CHARS"]

log = logging.getLogger(__name__)

PARALLEL_MIN_CHARS = 400_000
"""Inputs smaller than this (about 60k words) are parsed in one process: starting a second costs more."""


class Pipeline:
    """Codes articles into events: parse, resolve actors on each article's date, code events.

    Heavy parts (the spaCy model, the knowledge base, the codebook) load on first use, or are
    passed in (tests and long-running servers share one instance).

    Example:
        >>> from detente.pipeline import Pipeline  # doctest: +SKIP
        >>> events = Pipeline().code_text("Iran fired missiles at Israel.", published_on=date(2024, 10, 1))  # doctest: +SKIP
    """

    def __init__(self, settings: Settings | None = None, *, nlp: Language | None = None,
                 kb: KnowledgeBase | None = None, codebook: Codebook | None = None) -> None:
        self.settings = settings if settings is not None else Settings.from_env()
        self._nlp = nlp
        self._kb = kb
        self._codebook = codebook
        self._resolver: ActorResolver | None = None
        self._coder: EventCoder | None = None

    # -- components, loaded on first use -------------------------------------------------------

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (``ModelError`` D201 when it is not installed)."""
        if self._nlp is None:
            from detente.nlp import load_model

            self._nlp = load_model(self.settings.model_name)
        return self._nlp

    @property
    def kb(self) -> KnowledgeBase:
        """The actor knowledge base: the bundled data plus ``settings.actor_files``."""
        if self._kb is None:
            from detente.actors import KnowledgeBase

            self._kb = KnowledgeBase.load(self.settings.actor_files)
        return self._kb

    @property
    def codebook(self) -> Codebook:
        """The CAMEO/PLOVER codebook."""
        if self._codebook is None:
            from detente.coding import Codebook

            self._codebook = Codebook.load()
        return self._codebook

    @property
    def resolver(self) -> ActorResolver:
        """Resolves actor mentions of a Doc on the article's date."""
        if self._resolver is None:
            from detente.actors import ActorResolver

            self._resolver = ActorResolver(self.kb)
        return self._resolver

    @property
    def coder(self) -> EventCoder:
        """Turns a Doc and its actor mentions into events."""
        if self._coder is None:
            from detente.coding import EventCoder, Gazetteer

            self._coder = EventCoder(self.codebook, Gazetteer.load())
        return self._coder

    def versions(self) -> dict[str, str]:
        """Versions of detente, the model, the knowledge base and the codebook (stored on every run)."""
        from detente.nlp import model_version
        from detente.version import __version__

        return {"detente": __version__, "model": model_version(self.nlp), "kb": self.kb.version,
                "codebook": self.codebook.version}

    # -- coding --------------------------------------------------------------------------------

    def code_articles(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Code each article, in input order; a failure in one article is a Problem, not a crash.

        Args:
            articles: any iterable; it is consumed lazily.

        Yields:
            One ``ArticleResult`` per article (with ``problems`` set when coding it failed).
        """
        # Make sure every component is loaded before parsing starts (errors surface early).
        _ = (self.resolver, self.coder, self.nlp)
        stream, n_process = self._plan(iter(articles))
        if n_process > 1:
            register_wire_reducers()  # articles go out and results come back in the compact form below
            yield from code_in_workers(self._code_serial, stream, n_process=n_process,
                                       chunk_size=self.settings.batch_size)
        else:
            yield from self._code_serial(stream)

    def _code_serial(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Parse and code in this process (each worker process runs this on its chunks)."""
        resolver, coder, nlp = self.resolver, self.coder, self.nlp
        pairs = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield self._code_doc(doc, article, resolver, coder)

    def code_article(self, article: Article) -> ArticleResult:
        """Code one article (single process)."""
        return self._code_doc(self.nlp(article.text), article, self.resolver, self.coder)

    def code_text(self, text: str, *, published_on: date | str | None = None, article_id: str | None = None,
                  title: str | None = None) -> list[Event]:
        """Code a text and return its events (every factuality; filter with ``e.factuality``)."""
        from detente.ingest import article_from_text, parse_published_on

        day = parse_published_on(published_on) if isinstance(published_on, str) else published_on
        article = article_from_text(text, article_id=article_id, title=title, published_on=day)
        result = self.code_article(article)
        if result.problems:
            problem = result.problems[0]
            raise DetenteError(problem.code, problem.message, problem.hint, where=problem.source)
        return list(result.events)

    # -- internals -----------------------------------------------------------------------------

    def _code_doc(self, doc: Doc, article: Article, resolver: ActorResolver, coder: EventCoder) -> ArticleResult:
        n_sentences = sum(1 for _ in doc.sents)
        try:
            mentions = resolver.resolve(doc, article.published_on)
            events = coder.code(doc, mentions, article=article)
        except DetenteError as err:
            problem = Problem.from_error(err, source=article.source or article.article_id,
                                         article_id=article.article_id)
            return ArticleResult(article=article, n_sentences=n_sentences, problems=(problem,))
        except Exception as err:  # noqa: BLE001 - per-article boundary: one bad article must not stop the batch
            log.exception("coding article %s failed", article.article_id)
            problem = Problem(source=article.source or article.article_id, article_id=article.article_id,
                              code="D001", message=f"coding failed: {type(err).__name__}: {err}",
                              hint="this is a bug in detente; please report it with the article")
            return ArticleResult(article=article, n_sentences=n_sentences, problems=(problem,))
        return ArticleResult(article=article, events=tuple(events), n_sentences=n_sentences,
                             mentions=tuple(mentions))

    def _plan(self, articles: Iterator[Article]) -> tuple[Iterator[Article], int]:
        """Pick the number of parser processes: the setting, or 2 when the input is large."""
        if self.settings.n_process > 0:
            return articles, self.settings.n_process
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        if cores < 2:
            return articles, 1
        head: list[Article] = []
        size = 0
        for article in articles:
            head.append(article)
            size += len(article.text)
            if size >= PARALLEL_MIN_CHARS:
                return itertools.chain(head, articles), 2
        return iter(head), 1


# -- the wire form of records between the pipeline and its workers ------------------------------
#
# Every article goes to a worker and comes back as an ``ArticleResult`` holding tens of events and actor
# mentions, each a frozen dataclass with nested records. The standard pickling of a frozen, slotted dataclass
# lists its fields and sets them one by one through ``dataclasses.fields()`` on both sides; that cost about a
# tenth of the coding time itself, and the parent pays its half alone (it unpickles every result). Here each
# such class crosses as its field values in one tuple and is rebuilt by its slots' own setters: the same
# objects, equal field for field, at about half the cost. Only the multiprocessing pickler used between
# processes changes; ``pickle.dumps`` elsewhere is untouched.

WIRE_CLASSES: tuple[type, ...] = (ArticleResult, Article, Event, Evidence, Plover, Location, ActorRef,
                                  ResolvedActor, Problem)
"""The records that cross between the pipeline and its workers (an article out, its result back)."""

_Setter = Callable[[Any, Any], None]
_SETTERS: dict[type, tuple[_Setter, ...]] = {}
_wire_registered = False


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """A ``cls`` instance with ``values`` in its fields' order (no ``__init__``, as unpickling never runs it)."""
    obj: Any = object.__new__(cls)
    for set_field, value in zip(_SETTERS[cls], values, strict=True):
        set_field(obj, value)
    return obj


def _reducer(cls: type) -> Callable[[Any], tuple[Callable[[type, tuple[Any, ...]], Any], tuple[type, Any]]]:
    names = [f.name for f in dataclasses.fields(cls)]
    # a frozen dataclass refuses setattr; the slot descriptors themselves still set the value
    _SETTERS[cls] = tuple(cls.__dict__[name].__set__ for name in names)
    get = operator.attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name returns the value itself, not a tuple
        return lambda obj: (_rebuild, (cls, (get(obj),)))
    return lambda obj: (_rebuild, (cls, get(obj)))


def register_wire_reducers() -> None:
    """Pickle ``WIRE_CLASSES`` compactly between processes of ``multiprocessing`` (idempotent)."""
    global _wire_registered
    if _wire_registered:
        return
    from multiprocessing.reduction import ForkingPickler

    for cls in WIRE_CLASSES:
        ForkingPickler.register(cls, _reducer(cls))
    _wire_registered = True
