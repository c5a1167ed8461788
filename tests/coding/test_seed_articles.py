"""End to end on the two seed articles (read from ../shared, never copied): what must and must not be asserted."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from tests.conftest import SEEDS, require_shared

from detente.records import Article, Event, Factuality

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_events(nlp: Any, resolver: Any, coder: Any) -> dict[str, list[Event]]:
    path = require_shared(SEEDS / "articles.jsonl")
    out: dict[str, list[Event]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = Article(article_id=record["id"], text=record["text"],
                          published_on=date.fromisoformat(record["published_on"]))
        doc = nlp(article.text)
        out[article.article_id] = coder.code(doc, resolver.resolve(doc, article.published_on), article=article)
    return out


def _find(events: list[Event], root: str, source: str | None, target: str | None,
          factuality: Factuality) -> list[Event]:
    return [e for e in events if e.root_code == root and e.factuality is factuality
            and (source is None or (e.source is not None and e.source.country == source))
            and (target is None or (e.target is not None and e.target.country == target))]


def _in_sentences_with(events: list[Event], *phrases: str) -> list[Event]:
    return [e for e in events if any(p in e.evidence.text for p in phrases)]


def test_seed_iran_fires_ballistic_missiles_at_israel(seed_events: dict[str, list[Event]]) -> None:
    found = _find(seed_events["seed-003"], "19", "IRN", "ISR", Factuality.ASSERTED)
    assert found and any("lobbed" in (e.trigger or "") for e in found)


def test_seed_russia_uses_the_drones_in_ukraine(seed_events: dict[str, list[Event]]) -> None:
    assert _find(seed_events["seed-003"], "19", "RUS", "UKR", Factuality.ASSERTED)


def test_seed_iran_supplies_attack_drones_to_russia(seed_events: dict[str, list[Event]]) -> None:
    assert _find(seed_events["seed-003"], "07", "IRN", "RUS", Factuality.ASSERTED)


def test_seed_putin_scheduled_to_meet_irans_president(seed_events: dict[str, list[Event]]) -> None:
    found = [e for e in seed_events["seed-003"] if e.root_code in ("03", "04") and e.factuality is Factuality.FUTURE
             and e.source is not None and e.source.country == "RUS"
             and e.target is not None and e.target.actor_code.startswith("IRNGOV")]
    assert found and found[0].event_date == date(2024, 10, 11)


def test_seed_iranian_minister_visits_putin_in_the_kremlin(seed_events: dict[str, list[Event]]) -> None:
    assert _find(seed_events["seed-000"], "04", "IRN", "RUS", Factuality.ASSERTED)


@pytest.mark.parametrize(("article", "phrases"), [
    ("seed-003", ("would escalate", "Will Putin sign", "would Iran want", "how would Russia do it",
                  "would ask Putin to sign", "such cooperation would act")),
    ("seed-000", ("may have anticipated", "Were Russia and Iran still allies", "Or was Iran seeking",
                  "A cynic would say", "might have had another", "may be dominated")),
])
def test_seed_questions_and_conditionals_assert_nothing(seed_events: dict[str, list[Event]], article: str,
                                                        phrases: tuple[str, ...]) -> None:
    events = _in_sentences_with(seed_events[article], *phrases)
    asserted = [(e.trigger, e.evidence.text[:60]) for e in events if e.factuality is Factuality.ASSERTED]
    assert not asserted
