"""REST shell: request dependencies: the process state, a per-request store reader, the bearer-token check."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from datetime import date
from typing import Annotated

from fastapi import Depends, Request

from detente.api.state import ApiState
from detente.errors import DetenteError
from detente.records.query import parse_day as parse_iso_day
from detente.records.query import parse_factuality
from detente.store import Store

__all__ = ["WRITE", "ReaderDep", "StateDep", "get_reader", "get_state", "parse_day", "parse_factuality",
           "require_token"]


def get_state(request: Request) -> ApiState:
    """The process's :class:`ApiState`."""
    state: ApiState = request.app.state.detente
    return state


def get_reader(request: Request) -> Iterator[Store]:
    """A store view over its own cursor, for the reads of one request."""
    with get_state(request).reader() as store:
        yield store


def require_token(request: Request) -> None:
    """Refuse a write without the configured bearer token (401 none sent, 403 wrong); open when none is set."""
    token = get_state(request).settings.api_token
    if not token:
        return
    route = f"{request.method} {request.url.path}"
    header = request.headers.get("authorization", "")
    scheme, _, sent = header.partition(" ")
    if scheme.lower() != "bearer" or not sent.strip():
        raise DetenteError.make("D804", route=route)
    if not hmac.compare_digest(sent.strip().encode("utf-8"), token.encode("utf-8")):
        raise DetenteError.make("D805", route=route)


def parse_day(value: str | None) -> date | None:
    """An ISO date from a query parameter; a blank parameter is no filter (UsageError D803 otherwise)."""
    return parse_iso_day(value or None)


StateDep = Annotated[ApiState, Depends(get_state)]
ReaderDep = Annotated[Store, Depends(get_reader)]
WRITE = [Depends(require_token)]
"""Dependencies of every write route."""
