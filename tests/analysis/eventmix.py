"""Test stores for the analysis stage: realistic mixes of coded events written to a real DuckDB store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tests import factories

from detente.records import (
    Article,
    ArticleId,
    ArticleResult,
    Event,
    Factuality,
    Plover,
    QuadClass,
)
from detente.store import Store

QUESTIONS = Path(__file__).resolve().parents[2] / "examples" / "questions"
EXAMPLE = QUESTIONS / "russia_iran_defence_treaty.toml"
CRINK = QUESTIONS / "crink_defence_pact.toml"
DEFENCE = "Russia and Iran signed a mutual defence treaty in Tehran."

# CAMEO code -> (name, quad class, Goldstein weight, PLOVER type); values from the CAMEO codebook.
CODES: dict[str, tuple[str, int, float, str]] = {
    "036": ("meet", 1, 4.0, "CONSULT"),
    "042": ("visit", 1, 1.9, "CONSULT"),
    "043": ("host a visit", 1, 2.8, "CONSULT"),
    "051": ("praise", 1, 3.4, "SUPPORT"),
    "057": ("sign formal agreement", 1, 8.0, "AGREE"),
    "0312": ("express intent to cooperate militarily", 1, 5.2, "AGREE"),
    "061": ("cooperate economically", 2, 6.4, "COOPERATE"),
    "062": ("cooperate militarily", 2, 7.4, "COOPERATE"),
    "070": ("provide aid", 2, 7.0, "AID"),
    "111": ("criticize or denounce", 3, -2.0, "ACCUSE"),
    "112": ("accuse", 3, -2.0, "ACCUSE"),
    "138": ("threaten with military force", 3, -7.0, "THREATEN"),
    "128": ("defy norms, law", 3, -4.0, "REJECT"),
    "161": ("reduce or break diplomatic relations", 4, -4.0, "SANCTION"),
    "163": ("impose embargo or sanctions", 4, -8.0, "SANCTION"),
    "173": ("arrest or detain", 4, -5.0, "COERCE"),
    "190": ("use conventional military force", 4, -10.0, "ASSAULT"),
    "195": ("employ aerial weapons", 4, -10.0, "ASSAULT"),
}


@dataclass(frozen=True)
class Spec:
    """One test event: when, who, what, and how the text put it."""

    day: date | None
    source: str
    code: str
    target: str
    factuality: str = "asserted"
    confidence: float = 0.8
    sentence: str | None = None


def make_event(spec: Spec, article_id: str, index: int) -> Event:
    """A full :class:`Event` record from a :class:`Spec`."""
    name, quad, goldstein, plover = CODES[spec.code]
    text = spec.sentence or f"{spec.source} and {spec.target}: {name}."
    return factories.make_event(article_id=article_id, code=spec.code, text=text,
                                source=factories.actor_ref(spec.source), target=factories.actor_ref(spec.target),
                                plover=Plover(event_type=plover), quad_class=QuadClass(quad), goldstein=goldstein,
                                factuality=Factuality(spec.factuality), sentence_index=index, event_date=spec.day,
                                confidence=spec.confidence)


def write_events(store: Store, specs: Sequence[Spec], prefix: str = "a") -> list[Event]:
    """Write each spec as one coded article (its sentence as the text) through ``store.write_results``."""
    results = []
    events = []
    for i, spec in enumerate(specs):
        article_id = f"{prefix}-{i}"
        event = make_event(spec, article_id, 0)
        events.append(event)
        article = Article(article_id=ArticleId(article_id), text=event.evidence.text,
                          published_on=spec.day, publisher="Test Wire")
        results.append(ArticleResult(article=article, events=(event,), n_sentences=1))
    store.write_results(results, None)
    return events


def build_store(path: Path, specs: Sequence[Spec]) -> Store:
    """An open store at ``path`` holding ``specs`` (close it, or use it as a context manager)."""
    store = Store.open(path)
    write_events(store, specs)
    return store


D = date


def realistic_mix() -> list[Spec]:
    """Cooperation and conflict between several pairs over 2025 (Russia, Iran, North Korea, China,
    Israel, the US, Ukraine), with non-asserted statements mixed in."""
    s: list[Spec] = []
    # Russia - Iran: steady cooperation; the January 2025 partnership treaty; talk of defence.
    s += [Spec(D(2025, 1, 17), "RUSGOV", "057", "IRNGOV", confidence=0.9,
               sentence="Putin and Pezeshkian signed a comprehensive strategic partnership treaty in Moscow.")]
    s += [Spec(D(2025, 1, 17), "RUSGOV", "057", "IRNGOV", factuality="negated", confidence=0.8,
               sentence="The treaty does not provide for mutual military assistance, Russian officials said.")]
    for m in range(2, 12):
        s.append(Spec(D(2025, m, 10), "RUSGOV", "036", "IRNGOV"))
        if m % 2 == 0:
            s.append(Spec(D(2025, m, 20), "IRNGOV", "061", "RUSBUS"))
    s += [Spec(D(2025, 6, 15), "RUSGOV", "111", "ISRGOV")]
    s += [Spec(D(2025, 7, 3), "RUSMIL", "062", "IRNMIL")]
    s += [Spec(D(2025, 9, 1), "RUSGOV", "057", "IRNGOV", factuality="hypothetical", confidence=0.6,
               sentence="Russia could sign a mutual defence pact with Iran, an analyst said.")]
    # Israel / US - Iran: the June 2025 war.
    for d in (13, 14, 15, 16, 18, 20, 22):
        s.append(Spec(D(2025, 6, d), "ISRMIL", "195", "IRN"))
    s += [Spec(D(2025, 6, 14), "IRNMIL", "190", "ISR"), Spec(D(2025, 6, 22), "USAMIL", "195", "IRN")]
    s += [Spec(D(2025, 3, 5), "USAGOV", "163", "IRNGOV"), Spec(D(2025, 4, 12), "USAGOV", "036", "IRNGOV"),
          Spec(D(2025, 5, 2), "IRNGOV", "112", "USAGOV"), Spec(D(2025, 8, 1), "IRNGOV", "138", "ISRGOV")]
    # Russia - North Korea and China - Russia: military and economic cooperation.
    for m in (1, 3, 5, 7, 9, 11):
        s.append(Spec(D(2025, m, 5), "PRKMIL", "062", "RUSMIL"))
        s.append(Spec(D(2025, m, 8), "CHNGOV", "061", "RUSGOV"))
    s += [Spec(D(2025, 4, 25), "PRKGOV", "043", "CHNGOV"), Spec(D(2025, 9, 3), "CHNGOV", "036", "PRKGOV")]
    # Russia - Ukraine: war all year; US - Ukraine aid.
    for m in range(1, 12):
        s.append(Spec(D(2025, m, 2), "RUSMIL", "190", "UKRMIL"))
        s.append(Spec(D(2025, m, 12), "UKRMIL", "195", "RUSMIL"))
        s.append(Spec(D(2025, m, 22), "USAGOV", "070", "UKRGOV"))
    s += [Spec(D(2025, 5, 16), "RUSGOV", "036", "UKRGOV")]
    # An undated event and a non-asserted future visit.
    s += [Spec(None, "RUSGOV", "042", "IRNGOV"),
          Spec(D(2025, 12, 1), "IRNGOV", "042", "RUSGOV", factuality="future")]
    return s
