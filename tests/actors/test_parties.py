"""Political parties and the opposition: governing or opposing on a date, and 'opposition to' as a stance."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mentions_by_text,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_found = mentions_by_text
_codes = codes_dated("2025-10-01")
_codes_2024_06_01 = codes_dated("2024-06-01")
_codes_2019_05_01 = codes_dated("2019-05-01")


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Imran Khan's party demanded his release.", "2025-01-17", "PAKOPP"),  # out of office: the opposition
    ("Netanyahu's party won the vote.", "2024-01-17", "ISRGOV"),  # in office: the governing party
])
def test_a_leaders_party(resolver: ActorResolver, nlp: Any, text: str, day: str, code: str) -> None:
    found = _found(resolver, nlp, text, day)
    party = next(m for m in found.values() if m.mention.endswith("party"))
    assert party.actor_code == code and party.entity_id is not None and party.entity_id.startswith("party:")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The PTI called a protest.", "2020-05-01", "PTI", "PAKGOV"),  # Imran Khan's government
    ("The PTI called a protest.", "2024-05-01", "PTI", "PAKOPPPTI"),
    ("The Awami League called a strike.", "2025-05-01", "Awami League", "BGDOPPAWL"),
    ("The Awami League called a strike.", "2015-05-01", "Awami League", "BGDGOV"),
    ("Georgian Dream won the election.", "2024-10-27", "Georgian Dream", "GEOGOV"),  # not the demonym
    ("The AfD gained seats.", "2025-02-24", "AfD", "DEUOPPAFD"),
    ("The Chinese Communist Party expelled nine generals.", "2025-10-17", "Chinese Communist Party", "CHNGOV"),
])
def test_parties(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


def test_ruling_party_is_left_to_the_country(resolver: ActorResolver, nlp: Any) -> None:
    # the mention test set reads "Georgia's ruling party" by its country name; no sector word was added
    assert _codes_2024_06_01(resolver, nlp, "Georgia's ruling party suspended EU accession talks.").get("Georgia") == "GEO"


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Pheu Thai", "2024-06-01", "THAGOV"),
    ("Pheu Thai", "2018-06-01", "THAOPPPTP"),
    ("UMNO", "2018-06-01", "MYSOPPUMN"),
    ("UMNO", "2015-06-01", "MYSGOV"),
    ("Pakatan Harapan", "2023-06-01", "MYSGOV"),
    ("Vetevendosje", "2023-06-01", "XKXGOV"),
    ("Serbian Progressive Party", "2024-06-01", "SRBGOV"),
    ("AUR", "2024-12-01", "ROUOPPAUR"),
    ("Party of Action and Solidarity", "2024-06-01", "MDAGOV"),
    ("United National Movement", "2024-06-01", "GEOOPPUNM"),
    ("Sandinista Front", "1985-06-01", "NICGOV"),
    ("Sandinista Front", "1995-06-01", "NICOPPFSL"),
    ("Transitional Presidential Council", "2024-06-01", "HTIGOV"),
])
def test_parties_govern_or_oppose_by_date(resolver: ActorResolver, nlp: Any, name: str, day: str, code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, f"The {name} said on Monday it would not back the plan.", day).get(name) == code


def test_move_forward_the_verb_is_no_party(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2024_06_01(resolver, nlp, "Move forward with the plan, he said.") == {}


def test_a_shadow_government_is_the_opposition(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2024_06_01(resolver, nlp, "Myanmar's shadow government condemned the air strike.") == {
        "Myanmar's shadow government": "MMROPP"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran reiterated its opposition to the deal.", {"Iran": "IRN"}),
    ("Iran's opposition to the deal angered Washington.", {"Iran": "IRN", "Washington": "USAGOV"}),
    ("Russia voiced opposition against NATO expansion.", {"Russia": "RUS", "NATO": "IGOWSTNAT"}),
])
def test_opposition_to_is_a_stance(resolver: ActorResolver, nlp: Any, text: str, expected: dict[str, str]) -> None:
    assert _codes_2019_05_01(resolver, nlp, text) == expected


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iran's opposition staged protests.", "Iran's opposition", "IRNOPP"),
    ("The Kenyan opposition rejected the vote.", "Kenyan opposition", "KENOPP"),
])
def test_the_opposition_itself_stays(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes_2019_05_01(resolver, nlp, text).get(mention) == code
