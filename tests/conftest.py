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
def resolver(kb: Any) -> Any:
    """An actor resolver over the bundled knowledge base (it keeps no state between texts, so one serves all).

    Files whose tests need other office holders define their own ``resolver`` over a fixture knowledge base.
    """
    from detente.actors import ActorResolver

    return ActorResolver(kb)


@pytest.fixture(scope="session")
def coder(codebook: Any) -> Any:
    """The event coder over the bundled codebook, gazetteer and lexicon (stateless between articles)."""
    from detente.coding import EventCoder

    return EventCoder(codebook)


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


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite tests/golden/*/expected.jsonl from the current coder (check them by eye)."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="regenerate the golden expected.jsonl files instead of comparing against them")


@pytest.fixture()
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with --update-golden."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real uvicorn server on 127.0.0.1 over a store seeded with hand-built events.

    Write routes need ``Authorization: Bearer`` + ``tests.api.server.API_TOKEN``.
    """
    from tests.api.seed import seed_store
    from tests.api.server import run_server

    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    seed_store(path)
    with run_server(path) as url:
        yield url


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless chromium driven by Playwright, one per session (`make browser-deps` installs it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (run `make browser-deps`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def mix_store(tmp_path: Path) -> Iterator[Any]:
    """A real store holding the analysis stage's realistic event mix; each test gets its own (it may write)."""
    from tests.analysis.eventmix import build_store, realistic_mix

    store = build_store(tmp_path / "mix.duckdb", realistic_mix())
    yield store
    store.close()


@pytest.fixture(scope="session")
def shared_mix_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The same event mix, built once per session for tests that only read it."""
    from tests.analysis.eventmix import build_store, realistic_mix

    store = build_store(tmp_path_factory.mktemp("mix") / "mix.duckdb", realistic_mix())
    yield store
    store.close()
