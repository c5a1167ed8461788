"""CAMEO event codes: the entry record and the reader of the bundled code table (stage 4, coding).

``data/cameo.tsv`` holds every CAMEO 1.1b3 code with its Goldstein weight and PLOVER mapping;
:func:`load_cameo_entries` reads and validates it, naming ``file:line`` on any error.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources
from typing import NoReturn

from detente.coding.codebook.plover import PloverOntology, load_plover
from detente.errors import DetenteError
from detente.records import CameoCode, Plover, QuadClass

CAMEO_FILE = "cameo.tsv"
CAMEO_VERSION = "CAMEO 1.1b3"
COLUMNS = ("code", "goldstein", "plover", "mode", "context", "name", "description")


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoEntry:
    """One CAMEO event code with its meaning, weight and PLOVER equivalent.

    ``parent`` is the code one level up (``"0312"`` -> ``"031"``, ``"031"`` -> ``"03"``) and None
    for a root class; ``root`` is the two-digit root class. ``plover_context`` is the PLOVER context
    the code implies, if any.

    >>> e = CameoEntry(code=CameoCode("036"), name="Express intent to meet or negotiate",
    ...                description="...", goldstein=4.0, quad_class=QuadClass.VERBAL_COOPERATION,
    ...                plover=Plover(event_type="AGREE"), parent=CameoCode("03"), root=CameoCode("03"))
    >>> e.level, e.is_root
    (3, False)
    """

    code: CameoCode
    name: str
    description: str
    goldstein: float
    quad_class: QuadClass
    plover: Plover
    parent: CameoCode | None
    root: CameoCode
    plover_context: str | None = None

    @property
    def level(self) -> int:
        """The number of digits of the code: 2 (root class), 3 or 4."""
        return len(self.code)

    @property
    def is_root(self) -> bool:
        """True for one of the 20 root classes."""
        return self.parent is None


def quad_class_of(root: str) -> QuadClass:
    """The quad class of a root class: 01-05 verbal cooperation, 06-08 material cooperation,
    09-14 verbal conflict, 15-20 material conflict.

    >>> quad_class_of("04"), quad_class_of("14"), quad_class_of("19")
    (<QuadClass.VERBAL_COOPERATION: 1>, <QuadClass.VERBAL_CONFLICT: 3>, <QuadClass.MATERIAL_CONFLICT: 4>)
    """
    n = int(root)
    if 1 <= n <= 5:
        return QuadClass.VERBAL_COOPERATION
    if 6 <= n <= 8:
        return QuadClass.MATERIAL_COOPERATION
    if 9 <= n <= 14:
        return QuadClass.VERBAL_CONFLICT
    if 15 <= n <= 20:
        return QuadClass.MATERIAL_CONFLICT
    raise DetenteError.make("D401", value=root)


def parent_of(code: str) -> str | None:
    """The code one level up, or None for a two-digit root class.

    >>> parent_of("0312"), parent_of("031"), parent_of("03")
    ('031', '03', None)
    """
    return code[:-1] if len(code) > 2 else None


@functools.lru_cache(maxsize=1)
def load_cameo_entries() -> tuple[CameoEntry, ...]:
    """Read and validate the bundled CAMEO table (once per process), in file order.

    Raises:
        CodebookError: D402 with ``file:line`` when a line is malformed, a code repeats, a
            parent is missing, a weight is outside -10..10 or a PLOVER type/mode is unknown.
    """
    path = resources.files("detente.coding.codebook") / "data" / CAMEO_FILE
    where = f"detente/coding/codebook/data/{CAMEO_FILE}"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DetenteError.make("D402", path=where, line=0, reason=str(err)) from err
    return parse_cameo_table(text, where=where, plover=load_plover())


def parse_cameo_table(text: str, *, where: str, plover: PloverOntology) -> tuple[CameoEntry, ...]:
    """Parse the tab-separated CAMEO table ``text`` (see ``data/cameo.tsv`` for the columns).

    Raises:
        CodebookError: D402 naming ``where:line`` for the first invalid line.

    >>> rows = "code\\tgoldstein\\tplover\\tmode\\tcontext\\tname\\tdescription\\n"
    >>> rows += "04\\t1.0\\tCONSULT\\t\\t\\tConsult\\tMeetings.\\n041\\t1.0\\tCONSULT\\tphone\\t\\tCall\\tA call.\\n"
    >>> [e.code for e in parse_cameo_table(rows, where="x.tsv", plover=load_plover())]
    ['04', '041']
    """
    entries: dict[str, CameoEntry] = {}
    lines: dict[str, int] = {}
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                _fail(where, lineno, f"expected the header {'/'.join(COLUMNS)}, got {raw!r}")
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            _fail(where, lineno, f"expected {len(COLUMNS)} tab-separated cells, got {len(cells)}")
        code, goldstein_s, ptype, mode, context, name, description = (c.strip() for c in cells)
        entry = _make_entry(where, lineno, plover, code=code, goldstein_s=goldstein_s, ptype=ptype,
                            mode=mode, context=context, name=name, description=description)
        if code in entries:
            _fail(where, lineno, f"code {code} repeats line {lines[code]}")
        parent = entry.parent
        if parent is not None and parent not in entries:
            _fail(where, lineno, f"code {code} comes before (or without) its parent {parent}")
        entries[code] = entry
        lines[code] = lineno
    if not header_seen:
        _fail(where, 0, "no header line")
    return tuple(entries.values())


def _make_entry(where: str, lineno: int, plover: PloverOntology, *, code: str, goldstein_s: str,
                ptype: str, mode: str, context: str, name: str, description: str) -> CameoEntry:
    if not (code.isdigit() and 2 <= len(code) <= 4):
        _fail(where, lineno, f"bad CAMEO code {code!r} (2 to 4 digits)")
    if not 1 <= int(code[:2]) <= 20:
        _fail(where, lineno, f"root class {code[:2]!r} of {code} is outside 01..20")
    try:
        goldstein = float(goldstein_s)
    except ValueError:
        _fail(where, lineno, f"Goldstein weight {goldstein_s!r} of {code} is not a number")
    if math.isnan(goldstein) or not -10.0 <= goldstein <= 10.0:
        _fail(where, lineno, f"Goldstein weight {goldstein} of {code} is outside -10..10")
    if ptype not in plover.types:
        _fail(where, lineno, f"unknown PLOVER event type {ptype!r} for {code}")
    if mode and mode not in plover.types[ptype].mode_names:
        _fail(where, lineno, f"PLOVER {ptype} has no mode {mode!r} (code {code})")
    if context and context not in plover.contexts:
        _fail(where, lineno, f"unknown PLOVER context {context!r} for {code}")
    if not name or not description:
        _fail(where, lineno, f"code {code} needs a name and a description")
    parent = parent_of(code)
    return CameoEntry(code=CameoCode(code), name=name, description=description, goldstein=goldstein,
                      quad_class=quad_class_of(code[:2]),
                      plover=Plover(event_type=ptype, mode=mode or None),
                      parent=CameoCode(parent) if parent else None, root=CameoCode(code[:2]),
                      plover_context=context or None)


def _fail(where: str, line: int, reason: str) -> NoReturn:
    raise DetenteError.make("D402", path=where, line=line, reason=reason)
