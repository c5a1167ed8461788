"""The Codebook: look up, browse and search CAMEO codes with their PLOVER mapping (stage 4, coding)."""

from __future__ import annotations

import functools
import re

from detente.coding.codebook.cameo import CAMEO_VERSION, CameoEntry, load_cameo_entries
from detente.coding.codebook.plover import PloverOntology, PloverType, load_plover
from detente.errors import DetenteError


class Codebook:
    """Every CAMEO code (roots, 3- and 4-digit codes) with Goldstein weight, quad class and PLOVER type.

    Build it with :meth:`load`; the bundled data is read and validated once per process.

    >>> cb = Codebook.load()
    >>> cb.version
    'CAMEO 1.1b3 / PLOVER 0.8'
    >>> e = cb.get("036")
    >>> e.name, e.goldstein, int(e.quad_class), e.plover.event_type
    ('Express intent to meet or negotiate', 4.0, 1, 'AGREE')
    """

    __slots__ = ("_by_code", "_children", "_entries", "_plover")

    def __init__(self, entries: tuple[CameoEntry, ...], plover: PloverOntology) -> None:
        self._entries = entries
        self._plover = plover
        self._by_code: dict[str, CameoEntry] = {e.code: e for e in entries}
        children: dict[str, list[CameoEntry]] = {}
        for e in entries:
            if e.parent is not None:
                children.setdefault(e.parent, []).append(e)
        self._children = {k: tuple(v) for k, v in children.items()}

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> Codebook:
        """The bundled codebook (cached: every call returns the same instance).

        Raises:
            CodebookError: D402 when a bundled data file is invalid.
        """
        return cls(load_cameo_entries(), load_plover())

    @property
    def version(self) -> str:
        """The CAMEO and PLOVER versions the data follows."""
        return f"{CAMEO_VERSION} / {self._plover.version}"

    @property
    def plover(self) -> PloverOntology:
        """The PLOVER event types, modes and contexts."""
        return self._plover

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def get(self, code: str) -> CameoEntry:
        """The entry for ``code`` (``"19"``, ``"195"`` or ``"0312"``).

        Raises:
            CodebookError: D401 when the code does not exist.

        >>> Codebook.load().get("195").name
        'Employ aerial weapons'
        """
        entry = self._by_code.get(code.strip()) if isinstance(code, str) else None
        if entry is None:
            raise DetenteError.make("D401", value=code)
        return entry

    def entries(self) -> list[CameoEntry]:
        """Every entry, roots first within each class, in code order."""
        return list(self._entries)

    def roots(self) -> list[CameoEntry]:
        """The 20 root classes, 01 to 20.

        >>> [e.code for e in Codebook.load().roots()][:3]
        ['01', '02', '03']
        """
        return [e for e in self._entries if e.parent is None]

    def children(self, code: str) -> list[CameoEntry]:
        """The codes one level below ``code`` (empty for a 4-digit or leaf code).

        Raises:
            CodebookError: D401 when ``code`` does not exist.

        >>> [e.code for e in Codebook.load().children("087")]
        ['0871', '0872', '0873', '0874']
        """
        entry = self.get(code)
        return list(self._children.get(entry.code, ()))

    def plover_type(self, code: str) -> PloverType:
        """The PLOVER event type (with its modes) that ``code`` maps to."""
        return self._plover.types[self.get(code).plover.event_type]

    def search(self, words: str) -> list[CameoEntry]:
        """Entries whose name or description contains every word of ``words`` (case-insensitive;
        a word matches at the start of a word, so ``missile`` matches ``missiles``).

        >>> "195" in [e.code for e in Codebook.load().search("missile")]
        True
        """
        terms = [t for t in re.findall(r"[\w-]+", words.lower()) if t]
        if not terms:
            return []
        patterns = [re.compile(r"\b" + re.escape(t)) for t in terms]
        found = []
        for e in self._entries:
            text = f"{e.name} {e.description}".lower()
            if all(p.search(text) for p in patterns):
                found.append(e)
        return found
