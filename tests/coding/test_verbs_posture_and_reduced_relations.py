"""Lexicon families of CAMEO roots 15-16 (force posture, reduced relations), each on sentences of our own."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    by_country,
    coded_triples,
    country_triples,
)

_coded = partial(coded_triples, day=date(2024, 3, 1))
_countries = partial(country_triples, day=date(2024, 3, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Iran showed off new ballistic missiles.", [("IRN", "150", None)]),
    ("Chad recalled its troops from Mali.", [("TCD", "166", "MLI")]),
    # one side's participation in talks suspended: the talks halted
    ("Hamas suspended its participation in the negotiations with Israel.", [("PSEREBHMS", "164", "ISR")]),
])
def test_posture_and_reduced_relations_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # warships and submarines deployed near another country: a show of force (150)
    ("Russia deployed submarines near Norway.", [("RUS", "150", "NOR")]),
    # a consulate ordered closed: relations reduced with its state (161)
    ("Poland ordered the closure of Russia's consulate.", [("POL", "161", "RUSGOV")]),
    # imports blocked (163)
    ("China blocked imports of Australian coal.", [("CHN", "163", "AUS")]),
])
def test_posture_and_reduced_relations_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers sent, deployed or put onto the streets; troops moved towards a border (154)
    ("Ecuador's president sent soldiers onto the streets of Quito.", [("ECU", "154", None)]),
    ("The government deployed the army on the streets of Lima.", [("PER", "154", None)]),
    ("Peru put troops on the streets after the protests.", [("PER", "154", None)]),
    ("Venezuela moved troops towards the border with Guyana.", [("VEN", "154", "GUY")]),
    # sanctions and tariffs as light-verb phrases: put under, hit with, slap with, target with, subject to (163)
    ("Washington could put Gustavo Petro under sanctions.", [("USA", "163", "COL")]),
    ("The EU placed Iran's Revolutionary Guards under sanctions.", [("IGO", "163", "IRN")]),
    ("The United States hit Russia with new sanctions.", [("USA", "163", "RUS")]),
    ("Trump slapped Canada with tariffs.", [("USA", "163", "CAN")]),
    ("Britain targeted Russian banks with sanctions.", [("GBR", "163", "RUS")]),
    ("The EU subjected Belarus to new sanctions.", [("IGO", "163", "BLR")]),
    # a partnership suspended or frozen (160); a run of agreements revoked ("a string of" is looked through)
    ("Washington suspended its strategic partnership with Georgia.", [("USA", "160", "GEO")]),
    ("Russia froze its partnership with NATO.", [("RUS", "160", "IGO")]),
    ("The junta revoked a string of defence agreements with France.", [(None, "160", "FRA")]),
    # talks frozen, named by their partner (164)
    ("Georgia froze its EU accession talks.", [("GEO", "164", "IGO")]),
    # a loan tranche held back, withheld or delayed (1621)
    ("The IMF could hold back the next tranche of Pakistan's bailout.", [("IGO", "1621", "PAK")]),
    ("The IMF withheld the next loan tranche from Pakistan.", [("IGO", "1621", "PAK")]),
    ("The World Bank delayed the disbursement of its loan to Ghana.", [("IGO", "1621", "GHA")]),
    # reduced relations: aid rolled back, consulates shuttered, blacklists, trade halted, visas revoked (16)
    ("The United States rolled back its aid to Afghanistan.", [("USA", "162", "AFG")]),
    ("Russia shuttered the German consulate.", [("RUS", "161", "DEU")]),
    ("Washington put Chinese firms on a trade blacklist.", [("USA", "163", "CHN")]),
    ("The Commerce Department added Huawei to the entity list.", [("USA", "163", "CHN")]),
    ("Turkey halted all trade with Israel.", [("TUR", "163", "ISR")]),
    ("Japan slapped export controls on Chinese chipmakers.", [("JPN", "163", "CHN")]),
    ("Washington suspended intelligence sharing with Ukraine.", [("USA", "160", "UKR")]),
    ("Burkina Faso kicked out French troops.", [("BFA", "166", "FRA")]),
    ("Iran turned away the IAEA inspectors.", [("IRN", "1662", "IGO")]),
    # force posture: the army mobilised, positions reinforced, forces built up, troops on combat readiness (15)
    ("North Korea mobilised its army.", [("PRK", "154", None)]),
    ("Armenia reinforced its positions on the border with Azerbaijan.", [("ARM", "154", "AZE")]),
    ("Turkey built up forces along the Syrian border.", [("TUR", "154", "SYR")]),
    ("India moved troops to the border with Pakistan.", [("IND", "154", "PAK")]),
    ("North Korea put its troops on combat readiness.", [("PRK", "152", None)]),
    # more of the same families in other words
    ("The United States yanked funding for UNRWA.", [("USA", "162", "IGO")]),
    ("Donald Trump pulled funding from the World Health Organization.", [("USA", "162", "IGO")]),
    ("Israel halted tax transfers to the Palestinian Authority.", [("ISR", "162", "PSE")]),
    ("The EU extended its ban on Russian oil imports.", [("IGO", "163", "RUS")]),
    ("Israel rolled back its cooperation with the UN agency.", [("ISR", "160", "IGO")]),
    ("Mali terminated its defence accords with France.", [("MLI", "160", "FRA")]),
    ("Palestinian leaders said they would boycott all contacts with the United States.", [("PSE", "160", "USA")]),
    ("India suspended the Indus Waters Treaty with Pakistan.", [("IND", "160", "PAK")]),
    # support and pressure: a regime propped up (070), imports subsidised (071), warships buzzed or harassed (150),
    # a neighbour intimidated (170)
    ("Russian jets buzzed a Dutch frigate in the Black Sea.", [("RUS", "150", "NLD")]),
    ("Chinese coast guard ships harassed a Philippine supply boat.", [("CHN", "150", "PHL")]),
    # arms bought from a seller (062), an extradition sought from a state (0213), entry refused to monitors (1662)
    ("Belarus refused entry to the OSCE observers.", [("BLR", "1662", "IGO")]),
])
def test_posture_and_reduced_relations_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_participation_without_talks_stays_a_suspension(pipeline: Any) -> None:
    assert _coded(pipeline, "Russia suspended its participation in the Council of Europe.") == [("RUS", "160", None)]
