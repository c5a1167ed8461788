"""A threat, promise or warning in an "as" clause on another act is aimed where that act is (docs/coding.md, "Round
thirty-one: who did it to whom").

"Will Orban take the EU to court over the gas ban, as his foreign minister has threatened?", "Trump imposed tariffs on
Canada, as he had threatened": what was threatened is the act the "as" clause hangs on, so the threat has that act's
target, an organisation as well as a country. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code[:3] if e.target else None))
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Will Viktor Orban take the EU to court over the gas ban, as his foreign minister has threatened?",
     ("HUN", "13", "IGO")),
    ("Hungary sued the European Commission on Monday, as Budapest had threatened.", ("HUN", "13", "IGO")),
    ("Trump imposed tariffs on Canada on Tuesday, as he had threatened.", ("USA", "13", "CAN")),
    ("Russia cut gas supplies to Moldova, as Gazprom had warned it would.", ("RUS", "13", "MDA")),
])
def test_threat_of_host_act(pipeline: Any, text: str, event: tuple[str, str, str]) -> None:
    assert event in _rooted(pipeline, text)


def test_host_act_kept(pipeline: Any) -> None:
    # control: the act itself is still coded
    assert ("HUN", "11", "IGO") in _rooted(
        pipeline, "Will Viktor Orban take the EU to court over the gas ban, as his foreign minister has threatened?")
