"""`make bench`: words/second of a bare spaCy parse and of the full detente pipeline on the same texts.

Both are measured in the same run, each in a fresh subprocess (so peak memory is its own), and
reported with their ratio. Usage: python benchmarks/bench_pipeline.py [--articles N] [--processes P]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _measure(mode: str, articles: int, processes: int, batch_size: int) -> dict[str, float]:
    from corpus import iter_articles

    from detente.config import Settings
    from detente.ingest import article_from_text
    from detente.nlp import load_model

    raw = list(iter_articles(articles))
    words = sum(len(a["text"].split()) for a in raw)
    nlp = load_model()
    if mode == "bare":
        nlp("warm up the model once.")
        t0 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe((a["text"] for a in raw), batch_size=batch_size, n_process=processes))
        elapsed = time.perf_counter() - t0
        events = 0
    else:
        from detente.pipeline import Pipeline

        docs = [article_from_text(a["text"], article_id=a["id"], published_on=None) for a in raw]
        pipeline = Pipeline(Settings(n_process=processes, batch_size=batch_size), nlp=nlp)
        list(pipeline.code_articles(docs[:2]))  # load the KB, codebook and lexicon outside the timing
        t0 = time.perf_counter()
        n = events = 0
        for result in pipeline.code_articles(docs):
            n += 1
            events += len(result.events)
        elapsed = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"articles": n, "words": words, "seconds": elapsed, "events": events, "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--mode", choices=["bare", "pipeline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_measure(args.mode, args.articles, args.processes, args.batch_size)))
        return
    results = {}
    for mode in ("bare", "pipeline"):
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--articles", str(args.articles),
                              "--processes", str(args.processes), "--batch-size", str(args.batch_size)],
                             check=True, capture_output=True, text=True)
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    bare, full = results["bare"], results["pipeline"]
    print(f"corpus: {bare['articles']} generated articles, {bare['words']:,} words; "
          f"{args.processes} process(es), batch size {args.batch_size}")
    print(f"{'':24}{'words/s':>10}{'articles/s':>12}{'seconds':>10}{'peak MB':>10}")
    for name, r in (("bare spaCy parse", bare), ("detente pipeline", full)):
        print(f"{name:24}{r['words'] / r['seconds']:>10,.0f}{r['articles'] / r['seconds']:>12,.1f}"
              f"{r['seconds']:>10.1f}{r['peak_mb']:>10,.0f}")
    ratio = full["seconds"] / bare["seconds"]
    print(f"pipeline / bare parse time ratio: {ratio:.2f}x  ({full['events']:,} events coded)")


if __name__ == "__main__":
    main()
