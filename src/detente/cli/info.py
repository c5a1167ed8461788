"""`detente info`: versions of detente, Python, spaCy, the model, DuckDB, the KB and the codebook."""

from __future__ import annotations

import platform

import typer


def register(app: typer.Typer) -> None:
    """Add ``info`` to ``app``."""
    app.command("info")(info)


def info() -> int:
    """Print the versions to include in a bug report."""
    import duckdb
    from spacy import about as spacy_about

    from detente.actors import KnowledgeBase
    from detente.coding import Codebook
    from detente.config import Settings
    from detente.version import __version__

    settings = Settings.from_env()
    lines = [
        f"detente {__version__}",
        f"python {platform.python_version()} ({platform.system()} {platform.machine()})",
        f"spacy {spacy_about.__version__}, model {settings.model_name}",
        f"duckdb {duckdb.__version__}",
        f"knowledge base {KnowledgeBase.load(settings.actor_files).version}",
        f"codebook {Codebook.load().version}",
        f"store {settings.db_path}",
    ]
    typer.echo("\n".join(lines))
    return 0
