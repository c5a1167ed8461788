"""REST shell: ``POST /articles``: ingest one or many articles through the pipeline and return their events."""

from __future__ import annotations

from fastapi import APIRouter, Body

from detente.analysis import QuestionBook
from detente.api.deps import WRITE, StateDep
from detente.api.schemas import ArticleIn, CodedArticleOut, ErrorOut, EventOut, IngestOut, ProblemOut
from detente.errors import DetenteError
from detente.ingest import article_from_text
from detente.records.query import EventQuery
from detente.runner import ingest_articles

router = APIRouter(tags=["articles"])

MAX_ARTICLES = 200
"""The most articles one request may carry."""

_EXAMPLE = {"id": "s003-01", "published_on": "2024-10-09", "title": "Putin to meet Pezeshkian",
            "text": "Russia's Putin is scheduled to meet with Iran's president on Friday in Turkmenistan."}


@router.post("/articles", response_model=IngestOut, status_code=201, dependencies=WRITE,
             responses={400: {"model": ErrorOut}, 401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                        422: {"model": ErrorOut}, 503: {"model": ErrorOut}})
def post_articles(state: StateDep,
                  body: ArticleIn | list[ArticleIn] = Body(openapi_examples={
                      "one": {"summary": "one article", "value": _EXAMPLE},
                      "many": {"summary": "a list of articles", "value": [_EXAMPLE]}})) -> IngestOut:
    """Store and code articles (the JSON input format); answer their ids and coded events.

    Re-posting an article that is already coded codes nothing again (``already_stored``) and returns its
    stored events. The watched questions are re-evaluated afterwards, as after ``detente ingest``.
    The request is checked whole first: one article without text or with a bad ``published_on`` refuses
    them all (400, naming ``POST /articles[i]``). The first call loads the spaCy model.
    """
    items = body if isinstance(body, list) else [body]
    if not items or len(items) > MAX_ARTICLES:
        raise DetenteError.make("D806", route="POST /articles",
                                reason=f"send 1 to {MAX_ARTICLES} articles, got {len(items)}")
    articles = [article_from_text(item.text, article_id=item.id, title=item.title, url=item.url,
                                  publisher=item.publisher, published_on=item.published_on,
                                  source=f"POST /articles[{i}]")
                for i, item in enumerate(items)]
    pipeline = state.pipeline()
    with state.writer() as store:
        done = store.coded_unchanged(articles)
        report = ingest_articles(store, pipeline, articles, command="api", inputs=["POST /articles"])
        state.note_model_ready()
        QuestionBook(store, state.registry()).update()
        coded: list[CodedArticleOut] = []
        seen: set[str] = set()
        for article in articles:
            if article.article_id in seen:
                continue
            seen.add(article.article_id)
            events = store.query_events(EventQuery(article_id=article.article_id, factuality=None))
            coded.append(CodedArticleOut(article_id=article.article_id, title=article.title,
                                         published_on=article.published_on,
                                         already_stored=article.article_id in done,
                                         events=[EventOut.from_record(e) for e in events]))
    return IngestOut(run_id=report.run_id, articles=coded, events=sum(len(a.events) for a in coded),
                     problems=[ProblemOut.from_record(p) for p in report.problems])

