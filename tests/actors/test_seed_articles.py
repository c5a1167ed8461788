"""The seed articles' actor phrases, resolved on their publication dates (read from ../shared, never copied).

Uses the bundled knowledge base once it lists Iran's office holders, and the test fixture before.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.actors.mentions import find_mention
from tests.conftest import SEEDS, require_shared

from detente.actors import ActorResolver, KnowledgeBase
from detente.records import ResolvedActor

FIXTURE = Path(__file__).parent / "data" / "officeholders_fixture.csv"


@pytest.fixture(scope="module")
def seed_mentions(kb: Any, nlp: Any) -> dict[str, list[ResolvedActor]]:
    path = require_shared(SEEDS / "articles.jsonl")
    base = kb if kb.holders("IRN", "foreign_minister", date(2025, 6, 24)) else KnowledgeBase.load(
        [FIXTURE], officeholders=False)
    resolver = ActorResolver(base)
    out: dict[str, list[ResolvedActor]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        doc = nlp(article["text"])
        out[article["id"]] = list(resolver.resolve(doc, date.fromisoformat(article["published_on"])))
    return out


_first = find_mention


def test_seed_iran_president_is_pezeshkian(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    m = _first(seed_mentions["seed-003"], "Iran’s president")
    assert (m.actor_code, m.name) == ("IRNGOV", "Masoud Pezeshkian")


def test_seed_russias_putin_is_one_mention(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    m = _first(seed_mentions["seed-003"], "Russia’s Putin")
    assert (m.actor_code, m.name) == ("RUSGOV", "Vladimir Putin")


def test_seed_question_word_is_not_an_actor(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    assert _first(seed_mentions["seed-003"], "Putin").actor_code == "RUSGOV"
    assert not any(m.mention.startswith("Will") for m in seed_mentions["seed-003"])


def test_seed_kremlin_is_the_russian_government(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    assert _first(seed_mentions["seed-000"], "Kremlin").actor_code == "RUSGOV"


def test_seed_araghchi_full_then_partial(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    mentions = seed_mentions["seed-000"]
    full = _first(mentions, "foreign minister Abbas Araghchi")
    later = [m for m in mentions if m.mention == "Araghchi"]
    assert full.actor_code == "IRNGOV" and full.name == "Abbas Araghchi"
    assert later and all(m.actor_code == "IRNGOV" and m.name == "Abbas Araghchi" for m in later)


def test_seed_descriptions_and_titles(seed_mentions: dict[str, list[ResolvedActor]]) -> None:
    mentions = seed_mentions["seed-000"]
    assert _first(mentions, "its top diplomat").name == "Abbas Araghchi"
    assert _first(mentions, "supreme leader Ayatollah Ali Khamenei").actor_code == "IRNGOV"
    assert _first(mentions, "American president").name == "Donald Trump"
    assert _first(mentions, "ambassador").name == "Abbas Araghchi"
    assert _first(mentions, "Crink axis").actor_code == "GRPCRK"
    assert _first(mentions, "Tehran regime").actor_code == "IRNGOV"
