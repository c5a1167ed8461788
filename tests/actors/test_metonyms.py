"""Capitals and cities: the government, the place where something happens, a gathering's host, an accord's name."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
    resolve_mentions,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_found = resolve_mentions
_codes_2024_05_01 = codes_dated("2024-05-01")
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2019_05_01 = codes_dated("2019-05-01")


def test_brussels_after_a_locative_preposition_is_the_city(resolver: ActorResolver, nlp: Any) -> None:
    # (since the ninth round the city where something happens is the country, not its government)
    assert _codes(resolver, nlp, "A gunman attacked a synagogue in Brussels.", "2024-05-01")["Brussels"] == "BEL"
    assert _codes(resolver, nlp, "Police in Brussels arrested a man.", "2024-05-01")["Police"] == "BELCOP"
    assert _codes(resolver, nlp, "Brussels imposed sanctions on Russia.", "2024-05-01")["Brussels"] == "IGOEUREEC"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A car bomb exploded in Mogadishu.", "Mogadishu", "SOM"),
    ("Militants struck a market in Kabul.", "Kabul", "AFG"),
    ("Russian drones rained down across Kyiv overnight.", "Kyiv", "UKR"),
    ("The talks in Doha collapsed.", "Doha", "QAT"),
    ("Kenyan police pushed the gangs out of Port-au-Prince.", "Port-au-Prince", "HTI"),
])
def test_a_capital_where_something_happens_is_its_country(resolver: ActorResolver, nlp: Any, text: str,
                                                          mention: str, code: str) -> None:
    found = {m.mention: m for m in _found(resolver, nlp, text, "2024-05-01")}
    assert (found[mention].actor_code, found[mention].kind) == (code, "place")


@pytest.mark.parametrize(("text", "mention", "code"), [
    # people or a body there, a possessive, and a capital as an actor stay the government's
    ("The government in Kabul rejected the claim.", "Kabul", "AFGGOV"),
    ("Authorities in Beijing said the plan was dead.", "Beijing", "CHNGOV"),
    ("Israel's ambassador in Washington met the envoy.", "Washington", "USAGOV"),
    ("In Moscow's view, the deal is dead.", "Moscow", "RUSGOV"),
    ("Moscow expelled two diplomats.", "Moscow", "RUSGOV"),
    ("Algeria recalled its ambassador from Paris.", "Paris", "FRAGOV"),
])
def test_a_capital_that_names_its_government_stays_the_government(resolver: ActorResolver, nlp: Any, text: str,
                                                                  mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia struck Kyiv and Lviv overnight.", "Kyiv", "UKR"),
    ("Russia struck Kyiv and Lviv overnight.", "Lviv", "UKR"),
    ("Israel bombed Tehran.", "Tehran", "IRN"),
    ("Russia launched its largest drone attack on Kyiv.", "Kyiv", "UKR"),
    ("Ukraine struck Moscow with drones.", "Moscow", "RUS"),
    ("Trump attacked Beijing over its trade policy.", "Beijing", "CHNGOV"),  # criticism
    ("Washington hit Beijing with new tariffs.", "Beijing", "CHNGOV"),  # a trade measure
    ("Israel attacked Tehran's nuclear sites.", "Tehran", "IRNGOV"),  # a possessive owner
    ("Russia pressed Kyiv to cede land.", "Kyiv", "UKRGOV"),
])
def test_a_capital_that_a_strike_hits(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                      code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The US leader prepared to attend the Beijing Olympics.", "Beijing", "CHN"),  # hidden in the event's name
    ("Putin will attend the Paris summit.", "Paris", "FRA"),
    ("Washington talks with Beijing stalled.", "Washington", "USAGOV"),  # talks are no gathering word
    ("Tehran talks tough.", "Tehran", "IRNGOV"),  # a verb
])
def test_a_city_hosting_a_gathering_is_the_place(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                 code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text, "2018-08-02")[mention] == code


@pytest.mark.parametrize("text", ["Trump withdrew from the Paris agreement.", "Russia violated the Minsk agreements."])
def test_an_accord_named_after_a_city_is_no_actor(resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = _codes_2025_10_01(resolver, nlp, text, "2018-08-02")
    assert "Paris" not in codes and "Minsk" not in codes


@pytest.mark.parametrize("text", [
    "France urged states to honour the Paris climate agreement.",
    "Kyiv said Moscow broke the Minsk peace accords.",
])
def test_city_before_modified_accord_is_no_actor(resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = _codes_2019_05_01(resolver, nlp, text)
    assert "Paris" not in codes and "Minsk" not in codes


def test_city_court_is_still_the_judiciary_or_government(resolver: ActorResolver, nlp: Any) -> None:
    # "court" is not an accord word: a capital's court is the country's, not a name
    assert "Cairo" in " ".join(_codes_2019_05_01(resolver, nlp, "A Cairo court sentenced the activist."))
