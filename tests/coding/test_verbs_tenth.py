"""Pattern families of the tenth lexicon round, each checked on a sentence of our own.

The families come from grouping the misses of the newest DEV records (news of 2025) with their synonyms and noun
forms (docs/coding.md, "The tenth round"); none of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

from detente.coding.verbs import Lexicon

_DAY = date(2024, 3, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    return coded_triples(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # accusations and claims brushed aside, shrugged off or called baseless: a denial (016)
    ("Moscow shrugged off the allegations.", [("RUSGOV", "016", None)]),
    ("Iran called the accusations baseless.", [("IRN", "016", None)]),
    ("Moscow rejected the claims as baseless.", [("RUSGOV", "016", None)]),
    ("Russia dismissed claims that it had ordered the blast.", [("RUS", "016", None)]),
    # a judgement that another's act is unjustified or illegal is criticism of its owner (111)
    ("India called the US tariff threats unjustified.", [("IND", "111", "USA")]),
    ("China called the US sanctions illegal and unacceptable.", [("CHN", "111", "USA")]),
    # a pardon frees the prisoner (0841), as does a grant of clemency
    ("Algeria's president pardoned the French writer Boualem Sansal.", [("DZAGOV", "0841", "FRA")]),
    # a state's currency bought on the market props it up (071)
    ("Washington bought Argentine pesos.", [("USAGOV", "071", "ARG")]),
    # a force or mission authorised for a country (074)
    ("The UN Security Council authorised a new force for Haiti.", [("IGOUNO", "074", "HTI")]),
    ("The Security Council authorized a peacekeeping mission for Somalia.", [("IGOUNO", "074", "SOM")]),
    # evidence collected on what happened: an investigation (09)
    ("The ICC prosecutor is collecting evidence of war crimes in Darfur.", [("IGOUNOICC", "090", "SDN")]),
    # people and the dead handed over, asked for in a demand (1053) or done (0841)
    ("Israel demanded that Hamas hand over the remains of the dead hostages.", [("ISR", "1053", "PSEREBHMS")]),
    # police shooting or killing people: violent repression (175)
    ("Kenyan police killed 31 protesters.", [("KENCOP", "175", "KENOPP")]),
    # warships and submarines deployed near another country: a show of force (150)
    ("Russia deployed submarines near Norway.", [("RUS", "150", "NOR")]),
    # a consulate ordered closed: relations reduced with its state (161)
    ("Poland ordered the closure of Russia's consulate.", [("POL", "161", "RUSGOV")]),
    # a suicide bomber blowing himself up outside a building in a capital (1831)
    ("A suicide bomber blew himself up outside a court in Islamabad.", [(None, "1831", "PAKGOV")]),
    # weapons appealed for by kind (0232)
    ("Zelensky appealed to allies for more air-defence systems.", [("UKRGOV", "0232", None)]),
    # a blast carried out by someone is a bombing (183)
    ("Hamas carried out the blast on the railway line.", [("PSEREBHMS", "183", None)]),
    # imports blocked (163)
    ("China blocked imports of Australian coal.", [("CHN", "163", "AUS")]),
    # a leader stepping down from an office of a named state yields to it (0831)
    ("Oli stepped down as Nepal's prime minister.", [("NPLGOV", "0831", "NPLGOV")]),
    # assurances that one will support someone are an intent (032)
    ("Wang Yi assured his Pakistani counterpart that China would stand by Pakistan.", [("CHNGOV", "032", "PAKGOV")]),
    # commodities paid for: trade with the seller (061)
    ("India paid Russia for oil in rupees.", [("IND", "061", "RUS")]),
])
def test_tenth_round_families(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert [(_country(s), c, _country(t)) for s, c, t in _coded(pipeline, text)] == [
        (_country(s), c, _country(t)) for s, c, t in expected]


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def test_exercise_of_two_sides_is_joint(pipeline: Any) -> None:
    # two countries' forces beginning their exercise exercise together (062 both ways); one side alone stays 150
    joint = _coded(pipeline, "American and South Korean forces will begin their annual exercise on Monday.")
    assert {(src, code) for src, code, _ in joint} == {("USAMIL", "062"), ("KORMIL", "062")}
    assert {code for _, code, _ in _coded(pipeline, "Russia began military exercises.")} == {"150"}


def test_insisting_on_a_coded_act_is_a_demand_and_an_assertion_is_not(pipeline: Any) -> None:
    assert [code for _, code, _ in _coded(pipeline, "Russia insisted that Ukraine withdraw its troops.")] == ["1056"]
    assert _coded(pipeline, "Iran insisted that its nuclear programme is peaceful.") == []


def test_judgement_without_an_owner_is_not_coded(pipeline: Any) -> None:
    # "called the sanctions unjustified" names no one whose act it judges
    assert _coded(pipeline, "India called the sanctions unjustified.") == []


def test_pattern_word_alternatives_match_any_one() -> None:
    lexicon = Lexicon.load()
    pattern = next(p for p in lexicon._verbs["call"] if p.code == "111")
    assert "unjustified|" in pattern.words[0] and len(pattern.words) == 1
