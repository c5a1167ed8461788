"""A diplomat declared persona non grata is expelled (174, the codebook's own words). The parser reads "persona" as a
clause whose subject is the diplomat, as an object, or as the head the diplomat's noun is compounded with; the
lexicon's "declare persona|grata" reads the diplomat in each (the small clause's subject is the target)
(docs/coding.md, "Lexicon, seventeenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Mali declared France's ambassador persona non grata.", ("MLI", "174", "FRA")),
    ("Russia declared two Estonian diplomats persona non grata.", ("RUS", "174", "EST")),
    ("Moscow declared the Dutch consul persona non grata on Monday.", ("RUS", "174", "NLD")),
])
def test_persona_non_grata(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The Kenyan court declared the election void.",
    "The Malian president declared that the war was over.",
])
def test_other_declarations_expel_no_one(pipeline: Any, text: str) -> None:
    assert not any(code == "174" for _, code, _ in country_set(pipeline, text, _DAY))
