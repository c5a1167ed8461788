"""Institutions, judicial officers, armed groups' own titles, state companies and trade unions
(docs/actors-and-tenures.md, "The fourteenth actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
    resolve_mentions,
)

from detente.actors import ActorResolver, KnowledgeBase

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes_dated = mention_codes
_codes_2024_05_01 = codes_dated("2024-05-01")
_found = resolve_mentions
_codes_2019_05_01 = codes_dated("2019-05-01")
_codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia's foreign ministry summoned the British ambassador.", "Russia's foreign ministry", "RUSGOV"),
    ("Russia's Foreign Ministry summoned the British ambassador.", "Russia's Foreign Ministry", "RUSGOV"),
    ("Beijing's foreign ministry summoned the British ambassador.", "Beijing's foreign ministry", "CHNGOV"),
    ("Russia's defence ministry said it would respond.", "Russia's defence ministry", "RUSGOV"),
])
def test_a_countrys_ministry_is_its_government(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                               code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The Taliban's supreme leader issued a decree.", "2024-06-01", "Taliban's supreme leader", "AFGGOV"),
    ("The Taliban's supreme leader issued a decree.", "2019-06-01", "Taliban's supreme leader", "AFGREBTAL"),
    ("Hezbollah's secretary general threatened Israel.", "2024-06-01", "Hezbollah's secretary general",
     "LBNREBHEZ"),
])
def test_a_groups_own_title_is_the_group(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


def test_a_states_supreme_leader_is_unchanged(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "Iran's supreme leader threatened Israel.").get("Iran's supreme leader") == "IRNGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The chief justice of Pakistan ordered an inquiry.", "chief justice of Pakistan", "PAKJUD"),
    ("Pakistan's chief justice ordered an inquiry.", "Pakistan's chief justice", "PAKJUD"),
    ("Brazilian magistrates ordered the arrest of the former president.", "Brazilian magistrates", "BRAJUD"),
    ("US federal prosecutors charged the agent.", "US federal prosecutors", "USAJUD"),
])
def test_judicial_officers(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The FACT refused to sign the deal.", "2022-08-08", "FACT", "TCDREBFCT"),
    ("The Lions' Den claimed the attack.", "2023-08-01", "Lions' Den", "PSEREBLDN"),
    ("AQIM kidnapped two Germans.", "2012-06-01", "AQIM", "DZAREBAQM"),
    ("The Coalition of Patriots for Change attacked Bangui.", "2021-01-13", "Coalition of Patriots for Change",
     "CAFREBCPC"),
])
def test_armed_groups(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


def test_the_word_fact_is_no_group(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "In fact, the army retreated.") == {}
    assert "fact" not in _codes(resolver, nlp, "The fact that Chad's army retreated surprised Paris.")


@pytest.mark.parametrize(("name", "code"), [
    ("Eskom", "ZAFBUS"), ("NNPC", "NGABUS"), ("Pertamina", "IDNBUS"), ("SOCAR", "AZEBUS"), ("YPF", "ARGBUS"),
    ("Novatek", "RUSBUS"), ("Chevron", "USABUS"), ("TotalEnergies", "FRABUS"),
])
def test_companies(kb: KnowledgeBase, name: str, code: str) -> None:
    assert kb.lookup(name, on=date(2024, 6, 1))[0].actor_code == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The United Auto Workers went on strike.", "United Auto Workers", "USALABUAW"),
    ("The UAW went on strike.", "UAW", "USALABUAW"),
    ("The Histadrut called a general strike.", "Histadrut", "ISRLABHIS"),
    ("Cosatu marched on parliament.", "Cosatu", "ZAFLABCOS"),
])
def test_trade_unions(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, "2023-09-15").get(mention) == code


def test_people_held_abroad(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "China freed Michael Kovrig and Michael Spavor after a Canadian judge let "
                                  "Meng Wanzhou return home.", "2021-09-25")
    assert codes.get("Michael Kovrig") == "CANCVL"
    assert codes.get("Michael Spavor") == "CANCVL"
    assert codes.get("Meng Wanzhou") == "CHNBUS"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Britain expelled Russia's defence attache on Wednesday.", "Russia's defence attache", "RUSMIL"),
    ("Iran shot down a Ukraine International Airlines jet.", "Ukraine International Airlines", "UKRBUS"),
    ("The Malaysia Airlines flight was blown up over Ukraine.", "Malaysia Airlines", "MYSBUS"),
])
def test_attaches_and_national_airlines(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


def test_emirates_stays_the_country(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes(resolver, nlp, "The Emirates condemned the attack.").get("Emirates") == "ARE"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Looters ransacked shops across Port Moresby on Wednesday.", "Looters", "PNGCVL"),
    ("Rioters torched cars across Dublin.", "Rioters", "IRLCVL"),
    ("Farmers blocked roads in Berlin with their tractors.", "Farmers", "DEUCVL"),
    ("Muscovites queued to pay their respects.", "Muscovites", "RUS"),
    ("Kenyan doctors went on strike.", "Kenyan doctors", "KENHLH"),
    ("Chinese workers were kidnapped in Nigeria.", "Chinese workers", "CHNLAB"),
])
def test_unnamed_people_by_what_they_do(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes(resolver, nlp, text).get(mention) == code


def test_workers_abroad_take_no_host_country(resolver: ActorResolver, nlp: Any) -> None:
    assert "Foreign workers" not in _codes(resolver, nlp, "Foreign workers in Qatar protested unpaid wages.")


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Mahamat Mahdi Ali", "2021-04-20", "TCDREBFCT"),
    ("Timan Erdimi", "2019-02-05", "TCDREBUFR"),
    ("Abu Mohammad al-Julani", "2020-06-01", "SYRREBHTS"),
    ("Hadi al-Amiri", "2024-06-01", "IRQMILPMF"),
])
def test_leaders_of_armed_groups(kb: KnowledgeBase, name: str, day: str, code: str) -> None:
    assert kb.lookup(name, on=date.fromisoformat(day))[0].actor_code == code


def test_a_common_given_name_names_no_leader(kb: KnowledgeBase) -> None:
    assert kb.lookup("Adam", on=date(2024, 6, 1)) == []


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Security Council extended the mandate of UNIFIL.", "UNIFIL", "IGOUNO"),
    ("MONUSCO troops patrolled Goma.", "MONUSCO troops", "IGOUNO"),
    ("KFOR troops patrolled the border.", "KFOR troops", "IGOWSTNAT"),
    ("AMISOM withdrew from the town.", "AMISOM", "IGOAFRAFU"),
    ("ECOMOG shelled rebel positions.", "ECOMOG", "IGOWAFECW"),
    ("Italy condemned the attack on EC truce monitors.", "EC", "IGOEUREEC"),
    ("The Liberation Tigers said the army had attacked.", "Liberation Tigers", "LKAREBLTT"),
    ("The U.S. Central Command said on Monday night.", "U.S. Central Command", "USAMIL"),
    ("Israel's Central Command ordered a closure.", "Israel's Central Command", "ISRMIL"),
])
def test_missions_commands_and_older_names(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                           code: str) -> None:
    assert _codes_dated(resolver, nlp, text, None)[mention] == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Meta's platforms were blocked in Russia.", "2024-05-01", "Meta", "USABUS"),
    ("South Korean prosecutors raided Samsung Electronics' headquarters.", "2017-01-10", "Samsung Electronics",
     "KORBUS"),
    ("Washington added SMIC to its blacklist.", "2020-12-18", "SMIC", "CHNBUS"),
    # a company name that is also a statesman's surname: his with a title or after his full name
    ("President Meta vetoed the law.", "2019-05-01", "President Meta", "ALBGOV"),
])
def test_companies_and_the_people_who_share_their_names(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                        mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text, day)[mention] == code


def test_a_surname_after_the_full_name_is_the_person_not_the_company(resolver: ActorResolver, nlp: Any) -> None:
    found = _found(resolver, nlp, "Ilir Meta vetoed the law. Meta said it was unconstitutional.", "2019-05-01")
    assert [(m.mention, m.actor_code) for m in found if "Meta" in m.mention] == [("Ilir Meta", "ALBGOV"),
                                                                                ("Meta", "ALBGOV")]


def test_mercosur(resolver: ActorResolver, nlp: Any, kb: Any) -> None:
    assert _codes_2019_05_01(resolver, nlp, "Mercosur suspended Venezuela.", "2017-03-01") == {
        "Mercosur": "IGOSAMMER", "Venezuela": "VEN"}
    assert "VEN" in kb.members("IGOSAMMER", date(2014, 1, 1))
    assert "VEN" not in kb.members("IGOSAMMER", date(2018, 1, 1))
    assert "BOL" in kb.members("IGOSAMMER", date(2025, 1, 1))
