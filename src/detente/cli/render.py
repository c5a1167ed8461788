"""Rendering for the CLI: events as JSONL/CSV/tables, problems, and the store summary."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table

from detente.errors import DetenteError
from detente.records import Event, Problem
from detente.records.event import FLAT_FIELDS

FORMATS = ("jsonl", "csv", "table")

FACTUALITY_STYLE = {"asserted": "bold green", "negated": "red", "hypothetical": "yellow", "future": "cyan",
                    "question": "magenta"}


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write events in ``fmt`` (jsonl, csv or table) to ``out``; returns how many were written."""
    if fmt == "jsonl":
        n = 0
        for event in events:
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(FLAT_FIELDS), extrasaction="ignore")
        writer.writeheader()
        n = 0
        for event in events:
            writer.writerow(event.to_flat_dict())
            n += 1
        return n
    if fmt == "table":
        rows = list(events)
        console = Console(file=out, width=_width(out))
        console.print(event_table(rows))
        return len(rows)
    raise DetenteError.make("D802", value=fmt, choices=", ".join(FORMATS))


def event_table(events: Sequence[Event], *, title: str | None = None) -> Table:
    """A rich table of events: date, source, code, target, factuality and the evidence sentence."""
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("date", "source", "code", "target", "factuality", "evidence"):
        table.add_column(name, overflow="fold")
    for e in events:
        fact = e.factuality.value
        table.add_row(
            e.event_date.isoformat() if e.event_date else "",
            e.source.actor_code if e.source else "-",
            e.event_code,
            e.target.actor_code if e.target else "-",
            f"[{FACTUALITY_STYLE.get(fact, '')}]{fact}[/]",
            _clip(e.evidence.text, 110),
        )
    return table


def print_problems(problems: Sequence[Problem], err: TextIO | None = None) -> None:
    """Each problem as ``error[CODE]: message`` + hint on stderr, then a count."""
    stream = err if err is not None else sys.stderr
    for problem in problems:
        print(problem.render(), file=stream)
    if problems:
        print(f"{len(problems)} input(s) had problems; the rest was processed", file=stream)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _width(out: TextIO) -> int:
    return 160 if not getattr(out, "isatty", lambda: False)() else Console().width
