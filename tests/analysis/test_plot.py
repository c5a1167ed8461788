"""Tests of dyad plots (detente.analysis.plot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.analysis.eventmix import build_store, realistic_mix

from detente.analysis import dyad_series, plot_dyad
from detente.errors import UsageError


def test_plot_dyad_writes_png_and_svg(tmp_path: Path) -> None:
    store = build_store(tmp_path / "s.duckdb", realistic_mix())
    try:
        series = dyad_series(store, "RUS", "UKR", by="month")
    finally:
        store.close()
    png = plot_dyad(series, tmp_path / "dyad.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot_dyad(series, tmp_path / "dyad.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Goldstein mean" in svg


def test_plot_dyad_rejects_other_suffixes(tmp_path: Path) -> None:
    from detente.records.analysis import DyadSeries

    with pytest.raises(UsageError) as info:
        plot_dyad(DyadSeries(a="A", b="B", by="month", since=None, until=None, factuality=None), tmp_path / "x.pdf")
    assert info.value.code == "D802"
