"""Pattern families of the fourth lexicon round: each family is checked on a sentence of our own.

The families were found by grouping DEV misses by the phrase that should have triggered an event
(docs/coding.md, "The fourth round"); these sentences are not gold sentences.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.handbuilt import handbuilt

from detente.coding.verbs import expand_quantity, parse_pattern
from detente.records import CameoCode

_DAY = date(2024, 3, 1)


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.actor_code if e.source else None, e.event_code, e.target.actor_code if e.target else None)
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # 057: an agreement reached, a joint act coded both ways
    ("Egypt and Israel agreed on a new gas deal.", {("EGY", "057", "ISR"), ("ISR", "057", "EGY")}),
    ("India and Japan agreed upon a framework for defence cooperation.", {("IND", "057", "JPN")}),
    ("Serbia and Kosovo reached an agreement on licence plates.", {("SRB", "057", "XKX")}),
    # 0871: a truce reached, the modified noun beats the plain agreement
    ("Armenia and Azerbaijan reached a ceasefire deal.", {("ARM", "0871", "AZE"), ("AZE", "0871", "ARM")}),
    # 012 / 013 / 055 / 019: statements
    ("China expressed concern over Japan's defence budget.", {("CHN", "012", "JPN")}),
    ("Russia expressed confidence in the Iraqi government.", {("RUS", "013", "IRQGOV")}),
    ("Japan expressed regret to South Korea for its wartime actions.", {("JPN", "055", "KOR")}),
    ("France concurred with Germany on the budget.", {("FRA", "019", "DEU")}),
    # 042: attending an event abroad
    ("Putin attended the Olympics in Beijing.", {("RUSGOV", "042", "CHNGOV")}),
    # 054: opening an embassy
    ("Iran reopened its embassy in Saudi Arabia.", {("IRN", "054", "SAU")}),
    # 063 / 064: evidence and information handed over
    ("Ukraine handed over evidence to the International Criminal Court.", {("UKR", "063", "IGOUNOICC")}),
    ("The United States provided satellite imagery to Ukraine.", {("USA", "064", "UKR")}),
    ("Israel shared evidence with the United States.", {("ISR", "064", "USA")}),
    # 07x: aid approved, grants given, sums of money that stand for aid, refugees taken in
    ("Congress approved $61 billion in aid for Ukraine.", {("USALEG", "070", "UKR")}),
    ("Japan gave Kenya 5 million dollars of aid.", {("JPN", "070", "KEN")}),
    ("The United States gave Kenya a grant.", {("USA", "071", "KEN")}),
    ("Germany took in a million Syrian refugees.", {("DEU", "075", "SYRREF")}),
    # 08x: borders reopened, emergencies lifted
    ("Turkey reopened its border with Armenia.", {("TUR", "080", "ARM")}),
    ("Sudan lifted the state of emergency.", {("SDN", "0814", None)}),
    # 12x: rejections, reneging, defiance
    ("Germany rejected calls by Poland for reparations.", {("DEU", "120", "POL")}),
    ("Iran reneged on its agreement with the United States.", {("IRN", "127", "USA")}),
    # 13x: threats of unspecified measures, oaths to fight
    ("Britain threatened further action against Russia.", {("GBR", "130", "RUS")}),
    ("North Korea swore to fight the United States.", {("PRK", "138", "USA")}),
    # 15x / 17x / 18x
    ("Peru declared a state of emergency.", {("PER", "1724", "*")}),
    ("French police went on high alert.", {("FRACOP", "151", "*")}),
    ("Russian troops went on high alert.", {("RUSMIL", "152", "*")}),
    ("Turkish police put the Swedish journalist under arrest.", {("TURCOP", "173", "SWEMED")}),
    ("Russia barred Ukrainian journalists from the summit.", {("RUS", "172", "UKRMED")}),
    ("Hamas used civilians as human shields.", {("PSEREBHMS", "184", None)}),
])
def test_verbs_family_is_coded(pipeline: Any, text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    got = _coded(pipeline, text)
    got |= {(source, code, "*") for source, code, _ in got}  # "*": whatever target the structure gives
    assert expected <= got


def test_verbs_agreement_needs_a_second_party(pipeline: Any) -> None:
    # one party "reaching an agreement" names no one it agreed with: no event
    assert not [e for e in _coded(pipeline, "The European Union reached an agreement on migration.") if e[1] == "057"]


def test_verbs_ceasefire_agreement_violated_is_a_ceasefire_violation(pipeline: Any) -> None:
    codes = {code for _, code, _ in _coded(pipeline, "Hamas violated the ceasefire agreement with Israel.")}
    assert "196" in codes and "128" not in codes


def test_verbs_promise_of_elections_is_intent_to_reform(pipeline: Any) -> None:
    # "hold elections" is political reform (083) only as the content of a frame: alone it codes nothing
    assert ("VEN", "034", None) in _coded(pipeline, "Venezuela agreed to hold elections.")
    assert not _coded(pipeline, "Venezuela held elections.")


def test_verbs_parse_pattern_as_and_under_take_their_object() -> None:
    p = parse_pattern("use as [human_shield]", CameoCode("184"))
    assert p.object_prep == "as" and p.objects == (("shield", "human"),) and p.object_is_target
    q = parse_pattern("put under [arrest]", CameoCode("173"))
    assert q.object_prep == "under" and "under" not in q.target_preps


def test_verbs_expand_quantity_looks_through_money_and_state_of() -> None:
    # "$ 61 billion in aid"
    doc = handbuilt([("$", "$", "SYM", "quantmod", 2), ("61", "61", "NUM", "compound", 2),
                     ("billion", "billion", "NUM", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
                     ("aid", "aid", "NOUN", "pobj", 3)])
    assert expand_quantity(doc[2]).text == "aid"
    # "thousands in Gaza": a number that is not money does not look through "in"
    doc = handbuilt([("thousands", "thousand", "NOUN", "ROOT", 0), ("in", "in", "ADP", "prep", 0),
                     ("Gaza", "Gaza", "PROPN", "pobj", 1)])
    assert expand_quantity(doc[0]).text == "thousands"
    # "a state of emergency" -> emergency; "the State of Israel" stays
    doc = handbuilt([("state", "state", "NOUN", "ROOT", 0), ("of", "of", "ADP", "prep", 0),
                     ("emergency", "emergency", "NOUN", "pobj", 1)])
    assert expand_quantity(doc[0]).text == "emergency"
    doc = handbuilt([("State", "state", "PROPN", "ROOT", 0), ("of", "of", "ADP", "prep", 0),
                     ("Israel", "Israel", "PROPN", "pobj", 1)])
    assert expand_quantity(doc[0]).text == "State"
