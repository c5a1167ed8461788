"""Options shared by several commands (--db, --actors, dates, factuality), parsed into library values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from detente.config import Settings
from detente.errors import DetenteError
from detente.records import Factuality

DB_OPTION = typer.Option(None, "--db", help="DuckDB store file (default: $DETENTE_DB, else ./detente.duckdb).")
ACTORS_OPTION = typer.Option(None, "--actors", help="Extra actor file(s) (TOML) merged over the bundled ones.")
FACTUALITY_CHOICES = ("asserted", "negated", "hypothetical", "future", "question", "all")


def make_settings(db: Path | None = None, actors: list[Path] | None = None, **extra: object) -> Settings:
    """Settings from the environment, overridden by the command line."""
    overrides: dict[str, object] = dict(extra)
    if db is not None:
        overrides["db_path"] = db
    if actors:
        env_files = Settings.from_env().actor_files
        overrides["actor_files"] = tuple(env_files) + tuple(actors)
    return Settings.from_env(**overrides)


def parse_day(value: str | None) -> date | None:
    """An ISO date from the command line (UsageError D803 otherwise)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise DetenteError.make("D803", value=value) from err


def parse_factuality(value: str) -> Factuality | None:
    """``asserted`` ... ``question``, or ``all`` for every label (None)."""
    if value == "all":
        return None
    try:
        return Factuality(value)
    except ValueError as err:
        raise DetenteError.make("D802", value=value, choices=", ".join(FACTUALITY_CHOICES)) from err
