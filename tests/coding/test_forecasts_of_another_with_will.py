"""Warnings of what another "will" or "would" do (thirtieth round, docs/coding.md): "Zelensky warned that Russia would
attack NATO countries if Ukraine fell" forecasts Russia's act, as "could" and "might" do; it is no threat by the
warner. The warner's own country named ("Erdogan warned that Ankara would cut ties"), a pronoun ("it would
retaliate"), a subject that names no one ("any attack would be met with force") and one that acts on no one named
("Damascus would burn", "Hamas would pay a heavy price": the one threatened) stay threats. None of these sentences is
a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected", "warner"), [
    ("Zelensky warned that Russia would attack NATO countries if Ukraine fell.", ("RUS", "19", None), "UKR"),
    ("Zelensky warned that Moscow will attack Moldova next.", ("RUS", "19", "MDA"), "UKR"),
    ("Austin warned that North Korea will supply artillery shells to Russia.", ("PRK", "07", "RUS"), "USA"),
    ("The EU warned that China would send arms to Russia.", ("CHN", "07", "RUS"), None),
    ("Macron warned that Russia would attack Poland if Ukraine fell.", ("RUS", "19", "POL"), "FRA"),
    ("Blinken warned that China would arm Russia if the war dragged on.", ("CHN", "07", "RUS"), "USA"),
])
def test_a_forecast_of_anothers_act_is_no_threat_by_the_warner(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None], warner: str | None) -> None:
    got = _roots(pipeline, text)
    assert any((s, c, t) == expected and f != "asserted" for s, c, t, f in got), got
    assert not any(c == "13" for _, c, _, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan warned that Ankara would cut ties with Israel.", ("TUR", "13", "ISR", "asserted")),
    ("Putin warned that Russia would strike Western capitals.", ("RUS", "13", None, "asserted")),
    ("Netanyahu warned that Israel would hit Hezbollah hard.", ("ISR", "13", "LBN", "asserted")),
    ("Biden warned that Hamas would pay a heavy price.", ("USA", "13", "PSE", "asserted")),
    ("Israel Katz warned that Damascus would burn if the attacks continued.", ("ISR", "13", "SYR", "asserted")),
    ("Biden warned that any attack on Israel would be met with force.", ("USA", "13", "ISR", "asserted")),
    ("Iran warned that it would retaliate against Israel.", ("IRN", "13", "ISR", "asserted")),
])
def test_a_warning_of_ones_own_act_or_of_what_another_undergoes_stays_a_threat(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)
