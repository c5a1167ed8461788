"""Wordings the lexicon missed until the nineteenth round, checked on sentences of our own: another's view shared
(019), a terror alert raised (151, the police's, not the army's 152), a call with a leader and a call for someone's
release as nouns (041, 0253), an envoy sent (042), leaning on a side to get back to the table (026), a country
brought to a standstill (140; threatened, 133), drills brought back or begun in stages (062, 150), batteries pleaded
for (0232), respects paid (017), a general strike called for (143), a protest lodged over another's act (114); and
the same words where they state no such act (docs/coding.md, "Lexicon, nineteenth round"). None of these sentences is
a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Germany shares France's concern over the Chinese subsidies.", ("DEU", "019", "FRA")),
    ("Japan shares Washington's assessment of the threat.", ("JPN", "019", "USA")),
    ("France raised its terror alert to the highest level on Friday.", ("FRA", "151", None)),
    ("Belgium raised its terror alert after the shooting in Brussels.", ("BEL", "151", None)),
    ("Russia put its nuclear forces on high alert.", ("RUS", "152", None)),
    ("Biden held a call with Xi on Tuesday.", ("USA", "041", "CHN")),
    ("Macron's call with Putin lasted two hours.", ("FRA", "041", "RUS")),
    ("The UN repeated its call for the release of Aung San Suu Kyi.", ("IGO", "0253", "MMR")),
    ("China will send a special envoy to Ukraine.", ("CHN", "042", "UKR")),
    ("Qatar dispatched an envoy to Kabul.", ("QAT", "042", "AFG")),
    ("Ursula von der Leyen flew into Cairo to seal a strategic partnership.", ("IGO", "042", "EGY")),
    ("Washington should lean on Sudan's army to get back to the negotiating table.", ("USA", "026", "SDN")),
    ("The United States leaned on Israel to accept a ceasefire.", ("USA", "0256", "ISR")),
    ("French unions threatened to bring the country to a standstill unless the government withdrew its pension "
     "reform.", ("FRA", "133", "FRA")),
    ("Truckers brought Ottawa to a standstill.", (None, "140", "CAN")),
    ("Will Seoul and Washington bring back their large-scale joint drills?", ("KOR", "062", "USA")),
    ("Russian forces began the first stage of drills to practise the use of tactical nuclear weapons.",
     ("RUS", "150", None)),
    ("North Korea resumed artillery drills near the border.", ("PRK", "150", None)),
    ("Zelensky pleaded with Washington for two more Patriot batteries to shield Kharkiv.", ("UKR", "0232", "USA")),
    ("Yoon Suk Yeol and Fumio Kishida paid their respects at the Hiroshima memorial.", ("JPN", "017", None)),
    ("The opposition called for a general strike in Bangladesh.", ("BGD", "143", None)),
    ("Japan lodged a protest over the Chinese drone flight.", ("JPN", "114", "CHN")),
    ("Seoul lodged a protest over Japan's textbook.", ("KOR", "114", "JPN")),
])
def test_wording_codes_its_act(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in {(s, c, t[:3] if t else None) for s, c, t in country_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "wrong"), [
    ("The Taliban cut off internet services, drawing a call from the UN mission in Kabul for their restoration.",
     "041"),
    ("The Kremlin rejected the call for the release of Navalny.", "0253"),
    ("Russian drones flew into Polish airspace.", "042"),
    ("The roof leaned on the wall.", "020"),
    ("Netanyahu called for strikes on Iran's nuclear sites.", "143"),
])
def test_same_words_without_the_act(pipeline: Any, text: str, wrong: str) -> None:
    assert wrong not in {c for _, c, _ in country_set(pipeline, text, _DAY)}
