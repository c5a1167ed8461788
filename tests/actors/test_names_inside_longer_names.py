"""A one-word person alias inside a longer person name the parser found is that other person's name, not the
listed person ("Lee Jae-yong" is not Lee Hsien Loong, listed as "Lee") (sixteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated, mentions_by_text

from detente.actors import ActorResolver

_codes = codes_dated("2020-01-01")


@pytest.mark.parametrize("text", [
    "A Seoul court sentenced Lee Jae-yong to prison.",
    "Samsung heir Lee Jae-yong was released on parole.",
])
def test_one_word_alias_inside_an_unknown_name_is_not_the_listed_person(resolver: ActorResolver, nlp: Any,
                                                                        text: str) -> None:
    assert "SGPGOV" not in _codes(resolver, nlp, text).values()


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Lee met Trump in Singapore.", "Lee", "SGPGOV"),
    ("Putin said on Tuesday that Russia would respond.", "Putin", "RUSGOV"),
    ("Kim Jong-un met Moon Jae-in.", "Kim Jong-un", "PRKGOV"),
    ("Lula da Silva met Biden.", "Lula da Silva", "BRAGOV"),
])
def test_listed_names_still_match(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize("spelling", ["Abdul Hamid Dbeibah", "Abdul Hamid Dbeibeh", "Abdul Hamid al-Dbeibah"])
def test_libyas_prime_minister_under_each_spelling(resolver: ActorResolver, nlp: Any, spelling: str) -> None:
    # Bangladesh's president Abdul Hamid (2013-2023) shares the first two words (eighteenth actors round)
    found = mentions_by_text(resolver, nlp, f"{spelling} met the Italian prime minister in Rome.", "2023-03-01")
    assert (found[spelling].actor_code, found[spelling].name) == ("LBYGOV", "Abdul Hamid Dbeibeh")
