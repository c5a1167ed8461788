"""The readable store summary that `detente summary` (and `make demo`) prints."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from detente.cli.render import FACTUALITY_STYLE
from detente.records import Event, Factuality
from detente.records.query import EventQuery
from detente.store import Store

FACTUALITY_ORDER = [f.value for f in Factuality]


def render_summary(store: Store, console: Console, *, examples: int = 5) -> None:
    """Articles, sentences, events by root class and factuality, top dyads, and example events with evidence."""
    from detente.coding import Codebook

    codebook = Codebook.load()
    s = store.summary()
    span = (f", event dates {s.first_event_date} .. {s.last_event_date}" if s.first_event_date else "")
    console.print(f"[bold]{s.articles}[/] articles ({s.coded_articles} coded), [bold]{s.sentences}[/] sentences, "
                  f"[bold]{s.events}[/] events of which [bold green]{s.asserted}[/] asserted "
                  f"({s.clusters} distinct after cross-article deduplication){span}; "
                  f"{s.problems} problems in {s.runs} runs")

    roots = Table(title="events by root class and factuality (counts use asserted events only)")
    roots.add_column("root")
    roots.add_column("name")
    for label in FACTUALITY_ORDER:
        roots.add_column(label, justify="right", style=FACTUALITY_STYLE.get(label, ""))
    for root in sorted(s.by_root_factuality):
        row = s.by_root_factuality[root]
        roots.add_row(root, codebook.get(root).name, *[str(row.get(label, 0) or "") for label in FACTUALITY_ORDER])
    total = [str(s.by_factuality.get(label, 0)) for label in FACTUALITY_ORDER]
    roots.add_row("", "[bold]all[/]", *total)
    console.print(roots)

    dyads = Table(title="top dyads (asserted events, source -> target)")
    for name in ("source", "target", "events"):
        dyads.add_column(name, justify="right" if name == "events" else "left")
    for d in s.top_dyads:
        dyads.add_row(d.source, d.target, str(d.events))
    console.print(dyads)

    if examples:
        shown = store.query_events(EventQuery(limit=examples * 4))
        picked = _varied(shown, examples)
        console.print(f"[bold]example events with their evidence[/] ({len(picked)} of {s.asserted} asserted):")
        for e in picked:
            src = e.source.actor_code if e.source else "-"
            tgt = e.target.actor_code if e.target else "-"
            name = codebook.get(e.event_code).name
            console.print(f"  {e.event_date or '????-??-??'}  {src} -> {e.event_code} {name} -> {tgt}"
                          f"  [dim]({e.article_id}, confidence {e.confidence:.2f})[/]")
            console.print(f"      [italic]\u201c{' '.join(e.evidence.text.split())}\u201d[/]")
        others = store.query_events(EventQuery(factuality=None, limit=200))
        unasserted = [e for e in others if e.factuality is not Factuality.ASSERTED][:3]
        if unasserted:
            console.print("[bold]stored but not counted[/] (not asserted by the text):")
            for e in unasserted:
                label = e.factuality.value
                console.print(f"  [{FACTUALITY_STYLE[label]}]{label:>12}[/]  "
                              f"{e.source.actor_code if e.source else '-'} -> {e.event_code} -> "
                              f"{e.target.actor_code if e.target else '-'}: "
                              f"[italic]\u201c{' '.join(e.evidence.text.split())}\u201d[/]")


def _varied(events: list[Event], n: int) -> list[Event]:
    """Up to ``n`` events from different articles, so the examples show the range of the sample."""
    seen: set[str] = set()
    picked: list[Event] = []
    for e in events:
        if e.article_id not in seen:
            picked.append(e)
            seen.add(e.article_id)
        if len(picked) == n:
            break
    return picked
