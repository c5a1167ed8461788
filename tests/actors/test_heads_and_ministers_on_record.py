"""Heads of state and government, foreign and defence ministers on record for the offices the lists had left empty
between 2010 and 2026 (``officeholders_j.csv``; docs/actors-and-tenures.md, "The fifteenth actors round (office
holders)"): a title on a date names the holder of the office and codes as the holder's country; before and after
the tenure it names the next holder, or no one where none is on record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import code_and_name as _holder

from detente.actors import ActorResolver, KnowledgeBase


@pytest.mark.parametrize(("text", "day", "mention", "code", "holder"), [
    ("Zimbabwe's defence minister toured the border with Mozambique.", "2012-06-01",
     "Zimbabwe's defence minister", "ZWEGOV", "Emmerson Mnangagwa"),
    ("Zimbabwe's defence minister toured the border with Mozambique.", "2015-06-01",
     "Zimbabwe's defence minister", "ZWEGOV", "Sydney Sekeramayi"),
    ("Chad's foreign minister flew to Bamako for talks on the crisis.", "2013-02-01", "Chad's foreign minister",
     "TCDGOV", "Moussa Faki Mahamat"),
    ("The foreign minister of Niger condemned the attack.", "2013-05-20", "foreign minister of Niger", "NERGOV",
     "Mohamed Bazoum"),
    ("Tanzania's defence minister inspected the peacekeepers bound for Congo.", "2017-04-01",
     "Tanzania's defence minister", "TZAGOV", "Hussein Mwinyi"),
    ("Kosovo's foreign minister asked Spain to recognise the country.", "2015-06-01", "Kosovo's foreign minister",
     "XKXGOV", "Hashim Thaçi"),
    ("Kosovo's president received the NATO commander.", "2011-03-10", "Kosovo's president", "XKXGOV",
     "Behgjet Pacolli"),
    ("Bosnia's foreign minister asked Brussels for candidate status.", "2013-06-01", "Bosnia's foreign minister",
     "BIHGOV", "Zlatko Lagumdžija"),
    ("The Cypriot foreign minister accused Ankara of violating the island's waters.", "2022-06-01",
     "Cypriot foreign minister", "CYPGOV", "Ioannis Kasoulides"),
    ("Malta's foreign minister urged the EU to share the burden of migrants.", "2015-04-22",
     "Malta's foreign minister", "MLTGOV", "George Vella"),
    ("Madagascar's prime minister asked the IMF for help.", "2021-06-01", "Madagascar's prime minister", "MDGGOV",
     "Christian Ntsay"),
    ("Mauritania's prime minister met the Malian junta's envoy.", "2016-06-01", "Mauritania's prime minister",
     "MRTGOV", "Yahya Ould Hademine"),
    ("The president of the Comoros met France's foreign minister.", "2020-06-01", "president of the Comoros",
     "COMGOV", "Azali Assoumani"),
    ("Palau's president invited the US to build a base.", "2020-09-01", "Palau's president", "PLWGOV",
     "Tommy Remengesau"),
    ("The prime minister of Tuvalu said Taiwan remained a friend.", "2019-06-01", "prime minister of Tuvalu",
     "TUVGOV", "Enele Sopoaga"),
    ("Botswana's foreign minister criticised the disputed election in Zimbabwe.", "2017-06-01",
     "Botswana's foreign minister", "BWAGOV", "Pelonomi Venson-Moitoi"),
    ("Guatemala's foreign minister defended the expulsion of the UN commission's head.", "2018-09-01",
     "Guatemala's foreign minister", "GTMGOV", "Sandra Jovel"),
    ("Uruguay's defence minister visited the troops in Congo.", "2013-06-01", "Uruguay's defence minister",
     "URYGOV", "Eleuterio Fernández Huidobro"),
    ("Ivory Coast's defence minister visited the soldiers who had mutinied.", "2019-06-01",
     "Ivory Coast's defence minister", "CIVGOV", "Hamed Bakayoko"),
])
def test_a_title_names_the_holder_on_the_date(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                              mention: str, code: str, holder: str) -> None:
    assert _holder(resolver, nlp, text, day, mention) == (code, holder)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Sekeramayi denied that the army would intervene.", "2016-03-01", "Sekeramayi", "ZWEGOV"),
    ("Lagumdzija met Serbia's foreign minister in Belgrade.", "2013-06-01", "Lagumdzija", "BIHGOV"),
    ("Chikoti met the US secretary of state in Luanda.", "2013-06-01", "Chikoti", "AGOGOV"),
    ("Gakosso called for a ceasefire in the Central African Republic.", "2017-06-01", "Gakosso", "COGGOV"),
    ("Trovoada asked Portugal for budget support.", "2016-06-01", "Trovoada", "STPGOV"),
    ("Kwape summoned the South African high commissioner.", "2021-06-01", "Kwape", "BWAGOV"),
    ("Carrie Lam refused to withdraw the extradition bill.", "2019-06-12", "Carrie Lam", "HKGGOV"),
    ("CY Leung met the protesters' leaders.", "2014-10-01", "CY Leung", "HKGGOV"),
    ("Fernando Chui opened the casino licence talks.", "2015-06-01", "Fernando Chui", "MACGOV"),
])
def test_a_holders_name_codes_as_their_country(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                               mention: str, code: str) -> None:
    assert _holder(resolver, nlp, text, day, mention)[0] == code


@pytest.mark.parametrize(("text", "day", "mention", "holder"), [
    # the day before a tenure begins and the day it ends, the title names the predecessor or successor
    ("Zimbabwe's defence minister toured the border with Mozambique.", "2013-09-10",
     "Zimbabwe's defence minister", "Emmerson Mnangagwa"),
    ("Kosovo's foreign minister asked Spain to recognise the country.", "2014-12-11", "Kosovo's foreign minister",
     "Enver Hoxhaj"),
    ("Kosovo's foreign minister asked Spain to recognise the country.", "2016-09-01", "Kosovo's foreign minister",
     "Enver Hoxhaj"),
    ("Madagascar's prime minister asked the IMF for help.", "2015-06-01", "Madagascar's prime minister",
     "Jean Ravelonarivo"),
    # and no one where the holder is not on record (left out, or a vacancy)
    ("Chad's foreign minister flew to Bamako for talks on the crisis.", "2019-06-01", "Chad's foreign minister",
     None),
    ("Mauritania's prime minister met the Malian junta's envoy.", "2022-06-01", "Mauritania's prime minister",
     None),
])
def test_outside_a_tenure_the_title_names_someone_else(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                       mention: str, holder: str | None) -> None:
    assert _holder(resolver, nlp, text, day, mention)[1] == holder


@pytest.mark.parametrize(("country", "office", "day", "holder"), [
    ("XKX", "head_of_state", "2010-11-01", "Jakup Krasniqi"),  # acting, after Sejdiu resigned
    ("XKX", "head_of_state", "2021-01-15", "Vjosa Osmani"),  # acting, after Thaçi resigned
    ("GNB", "head_of_state", "2013-06-01", "Manuel Serifo Nhamadjo"),
    ("MDG", "head_of_state", "2018-11-01", "Rivo Rakotovao"),
    ("MUS", "head_of_state", "2019-01-01", "Barlen Vyapoory"),
    ("LSO", "head_of_state", "2020-01-01", "Letsie III"),
    ("FJI", "head_of_state", "2018-01-01", "Jioji Konrote"),
    ("MHL", "head_of_government", "2022-01-01", "David Kabua"),
    ("HTI", "head_of_government", "2019-09-01", "Jean-Michel Lapin"),
    ("TZA", "defence_minister", "2023-01-10", "Innocent Bashungwa"),
    ("NER", "defence_minister", "2022-06-01", "Alkassoum Indattou"),
    ("NAM", "foreign_minister", "2014-06-01", "Netumbo Nandi-Ndaitwah"),
    ("CHL", "defence_minister", "2013-06-01", "Rodrigo Hinzpeter"),
    ("AUT", "defence_minister", "2012-06-01", "Norbert Darabos"),
    ("MDA", "defence_minister", "2015-10-01", "Anatol Șalaru"),  # Streleț's cabinet
    ("PAK", "foreign_minister", "2018-05-10", "Khurram Dastgir Khan"),
    ("BGD", "defence_minister", "2016-01-10", "Sheikh Hasina"),  # a portfolio the prime minister kept
    ("BRN", "foreign_minister", "2020-01-10", "Hassanal Bolkiah"),
    ("LKA", "defence_minister", "2017-01-10", "Maithripala Sirisena"),
    ("HKG", "head_of_government", "2023-06-01", "John Lee Ka-chiu"),
    ("MAC", "head_of_government", "2020-06-01", "Ho Iat-seng"),
])
def test_office_holder_on_a_date(kb: KnowledgeBase, country: str, office: str, day: str, holder: str) -> None:
    assert [t.name for t in kb.holders(country, office, date.fromisoformat(day))] == [holder]


@pytest.mark.parametrize(("country", "office", "day"), [
    ("AUT", "head_of_state", "2016-10-01"),  # the presidency was vacant between Fischer and Van der Bellen
    ("BIH", "foreign_minister", "2012-01-20"),  # Bevanda's ministers were not yet confirmed
    ("MDA", "defence_minister", "2017-05-01"),  # Dodon refused to appoint one
])
def test_a_real_vacancy_stays_empty(kb: KnowledgeBase, country: str, office: str, day: str) -> None:
    assert kb.holders(country, office, date.fromisoformat(day)) == []
