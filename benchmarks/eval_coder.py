"""`make eval`: score the full pipeline against our own gold set and every shared gold set.

Measurement only (no pipeline stage). Prints, per gold file, P/R/F1 on (source country, target
country, root) and on the full code, with predicted events of every factuality and asserted-only,
factuality accuracy (own gold), asserted events in sentences stating none, and per-root tables.
``--markdown PATH`` also writes the figures as markdown (for docs/accuracy.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import FileReport, Prf, ScoredEvent, SentencePair, evaluate_pairs, score  # noqa: E402

if TYPE_CHECKING:
    from detente.coding import Codebook
    from detente.records import Event

REPO = Path(__file__).resolve().parents[1]
OWN_GOLD = REPO / "benchmarks" / "data" / "gold_events.jsonl"
SHARED_GOLD = REPO.parent / "shared" / "corpus" / "gold"
PETRARCH_DICTS = ("PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt")

# Three country codes of the PLOVER GSR file that are typos for ISO codes (JAP for Japan,
# ITL for Italy, VTN for Vietnam); normalised before scoring.
PLOVER_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

SPLITS = ("all", "dev", "test")
"""Splits of every gold set: dev = even line positions (0, 2, ...), test = odd positions, all = both."""

# Figures the anchors report on the shared files (shared/corpus/gold/README.md).
ANCHORS = {
    "petrarch_validation": "UD-PETRARCH: P 0.79, R 0.68, F1 0.73; PETRARCH-2 (Py3 port): event F1 0.38-0.50",
    "petrarch2_gsr_validation": "PETRARCH-2: event P 0.84, R 0.77, F1 0.80 (the file was seeded from its output)",
    "plover_gsr_cameo": "none reported",
    "own_gold": "aim: root F1 >= 0.85, 0 asserted events in sentences stating none",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRecord:
    """One gold sentence (record) with its scored gold events."""

    record_id: str
    text: str
    published_on: date | None
    events: tuple[ScoredEvent, ...]


@dataclass(slots=True, kw_only=True)
class GoldSet:
    """A gold file read for scoring, with what was left out and why."""

    name: str
    path: Path
    records: list[GoldRecord]
    plover: bool = False
    actor_file: Path | None = None
    actor_dicts: tuple[Path, Path] | None = None
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, n: int = 1) -> None:
        """Count ``n`` records or events left out for ``reason``."""
        self.skipped[reason] = self.skipped.get(reason, 0) + n


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", action="append", default=[],
                        help="evaluate only this gold set (own_gold, petrarch_validation, "
                             "petrarch2_gsr_validation, plover_gsr_cameo); repeatable")
    parser.add_argument("--own-gold", type=Path, default=OWN_GOLD,
                        help="our own gold file to score (default benchmarks/data/gold_events.jsonl); e.g. a reserve "
                             "batch kept blind (benchmarks/data/reserve/): score it with --only own_gold and no --dump")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records of each file")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the figures as markdown here")
    parser.add_argument("--update-doc", type=Path, default=None,
                        help="replace the figures between <!-- eval:begin --> and <!-- eval:end --> in this file")
    parser.add_argument("--dump", type=Path, default=None, help="write gold vs predicted events per record (JSONL) here")
    parser.add_argument("--no-per-root", action="store_true", help="do not print the per-root tables")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="every gold set: dev = records at even positions (0, 2, ...; used for "
                             "development), test = odd positions (held out: look at aggregates only), all = both")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="detente-eval-") as tmp:
        sets = [s for s in load_gold_sets(Path(tmp), args.own_gold) if not args.only or s.name in args.only]
        for gold in sets:
            gold.records = split_records(gold.records, args.split)
        if not sets:
            print("no gold sets to evaluate", file=sys.stderr)
            return 2
        from detente.coding import Codebook
        from detente.nlp import load_model

        nlp, codebook = load_model(), Codebook.load()
        reports: list[tuple[GoldSet, FileReport, int]] = []
        dump_rows: list[dict[str, Any]] = []
        for gold in sets:
            records = gold.records[: args.limit] if args.limit else gold.records
            t0 = time.perf_counter()
            pairs, problems, rows = code_gold_set(gold, records, nlp=nlp, codebook=codebook)
            dump_rows.extend(rows)
            report = evaluate_pairs(gold.name, pairs)
            reports.append((gold, report, problems))
            print(render_text(gold, report, problems, time.perf_counter() - t0, per_root=not args.no_per_root))
            if gold.name == "own_gold":
                print(render_batches(pairs))
    print(render_summary_text(reports))
    print(f"total time {time.perf_counter() - started:.0f} s")
    if args.markdown:
        args.markdown.write_text(render_markdown(reports), encoding="utf-8")
        print(f"markdown written to {args.markdown}")
    if args.update_doc:
        update_doc(args.update_doc, render_markdown(reports))
        print(f"figures updated in {args.update_doc}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for row in dump_rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def split_records(records: Sequence[GoldRecord], split: str) -> list[GoldRecord]:
    """The DEV (even line positions, counting from 0), TEST (odd positions) or all records of a gold file.

    DEV is for development (its errors may be read); TEST is held out (only its aggregate figures).

    >>> [r.record_id for r in split_records([GoldRecord(record_id=str(i), text="", published_on=None,
    ...                                                 events=()) for i in range(5)], "test")]
    ['1', '3']
    """
    if split == "dev":
        return list(records[0::2])
    if split == "test":
        return list(records[1::2])
    if split == "all":
        return list(records)
    raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")


# -- gold files ----------------------------------------------------------------------------------


def load_gold_sets(workdir: Path, own: Path = OWN_GOLD) -> list[GoldSet]:
    """Our own gold set (``own``), plus each shared gold file that exists beside this checkout."""
    sets = [load_own_gold(own)]
    if (SHARED_GOLD / "petrarch_validation.jsonl").exists():
        sets.append(load_petrarch_validation(SHARED_GOLD / "petrarch_validation.jsonl", workdir))
    if (SHARED_GOLD / "petrarch2_gsr_validation.jsonl").exists():
        sets.append(load_petrarch_gsr(SHARED_GOLD / "petrarch2_gsr_validation.jsonl"))
    if (SHARED_GOLD / "plover_gsr_cameo.jsonl").exists():
        sets.append(load_plover_gsr(SHARED_GOLD / "plover_gsr_cameo.jsonl"))
    return sets


def load_own_gold(path: Path) -> GoldSet:
    """benchmarks/data/gold_events.jsonl: CAMEO codes with factuality labels."""
    records = [
        GoldRecord(record_id=r["id"], text=r["text"], published_on=_parse_date(r.get("published_on")),
                   events=tuple(ScoredEvent.from_codes(e.get("source"), e.get("target"), e["code"],
                                                       e.get("factuality")) for e in r["events"]))
        for r in _read_jsonl(path)
    ]
    return GoldSet(name="own_gold", path=path, records=records)


def load_petrarch_gsr(path: Path) -> GoldSet:
    """PETRARCH2's GSR validation records (``evaluate: true`` only)."""
    gold = GoldSet(name="petrarch2_gsr_validation", path=path, records=[])
    for r in _read_jsonl(path):
        if not r.get("evaluate", False):
            gold.skip("evaluate is false")
            continue
        _add_cameo_record(gold, r)
    return gold


def load_petrarch_validation(path: Path, workdir: Path) -> GoldSet:
    """PETRARCH2's validation suite, with its fictional actors converted to a user actor file."""
    from detente.actors.petrarch_format import petrarch_to_user_toml

    gold = GoldSet(name="petrarch_validation", path=path, records=[])
    dicts = path.parent / "petrarch_validation_dicts"
    if (dicts / PETRARCH_DICTS[0]).exists():
        toml_path = workdir / "petrarch_validation_actors.toml"
        toml_path.write_text(petrarch_to_user_toml(dicts / PETRARCH_DICTS[0], dicts / PETRARCH_DICTS[1]),
                             encoding="utf-8")
        gold.actor_file = toml_path
        gold.actor_dicts = (dicts / PETRARCH_DICTS[0], dicts / PETRARCH_DICTS[1])
    for r in _read_jsonl(path):
        if r.get("expect_error"):
            gold.skip("tests a PETRARCH parser/discard error")
            continue
        if any(not _is_cameo(e["code"]) for e in r["events"]):
            gold.skip("uses codes that are not CAMEO codes (9xx synset tests, 174K)")
            continue
        _add_cameo_record(gold, r)
    return gold


def load_plover_gsr(path: Path) -> GoldSet:
    """The PLOVER GSR records: compound actors expand to one event per (source, target) pair.

    Actors the record's markup tags ``SRC/TAR`` (and that have no separate target) act on each
    other, so they expand to every ordered pair among them.
    """
    gold = GoldSet(name="plover_gsr_cameo", path=path, records=[], plover=True)
    for r in _read_jsonl(path):
        events: list[ScoredEvent] = []
        for e in r["events"]:
            sources = [PLOVER_CODE_FIXES.get(c, c) for c in e.get("source") or []] or [None]
            targets = [PLOVER_CODE_FIXES.get(c, c) for c in e.get("target") or []] or [None]
            kind = e.get("code_current_plover") or e["code"]
            if targets == [None] and len(sources) > 1 and "(SRC/TAR:" in str(r.get("markup", "")):
                # Actors marked SRC/TAR act on each other ("A and B signed a treaty"): A->B and B->A.
                events.extend(ScoredEvent.from_codes(s, t, kind, plover=True)
                              for s in sources for t in sources if s != t)
                continue
            events.extend(ScoredEvent.from_codes(s, t, kind, plover=True) for s in sources for t in targets)
        # Every record carries "date": "2000-01-01", a stand-in: the sentences span the 1980s to the 2010s.
        # Scoring them as of that day would resolve titles to the office holders of 2000, so they are
        # coded as articles without a date (titles name their country; unique names their person).
        gold.records.append(GoldRecord(record_id=r["id"], text=r["text"], published_on=None, events=tuple(events)))
    return gold


def _add_cameo_record(gold: GoldSet, r: dict[str, Any]) -> None:
    if not str(r.get("text") or "").strip():
        gold.skip("empty text")
        return
    events: list[ScoredEvent] = []
    for e in r["events"]:
        scored = ScoredEvent.from_codes(e.get("source"), e.get("target"), e["code"])
        if scored.source is None and scored.target is None:
            gold.skip("gold events with neither actor known (---)")
            continue
        events.append(scored)
    gold.records.append(GoldRecord(record_id=r["id"], text=r["text"], published_on=_parse_date(r.get("date")),
                                   events=tuple(events)))


# -- coding ----------------------------------------------------------------------------------------


def code_gold_set(gold: GoldSet, records: Sequence[GoldRecord], *, nlp: Any,
                  codebook: Codebook) -> tuple[list[SentencePair], int, list[dict[str, Any]]]:
    """Run the pipeline over ``records``; returns the sentence pairs, problem count and dump rows.

    With PETRARCH dictionaries (``gold.actor_dicts``) each record is coded with the dictionaries
    converted on its own date, so dated codes (``[HOBGOV 19950601-19990815]``) apply as in PETRARCH;
    records whose dates give the same conversion share one knowledge base.
    """
    groups: dict[Path | None, list[int]] = {}
    conversions: dict[date | None, Path | None] = {}
    for index, record in enumerate(records):
        if record.published_on not in conversions:
            conversions[record.published_on] = _actor_file_on(gold, record.published_on)
        groups.setdefault(conversions[record.published_on], []).append(index)
    by_index: dict[int, tuple[SentencePair, dict[str, Any], int]] = {}
    for actor_file, indices in groups.items():
        subset = [records[i] for i in indices]
        for index, scored in zip(indices, _code_records(gold, subset, actor_file, nlp=nlp, codebook=codebook),
                                 strict=True):
            by_index[index] = scored
    ordered = [by_index[i] for i in range(len(records))]
    return [o[0] for o in ordered], sum(o[2] for o in ordered), [o[1] for o in ordered]


def _actor_file_on(gold: GoldSet, day: date | None) -> Path | None:
    if gold.actor_dicts is None or gold.actor_file is None or day is None:
        return gold.actor_file
    import hashlib

    from detente.actors.petrarch_format import petrarch_to_user_toml

    text = petrarch_to_user_toml(*gold.actor_dicts, on=day)
    path = gold.actor_file.with_name(f"petrarch_actors_{hashlib.sha1(text.encode()).hexdigest()[:12]}.toml")
    if not path.exists():
        path.write_text(text, encoding="utf-8")
    return path


def _code_records(gold: GoldSet, records: Sequence[GoldRecord], actor_file: Path | None, *, nlp: Any,
                  codebook: Codebook) -> Iterator[tuple[SentencePair, dict[str, Any], int]]:
    from detente.actors import KnowledgeBase
    from detente.config import Settings
    from detente.ingest import article_from_text
    from detente.pipeline import Pipeline

    extra = (actor_file,) if actor_file else ()
    settings = Settings(n_process=1, actor_files=extra)
    pipeline = Pipeline(settings, nlp=nlp, kb=KnowledgeBase.load(extra), codebook=codebook)
    articles = (article_from_text(r.text, article_id=f"{gold.name}:{r.record_id}", published_on=r.published_on)
                for r in records)
    for record, result in zip(records, pipeline.code_articles(articles), strict=True):
        predicted = tuple(_scored(e, codebook, plover=gold.plover) for e in result.events)
        row = {"set": gold.name, "id": record.record_id, "text": record.text,
               "gold": [_event_row(e) for e in record.events],
               "predicted": [_event_row(e) for e in predicted],
               "problems": [p.message for p in result.problems]}
        yield (SentencePair(sentence_id=record.record_id, gold=record.events, predicted=predicted), row,
               len(result.problems))


def _scored(event: Event, codebook: Codebook, *, plover: bool) -> ScoredEvent:
    source = event.source.actor_code if event.source else None
    target = event.target.actor_code if event.target else None
    code = str(event.event_code)
    if plover:
        from detente.errors import DetenteError

        try:
            code = codebook.get(code).plover.event_type
        except (DetenteError, LookupError):
            code = event.plover.event_type
    return ScoredEvent.from_codes(source, target, code, event.factuality.value, plover=plover)


def _event_row(e: ScoredEvent) -> dict[str, str | None]:
    return {"source": e.source, "target": e.target, "code": e.code, "factuality": e.factuality}


# -- rendering ------------------------------------------------------------------------------------


def render_text(gold: GoldSet, report: FileReport, problems: int, seconds: float, *, per_root: bool) -> str:
    """The plain-text block printed for one gold file."""
    n_gold = report.root.n_gold
    lines = [f"== {gold.name} ({_display_path(gold.path)}): {report.n_sentences} records, {n_gold} gold events,"
             f" {report.root.n_pred} predicted, {seconds:.0f} s"]
    if gold.skipped:
        lines.append("   left out: " + "; ".join(f"{n} {why}" for why, n in gold.skipped.items()))
    if gold.actor_file:
        lines.append("   actors: PETRARCH validation dictionaries converted to a user actor file on each record's date")
    if problems:
        lines.append(f"   problems while coding: {problems}")
    unit = "PLOVER type" if gold.plover else "root"
    lines.append(f"   {'':38}{'P':>6}{'R':>7}{'F1':>7}   tp/gold/pred")
    for label, prf in _rows(report, unit):
        lines.append(f"   {label:38}{_f(prf.precision):>6}{_f(prf.recall):>7}{_f(prf.f1):>7}"
                     f"   {prf.tp}/{prf.n_gold}/{prf.n_pred}")
    if report.factuality is not None:
        correct, total = report.factuality
        lines.append(f"   factuality accuracy on matched events: {correct}/{total} = {_f(correct / total if total else 0)}")
    lines.append(f"   asserted events predicted in sentences stating none: {report.asserted_in_eventless}")
    for label, counts in (("misses", report.misses), ("extras", report.extras)):
        if any(counts.values()):
            lines.append(f"   {label} by kind: " + "; ".join(f"{kind} {n}" for kind, n in counts.items() if n))
    lines.append(f"   anchors: {ANCHORS.get(gold.name, '-')}")
    if per_root:
        lines.append(f"   per {unit}: " + "  ".join(
            f"{root} {_f(prf.f1)} ({prf.tp}/{prf.n_gold}/{prf.n_pred})" for root, prf in report.per_root.items()))
    return "\n".join(lines)


def batch_of(record_id: str) -> str:
    """The batch a record of our own gold file belongs to: the letters its id starts with.

    Each batch was written by one writer at one time (docs/accuracy.md), so per-batch figures show
    how the coder does on text of writers whose sentences were read or never read.

    >>> batch_of("r017"), batch_of("g3"), batch_of("42")
    ('r', 'g', '')
    """
    return record_id[: len(record_id) - len(record_id.lstrip("abcdefghijklmnopqrstuvwxyz"))]


def render_batches(pairs: Sequence[SentencePair]) -> str:
    """Root F1 (all factualities) of each batch of our own gold file, one line per batch."""
    batches: dict[str, list[SentencePair]] = {}
    for pair in pairs:
        batches.setdefault(batch_of(pair.sentence_id), []).append(pair)
    lines = ["   per batch, (src, tgt, root), all factualities:"]
    for name, group in sorted(batches.items()):
        prf = score(group, "root")
        lines.append(f"     {name or '-':4}{len(group):5} records   P {_f(prf.precision)}  R {_f(prf.recall)}"
                     f"  F1 {_f(prf.f1)}   {prf.tp}/{prf.n_gold}/{prf.n_pred}")
    return "\n".join(lines)


def render_summary_text(reports: Iterable[tuple[GoldSet, FileReport, int]]) -> str:
    """One line per gold file: root and code F1, all factualities and asserted-only."""
    lines = ["== summary (F1; all factualities / asserted only)"]
    for gold, report, _ in reports:
        lines.append(f"   {gold.name:26} root {_f(report.root.f1)} / {_f(report.root_asserted.f1)}"
                     f"   code {_f(report.code.f1)} / {_f(report.code_asserted.f1)}   dyad {_f(report.dyad.f1)}")
    return "\n".join(lines)


def render_markdown(reports: Sequence[tuple[GoldSet, FileReport, int]]) -> str:
    """The figures as markdown tables (summary, then per-root for each file)."""
    out = ["| gold file | records | gold events | level | P | R | F1 | asserted-only P | R | F1 |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for gold, report, _ in reports:
        unit = "PLOVER type" if gold.plover else "root"
        for level, prf, prf_a in (("(src, tgt, " + unit + ")", report.root, report.root_asserted),
                                  ("(src, tgt, full code)", report.code, report.code_asserted),
                                  ("(src, tgt) only", report.dyad, None)):
            if gold.plover and level.endswith("full code)"):
                continue
            asserted = (f"{_f(prf_a.precision)} | {_f(prf_a.recall)} | {_f(prf_a.f1)}" if prf_a is not None
                        else "- | - | -")
            out.append(f"| {gold.name} | {report.n_sentences} | {prf.n_gold} | {level} | {_f(prf.precision)} |"
                       f" {_f(prf.recall)} | {_f(prf.f1)} | {asserted} |")
    out.append("")
    out.append("| gold file | factuality accuracy (matched) | asserted events in sentences stating none |")
    out.append("|---|---|---|")
    for gold, report, _ in reports:
        fact = "-"
        if report.factuality is not None:
            correct, total = report.factuality
            fact = f"{correct}/{total} = {_f(correct / total if total else 0)}"
        out.append(f"| {gold.name} | {fact} | {report.asserted_in_eventless} |")
    for gold, report, _ in reports:
        unit = "PLOVER type" if gold.plover else "root"
        out += ["", f"Per {unit}, {gold.name} (all factualities):", "",
                f"| {unit} | gold | predicted | matched | P | R | F1 |", "|---|---|---|---|---|---|---|"]
        for root, prf in report.per_root.items():
            out.append(f"| {root} | {prf.n_gold} | {prf.n_pred} | {prf.tp} | {_f(prf.precision)} |"
                       f" {_f(prf.recall)} | {_f(prf.f1)} |")
    return "\n".join(out) + "\n"


def update_doc(path: Path, figures: str) -> None:
    """Replace the text between the ``<!-- eval:begin -->`` and ``<!-- eval:end -->`` markers of ``path``."""
    text = path.read_text(encoding="utf-8")
    begin, end = "<!-- eval:begin -->", "<!-- eval:end -->"
    if begin not in text or end not in text or text.index(begin) > text.index(end):
        raise SystemExit(f"{path}: no {begin} ... {end} block to update")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    stamp = f"Measured {date.today().isoformat()} by `benchmarks/eval_coder.py`.\n\n"
    path.write_text(f"{head}{begin}\n{stamp}{figures}{end}{tail}", encoding="utf-8")


def _rows(report: FileReport, unit: str) -> Iterator[tuple[str, Prf]]:
    yield f"(src, tgt, {unit}), all factualities", report.root
    if unit == "root":
        yield "(src, tgt, full code), all", report.code
    yield "(src, tgt) only, all factualities", report.dyad
    yield f"(src, tgt, {unit}), asserted only", report.root_asserted
    if unit == "root":
        yield "(src, tgt, full code), asserted only", report.code_asserted


def _f(value: float) -> str:
    return f"{value:.2f}"


def _display_path(path: Path) -> str:
    for base in (REPO, REPO.parent):
        try:
            return str(path.relative_to(base))
        except ValueError:
            continue
    return str(path)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _parse_date(value: object) -> date | None:
    text = str(value or "").strip()
    try:
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _is_cameo(code: str) -> bool:
    return code.isdigit() and 2 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20


if __name__ == "__main__":
    raise SystemExit(main())
