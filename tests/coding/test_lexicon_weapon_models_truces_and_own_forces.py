"""Weapon systems named by their model, truces signed, members drawn from two sides, own forces armed or trained,
migrants pushed back, sides dropped from blacklists and warships massed off a coast (docs/coding.md, "Round
twenty-three: weapon models, truces signed and one's own forces").

A weapon named by its model ("F-16s", "HIMARS", "Storm Shadows", "Leopards", "Shaheds") stands for its class (jets,
systems, missiles, tanks, drones) wherever the lexicon names the class: sending, delivering, selling, buying or asking
for it codes as it does for the class word. A truce signed by two sides is a formal agreement signed between them; troops
"from A and B" are two sides' members; arming oneself or training one's own reservists is no act on anyone. Each
family has controls where the same words state no event or name no weapon. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, full code, target country, factuality) of each event of ``text``."""
    return set(country_facts(pipeline, text, _DAY))


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "event"), [
    # weapon models as the object of a transfer: arms given (072)
    ("Denmark delivered F-16s to Ukraine.", ("DNK", "072", "UKR", "asserted")),
    ("Norway sent its last F-16s to Ukraine.", ("NOR", "072", "UKR", "asserted")),
    ("The United States supplied HIMARS to Ukraine.", ("USA", "072", "UKR", "asserted")),
    ("Washington sent ATACMS to Kyiv.", ("USA", "072", "UKR", "asserted")),
    ("Britain sent Storm Shadows to Ukraine.", ("GBR", "072", "UKR", "asserted")),
    ("Germany delivered Leopards and Marders to Ukraine.", ("DEU", "072", "UKR", "asserted")),
    ("Russia supplied Iran with Su-35s.", ("RUS", "072", "IRN", "asserted")),
    ("Washington provided Israel with Apaches.", ("USA", "072", "ISR", "asserted")),
    ("Sweden will send Gripens to Ukraine.", ("SWE", "072", "UKR", "future")),
    ("Germany delivered Leopard 2A6s to Ukraine.", ("DEU", "072", "UKR", "asserted")),
    ("Turkey sold Bayraktar TB2s to Poland.", ("TUR", "072", "POL", "asserted")),
    # a delivery or transfer "of" weapons "to" a side, named as a noun
    ("Denmark completed the delivery of tanks to Ukraine.", ("DNK", "072", "UKR", "asserted")),
    ("Washington approved the transfer of F-16s to Ukraine.", ("USA", "072", "UKR", "asserted")),
    # weapon models bought (062) and asked for (0232)
    ("Egypt bought Rafales from France.", ("EGY", "062", "FRA", "asserted")),
    ("India purchased S-400s from Russia.", ("IND", "062", "RUS", "asserted")),
    ("Ukraine asked Washington for more Patriots.", ("UKR", "0232", "USA", "asserted")),
])
def test_weapon_models_stand_for_their_class(pipeline: Any, text: str,
                                             event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # a truce signed by two sides: a formal agreement signed (057, both ways)
    ("Sudan's army and the RSF signed a ceasefire.", ("SDN", "05", "SDN", "asserted")),
    ("Armenia and Azerbaijan signed a truce.", ("ARM", "05", "AZE", "asserted")),
    ("Armenia and Azerbaijan signed a truce.", ("AZE", "05", "ARM", "asserted")),
    ("Israel signed a truce with Hamas.", ("ISR", "05", "PSE", "asserted")),
    # members drawn "from" two coordinated sides act together
    ("Troops from Australia and the United States launched their annual exercises.", ("AUS", "06", "USA", "asserted")),
    ("Troops from Australia and the United States launched their annual exercises.", ("USA", "06", "AUS", "asserted")),
    # migrants pushed back across a border: an expulsion (174), the country they are pushed into the target
    ("Polish guards pushed back migrants to Belarus.", ("POL", "17", "BLR", "asserted")),
    ("Greece pushed back refugees into Turkey.", ("GRC", "17", "TUR", "asserted")),
    ("Lithuania pushed migrants across the border into Belarus.", ("LTU", "17", "BLR", "asserted")),
    # a side dropped from a blacklist (085)
    ("Washington dropped Cuba from its terror list.", ("USA", "08", "CUB", "asserted")),
    # warships massing off a coast, "off" read as a particle
    ("Chinese warships massed off Taiwan.", ("CHN", "15", "TWN", "asserted")),
    # controls: others armed or trained
    ("Iran is arming the Houthis.", ("IRN", "07", "YEM", "asserted")),
    ("Britain trains Ukrainian soldiers.", ("GBR", "06", "UKR", "asserted")),
])
def test_truces_joint_sides_expulsions_and_lists(pipeline: Any, text: str,
                                                 event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    # one's own forces armed or trained: no aid to or cooperation with the adversary named
    "Poland is arming itself against Russia.",
    "Finland trains its reservists for a war with Russia.",
    "The Baltic states are arming themselves against Russia.",
    # a model name that is a person's full name, and lower-case words that are people
    "The US Army sent Stacey Abrams to Georgia.",
    "The patriots sent letters to the king.",
    # a model word that only describes people sent
    "The US sent F-16 pilots to Ukraine.",
    # a delivery of something other than weapons
    "The sale of oil to China rose.",
    # a model named with no act done with it
    "The F-16s arrived in Ukraine.",
    # pushing back against a policy is no expulsion
    "Poland pushed back against the EU's migration pact.",
])
def test_no_aid_cooperation_or_expulsion_coded(pipeline: Any, text: str) -> None:
    assert not {e for e in _rooted(pipeline, text) if e[1] in ("06", "07", "17") and e[3] == "asserted"}
