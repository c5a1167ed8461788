"""The actor network (analysis stage): a graph of cooperation and conflict, its blocs and centrality.

Edges aggregate asserted events in both directions; communities come from Louvain on the cooperation subgraph.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from detente.analysis.selection import StoreLike, event_filters, party
from detente.errors import DetenteError
from detente.records.event import Factuality

LOUVAIN_SEED = 7
"""Fixed seed of the Louvain community detection, so blocs are reproducible."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorNetwork:
    """An undirected actor graph with its communities and centrality.

    Node attribute ``events``; edge attributes ``events``, ``verbal_cooperation``,
    ``material_cooperation``, ``verbal_conflict``, ``material_conflict``, ``cooperation``,
    ``conflict`` and ``goldstein_sum``. ``communities`` are blocs (largest first) found by Louvain on
    the edges where cooperation outnumbers conflict, weighted by their net cooperation;
    ``centrality`` maps a measure (``degree``, ``pagerank``, ``betweenness``) to node values.
    """

    graph: nx.Graph = field(repr=False)
    communities: tuple[frozenset[str], ...]
    centrality: dict[str, dict[str, float]]
    since: date | None = None
    until: date | None = None
    level: Literal["country", "actor"] = "country"

    def community_of(self, node: str) -> int | None:
        """The index of ``node``'s community in :attr:`communities`, or None."""
        for i, members in enumerate(self.communities):
            if node in members:
                return i
        return None

    def to_json(self) -> dict[str, Any]:
        """Nodes, edges and communities as plain JSON-ready data (for the dashboard and networkx users)."""
        nodes = [{"id": n, "events": int(self.graph.nodes[n].get("events", 0)),
                  "community": self.community_of(n),
                  **{m: round(v.get(n, 0.0), 6) for m, v in self.centrality.items()}}
                 for n in sorted(self.graph.nodes)]
        edges = [{"source": u, "target": v, **{k: (round(x, 6) if isinstance(x, float) else x)
                                               for k, x in sorted(d.items())}}
                 for u, v, d in sorted(self.graph.edges(data=True), key=lambda e: (min(e[:2]), max(e[:2])))]
        return {"level": self.level, "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None, "nodes": nodes, "edges": edges,
                "communities": [sorted(c) for c in self.communities]}

    def write_json(self, path: Path | str) -> Path:
        """Write :meth:`to_json` to ``path``; returns the path."""
        out = Path(path)
        _write(out, json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n")
        return out

    def to_graphml(self, path: Path | str) -> Path:
        """Write the graph as GraphML (for Gephi, yEd, networkx) with community and centrality per node."""
        out = Path(path)
        graph = self.graph.copy()
        for n in graph.nodes:
            graph.nodes[n]["community"] = -1 if (c := self.community_of(n)) is None else c
            for measure, values in self.centrality.items():
                graph.nodes[n][measure] = float(values.get(n, 0.0))
        try:
            nx.write_graphml(graph, out)
        except OSError as err:
            raise DetenteError.make("D504", path=str(out), reason=err.strerror or str(err)) from err
        return out


def build_network(store: StoreLike, *, since: date | None = None, until: date | None = None,
                  level: Literal["country", "actor"] = "country", min_events: int = 1,
                  factuality: Factuality | None = Factuality.ASSERTED) -> ActorNetwork:
    """The actor graph of the events between ``since`` and ``until`` (inclusive).

    Args:
        store: an open store.
        since: first event date included.
        until: last event date included.
        level: ``country`` merges actors by country (``RUSGOV`` and ``RUSMIL`` -> ``RUS``);
            ``actor`` keeps actor codes.
        min_events: edges with fewer events are dropped (and nodes left without edges).
        factuality: which events count (asserted by default).

    Raises:
        UsageError: D802 for an unknown ``level``; D801 for ``min_events`` below 1.
    """
    if level not in ("country", "actor"):
        raise DetenteError.make("D802", value=level, choices="country, actor")
    if min_events < 1:
        raise DetenteError.make("D801", reason=f"min_events must be at least 1, got {min_events}")
    where, params = event_filters(since=since, until=until, factuality=factuality)
    rows = store.connection.execute(
        "SELECT source.actor_code, source.country, target.actor_code, target.country, quad_class, "
        f"count(*), sum(goldstein) FROM events WHERE {' AND '.join(where)} GROUP BY ALL", params).fetchall()
    edges: dict[tuple[str, str], dict[str, float]] = {}
    for src_code, src_country, tgt_code, tgt_country, quad, n, gsum in rows:
        u = party(src_code, src_country) if level == "country" else src_code
        v = party(tgt_code, tgt_country) if level == "country" else tgt_code
        if not u or not v or u == v:
            continue
        key = (min(u, v), max(u, v))
        data = edges.setdefault(key, {"events": 0, "verbal_cooperation": 0, "material_cooperation": 0,
                                      "verbal_conflict": 0, "material_conflict": 0, "goldstein_sum": 0.0})
        data["events"] += n
        data[("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")[quad - 1]] += n
        data["goldstein_sum"] += float(gsum)
    graph = nx.Graph()
    for (u, v), data in sorted(edges.items()):
        if data["events"] < min_events:
            continue
        attrs: dict[str, Any] = {k: (round(x, 6) if k == "goldstein_sum" else int(x)) for k, x in data.items()}
        attrs["cooperation"] = attrs["verbal_cooperation"] + attrs["material_cooperation"]
        attrs["conflict"] = attrs["verbal_conflict"] + attrs["material_conflict"]
        graph.add_edge(u, v, **attrs)
    for node in graph.nodes:
        graph.nodes[node]["events"] = sum(d["events"] for _, _, d in graph.edges(node, data=True))
    return ActorNetwork(graph=graph, communities=_communities(graph), centrality=_centrality(graph),
                        since=since, until=until, level=level)


def _communities(graph: nx.Graph) -> tuple[frozenset[str], ...]:
    coop = nx.Graph()
    coop.add_nodes_from(graph.nodes)
    for u, v, d in graph.edges(data=True):
        net = d["cooperation"] - d["conflict"]
        if net > 0:
            coop.add_edge(u, v, weight=net)
    if coop.number_of_nodes() == 0:
        return ()
    found = nx.community.louvain_communities(coop, weight="weight", seed=LOUVAIN_SEED)
    return tuple(sorted((frozenset(c) for c in found), key=lambda c: (-len(c), sorted(c))))


def _centrality(graph: nx.Graph) -> dict[str, dict[str, float]]:
    if graph.number_of_nodes() == 0:
        return {"degree": {}, "pagerank": {}, "betweenness": {}}
    return {
        "degree": dict(nx.degree_centrality(graph)),
        "pagerank": dict(nx.pagerank(graph, weight="events")),
        "betweenness": dict(nx.betweenness_centrality(graph)),
    }


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise DetenteError.make("D504", path=str(path), reason=err.strerror or str(err)) from err
