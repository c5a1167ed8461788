"""Tests of benchmarks/eval_coder.py: reading each gold format, and one real run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.benchmarks.bench_modules import load_benchmark
from tests.conftest import GOLD, require_shared

eval_coder = load_benchmark("eval_coder")


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_plover_compound_actors_expand_to_one_event_per_pair(tmp_path: Path) -> None:
    path = _write(tmp_path / "plover.jsonl", [
        {"id": "p1", "text": "A and B warned C and D.", "date": "2000-01-01",
         "events": [{"source": ["USA", "JAP"], "target": ["IRN", "IRQ"], "code": "THREATEN",
                     "code_current_plover": "THREATEN"}]},
        {"id": "p2", "text": "X agreed.", "date": "2000-01-01",
         "events": [{"source": ["HUN"], "target": [], "code": "DEMAND", "code_current_plover": "REQUEST"}]},
    ])
    gold = eval_coder.load_plover_gsr(path)
    first, second = gold.records
    assert {(e.source, e.target, e.code) for e in first.events} == {
        ("USA", "IRN", "THREATEN"), ("USA", "IRQ", "THREATEN"), ("JPN", "IRN", "THREATEN"), ("JPN", "IRQ", "THREATEN")}
    assert [(e.source, e.target, e.root) for e in second.events] == [("HUN", None, "REQUEST")]
    assert gold.plover


def test_plover_mutual_actors_tagged_src_tar_expand_both_ways(tmp_path: Path) -> None:
    path = _write(tmp_path / "plover.jsonl", [
        {"id": "m1", "text": "A and B signed a treaty.", "date": "2000-01-01",
         "markup": "(SRC/TAR: A) and (SRC/TAR: B) (EVT: signed) a treaty.",
         "events": [{"source": ["LBY", "BGR"], "target": [], "code": "SUPPORT", "code_current_plover": "SUPPORT"}]},
        {"id": "m2", "text": "A and B returned to Geneva.", "date": "2000-01-01",
         "markup": "(SRC: A) and (SRC: B) (EVT: return) to Geneva.",
         "events": [{"source": ["USA", "RUS"], "target": [], "code": "CONSULT", "code_current_plover": "CONSULT"}]},
    ])
    mutual, separate = eval_coder.load_plover_gsr(path).records
    assert sorted((e.source, e.target) for e in mutual.events) == [("BGR", "LBY"), ("LBY", "BGR")]
    assert sorted((e.source, e.target) for e in separate.events) == [("RUS", None), ("USA", None)]


def test_petrarch_validation_skips_error_records_and_test_codes(tmp_path: Path) -> None:
    path = _write(tmp_path / "petrarch_validation.jsonl", [
        {"id": "ok", "text": "Arnor met Gondor.", "date": "19950101",
         "events": [{"source": "ARN", "target": "GON", "code": "040"}, {"source": "---GOV", "target": "---", "code": "023"}]},
        {"id": "syn", "text": "Arnor will abandon ties.", "date": "19950101",
         "events": [{"source": "ARN", "target": "GON", "code": "902"}]},
        {"id": "err", "text": "Broken.", "date": "19950101", "events": [], "expect_error": ["bad_input_parse"]},
    ])
    gold = eval_coder.load_petrarch_validation(path, tmp_path)
    assert [r.record_id for r in gold.records] == ["ok"]
    assert [(e.source, e.target, e.root) for e in gold.records[0].events] == [("ARN", "GON", "04")]
    assert gold.records[0].published_on == date(1995, 1, 1)
    assert sum(gold.skipped.values()) == 3
    assert gold.actor_file is None  # no dictionaries beside this test file


def test_petrarch_gsr_keeps_only_records_to_evaluate(tmp_path: Path) -> None:
    path = _write(tmp_path / "gsr.jsonl", [
        {"id": "a", "text": "The US leader visited China.", "date": "20080804", "evaluate": True,
         "events": [{"source": "USAGOV", "target": "CHN", "code": "042"}]},
        {"id": "b", "text": "Not scored.", "date": "20080804", "evaluate": False, "events": []},
    ])
    gold = eval_coder.load_petrarch_gsr(path)
    assert [r.record_id for r in gold.records] == ["a"]
    assert gold.skipped == {"evaluate is false": 1}


def test_own_gold_keeps_factuality_and_null_actors(tmp_path: Path) -> None:
    path = _write(tmp_path / "own.jsonl", [
        {"id": "g1", "text": "Haniyeh was assassinated.", "published_on": "2024-07-31", "phenomena": ["passive"],
         "events": [{"source": None, "target": "PSEREB", "code": "186", "factuality": "asserted"}]},
    ])
    record = eval_coder.load_own_gold(path).records[0]
    assert [(e.source, e.target, e.code, e.factuality) for e in record.events] == [(None, "PSE", "186", "asserted")]


def test_shared_petrarch_validation_gets_a_converted_actor_file(tmp_path: Path) -> None:
    folder = require_shared(GOLD)
    gold = eval_coder.load_petrarch_validation(folder / "petrarch_validation.jsonl", tmp_path)
    assert gold.actor_file is not None and gold.actor_file.exists()
    assert len(gold.records) > 150


@pytest.mark.slow
def test_eval_runs_the_pipeline_and_writes_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.md"
    assert eval_coder.main(["--only", "own_gold", "--limit", "12", "--markdown", str(out), "--no-per-root"]) == 0
    printed = capsys.readouterr().out
    assert "== own_gold" in printed and "factuality accuracy" in printed
    assert "per batch" in printed and "\n     g      12 records" in printed
    text = out.read_text(encoding="utf-8")
    assert "| own_gold | 12 |" in text and "Per root, own_gold" in text


def test_update_doc_replaces_only_the_marked_block(tmp_path: Path) -> None:
    doc = tmp_path / "accuracy.md"
    doc.write_text("intro\n<!-- eval:begin -->\nold figures\n<!-- eval:end -->\noutro\n", encoding="utf-8")
    eval_coder.update_doc(doc, "| new | table |\n")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("intro\n<!-- eval:begin -->\nMeasured ")
    assert "| new | table |\n<!-- eval:end -->\noutro\n" in text and "old figures" not in text


def test_update_doc_refuses_a_file_without_markers(tmp_path: Path) -> None:
    doc = tmp_path / "accuracy.md"
    doc.write_text("no markers here\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        eval_coder.update_doc(doc, "x")
    assert doc.read_text(encoding="utf-8") == "no markers here\n"


def test_petrarch_dictionaries_are_converted_on_each_record_date(tmp_path: Path) -> None:
    folder = require_shared(GOLD)
    gold = eval_coder.load_petrarch_validation(folder / "petrarch_validation.jsonl", tmp_path)
    during_restriction = eval_coder._actor_file_on(gold, date(2010, 1, 10))
    before = eval_coder._actor_file_on(gold, date(1995, 1, 4))
    assert during_restriction != before
    assert 'code = "ORCHOB"' in during_restriction.read_text(encoding="utf-8")
    assert 'code = "ORCHOB"' not in before.read_text(encoding="utf-8")
    assert eval_coder._actor_file_on(gold, None) == gold.actor_file


def test_eval_coder_split_dev_even_test_odd_positions() -> None:
    records = [eval_coder.GoldRecord(record_id=str(i), text=f"t{i}", published_on=None, events=())
               for i in range(7)]
    dev = [r.record_id for r in eval_coder.split_records(records, "dev")]
    test = [r.record_id for r in eval_coder.split_records(records, "test")]
    assert dev == ["0", "2", "4", "6"] and test == ["1", "3", "5"]
    assert len(eval_coder.split_records(records, "all")) == 7
    with pytest.raises(ValueError, match="unknown split"):
        eval_coder.split_records(records, "train")


def test_batches_are_the_letters_an_id_starts_with_and_each_is_scored_alone() -> None:
    assert [eval_coder.batch_of(i) for i in ("r017", "hk3", "7", "g12a")] == ["r", "hk", "", "g"]
    event = eval_coder.ScoredEvent(source="RUS", target="UKR", code="190", root="19", factuality="asserted")
    pairs = [eval_coder.SentencePair(sentence_id="a1", gold=(event,), predicted=(event,)),
             eval_coder.SentencePair(sentence_id="b1", gold=(event,), predicted=())]
    lines = eval_coder.render_batches(pairs).splitlines()
    assert lines[1].split()[:2] == ["a", "1"] and lines[1].endswith("1/1/1")
    assert lines[2].split()[:2] == ["b", "1"] and lines[2].endswith("0/1/0")
