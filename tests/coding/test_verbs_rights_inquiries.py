"""An investigation opened or launched into or over disappearances, torture or abuses is an inquiry into human rights
abuses (092), as "investigated the disappearance" is; one into a crash or a bribe stays the general inquiry (090)
(docs/coding.md, "Lexicon, seventeenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Ecuadorean prosecutors opened an investigation into 16 soldiers over the disappearance of four boys.",
     ("ECU", "092", "ECU")),
    ("Kenya launched an inquiry into the torture of detainees by police.", ("KEN", "092", "KEN")),
    ("Mexican prosecutors opened an investigation into the disappearance of 43 students.", ("MEX", "092", None)),
    ("Kenyan prosecutors opened an investigation into the plane crash.", ("KEN", "090", None)),
])
def test_rights_inquiries(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)
