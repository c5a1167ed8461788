"""detente.store — stage 5: the DuckDB store (runs, articles, events, problems), queries and exports."""

from detente.store.dedup import DEFAULT_WINDOW_DAYS
from detente.store.export import export_events
from detente.store.store import SCHEMA_VERSION, Store
from detente.store.summary import DyadCount, RunInfo, StoreSummary

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "SCHEMA_VERSION",
    "DyadCount",
    "RunInfo",
    "Store",
    "StoreSummary",
    "export_events",
]
