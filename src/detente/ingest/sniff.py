"""Format detection for the ingest stage (stage 1): suffix first, content when the suffix lies or is missing."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from detente.errors import DetenteError


class InputFormat(StrEnum):
    """The input formats detente reads."""

    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"


SUFFIXES: dict[str, InputFormat] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xml": InputFormat.FEED,
    ".rss": InputFormat.FEED,
    ".atom": InputFormat.FEED,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".json": InputFormat.JSON,
}
"""Known suffixes (lower case). Any other suffix is unsupported (D108); no suffix means sniff."""

SNIFF_BYTES = 8192
"""How much of the start of an input the sniffers look at."""

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)
_CONTROL = bytes(c for c in range(32) if chr(c) not in "\t\n\r\f\v\x1b")


def suffix_format(path: Path) -> InputFormat | None:
    """The format a path's suffix names, or None when it has no suffix.

    Raises:
        InputError: D108 when the suffix is not one detente reads.
    """
    suffix = path.suffix.lower()
    if not suffix:
        return None
    fmt = SUFFIXES.get(suffix)
    if fmt is None:
        raise DetenteError.make("D108", path=str(path), suffix=suffix)
    return fmt


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary (NUL bytes, many control bytes), or None when it looks like text.

    >>> binary_reason(b"Iran fired missiles."), binary_reason(b"PK\\x03\\x04\\x00\\x00")
    (None, 'it contains NUL bytes')
    """
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "it is UTF-16 encoded"
    if b"\x00" in head:
        return "it contains NUL bytes"
    if head:
        controls = sum(head.count(bytes([c])) for c in _CONTROL)
        if controls / len(head) > 0.05:
            return f"{controls} control bytes in its first {len(head)} bytes"
    return None


def sniff_format(data: bytes) -> InputFormat:
    """Guess the format from the content alone (used for stdin, suffix-less files and lying suffixes).

    >>> sniff_format(b'{"text": "x"}'), sniff_format(b"<?xml version='1.0'?><rss>"), sniff_format(b"Hello")
    (<InputFormat.JSONL: 'jsonl'>, <InputFormat.FEED: 'feed'>, <InputFormat.TEXT: 'text'>)
    """
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return InputFormat.JSON
    if head.startswith(b"{"):
        return InputFormat.JSONL
    if head.startswith(b"<"):
        if _FEED_ROOT.search(head):
            return InputFormat.FEED
        if _HTML_ROOT.search(head):
            return InputFormat.HTML
        if head.startswith(b"<?xml"):
            return InputFormat.FEED
        return InputFormat.HTML
    return InputFormat.TEXT


def resolve_format(declared: InputFormat | None, data: bytes) -> InputFormat:
    """The format to read ``data`` as: the declared one unless the content clearly says otherwise.

    A ``.txt`` file that holds a feed or a web page, an ``.xml`` file that holds a web page, or a
    ``.json`` file holding JSON lines are read as what they are. Plain text never overrides a
    declared markup or JSON format: the declared reader then reports what is wrong with it.
    """
    sniffed = sniff_format(data)
    if declared is None:
        return sniffed
    if declared is InputFormat.TEXT and sniffed in (InputFormat.FEED, InputFormat.HTML):
        return sniffed
    if declared is InputFormat.FEED and sniffed is InputFormat.HTML:
        return sniffed
    if declared is InputFormat.HTML and sniffed is InputFormat.FEED:
        return sniffed
    if declared in (InputFormat.JSON, InputFormat.JSONL) and sniffed in (InputFormat.JSON, InputFormat.JSONL):
        return sniffed
    if declared in (InputFormat.JSON, InputFormat.JSONL) and sniffed in (InputFormat.FEED, InputFormat.HTML):
        return sniffed
    return declared


def decode_text(data: bytes, *, where: str) -> str:
    """Decode UTF-8 (a BOM is dropped).

    Raises:
        InputError: D102 with the offset of the first bad byte.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DetenteError.make("D102", path=where,
                                reason=f"byte 0x{data[err.start]:02x} at offset {err.start}") from err
