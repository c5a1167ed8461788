"""The error mapping of the REST shell: every family and code gets its documented status and body."""

from __future__ import annotations

import pytest

from detente.api.errors import CODE_STATUS, FAMILY_STATUS, error_body, status_of
from detente.errors import CATALOGUE, DetenteError


@pytest.mark.parametrize(("code", "status"), [
    ("D105", 400), ("D107", 400), ("D201", 503), ("D501", 500), ("D503", 409), ("D601", 422), ("D602", 404),
    ("D603", 409), ("D801", 400), ("D803", 400), ("D804", 401), ("D805", 403), ("D806", 422), ("D901", 404),
    ("D902", 404), ("D903", 503), ("D904", 404),
])
def test_errors_status_of_code(code: str, status: int) -> None:
    assert status_of(DetenteError.make(code, path="p", value="v", reason="r", route="GET /x")) == status


def test_errors_every_catalogue_family_has_a_status() -> None:
    assert {entry.family for entry in CATALOGUE.values()} <= set(FAMILY_STATUS)
    assert set(CODE_STATUS) <= set(CATALOGUE)


def test_errors_body_carries_the_real_values() -> None:
    body = error_body(DetenteError.make("D804", route="POST /articles"))
    assert body == {"code": "D804", "message": "POST /articles needs an API token and the request sent none",
                    "hint": CATALOGUE["D804"].hint}


def test_errors_unexpected_exception_is_a_500_without_traceback() -> None:
    import asyncio

    import httpx
    from fastapi import FastAPI

    from detente.api.errors import INTERNAL_CODE, install_error_handlers

    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /home/user/x.py")

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/boom")

    response = asyncio.run(call())
    assert response.status_code == 500
    body = response.json()
    assert body["code"] == INTERNAL_CODE and body["message"] == "internal error (RuntimeError)"
    assert "secret" not in response.text and "Traceback" not in response.text and body["hint"]
