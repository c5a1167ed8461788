"""benchmarks/bench_pipeline.py: one small run prints both measurements, their ratio and the memory line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_pipeline.py"


@pytest.mark.slow
def test_bench_pipeline_prints_both_rates_the_ratio_and_memory_by_size(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(BENCH), "--articles", "12", "--processes", "1", "--repeat", "1",
                          "--memory-sizes", "4", "--json", str(tmp_path / "b.json")],
                         capture_output=True, text=True, check=True, timeout=300).stdout
    assert "bare spaCy parse" in out and "detente pipeline" in out
    assert "pipeline / bare parse time ratio:" in out
    assert "4 articles" in out and "12 articles" in out
    figures = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert figures["bare"]["articles"] == figures["pipeline"]["articles"] == 12
    assert figures["bare"]["words"] == figures["pipeline"]["words"] > 12 * 50
    assert figures["pipeline"]["events"] > 12 and figures["pipeline"]["peak_mb"] > 50
    assert abs(figures["ratio"] - figures["pipeline"]["seconds"] / figures["bare"]["seconds"]) < 1e-9
