"""Generated news-like articles for the scale, resume and bad-input tests (our own templates).

Every article names real actors doing coded things (meetings, strikes, sanctions, aid), so a
working pipeline finds events in each one; ``write_shards`` writes them as JSONL shards.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PAIRS = [("Iran", "Israel"), ("Russia", "Ukraine"), ("China", "Japan"), ("France", "Germany"),
         ("Turkey", "Syria"), ("India", "Pakistan"), ("Egypt", "Qatar"), ("Britain", "Russia")]
SENTENCES = [
    "{a} fired missiles at {b} on Monday.", "{a} met {b} in talks on Tuesday.",
    "{a} imposed new sanctions on {b} this week.", "{a} sent humanitarian aid to {b} on Friday.",
    "{a} accused {b} of violating the ceasefire.", "{a} expelled diplomats from {b} yesterday.",
    "{a} did not attend the summit with {b}.", "{a} may impose sanctions on {b}.",
]
FILLER = ["Officials gave no further details.", "Markets were calm after the news.",
          "The two sides have argued for months."]


def articles(n: int, *, seed: int = 11, prefix: str = "t") -> Iterator[dict[str, str]]:
    """``n`` articles as the input spec's JSON objects (id, title, published_on, text)."""
    rng = random.Random(seed)
    for i in range(n):
        body = []
        for _ in range(rng.randint(3, 6)):
            a, b = rng.choice(PAIRS)
            if rng.random() < 0.5:
                a, b = b, a
            body.append(rng.choice(SENTENCES).format(a=a, b=b))
            if rng.random() < 0.3:
                body.append(rng.choice(FILLER))
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 700))
        yield {"id": f"{prefix}-{i:05d}", "title": body[0][:50], "published_on": day.isoformat(),
               "text": " ".join(body)}


def write_shards(folder: Path, n: int, shards: int, *, seed: int = 11, prefix: str = "t") -> list[Path]:
    """Write ``n`` articles round-robin into ``shards`` JSONL files under ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{k:02d}.jsonl" for k in range(shards)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    try:
        for i, article in enumerate(articles(n, seed=seed, prefix=prefix)):
            handles[i % shards].write(json.dumps(article) + "\n")
    finally:
        for h in handles:
            h.close()
    return paths
