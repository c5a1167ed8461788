"""A sector word before "ally", "proxies", "partners"... is a modifier of another party, not the possessor's own
sector ("Israel's militia ally" is no Israeli militia) (sixteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2023-10-01")


@pytest.mark.parametrize(("text", "gone"), [
    ("Israel's militia ally fired on the village.", "Israel's militia"),
    ("Iran's militia allies attacked US bases in Syria.", "Iran's militia"),
    ("Iran's militia proxies attacked US bases in Syria.", "Iran's militia"),
    ("Russia's military allies held drills near the border.", "Russia's military"),
    ("Turkey's rebel partners advanced on the town.", "Turkey's rebel"),
])
def test_sector_word_before_an_other_party_noun_is_no_mention(resolver: ActorResolver, nlp: Any, text: str,
                                                            gone: str) -> None:
    found = _codes(resolver, nlp, text)
    assert gone not in found
    assert not any(code.endswith(("REB", "MIL")) for code in found.values()), found


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Israel's army attacked the village.", "Israel's army", "ISRMIL"),
    ("Israeli troops and their militia allies fired on the village.", "Israeli troops", "ISRMIL"),
    ("Russia's military ally Belarus hosted the drills.", "Belarus", "BLR"),
    ("Iran's militias attacked US bases.", "Iran's militias", "IRNREB"),
])
def test_sector_words_heading_their_phrase_still_code(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                     code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code
