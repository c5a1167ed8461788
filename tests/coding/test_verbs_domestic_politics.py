"""Domestic politics wording the lexicon missed until the second part of the fourteenth round, on sentences of our own.

Strikers, rioters and marching growers fired on (175), people attacked with knives or hammers (182), entry refused to
people (120), hunger strikes stayed on (142), places put under curfew or martial law (1723, 1724: the place is the target), walkouts from a legislature and
classes boycotted (143: a strike, where goods boycotted stay a sanction, 163), amnesties passed or announced for a group
(056), evidence handed straight to a court (063), summits and conferences hosted (043), and the "insist" frame read as
a demand only over a bare or modal clause: "insists that it has never sent weapons" is a denial, not a demand
(docs/coding.md, "Lexicon, fourteenth round (second part)"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 3, 1)


def _codes(pipeline: Any, text: str) -> set[str]:
    return {code for _, code, _ in country_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "triple"), [
    ("The Pakistani army placed Karachi under curfew.", ("PAK", "1723", "PAK")),
    ("Indian authorities placed Srinagar under a strict curfew.", ("IND", "1723", "IND")),
    ("Georgian opposition lawmakers walked out of parliament in protest.", ("GEO", "143", "GEO")),
    ("The Spanish parliament passed an amnesty for Catalan separatists.", ("ESP", "056", "ESP")),
    ("The Colombian government extended the amnesty to FARC rebels.", ("COL", "056", "COL")),
    ("Ukraine handed evidence of Russian war crimes to the ICC.", ("UKR", "063", "IGO")),
    ("Britain presented evidence to the International Criminal Court.", ("GBR", "063", "IGO")),
    ("Bolivian security forces fired on coca growers.", ("BOL", "175", "BOL")),
    ("Nigerian soldiers fired on supporters of the opposition candidate.", ("NGA", "175", "NGA")),
    ("A German man attacked the mayor of Cologne with a knife.", ("DEU", "182", "DEU")),
    ("A Russian man assaulted the Ukrainian consul with a hammer.", ("RUS", "182", "UKR")),
    ("Benin refused entry to Ghanaians fleeing Nigeria.", ("BEN", "120", "GHA")),
    ("Hungary refused admittance to Syrian refugees.", ("HUN", "120", "SYR")),
])
def test_domestic_politics(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "code"), [
    ("Iranian students boycotted classes.", "143"),
    ("Algerian Islamists remained on hunger strike for a month.", "142"),
    ("Thailand's army put the capital Bangkok under martial law.", "1724"),
    ("Egypt's government placed Sinai under a state of emergency.", "1724"),
    ("Qatar will host a summit of Arab leaders next month.", "043"),
    ("Saudi Arabia hosted a conference of Islamic states in Riyadh.", "043"),
])
def test_acts_without_a_named_target(pipeline: Any, text: str, code: str) -> None:
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(("text", "code"), [
    ("China boycotted Japanese goods.", "143"),  # goods boycotted are a sanction (163), not a strike
    ("Kenya hosts the headquarters of the UN Environment Programme.", "043"),  # a seat is no summit
    ("The Indian police placed the suspect under arrest.", "1723"),
    ("Hamas fighters fired at Israeli soldiers.", "175"),  # fighters fired on stay an attack (19)
    ("Israel denied entry to UN inspectors.", "120"),  # inspectors kept out are 1662
])
def test_domestic_politics_limits(pipeline: Any, text: str, code: str) -> None:
    assert code not in _codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "Beijing insists that it has never sent weapons to Russia.",
    "China insisted that it had not supplied arms to Moscow.",
    "Iran insists it did not send drones to Russia.",
    "Israel insisted that it will not withdraw from the Philadelphi corridor.",
])
def test_insisting_on_a_claim_is_no_demand(pipeline: Any, text: str) -> None:
    assert not any(code.startswith("10") for code in _codes(pipeline, text))


@pytest.mark.parametrize(("text", "triple"), [
    ("Israel insisted that Hamas release all the hostages.", ("ISR", "1053", "PSE")),
    ("Russia insisted that Ukraine withdraw its troops from the four regions.", ("RUS", "10", "UKR")),
    ("Washington insisted that Iran must halt enrichment.", ("USA", "10", "IRN")),
    ("Kyiv insisted that the prisoners be released.", ("UKR", "1053", None)),
])
def test_insisting_on_an_act_is_a_demand(pipeline: Any, text: str, triple: tuple[str, str, str | None]) -> None:
    source, code, target = triple
    assert any(s == source and c.startswith(code) and (target is None or t == target)
               for s, c, t in country_set(pipeline, text, _DAY))
