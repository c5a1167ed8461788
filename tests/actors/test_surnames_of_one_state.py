"""A surname that several listed people share, all of whom served one and the same state (Heydar and Ilham Aliyev:
Azerbaijan; the Sharifs: Pakistan), alone is that state's leader in office on the date even where the article names
no country of theirs ("Aliyev said Armenia must change its constitution"). A surname borne by people of different
states ("Kim": both Koreas and the World Bank) still needs the state named. Sentences are our own (see
docs/actors-and-tenures.md, "Round twenty-three: goods by origin, regions' offices, longer names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Aliyev said Armenia must change its constitution.", "2024-06-01", "Aliyev", "AZEGOV"),
    ("Aliyev met Putin in Moscow.", "2024-06-01", "Aliyev", "AZEGOV"),
    ("Erdogan met Aliyev in Ankara.", "2024-06-01", "Aliyev", "AZEGOV"),
    ("Sharif urged the IMF to release funds.", "2023-06-01", "Sharif", "PAKGOV"),
])
def test_a_surname_of_one_state_s_leaders_is_its_leader(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                        code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "word"), [
    ("Kim oversaw a missile launch.", "2019-02-27", "Kim"),  # Kims of both Koreas and the World Bank
    ("Ali said the talks had failed.", "2022-06-01", "Ali"),  # a common given name
    ("Aliyev said the talks had failed.", "1990-06-01", "Aliyev"),  # no Aliyev led Azerbaijan that day
])
def test_other_shared_surnames_stay_unresolved(resolver: Any, nlp: Any, text: str, day: str, word: str) -> None:
    assert word not in mention_codes(resolver, nlp, text, day)
