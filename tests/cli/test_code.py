"""`detente code` end to end through the CLI entry point, against the library as an oracle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detente.cli.app import main

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": "c1", "published_on": "2024-10-02", "text": "Iran fired ballistic missiles at Israel on Tuesday."},
    {"id": "c2", "published_on": "2024-06-19", "text": "Vladimir Putin visited Pyongyang on Wednesday. "
                                                        "Putin did not meet South Korean officials."},
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_code_jsonl_equals_library_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              pipeline: Any) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(a) for a in ARTICLES])
    status, out, _ = _run(["code", str(src), "--format", "jsonl"], capsys)
    assert status == 0
    got = [json.loads(line) for line in out.splitlines()]
    from detente.ingest import iter_articles

    want = [e.to_dict() for r in pipeline.code_articles(a for a in iter_articles([src])) for e in r.events]
    assert got == want and got


def test_cli_code_reports_a_broken_line_and_codes_the_rest(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(ARTICLES[0]), "{not json", json.dumps(ARTICLES[1])])
    status, out, err = _run(["code", str(src)], capsys)
    assert status == 3
    assert "error[D103]" in err and "in.jsonl:2" in err
    ids = {json.loads(line)["article_id"] for line in out.splitlines()}
    assert ids == {"c1", "c2"}


def test_cli_code_writes_csv_and_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(ARTICLES[0])])
    out_file = tmp_path / "events.csv"
    status, _, err = _run(["code", str(src), "--format", "csv", "-o", str(out_file)], capsys)
    assert status == 0 and "1 articles coded" in err and str(out_file) in err
    header = out_file.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["event_id", "article_id", "sentence_index"] and "source_actor_code" in header
    status, _, err = _run(["code", str(src), "--format", "csv", "-o", str(out_file)], capsys)
    assert status == 1 and "error[D503]" in err


def test_cli_code_rejects_an_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(ARTICLES[0])])
    status, _, err = _run(["code", str(src), "--format", "xml"], capsys)
    assert status == 2 and "error[D802]" in err


def test_cli_code_filters_by_factuality(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(a) for a in ARTICLES])
    _, out, _ = _run(["code", str(src), "--factuality", "negated"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["factuality"] for r in rows} == {"negated"}
