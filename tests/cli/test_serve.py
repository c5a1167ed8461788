"""`detente serve`: the real command in a subprocess serves the API and the dashboard over a store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.api.server import free_port
from typer.testing import CliRunner

from detente.cli.app import app


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--token"):
        assert option in result.output


@pytest.mark.slow
def test_serve_subprocess_answers_health_and_guards_writes(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "served.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "detente", "serve", "--port", str(port), "--db", str(db),
                             "--token", "s3cret"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{url}/health", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                assert time.monotonic() < deadline, "detente serve did not answer within 60 s"
                time.sleep(0.2)
        body = health.json()
        assert body["auth"] is True and body["store"]["path"] == str(db) and body["store"]["events"] == 0
        assert httpx.post(f"{url}/articles", json={"text": "Iran fired missiles."}, timeout=10).status_code == 401
        assert httpx.get(f"{url}/", timeout=10).status_code == 200
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
    assert f"serving {db}" in output
