"""The coverage pass of the eighth lexicon round: wordings listed root by root from the codebook.

Unlike the other rounds, these entries were not found by reading errors: common news wordings of each code were
written down and checked against DEV (docs/coding.md, "Coverage pass"). Each sentence here is our own, not a gold
sentence. The positive cases check the event (source country, target country, full code) is among those coded;
the negative cases are the other senses of the same words, which must code nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, c, t, _ in country_facts(pipeline, text, _DAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # 19: fire traded, attacks repelled, positions hammered, ships rammed, places hit with missiles, towns taken
    ("Indian and Pakistani troops traded fire across the Line of Control.", ("IND", "PAK", "190")),
    ("Ukrainian forces repelled a Russian assault near Bakhmut.", ("UKR", "RUS", "190")),
    ("Russian artillery hammered Ukrainian positions near Bakhmut.", ("RUS", "UKR", "190")),
    ("Chinese coast guard vessels rammed a Philippine supply boat.", ("CHN", "PHL", "190")),
    ("Taliban fighters took over the Afghan city of Kunduz.", ("AFG", "AFG", "192")),
    ("Ukrainian troops liberated several villages from Russian forces.", ("UKR", "RUS", "192")),
    ("Russia hit Kyiv with missiles overnight.", ("RUS", "UKR", "195")),
    # 17: citizenship stripped, trials, protests broken up
    ("Nicaragua stripped opposition leaders of their citizenship.", ("NIC", "NIC", "172")),
    ("Russian authorities put the American journalist on trial.", ("RUS", "USA", "173")),
    ("Belarusian police broke up a protest in Minsk.", ("BLR", "BLR", "175")),
    # 11: criticism and accusations in other words; formal complaints; legal action
    ("Moscow branded the British move as hostile.", ("RUS", "GBR", "111")),
    ("China took a swipe at the United States over its trade policy.", ("CHN", "USA", "111")),
    ("India and Pakistan traded accusations over the attack.", ("IND", "PAK", "112")),
    ("China lodged solemn representations with the United States.", ("CHN", "USA", "114")),
    ("Iran summoned the British charge d'affaires in Tehran.", ("IRN", "GBR", "114")),
    ("Ukraine launched legal proceedings against Russia at the ICJ.", ("UKR", "RUS", "115")),
    # 12 / 13 / 15 / 16
    ("Iran shrugged off the American warning.", ("IRN", "USA", "120")),
    ("Beijing warned Washington of consequences.", ("CHN", "USA", "130")),
    ("China scrambled fighter jets after a US spy plane flew near Hainan.", ("CHN", "USA", "150")),
    ("Canada put sanctions on Russian oligarchs.", ("CAN", "RUS", "163")),
    ("China halted imports of Japanese seafood.", ("CHN", "JPN", "163")),
    ("Pakistan expelled the Indian high commissioner.", ("PAK", "IND", "174")),
    # 02 / 05 / 06 / 07 / 08
    ("Ukraine issued a plea to Germany for more artillery.", ("UKR", "DEU", "0232")),
    ("Egypt and Saudi Arabia inked a series of agreements.", ("EGY", "SAU", "057")),
    ("India and Japan expanded trade ties.", ("IND", "JPN", "061")),
    ("Japan wrote off $2 billion of Myanmar's debt.", ("JPN", "MMR", "071")),
    ("The United States rushed air defence systems to Israel.", ("USA", "ISR", "072")),
    ("The European Union scrapped sanctions on Belarus.", (None, "BLR", "085")),
    ("The US military ended its bombing campaign against Libya.", ("USA", "LBY", "087")),
    # the other senses of the same words code nothing
    ("The two leaders traded barbs over trade policy.", None),
    ("Pakistan and India traded goods worth $2 billion last year.", None),
    ("Germany took over the rotating presidency of the European Union.", None),
    ("The company took over a Russian bank last year.", None),
    ("Opposition parties in Kenya rapped the budget.", None),
    ("Biden will stand with the victims' families.", None),
    ("Heavy rains battered the city of Karachi.", None),
    ("The storm hammered the town overnight.", None),
    ("A tanker rammed a fishing boat off the coast of Japan.", None),
    ("Egyptian police broke up a smuggling ring near the Libyan border.", None),
    ("The court ordered the release of documents about Iraq.", None),
])
def test_coverage_wordings(pipeline: Any, text: str, expected: tuple[str | None, str | None, str] | None) -> None:
    coded = _coded(pipeline, text)
    if expected is None:
        assert coded == []
    else:
        assert expected in coded
