"""Golden cases: tests/golden/<phenomenon>/input.jsonl through the full pipeline must give expected.jsonl.

Expected files are canonical (one event per line, keys sorted, in article/sentence/offset order) and are
only rewritten by ``pytest tests/test_golden.py --update-golden``; check every rewritten file by eye.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from detente.ingest import iter_articles
from detente.records import Article

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.jsonl").exists())

pytestmark = pytest.mark.slow


def canonical_lines(pipeline: Any, folder: Path) -> list[str]:
    """The events of ``folder/input.jsonl`` as canonical JSON lines."""
    articles = [a for a in iter_articles([folder / "input.jsonl"]) if isinstance(a, Article)]
    lines: list[str] = []
    for result in pipeline.code_articles(articles):
        assert not result.problems, result.problems
        lines.extend(json.dumps(e.to_dict(), sort_keys=True, ensure_ascii=False) for e in result.events)
    return lines


def test_golden_cases_exist() -> None:
    assert len(CASES) >= 18


@pytest.mark.parametrize("case", CASES)
def test_golden(pipeline: Any, update_golden: bool, case: str) -> None:
    folder = GOLDEN / case
    got = canonical_lines(pipeline, folder)
    expected_path = folder / "expected.jsonl"
    if update_golden:
        expected_path.write_text("".join(line + "\n" for line in got), encoding="utf-8")
        pytest.skip(f"rewrote {expected_path}")
    expected = expected_path.read_text(encoding="utf-8").splitlines() if expected_path.exists() else []
    if got != expected:
        diff = "\n".join(difflib.unified_diff([_brief(x) for x in expected], [_brief(x) for x in got],
                                             "expected", "got", lineterm=""))
        pytest.fail(f"{case}: coder output differs from {expected_path} (--update-golden rewrites it)\n{diff}")


def _brief(line: str) -> str:
    """An event line cut down to what a reader compares first."""
    e = json.loads(line)
    who = [(e[k] or {}).get("actor_code") for k in ("source", "target", "attribution")]
    return (f"{e['article_id']}#{e['sentence_index']} {e['event_code']} {e['factuality']} {who[0]}->{who[1]}"
            f" attr={who[2]} trigger={e['trigger']!r} date={e['event_date']} conf={e['confidence']}"
            f" loc={(e['location'] or {}).get('name')}")
