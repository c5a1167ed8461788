"""REST shell: ``create_app(settings)``, the FastAPI application behind ``detente serve`` and the dashboard.

Swagger UI is served offline (fastapi-offline); the dashboard's files come from ``detente.web``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from detente.api.dashboard import router as dashboard_router
from detente.api.errors import install_error_handlers
from detente.api.routes import ROUTERS
from detente.api.state import ApiState
from detente.config import Settings
from detente.store import Store
from detente.version import __version__

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

DESCRIPTION = """Coded political events (CAMEO/PLOVER) with actors, dates and factuality, read from news text.

Errors are `{code, message, hint}`; write routes need `Authorization: Bearer <token>` when the server has a token.
See docs/rest-api.md."""


def create_app(settings: Settings | None = None, *, pipeline: Pipeline | None = None) -> FastAPI:
    """The REST API and dashboard over the store of ``settings`` (opened now, closed on shutdown).

    Args:
        settings: the configuration (``Settings.from_env()`` when None): ``db_path`` and ``api_token`` matter here.
        pipeline: a ready coding pipeline to share; by default one is built on the first ``POST /articles``.

    Raises:
        StoreError: D501/D502 when the store cannot be opened.
    """
    config = settings if settings is not None else Settings.from_env()
    store = Store.open(config.db_path)
    state = ApiState(config, store, pipeline=pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = FastAPIOffline(title="detente", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.detente = state
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(dashboard_router)
    return app
