"""Lexicon families of CAMEO root 08 (yielding), each on sentences of our own."""

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
    # 190 / 072 / 0841 / 1823 / 1721 / 2041
    ("Israel and Hamas swapped hostages for prisoners.",
     [("ISR", "0841", "PSEREBHMS"), ("PSEREBHMS", "0841", "ISR")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Japan will remove its duties on Chinese steel.", [("JPN", "085", "CHN")]),
    ("Belgium will return colonial-era objects to Congo.", [("BEL", "0842", "COD")]),
    # the dead are exchanged and handed back as the living are
    ("Russia and Ukraine swapped bodies.", [("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")]),
])
def test_yielding_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pardon frees the prisoner (0841), as does a grant of clemency
    ("Algeria's president pardoned the French writer Boualem Sansal.", [("DZAGOV", "0841", "FRA")]),
    # a leader stepping down from an office of a named state yields to it (0831)
    ("Oli stepped down as Nepal's prime minister.", [("NPLGOV", "0831", "NPLGOV")]),
])
def test_yielding_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # clergy and others freed or set free (0841)
    ("Nicaragua freed a Catholic bishop.", [("NIC", "0841", "NIC")]),
    ("Russia set free the jailed journalist.", [("RUS", "0841", "RUS")]),
    # bases and cities handed back or over (0842)
    ("The rebels handed the city back to Myanmar's military.", [(None, "0842", "MMR")]),
    ("France handed over its base in Chad to the Chadian army.", [("FRA", "0842", "TCD")]),
    ("France will hand its last military bases in Senegal over to the Senegalese authorities.", [("FRA", "0842", "SEN")]),
    ("The US returned the Bagram base to Afghanistan.", [("USA", "0842", "AFG")]),
    # a truce extended, a ceasefire violated or breached, with the other side named (0871, 196)
    ("Russia extended the truce with Ukraine.", [("RUS", "0871", "UKR")]),
    # arms handed over, furnished, resupplied; a deposit rolled over (072, 071)
    ("Iran granted the IAEA access to its nuclear sites.", [("IRN", "086", "IGO")]),
    # demands accepted or met; ships' crews seized (080, 181)
    ("Israel accepted Hamas's demands.", [("ISR", "080", "PSE")]),
    ("Serbia met the EU's demands.", [("SRB", "080", "IGO")]),
    # more of the same families in other words
    ("Russia lifted its ban on Georgian wine.", [("RUS", "085", "GEO")]),
    # forces disengaged or moved back from a front (0874)
    ("Russia disengaged its troops from the Kherson front.", [("RUS", "0874", "UKR")]),
    ("Ukraine moved its forces back from the Belarusian border.", [("UKR", "0874", "BLR")]),
    # a crossing reopened into a territory (080)
    ("Israel reopened the Erez border crossing into Gaza.", [("ISR", "080", "PSE")]),
    # curbs on another's goods lifted (085); supplies resumed and markets opened to a country (061)
    ("China eased restrictions on Australian beef.", [("CHN", "085", "AUS")]),
])
def test_yielding_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected


def test_withdrawal_destination_is_no_target(pipeline: Any) -> None:
    # where troops withdraw to is not whom they yield to: only the place left is the target
    assert _coded(pipeline, "Syrian troops withdrew from Lebanon to Syria.") == [("SYRMIL", "0874", "LBN")]
