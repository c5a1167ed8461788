"""Bad input at volume, end to end: thousands of malformed files mixed with good ones through a stored run.

The run must end; every bad file gets a problem record (stored) with a catalogue code and a
message naming the file; every good article is coded. Hypothesis fuzzes what the byte-level
fuzzing in test_ingest.py does not reach: well-formed JSON records with wrong-typed fields, and
arbitrary ``published_on`` strings.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.scale.news import articles

from detente.errors import DetenteError
from detente.ingest import iter_articles, parse_published_on, read_bytes
from detente.records import Article, Problem
from detente.runner import ingest_articles

MAX_BYTES = 50_000
N_BAD = 2400
N_GOOD = 48


def _bad_kinds(rng: random.Random) -> dict[str, tuple[str, bytes, set[str]]]:
    """One malformed file of each kind: suffix, content and the problem codes it may get."""
    text = "Iran fired missiles at Israel on Tuesday."
    return {
        "binary": (".txt", bytes(rng.randrange(256) for _ in range(200)) + b"\x00", {"D106"}),
        "elf": (".jsonl", b"\x7fELF\x02\x01\x01\x00" + bytes(64), {"D106"}),
        "empty": (".txt", b"", {"D105"}),
        "blank-html": (".html", b" \n\t\n", {"D105"}),
        "huge": (".txt", (text + " ").encode() * (MAX_BYTES // 40 + 10), {"D110"}),
        "latin1": (".txt", f"{text} Caf\u00e9 talks.".encode("latin-1"), {"D102"}),
        "bad-utf8": (".jsonl", b'{"text": "\xc3\x28 ' + text.encode() + b'"}\n', {"D102", "D103"}),
        "cut-html": (".html", b"<html><head><title>Iran and Isr", {"D105"}),
        "cut-rss": (".rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>w</title><item><title>I'
                    b"</title><description>" + text[: rng.randrange(1, 30)].encode(), {"D104"}),
        "cut-atom": (".atom", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ir',
                     {"D104"}),
        "cut-jsonl": (".jsonl", json.dumps({"id": "x", "text": text}).encode()[: rng.randrange(5, 40)], {"D103"}),
        "cut-json": (".json", b'[{"id": "a", "text": "' + text.encode()[:12], {"D103"}),
        "date-dmy": (".jsonl", json.dumps({"text": text, "published_on": "31/12/2024"}).encode(), {"D107"}),
        "date-words": (".jsonl", json.dumps({"text": text, "published_on": "last Tuesday"}).encode(), {"D107"}),
        "date-impossible": (".jsonl", json.dumps({"text": text, "published_on": "2024-02-30"}).encode(), {"D107"}),
        "no-text": (".jsonl", b'{"id": "n", "title": "headline only"}\n', {"D105"}),
        "wrong-type": (".jsonl", b'{"id": "t", "text": ["a", "list"]}\n', {"D103", "D111"}),
        "not-object": (".jsonl", b"[1, 2]\n", {"D103"}),
        "pdf": (".pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {"D106", "D108"}),
    }


def _write_good(folder: Path, i: int, article: dict[str, str]) -> tuple[Path, str]:
    """A good input in one of four formats; returns the file and its article's text."""
    kind = i % 4
    if kind == 0:
        path = folder / f"good-{i:04d}.jsonl"
        path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    elif kind == 1:
        path = folder / f"good-{i:04d}.txt"
        path.write_text(article["text"], encoding="utf-8")
    elif kind == 2:
        path = folder / f"good-{i:04d}.html"
        path.write_text(f"<html><head><title>{article['title']}</title></head><body><article>"
                        f"<p>{article['text']}</p></article></body></html>", encoding="utf-8")
    else:
        path = folder / f"good-{i:04d}.rss"
        path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>w</title><item>'
                        f"<title>{article['title']}</title><link>https://example.org/{article['id']}</link>"
                        f"<description>{article['text']}</description></item></channel></rss>", encoding="utf-8")
    return path, article["text"]


@pytest.mark.slow
def test_bad_input_volume_run_ends_with_a_problem_per_bad_file_and_every_good_one_coded(
        tmp_path: Path, pipeline: Any, store: Any) -> None:
    rng = random.Random(3)
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected: dict[str, set[str]] = {}
    for i in range(N_BAD):
        kinds = _bad_kinds(rng)
        name = rng.choice(sorted(kinds))
        suffix, content, codes = kinds[name]
        path = folder / f"bad-{i:05d}-{name}{suffix}"
        path.write_bytes(content)
        expected[str(path)] = codes
    good: dict[str, str] = {}
    for i, article in enumerate(articles(N_GOOD, seed=9, prefix="good")):
        path, text = _write_good(folder, i, article)
        good[str(path)] = text

    report = ingest_articles(store, pipeline, iter_articles([folder], max_bytes=MAX_BYTES),
                             inputs=[str(folder)])

    assert report.status == "finished"
    by_file: dict[str, list[Problem]] = {}
    for problem in report.problems:
        by_file.setdefault(problem.source.split("#")[0], []).append(problem)
    assert set(by_file) == set(expected), "a good file got a problem, or a bad one none"
    for path, problems in by_file.items():
        for problem in problems:
            assert problem.code in expected[path], (path, problem.code, problem.message)
            assert path in problem.message and problem.hint
    assert report.articles == N_GOOD
    con = store.connection
    coded = con.execute("SELECT source, text, status FROM articles").fetchall()
    assert sorted(s.split("#")[0].rsplit(":", 1)[0] for s, _, _ in coded) == sorted(good)
    assert all(status == "coded" for _, _, status in coded)
    assert {" ".join(t.split()) for _, t, _ in coded} == {" ".join(t.split()) for t in good.values()}
    assert con.execute("SELECT count(DISTINCT article_id) FROM events").fetchall()[0][0] == N_GOOD
    stored = con.execute("SELECT count(*) FROM problems WHERE run_id = ?", [report.run_id]).fetchall()[0][0]
    assert stored == len(report.problems) >= N_BAD


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
_FIELDS = st.sampled_from(["id", "text", "title", "url", "publisher", "published_on", "source", "extra"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(st.dictionaries(_FIELDS, _JSON_VALUES | st.text(min_size=1, max_size=80), max_size=6),
                        min_size=1, max_size=5))
def test_bad_input_volume_json_records_with_wrong_types_never_raise(records: list[dict[str, Any]]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode("utf-8")
    items = list(read_bytes(data, source="fuzz.jsonl"))
    assert len(items) >= 1
    for item in items:
        if isinstance(item, Problem):
            assert item.code.startswith("D1") and "fuzz.jsonl" in item.message
        else:
            assert isinstance(item, Article) and item.text.strip()
    by_line = {i.line: i for i in items if isinstance(i, Problem) and i.line is not None}
    for n, record in enumerate(records, start=1):
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            assert n in by_line, f"line {n} has no usable text but no problem: {record}"


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=40))
def test_bad_input_volume_published_on_any_text_is_a_date_none_or_d107(value: str) -> None:
    try:
        parse_published_on(value)
    except DetenteError as err:
        assert err.code == "D107"


@settings(max_examples=100, deadline=None)
@given(day=st.dates(), as_datetime=st.booleans())
def test_bad_input_volume_published_on_iso_dates_round_trip(day: Any, as_datetime: bool) -> None:
    value = f"{day.isoformat()}T09:30:00" if as_datetime else day.isoformat()
    assert parse_published_on(value) == day
