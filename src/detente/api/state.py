"""REST shell: what one server process holds: the settings, one store connection, one pipeline.

DuckDB: one connection per process; each request reads through its own cursor, and writes are
serialised by a lock. The spaCy pipeline and the knowledge base load on first use, once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from detente.analysis import TreatyRegistry
from detente.config import Settings
from detente.store import Store

if TYPE_CHECKING:
    from detente.actors import KnowledgeBase
    from detente.pipeline import Pipeline


class ApiState:
    """The per-process resources of the REST API (built by ``create_app``, closed on shutdown)."""

    def __init__(self, settings: Settings, store: Store, *, pipeline: Pipeline | None = None) -> None:
        self.settings = settings
        self.store = store
        self.write_lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._pipeline = pipeline
        self._kb: KnowledgeBase | None = None
        self._registry: TreatyRegistry | None = None
        self._model_versions: dict[str, str] | None = None

    @property
    def model_versions(self) -> dict[str, str] | None:
        """Versions of the model, KB and codebook once the pipeline has coded something (None before)."""
        return None if self._model_versions is None else dict(self._model_versions)

    def note_model_ready(self) -> None:
        """Record that the pipeline has coded (so its model is loaded) and remember its versions."""
        if self._model_versions is None and self._pipeline is not None:
            self._model_versions = self._pipeline.versions()

    def pipeline(self) -> Pipeline:
        """The process's one coding pipeline, built on first call (the model loads when it first codes)."""
        with self._load_lock:
            if self._pipeline is None:
                from detente.pipeline import Pipeline

                self._pipeline = Pipeline(self.settings)
            return self._pipeline

    def kb(self) -> KnowledgeBase:
        """The knowledge base (the pipeline's, or loaded on first call)."""
        with self._load_lock:
            if self._kb is None:
                from detente.actors import KnowledgeBase

                self._kb = KnowledgeBase.load(self.settings.actor_files)
            return self._kb

    def registry(self) -> TreatyRegistry:
        """The treaty and alliance registry, loaded on first call."""
        with self._load_lock:
            if self._registry is None:
                self._registry = TreatyRegistry.load()
            return self._registry

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A store view over a fresh cursor of the process's connection, for one request's reads."""
        cursor = self.store.connection.cursor()
        view = Store(cursor, self.store.path, window_days=self.store.window_days)
        try:
            yield view
        finally:
            cursor.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """The store for writing, held under the process's write lock."""
        with self.write_lock, self.reader() as view:
            yield view

    def close(self) -> None:
        """Close the store connection."""
        self.store.close()
