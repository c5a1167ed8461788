"""Names read by where they stand: a surname that is also a town after "in", a bare "Congress" in a sentence
about another country, and "at" after a verb of firing (docs/actors-and-tenures.md, "The fourteenth actors
round").
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes_dated = mention_codes
_codes_2019_05_01 = codes_dated("2019-05-01")
_codes = codes_dated("2024-06-01")


def test_town_after_in_is_not_the_person(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Police in Lagos arrested dozens of protesters.")
    assert codes == {"Police": "NGACOP", "Lagos": "NGA", "protesters": "NGACVL"}


def test_person_named_in_full_before_keeps_the_surname(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Ricardo Lagos met Bush. Protests in Lagos followed.", "2004-06-01")
    assert codes.get("Lagos") == "CHLGOV"


def test_surname_as_subject_is_the_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Lagos met Bush in Santiago.", "2004-06-01").get("Lagos") == "CHLGOV"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Pedro Castillo dissolved Congress.", "2022-12-07", "PERLEG"),
    ("Thousands of Brazilians stormed Congress.", "2023-01-08", "BRALEG"),
    ("Milei's reform stalled in Congress.", "2024-06-01", "ARGLEG"),
    ("Biden urged Congress to pass the aid bill.", "2024-03-01", "USALEG"),
    ("Zelensky urged Congress to approve aid.", "2024-03-01", "USALEG"),
    ("Congress approved new sanctions on Iran.", "2024-03-01", "USALEG"),
])
def test_bare_congress(resolver: ActorResolver, nlp: Any, text: str, day: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day).get("Congress") == code


@pytest.mark.parametrize("text", [
    "Militants fired rockets at Israel on Sunday.",
    "Militants fired rockets at Tel Aviv on Sunday.",
])
def test_what_is_fired_at_is_no_place_of_the_act(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert "Militants" not in _codes(resolver, nlp, text)


def test_place_after_at_still_locates_police(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Police arrested protesters at a rally in Tehran.")
    assert codes.get("Police") == "IRNCOP"


def test_congress_alone_is_still_the_us_congress(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_dated(resolver, nlp, "Congress passed the bill.", "2024-01-01") == {"Congress": "USALEG"}


def test_lone_surname_after_in_is_the_town(resolver: ActorResolver, nlp: Any) -> None:
    assert "Bolton" not in _codes_2019_05_01(resolver, nlp, "He spoke at a rally in Bolton on Friday.")


def test_surname_after_in_keeps_a_person_named_earlier(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_2019_05_01(resolver, nlp, "John Bolton said Iran lied. He repeated it in Bolton's memoir.")
    assert codes.get("John Bolton") == "USAGOV"
    assert "Bolton" in " ".join(codes)


def test_lone_surname_as_subject_is_still_the_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2019_05_01(resolver, nlp, "Bolton said Iran lied.").get("Bolton") == "USAGOV"


def test_the_hague_tribunal_is_no_british_minister(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2019_05_01(resolver, nlp, "Serbia handed him to the Hague tribunal.", "2001-05-01") == {"Serbia": "SRB"}
