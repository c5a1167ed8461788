"""A "tell" that reports a fact is no demand; a judgement after a phrase on the verb still judges the object; tariffs
paused or postponed are eased, sanctions packages adopted and sanctions reimposed are imposed; candidates disqualified
by name are banned from politics; the one invited is the invitation's target (docs/coding.md, "Lexicon, nineteenth
round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Israel apologised to Turkey for the deaths of nine activists, Benjamin Netanyahu told Recep Tayyip Erdogan.",
     ("ISR", "055", "TUR")),
    ("Zelensky told reporters that Russia had attacked Kharkiv overnight.", ("RUS", "190", "UKR")),
    ("Trump told Zelensky that Ukraine must hold elections.", ("USA", "104", "UKR")),
    ("Biden told Netanyahu to allow aid into Gaza.", ("USA", "1055", "ISR")),
    ("New Delhi called the US tariff threats over its purchases of Russian oil unjustified and unreasonable.",
     ("IND", "111", "USA")),
    ("Washington postponed the tariffs on Chinese goods.", ("USA", "085", "CHN")),
    ("The EU adopted its 14th sanctions package against Russia.", ("IGO", "163", "RUS")),
    ("Washington reimposed sanctions on Venezuela.", ("USA", "163", "VEN")),
    ("The UN reimposed sanctions on Iran.", ("IGO", "163", "IRN")),
    ("Modi invited Biden to the Republic Day parade.", ("IND", "026", "USA")),
    ("Putin invited Kim Jong Un to Moscow.", ("RUS", "026", "PRK")),
    ("Romania's electoral bureau disqualified Calin Georgescu from the rerun.", ("ROU", "1722", "ROU")),
    ("Russia's Central Election Commission disqualified Boris Nadezhdin from the presidential race.",
     ("RUS", "1722", "RUS")),
])
def test_wording_codes_its_act(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Israel apologised to Turkey for the deaths of nine activists, Benjamin Netanyahu told Recep Tayyip Erdogan.",
     "102"),
    ("Zelensky told reporters that Russia had attacked Kharkiv overnight.", "106"),
    ("Putin called Macron on Tuesday over the war in Ukraine.", "111"),
    ("The EU launched an attack on Chinese subsidies.", "190"),
])
def test_same_words_without_the_act(pipeline: Any, text: str, wrong: str) -> None:
    assert wrong not in {c for _, c, _ in country_set(pipeline, text, _DAY)}
