"""Envoys and their host countries, and 'his Chinese counterpart'."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_codes_2024_05_01 = codes_dated("2024-05-01")
_codes_2025_10_01 = codes_dated("2025-10-01")


def test_the_host_country_of_an_envoy_is_a_mention_of_its_own(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Somalia recalled its ambassador to Ethiopia on Tuesday.", "2024-01-02")
    assert codes["its ambassador"] == "SOMGOV"
    assert codes["Ethiopia"] == "ETH"


def test_an_envoy_named_after_the_host_country_is_still_learned(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Russia's ambassador to Israel, Anatoly Viktorov, was summoned. "
                                  "Viktorov declined to comment.", "2023-10-29")
    assert codes["Russia's ambassador"] == "RUSGOV" and codes["Israel"] == "ISR"
    assert codes["Viktorov"] == "RUSGOV"


def test_an_organisation_an_envoy_serves_at_stays_part_of_the_role(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Iran's ambassador to the UN rejected the claim.", "2024-04-10")
    assert codes == {"Iran's ambassador to the UN": "IRNGOV"}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Lavrov met his Chinese counterpart in Beijing.", "Chinese counterpart", "CHNGOV"),
    ("Blinken met with his Greek counterpart on Friday.", "Greek counterpart", "GRCGOV"),
    ("US generals spoke with their Chinese counterparts.", "Chinese counterparts", "CHNGOV"),
])
def test_a_counterpart_of_a_country_is_its_government(resolver: ActorResolver, nlp: Any, text: str,
                                                      mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text)[mention] == code


def test_a_counterpart_with_no_country_names_none(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_2024_05_01(resolver, nlp, "Blinken met his counterpart on Friday.")
    assert not any("counterpart" in mention for mention in codes)


def test_his_counterpart_is_not_his_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "his counterpart" not in _codes_2025_10_01(resolver, nlp, "Putin praised his counterpart.")
