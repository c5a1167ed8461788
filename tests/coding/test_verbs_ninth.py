"""Pattern families of the ninth lexicon round, each checked on a sentence of our own.

The families come from the structure helper's lexicon asks and from grouping DEV misses (docs/coding.md,
"The ninth round"); none of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

_DAY = date(2024, 3, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    return coded_triples(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "expected"), [
    # a leader stepping down, as the content of appeals, demands, orders and refusals
    ("Washington urged Assad to step aside.", [("USAGOV", "0241", "SYRGOV")]),
    ("France told Assad to step down.", [("FRA", "1041", "SYRGOV")]),
    ("Maduro refused to step down.", [("VENGOV", "1231", None)]),
    # the release of people agreed to: intent to release, aimed at their owner
    ("Iran agreed to the release of the British sailors.", [("IRN", "0353", "GBR")]),
    # intelligence shared by two sides together, and agreed to be shared
    ("Kenya and Uganda will share intelligence.", [("KEN", "064", "UGA"), ("UGA", "064", "KEN")]),
    ("Greece and Turkey agreed to share information.", [("GRC", "0314", "TUR"), ("TUR", "0314", "GRC")]),
    # a body of inquiry stands for the inquiry it holds, and takes the inquiry's "into"
    ("Chile ordered a court of inquiry into the crash.", [("CHL", "090", None)]),
    ("Kenya set up a commission of inquiry into the killings.", [("KEN", "090", None)]),
    # joining a war against someone is fighting them; a fight against corruption is no attack
    ("Britain joined the war against Iraq.", [("GBR", "190", "IRQ")]),
    ("Kenya joined the fight against corruption.", []),
    # the dead are exchanged and handed back as the living are
    ("Russia and Ukraine swapped bodies.", [("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")]),
    # one side's participation in talks suspended: the talks halted
    ("Hamas suspended its participation in the negotiations with Israel.", [("PSEREBHMS", "164", "ISR")]),
])
def test_ninth_round_families(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


def test_reduced_passive_participle_takes_its_noun_as_object(pipeline: Any) -> None:
    # "tanks supplied by Germany": the noun the participle modifies is what was supplied (arms, 072), not bare aid
    codes = {(src, code) for src, code, _ in _coded(pipeline, "Tanks supplied by Germany have reached Kyiv.")}
    assert codes == {("DEU", "072")}


def test_withdrawal_destination_is_no_target(pipeline: Any) -> None:
    # where troops withdraw to is not whom they yield to: only the place left is the target
    assert _coded(pipeline, "Syrian troops withdrew from Lebanon to Syria.") == [("SYRMIL", "0874", "LBN")]


def test_participation_without_talks_stays_a_suspension(pipeline: Any) -> None:
    assert _coded(pipeline, "Russia suspended its participation in the Council of Europe.") == [("RUS", "160", None)]


def test_a_resignation_alone_is_no_event(pipeline: Any) -> None:
    # stepping down names no one yielded to: coded only as the content of a frame
    assert _coded(pipeline, "The prime minister resigned.") == []


def test_a_court_of_appeal_is_no_inquiry(pipeline: Any) -> None:
    assert _coded(pipeline, "Chile ordered a court of appeal into session.") == []
