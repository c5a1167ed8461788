"""Event verbs in idioms that state no event: conditions or targets "met", a note "struck", a law "struck down", fees
"charged", an economy "hit" by sanctions, growth "targeted", a plan "executed", an idea "shot down", a ruling
"fought" in court, a decision "attacked", a race "withdrawn from", a charm "offensive", an "assault" on the press, a
passport "surrendered", a member "expelled" from a party, the use of force "sanctioned". Each is refused as the act
the verb names elsewhere, and where the idiom states another act (a court's ruling, criticism, a gloomy forecast, a
police search) that act is coded; the same verbs of meetings, strikes, charges, attacks, withdrawals, expulsions and
captures still code (docs/coding.md, "Lexicon, nineteenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


def _codes(pipeline: Any, text: str) -> set[str]:
    """The CAMEO codes ``text`` codes."""
    return {code for _, code, _ in country_set(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Saudi Arabia's deposit helped Pakistan meet the conditions of its IMF bailout.", "040"),
    ("Kenya failed to meet the IMF's fiscal targets.", "040"),
    ("Egypt has met most of the requirements of the IMF programme.", "040"),
    ("Ukraine met the benchmarks set by the European Commission.", "040"),
    ("Kristalina Georgieva struck a gloomy note on Thursday.", "190"),
    ("Macron struck a conciliatory tone toward Algeria.", "190"),
    ("Israel's Supreme Court struck down the law curbing judges' power.", "190"),
    ("A US federal judge struck down Texas's abortion law.", "190"),
    ("Britain struck off the doctor for misconduct.", "190"),
    ("Panama charges American ships fees to use the canal.", "173"),
    ("Trump demanded that Panama cut the fees it charges American ships.", "173"),
    ("Sanctions hit Russia's economy hard.", "190"),
    ("Candidates hit the campaign trail in Kenya.", "190"),
    ("Trump's remarks hit a nerve in Mexico.", "190"),
    ("China targets growth of around 5 percent this year.", "190"),
    ("The campaign targeted young voters in Georgia.", "190"),
    ("Navalny fought for democracy in Russia.", "190"),
    ("Trump is fighting the ruling in court.", "190"),
    ("Kenya executed its plan to send police to Haiti.", "1823"),
    ("Biden shot down the idea of sending troops.", "193"),
    ("Erdogan attacked the European Union's report on Turkey.", "190"),
    ("The Senate struck the provision from the bill.", "190"),
    ("Turkish police stormed the offices of an opposition newspaper.", "190"),
    ("Biden withdrew from the presidential race.", "0874"),
    ("Haley pulled out of the Republican race.", "0874"),
    ("Lower interest rates helped the Turkish economy.", "070"),
    ("Trump fired a broadside at the European Union.", "190"),
    ("The ruling party crushed the opposition at the polls.", "190"),
    ("China launched a charm offensive in Southeast Asia.", "190"),
    ("Qatar launched a diplomatic offensive to secure a ceasefire.", "190"),
    ("Trump's assault on the press alarmed Europe.", "190"),
    ("Orban's assault on democracy worried Brussels.", "190"),
    ("The EU launched an attack on Chinese subsidies.", "190"),
    ("Imran Khan surrendered his passport to the court.", "0874"),
    ("The ANC expelled Jacob Zuma from the party.", "174"),
    ("The UN Security Council sanctioned the use of force against Libya.", "163"),
])
def test_idioms_are_not_the_verbs_event(pipeline: Any, text: str, wrong: str) -> None:
    assert wrong not in _codes(pipeline, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Biden met Xi in San Francisco.", ("USA", "040", "CHN")),
    ("Blinken met Wang Yi in Beijing to discuss the deadline for the tariffs.", ("USA", "040", "CHN")),
    ("Russian forces struck Kharkiv overnight.", ("RUS", "190", "UKR")),
    ("Poland struck a deal with Ukraine on grain.", ("POL", "057", "UKR")),
    ("Houthi rebels hit a Greek tanker in the Red Sea.", ("YEM", "190", "GRC")),
    ("A Russian missile hit a market in Kharkiv.", ("RUS", "195", "UKR")),
    ("Russia charged the American journalist with espionage.", ("RUS", "173", "USA")),
    ("Iran executed a British-Iranian dual national.", ("IRN", "1823", "GBR")),
    ("Hamas attacked Israeli towns on October 7.", ("PSE", "190", "ISR")),
    ("Israeli troops fought Hezbollah fighters in southern Lebanon.", ("ISR", "190", "LBN")),
    ("Israeli troops stormed a house in Jenin.", ("ISR", "190", "PSE")),
    ("Turkish police stormed the offices of an opposition newspaper.", ("TUR", "091", "TUR")),
    ("Russian troops withdrew from Kherson.", ("RUS", "0874", "UKR")),
    ("The United States helped Ukraine with air defence.", ("USA", "070", "UKR")),
    ("Hezbollah fired rockets at Israel.", ("LBN", "195", "ISR")),
    ("Trump fired a broadside at the European Union.", ("USA", "111", "IGO")),
    ("Erdogan launched a tirade against Netanyahu.", ("TUR", "111", "ISR")),
    ("Turkey vowed to crush Kurdish militants in Syria.", ("TUR", "138", "SYR")),
    ("The Nigerian army crushed Boko Haram militants in Borno.", ("NGA", "190", "NGA")),
    ("Russia launched a new offensive in Kharkiv.", ("RUS", "190", "UKR")),
    ("Israel's assault on Rafah killed dozens.", ("ISR", "190", "PSE")),
    ("Poland expelled three Russian diplomats.", ("POL", "174", "RUS")),
    ("The United States sanctioned Russian banks.", ("USA", "163", "RUS")),
    ("Hezbollah fighters captured two Israeli soldiers.", ("LBN", "181", "ISR")),
    ("Ukraine captured Russian territory in Kursk.", ("UKR", "192", "RUS")),
])
def test_the_same_verbs_still_code_their_events(pipeline: Any, text: str,
                                                triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "code"), [
    ("Kristalina Georgieva struck a gloomy note on Thursday, forecasting weak growth.", "012"),
    ("The Bundesbank sounded a pessimistic note on the German economy.", "012"),
    ("Lula struck an upbeat note on the Mercosur deal.", "013"),
    ("Israel's Supreme Court on Monday struck down the law that curbed judges' power.", "116"),
    ("Kenya's High Court struck down the Finance Act.", "116"),
    ("Romania's Constitutional Court annulled the presidential election.", "116"),
    ("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office.", "116"),
])
def test_the_idiom_codes_the_act_it_states(pipeline: Any, text: str, code: str) -> None:
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Erdogan attacked the European Union's report on Turkey.", ("TUR", "111", "IGO")),
    ("Gustavo Petro attacked the Colombian prosecutor's decision.", ("COL", "111", "COL")),
])
def test_attacking_a_decision_is_criticism(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_the_senate_overturning_a_decree_is_no_court_ruling(pipeline: Any) -> None:
    assert "116" not in _codes(pipeline, "The Senate overturned the decree.")
