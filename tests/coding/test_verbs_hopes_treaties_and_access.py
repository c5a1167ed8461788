"""No hope seen, defence treaties invoked, crossings opened to aid, visas refused, decisions dismissed, sanctions
repealed, delegations sent to talks, legal cases weighed and migrants hosted: wording the lexicon missed or misread
until the seventeenth round, on sentences of our own.

No or little sign, hope or prospect seen is pessimism (012; "no" is a determiner the modified-noun entries now read);
a defence treaty or pact invoked calls on the ally for military help (0212); a deal suspended or frozen, and
participation in a bloc frozen, reduce relations (160); the staff of a UN office expelled is a foreign presence
expelled (166); a crossing or airspace opened to aid or relief lets relief through (0863); visas refused are an
administrative sanction (172); another's decision dismissed is a rejection (120); sanctions repealed or rescinded are
eased (085); a delegation sent to talks negotiates (046); a legal case against another is a lawsuit (115; weighed,
014); relief teams and firefighters sent are humanitarian aid (073); a country hosting migrants receives no visit
(043); and a figure that "hit a record low" is no attack (190) (docs/coding.md, "Lexicon, seventeenth round"). None of
these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("The minister said he saw no sign of Russian willingness to negotiate.", (None, "012", "RUS")),
    ("Armenia invoked its security treaty with Russia after the incursion.", ("ARM", "0212", "RUS")),
    ("Vanuatu suspended its security deal with Australia.", ("VUT", "160", "AUS")),
    ("Venezuela expelled the staff of the UN human rights office.", ("VEN", "166", "IGO")),
    ("Armenia froze its participation in the CSTO.", ("ARM", "160", "IGO")),
    ("Poland could invoke its defence pact with the United States.", ("POL", "0212", "USA")),
    ("France invoked the EU's mutual defence clause.", ("FRA", "0212", "IGO")),
    ("Egypt reopened the Rafah crossing for aid convoys.", ("EGY", "0863", "PSE")),
    ("Israel said it would refuse visas to UN officials.", ("ISR", "172", "IGO")),
    ("Hezbollah dismissed the Lebanese government's decision to disarm it.", ("LBN", "120", "LBN")),
    ("Congress repealed the Caesar Act sanctions on Syria.", ("USA", "085", "SYR")),
    ("Manila is weighing a fresh legal case against Beijing.", ("PHL", "014", "CHN")),
    ("The Taliban sent a delegation to the talks in Doha.", ("AFG", "046", "QAT")),
    ("Japan dispatched a disaster relief team to Turkey.", ("JPN", "073", "TUR")),
    ("Greece sent firefighters to Canada to help fight wildfires.", ("GRC", "073", "CAN")),
])
def test_hopes_treaties_and_access(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The rescuers saw no sign of the missing hikers.",
    "He saw no reason to change the law.",
    "The minister invoked the emergency law.",
    "Israel reopened the crossing to commercial traffic.",
    "The court dismissed the case against the opposition leader.",
    "The president dismissed the defence minister on Friday.",
    "Ghana's parliament repealed the law on witchcraft.",
    "The Kenyan school expelled the staff of its canteen.",
    "The hospital sent a team to the round of vaccinations.",
    "Colombia hosts more Venezuelan migrants than any other country.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)


def test_no_is_a_modifier_of_the_noun_it_determines(nlp: Any) -> None:
    """'saw no sign' matches a "see [no_sign]" entry; 'saw signs' and 'saw a sign' do not."""
    from detente.coding.verbs import Lexicon

    lexicon = Lexicon.from_data({"group": [{"code": "012", "verbs": ["see [no_sign]"]}]})
    for text, matched in (("He saw no sign of it.", True), ("He saw signs of it.", False),
                          ("He saw a sign of it.", False)):
        doc = nlp(text)
        assert (lexicon.match_verb(doc[1]) is not None) is matched, text


@pytest.mark.parametrize("text", [
    "The Indian rupee hit a record low against the dollar.",
    "Dengue cases in Bangladesh hit a record.",
    "Inflation in Argentina hit a 30-year high.",
    "Sri Lanka's reserves hit rock bottom.",
])
def test_records_and_lows_hit_are_no_attack(pipeline: Any, text: str) -> None:
    """"hit" with a record, high, low or bottom for object is a figure reaching it, not a strike (190)."""
    assert not country_set(pipeline, text, _DAY)


def test_a_city_hit_is_still_an_attack(pipeline: Any) -> None:
    assert ("RUS", "UKR") in {(s, t) for s, c, t in country_set(pipeline, "Russian missiles hit Kyiv overnight.", _DAY)
                              if c.startswith("19")}
