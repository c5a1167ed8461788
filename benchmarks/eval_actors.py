"""Accuracy of actor resolution on the dated mention test set (`make eval-actors`).

Each line of benchmarks/data/actor_mentions.jsonl is a sentence or two written by us about a real event,
with its date, the mention to find (``occurrence``-th time it appears, default 1), the expected actor code
and, for titles and names, the expected person. A mention counts as correct when the resolved mention
that overlaps it most has the expected code (and name, when one is given). Also prints the resolver's
time per 1,000 words next to a bare ``nlp.pipe`` parse of the same texts (and of the seed articles when
../shared is beside the checkout).

Usage: python benchmarks/eval_actors.py [--verbose] [--actors FILE ...] [--file MENTIONS.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from detente.actors import ActorResolver, KnowledgeBase
from detente.actors.names import normalise
from detente.nlp import load_model
from detente.records import ResolvedActor

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "actor_mentions.jsonl"
SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds" / "articles.jsonl"


def _span(case: dict[str, Any]) -> tuple[int, int]:
    """Character span of the ``occurrence``-th whole-word match of the mention."""
    pattern = r"(?<!\w)" + re.escape(case["mention"]) + r"(?!\w)"
    found = list(re.finditer(pattern, case["text"]))
    n = int(case.get("occurrence", 1))
    if len(found) < n:
        raise SystemExit(f"mention {case['mention']!r} (occurrence {n}) not in {case['text']!r}")
    return found[n - 1].span()


def _same_person(kb: KnowledgeBase, got: ResolvedActor, expected: str) -> bool:
    """The resolved person is the expected one (names are compared with the KB's aliases)."""
    entity = kb.entity(got.entity_id) if got.entity_id else None
    names = {got.name or "", *(entity.aliases if entity else ()), entity.name if entity else ""}
    return normalise(expected) in {normalise(n) for n in names}


def _best(mentions: list[ResolvedActor], start: int, end: int) -> ResolvedActor | None:
    scored = [(min(end, m.end) - max(start, m.start), m) for m in mentions]
    scored = [(overlap, m) for overlap, m in scored if overlap > 0]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def evaluate(cases: list[dict[str, Any]], resolver: ActorResolver, nlp: Any,
             verbose: bool) -> tuple[dict[str, list[bool]], float, float, int]:
    """Score every case; returns per-phenomenon results, parse and resolve seconds, and words."""
    texts = [c["text"] for c in cases]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse_s = time.perf_counter() - t0
    results: dict[str, list[bool]] = defaultdict(list)
    resolve_s = 0.0
    for case, doc in zip(cases, docs, strict=True):
        t1 = time.perf_counter()
        mentions = list(resolver.resolve(doc, date.fromisoformat(case["published_on"])))
        resolve_s += time.perf_counter() - t1
        got = _best(mentions, *_span(case))
        ok = got is not None and got.actor_code == case["expected_code"]
        if ok and case.get("expected_name") and got is not None:
            ok = _same_person(resolver.kb, got, case["expected_name"])
        results[case["phenomenon"]].append(ok)
        if verbose and not ok:
            shown = f"{got.actor_code} {got.name!r} ({got.mention!r}: {got.reason})" if got else "nothing"
            print(f"  MISS [{case['phenomenon']}] {case['published_on']} {case['mention']!r}: expected "
                  f"{case['expected_code']} {case.get('expected_name') or ''} got {shown}\n      {case['text']}")
    words = sum(len(t.split()) for t in texts)
    return results, parse_s, resolve_s, words


def time_seeds(resolver: ActorResolver, nlp: Any, repeat: int = 5) -> tuple[float, float, int] | None:
    """Parse and resolve seconds and words for the seed articles (repeated), or None without ../shared."""
    if not SEEDS.exists():
        return None
    articles = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [a["text"] for a in articles] * repeat
    days = [date.fromisoformat(a["published_on"]) for a in articles] * repeat
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    for doc, day in zip(docs, days, strict=True):
        resolver.resolve(doc, day)
    return parse_s, time.perf_counter() - t1, sum(len(t.split()) for t in texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    parser.add_argument("--actors", nargs="*", type=Path, default=[], help="extra actor files")
    parser.add_argument("--file", type=Path, default=DATA, help="mention set (JSONL; default: %(default)s)")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_model()
    kb = KnowledgeBase.load(args.actors)
    resolver = ActorResolver(kb)
    resolver.resolve(nlp("Warm-up."), None)
    results, parse_s, resolve_s, words = evaluate(cases, resolver, nlp, args.verbose)
    print(f"actor resolution on {len(cases)} dated mentions in {args.file.name} (knowledge base {kb.version})")
    print(f"{'phenomenon':<22}{'n':>5}{'correct':>9}{'accuracy':>10}")
    total = correct = 0
    for phenomenon in sorted(results):
        oks = results[phenomenon]
        total, correct = total + len(oks), correct + sum(oks)
        print(f"{phenomenon:<22}{len(oks):>5}{sum(oks):>9}{sum(oks) / len(oks):>10.1%}")
    print(f"{'overall':<22}{total:>5}{correct:>9}{correct / total:>10.1%}")
    print(f"\ntest-set texts: parse {1000 * parse_s / words * 1000:.1f} ms per 1,000 words, "
          f"resolve {1000 * resolve_s / words * 1000:.1f} ms per 1,000 words ({resolve_s / parse_s:.1%} of the parse)")
    seeds = time_seeds(resolver, nlp)
    if seeds is not None:
        p, r, w = seeds
        print(f"seed articles:  parse {1000 * p / w * 1000:.1f} ms per 1,000 words, "
              f"resolve {1000 * r / w * 1000:.1f} ms per 1,000 words ({r / p:.1%} of the parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
