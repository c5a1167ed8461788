"""An automatic surname that is also a town's name gives way to the town when every office of the person ended more
than ten years before the article and the article has not named them in full: "Palma" in 2021 is Mozambique's
besieged town (or Mallorca's capital), not Panama's president of 1988-89. The towns of Cabo Delgado code as
Mozambique. Sentences are our own (see docs/actors-and-tenures.md, "Round twenty-three: goods by origin, regions'
offices, longer names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day"), [
    ("Insurgents attacked Palma, a town in Mozambique's Cabo Delgado province.", "2021-03-28"),
    ("Militants seized Palma after a three-day siege.", "2021-03-28"),
    ("Fighting spread from Palma to Mueda and Macomia.", "2021-03-28"),
    ("Tourists crowded the beaches of Palma this summer.", "2024-07-01"),
])
def test_a_long_retired_leader_s_surname_is_no_person(resolver: Any, nlp: Any, text: str, day: str) -> None:
    assert "PANGOV" not in mention_codes(resolver, nlp, text, day).values()


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Islamic State fighters attacked Mueda and Macomia.", "2021-03-28", "Macomia", "MOZ"),
    ("Fighting spread from Palma to Mueda and Macomia.", "2021-03-28", "Mueda", "MOZ"),
    ("Troops retook Quissanga from the insurgents.", "2020-06-01", "Quissanga", "MOZ"),
    ("Thousands fled Montepuez after the attack.", "2022-06-01", "Montepuez", "MOZ"),
    ("Thousands protested against mass tourism in Palma de Mallorca.", "2024-07-01", "Palma de Mallorca", "ESP"),
    ("Rwandan troops arrived in Niassa.", "2022-06-01", "Niassa", "MOZ"),
])
def test_towns_of_the_insurgency_code_as_their_country(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention"), [
    ("Palma said the United States was strangling Panama.", "1988-06-01", "Palma"),  # in office that day
    ("Manuel Solís Palma accused Washington of aggression. Palma said the sanctions were illegal.", "2021-03-28",
     "Palma"),  # named in full first
])
def test_the_person_keeps_the_surname_in_office_or_once_named(resolver: Any, nlp: Any, text: str, day: str,
                                                               mention: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == "PANGOV"
