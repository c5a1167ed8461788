"""Regional and specialised international bodies, the EU's institutions, and their officials (fifteenth round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

from detente.actors import ActorResolver

_codes = codes_dated("2020-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("SADC agreed to send troops to Mozambique.", "SADC", "IGOSAFSAD"),
    ("The East African Community deployed a force in eastern Congo.", "East African Community", "IGOEAFEAC"),
    ("IGAD mediated between the rival leaders.", "IGAD", "IGOEAFIGD"),
    ("ECCAS suspended Gabon after the coup.", "ECCAS", "IGOCFRECA"),
    ("UEMOA imposed sanctions on Mali.", "UEMOA", "IGOWAFWAE"),
    ("CARICOM sent observers to Guyana.", "CARICOM", "IGOCRBCAR"),
    ("The Organization of American States suspended Venezuela.", "Organization of American States", "IGOOAS"),
    ("The OAS rejected the election result in Bolivia.", "OAS", "IGOOAS"),
    ("UNASUR leaders met in Quito.", "UNASUR leaders", "IGOSAMUNS"),
    ("The Pacific Islands Forum urged Japan to halt the release.", "Pacific Islands Forum", "IGOPIF"),
    ("SAARC foreign ministers met in Kathmandu.", "SAARC foreign ministers", "IGOSASSAR"),
    ("The Eurasian Economic Union admitted Armenia.", "Eurasian Economic Union", "IGOEEUEEU"),
    ("The CIS summit opened in Minsk.", "CIS", "IGOEEUCIS"),
    ("The OECD cut its forecast for Germany.", "OECD", "IGOOEC"),
    ("The International Organization for Migration said 500 migrants drowned.",
     "International Organization for Migration", "IGOUNOIOM"),
    ("The OPCW said sarin had been used in Khan Sheikhoun.", "OPCW", "IGOOPW"),
    ("Interpol issued a red notice for the businessman.", "Interpol", "IGOITP"),
    ("The Permanent Court of Arbitration ruled against China.", "Permanent Court of Arbitration", "IGOPCA"),
    ("The ICTY convicted the Bosnian Serb commander.", "ICTY", "IGOUNOICY"),
    ("The Asian Development Bank lent Pakistan $1 billion.", "Asian Development Bank", "IGOASAADB"),
    ("The AfDB lent Kenya $500 million.", "AfDB", "IGOAFRAFB"),
    ("The EBRD lent Ukraine $2 billion.", "EBRD", "IGOEBR"),
])
def test_regional_and_specialised_bodies(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The European Parliament condemned Hungary.", "European Parliament", "IGOEUREEC"),
    ("The European Central Bank raised interest rates.", "European Central Bank", "IGOEUREEC"),
    ("The European Court of Justice ruled against Poland.", "European Court of Justice", "IGOEUREEC"),
    ("Frontex said crossings had fallen.", "Frontex", "IGOEUREEC"),
    ("The European Court of Human Rights ruled against Russia.", "European Court of Human Rights", "IGOEURCOE"),
])
def test_european_institutions(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


def test_a_secretary_general_of_a_regional_body(resolver: ActorResolver, nlp: Any) -> None:
    # the title's IGO named with it, not the UN's by default
    assert _codes(resolver, nlp, "The OAS secretary-general criticised Maduro.")["OAS secretary-general"] == "IGOOAS"
    assert _codes(resolver, nlp, "The UN secretary-general criticised Maduro.")["UN secretary-general"] == "IGOUNO"


def test_the_sahel_alliance_by_name_and_acronym(resolver: ActorResolver, nlp: Any) -> None:
    found = _codes(resolver, nlp, "The Alliance of Sahel States quit ECOWAS.", "2025-02-01")
    assert found["Alliance of Sahel States"] == "IGOWAFAES" and found["ECOWAS"] == "IGOWAFECW"
    assert _codes(resolver, nlp, "The AES leaders met in Niamey.", "2025-02-01")["AES leaders"] == "IGOWAFAES"


@pytest.mark.parametrize("text", [
    "The Commonwealth suspended Fiji.",  # "the Commonwealth" alone also names US states: not coded
    "Alba said she would appeal.",  # the acronym ALBA only in capitals
])
def test_names_left_out(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert not any(code.startswith("IGO") for code in _codes(resolver, nlp, text).values())


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Belgrade's authorities delivered Slobodan Milosevic to The Hague to face charges of war crimes in Kosovo.",
     "2001-06-28", "IGOUNOICY"),
    ("Serbia handed Milosevic over to The Hague.", None, "IGOUNOICY"),
    ("The Philippines flew Rodrigo Duterte to The Hague to face charges of crimes against humanity.", "2025-03-12",
     "IGOUNOICC"),
    ("Israel sent its ambassador to The Hague.", "2020-01-01", "NLDGOV"),  # no handing over: the Netherlands
    ("The Hague protested to Moscow.", "2020-01-01", "NLDGOV"),
])
def test_the_court_at_the_hague(resolver: ActorResolver, nlp: Any, text: str, day: str | None, code: str) -> None:
    assert _codes(resolver, nlp, text, day)["Hague"] == code


@pytest.mark.parametrize("text", [
    "The Arab summit in Cairo endorsed Egypt's reconstruction plan for Gaza.",
    "The Arab summit called for an end to the war.",
])
def test_the_arab_summit_is_the_arab_league(resolver: ActorResolver, nlp: Any, text: str) -> None:
    # the League's meeting of heads of state (eighteenth actors round)
    assert _codes(resolver, nlp, text, "2025-03-04")["Arab summit"] == "IGOARBARL"
