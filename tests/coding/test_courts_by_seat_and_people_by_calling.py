"""A state's court, police or prosecutors acting on a person the knowledge base does not know (twenty-eighth round,
docs/coding.md): a person named with a word of his calling ("the rapper Toomaj Salehi", "the theatre director Zhenya
Berkovich", "the Nobel laureate Ales Bialiatski") is one person, and with no other country named he is the state's own
national, as for the callings the earlier rounds listed. A named foreigner keeps his own country. None of these
sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A Tehran court sentenced the rapper Toomaj Salehi to death on Wednesday.", ("IRN", "11", "IRN", "asserted")),
    ("A court in Moscow jailed the theatre director Zhenya Berkovich for six years.",
     ("RUS", "17", "RUS", "asserted")),
    ("A court in Minsk sentenced the Nobel laureate Ales Bialiatski to ten years in prison.",
     ("BLR", "11", "BLR", "asserted")),
    ("A court in Harare convicted the opposition politician Job Sikhala of inciting violence.",
     ("ZWE", "11", "ZWE", "asserted")),
    ("A Baku court sentenced the economist Gubad Ibadoghlu to house arrest on Monday.",
     ("AZE", "11", "AZE", "asserted")),
    ("A court in Hong Kong convicted the media tycoon Jimmy Lai of collusion on Monday.",
     ("HKG", "11", "HKG", "asserted")),
    ("Vietnamese police arrested the property tycoon Truong My Lan.", ("VNM", "17", "VNM", "asserted")),
    ("Mexican soldiers detained the drug lord Ovidio Guzman in Culiacan on Thursday.",
     ("MEX", "17", "MEX", "asserted")),
    ("A court in Guatemala City jailed the newspaper founder Jose Ruben Zamora for six years.",
     ("GTM", "17", "GTM", "asserted")),
])
def test_a_person_named_with_his_calling_is_the_states_own(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a nationality named keeps the person's own country
    ("A court in Tehran sentenced the French academic Fariba Adelkhah to five years in prison.",
     ("IRN", "11", "FRA", "asserted")),
    ("A Chinese court sentenced the Australian writer Yang Hengjun to death.", ("CHN", "11", "AUS", "asserted")),
    ("A court in Istanbul jailed the mayor Ekrem Imamoglu pending trial.", ("TUR", "17", "TUR", "asserted")),
])
def test_a_named_nationality_or_known_person_is_kept(pipeline: Any, text: str,
                                                     expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize("text", [
    # another country named: the person may be a foreigner held there
    "A court in Moscow sentenced the pilot Konstantin Yaroshenko after his arrest in Liberia.",
    # a government's words are no legal act: its accusation of a person is not made an act on its own national
    "The Kremlin accused the journalist Dmitry Muratov of spreading lies.",
    "Russian lawmakers criticised the rapper Oxxxymiron on Monday.",
])
def test_no_own_national_where_another_country_is_named_or_no_legal_act(pipeline: Any, text: str) -> None:
    roots = _roots(pipeline, text)
    assert not any(s is not None and s == t for s, _, t, _ in roots), roots

