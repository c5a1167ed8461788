"""Loads a script of benchmarks/ as a module for its tests (the scripts are run by path, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
"""The repository's benchmarks/ folder."""


def load_benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` imported as the module ``detente_bench_<name>`` (registered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(f"detente_bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
