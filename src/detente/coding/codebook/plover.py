"""PLOVER event types, their modes and contexts, read from the bundled data (stage 4, coding).

The data lives in ``data/plover.toml`` (PLOVER manual draft 0.8); :func:`load_plover` reads and
validates it once per process.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from detente.errors import DetenteError
from detente.records import QuadClass

PLOVER_FILE = "plover.toml"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types, in the manual's order."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverType:
    """One PLOVER event type with its quad class and its modes (``name -> meaning``)."""

    name: str
    quad_class: QuadClass
    description: str
    modes: tuple[tuple[str, str], ...] = ()

    @property
    def mode_names(self) -> frozenset[str]:
        """The names of this type's modes."""
        return frozenset(name for name, _ in self.modes)


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverOntology:
    """The PLOVER event types and contexts of one PLOVER version.

    >>> plover = load_plover()
    >>> plover.version, len(plover.types)
    ('PLOVER 0.8', 16)
    >>> "visit" in plover.types["CONSULT"].mode_names
    True
    """

    version: str
    types: dict[str, PloverType]
    contexts: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_plover() -> PloverOntology:
    """Read and validate the bundled PLOVER data (once per process).

    Raises:
        CodebookError: D402 when the data file is malformed.
    """
    path = resources.files("detente.coding.codebook") / "data" / PLOVER_FILE
    where = f"detente/coding/codebook/data/{PLOVER_FILE}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DetenteError.make("D402", path=where, line=0, reason=str(err)) from err
    raw_types = data.get("types", {})
    missing = [name for name in PLOVER_TYPES if name not in raw_types]
    extra = [name for name in raw_types if name not in PLOVER_TYPES]
    if missing or extra:
        raise DetenteError.make("D402", path=where, line=0,
                                reason=f"event types missing {missing} or unknown {extra}")
    types: dict[str, PloverType] = {}
    for name in PLOVER_TYPES:
        entry = raw_types[name]
        try:
            quad = QuadClass(int(entry["quad_class"]))
            modes = tuple(sorted((str(k), str(v)) for k, v in entry.get("modes", {}).items()))
            types[name] = PloverType(name=name, quad_class=quad, description=str(entry["description"]),
                                     modes=modes)
        except (KeyError, ValueError, TypeError) as err:
            raise DetenteError.make("D402", path=where, line=0,
                                    reason=f"type {name}: bad or missing field ({err})") from err
    return PloverOntology(version=str(data.get("version", "")), types=types,
                          contexts=frozenset(str(c) for c in data.get("contexts", [])))
