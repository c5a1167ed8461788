"""REST shell: ``GET /health``: status, versions and what the store holds."""

from __future__ import annotations

from fastapi import APIRouter

from detente.api.deps import ReaderDep, StateDep
from detente.api.schemas import HealthOut
from detente.store import SCHEMA_VERSION
from detente.version import __version__
from detente.web.assets import missing_vendor

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health(state: StateDep, store: ReaderDep) -> HealthOut:
    """Up and answering: detente's version, the store's schema and counts, whether the model is loaded."""
    summary = store.summary(top=0)
    versions = {"detente": __version__, "schema": str(SCHEMA_VERSION)}
    loaded = state.model_versions
    versions.update(loaded or {})
    return HealthOut(
        status="ok", versions=versions, dashboard_missing=missing_vendor(), model_loaded=loaded is not None, auth=bool(state.settings.api_token),
        store={"path": str(state.store.path), "articles": summary.articles, "coded_articles": summary.coded_articles,
               "sentences": summary.sentences, "events": summary.events, "asserted": summary.asserted,
               "by_factuality": summary.by_factuality, "problems": summary.problems, "runs": summary.runs,
               "first_event_date": summary.first_event_date, "last_event_date": summary.last_event_date})
