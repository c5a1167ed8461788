"""Prosecutors and special counsels named with no country are those of the country whose known people the sentence
names, when it names no country or place: a state's own prosecutors pursue its politicians (eighteenth actors
round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("A special counsel will investigate Yoon Suk Yeol over the martial law decree.", "2025-01-20", "special counsel",
     "KORJUD"),
    ("Prosecutors charged Imran Khan with leaking state secrets.", "2023-09-01", "Prosecutors", "PAKJUD"),
    ("A special counsel indicted Donald Trump.", "2023-09-01", "special counsel", "USAJUD"),
])
def test_prosecutors_of_the_country_of_the_accused(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                   mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize("text", [
    "Prosecutors charged two Russian nationals with spying.",  # foreigners may be tried anywhere
    "Prosecutors said Putin and Zelensky had been informed.",  # people of two countries
    "Karim Khan said prosecutors would seek a warrant for Netanyahu.",  # the ICC's
])
def test_prosecutors_stay_uncoded_when_the_sentence_does_not_say_whose(resolver: ActorResolver, nlp: Any,
                                                                       text: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2023-09-01")
    assert "Prosecutors" not in codes and "prosecutors" not in codes
