"""The app as a whole: /health, /openapi.json, offline /docs, unknown routes, and create_app itself."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from detente.api import create_app
from detente.config import Settings
from detente.errors import StoreError

ROUTES = {"/articles", "/events", "/events/{event_id}", "/actors/{code}", "/dyads/{a}/{b}", "/relations/{code}",
          "/network", "/questions", "/questions/{question_id}", "/questions/{question_id}/forecasts",
          "/questions/scores", "/treaties", "/health"}


def test_app_health_reports_versions_and_store_counts(api_url: str) -> None:
    body = httpx.get(f"{api_url}/health").json()
    assert body["status"] == "ok" and body["auth"] is True
    assert body["versions"]["detente"] and body["versions"]["schema"] == "1"
    assert body["store"]["articles"] >= 6 and body["store"]["asserted"] >= 8
    assert body["store"]["first_event_date"] == "2024-06-19"
    assert body["dashboard_missing"] == []


def test_app_openapi_lists_every_route(api_url: str) -> None:
    spec = httpx.get(f"{api_url}/openapi.json").json()
    assert set(spec["paths"]) == ROUTES
    assert "post" in spec["paths"]["/articles"] and "post" in spec["paths"]["/questions"]


def test_app_docs_page_loads_swagger_from_this_server(api_url: str) -> None:
    page = httpx.get(f"{api_url}/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "cdn.jsdelivr.net" not in page.text and "unpkg.com" not in page.text


def test_app_unknown_route_is_a_coded_404(api_url: str) -> None:
    response = httpx.get(f"{api_url}/no/such/route")
    assert response.status_code == 404
    assert response.json()["code"] == "D904" and "/no/such/route" in response.json()["message"]


def test_app_wrong_method_is_a_coded_error(api_url: str) -> None:
    response = httpx.delete(f"{api_url}/events")
    assert response.status_code == 405 and response.json()["code"] == "D806"


def test_app_create_app_refuses_a_store_it_cannot_open(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("this is not a database\n")
    with pytest.raises(StoreError) as info:
        create_app(Settings(db_path=not_a_db))
    assert info.value.code == "D501" and str(not_a_db) in info.value.message


def test_app_concurrent_reads_and_writes_all_succeed(api_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.api.server import API_TOKEN

    def read(i: int) -> int:
        path = ("/events?factuality=all", "/network", "/dyads/RUS/IRN", "/questions", "/health")[i % 5]
        return httpx.get(api_url + path, timeout=60).status_code

    def write(i: int) -> int:
        body = {"id": f"concurrent-{i}", "text": "Will Israel and Iran fight again before 2026-01-01?",
                "subjects": ["ISR", "IRN"], "opened_on": "2024-11-01", "deadline": "2026-01-01",
                "resolution": {"event_codes": ["19"]}}
        return httpx.post(f"{api_url}/questions", json=body, timeout=60,
                          headers={"Authorization": f"Bearer {API_TOKEN}"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:  # writes interleaved with the reads
        futures = [pool.submit(write, i // 10) if i % 10 == 5 else pool.submit(read, i) for i in range(44)]
        statuses = [f.result() for f in futures]
    assert statuses.count(201) == 4 and statuses.count(200) == 40
    ids = {q["question_id"] for q in httpx.get(f"{api_url}/questions", timeout=30).json()}
    assert {f"concurrent-{i}" for i in range(4)} <= ids
