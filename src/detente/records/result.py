"""ArticleResult: what the pipeline yields for one article (stage 4 output)."""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.records.article import Article
from detente.records.event import Event
from detente.records.mention import ResolvedActor
from detente.records.problem import Problem


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleResult:
    """An article with its coded events, sentence count and any problems met coding it."""

    article: Article
    events: tuple[Event, ...] = ()
    n_sentences: int = 0
    mentions: tuple[ResolvedActor, ...] = field(default=(), repr=False)
    problems: tuple[Problem, ...] = ()
