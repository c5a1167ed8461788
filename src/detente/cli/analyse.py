"""CLI commands of the analysis stage: dyad, relations, treaties (list/show/between/review) and network.

A thin shell: parse the options, open the store, call detente.analysis, render with rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente.analysis import (
    TreatyRegistry,
    build_network,
    dyad_series,
    plot_dyad,
    registry_updates,
    relations,
)
from detente.cli.options import DbOption, TreatiesOption, make_settings, parse_day
from detente.errors import DetenteError
from detente.records.analysis import Granularity, Treaty
from detente.store import Store


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("dyad")(dyad_command)
    app.command("relations")(relations_command)
    app.command("network")(network_command)
    treaties = typer.Typer(name="treaties", help="The treaty and alliance registry.", no_args_is_help=False,
                           invoke_without_command=True)
    treaties.callback()(treaties_callback)
    treaties.command("list")(treaties_list)
    treaties.command("show")(treaties_show)
    treaties.command("between")(treaties_between)
    treaties.command("review")(treaties_review)
    app.add_typer(treaties)


def dyad_command(
    a: Annotated[str, typer.Argument(help="Actor, country or grouping code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="The other side, e.g. IRN.")],
    by: Annotated[str, typer.Option("--by", help="Period: day, week or month.")] = "month",
    since: Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")] = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the series to FILE (.png or .svg).")] = None,
    evidence: Annotated[bool, typer.Option("--evidence", help="List the evidence sentences of each period.")] = False,
    db: DbOption = None,
) -> None:
    """The time series of asserted events between A and B (both directions)."""
    if by not in ("day", "week", "month"):
        raise DetenteError.make("D802", value=by, choices="day, week, month")
    granularity: Granularity = by  # type: ignore[assignment]
    with _open_store(db) as store:
        series = dyad_series(store, a, b, by=granularity, since=parse_day(since), until=parse_day(until))
    console = Console()
    table = Table(title=f"{a} - {b} by {by} (asserted events)")
    for col in ("period", "v.coop", "m.coop", "v.confl", "m.confl", "G sum", "G mean", "top codes"):
        table.add_column(col, justify="left" if col in ("period", "top codes") else "right", no_wrap=True)
    for p in series.points:
        table.add_row(p.period, str(p.verbal_cooperation), str(p.material_cooperation), str(p.verbal_conflict),
                      str(p.material_conflict), f"{p.goldstein_sum:+.1f}",
                      "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}",
                      ", ".join(f"{c}x{n}" for c, n in p.top_codes))
    console.print(table)
    console.print(f"{series.total} dated events" + (f", {series.undated} undated" if series.undated else "")
                  + " (v./m. = verbal/material, G = Goldstein)")
    if evidence:
        for p in series.points:
            for e in p.evidence:
                console.print(f"[bold]{p.period}[/bold] {e.event_date} {e.source_code} -{e.event_code}-> "
                              f"{e.target_code} ({e.event_id}): {e.sentence}", markup=True, highlight=False)
    if plot is not None:
        console.print(f"plot written to {plot_dyad(series, plot)}")


def relations_command(
    code: Annotated[str, typer.Argument(help="Actor or country code, e.g. IRN.")],
    on: Annotated[str | None, typer.Option("--on", help="Date of the state, YYYY-MM-DD (default today).")] = None,
    window_days: Annotated[int, typer.Option("--window-days", help="Days of events the state reads.")] = 180,
    db: DbOption = None,
    treaties: TreatiesOption = None,
) -> None:
    """CODE's relation with every counterpart it has events with: state, trend, treaties and why."""
    registry = TreatyRegistry.load(treaties or ())
    with _open_store(db) as store:
        states = relations(store, code, on=parse_day(on), window_days=window_days, registry=registry)
    console = Console()
    if not states:
        console.print(f"no asserted events involving {code} in the {window_days} days to {on or 'today'}")
        return
    table = Table(title=f"relations of {code} on {states[0].on} ({window_days}-day window)")
    for col in ("with", "state", "events say", "treaty says", "trend", "q1/q2/q3/q4", "G mean", "treaties in force"):
        table.add_column(col, no_wrap=col != "treaties in force")
    for s in states:
        table.add_row(s.b, s.level.value, s.event_level.value, s.treaty_level.value if s.treaty_level else "",
                      s.trend.value, "/".join(str(c) for c in s.counts),
                      "" if s.goldstein_mean is None else f"{s.goldstein_mean:+.2f}", ", ".join(s.treaties))
    console.print(table)
    for s in states:
        console.print(f"[bold]{s.b}[/bold]: " + "; ".join(s.reasons), highlight=False)


def network_command(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    since: Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")] = None,
    format: Annotated[str, typer.Option("--format", help="graphml or json.")] = "graphml",
    level: Annotated[str, typer.Option("--level", help="country or actor.")] = "country",
    min_events: Annotated[int, typer.Option("--min-events", help="Drop edges with fewer events.")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
    db: DbOption = None,
) -> None:
    """Export the actor network (cooperation/conflict edges, blocs, centrality) as GraphML or JSON."""
    if format not in ("graphml", "json"):
        raise DetenteError.make("D802", value=format, choices="graphml, json")
    if level not in ("country", "actor"):
        raise DetenteError.make("D802", value=level, choices="country, actor")
    if output.exists() and not force:
        raise DetenteError.make("D503", path=str(output))
    with _open_store(db) as store:
        network = build_network(store, since=parse_day(since), until=parse_day(until), level=level,  # type: ignore[arg-type]
                                min_events=min_events)
    if format == "json":
        network.write_json(output)
    else:
        network.to_graphml(output)
    console = Console()
    console.print(f"{network.graph.number_of_nodes()} nodes, {network.graph.number_of_edges()} edges, "
                  f"{len(network.communities)} communities -> {output}")
    for i, members in enumerate(network.communities):
        console.print(f"  bloc {i}: {', '.join(sorted(members))}")


def treaties_callback(ctx: typer.Context, treaties: TreatiesOption = None) -> None:
    """The treaty and alliance registry (without a subcommand: list it)."""
    ctx.obj = treaties or []
    if ctx.invoked_subcommand is None:
        _print_treaties(TreatyRegistry.load(ctx.obj).treaties, "treaty registry")


def treaties_list(
    ctx: typer.Context,
    of: Annotated[str | None, typer.Option("--of", help="Only treaties this country is party to.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Only treaties in force on this date.")] = None,
) -> None:
    """List the registry's treaties (optionally those of one country, in force on a date)."""
    registry = TreatyRegistry.load(ctx.obj or [])
    day = parse_day(on)
    if of:
        found = registry.of(of, day)
    else:
        found = [t for t in registry.treaties if day is None or t.is_in_force(day)]
    _print_treaties(found, "treaty registry" + (f" of {of}" if of else "") + (f" on {day}" if day else ""))


def treaties_show(ctx: typer.Context, treaty_id: Annotated[str, typer.Argument(help="Treaty id, e.g. nato.")]) -> None:
    """One treaty: dates, members with join/leave dates, obligations, source."""
    treaty = TreatyRegistry.load(ctx.obj or []).get(treaty_id)
    console = Console()
    console.print(f"[bold]{treaty.name}[/bold] ({treaty.treaty_id}, {treaty.kind})", highlight=False)
    console.print(f"signed {treaty.signed or '-'}, in force {treaty.in_force or '-'}, "
                  f"terminated {treaty.terminated or '-'}", highlight=False)
    members = Table(title="members")
    for col in ("code", "joined", "left"):
        members.add_column(col)
    for m in treaty.members:
        members.add_row(m.code, str(m.joined or ""), str(m.left or ""))
    console.print(members)
    obligations = Table(title="obligations")
    for col in ("kind", "article", "owed by", "not between", "conditions"):
        obligations.add_column(col)
    for o in treaty.obligations:
        obligations.add_row(o.kind.value, o.article or "", ", ".join(o.members) or "all",
                            ", ".join("-".join(p) for p in o.excluded_pairs), o.conditions or "")
    console.print(obligations if treaty.obligations else "no ATOP-style obligations recorded")
    console.print(f"source: {treaty.source}", highlight=False)
    if treaty.notes:
        console.print(f"notes: {treaty.notes}", highlight=False)


def treaties_between(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="Country code.")],
    b: Annotated[str, typer.Argument(help="Country code.")],
    on: Annotated[str | None, typer.Option("--on", help="Only treaties in force on this date.")] = None,
) -> None:
    """Treaties binding both A and B (ever, or in force on --on)."""
    day = parse_day(on)
    found = TreatyRegistry.load(ctx.obj or []).between(a, b, day)
    _print_treaties(found, f"treaties between {a} and {b}" + (f" on {day}" if day else ""))


def treaties_review(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option("--since", help="Only events from this date.")] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", help="Lowest event confidence.")] = 0.7,
    db: DbOption = None,
) -> None:
    """Signing, ratification and withdrawal events the registry does not record, flagged for review."""
    registry = TreatyRegistry.load(ctx.obj or [])
    with _open_store(db) as store:
        proposals = registry_updates(store, registry, since=parse_day(since), min_confidence=min_confidence)
    console = Console()
    if not proposals:
        console.print("nothing to review: every confident signing/withdrawal event matches the registry")
        return
    table = Table(title="flagged for review (the registry is not changed)")
    for col in ("action", "parties", "treaty", "date", "event", "evidence", "note"):
        table.add_column(col)
    for p in proposals:
        table.add_row(p.action, "-".join(p.parties), p.treaty_id or "(new?)", str(p.event.event_date or ""),
                      f"{p.event.event_code} {p.event.event_id}", p.event.sentence, p.note)
    console.print(table)


def _print_treaties(treaties: list[Treaty] | tuple[Treaty, ...], title: str) -> None:
    table = Table(title=f"{title} ({len(treaties)})")
    for col in ("id", "name", "kind", "signed", "in force", "terminated", "members", "obligations"):
        table.add_column(col)
    for t in treaties:
        table.add_row(t.treaty_id, t.name, t.kind, str(t.signed or ""), str(t.in_force or ""),
                      str(t.terminated or ""), str(len(t.members_on(None))),
                      ", ".join(sorted({o.kind.value for o in t.obligations})))
    Console().print(table)


@contextmanager
def _open_store(db: Path | None) -> Iterator[Store]:
    path = make_settings(db=db).db_path
    if not path.exists():
        raise DetenteError.make("D501", path=str(path), reason="the file does not exist; run `detente ingest` first")
    with Store.open(path, read_only=True) as store:
        yield store
