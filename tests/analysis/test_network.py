"""Tests of the actor network (detente.analysis.network)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from detente.analysis import build_network
from detente.errors import UsageError
from detente.store import Store


def test_network_country_level_edges_aggregate_both_directions(shared_mix_store: Store) -> None:
    net = build_network(shared_mix_store)
    assert set(net.graph.nodes) == {"RUS", "IRN", "PRK", "CHN", "ISR", "USA", "UKR"}
    edge = net.graph.edges["RUS", "IRN"]
    assert edge["events"] == 18 and edge["conflict"] == 0  # 17 dated + 1 undated
    assert edge["material_cooperation"] == 6 and edge["verbal_cooperation"] == 12
    war = net.graph.edges["UKR", "RUS"]
    assert war["material_conflict"] == 22 and war["verbal_cooperation"] == 1
    assert war["goldstein_sum"] == pytest.approx(-216.0)


def test_network_communities_find_the_crink_bloc(shared_mix_store: Store) -> None:
    net = build_network(shared_mix_store)
    assert frozenset({"CHN", "RUS", "IRN", "PRK"}) in net.communities
    assert net.community_of("RUS") == net.community_of("PRK") != net.community_of("UKR")
    assert build_network(shared_mix_store).communities == net.communities  # fixed seed: reproducible


def test_network_centrality_measures(shared_mix_store: Store) -> None:
    net = build_network(shared_mix_store)
    assert set(net.centrality) == {"degree", "pagerank", "betweenness"}
    pagerank = net.centrality["pagerank"]
    assert max(pagerank, key=lambda n: pagerank[n]) == "RUS"
    assert sum(pagerank.values()) == pytest.approx(1.0)
    assert net.centrality["betweenness"]["CHN"] == 0.0


def test_network_window_and_min_events(shared_mix_store: Store) -> None:
    june = build_network(shared_mix_store, since=date(2025, 6, 1), until=date(2025, 6, 30))
    assert june.graph.edges["ISR", "IRN"]["events"] == 8
    strong = build_network(shared_mix_store, min_events=10)
    assert {frozenset(e) for e in strong.graph.edges} == {
        frozenset(p) for p in (("IRN", "RUS"), ("RUS", "UKR"), ("UKR", "USA"))}  # ISR-IRN has 9
    assert "ISR" not in strong.graph


def test_network_actor_level_keeps_sectors(shared_mix_store: Store) -> None:
    net = build_network(shared_mix_store, level="actor")
    assert net.graph.has_edge("RUSMIL", "PRKMIL") and net.graph.has_edge("IRNGOV", "RUSBUS")


def test_network_exports_graphml_and_json(shared_mix_store: Store, tmp_path: Path) -> None:
    net = build_network(shared_mix_store)
    back = nx.read_graphml(net.to_graphml(tmp_path / "net.graphml"))
    assert set(back.nodes) == set(net.graph.nodes)
    assert back.nodes["RUS"]["community"] == net.community_of("RUS")
    assert int(back.edges["RUS", "IRN"]["events"]) == 18
    data = json.loads(net.write_json(tmp_path / "net.json").read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(net.to_json()))
    assert {n["id"] for n in data["nodes"]} == set(net.graph.nodes)
    assert ["CHN", "IRN", "PRK", "RUS"] in data["communities"]
    assert all({"source", "target", "cooperation", "conflict", "goldstein_sum"} <= set(e) for e in data["edges"])


def test_network_empty_store_and_bad_arguments() -> None:
    with Store.open(":memory:") as store:
        net = build_network(store)
        assert net.graph.number_of_nodes() == 0 and net.communities == ()
        with pytest.raises(UsageError):
            build_network(store, level="planet")  # type: ignore[arg-type]
        with pytest.raises(UsageError):
            build_network(store, min_events=0)
