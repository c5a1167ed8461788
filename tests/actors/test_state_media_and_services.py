"""State news agencies and broadcasters, police, intelligence and armed forces named by their own names, and
state companies (fifteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import coded_actor_triples, codes_dated, resolve_mentions

from detente.actors import ActorResolver

_codes = codes_dated("2020-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("NHK said the missile fell into the sea.", "NHK", "JPNMED"),
    ("Sputnik reported that the talks had failed.", "Sputnik", "RUSMED"),
    ("Interfax quoted a defence ministry source.", "Interfax", "RUSMED"),
    ("Press TV said the drones had been shot down.", "Press TV", "IRNMED"),
    ("WAM said the president had received the envoy.", "WAM", "AREMED"),
    ("KUNA carried the emir's statement.", "KUNA", "KWTMED"),
    ("Anadolu reported that Turkish jets had struck PKK targets.", "Anadolu", "TURMED"),
    ("The Press Trust of India quoted officials.", "Press Trust of India", "INDMED"),
    ("Bernama said the king had dissolved parliament.", "Bernama", "MYSMED"),
    ("Prensa Latina denounced the blockade.", "Prensa Latina", "CUBMED"),
    ("BelTA reported the talks in Minsk.", "BelTA", "BLRMED"),
    ("Al-Ahram said Cairo had proposed a truce.", "Al-Ahram", "EGYMED"),
])
def test_news_agencies_and_broadcasters(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Nigeria's Department of State Services arrested the activist.", "Nigeria's Department of State Services",
     "NGASPY"),
    ("The Rapid Action Battalion killed two suspects.", "Rapid Action Battalion", "BGDCOP"),
    ("The Philippine National Police arrested the mayor.", "Philippine National Police", "PHLCOP"),
    ("The RCMP accused Indian agents of murder.", "RCMP", "CANCOP"),
    ("The Frontier Corps clashed with militants.", "Frontier Corps", "PAKMIL"),
    ("The UPDF attacked ADF camps.", "UPDF", "UGAMIL"),
    ("The SANDF deployed troops to Mozambique.", "SANDF", "ZAFMIL"),
    ("Brazil's Federal Police raided the former president's home.", "Brazil's Federal Police", "BRACOP"),
    ("The Colombian national police seized cocaine.", "Colombian national police", "COLCOP"),
    ("Egypt's General Intelligence Service mediated between Israel and Hamas.",
     "Egypt's General Intelligence Service", "EGYSPY"),
    ("The Federal Reserve raised interest rates.", "Federal Reserve", "USAGOV"),
    ("Codelco raised copper output.", "Codelco", "CHLBUS"),
    ("Rostec sold jets to India.", "Rostec", "RUSBUS"),
])
def test_services_and_companies(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "absent"), [
    ("CCTV footage showed the attack.", "CCTV"),  # the cameras, not China's broadcaster
    ("The general said the offensive would go on.", "general"),  # "general" alone is a rank, no intelligence
    ("Morena Baccarin won an award.", "Morena"),  # a one-word party name that begins a person's name
])
def test_words_that_stay_uncoded(resolver: ActorResolver, nlp: Any, text: str, absent: str) -> None:
    found = _codes(resolver, nlp, text)
    assert absent not in found or not found[absent].endswith(("MED", "SPY", "GOV"))


@pytest.mark.parametrize(("text", "mention"), [
    ("South Korean prosecutors raided Samsung Electronics on Tuesday.", "Samsung Electronics"),
    ("Gazprom halted gas deliveries to Poland.", "Gazprom"),
])
def test_companies_are_named_bodies_not_their_state(resolver: ActorResolver, nlp: Any, text: str,
                                                    mention: str) -> None:
    # Kind "group" (sixteenth round): a company is a body of its country, not the country or its government.
    found = [m for m in resolve_mentions(resolver, nlp, text, "2020-06-01") if m.mention == mention]
    assert [(m.kind, str(m.actor_code)[3:]) for m in found] == [("group", "BUS")]
    kremlin = [m for m in resolve_mentions(resolver, nlp, "The Kremlin criticised Gazprom.", "2020-06-01")
               if m.mention == "Kremlin"]
    assert [m.kind for m in kremlin] == ["country"]


@pytest.mark.parametrize(("text", "triple"), [
    ("South Korean prosecutors raided Samsung Electronics' headquarters in Seoul on Tuesday.",
     ("KORJUD", "KORBUS", "091")),
    ("The Kremlin criticised Gazprom.", ("RUSGOV", "RUSBUS", "111")),
])
def test_a_state_act_on_its_own_company_keeps_the_company_as_target(pipeline: Any, text: str,
                                                                   triple: tuple[str, str, str]) -> None:
    assert triple in coded_actor_triples(pipeline, text, "2016-11-08")
