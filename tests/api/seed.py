"""A small, hand-built event store for the API and dashboard tests (no NLP: records built directly).

Each article's sentences are real text and each event's evidence offsets point into it, so the
dashboard can highlight the source and target mentions. Codes, Goldstein weights, quad classes and
PLOVER types come from the bundled codebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tests.factories import actor_ref, make_event

from detente.analysis import QuestionBook
from detente.coding import Codebook
from detente.records import (
    ActorRef,
    Article,
    ArticleId,
    ArticleResult,
    Factuality,
    Location,
    QuadClass,
)
from detente.store import Store

EXAMPLE_QUESTIONS = Path(__file__).resolve().parents[2] / "examples" / "questions"


@dataclass(frozen=True, slots=True, kw_only=True)
class Seed:
    """One event to seed: who did what to whom in which sentence (mentions must occur in it)."""

    sentence: str
    source: tuple[str, str, str]  # actor_code, name, mention
    code: str
    target: tuple[str, str, str] | None
    factuality: Factuality = Factuality.ASSERTED
    place: tuple[str, str, float, float] | None = None  # name, country, lat, lon


ARTICLES: dict[str, tuple[date, str, list[Seed]]] = {
    "rus-irn-1": (date(2024, 10, 11), "Putin meets Pezeshkian in Ashgabat", [
        Seed(sentence="Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Friday.",
             source=("RUSGOV", "Vladimir Putin", "Vladimir Putin"), code="040",
             target=("IRNGOV", "Masoud Pezeshkian", "Masoud Pezeshkian"), place=("Ashgabat", "TKM", 37.95, 58.38)),
        Seed(sentence="Putin praised the growing partnership with Tehran.",
             source=("RUSGOV", "Vladimir Putin", "Putin"), code="051", target=("IRNGOV", "Iran", "Tehran")),
    ]),
    "rus-irn-2": (date(2025, 1, 17), "Russia and Iran sign a strategic partnership", [
        Seed(sentence="Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday.",
             source=("RUSGOV", "Russia", "Russia"), code="057", target=("IRNGOV", "Iran", "Iran"),
             place=("Moscow", "RUS", 55.75, 37.62)),
        Seed(sentence="Could Iran and Russia one day sign a mutual defence pact?",
             source=("IRNGOV", "Iran", "Iran"), code="057", target=("RUSGOV", "Russia", "Russia"),
             factuality=Factuality.QUESTION),
    ]),
    "isr-irn-1": (date(2024, 10, 2), "Iran fires missiles at Israel", [
        Seed(sentence="Iran fired about 200 ballistic missiles at Israel on Tuesday.",
             source=("IRNMIL", "Iran", "Iran"), code="195", target=("ISRGOV", "Israel", "Israel"),
             place=("Tel Aviv", "ISR", 32.08, 34.78)),
        Seed(sentence="Israel vowed that it would retaliate against Iran.",
             source=("ISRGOV", "Israel", "Israel"), code="138", target=("IRNGOV", "Iran", "Iran"),
             factuality=Factuality.FUTURE),
    ]),
    "isr-irn-2": (date(2024, 10, 26), "Israeli jets strike Iran", [
        Seed(sentence="Israeli jets struck military sites in Iran on Saturday.",
             source=("ISRMIL", "Israel", "Israeli jets"), code="195", target=("IRNMIL", "Iran", "Iran"),
             place=("Tehran", "IRN", 35.69, 51.39)),
        Seed(sentence="Iran did not fire back at Israel that night.",
             source=("IRNMIL", "Iran", "Iran"), code="195", target=("ISRGOV", "Israel", "Israel"),
             factuality=Factuality.NEGATED),
    ]),
    "prk-rus-1": (date(2024, 6, 19), "Kim and Putin sign a defence treaty", [
        Seed(sentence="Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang.",
             source=("PRKGOV", "Kim Jong Un", "Kim Jong Un"), code="057",
             target=("RUSGOV", "Vladimir Putin", "Vladimir Putin"), place=("Pyongyang", "PRK", 39.04, 125.76)),
    ]),
    "usa-chn-1": (date(2024, 11, 16), "Biden and Xi meet in Lima", [
        Seed(sentence="US President Joe Biden met Chinese leader Xi Jinping in Lima.",
             source=("USAGOV", "Joe Biden", "Joe Biden"), code="040", target=("CHNGOV", "Xi Jinping", "Xi Jinping"),
             place=("Lima", "PER", -12.05, -77.04)),
        Seed(sentence="Biden criticised China for its support of Russia.",
             source=("USAGOV", "Joe Biden", "Biden"), code="111", target=("CHNGOV", "China", "China")),
    ]),
}
"""article_id -> (published_on, title, events)."""


def seed_results(codebook: Codebook) -> list[ArticleResult]:
    """The coded articles of :data:`ARTICLES` as pipeline results."""
    results = []
    for article_id, (day, title, seeds) in ARTICLES.items():
        text = " ".join(s.sentence for s in seeds)
        article = Article(article_id=ArticleId(article_id), text=text, title=title, published_on=day,
                          publisher="Test Wire")
        events = []
        offset = 0
        for index, seed in enumerate(seeds):
            start = offset
            offset += len(seed.sentence) + 1
            entry = codebook.get(seed.code)
            src, tgt = _ref(seed.source), (_ref(seed.target) if seed.target else None)
            events.append(make_event(
                article_id=article_id, code=seed.code, text=seed.sentence, source=src, target=tgt,
                plover=entry.plover, quad_class=QuadClass(entry.quad_class), goldstein=entry.goldstein,
                factuality=seed.factuality, sentence_index=index, start=start, event_date=day,
                location=Location(name=seed.place[0], country=seed.place[1], lat=seed.place[2], lon=seed.place[3])
                if seed.place else None, confidence=0.8))
        results.append(ArticleResult(article=article, events=tuple(events), n_sentences=len(seeds)))
    return results


def seed_store(path: Path) -> dict[str, int]:
    """Write the seed articles, events and the two example questions into a new store at ``path``.

    Returns the number of events by factuality (and ``total``).
    """
    results = seed_results(Codebook.load())
    with Store.open(path) as store:
        run_id = store.start_run("test-seed", ["tests/api/seed.py"], {"detente": "test"})
        store.put_articles([r.article for r in results], run_id)
        store.write_results(results, run_id)
        store.finish_run(run_id, "finished")
        book = QuestionBook(store)
        for name in ("russia_iran_defence_treaty.toml", "crink_defence_pact.toml"):
            book.add_file(EXAMPLE_QUESTIONS / name)
        book.update(asof=date(2025, 6, 1))
    counts: dict[str, int] = {}
    for r in results:
        for e in r.events:
            counts[e.factuality.value] = counts.get(e.factuality.value, 0) + 1
    counts["total"] = sum(counts.values())
    return counts


def _ref(slot: tuple[str, str, str]) -> ActorRef:
    code, name, mention = slot
    return actor_ref(code, name=name, mention=mention)
