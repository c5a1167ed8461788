"""A country named only in a body of water's name is no target (docs/coding.md, "Round thirty-one: who did it to
whom").

"Estonian authorities detained the Kiwala in the Gulf of Finland": the Gulf of Finland, the Bay of Bengal, the Sea of
Japan and the Gulf of Mexico are open water or several countries' coasts, so a ship or person seized there is no act
on the country the water is named after. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _targets(pipeline: Any, text: str) -> set[str | None]:
    return {(e.target.actor_code[:3] if e.target else None) for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "named"), [
    ("Estonian authorities detained the Kiwala in the Gulf of Finland on Friday.", "FIN"),
    ("Estonian authorities detained the Kiwala, a tanker the EU counts among Russia's shadow fleet, in the Gulf of "
     "Finland on Friday.", "FIN"),
    ("Polish police detained the tanker Eventin in the Gulf of Finland.", "FIN"),
    ("The Bangladeshi coast guard seized a trawler in the Bay of Bengal.", "BGD"),
    ("South Korean police detained the cargo ship Sunrise in the Sea of Japan.", "JPN"),
])
def test_water_is_no_target(pipeline: Any, text: str, named: str) -> None:
    assert named not in _targets(pipeline, text)


@pytest.mark.parametrize(("text", "target"), [
    # controls: a ship from a country, and a ship named by its flag, are that country's
    ("France detained a ship from Finland.", "FIN"),
    ("The Philippine coast guard detained a Chinese fishing boat in the South China Sea.", "CHN"),
    ("Finnish police detained a Russian tanker in the Gulf of Finland.", "RUS"),
])
def test_named_vessel_kept(pipeline: Any, text: str, target: str) -> None:
    assert target in _targets(pipeline, text)
