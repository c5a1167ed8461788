"""A country's union federation named by its usual generic names ("Nigeria's Labour Congress", "Argentina's biggest
labor confederation") is that country's labour (LAB), as "trade unions" and "union federation" already were; the
federations listed by their own names keep their codes. Sentences are our own (see docs/actors-and-tenures.md,
"Round twenty-three: goods by origin, regions' offices, longer names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Nigeria's Labour Congress threatened a nationwide strike.", "Nigeria's Labour Congress", "NGALAB"),
    ("Argentina's biggest labor confederation called a general strike against Milei.",
     "Argentina's biggest labor confederation", "ARGLAB"),
    ("Ghana's labour congress rejected the pay offer.", "Ghana's labour congress", "GHALAB"),
    ("Brazil's union confederation backed Lula.", "Brazil's union confederation", "BRALAB"),
    ("The Nigeria Labour Congress called off the strike.", "Nigeria Labour Congress", "NGALABNLC"),  # control
    ("The Indian National Congress criticised Modi.", "Indian National Congress", "INDOPPINC"),  # control
])
def test_union_federations_by_generic_names(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2023-06-01").get(mention) == code
