"""GET /dyads, /relations, /network and /treaties: the analysis stage over the seeded store."""

from __future__ import annotations

import httpx


def _get(url: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(url + path, params=params, timeout=60)


def test_analysis_dyad_series_counts_both_directions_by_month(api_url: str) -> None:
    body = _get(api_url, "/dyads/rus/irn").json()
    assert (body["a"], body["b"], body["by"], body["factuality"]) == ("RUS", "IRN", "month", "asserted")
    periods = {p["period"]: p for p in body["points"]}
    assert list(periods) == ["2024-10", "2024-11", "2024-12", "2025-01"]
    assert periods["2024-10"]["verbal_cooperation"] == 2 and periods["2024-11"]["total"] == 0
    assert periods["2025-01"]["top_codes"] == [["057", 1]]
    assert body["total"] == sum(p["total"] for p in body["points"]) == 3
    assert periods["2024-10"]["evidence"][0]["sentence"].startswith("Russian President Vladimir Putin met")


def test_analysis_dyad_all_factualities_and_bad_period(api_url: str) -> None:
    assert _get(api_url, "/dyads/RUS/IRN", factuality="all", by="day").json()["total"] == 4
    bad = _get(api_url, "/dyads/RUS/IRN", by="year")
    assert bad.status_code == 422 and bad.json()["code"] == "D806" and "by" in bad.json()["message"]


def test_analysis_relations_rank_worst_first_on_a_date(api_url: str) -> None:
    states = _get(api_url, "/relations/IRN", on="2025-01-31").json()
    assert [s["b"] for s in states] == ["ISR", "RUS"]
    assert states[0]["level"] in ("hostile", "at_war") and states[0]["counts"][3] == 2
    assert states[1]["level"] in ("cooperative", "partnered", "allied") and states[1]["n_events"] == 3
    assert all(s["reasons"] for s in states)
    later = _get(api_url, "/relations/IRN", on="2030-01-01").json()
    assert all(s["n_events"] == 0 and s["on"] == "2030-01-01" for s in later)


def test_analysis_network_edges_with_relation_states(api_url: str) -> None:
    body = _get(api_url, "/network", relations="true").json()
    assert {n["id"] for n in body["nodes"]} == {"CHN", "IRN", "ISR", "PRK", "RUS", "USA"}
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("IRN", "ISR")]["conflict"] == 2 and edges[("IRN", "ISR")]["relation"] in ("hostile", "at_war")
    assert edges[("IRN", "RUS")]["cooperation"] == 3
    assert all("pagerank" in n for n in body["nodes"])
    window = _get(api_url, "/network", since="2024-10-01", until="2024-10-31").json()
    assert {(e["source"], e["target"]) for e in window["edges"]} == {("IRN", "ISR"), ("IRN", "RUS")}
    assert all(e["relation"] is None for e in window["edges"])


def test_analysis_treaties_of_a_member_and_in_force(api_url: str) -> None:
    body = _get(api_url, "/treaties", member="IRN").json()
    ids = {t["treaty_id"] for t in body["treaties"]}
    assert "rus_irn_2025" in ids and body["version"]
    partnership = next(t for t in body["treaties"] if t["treaty_id"] == "rus_irn_2025")
    assert partnership["signed"] == "2025-01-17" and "defence" not in {o["kind"] for o in partnership["obligations"]}
    every = _get(api_url, "/treaties").json()
    assert len(every["treaties"]) > len(body["treaties"])
    assert any(g["code"] == "CRINK" for g in every["groupings"])
    before = {t["treaty_id"] for t in _get(api_url, "/treaties", on="2024-01-01").json()["treaties"]}
    assert "rus_irn_2025" not in before
