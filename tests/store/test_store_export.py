"""Tests for detente.store.export: Parquet, CSV and JSONL exports, written atomically."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from tests.store.store_records import article, event, result

from detente.errors import DetenteError
from detente.records import Event, Factuality
from detente.records.query import EventQuery
from detente.store import Store, export_events
from detente.store.export import csv_columns

D = date(2024, 10, 1)


@pytest.fixture()
def filled(store: Store) -> Store:
    store.write_results([
        result(article("x1"), event("x1", "IRNGOV", "190", "ISRGOV", day=D),
               event("x1", "RUSGOV", "036", "IRNGOV", day=None, sentence=1, factuality=Factuality.FUTURE)),
        result(article("x2"), event("x2", "IGOUNO", "010", None, day=D)),
    ], None)
    return store


def test_export_jsonl_is_the_spec_json(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export_events(filled, out, "jsonl") == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [e.to_dict() for e in filled.query_events(EventQuery(factuality=None))]


def test_export_parquet_keeps_nested_structs(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export_events(filled, out, "parquet") == 3
    con = duckdb.connect()
    cur = con.execute(f"SELECT * EXCLUDE (cluster_id) FROM read_parquet('{out}')")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    assert [Event.from_dict(r) for r in rows] == filled.query_events(EventQuery(factuality=None))
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{out}'))")
                 .fetchall())
    assert types["source"].startswith("STRUCT(actor_code VARCHAR")


def test_export_csv_flattens_nested_fields(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export_events(filled, out, "csv", query=EventQuery()) == 2
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == csv_columns()
    assert {"source_actor_code", "evidence_text", "plover_event_type", "location_lat"} <= set(rows[0])
    assert sorted((r["source_actor_code"], r["target_actor_code"]) for r in rows) == [("IGOUNO", ""), ("IRNGOV", "ISRGOV")]


def test_export_filters_with_the_query(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "irn.jsonl"
    assert export_events(filled, out, "jsonl", query=EventQuery(actor="IRN", factuality=None)) == 2


def test_export_refuses_to_overwrite_without_force(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("keep me")
    with pytest.raises(DetenteError) as info:
        export_events(filled, out, "csv")
    assert info.value.code == "D503"
    assert out.read_text() == "keep me"
    assert export_events(filled, out, "csv", force=True) == 3
    assert out.read_text().startswith("event_id,")
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_into_a_missing_folder_is_d504(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(DetenteError) as info:
        export_events(filled, tmp_path / "nope" / "e.parquet", "parquet")
    assert info.value.code == "D504"


def test_export_unknown_format_is_d802(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(DetenteError) as info:
        export_events(filled, tmp_path / "e.xlsx", "xlsx")  # type: ignore[arg-type]
    assert info.value.code == "D802"
