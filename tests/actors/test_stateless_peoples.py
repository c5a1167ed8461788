"""Armed men of peoples without a state, and faith or movement words between a country and its sector word
(fifteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Syrian Kurdish forces repelled a Turkish assault on Ras al-Ain.", "Syrian Kurdish forces", "SYRREB"),
    ("Iraqi Kurdish forces withdrew as government troops advanced.", "Iraqi Kurdish forces", "IRQREB"),
    ("Malian Tuareg fighters attacked the garrison.", "Malian Tuareg fighters", "MLIREB"),
    ("Nepal's Maoist rebels announced a ceasefire.", "Nepal's Maoist rebels", "NPLREB"),
    ("Iraqi Shiite militias fired rockets at the embassy.", "Iraqi Shiite militias", "IRQREB"),
    ("Lebanese Christian militiamen attacked a refugee camp.", "Lebanese Christian militiamen", "LBNREB"),
    ("Israeli Druze soldiers were killed in Gaza.", "Israeli Druze soldiers", "ISRMIL"),  # a faith: still the army
    ("Indian Muslim protesters marched in Delhi.", "Indian Muslim protesters", "INDCVL"),
])
def test_a_people_or_faith_between_country_and_sector(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                      code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2019-10-10")[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Kurdish forces attacked a checkpoint in Hasakah.", "forces", "SYRREB"),  # placed by the clause, as rebels
    ("Kurdish fighters ambushed Turkish troops in northern Syria.", "fighters", "SYRREB"),
])
def test_a_stateless_peoples_forces_placed_by_their_clause(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2019-10-10")[mention] == code


def test_a_stateless_peoples_forces_without_a_place_stay_uncoded(resolver: ActorResolver, nlp: Any) -> None:
    found = mention_codes(resolver, nlp, "Kurdish fighters clashed with Turkish troops.", "2019-10-10")
    assert "fighters" not in found and "Kurdish fighters" not in found and found["Turkish troops"] == "TURMIL"


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The Peshmerga clashed with Iraqi forces.", "2017-10-16", "Peshmerga", "IRQMILPSH"),  # the region's guard
    ("The Peshmerga clashed with Iraqi forces.", "1996-08-31", "Peshmerga", "IRQREBPSH"),  # before the constitution
    ("The PYD accused Ankara of shelling its positions.", "2016-08-10", "PYD", "SYROPPPYD"),
    ("The Polisario Front declared an end to the ceasefire.", "2020-11-14", "Polisario Front", "MARREBPOL"),
    ("The KDP and the PUK agreed to share power.", "2006-01-21", "KDP", "IRQOPPKDP"),
])
def test_kurdish_and_saharan_movements(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Casamance rebels ambushed Senegalese soldiers.", "Casamance rebels", "SENREB"),
    ("Bougainville rebels seized a mine.", "Bougainville rebels", "PNGREB"),
    ("Transdniester separatists blocked the road.", "Transdniester separatists", "MDAREB"),
    ("The Iraqi National Congress urged Washington to act.", "Iraqi National Congress", "IRQOPPINC"),
    ("SCIRI accused Saddam of genocide.", "SCIRI", "IRQOPPSCI"),
    ("The Kurdistan Regional Government signed an oil deal with Turkey.", "Kurdistan Regional Government", "IRQGOV"),
    ("The Syrian National Council called for intervention.", "Syrian National Council", "SYROPPSNC"),
    ("The Libyan National Army shelled Tripoli.", "Libyan National Army", "LBYMIL"),
])
def test_separatist_regions_and_rival_authorities(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                  code: str) -> None:
    assert mention_codes(resolver, nlp, text, None)[mention] == code
