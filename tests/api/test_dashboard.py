"""The dashboard's files over HTTP: the page, its modules, the npm libraries, and coded errors for the rest."""

from __future__ import annotations

import re

import httpx
import pytest

from detente.errors import NotFoundError
from detente.web import assets


def test_dashboard_index_and_its_modules_are_served(api_url: str) -> None:
    page = httpx.get(f"{api_url}/", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for src in re.findall(r'src="(/static/[^"]+)"', page.text):
        response = httpx.get(api_url + src, timeout=30)
        assert response.status_code == 200, src
    app_js = httpx.get(f"{api_url}/static/app.js", timeout=30).text
    for module in re.findall(r'from "\./([a-z]+\.js)"', app_js):
        assert httpx.get(f"{api_url}/static/{module}", timeout=30).status_code == 200, module
    assert "http://" not in page.text and "https://" not in page.text


def test_dashboard_vendor_files_come_from_node_modules(api_url: str) -> None:
    for name in assets.VENDOR:
        response = httpx.get(f"{api_url}/static/vendor/{name}", timeout=30)
        assert response.status_code == 200 and len(response.content) > 5_000, name
    assert httpx.get(f"{api_url}/static/vendor/jquery.js", timeout=30).json()["code"] == "D904"


def test_dashboard_static_refuses_paths_outside_its_folder(api_url: str) -> None:
    for path in ("/static/..%2Fassets.py", "/static/nope.js"):
        response = httpx.get(api_url + path, timeout=30)
        assert response.status_code == 404 and response.json()["code"] == "D904"


def test_dashboard_missing_library_is_d903(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(assets, "node_modules_dir", lambda: tmp_path)
    with pytest.raises(NotFoundError) as info:
        assets.vendor_path("d3.min.js")
    assert info.value.code == "D903" and "make web-deps" in info.value.hint
    assert assets.missing_vendor() == ["d3", "topojson-client", "world-atlas"]
