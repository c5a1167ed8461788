"""Article, Problem, Tenure and ActorMentions records."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import InvalidRecordError
from detente.records import ActorCode, ActorMentions, Article, ArticleId, Problem, ResolvedActor, Tenure
from detente.records.article import content_hash


def test_article_rejects_empty_text() -> None:
    with pytest.raises(InvalidRecordError):
        Article(article_id=ArticleId("a"), text="   \n")


def test_content_hash_ignores_whitespace_only() -> None:
    assert content_hash("Iran  fired\nmissiles.") == content_hash("Iran fired missiles.")
    assert content_hash("Iran fired missiles.") != content_hash("Iraq fired missiles.")


def test_problem_renders_code_message_and_hint() -> None:
    p = Problem(source="a.jsonl", line=2, code="D103", message="a.jsonl:2: broken JSON line: x", hint="fix it")
    assert p.render() == "error[D103]: a.jsonl:2: broken JSON line: x\n  hint: fix it"


def test_tenure_is_half_open() -> None:
    t = Tenure(entity_id="p", name="P", office="head_of_state", country="IRN", actor_code=ActorCode("IRNGOV"),
               start=date(2021, 8, 3), end=date(2024, 5, 20))
    assert t.covers(date(2021, 8, 3)) and t.covers(date(2024, 5, 19))
    assert not t.covers(date(2024, 5, 20)) and not t.covers(date(2021, 8, 2))


def test_tenure_rejects_end_before_start() -> None:
    with pytest.raises(InvalidRecordError):
        Tenure(entity_id="p", name="P", office="x", country="IRN", actor_code=ActorCode("IRNGOV"),
               start=date(2012, 5, 7), end=date(2008, 5, 7))


def _mention(start: int, end: int, code: str) -> ResolvedActor:
    return ResolvedActor(actor_code=ActorCode(code), mention=code, start=start * 5, end=end * 5, token_start=start,
                         token_end=end, head=end - 1)


def test_actor_mentions_index_by_token_and_range() -> None:
    mentions = ActorMentions([_mention(5, 7, "IRNGOV"), _mention(0, 2, "RUSGOV")])
    assert [m.actor_code for m in mentions] == ["RUSGOV", "IRNGOV"]
    assert mentions.at_token(6) is not None and mentions.at_token(6).actor_code == "IRNGOV"  # type: ignore[union-attr]
    assert mentions.at_token(3) is None
    assert [m.actor_code for m in mentions.within(0, 7)] == ["RUSGOV", "IRNGOV"]
    assert mentions.within(1, 7)[0].actor_code == "IRNGOV"
