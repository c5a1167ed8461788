"""`make bench`: speed and memory of a bare spaCy parse and of the full detente pipeline on the same texts.

Both are measured in the same run, each in a fresh subprocess (so peak memory is its own), on a
generated news-like corpus that is streamed (never held in a list), and reported with their ratio.
``--memory-sizes`` also codes smaller corpora to show that peak memory does not grow with size.

Usage: python benchmarks/bench_pipeline.py [--articles N] [--processes P] [--batch-size B]
       [--repeat R] [--memory-sizes 500,2000] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


class _PeakMemory:
    """Samples the memory of this process and all its children (the parse or coding workers).

    Uses PSS where the OS gives it (shared pages, such as a model inherited through fork, are
    split between the processes that share them), else RSS; keeps the peak of the sum, in MB.
    """

    def __init__(self, every_s: float = 0.25) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._every = every_s
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            self._sample()

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        total = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                info = proc.memory_full_info()
                total += getattr(info, "pss", info.rss)
            except (psutil.Error, OSError):
                continue
        self.peak = max(self.peak, total / 2**20)


def _measure(mode: str, articles: int, processes: int, batch_size: int) -> dict[str, float]:
    from corpus import iter_articles

    from detente.nlp import load_model

    counts = {"words": 0}

    def raw() -> Iterator[dict[str, str]]:
        for article in iter_articles(articles):
            counts["words"] += len(article["text"].split())
            yield article

    nlp = load_model()
    nlp("warm up the model once.")
    cpu0 = os.times()
    if mode == "bare":
        with _PeakMemory() as memory:
            t0 = time.perf_counter()
            n = sum(1 for _ in nlp.pipe((a["text"] for a in raw()), batch_size=batch_size, n_process=processes))
            elapsed = time.perf_counter() - t0
        events = 0
    else:
        from detente.config import Settings
        from detente.ingest import article_from_text, parse_published_on
        from detente.pipeline import Pipeline

        pipeline = Pipeline(Settings(n_process=processes, batch_size=batch_size), nlp=nlp)
        pipeline.code_text("Iran fired missiles at Israel on Tuesday.")  # load the KB, codebook and lexicon
        docs = (article_from_text(a["text"], article_id=a["id"], title=a["title"],
                                  published_on=parse_published_on(a["published_on"])) for a in raw())
        with _PeakMemory() as memory:
            t0 = time.perf_counter()
            n = events = 0
            for result in pipeline.code_articles(docs):
                n += 1
                events += len(result.events)
            elapsed = time.perf_counter() - t0
    import multiprocessing

    multiprocessing.active_children()  # reap finished parse workers, so that their CPU time is counted
    cpu1 = os.times()
    cpu = sum(getattr(cpu1, f) - getattr(cpu0, f) for f in ("user", "system", "children_user", "children_system"))
    return {"articles": n, "words": counts["words"], "seconds": elapsed, "cpu_seconds": cpu, "events": events,
            "peak_mb": memory.peak}


def _run(mode: str, articles: int, processes: int, batch_size: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--mode", mode, "--articles", str(articles),
                          "--processes", str(processes), "--batch-size", str(batch_size)],
                         check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--memory-sizes", default="500",
                        help="also code corpora of these sizes (comma-separated; '' for none) to compare peak memory")
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of each; the fastest is reported")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--mode", choices=["bare", "pipeline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_measure(args.mode, args.articles, args.processes, args.batch_size)))
        return
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "pipeline": []}
    for _ in range(max(args.repeat, 1)):  # interleaved, so that load from elsewhere hits both alike
        for mode in runs:
            runs[mode].append(_run(mode, args.articles, args.processes, args.batch_size))
    bare, full = (min(runs[m], key=lambda r: r["seconds"]) for m in ("bare", "pipeline"))
    print(f"corpus: {bare['articles']:.0f} generated articles, {bare['words']:,.0f} words; "
          f"{args.processes} process(es), batch size {args.batch_size}, {os.cpu_count()} cores; "
          f"best of {max(args.repeat, 1)} interleaved runs")
    print(f"{'':24}{'words/s':>10}{'articles/s':>12}{'seconds':>10}{'CPU s':>8}{'peak MB*':>10}")
    for name, r in (("bare spaCy parse", bare), ("detente pipeline", full)):
        print(f"{name:24}{r['words'] / r['seconds']:>10,.0f}{r['articles'] / r['seconds']:>12,.1f}"
              f"{r['seconds']:>10.1f}{r['cpu_seconds']:>8.1f}{r['peak_mb']:>10,.0f}")
    ratio = full["seconds"] / bare["seconds"]
    print(f"pipeline / bare parse time ratio: {ratio:.2f}x wall, {full['cpu_seconds'] / bare['cpu_seconds']:.2f}x CPU "
          f"({full['events']:,.0f} events coded)")
    print("* peak memory of the whole process tree (PSS: pages shared between workers counted once)")
    memory = {}
    for size in [int(s) for s in args.memory_sizes.split(",") if s.strip()]:
        if size != args.articles:
            memory[size] = _run("pipeline", size, args.processes, args.batch_size)
    memory[args.articles] = full
    if len(memory) > 1:
        print("peak memory of the pipeline by corpus size (streaming: it should not grow): " + ", ".join(
            f"{size:,} articles {r['peak_mb']:,.0f} MB" for size, r in sorted(memory.items())))
    if args.json:
        args.json.write_text(json.dumps({"bare": bare, "pipeline": full, "ratio": ratio, "runs": runs,
                                         "memory": {str(k): v for k, v in memory.items()}}, indent=2) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
