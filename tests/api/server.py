"""A real uvicorn server in a thread on 127.0.0.1, for the API and dashboard tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from detente.api import create_app
from detente.config import Settings

API_TOKEN = "test-token-5f1c"
"""The bearer token the test server requires for writes."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def run_server(db_path: Path, *, token: str | None = API_TOKEN, settings: Settings | None = None) -> Iterator[str]:
    """Serve ``create_app`` over ``db_path`` (or ``settings``) until the block ends; yields the base URL."""
    app = create_app(settings or Settings(db_path=db_path, api_token=token, n_process=1))
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                            ws="none", http="h11")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="detente-test-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test API server did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
