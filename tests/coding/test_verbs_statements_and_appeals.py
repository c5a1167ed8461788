"""Lexicon families of CAMEO roots 01-02 (public statements, appeals), each on sentences of our own."""

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
    # 0256: calls for a truce, a pause or a cessation of hostilities
    ("Ghana called for a ceasefire between Israel and Iran.", [("GHA", "0256", "IRN"), ("GHA", "0256", "ISR")]),
    ("Kenya called for a humanitarian pause.", [("KEN", "0256", None)]),
    ("Norway called for a cessation of hostilities.", [("NOR", "0256", None)]),
    # frames code finer complements with the codebook's own subcodes
    ("Chile urged Peru to boost trade with Bolivia.", [("CHL", "0211", "PER")]),
    ("Norway urged Israel to allow aid into Gaza.", [("NOR", "0255", "ISR")]),
    # 195: strikes by aircraft and drones; 087 restraint and eased tension as what is asked or promised
    ("Chile urged Peru and Bolivia to show restraint.", [("CHL", "0256", "BOL"), ("CHL", "0256", "PER")]),
    # families found in the new blind batch's DEV half, each on a sentence of our own
    ("Ghana declined to say where the ship was.", [("GHA", "011", None)]),
    # a message, letter or note stands for what it carries; appeal courts upholding convictions
    ("Chile sent a message of sympathy to Peru.", [("CHL", "018", "PER")]),
    # a leader stepping down, as the content of appeals, demands, orders and refusals
    ("Washington urged Assad to step aside.", [("USAGOV", "0241", "SYRGOV")]),
])
def test_statements_and_appeals_coded(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # accusations and claims brushed aside, shrugged off or called baseless: a denial (016)
    ("Moscow shrugged off the allegations.", [("RUSGOV", "016", None)]),
    ("Iran called the accusations baseless.", [("IRN", "016", None)]),
    ("Moscow rejected the claims as baseless.", [("RUSGOV", "016", None)]),
    ("Russia dismissed claims that it had ordered the blast.", [("RUS", "016", None)]),
    # weapons appealed for by kind (0232)
    ("Zelensky appealed to allies for more air-defence systems.", [("UKRGOV", "0232", None)]),
])
def test_statements_and_appeals_coded_by_country_of_expected_codes(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    # compared by country (the first three letters of an actor code): the sector of a person the actor data learns
    # (a writer, a journalist) is not what these patterns decide
    assert _countries(pipeline, text) == by_country(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # appeals: the addressee of an appeal for restraint; pushing, prodding, begging someone to act (02)
    ("Germany appealed to Iran for restraint.", [("DEU", "0256", "IRN")]),
    ("Blinken pushed Netanyahu to allow more aid into Gaza.", [("USA", "0255", "ISR")]),
    ("The United States prodded Beijing to rein in Pyongyang.", [("USA", "020", "CHN")]),
    ("Kyiv begged Berlin to send more tanks.", [("UKR", "020", "DEU")]),
    ("Sri Lanka turned to China for help.", [("LKA", "023", "CHN")]),
    ("Germany asked Qatar for more gas.", [("DEU", "0211", "QAT")]),
    # persuading someone to act is an appeal; the complement picks the code as for "urged" (02)
    ("Washington persuaded Kyiv to join the talks.", [("USA", "026", "UKR")]),
    ("Turkey convinced Russia to stop the offensive.", [("TUR", "025", "RUS")]),
    ("Paris lobbied Berlin to back the plan.", [("FRA", "022", "DEU")]),
    # troops and reinforcements asked of an ally: military aid (0232)
    ("Latvia asked NATO for more troops.", [("LVA", "0232", "IGO")]),
    ("Chad requested French reinforcements.", [("TCD", "0232", "FRA")]),
    ("Mozambique sought troops from Rwanda.", [("MOZ", "0232", "RWA")]),
    # arms bought from a seller (062), an extradition sought from a state (0213), entry refused to monitors (1662)
    ("Turkey sought the extradition of the cleric from the United States.", [("TUR", "0213", "USA")]),
])
def test_statements_and_appeals_coded_by_country(pipeline: Any, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert _countries(pipeline, text) == expected
