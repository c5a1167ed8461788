"""Country names: 'Congolese', former names of states and the former Soviet states."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes


def test_congolese_is_the_dr_congo_and_brazzaville_still_its_neighbour(resolver: ActorResolver,
                                                                      nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Congolese troops crossed the river into Congo-Brazzaville.", None)
    assert codes["Congolese troops"] == "CODMIL"
    assert codes["Congo-Brazzaville"] == "COG"


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("NATO bombed Yugoslavia for a twelfth night.", "Yugoslavia", "1999-04-04", "SRB"),
    ("Yugoslav troops shelled villages in Kosovo.", "Yugoslav troops", "1999-04-04", "SRBMIL"),
    ("Serbia and Montenegro recalled its ambassador.", "Serbia and Montenegro", "2004-04-04", "SRB"),
    ("Greece refused to recognise the former Yugoslav republic of Macedonia.",
     "former Yugoslav republic of Macedonia", "1993-05-05", "MKD"),
    ("Zaire accused Rwanda of invading its territory.", "Zaire", "1996-11-11", "COD"),
    ("Zairean troops fled Goma.", "Zairean troops", "1996-11-11", "CODMIL"),
    ("The Soviet Union pulled its last troops out of Afghanistan.", "Soviet Union", "1989-02-15", "RUS"),
    ("Soviet troops attacked villages near Kabul.", "Soviet troops", "1985-03-03", "RUSMIL"),
    ("Czechoslovakia signed the treaty.", "Czechoslovakia", "1992-05-05", "CZE"),
    ("Former Soviet republics signed a customs pact with Moscow.", "Former Soviet republics", "2010-05-05",
     "GRPFSU"),
    ("Refugees from the former Yugoslavia reached Austria.", "former Yugoslavia", "1996-05-05", "GRPFYU"),
])
def test_former_names_of_states(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                                code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


def test_former_soviet_states_are_not_russia(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Ex-Soviet states signed a trade deal with China.", "2019-06-06")
    assert "RUS" not in codes.values()
