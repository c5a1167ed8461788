"""GET /actors/{code}: what the knowledge base knows and the stored events that name the actor."""

from __future__ import annotations

import httpx


def test_actors_country_has_name_aliases_holders_and_counts(api_url: str) -> None:
    body = httpx.get(f"{api_url}/actors/irn", timeout=30).json()
    assert body["code"] == "IRN" and body["kind"] == "country" and body["name"] == "Iran"
    assert "Persia" in body["aliases"] or "Iranian" in body["aliases"]
    assert any(h["office"] == "head_of_state" for h in body["office_holders"])
    # seeded: IRN takes part in 5 asserted (3 with RUS, 2 with ISR), 1 future, 1 negated and 1 question event
    assert body["events"] == {"asserted": 5, "negated": 1, "hypothetical": 0, "future": 1, "question": 1, "total": 8}


def test_actors_actor_code_splits_country_and_sector(api_url: str) -> None:
    body = httpx.get(f"{api_url}/actors/RUSGOV", timeout=30).json()
    assert (body["country"], body["sector"], body["kind"]) == ("RUS", "GOV", "country")
    assert body["events"]["asserted"] == 4 and body["aliases"] == []


def test_actors_grouping_lists_its_members(api_url: str) -> None:
    body = httpx.get(f"{api_url}/actors/CRINK", timeout=30).json()
    assert set(body["members"]) == {"CHN", "RUS", "IRN", "PRK"}
    assert body["office_holders"] == [] and body["kind"] == "grouping"


def test_actors_unknown_code_is_404_d901(api_url: str) -> None:
    response = httpx.get(f"{api_url}/actors/QQQZZZ", timeout=30)
    assert response.status_code == 404
    assert response.json()["code"] == "D901" and "QQQZZZ" in response.json()["message"]
