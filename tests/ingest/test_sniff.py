"""Tests for detente.ingest.sniff: suffixes, content sniffing, binary detection and UTF-8 decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import DetenteError
from detente.ingest.sniff import (
    InputFormat,
    binary_reason,
    decode_text,
    resolve_format,
    sniff_format,
    suffix_format,
)


@pytest.mark.parametrize(("name", "fmt"), [("a.TXT", InputFormat.TEXT), ("a.htm", InputFormat.HTML),
                                           ("a.atom", InputFormat.FEED), ("a.jsonl", InputFormat.JSONL),
                                           ("a.json", InputFormat.JSON), ("README", None)])
def test_sniff_suffix_format(name: str, fmt: InputFormat | None) -> None:
    assert suffix_format(Path(name)) == fmt


def test_sniff_unknown_suffix_is_d108() -> None:
    with pytest.raises(DetenteError) as info:
        suffix_format(Path("report.pdf"))
    assert info.value.code == "D108" and "'.pdf'" in info.value.message


@pytest.mark.parametrize(("data", "fmt"), [
    (b'\xef\xbb\xbf  {"text": "x"}', InputFormat.JSONL),
    (b'[{"text": "x"}]', InputFormat.JSON),
    (b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", InputFormat.FEED),
    (b"<!DOCTYPE html><html>", InputFormat.HTML),
    (b"<rdf:RDF xmlns:rdf='x'>", InputFormat.FEED),
    (b"Plain words.", InputFormat.TEXT),
])
def test_sniff_format_from_content(data: bytes, fmt: InputFormat) -> None:
    assert sniff_format(data) == fmt


def test_sniff_resolve_format_trusts_markup_over_a_lying_suffix_only() -> None:
    rss = b"<?xml version='1.0'?><rss version='2.0'>"
    assert resolve_format(InputFormat.TEXT, rss) is InputFormat.FEED
    assert resolve_format(InputFormat.FEED, b"<html><body>x</body></html>") is InputFormat.HTML
    assert resolve_format(InputFormat.JSONL, b"just words") is InputFormat.JSONL
    assert resolve_format(InputFormat.TEXT, b'{"text": "x"}') is InputFormat.TEXT


def test_sniff_binary_reason() -> None:
    assert binary_reason(b"Normal text\twith tabs\r\n") is None
    assert binary_reason(b"\x00\x01") == "it contains NUL bytes"
    assert binary_reason(b"\x01\x02\x03\x04 text") is not None
    assert binary_reason("x".encode("utf-16")) == "it is UTF-16 encoded"


def test_sniff_decode_text_reports_the_bad_byte() -> None:
    assert decode_text("\ufeffCafé".encode(), where="a") == "Café"
    with pytest.raises(DetenteError) as info:
        decode_text(b"ab\xe9cd", where="a.txt")
    assert info.value.code == "D102" and "0xe9 at offset 2" in info.value.message
