"""Shared fixtures, all in one place (spaCy's rule). Named for what they return."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(autouse=True)
def _clean_detente_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hygiene: no DETENTE_* variable from the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("DETENTE_"):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The real English spaCy pipeline (loaded once per session)."""
    from detente.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def kb() -> Any:
    """The bundled actor knowledge base."""
    from detente.actors import KnowledgeBase

    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def codebook() -> Any:
    """The bundled CAMEO/PLOVER codebook."""
    from detente.coding import Codebook

    return Codebook.load()


@pytest.fixture(scope="session")
def pipeline(nlp: Any, kb: Any, codebook: Any) -> Any:
    """The full coding pipeline over the real model (single process)."""
    from detente.config import Settings
    from detente.pipeline import Pipeline

    return Pipeline(Settings(n_process=1), nlp=nlp, kb=kb, codebook=codebook)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Any]:
    """A real, empty DuckDB store file under tmp_path."""
    from detente.store import Store

    with Store.open(tmp_path / "test.duckdb") as s:
        yield s


def require_shared(path: Path) -> Path:
    """Skip a test that needs ../shared/ when the checkout has none beside it."""
    if not path.exists():
        pytest.skip(f"{path} not available (../shared/ is not beside this checkout)")
    return path
