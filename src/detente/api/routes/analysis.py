"""REST shell: the analysis stage's read-outs: dyad series, relation states, the network and the treaty registry."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from detente.analysis import build_network, dyad_series, relation_state, relations
from detente.api.deps import ReaderDep, StateDep, parse_day, parse_factuality
from detente.api.schemas import (
    DyadSeriesOut,
    ErrorOut,
    GroupingOut,
    NetworkOut,
    RelationStateOut,
    TreatiesOut,
    TreatyOut,
)

router = APIRouter(tags=["analysis"])

MAX_RELATION_EDGES = 400
"""Above this many edges ``/network?relations=true`` leaves the per-edge relation states out."""
_ERRORS: dict[int | str, dict[str, object]] = {400: {"model": ErrorOut}}


@router.get("/dyads/{a}/{b}", response_model=DyadSeriesOut, responses=_ERRORS)
def get_dyad(a: str, b: str, state: StateDep, store: ReaderDep,
             by: Annotated[Literal["day", "week", "month"], Query(description="Period length.")] = "month",
             since: Annotated[str | None, Query(description="First day (YYYY-MM-DD).")] = None,
             until: Annotated[str | None, Query(description="Last day (YYYY-MM-DD).")] = None,
             factuality: Annotated[str, Query(description="asserted (default) ... or all.")] = "asserted",
             ) -> DyadSeriesOut:
    """The time series of events between ``a`` and ``b`` (both directions), with the evidence of each period."""
    series = dyad_series(store, a.upper(), b.upper(), by=by, since=parse_day(since), until=parse_day(until),
                         factuality=parse_factuality(factuality), registry=state.registry())
    return DyadSeriesOut.from_record(series)


@router.get("/relations/{code}", response_model=list[RelationStateOut], responses=_ERRORS)
def get_relations(code: str, state: StateDep, store: ReaderDep,
                  on: Annotated[str | None, Query(description="The date of the state (default today).")] = None,
                  window_days: Annotated[int, Query(ge=1, le=3650, description="Window length in days.")] = 180,
                  ) -> list[RelationStateOut]:
    """The relation state of ``code`` with each counterpart it has events with, worst first."""
    states = relations(store, code.upper(), on=parse_day(on), window_days=window_days, registry=state.registry())
    return [RelationStateOut.from_record(s) for s in states]


@router.get("/network", response_model=NetworkOut, responses=_ERRORS)
def get_network(state: StateDep, store: ReaderDep,
                since: Annotated[str | None, Query(description="First event date (YYYY-MM-DD).")] = None,
                until: Annotated[str | None, Query(description="Last event date (YYYY-MM-DD).")] = None,
                level: Annotated[Literal["country", "actor"], Query(description="Merge actors by country?")] = "country",
                min_events: Annotated[int, Query(ge=1, description="Drop edges with fewer events.")] = 1,
                relations: Annotated[bool, Query(description="Add each edge's relation state (country level).")] = False,
                ) -> NetworkOut:
    """The actor graph of cooperation and conflict over a window, with communities and centrality.

    With ``relations=true`` each edge also carries ``relation``: the pair's level on the at_war..allied
    scale on ``until`` (default: the last asserted event date in the store), from events and treaties.
    """
    first, last = parse_day(since), parse_day(until)
    network = build_network(store, since=first, until=last, level=level, min_events=min_events)
    data = network.to_json()
    if relations and level == "country" and len(data["edges"]) <= MAX_RELATION_EDGES:
        day = last or store.summary(top=0).last_event_date
        registry = state.registry()
        for edge in data["edges"]:
            edge["relation"] = relation_state(store, edge["source"], edge["target"], on=day,
                                              registry=registry).level.value
    return NetworkOut.from_record(data)


@router.get("/treaties", response_model=TreatiesOut, responses=_ERRORS)
def get_treaties(state: StateDep,
                 member: Annotated[str | None, Query(description="Only treaties this country is party to.")] = None,
                 on: Annotated[str | None, Query(description="In force on this date (YYYY-MM-DD).")] = None,
                 ) -> TreatiesOut:
    """The treaty and alliance registry (bundled), optionally the treaties of one member."""
    registry = state.registry()
    day = parse_day(on)
    if member:
        treaties = registry.of(member.upper(), day)
    else:
        treaties = [t for t in registry.treaties if day is None or t.is_in_force(day)]
    return TreatiesOut(version=registry.version, treaties=[TreatyOut.from_record(t) for t in treaties],
                       groupings=[GroupingOut.from_record(g) for g in registry.groupings])
