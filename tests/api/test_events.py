"""GET /events and GET /events/{event_id} against the real server over the seeded store."""

from __future__ import annotations

import httpx
import pytest
from tests.api.seed import ARTICLES


def _get(url: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(url + path, params=params, timeout=30)


def _seeded(factuality: str | None = "asserted") -> int:
    return sum(1 for _, _, seeds in ARTICLES.values() for s in seeds
               if factuality is None or s.factuality.value == factuality)


def test_events_default_to_asserted_in_spec_order(api_url: str) -> None:
    body = _get(api_url, "/events").json()
    assert body["total"] == _seeded("asserted") == body["count"]
    assert {e["factuality"] for e in body["events"]} == {"asserted"}
    keys = [(e["article_id"], e["sentence_index"], e["evidence"]["start"]) for e in body["events"]]
    assert keys == sorted(keys)
    first = body["events"][0]
    assert set(first) >= {"event_id", "article_id", "sentence_index", "evidence", "event_date", "source", "target",
                          "event_code", "root_code", "plover", "quad_class", "goldstein", "factuality", "location",
                          "confidence"}
    assert body["next_cursor"] is None


def test_events_factuality_all_and_single_label(api_url: str) -> None:
    assert _get(api_url, "/events", factuality="all").json()["total"] == _seeded(None)
    negated = _get(api_url, "/events", factuality="negated").json()
    assert negated["total"] == 1 and negated["events"][0]["evidence"]["text"].startswith("Iran did not fire")


def test_events_filters_actor_dyad_code_dates(api_url: str) -> None:
    by_actor = _get(api_url, "/events", actor="PRK").json()["events"]
    assert [e["article_id"] for e in by_actor] == ["prk-rus-1"]
    dyad = _get(api_url, "/events", dyad="IRN,RUS", factuality="all").json()["events"]
    assert {e["article_id"] for e in dyad} == {"rus-irn-1", "rus-irn-2"} and len(dyad) == 4
    fights = _get(api_url, "/events", code="19").json()["events"]
    assert {e["event_code"] for e in fights} == {"195"} and len(fights) == 2
    window = _get(api_url, "/events", since="2024-10-01", until="2024-10-31").json()["events"]
    assert {e["event_date"][:7] for e in window} == {"2024-10"} and len(window) == 4
    assert _get(api_url, "/events", article_id="usa-chn-1").json()["total"] == 2


def test_events_cursor_pagination_walks_every_event_once(api_url: str) -> None:
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        body = _get(api_url, "/events", factuality="all", limit=3, **({"cursor": cursor} if cursor else {})).json()
        seen += [e["event_id"] for e in body["events"]]
        pages += 1
        assert body["total"] == _seeded(None)
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == _seeded(None)
    assert pages == -(-_seeded(None) // 3)


@pytest.mark.parametrize(("params", "status", "code"), [
    ({"since": "2024-13-01"}, 400, "D803"),
    ({"factuality": "maybe"}, 400, "D802"),
    ({"dyad": "RUS"}, 400, "D801"),
    ({"since": "2025-01-01", "until": "2024-01-01"}, 400, "D801"),
    ({"limit": 0}, 422, "D806"),
    ({"cursor": "no-such-event"}, 404, "D902"),
])
def test_events_bad_parameters_answer_coded_errors(api_url: str, params: dict[str, object], status: int,
                                                   code: str) -> None:
    response = _get(api_url, "/events", **params)
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code and set(body) == {"code", "message", "hint"}
    assert body["message"] and body["hint"] and "Traceback" not in response.text


def test_events_get_one_with_its_article(api_url: str) -> None:
    listed = _get(api_url, "/events", factuality="question").json()["events"][0]
    body = _get(api_url, f"/events/{listed['event_id']}").json()
    assert body["event"] == listed
    assert body["article"]["article_id"] == "rus-irn-2" and body["article"]["published_on"] == "2025-01-17"
    missing = _get(api_url, "/events/0000")
    assert missing.status_code == 404 and missing.json()["code"] == "D902"
    assert "0000" in missing.json()["message"]
