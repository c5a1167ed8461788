"""CLI shell: ``detente serve``: the REST API and the dashboard over a store, with uvicorn."""

from __future__ import annotations

from pathlib import Path

import typer

from detente.cli.options import DB_OPTION, make_settings


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""
    app.command("serve")(serve)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    db: Path | None = DB_OPTION,
    token: str | None = typer.Option(None, "--token", help="Bearer token the write routes require "
                                                            "(default: $DETENTE_TOKEN; none: writes are open)."),
) -> int:
    """Serve the REST API (/docs), and the dashboard at /, over the store until interrupted.

    Raises:
        StoreError: D501 when the store cannot be opened (e.g. another process holds it).
    """
    import uvicorn

    from detente.api import create_app

    settings = make_settings(db=db, api_token=token)
    app = create_app(settings)
    typer.echo(f"detente: serving {settings.db_path} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
    return 0
