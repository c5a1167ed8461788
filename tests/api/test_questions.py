"""Watched questions over REST: list, show with verdict and evidence, and POST with token, conflicts and validation."""

from __future__ import annotations

from typing import Any

import httpx
from tests.api.server import API_TOKEN

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def _question(qid: str, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": qid, "text": "Will China and the United States meet again before 2025-06-01?",
        "subjects": ["USA", "CHN"], "opened_on": "2024-10-01", "deadline": "2025-06-01",
        "resolution": {"event_codes": ["04"], "min_confidence": 0.5},
    }
    body.update(changes)
    return body


def test_questions_list_has_the_seeded_questions_with_status(api_url: str) -> None:
    body = httpx.get(f"{api_url}/questions", timeout=30).json()
    by_id = {q["question_id"]: q for q in body}
    assert {"russia-iran-defence-treaty", "crink-new-defence-pact"} <= set(by_id)
    q = by_id["russia-iran-defence-treaty"]
    assert q["subjects"] == ["RUS", "IRN"] and q["deadline"] == "2026-01-01"
    assert q["verdict"]["asof"] == "2025-06-01" and q["status"] == q["verdict"]["status"]


def test_questions_show_has_evidence_and_the_partnership_against(api_url: str) -> None:
    body = httpx.get(f"{api_url}/questions/russia-iran-defence-treaty", timeout=30).json()
    verdict = body["verdict"]
    assert "rus_irn_2025" in verdict["treaties_against"]
    sentences = [e["event"]["sentence"] for e in verdict["evidence"]]
    assert any("mutual defence pact" in s for s in sentences)
    assert all(not e["resolves"] for e in verdict["evidence"] if e["event"]["factuality"] != "asserted")
    assert verdict["base_rate"]["partnerships"] >= 1


def test_questions_unknown_id_is_404_d602(api_url: str) -> None:
    response = httpx.get(f"{api_url}/questions/no-such-question", timeout=30)
    assert response.status_code == 404 and response.json()["code"] == "D602"


def test_questions_post_needs_the_token(api_url: str) -> None:
    none = httpx.post(f"{api_url}/questions", json=_question("auth-check"), timeout=30)
    assert none.status_code == 401 and none.json()["code"] == "D804"
    assert none.headers["www-authenticate"] == "Bearer"
    wrong = httpx.post(f"{api_url}/questions", json=_question("auth-check"),
                       headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 403 and wrong.json()["code"] == "D805"
    assert httpx.get(f"{api_url}/questions/auth-check", timeout=30).status_code == 404


def test_questions_post_adds_evaluates_and_refuses_a_duplicate(api_url: str) -> None:
    created = httpx.post(f"{api_url}/questions", json=_question("usa-chn-meet"), headers=AUTH, timeout=60)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["question_id"] == "usa-chn-meet" and body["verdict"] is not None
    assert any("Lima" in e["event"]["sentence"] for e in body["verdict"]["evidence"])
    again = httpx.post(f"{api_url}/questions", json=_question("usa-chn-meet"), headers=AUTH, timeout=30)
    assert again.status_code == 409 and again.json()["code"] == "D603"
    replaced = httpx.post(f"{api_url}/questions", json=_question("usa-chn-meet", replace=True, text="Redefined?"),
                          headers=AUTH, timeout=60)
    assert replaced.status_code == 201 and replaced.json()["text"] == "Redefined?"
    listed = {q["question_id"]: q for q in httpx.get(f"{api_url}/questions", timeout=30).json()}
    assert listed["usa-chn-meet"]["text"] == "Redefined?"


def test_questions_post_invalid_bodies_are_422(api_url: str) -> None:
    bad_id = httpx.post(f"{api_url}/questions", json=_question("Bad Id"), headers=AUTH, timeout=30)
    assert bad_id.status_code == 422 and bad_id.json()["code"] == "D806" and "id" in bad_id.json()["message"]
    no_rule = httpx.post(f"{api_url}/questions", json=_question("no-rule", resolution={}), headers=AUTH, timeout=30)
    assert no_rule.status_code == 422 and no_rule.json()["code"] == "D601"
    late = httpx.post(f"{api_url}/questions", json=_question("late", deadline="2024-01-01"), headers=AUTH, timeout=30)
    assert late.status_code == 422 and "deadline" in late.json()["message"]
