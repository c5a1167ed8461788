"""REST shell: DetenteError -> ``{code, message, hint}`` JSON bodies with the right HTTP status.

No traceback ever goes over the wire; unexpected exceptions are logged and answered with code ``D000``.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import DetenteError

log = logging.getLogger(__name__)

FAMILY_STATUS: dict[str, int] = {
    "InvalidRecordError": 422,
    "InputError": 400,
    "ModelError": 503,
    "KnowledgeBaseError": 500,
    "CodebookError": 400,
    "StoreError": 500,
    "QuestionError": 422,
    "ConfigError": 500,
    "UsageError": 400,
    "NotFoundError": 404,
}
"""The HTTP status of each error family (codes in :data:`CODE_STATUS` override it)."""

CODE_STATUS: dict[str, int] = {
    "D401": 404,  # unknown CAMEO code asked for
    "D503": 409,  # refusing to overwrite
    "D602": 404,  # no such question
    "D603": 409,  # question id already taken
    "D804": 401,  # no token sent
    "D805": 403,  # wrong token
    "D806": 422,  # request failed validation
    "D903": 503,  # dashboard libraries not installed
}
"""Statuses that differ from their family's."""

INTERNAL_CODE = "D000"
"""The code of a 500 answer to an unexpected exception (a bug): the one code outside the catalogue."""


def status_of(err: DetenteError) -> int:
    """The HTTP status for ``err``: its code's override, else its family's, else 500."""
    return CODE_STATUS.get(err.code, FAMILY_STATUS.get(err.family, 500))


def error_body(err: DetenteError) -> dict[str, str]:
    """The wire form of an error: ``{"code", "message", "hint"}``."""
    return {"code": err.code, "message": err.message, "hint": err.hint}


def error_response(err: DetenteError) -> JSONResponse:
    """A JSON response carrying ``err`` with its status (a 401 names the Bearer scheme)."""
    headers = {"WWW-Authenticate": "Bearer"} if err.code == "D804" else None
    return JSONResponse(error_body(err), status_code=status_of(err), headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error the app can meet answer ``{code, message, hint}``."""

    async def on_detente_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DetenteError)
        return error_response(exc)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return error_response(DetenteError.make("D806", route=_route(request), reason=_describe(exc)))

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404:
            return error_response(DetenteError.make("D904", value=f"{request.method} {request.url.path}"))
        err = DetenteError.make("D806", route=_route(request), reason=str(exc.detail))
        return JSONResponse(error_body(err), status_code=exc.status_code, headers=exc.headers)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error answering %s %s", request.method, request.url.path)
        return JSONResponse({"code": INTERNAL_CODE, "message": f"internal error ({type(exc).__name__})",
                             "hint": "this is a bug in detente; the server log has the traceback, please "
                                     "report it with the output of `detente info`"}, status_code=500)

    app.add_exception_handler(DetenteError, on_detente_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)


def _route(request: Request) -> str:
    return f"{request.method} {request.url.path}"


def _describe(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors()[:5]:
        where = ".".join(str(x) for x in item.get("loc", ()) if x != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request does not match the schema"
