"""A deterministic generator of news-like articles for benchmarks (our own templates, no third-party text).

Sentences mix cooperation and conflict events between real actors, with the factuality markers
opinion writing is full of (negation, modals, conditionals, questions, plans) and plain background
sentences, so that the coder does realistic work on every article.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta

ACTORS = [
    "Iran", "Russia", "China", "the United States", "Israel", "Ukraine", "Turkey", "Saudi Arabia", "North Korea",
    "South Korea", "Japan", "India", "Pakistan", "France", "Germany", "Britain", "Qatar", "Egypt", "Syria",
    "Hezbollah", "Hamas", "the Houthis", "NATO", "the European Union", "the United Nations", "the Kremlin",
    "Washington", "Beijing", "Tehran", "Moscow", "Iran's foreign minister", "the Russian president",
    "the Israeli prime minister", "Chinese President Xi Jinping", "Vladimir Putin", "Iranian troops",
    "Russian forces", "the Ukrainian army", "Turkish officials", "Saudi diplomats",
]
EVENTS = [
    "{a} met {b} {when}.", "{a} held talks with {b} {when}.", "{a} accused {b} of violating the ceasefire.",
    "{a} condemned {b} for the attack.", "{a} imposed new sanctions on {b} {when}.",
    "{a} fired missiles at {b} {when}.", "{a} launched drone strikes on {b} {when}.",
    "{a} signed a defence agreement with {b} {when}.", "{a} urged {b} to show restraint.",
    "{a} threatened to retaliate against {b}.", "{a} praised {b} for its mediation.",
    "{a} sent humanitarian aid to {b} {when}.", "{a} expelled diplomats from {b} {when}.",
    "{a} agreed to resume negotiations with {b}.", "{a} visited {b} {when}.",
    "{a} supplied weapons to {b}.", "{a} called for an investigation into {b}.",
    "{a} rejected a proposal from {b}.", "{a} deployed troops near the border with {b}.",
    "{a} promised economic support to {b}.",
]
FRAMES = [
    "{s}", "{s}", "{s}", "{s}",
    "Officials said that {s_lower}", "It is not clear whether {s_lower}",
    "If the talks fail, {a} would attack {b}.", "{a} did not meet {b} {when}.",
    "{a} is scheduled to meet {b} next week.", "Will {a} sign a treaty with {b}?",
    "{a} may soon impose sanctions on {b}.", "{a} denied sending weapons to {b}.",
]
BACKGROUND = [
    "The region has seen months of rising tension.", "Analysts say the economy is under strain.",
    "Prices for oil rose sharply in early trading.", "The talks are the first of their kind in years.",
    "Diplomats describe the mood as cautious.", "Many residents have left the area since the spring.",
    "The government is due to publish its budget in the autumn.", "Markets reacted calmly to the news.",
]
WHEN = ["on Monday", "on Tuesday", "on Friday", "this week", "last month", "yesterday", "in March", "",
        "on Sunday", "two days ago"]


def iter_articles(n: int, *, seed: int = 7, sentences: tuple[int, int] = (10, 18)) -> Iterator[dict[str, str]]:
    """Yield ``n`` articles in the input spec's JSON form (id, title, published_on, text)."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    for i in range(n):
        body: list[str] = []
        for _ in range(rng.randint(*sentences)):
            if rng.random() < 0.3:
                body.append(rng.choice(BACKGROUND))
                continue
            a, b = rng.sample(ACTORS, 2)
            when = rng.choice(WHEN)
            s = rng.choice(EVENTS).format(a=a, b=b, when=when).replace(" .", ".")
            frame = rng.choice(FRAMES)
            sentence = frame.format(s=s, s_lower=s[0].lower() + s[1:] if not s.startswith(("Iran", "Russia")) else s,
                                    a=a, b=b, when=when).replace(" .", ".")
            body.append(sentence[0].upper() + sentence[1:])
        day = start + timedelta(days=rng.randint(0, 900))
        yield {"id": f"bench-{i:06d}", "title": body[0][:60], "published_on": day.isoformat(), "text": " ".join(body)}


def write_jsonl(path: str, n: int, *, seed: int = 7) -> None:
    """Write ``n`` generated articles to ``path`` as JSON lines."""
    with open(path, "w", encoding="utf-8") as out:
        for article in iter_articles(n, seed=seed):
            out.write(json.dumps(article) + "\n")
