"""Clauses that reach back to whom another clause names (twenty-eighth round, docs/coding.md): a participle set off by
a comma after an object's apposition, which the parser hangs on that apposition ("nationalised Somair, the uranium
mine operated by France's Orano, accusing the company of ..."), belongs to the clause whose object it follows, and its
"the company" or "them" is whom that clause reached; "hostage" or "captive" after "held" is the state the object is
held in, not the object, so a relative clause "a pilot they had held hostage" holds its noun. None of these sentences
is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger's junta nationalised Somair, the uranium mine operated by France's Orano, accusing the company of "
     "illegal conduct.", ("NER", "11", "FRA", "asserted")),
    ("Russia seized the Danone plant, the yoghurt factory owned by France's Danone, accusing the company of "
     "unfriendly acts.", ("RUS", "11", "FRA", "asserted")),
    ("Venezuela expropriated the Sidor steel mill, the plant owned by Argentina's Techint, accusing the company of "
     "exploiting workers.", ("VEN", "11", "ARG", "asserted")),
])
def test_a_participle_hung_on_an_apposition_reaches_the_clauses_target(
        pipeline: Any, text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("West Papuan separatist fighters freed Phillip Mehrtens, a New Zealand pilot they had held hostage for more "
     "than 19 months.", ("IDN", "18", "NZL", "asserted")),
    ("The Taliban freed Mark Frerichs, an American contractor they had held captive for two years.",
     ("AFG", "18", "USA", "asserted")),
    ("Hamas released Edan Alexander, an American soldier it had held hostage in Gaza.",
     ("PSE", "18", "USA", "asserted")),
])
def test_a_relative_clause_of_holding_hostage_holds_its_noun(pipeline: Any, text: str,
                                                             expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # controls: a participle on the verb itself, and a relative clause with its own object
    ("Moscow expelled two British diplomats on Monday, accusing London of espionage.",
     ("RUS", "11", "GBR", "asserted")),
    ("Burkina Faso suspended France 24, the French news channel, accusing the broadcaster of giving a voice to "
     "jihadists.", ("BFA", "11", "FRA", "asserted")),
    ("Iran released two French citizens it had detained for three years.", ("IRN", "17", "FRA", "asserted")),
])
def test_controls_keep_their_targets(pipeline: Any, text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)

