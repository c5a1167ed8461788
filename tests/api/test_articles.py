"""POST /articles: the token, body validation, a missing model, and (slow) coding through the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.api.server import API_TOKEN, run_server

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}
ARTICLE = {"id": "api-post-1", "published_on": "2024-10-11", "title": "Putin meets Pezeshkian",
           "text": "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Moscow on Friday."}


def test_articles_post_without_token_is_401(api_url: str) -> None:
    response = httpx.post(f"{api_url}/articles", json=ARTICLE, timeout=30)
    assert response.status_code == 401
    assert response.json()["code"] == "D804" and "POST /articles" in response.json()["message"]


def test_articles_post_with_wrong_token_is_403(api_url: str) -> None:
    for header in ("Bearer wrong", "Basic " + API_TOKEN, f"bearer {API_TOKEN}x"):
        response = httpx.post(f"{api_url}/articles", json=ARTICLE, headers={"Authorization": header}, timeout=30)
        assert response.status_code in (401, 403) and response.json()["code"] in ("D804", "D805"), header
    assert httpx.post(f"{api_url}/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"},
                      timeout=30).status_code == 403


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"title": "no text"}, 422, "D806"),
    ({"text": "x", "colour": "red"}, 422, "D806"),
    ([], 422, "D806"),
    ({"text": "   \n  "}, 400, "D105"),
    ({"text": "Iran fired missiles.", "published_on": "last Tuesday"}, 400, "D107"),
])
def test_articles_post_bad_bodies_are_coded(api_url: str, body: Any, status: int, code: str) -> None:
    response = httpx.post(f"{api_url}/articles", json=body, headers=AUTH, timeout=30)
    assert response.status_code == status, response.text
    assert response.json()["code"] == code and response.json()["hint"]


def test_articles_get_only_use_never_loads_the_model(api_url: str) -> None:
    httpx.get(f"{api_url}/events", timeout=30)
    assert httpx.get(f"{api_url}/health", timeout=30).json()["model_loaded"] is False


def test_articles_missing_model_is_503_d201(tmp_path: Path) -> None:
    from detente.config import Settings

    with run_server(tmp_path / "m.duckdb", token=None,
                    settings=Settings(db_path=tmp_path / "m.duckdb", model_name="no_such_model_xyz")) as url:
        response = httpx.post(f"{url}/articles", json=ARTICLE, timeout=60)
    assert response.status_code == 503
    assert response.json()["code"] == "D201" and "no_such_model_xyz" in response.json()["message"]


@pytest.fixture()
def fresh_url(tmp_path: Path) -> Iterator[str]:
    """A server over an empty store (so coding adds to nothing the other tests count)."""
    with run_server(tmp_path / "fresh.duckdb") as url:
        yield url


@pytest.mark.slow
def test_articles_post_codes_through_the_real_pipeline(fresh_url: str, nlp: Any) -> None:
    one = httpx.post(f"{fresh_url}/articles", json=ARTICLE, headers=AUTH, timeout=300)
    assert one.status_code == 201, one.text
    body = one.json()
    assert [a["article_id"] for a in body["articles"]] == ["api-post-1"]
    article = body["articles"][0]
    assert article["already_stored"] is False and article["published_on"] == "2024-10-11"
    meet = [e for e in article["events"] if e["event_code"].startswith("04")]
    assert meet and meet[0]["source"]["actor_code"] == "RUSGOV" and meet[0]["target"]["actor_code"] == "IRNGOV"
    assert body["events"] == len(article["events"]) and body["problems"] == []
    stored = httpx.get(f"{fresh_url}/events", params={"article_id": "api-post-1", "factuality": "all"}).json()
    assert [e["event_id"] for e in stored["events"]] == [e["event_id"] for e in article["events"]]
    health = httpx.get(f"{fresh_url}/health").json()
    assert health["model_loaded"] is True and health["versions"]["model"] and health["store"]["runs"] == 1

    many = [ARTICLE, {"text": "Iran fired missiles at Israel on Tuesday.", "published_on": "2024-10-02"}]
    again = httpx.post(f"{fresh_url}/articles", json=many, headers=AUTH, timeout=300).json()
    assert [a["already_stored"] for a in again["articles"]] == [True, False]
    assert again["articles"][0]["events"] == article["events"]
    assert any(e["event_code"].startswith("19") for e in again["articles"][1]["events"])
    assert httpx.get(f"{fresh_url}/health").json()["store"]["articles"] == 2
