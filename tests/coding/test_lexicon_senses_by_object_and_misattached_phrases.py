"""Senses a verb takes from its object, and phrases the parser hangs one word too low (docs/coding.md, "Round twenty-six:
senses decided by the object, and phrases hung too low").

A person charged "with" a crime named by its noun is charged with legal action (173), whoever brings the charge, while a
charge "with" a deed told by a verb or with a state's crimes stays an accusation (112); "a state of" internal unrest,
commotion, alarm or siege is a state of emergency (1724), and the "of" joining "state" to what it names is not a
pattern's own "of" ("declare [siege] of"); weapons given up, turned over or handed over by their own holder are handed
in (0873), not given as aid (072); staple food and anything else donated to another side are aid; a legislature
impeaching an office holder accuses them formally (1121); people flown back to a country are deported (174), not
visiting (042); investment channelled into a country is economic cooperation (061), and with "agreed to" an intent to
it (0311); help sought with no "from" is sought from its owner, and someone approached for help, money or arms is
appealed to (02); a side's accession, victory or initiative welcomed is praise (051), and an act welcomed is no visit
hosted (043); a sale or shipment "of" weapons stopped is an arms sale stopped (1622), a sale of goods a trade
restriction (163); warships sent around or off a country show force (150). Phrases hung too low: a partner's "with"
after "information on the plot" or "a deal on gas", the agent's "by" after "the arrest of a journalist", and a time
noun in a relative clause with a "to" phrase ("the weapons Germany sent to Ukraine last spring"). Acts ramped up, scaled up or unleashed are done by the subject. Each
family keeps controls where the same words mean something else or state no event. None of these sentences is a gold
sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "event"), [
    # a person charged with a crime named by its noun: legal action, whoever charges
    ("Sierra Leone charged its former president with treason.", ("SLE", "17", "SLE", "asserted")),
    ("Iran charged a French tourist with espionage on Monday.", ("IRN", "17", "FRA", "asserted")),
    ("Belarus has charged a Polish journalist with high treason.", ("BLR", "17", "POL", "asserted")),
    ("Kyrgyzstan charged the former president with corruption.", ("KGZ", "17", "KGZ", "asserted")),
    ("Tanzania charged the opposition leader with sedition.", ("TZA", "17", "TZA", "asserted")),
    # a charge with a deed told by a verb, or with a state's crimes: an accusation (controls)
    ("Iran charged the United States with violating the nuclear deal.", ("IRN", "11", "USA", "asserted")),
    ("China charged Washington with meddling in its internal affairs.", ("CHN", "11", "USA", "asserted")),
    ("South Africa charged Israel with genocide.", ("ZAF", "11", "ISR", "asserted")),
    # other constitutions' names of a state of emergency; a siege declared "of" a place stays a blockade
    ("Petro declared a state of internal unrest in Catatumbo.", ("COL", "17", None, "asserted")),
    ("Noboa declared a state of siege in Guayaquil.", ("ECU", "17", None, "asserted")),
    ("Colombia's president decreed a state of internal commotion in the region.", ("COL", "17", None, "asserted")),
    ("Spain declared a state of alarm.", ("ESP", "17", None, "asserted")),
    ("Tokayev declared a state of emergency in Almaty.", ("KAZ", "17", None, "asserted")),
    ("Russia declared a blockade of Ukrainian ports.", ("RUS", "19", "UKR", "asserted")),
    # one's own weapons given up or handed over: disarming; weapons given to another: aid (controls)
    ("The rebels gave up their weapons to the Colombian army.", (None, "08", "COL", "asserted")),
    ("Hezbollah handed its heavy weapons over to the Lebanese army.", ("LBN", "08", "LBN", "asserted")),
    ("The rebels handed their rifles over to the Colombian army.", (None, "08", "COL", "asserted")),
    ("Germany handed tanks over to Ukraine.", ("DEU", "07", "UKR", "asserted")),
    ("Russia gave tanks to Belarus.", ("RUS", "07", "BLR", "asserted")),
    # donations
    ("Japan donated rice to North Korea.", ("JPN", "07", "PRK", "asserted")),
    ("India donated wheat to Afghanistan.", ("IND", "07", "AFG", "asserted")),
    ("China donated 50 ambulances to Pakistan.", ("CHN", "07", "PAK", "asserted")),
    # impeachment
    ("South Korea's parliament impeached Yoon Suk Yeol.", ("KOR", "11", "KOR", "asserted")),
    # people flown back to a country: deported; a leader flying somewhere visits (control)
    ("Thailand flew 40 Uyghur men back to China.", ("THA", "17", "CHN", "asserted")),
    ("Germany flew 28 Afghan convicts back to Afghanistan.", ("DEU", "17", "AFG", "asserted")),
    ("Trump flew to Riyadh.", ("USA", "04", "SAU", "asserted")),
    # investment channelled
    ("Japan agreed to channel 550 billion dollars of investment into the United States.",
     ("JPN", "03", "USA", "asserted")),
    ("Japan will channel investment into the United States.", ("JPN", "06", "USA", "future")),
    # help sought from its owner; someone approached for help, money or arms
    ("Taiwan sought American help.", ("TWN", "02", "USA", "asserted")),
    ("Sri Lanka approached China for a loan.", ("LKA", "02", "CHN", "asserted")),
    ("Armenia approached India for artillery.", ("ARM", "02", "IND", "asserted")),
    ("Moldova approached Romania for help.", ("MDA", "02", "ROU", "asserted")),
    # a side's accession, victory or initiative welcomed: praise; a person welcomed is hosted (control)
    ("Ankara welcomed Sweden's accession to NATO.", ("TUR", "05", "SWE", "asserted")),
    ("Putin hailed Trump's victory.", ("RUS", "05", "USA", "asserted")),
    ("Beijing welcomed Lula's initiative.", ("CHN", "05", "BRA", "asserted")),
    ("Kabul welcomed America's withdrawal from Afghanistan.", ("USA", "08", "AFG", "asserted")),
    ("Brazil welcomed Xi to Brasilia.", ("BRA", "04", "CHN", "asserted")),
    # a partner's "with" hung on the topic of the object; a topic's own "on" names no target (control)
    ("Britain shared information on the plot with France.", ("GBR", "06", "FRA", "asserted")),
    ("Japan shared intelligence about North Korean missiles with South Korea.", ("JPN", "06", "KOR", "asserted")),
    ("Qatar signed a deal on gas supplies with Germany.", ("QAT", "05", "DEU", "asserted")),
    ("Washington imposed sanctions on Russia over the attack on Kyiv.", ("USA", "16", "RUS", "asserted")),
    # the agent's "by" hung on the object of "of"
    ("The expulsion of Russian diplomats by Norway angered Moscow.", ("NOR", "17", "RUS", "asserted")),
    ("The arrest of a French journalist by Iran drew protests.", ("IRN", "17", "FRA", "asserted")),
    ("Kyiv denounced the deportation of Ukrainian children by Russia.", ("RUS", "17", "UKR", "asserted")),
    # a sale or shipment of weapons stopped is an arms sale stopped (1622), as "arms sales" are; other goods: trade
    ("Germany halted the sale of Leopard tanks to Saudi Arabia.", ("DEU", "16", "SAU", "asserted")),
    ("Washington suspended shipments of artillery shells to Israel.", ("USA", "16", "ISR", "asserted")),
    ("Germany halted the sale of cars to Russia.", ("DEU", "16", "RUS", "asserted")),
    # warships sent or deployed around or off a country
    ("China sent warships around Taiwan on Monday.", ("CHN", "15", "TWN", "asserted")),
    ("Russia deployed warships off Norway.", ("RUS", "15", "NOR", "asserted")),
    # a relative clause whose verb has a "to" phrase and a time noun: the antecedent is the object
    ("The weapons Germany sent to Ukraine last spring included Leopard tanks.", ("DEU", "07", "UKR", "asserted")),
    ("Australia gave Iran's ambassador seven days to leave.", ("AUS", "17", "IRN", "asserted")),
    # acts ramped up, scaled up, unleashed
    ("Russia ramped up strikes on Ukraine's power grid.", ("RUS", "19", "UKR", "asserted")),
    ("The Houthis scaled up attacks on shipping in the Red Sea.", ("YEM", "19", None, "asserted")),
])
def test_sense_or_attachment_codes_the_event(pipeline: Any, text: str,
                                             event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Sierra Leone charged its former president with treason.", ("SLE", "11", "SLE", "asserted")),
    ("Noboa declared a state of siege in Guayaquil.", ("ECU", "19", None, "asserted")),
    ("Hezbollah handed its heavy weapons over to the Lebanese army.", ("LBN", "07", "LBN", "asserted")),
    ("The rebels gave up their weapons to the Colombian army.", (None, "07", "COL", "asserted")),
    ("Thailand flew 40 Uyghur men back to China.", ("THA", "04", "CHN", "asserted")),
    ("Kabul welcomed America's withdrawal from Afghanistan.", ("AFG", "04", "USA", "asserted")),
    ("Ankara welcomed Sweden's accession to NATO.", ("TUR", "04", "SWE", "asserted")),
])
def test_the_other_sense_is_not_coded(pipeline: Any, text: str,
                                      wrong: tuple[str | None, str, str | None, str]) -> None:
    assert wrong not in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "code"), [
    ("Germany halted the sale of Leopard tanks to Saudi Arabia.", "1622"),  # arms: not the trade embargo, 163
    ("Washington suspended shipments of artillery shells to Israel.", "1622"),
    ("Germany halted the sale of cars to Russia.", "163"),  # goods: trade
    ("China halted the sale of rare earths to Japan.", "163"),
])
def test_a_sale_stopped_is_coded_by_what_is_sold(pipeline: Any, text: str, code: str) -> None:
    assert code in {c for _, c, _, f in country_facts(pipeline, text, _DAY) if f == "asserted"}


@pytest.mark.parametrize("text", [
    "The storm approached the coast.",
    "Police sought help from the public.",
    "India flew its citizens back from Ukraine.",
    "Japan donated rice to the poor.",
    "Students skipped classes.",
    "Tourists sailed around Greece.",
])
def test_same_words_state_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in _rooted(pipeline, text) if f[3] == "asserted"]
