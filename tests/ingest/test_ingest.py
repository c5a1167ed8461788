"""Tests for detente.ingest.ingest: paths, folders, stdin, formats, bad inputs and id deduplication."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.ingest import iter_articles, read_bytes
from detente.records import Article, Problem

DATA = Path(__file__).parent / "data"


def _split(items: list[Article | Problem]) -> tuple[list[Article], list[Problem]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_ingest_reads_a_folder_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second folder text.")
    (tmp_path / "a.txt").write_text("First file text.")
    (tmp_path / "c.txt").write_text("Third file text.")
    (tmp_path / ".hidden.txt").write_text("Hidden text.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden folder text.")
    articles, problems = _split(list(iter_articles([tmp_path])))
    assert problems == []
    assert [a.text for a in articles] == ["First file text.", "Second folder text.", "Third file text."]


def test_ingest_reads_the_bundled_fixtures(tmp_path: Path) -> None:
    articles, problems = _split(list(iter_articles([DATA])))
    assert problems == []
    assert len(articles) == 8
    by_title = {a.title: a for a in articles}
    assert by_title["Kenya sends police to Haiti"].article_id == "j-001"
    assert by_title["Norway hosts talks on Arctic fisheries"].published_on == date(2024, 9, 30)
    assert by_title["Turkey offers to mediate grain talks"].source == str(DATA / "wire.rss") + "#1"


def test_ingest_gives_the_same_ids_on_every_read() -> None:
    first = [a.article_id for a in iter_articles([DATA]) if isinstance(a, Article)]
    again = [a.article_id for a in iter_articles([DATA]) if isinstance(a, Article)]
    assert first == again
    assert len(set(first)) == len(first)


def test_ingest_reads_stdin_jsonl_and_text() -> None:
    lines = io.StringIO('{"id": "s1", "text": "Chile recalled its ambassador."}\n')
    assert [a.article_id for a in iter_articles(["-"], stdin=lines)] == ["s1"]
    plain = list(iter_articles(["-"], stdin=io.StringIO("Peru and Bolivia signed a water treaty.")))
    assert isinstance(plain[0], Article) and plain[0].source == "<stdin>"


def test_ingest_reads_binary_stdin_buffers() -> None:
    class Stdin(io.TextIOWrapper):
        pass

    stream = Stdin(io.BytesIO(b"Ghana hosted talks.\n"), encoding="utf-8")
    assert [a.text for a in iter_articles(["-"], stdin=stream) if isinstance(a, Article)] == ["Ghana hosted talks."]
    bad = Stdin(io.BytesIO(b"caf\xe9 talks"), encoding="utf-8")
    assert [p.code for p in iter_articles(["-"], stdin=bad) if isinstance(p, Problem)] == ["D102"]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "D106"),
    ("latin1.txt", "Caf\u00e9 diplomacy in Paris.".encode("latin-1"), "D102"),
    ("empty.txt", b"  \n\n ", "D105"),
    ("broken.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item><title>a</title><description>Cut off in the mid", "D104"),
    ("notes.docx", b"PK\x03\x04 whatever", "D108"),
    ("utf16.txt", "Talks".encode("utf-16"), "D106"),
])
def test_ingest_bad_file_is_a_problem_and_the_rest_is_read(tmp_path: Path, name: str, content: bytes,
                                                           code: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz-good.txt").write_text("Mexico and Canada renewed a trade pact.")
    articles, problems = _split(list(iter_articles([tmp_path])))
    assert [p.code for p in problems] == [code]
    assert problems[0].source.startswith(str(tmp_path / name))
    assert name in problems[0].message
    assert [a.text for a in articles] == ["Mexico and Canada renewed a trade pact."]


def test_ingest_missing_path_is_d109(tmp_path: Path) -> None:
    items = list(iter_articles([tmp_path / "nope.jsonl", DATA / "dispatch.txt"]))
    assert isinstance(items[0], Problem) and items[0].code == "D109"
    assert isinstance(items[1], Article)


def test_ingest_too_large_is_d110(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    items = list(iter_articles([big], max_bytes=100))
    assert [i.code for i in items if isinstance(i, Problem)] == ["D110"]
    assert "500 bytes" in items[0].message  # type: ignore[union-attr]
    stdin_items = list(iter_articles(["-"], stdin=io.StringIO("x" * 101), max_bytes=100))
    assert [i.code for i in stdin_items if isinstance(i, Problem)] == ["D110"]


def test_ingest_unreadable_file_is_d101(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "deleted-target.txt")
    items = list(iter_articles([dangling]))
    assert [i.code for i in items if isinstance(i, Problem)] == ["D101"]
    assert "gone.txt" in items[0].message  # type: ignore[union-attr]


def test_ingest_same_id_same_text_is_skipped_different_text_is_d111(tmp_path: Path) -> None:
    path = tmp_path / "dups.jsonl"
    rows = [{"id": "d1", "text": "Oman mediated talks."}, {"id": "d1", "text": "Oman  mediated talks. "},
            {"id": "d1", "text": "A different story."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(iter_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Problem"]
    problem = items[1]
    assert isinstance(problem, Problem)
    assert (problem.code, problem.line, problem.article_id) == ("D111", 3, "d1")
    assert "different text" in problem.message


def test_ingest_same_text_in_two_files_gives_one_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Vietnam and the Philippines signed a maritime accord.")
    (tmp_path / "b.txt").write_text("Vietnam and the Philippines  signed a maritime accord.\n")
    assert len(list(iter_articles([tmp_path]))) == 1


def test_ingest_same_text_under_another_id_is_read_once_on_the_same_date(tmp_path: Path) -> None:
    text = "The US president hosted the Israeli prime minister at the White House."
    rows = [{"id": "wire-1", "text": text, "published_on": "2024-07-26"},
            {"id": "feed-9", "text": text + " ", "published_on": "2024-07-26"},
            {"id": "wire-2", "text": text, "published_on": "2025-04-08"}]  # another day: other office holders
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles = [i for i in iter_articles([tmp_path]) if isinstance(i, Article)]
    assert [a.article_id for a in articles] == ["wire-1", "wire-2"]


def test_ingest_sniffs_a_suffix_that_lies(tmp_path: Path) -> None:
    (tmp_path / "feed.txt").write_bytes((DATA / "wire.rss").read_bytes())
    (tmp_path / "page.xml").write_bytes((DATA / "embassy.html").read_bytes())
    (tmp_path / "noext").write_bytes((DATA / "batch.jsonl").read_bytes())
    articles, problems = _split(list(iter_articles([tmp_path])))
    assert problems == []
    assert [a.source for a in articles][:1] == [str(tmp_path / "feed.txt") + "#1"]
    assert any(a.title == "Ministers agree to reopen embassies" for a in articles)
    assert any(a.article_id == "j-001" for a in articles)


_GOOD_JSONL = (DATA / "batch.jsonl").read_bytes()
_GOOD_RSS = (DATA / "wire.rss").read_bytes()
_GOOD_HTML = (DATA / "embassy.html").read_bytes()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), fmt=st.sampled_from([None, "text", "html", "feed", "jsonl", "json"]))
def test_ingest_random_bytes_never_raise(data: bytes, fmt: str | None) -> None:
    from detente.ingest import InputFormat

    declared = InputFormat(fmt) if fmt else None
    for item in read_bytes(data, source="fuzz", declared=declared):
        assert isinstance(item, Article | Problem)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.sampled_from([_GOOD_JSONL, _GOOD_RSS, _GOOD_HTML]), cut=st.floats(0, 1),
       noise=st.binary(max_size=20))
def test_ingest_truncated_inputs_never_raise(source: bytes, cut: float, noise: bytes) -> None:
    data = source[: int(len(source) * cut)] + noise
    items = list(read_bytes(data, source="truncated"))
    assert all(isinstance(i, Article | Problem) for i in items)
    for item in items:
        if isinstance(item, Problem):
            assert item.code.startswith("D1") and item.message


def test_ingest_truncated_jsonl_keeps_the_complete_lines() -> None:
    data = _GOOD_JSONL[: _GOOD_JSONL.index(b"\n", 10) + 30]
    items = list(read_bytes(data, source="cut.jsonl"))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Problem) and (items[1].code, items[1].line) == ("D103", 2)


def test_ingest_a_large_batch_of_malformed_files_runs_to_the_end(tmp_path: Path) -> None:
    kinds: dict[str, tuple[str, bytes | None, str | None]] = {
        "binary": (".txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "D106"),
        "empty": (".txt", b"", "D105"),
        "latin1": (".txt", "Caf\u00e9 talks in Paris ended.".encode("latin-1"), "D102"),
        "json": (".jsonl", b'{"text": "cut', "D103"),
        "xml": (".rss", b"<?xml version='1.0'?><rss><channel><item><title>x</title><description>y", "D104"),
        "date": (".jsonl", b'{"text": "Talks.", "published_on": "31/12/2024"}', "D107"),
        "huge": (".txt", b"word " * 300, "D110"),
        "type": (".pdf", b"%PDF-1.7", "D108"),
        "good": (".txt", None, None),
    }
    expected: dict[str, str | None] = {}
    for i in range(450):
        name = list(kinds)[i % len(kinds)]
        suffix, content, code = kinds[name]
        path = tmp_path / f"{i:04d}-{name}{suffix}"
        path.write_bytes(content if content is not None else f"Article number {i} reports talks between two ministers.".encode())
        expected[str(path)] = code
    got: dict[str, list[str]] = {}
    read: set[str] = set()
    for item in iter_articles([tmp_path], max_bytes=1000):
        if isinstance(item, Problem):
            got.setdefault(item.source, []).append(item.code)
        else:
            read.add(item.source or "")
    assert read == {p for p, code in expected.items() if code is None}
    assert {p: codes[0] for p, codes in got.items()} == {p: c for p, c in expected.items() if c is not None}
