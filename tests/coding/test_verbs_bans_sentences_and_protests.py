"""Exclusions, political bans, sentences handed down, union strikes and violent or chanting crowds: wording the
lexicon missed until the fifteenth round, on sentences of our own.

Companies kept out of networks, markets or public contracts (an embargo, 163, where people barred from a place stay
172), politicians disqualified or barred from office or elections (1722; a sporting race is no election), a court
handing someone a sentence or a term (116, as "sentenced"), unions named for their members striking ("the United
Auto Workers": 143, not an attack), crowds laying siege to a building, rampaging or hurling petrol bombs (145; an
army's siege stays 191, soldiers' grenades are no protest) and slogans chanted against someone (141)
(docs/coding.md, "Lexicon, fifteenth round: conflict"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 3, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Ottawa barred Huawei from its 5G networks.", ("CAN", "163", "CHN")),
    ("Britain banned Huawei from its 5G network.", ("GBR", "163", "CHN")),
    ("Washington barred Chinese firms from government contracts.", ("USA", "163", "CHN")),
    ("The EU excluded Russian companies from public tenders.", ("IGO", "163", "RUS")),
    ("Kenya barred opposition leaders from the rally.", ("KEN", "172", "KEN")),
    ("Pakistan's election commission disqualified Imran Khan from holding office.", ("PAK", "1722", "PAK")),
    ("Venezuela banned Maria Corina Machado from holding public office.", ("VEN", "1722", "VEN")),
    ("A Turkish court handed Istanbul mayor Ekrem Imamoglu a prison sentence.", ("TUR", "116", "TUR")),
    ("A Moscow court handed the American journalist a 16-year prison term.", ("RUS", "116", "USA")),
    ("A Minsk court imposed an 11-year sentence on opposition leader Maria Kolesnikova.", ("BLR", "116", "BLR")),
    ("Would the United Auto Workers really strike against all three Detroit carmakers at once?", ("USA", "143", "USA")),
    ("The Teamsters struck against UPS.", ("USA", "143", None)),
    ("Protesters laid siege to the parliament in Tbilisi.", ("GEO", "145", "GEO")),
    ("Russian forces laid siege to Mariupol.", ("RUS", "191", "UKR")),
    ("Pakistani protesters hurled petrol bombs at police in Lahore.", ("PAK", "145", "PAK")),
    ("Greek youths threw petrol bombs at riot police in Athens.", ("GRC", "145", "GRC")),
])
def test_bans_sentences_and_strikes(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The ski federation disqualified the Norwegian athlete from the race.",
    "The referee handed the striker a yellow card.",
    "The vote handed the prime minister a second term.",
    "The soldiers threw grenades at the enemy trenches.",
    "Fans threw fireworks at the end of the concert.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)


def test_union_strike_is_not_an_attack(pipeline: Any) -> None:
    codes = {code[:2] for _, code, _ in country_set(pipeline, "The United Auto Workers struck against General Motors.",
                                                     _DAY)}
    assert codes == {"14"}


def test_slogans_chanted_against_a_government(pipeline: Any) -> None:
    # the crowd's own country is the structure side's business; the demonstration and its target are the lexicon's
    coded = country_set(pipeline, "Protesters chanted slogans against the Iranian government in Tehran.", _DAY)
    assert any(code == "141" and target == "IRN" for _, code, target in coded)
