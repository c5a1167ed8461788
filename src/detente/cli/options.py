"""Options shared by several commands (--db, --actors, dates, factuality), parsed into library values."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.config import Settings
from detente.records.query import parse_day, parse_factuality

DB_HELP = "DuckDB store file (default: $DETENTE_DB, else ./detente.duckdb)."
DB_OPTION = typer.Option(None, "--db", help=DB_HELP)
ACTORS_OPTION = typer.Option(None, "--actors", help="Extra actor file(s) (TOML or YAML) merged over the bundled ones.")
DbOption = Annotated[Path | None, typer.Option("--db", help=DB_HELP)]
TreatiesOption = Annotated[list[Path] | None, typer.Option("--treaties", help="Extra treaty file(s) in the registry format.")]

__all__ = ["ACTORS_OPTION", "DB_OPTION", "DbOption", "TreatiesOption", "make_settings", "parse_day",
           "parse_factuality"]


def make_settings(db: Path | None = None, actors: list[Path] | None = None, **extra: object) -> Settings:
    """Settings from the environment, overridden by the command line."""
    overrides: dict[str, object] = dict(extra)
    if db is not None:
        overrides["db_path"] = db
    if actors:
        env_files = Settings.from_env().actor_files
        overrides["actor_files"] = tuple(env_files) + tuple(actors)
    return Settings.from_env(**overrides)
