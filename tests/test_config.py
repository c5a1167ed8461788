"""Settings: environment variables, overrides and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.config import Settings
from detente.errors import ConfigError


def test_settings_defaults() -> None:
    s = Settings.from_env({})
    assert s.db_path == Path("detente.duckdb") and s.n_process == 0 and s.actor_files == ()


def test_settings_read_environment_then_overrides() -> None:
    env = {"DETENTE_DB": "/tmp/x.duckdb", "DETENTE_N_PROCESS": "2", "DETENTE_ACTORS": "a.toml:b.toml",
           "DETENTE_TOKEN": "secret"}
    s = Settings.from_env(env, db_path="y.duckdb")
    assert s.db_path == Path("y.duckdb") and s.n_process == 2
    assert s.actor_files == (Path("a.toml"), Path("b.toml")) and s.api_token == "secret"


def test_settings_reject_bad_values_with_the_key() -> None:
    with pytest.raises(ConfigError, match="DETENTE_N_PROCESS"):
        Settings.from_env({"DETENTE_N_PROCESS": "two"})
    with pytest.raises(ConfigError, match="batch_size"):
        Settings(batch_size=0)
