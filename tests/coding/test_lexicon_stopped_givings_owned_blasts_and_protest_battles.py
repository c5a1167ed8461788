"""Givings stopped, blasts owned, protest battles and the other families of the twenty-fifth round (docs/coding.md,
"Round twenty-five: the lexicon"). A sale, delivery or transfer of weapons blocked, frozen, suspended or cancelled is
military assistance stopped (1622), and so is its nominal form ("the suspension of US military aid to Ukraine"); a
side saying it was behind an explosion or a blast claims it (015); protesters fighting battles with police riot (145);
protesters keeping up blockades obstruct passage (144); warships sailing together cooperate (062); islands and
garrisons seized are occupied (192); a pardon forgives (056) unless its object is named by nationality; telling a
body that a third party must leave demands its withdrawal (1056); forces moving into a place take it (192); a truce
restored or extended is a truce (0871); a tanker boarded by commandos is seized (171); a bid stalled is vetoed (129);
a strike by working people or over pay is a labour action (143), not an attack;
forces withdrawn and borders closed, named as nouns, keep their verbs' codes. Each family is also checked where the
same words state no such event. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)

Fact = tuple[str | None, str, str | None, str]


def _facts(pipeline: Any, text: str) -> set[Fact]:
    """(source country, CAMEO code, target country, factuality) of each event of ``text``."""
    return set(country_facts(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "event"), [
    # 1622: a sale or delivery of weapons stopped by a verb or named by a noun of stopping
    ("Congress blocked the sale of F-16s to Turkey.", ("USA", "1622", "TUR", "asserted")),
    ("The Senate froze the sale of F-35 jets to the United Arab Emirates.", ("USA", "1622", "ARE", "asserted")),
    ("Washington suspended the sale of Patriot missiles to Taiwan.", ("USA", "1622", "TWN", "asserted")),
    ("Germany cancelled the sale of Leopard tanks to Saudi Arabia.", ("DEU", "1622", "SAU", "asserted")),
    ("Could Congress block the sale of F-16s to Turkey?", ("USA", "1622", "TUR", "question")),
    ("The suspension of US military aid to Ukraine lasted a week.", ("USA", "1622", "UKR", "asserted")),
    ("Washington announced a freeze of military aid to Egypt.", ("USA", "1622", "EGY", "asserted")),
    ("Britain's suspension of arms sales to Israel angered Netanyahu.", ("GBR", "1622", "ISR", "asserted")),
    # 072: cleared like approved; an export of weapons like a sale
    ("The US cleared the sale of F-16s to Turkey.", ("USA", "072", "TUR", "asserted")),
    ("Germany authorised the export of Leopard tanks to Spain.", ("DEU", "072", "ESP", "asserted")),
    # 015: a blast one says one was behind, one's own service behind it
    ("The Baloch Liberation Army said it was behind the blast at Quetta railway station.",
     ("PAK", "015", None, "asserted")),
    ("Did Hamas say it was behind the explosion in Tel Aviv?", ("PSE", "015", None, "question")),
    ("Vasyl Malyuk acknowledged that his service had been behind the truck bombing of the Crimean bridge.",
     ("UKR", "015", None, "asserted")),
    # 056 / 0841: pardons forgive; foreigners named by nationality pardoned are released
    ("King Hamad pardoned 1,584 prisoners on Monday.", ("BHR", "056", "BHR", "asserted")),
    ("Vladimir Putin granted a pardon to the jailed opposition activist.", ("RUS", "056", "RUS", "asserted")),
    ("Alexander Lukashenko pardoned two Americans on Friday.", ("BLR", "0841", "USA", "asserted")),
    ("Algeria's president pardoned the French writer Boualem Sansal.", ("DZA", "0841", "FRA", "asserted")),
    ("Tebboune pardoned the French-Algerian writer Boualem Sansal on Wednesday.", ("DZA", "0841", "FRA", "asserted")),
    ("Alexander Lukashenko pardoned the jailed opposition leader.", ("BLR", "056", "BLR", "asserted")),
    # 145: protesters fighting police
    ("Rioters fought running battles with police in Dhaka.", ("BGD", "145", "BGD", "asserted")),
    ("Youths fought pitched battles with riot police in Nairobi.", ("KEN", "145", "KEN", "asserted")),
    ("Protesters fought with police outside the parliament in Tbilisi.", ("GEO", "145", "GEO", "asserted")),
    ("Kenyan protesters battled police in Nairobi on Tuesday.", ("KEN", "145", "KEN", "asserted")),
    # 144: blockades kept up by protesters or farmers
    ("Hundreds of French farmers kept up their blockade of the motorway near Lyon.", ("FRA", "144", "FRA", "asserted")),
    ("Supporters of Evo Morales maintained their road blockades in Bolivia for a third week.",
     ("BOL", "144", "BOL", "asserted")),
    # 062: sailing and flying together
    ("Indian and Philippine warships sailed together in the South China Sea for the first time on Sunday.",
     ("IND", "062", "PHL", "asserted")),
    ("Indian and French jets flew together over the Arabian Sea.", ("FRA", "062", "IND", "asserted")),
    ("The US and Japanese navies held a joint sail through the Taiwan Strait.", ("JPN", "062", "USA", "asserted")),
    ("Indian and Philippine warships, which had sailed together through the South China Sea, docked in Manila.",
     ("PHL", "062", "IND", "asserted")),
    # 192: islands and garrisons seized, forces moving into a place
    ("China's coast guard could one day seize the Pratas Islands.", ("CHN", "192", "TWN", "hypothetical")),
    ("Ethiopian troops captured the garrison at Humera.", ("ETH", "192", None, "asserted")),
    ("Russian troops moved into the Ukrainian town of Kupiansk.", ("RUS", "192", "UKR", "asserted")),
    ("Turkish tanks moved into northern Syria on Wednesday.", ("TUR", "192", "SYR", "asserted")),
    # 1056: telling a body that a third party must leave
    ("Niger's junta told Washington that American troops should leave the country.",
     ("NER", "1056", "USA", "asserted")),
    ("Mali's foreign minister told the Security Council that the UN peacekeeping mission must leave the country.",
     ("MLI", "1056", None, "asserted")),
    # 0871, 171, 129
    ("Israel and Hamas extended their truce by two days.", ("ISR", "0871", "PSE", "asserted")),
    ("US Navy SEALs boarded a Venezuelan oil tanker in the Caribbean.", ("USA", "171", "VEN", "asserted")),
    ("Hungary stalled Sweden's NATO bid for months.", ("HUN", "129", None, "asserted")),
    # nominal forms: forces withdrawn or deployed named by their owner, borders closed
    ("The withdrawal of French troops from Niger was completed in December.", ("FRA", "0874", "NER", "asserted")),
    ("The deployment of North Korean soldiers to Russia alarmed Seoul.", ("PRK", "154", "RUS", "asserted")),
    ("Poland's closure of its border with Belarus angered farmers.", ("POL", "191", "BLR", "asserted")),
    ("Finland announced the closure of its border with Russia.", ("FIN", "191", "RUS", "asserted")),
    ("A Russian strike on the power station in Kharkiv killed two people.", ("RUS", "190", "UKR", "asserted")),
    # 190: operations against an armed side; 129: a plan blocked at a summit; 042: a delegation sent to an inauguration
    ("Nigerian troops conducted an operation against Boko Haram in Borno.", ("NGA", "190", "NGA", "asserted")),
    ("Bart De Wever blocked a plan at the EU summit to lend Ukraine 140 billion euros.",
     ("BEL", "129", None, "asserted")),
    ("Russia sent a delegation to the inauguration of Iran's president.", ("RUS", "042", "IRN", "asserted")),
    # 1721: a media blackout imposed; 182: people flogged
    ("The government imposed a media blackout on the protests in Iran.", ("IRN", "1721", "IRN", "asserted")),
    ("Iran flogged a British national for drinking alcohol.", ("IRN", "182", "GBR", "asserted")),
    # 143: a strike named as a noun by working people or over pay is a labour action, not an air strike
    ("A strike by Angolan taxi drivers over fuel prices turned violent.", ("AGO", "143", None, "asserted")),
    ("Kenyan doctors began a strike over pay on Monday.", ("KEN", "143", None, "asserted")),
    # 0871 restored (an agreement to restore it is the intent frame's)
    ("India and Pakistan agreed to restore the ceasefire along the Line of Control.",
     ("IND", "0356", "PAK", "asserted")),
])
def test_coded(pipeline: Any, text: str, event: Fact) -> None:
    assert event in _facts(pipeline, text)


@pytest.mark.parametrize(("text", "code"), [
    # convention kept: telling the hearer to leave sends it away (166), not a demand
    ("Mali told the French ambassador to leave the country.", "1056"),
    # goods other than weapons: no military assistance
    ("Congress blocked the sale of wheat to China.", "1622"),
    # another side behind a blast, a denial, no blast of violence
    ("Russia said Ukraine was behind the explosion on the Crimean bridge.", "015"),
    ("The Houthis said they were not behind the explosion.", "015"),
    ("The company said it was behind the blast of publicity.", "015"),
    # armed forces fighting each other stay 190; police roadblocks are no protest; protesters taking barracks no 192
    ("Troops fought pitched battles with rebels in North Kivu.", "145"),
    ("Colombian police maintained roadblocks around Bogota.", "144"),
    ("Hundreds of Evo Morales supporters seized three army barracks in Bolivia.", "192"),
    # passengers boarding, a statement of fact told, a religious fast, fighting crime, people moving to a city
    ("The minister boarded a plane to Moscow.", "171"),
    ("Netanyahu told Biden that Israel would not leave Gaza.", "1056"),
    ("Russian Muslims began the Ramadan fast on Monday.", "142"),
    ("Peru declared a state of emergency in Lima to fight a wave of extortion.", "190"),
    ("Thousands of Kenyans moved into Nairobi in search of work.", "192"),
    # soldiers killed named as a noun: no withdrawal or deployment; an airport closed names no border
    ("The killing of Russian soldiers in Kursk angered Moscow.", "0874"),
    ("The closure of the airport in Kabul stranded thousands.", "160"),
    # a strike by working people is no attack; strikes on a place by a side stay attacks (below, coded)
    ("A strike by Angolan taxi drivers over fuel prices turned violent.", "190"),
    ("A rail strike brought Britain to a standstill on Tuesday.", "190"),
    # operations against gangs or corruption name no armed side; support whipped up; a power blackout
    ("Police launched an operation against drug gangs in Rio.", "190"),
    ("The government began an operation against corruption in Kenya.", "190"),
    ("The party whipped up support in Ohio.", "182"),
    ("The heatwave caused a power blackout in Tehran.", "1721"),
])
def test_not_coded(pipeline: Any, text: str, code: str) -> None:
    assert all(c != code for _, c, _, _ in _facts(pipeline, text))


@pytest.mark.parametrize("text", [
    "Apple launched a new phone in India.",
    "The government ran out of patience with Russia.",
    "Negotiators struck a balance between Ukraine and Russia.",
    "Japan's economy began to grow fast.",
])
def test_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in _facts(pipeline, text) if f[3] == "asserted"]
