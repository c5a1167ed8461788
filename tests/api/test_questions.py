"""Watched questions over REST: list, show with verdict and evidence, POST with token, conflicts and validation;
the forecast log and the scores."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.api.seed import seed_store
from tests.api.server import API_TOKEN, run_server

from detente.analysis import QuestionBook
from detente.api.schemas import ScoreboardOut
from detente.records import Question, ResolutionRule
from detente.records.analysis import Scoreboard
from detente.store import Store

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


# -- forecasts and scores -------------------------------------------------------------------------

def test_questions_forecasts_are_logged_and_listed_oldest_first(api_url: str) -> None:
    qid = "crink-new-defence-pact"
    url = f"{api_url}/questions/{qid}/forecasts"
    before = httpx.get(url, timeout=30).json()
    first = httpx.post(url, json={"probability": 0.2, "by": "alice", "note": "no talks yet", "on": "2025-02-01"},
                       headers=AUTH, timeout=30)
    assert first.status_code == 201, first.text
    assert first.json() | {"logged_at": None} == {"question_id": qid, "probability": 0.2, "made_on": "2025-02-01",
                                                  "by": "alice", "note": "no talks yet", "logged_at": None}
    assert first.json()["logged_at"]
    second = httpx.post(url, json={"probability": 1, "on": "2025-01-15"}, headers=AUTH, timeout=30)
    assert second.status_code == 201 and second.json()["by"] == "analyst" and second.json()["note"] is None
    after = httpx.get(url, timeout=30).json()
    assert len(after) == len(before) + 2
    mine = [(f["made_on"], f["by"], f["probability"]) for f in after if f not in before]
    assert mine == [("2025-01-15", "analyst", 1.0), ("2025-02-01", "alice", 0.2)]
    assert [f["made_on"] for f in after] == sorted(f["made_on"] for f in after)


def test_questions_forecast_without_a_date_is_for_today(api_url: str) -> None:
    body = httpx.post(f"{api_url}/questions/crink-new-defence-pact/forecasts", json={"probability": 0.0},
                      headers=AUTH, timeout=30).json()
    assert body["made_on"] == date.today().isoformat() and body["probability"] == 0.0


@pytest.mark.parametrize("probability", [1.5, -0.01, 100])
def test_questions_forecast_outside_0_1_is_422_d604(api_url: str, probability: float) -> None:
    url = f"{api_url}/questions/russia-iran-defence-treaty/forecasts"
    before = httpx.get(url, timeout=30).json()
    response = httpx.post(url, json={"probability": probability}, headers=AUTH, timeout=30)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "D604" and str(probability) in body["message"] and "between 0 and 1" in body["hint"]
    assert httpx.get(url, timeout=30).json() == before


@pytest.mark.parametrize("payload", [{}, {"probability": "likely"}, {"probability": 0.5, "on": "2025-13-01"},
                                     {"probability": 0.5, "by": ""}, {"probability": 0.5, "colour": "red"}])
def test_questions_forecast_bad_bodies_are_422_d806(api_url: str, payload: dict[str, Any]) -> None:
    response = httpx.post(f"{api_url}/questions/russia-iran-defence-treaty/forecasts", json=payload,
                          headers=AUTH, timeout=30)
    assert response.status_code == 422 and response.json()["code"] == "D806"
    assert set(response.json()) == {"code", "message", "hint"}


def test_questions_forecasts_of_an_unknown_question_are_404_d602(api_url: str) -> None:
    url = f"{api_url}/questions/no-such-question/forecasts"
    assert httpx.get(url, timeout=30).json()["code"] == "D602"
    response = httpx.post(url, json={"probability": 0.5}, headers=AUTH, timeout=30)
    assert response.status_code == 404 and response.json()["code"] == "D602"


def test_questions_forecast_needs_the_token(api_url: str) -> None:
    url = f"{api_url}/questions/russia-iran-defence-treaty/forecasts"
    before = httpx.get(url, timeout=30).json()
    none = httpx.post(url, json={"probability": 0.5}, timeout=30)
    assert none.status_code == 401 and none.json()["code"] == "D804"
    wrong = httpx.post(url, json={"probability": 0.5}, headers={"Authorization": "Bearer nope"}, timeout=30)
    assert wrong.status_code == 403 and wrong.json()["code"] == "D805"
    assert httpx.get(url, timeout=30).json() == before


def test_questions_scores_is_a_route_not_a_question_id(api_url: str) -> None:
    response = httpx.get(f"{api_url}/questions/scores", timeout=30)
    assert response.status_code == 200
    assert set(response.json()) == {"scores", "forecasters", "open_questions"}
    reserved = httpx.post(f"{api_url}/questions", json=_question("scores"), headers=AUTH, timeout=30)
    assert reserved.status_code == 422 and reserved.json()["code"] == "D601"


def _resolving_store(path: Path) -> Scoreboard:
    """The seed store plus a question resolved yes (Biden met Xi on 2024-11-16), one resolved no and forecasts.

    Returns the library's scoreboard, which ``detente questions scores`` prints.
    """
    seed_store(path)
    rule = ResolutionRule(event_codes=("04",), min_confidence=0.5)
    with Store.open(path) as store:
        book = QuestionBook(store)
        for qid, subjects in (("usa-chn-meet", ("USA", "CHN")), ("isr-chn-meet", ("ISR", "CHN"))):
            book.add(Question(question_id=qid, text=f"Will {subjects[0]} and {subjects[1]} meet?", subjects=subjects,
                              rule=rule, opened_on=date(2024, 10, 1), deadline=date(2025, 1, 1)))
        book.forecast("usa-chn-meet", 0.8, by="alice", on=date(2024, 10, 5))
        book.forecast("usa-chn-meet", 0.6, by="alice", on=date(2024, 10, 5))  # same-day revision: this one counts
        book.forecast("usa-chn-meet", 0.99, by="alice", on=date(2024, 11, 20))  # after the meeting: not scored
        book.forecast("usa-chn-meet", 0.3, by="bob", on=date(2024, 11, 1))
        book.forecast("isr-chn-meet", 0.2, by="alice", on=date(2024, 12, 1))
        book.update(asof=date(2025, 6, 1))
        return book.scores()


def test_questions_scores_are_the_cli_scores(tmp_path: Path) -> None:
    path = tmp_path / "scores.duckdb"
    board = _resolving_store(path)
    with run_server(path) as url:
        body = httpx.get(f"{url}/questions/scores", timeout=30).json()
    by_key = {(s["question_id"], s["forecaster"]): s for s in body["scores"]}
    assert set(by_key) == {("usa-chn-meet", "alice"), ("usa-chn-meet", "bob"), ("isr-chn-meet", "alice")}
    alice = by_key[("usa-chn-meet", "alice")]
    assert (alice["outcome"], alice["resolved_on"], alice["days"]) == (True, "2024-11-16", 1)
    assert alice["brier"] == pytest.approx(0.16) and alice["log_loss"] == pytest.approx(-math.log(0.6))
    assert by_key[("isr-chn-meet", "alice")]["outcome"] is False
    assert by_key[("isr-chn-meet", "alice")]["brier"] == pytest.approx(0.04)
    means = {m["forecaster"]: m for m in body["forecasters"]}
    assert means["alice"]["questions"] == 2 and means["alice"]["brier"] == pytest.approx(0.10)
    assert means["bob"]["brier"] == pytest.approx(0.49)
    assert set(body["open_questions"]) == {"russia-iran-defence-treaty", "crink-new-defence-pact"}
    assert body == ScoreboardOut.from_record(board).model_dump(mode="json")
