"""A sentence coded by the full pipeline, as sorted (source code, event code, target code) triples."""

from __future__ import annotations

from datetime import date
from typing import Any


def coded_triples(pipeline: Any, text: str, day: date) -> list[tuple[str | None, str, str | None]]:
    """``text`` coded as published on ``day``: (source actor code, CAMEO code, target actor code), sorted."""
    return sorted(((e.source.actor_code if e.source else None), e.event_code,
                   (e.target.actor_code if e.target else None))
                  for e in pipeline.code_text(text, published_on=day))
