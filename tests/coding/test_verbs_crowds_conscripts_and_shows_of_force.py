"""Weapons turned on crowds, barricades cleared, troops sent in, conscription, foreign broadcasters suspended, parties
dissolved, workers staying off the job, holds consolidated, missile firings and patrols alongside another's forces:
wording the lexicon missed until the seventeenth round, on sentences of our own.

A gun, gas or spray turned on a crowd, and roadblocks, barricades or protest camps cleared by police or troops, are
repression (175); troops sent in, and conscription enforced, introduced, extended or its age lowered, enlarge the
armed forces (154); a party's dissolution ordered bans it (1722); workers or pupils staying off or away from work or
school strike, and so do workers continuing, resuming or launching a strike (143, not an air strike); protesters
evicted from a square or campus are a protest broken up (175); protesters chanting demonstrate (141); avenues, squares
and roundabouts blocked obstruct passage (144); bail granted frees a prisoner (0841); condemned to death or prison is
sentenced (116, not criticised); the activities of political parties suspended curb the parties (1722); the BBC, RFI
or Al Jazeera suspended or banned by name curbs the press (1721); forces consolidating their hold on a town, or
claiming control of it, hold territory (192); missile firings and training launches are shows of force (150); police
or troops patrolling alongside another state's forces cooperate militarily with it (062) (docs/coding.md, "Lexicon,
seventeenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Kenyan police turned tear gas on demonstrators in Nairobi.", ("KEN", "175", "KEN")),
    ("Bangladeshi security forces turned their guns on student protesters.", ("BGD", "175", "BGD")),
    ("Riot police in Caracas turned a sonic weapon on the crowd.", ("VEN", "175", "VEN")),
    ("Police cleared the protest camp outside parliament in Tbilisi.", ("GEO", "175", "GEO")),
    ("Senegalese gendarmes dismantled the barricades in Dakar.", ("SEN", "175", None)),
    ("Ruto will send in the army.", ("KEN", "154", None)),
    ("Ukraine lowered the conscription age to 25.", ("UKR", "154", None)),
    ("Myanmar's military began conscripting young men.", ("MMR", "154", None)),
    ("Taiwan extended compulsory military service to one year.", ("TWN", "154", None)),
    ("Myanmar's junta said it would enforce the conscription law.", ("MMR", "154", None)),
    ("Kyiv lowered the minimum age for mobilisation to 25.", ("UKR", "154", None)),
    ("Cambodia's Supreme Court ordered the dissolution of the main opposition party.", ("KHM", "1722", "KHM")),
    ("Nigerian teachers stayed away from classes over unpaid wages.", ("NGA", "143", None)),
    ("Peruvian police evicted protesters from the university campus in Lima.", ("PER", "175", "PER")),
    ("Demonstrators in Caracas chanted against Maduro.", ("VEN", "141", "VEN")),
    ("Georgian protesters blocked Rustaveli Avenue for a third night.", ("GEO", "144", "GEO")),
    ("A Nairobi court granted bail to the opposition politician.", ("KEN", "0841", "KEN")),
    ("An Iranian court condemned the rapper to death.", ("IRN", "116", "IRN")),
    ("A court in Harare freed the journalist on bail.", ("ZWE", "0841", "ZWE")),
    ("Mali's junta suspended the activities of political parties.", ("MLI", "1722", None)),
    ("Doctors in Kenya stayed off work for a third week.", ("KEN", "143", None)),
    ("Kenyan doctors continued their strike for a third week.", ("KEN", "143", None)),
    ("Argentine teachers began a 48-hour strike against Milei's budget cuts.", ("ARG", "143", "ARG")),
    ("Mali banned Al Jazeera.", ("MLI", "1721", "QAT")),
    ("M23 fighters consolidated their hold on Goma.", ("COD", "192", "COD")),
    ("Russia claimed control of the village of Vuhledar.", ("RUS", "192", "UKR")),
    ("Indian warships carried out anti-ship missile firings in the Arabian Sea.", ("IND", "150", None)),
    ("Pakistan conducted a training launch of a surface-to-surface missile.", ("PAK", "150", None)),
    ("Kenyan officers patrolled the streets alongside Haitian police.", ("KEN", "062", "HTI")),
])
def test_crowds_conscripts_and_shows_of_force(pipeline: Any, text: str,
                                             triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "source"), [
    ("Niger's junta suspended RFI.", "NER"),
    ("Rwanda suspended the BBC over its coverage.", "RWA"),
    ("Moscow blocked Deutsche Welle.", "RUS"),
])
def test_broadcasters_suspended_by_name(pipeline: Any, text: str, source: str) -> None:
    """The press curbed (1721) whether or not the broadcaster itself resolves to its country."""
    assert any(s == source and c == "1721" for s, c, _ in country_set(pipeline, text, _DAY))


@pytest.mark.parametrize("text", [
    "Police turned on the protesters' loudspeakers.",
    "Soldiers turned their guns on each other.",
    "The teacher turned her attention to the exam.",
    "Workers cleared the roadblock after the landslide.",
    "The government lowered the voting age to 16.",
    "Ukraine lowered the age for retirement to 60.",
    "The dissolution of parliament paved the way for elections in Sri Lanka.",
    "The Kenyan patient stayed away from work for a week after the surgery.",
    "The Kenyan club suspended the activities of its youth team.",
    "The decision condemned the town to years of decline.",
    "Football fans in Lagos chanted the name of their club.",
    "The company claimed control of the market.",
    "The goalkeeper blocked the shot in the square.",
    "The landlord in Nairobi evicted the tenants from the building.",
    "Hungary's ruling party tightened its grip on power.",
    "Egypt consolidated its position as a mediator.",
    "The company suspended voice calls on its network.",
    "The minister was fired after the scandal.",
    "The volunteers patrolled the beach alongside the lifeguards.",
])
def test_same_words_stating_no_event(pipeline: Any, text: str) -> None:
    assert not country_set(pipeline, text, _DAY)
