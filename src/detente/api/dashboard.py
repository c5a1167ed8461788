"""REST shell: serves the dashboard (``/``, ``/static/...``) and its npm libraries (``/static/vendor/...``)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from detente.errors import DetenteError
from detente.web.assets import static_dir, vendor_path

router = APIRouter(include_in_schema=False)

_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml"}


@router.get("/")
def index() -> FileResponse:
    """The dashboard page."""
    return _file("index.html")


@router.get("/dashboard")
def dashboard() -> RedirectResponse:
    """An alias of ``/``."""
    return RedirectResponse("/")


@router.get("/static/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """A front-end library installed by npm (``make web-deps``); D903 (503) when it is missing."""
    path = vendor_path(name)
    return FileResponse(path, media_type=_TYPES.get(path.suffix, "application/octet-stream"),
                        headers={"Cache-Control": "max-age=3600"})


@router.get("/static/{name}")
def static(name: str) -> FileResponse:
    """One of the dashboard's own files."""
    return _file(name)


def _file(name: str) -> FileResponse:
    root = static_dir()
    path = (root / name).resolve()
    if path.parent != root.resolve() or not path.is_file():
        raise DetenteError.make("D904", value=f"GET /static/{name}")
    return FileResponse(path, media_type=_TYPES.get(path.suffix, "application/octet-stream"),
                        headers={"Cache-Control": "no-cache"})
