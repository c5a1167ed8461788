"""The ingest stage (stage 1): files, folders, feeds and stdin -> a stream of Article | Problem.

Nothing here raises for a bad input: every input that cannot be read becomes a ``Problem`` with a
catalogue code (D101-D111) and the rest of the inputs are still read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from detente.errors import DetenteError
from detente.ingest.readers.feed import read_feed
from detente.ingest.readers.html import read_html
from detente.ingest.readers.jsonl import read_json, read_jsonl
from detente.ingest.readers.text import read_text
from detente.ingest.sniff import InputFormat, binary_reason, decode_text, resolve_format, suffix_format
from detente.records import Article, Problem

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"
STDIN_SOURCE = "<stdin>"


def iter_articles(paths: Iterable[str | Path], *, stdin: TextIO | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Problem]:
    """Read articles from files, folders and ``-`` (standard input), in the order given.

    Folders are walked recursively in sorted order; hidden files and folders (names starting with
    ``.``) are skipped. Formats follow the suffix (sniffed when it is missing or lies); see
    docs/input-formats.md. Within one call an ``article_id`` is used once: a later article with the
    same id and the same (normalised) text is skipped silently, one with a different text becomes
    a D111 problem. A text is coded once too: a later article with another id but the same
    (normalised) body and the same publication date (one wire story in two feeds) is skipped, so that
    its events are not counted twice (the first one read is kept). The same text on another date is
    another article: its titles may name other people.

    Args:
        paths: files, folders, or ``"-"`` for ``stdin``.
        stdin: the stream ``-`` reads (``sys.stdin`` when None).
        max_bytes: larger files are refused with D110.

    Yields:
        Articles and problems, in input order.
    """
    seen: dict[str, tuple[str, str]] = {}
    texts: set[tuple[str, date | None]] = set()
    for item in paths:
        for record in _iter_input(item, stdin=stdin, max_bytes=max_bytes):
            if isinstance(record, Problem):
                yield record
                continue
            previous = seen.get(record.article_id)
            digest = record.content_hash[:16]
            if previous is None:
                seen[record.article_id] = (digest, record.source or "")
                text_key = (record.content_hash, record.published_on)
                if text_key in texts:
                    continue  # the same article under another id: its events are already counted
                texts.add(text_key)
                yield record
            elif previous[0] != digest:
                where, line = _locate(record.source or "<input>")
                err = DetenteError.make(
                    "D111", path=where, line=line if line is not None else "-",
                    reason=f"article id {record.article_id!r} is already used by a different text "
                           f"({previous[1]})")
                yield Problem.from_error(err, source=where, line=line, article_id=record.article_id)


def iter_files(folder: Path) -> Iterator[Path]:
    """Every non-hidden file under ``folder``, recursively, sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                path = Path(root) / name
                found.append((path.relative_to(folder).as_posix(), path))
    for _, path in sorted(found):
        yield path


def read_bytes(data: bytes, *, source: str, declared: InputFormat | None = None) -> Iterator[Article | Problem]:
    """Read the content of one input whose bytes are already in memory (any supported format)."""
    try:
        reason = binary_reason(data)
        if reason is not None:
            raise DetenteError.make("D106", path=source, reason=reason)
        if not data.strip():
            raise DetenteError.make("D105", path=source)
        fmt = resolve_format(declared, data)
        if fmt is InputFormat.FEED:
            yield from read_feed(data, source=source)
            return
        text = decode_text(data, where=source)
    except DetenteError as err:
        yield Problem.from_error(err, source=source)
        return
    if fmt is InputFormat.JSONL:
        yield from read_jsonl(text, source=source)
    elif fmt is InputFormat.JSON:
        yield from read_json(text, source=source)
    elif fmt is InputFormat.HTML:
        yield from read_html(text, source=source)
    else:
        yield from read_text(text, source=source)


def _locate(source: str) -> tuple[str, int | None]:
    """Split an article source ``path:LINE`` or ``path#N`` into the path and the number."""
    for sep in (":", "#"):
        head, found, tail = source.rpartition(sep)
        if found and tail.isdigit():
            return head, int(tail)
    return source, None


def _iter_input(item: str | Path, *, stdin: TextIO | None, max_bytes: int) -> Iterator[Article | Problem]:
    if isinstance(item, str) and item == STDIN:
        yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
        return
    path = Path(item)
    if path.is_dir():
        for file in iter_files(path):
            yield from _read_file(file, max_bytes)
    elif path.exists() or path.is_symlink():
        yield from _read_file(path, max_bytes)
    else:
        yield Problem.from_error(DetenteError.make("D109", path=str(path)), source=str(path))


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    source = str(path)
    try:
        declared = suffix_format(path)
        size = path.stat().st_size
        if size > max_bytes:
            raise DetenteError.make("D110", path=source, size=size, limit=max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise DetenteError.make("D110", path=source, size=len(data), limit=max_bytes)
    except DetenteError as err:
        yield Problem.from_error(err, source=source)
        return
    except OSError as err:
        reason = err.strerror or type(err).__name__
        yield Problem.from_error(DetenteError.make("D101", path=source, reason=reason), source=source)
        return
    yield from read_bytes(data, source=source, declared=declared)


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Article | Problem]:
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = bytes(buffer.read(max_bytes + 1))
        else:
            data = stream.read(max_bytes + 1).encode("utf-8", "surrogatepass")
    except UnicodeDecodeError as err:
        yield Problem.from_error(DetenteError.make("D102", path=STDIN_SOURCE, reason=err.reason), source=STDIN_SOURCE)
        return
    except (OSError, ValueError) as err:
        yield Problem.from_error(DetenteError.make("D101", path=STDIN_SOURCE, reason=str(err)), source=STDIN_SOURCE)
        return
    if len(data) > max_bytes:
        yield Problem.from_error(DetenteError.make("D110", path=STDIN_SOURCE, size=f">{max_bytes}",
                                                   limit=max_bytes), source=STDIN_SOURCE)
        return
    yield from read_bytes(data, source=STDIN_SOURCE)
