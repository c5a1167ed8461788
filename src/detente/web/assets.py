"""Dashboard shell: where the dashboard's own files and its npm-installed libraries live in the package.

The page (``static/``) is written for detente; the libraries come from ``node_modules/``, installed by
``make web-deps`` (npm ci) from ``package.json``, and are never copied into the repository.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from detente.errors import DetenteError

VENDOR: dict[str, str] = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}
"""The files the dashboard loads from /static/vendor/NAME, and their paths under node_modules/."""


def static_dir() -> Path:
    """The folder of the dashboard's own files (index.html, app.js, style.css)."""
    return _as_path(resources.files("detente.web").joinpath("static"))


def node_modules_dir() -> Path:
    """The folder npm installs the dashboard's libraries into (it may not exist)."""
    return _as_path(resources.files("detente.web").joinpath("node_modules"))


def vendor_path(name: str) -> Path:
    """The installed file behind /static/vendor/``name``.

    Raises:
        NotFoundError: D904 when ``name`` is not one of :data:`VENDOR`; D903 when npm has not installed it.
    """
    relative = VENDOR.get(name)
    if relative is None:
        raise DetenteError.make("D904", value=f"GET /static/vendor/{name}")
    path = node_modules_dir() / relative
    if not path.is_file():
        raise DetenteError.make("D903", value=relative.split("/")[0])
    return path


def missing_vendor() -> list[str]:
    """The npm packages whose files the dashboard needs but that are not installed."""
    return sorted({rel.split("/")[0] for rel in VENDOR.values() if not (node_modules_dir() / rel).is_file()})


def _as_path(item: Traversable) -> Path:
    return Path(str(item))
