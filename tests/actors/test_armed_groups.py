"""Armed groups, rebels and their leaders, by name, home state, region and date."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    find_mention,
    mention_codes,
    resolve_mentions,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_resolve = resolve_mentions
_codes = mention_codes
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2024_06_01 = codes_dated("2024-06-01")
_codes_2019_05_01 = codes_dated("2019-05-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Chechen rebels attacked a convoy.", "Chechen rebels", "RUSREB"),
    ("Basque separatists bombed a bar.", "Basque separatists", "ESPREB"),
    ("Uighur activists protested.", "Uighur activists", "CHNOPP"),
    ("Afghan mujahideen shelled the city.", "Afghan mujahideen", "AFGREB"),
    ("An Afghan guerrilla commander said the offensive would go on.", "Afghan guerrilla", "AFGREB"),
])
def test_regional_adjectives_and_rebel_words(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                             code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, None), mention).actor_code == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The president would lift the ban on the Islamic Salvation Front.", None, "Islamic Salvation Front",
     "DZAOPPFIS"),
    ("The KLA attacked Serbian police.", "1998-06-01", "KLA", "SRBREBKLA"),
    ("The IRA declared a ceasefire.", "1997-07-20", "IRA", "GBRREBIRA"),
    ("The Taliban captured Mazar-i-Sharif.", "1998-08-08", "Taliban", "AFGGOV"),
    ("The Taliban attacked a police post.", "2008-08-08", "Taliban", "AFGREBTAL"),
    ("The Khmer Rouge emptied the cities.", "1975-05-01", "Khmer Rouge", "KHMGOV"),
    ("The Khmer Rouge surrendered.", "1998-12-01", "Khmer Rouge", "KHMREBKRG"),
    ("The ANC called for sanctions.", "1990-06-01", "ANC", "ZAFOPPANC"),
    ("The ANC criticised the opposition.", "2000-06-01", "ANC", "ZAFGOV"),
    ("Renamo rebels attacked a train.", "1990-06-01", "Renamo rebels", "MOZREBREN"),
])
def test_armed_groups_of_older_wire_text(resolver: ActorResolver, nlp: Any, text: str, day: str | None,
                                         mention: str, code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, day), mention).actor_code == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Militants attacked a police station in Balochistan.", "Militants", "PAKREB"),
    ("Rebels in the Ivory Coast blocked the road.", "Rebels", "CIVREB"),
    ("Russian-backed separatists attacked a checkpoint near Mariupol.", "separatists", "UKRREB"),
])
def test_rebels_with_no_country_are_those_of_where_they_fight(resolver: ActorResolver, nlp: Any, text: str,
                                                             mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, None)[mention] == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Steve Witkoff is expected in Moscow on Wednesday.", "2025-08-04", "Steve Witkoff", "USAGOV"),
    ("Kim Yo Jong threatened to demolish the building.", "2020-06-16", "Kim Yo Jong", "PRKGOV"),
    ("SPLA rebels attacked the town.", "2004-06-01", "SPLA rebels", "SDNREBSPL"),
    ("The SPLA shelled Heglig.", "2012-06-01", "SPLA", "SSDGOV"),
    ("Seleka fighters looted the capital.", "2013-06-01", "Seleka fighters", "CAFGOV"),
    ("The Free Syrian Army seized the town.", "2013-06-01", "Free Syrian Army", "SYRREBFSA"),
    ("Fatah al-Islam fighters clashed with the army.", "2007-06-01", "Fatah al-Islam fighters", "LBNREBFAI"),
])
def test_an_envoy_and_armed_movements_on_their_dates(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                        mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Islamist ADF militants killed 43 worshippers in eastern Congo.", "ADF militants", "UGAREBADF"),
    ("ISWAP fighters attacked a base in Borno.", "ISWAP fighters", "NGAREBISW"),
    ("The US struck a boat carrying Tren de Aragua members.", "Tren de Aragua", "VENCRMTDA"),
    ("The Kachin Independence Army seized the town.", "Kachin Independence Army", "MMRREBKIA"),
])
def test_armed_groups_code_by_their_home_state(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                               code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("name", "code"), [
    ("Los Choneros", "ECUCRMCHO"),
    ("Los Lobos", "ECUCRMLOB"),
    ("400 Mawozo", "HTICRMMAW"),
    ("Three Brotherhood Alliance", "MMRREBTBA"),
    ("Chin National Front", "MMRREBCNF"),
    ("Karenni Army", "MMRREBKNA"),
    ("ONLF", "ETHREBONL"),
    ("Naxalites", "INDREBNAX"),
])
def test_armed_groups_and_gangs_by_name(resolver: ActorResolver, nlp: Any, name: str, code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, f"Fighters of the {name} attacked the town on Sunday.").get(name) == code


def test_a_barbecue_is_not_the_gang_leader(resolver: ActorResolver, nlp: Any) -> None:
    assert "barbecue" not in _codes_2024_06_01(resolver, nlp, "Soldiers held a barbecue in Caracas.")


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Getachew Reda said the TPLF would fight on.", "Getachew Reda", "2021-11-01", "ETHREBTPL"),
    ("Getachew Reda was sworn in as head of the interim administration.", "Getachew Reda", "2023-03-24",
     "ETHGOV"),
    ("Succes Masra was named prime minister.", "Succes Masra", "2024-01-01", "TCDGOV"),
    ("Succes Masra rejected the election result.", "Succes Masra", "2024-05-30", "TCDOPP"),
    ("Said Abdullahi Deni cut ties with Mogadishu.", "Said Abdullahi Deni", "2024-03-31", "SOMGOV"),
    ("Ivan Mordisco ordered new attacks.", "Ivan Mordisco", "2025-06-11", "COLREB"),
    ("Adolfo Macias escaped from prison.", "Adolfo Macias", "2024-01-08", "ECUCRMCHO"),
    ("Zeljka Cvijanovic met the envoy.", "Zeljka Cvijanovic", "2023-05-01", "BIHGOV"),
])
def test_leaders_of_regions_and_armed_groups(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                             day: str, code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, text, day).get(mention) == code


def test_a_common_spanish_name_is_no_rebel(resolver: ActorResolver, nlp: Any) -> None:
    assert "Antonio Garcia" not in _codes_2024_06_01(resolver, nlp, "Antonio Garcia Ortiz spoke to reporters.")


@pytest.mark.parametrize(("text", "mention"), [
    ("Tigrayan forces captured the town.", "Tigrayan forces"),
    ("Chechen forces ambushed a convoy.", "Chechen forces"),
])
def test_forces_of_a_region_are_rebels(resolver: ActorResolver, nlp: Any, text: str, mention: str) -> None:
    assert _codes_2019_05_01(resolver, nlp, text, "2021-05-01")[mention].endswith("REB")


def test_forces_of_a_country_stay_military(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2019_05_01(resolver, nlp, "Pakistani border forces fired on Afghan troops.", "2021-05-01") == {
        "Pakistani border forces": "PAKMIL", "Afghan troops": "AFGMIL"}


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Abdel Aziz al-Rantisi vowed revenge.", "Abdel Aziz al-Rantisi", "2004-04-01", "PSEREBHMS"),
    ("Alfonso Cano ordered new attacks.", "Alfonso Cano", "2010-01-01", "COLREBFAR"),
    ("Nicolas Rodriguez Bautista said the rebels were ready to talk.", "Nicolas Rodriguez Bautista", "2017-01-01",
     "COLREBELN"),
    ("Anwar al-Awlaki called for attacks.", "Anwar al-Awlaki", "2010-01-01", "YEMREBAQP"),
    ("Laurent Nkunda's rebels advanced on Goma.", "Laurent Nkunda", "2008-10-28", "CODREBCND"),
    ("Bosco Ntaganda's fighters seized the town.", "Bosco Ntaganda", "2012-07-07", "CODREBM23"),
    ("Bosco Ntaganda's fighters seized the town.", "Bosco Ntaganda", "2010-07-07", "CODMIL"),
    ("Murad Ebrahim signed the peace deal.", "Murad Ebrahim", "2014-03-27", "PHLREBMIL"),
    ("Murad Ebrahim met the president.", "Murad Ebrahim", "2020-03-27", "PHLGOV"),
    ("Mukhtar Robow surrendered to the government.", "Mukhtar Robow", "2017-01-01", "SOMREBSHB"),
])
def test_armed_group_leaders_on_their_dates(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                                          code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code
