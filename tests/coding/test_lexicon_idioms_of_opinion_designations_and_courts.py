"""Idioms of opinion and analysis writing, terrorist designations and states taken to court (docs/coding.md, "Round
thirty-one: idioms of opinion and analysis, designations and courts").

Columns, editorials and analyses tell acts in idioms more often than wire leads do: a side "turns its guns on" another
(force, 190); it "gives way", "caves", "climbs down" or "relents" (yielding, 080), or will not "cede an inch" (080); it
"restores the intelligence link" with a partner (064); it "stops the next flotilla" (movement restricted, 191); it
"pays for", "funds" or "pours money into" the rebuilding of a place (economic aid, 071); it "pulls the plug on aid" to
another (162); it "comes back to the table" (046), "picks up the phone to" another (041) or "sends the army" to clear
the roads at home (154). A group "designated", "listed" or "proscribed" as a terrorist organisation is put on a
sanctions list (163). "Took the United States to court", which the parser reads with "court" a verb after the marker
"to", is still a case filed (115). Pressure "piled on" or the screws "turned on" a side is coercion (170), as
"pressured"; a deal "cut" or a text "initialled" is an agreement (057); an accord or a compromise rejected is a plan
rejected (127); buildings "levelled" are destroyed (1712); armoured vehicles and howitzers delivered or sold are arms
(072), and so is an arms sale "signed off on"; sovereignty "handed to" another state is ceded (080); a side that "goes
to war with" another fights it (190) and one that "sues for peace" yields (080); critics "silenced" lose their freedoms
(1721); gas "shut off to" a side is an embargo (163); two sides that "resumed diplomatic relations" restore them both
ways (054); a nuclear test conducted or carried out is a show of force (150). Two parser slips are read right:
"ratified the minerals deal", where "deal" is read as a verb, and "If ECOWAS intervenes", where "intervenes" is tagged
a plural noun. A pardon of a foreigner frees him to his country (0841); one of one's own nationals forgives (056). Each
idiom is coded with the factuality its clause gives it (future, hypothetical, question, negated). None of these
sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2025, 3, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``; an organisation of states
    (which has no country of its own) is "IGO"."""
    return {(s or _igo(e), c[:2], t or _igo(e, target=True), f)
            for e, (s, c, t, f) in zip(pipeline.code_text(text, published_on=_DAY), country_facts(pipeline, text, _DAY),
                                       strict=True)}


def _igo(event: Any, *, target: bool = False) -> str | None:
    """ "IGO" for an event's organisation of states (a code starting "IGO"), else None."""
    actor = event.target if target else event.source
    return "IGO" if actor is not None and actor.actor_code.startswith("IGO") else None


@pytest.mark.parametrize(("text", "event"), [
    # guns turned on a side
    ("Sooner or later, Moscow will turn its guns on Kyiv's western allies.", ("RUS", "19", "UKR", "future")),
    ("If Hamas refuses, Israel would turn its guns on Hezbollah.", ("ISR", "19", "LBN", "hypothetical")),
    ("The Sudanese army has turned its weapons against the Rapid Support Forces.", ("SDN", "19", "SDN", "asserted")),
    # yielding in idioms
    ("In the end, Iran will give way to American pressure.", ("IRN", "08", "USA", "future")),
    ("Ottawa will give way again the next time Trump picks a fight.", ("CAN", "08", "USA", "future")),
    ("The Kremlin would cave if the sanctions bit harder.", ("RUS", "08", None, "hypothetical")),
    ("Will Tehran cave in?", ("IRN", "08", None, "question")),
    ("Zelensky will not cede an inch of the Donbas.", ("UKR", "08", None, "negated")),
    ("Kyiv will never give up territory to Moscow.", ("UKR", "08", "RUS", "negated")),
    # intelligence links restored
    ("Washington will restore the intelligence link with Kyiv.", ("USA", "06", "UKR", "future")),
    ("The United States restored intelligence sharing with Ukraine on Tuesday.", ("USA", "06", "UKR", "asserted")),
    ("Colombia's next president will resume intelligence cooperation with Washington.",
     ("COL", "06", "USA", "future")),
    # flotillas and convoys stopped
    ("Israel will stop the next flotilla bound for Gaza.", ("ISR", "19", "PSE", "future")),
    ("The Israeli navy stopped a flotilla bound for Gaza on Monday.", ("ISR", "19", "PSE", "asserted")),
    # rebuilding paid for
    ("Saudi Arabia will fund the rebuilding of Syria.", ("SAU", "07", "SYR", "future")),
    ("Qatar poured billions of dollars into Gaza.", ("QAT", "07", "PSE", "asserted")),
    ("Will Japan pay for the reconstruction of Ukraine?", ("JPN", "07", "UKR", "question")),
    # aid ended in an idiom
    ("Congress will pull the plug on aid to Ukraine.", ("USA", "16", "UKR", "future")),
    # back to the table, on the phone
    ("Tehran will come back to the table with Washington.", ("IRN", "04", "USA", "future")),
    ("Modi will not pick up the phone to Islamabad any time soon.", ("IND", "04", "PAK", "negated")),
    ("Macron got on the phone to Putin on Friday.", ("FRA", "04", "RUS", "asserted")),
    # the army sent out at home
    ("Noboa will send the army to clear the highways.", ("ECU", "15", None, "future")),
    # terrorist designations
    ("The United States designated the Houthis a foreign terrorist organisation on Monday.",
     ("USA", "16", "YEM", "asserted")),
    ("Canada listed the IRGC as a terrorist entity.", ("CAN", "16", "IRN", "asserted")),
    ("The US designated Hamas as a terrorist group.", ("USA", "16", "PSE", "asserted")),
    ("Britain proscribed Hamas.", ("GBR", "16", "PSE", "asserted")),
    # states taken to court, "court" read as a verb
    ("Mexico took the United States to court over its gun exports.", ("MEX", "11", "USA", "asserted")),
    ("Poland took the Commission to court in Luxembourg.", ("POL", "11", "IGO", "asserted")),
    # pressure put on a side, screws turned
    ("Brussels piled pressure on Budapest over its veto.", ("IGO", "17", "HUN", "asserted")),
    ("Washington will turn the screws on Caracas.", ("USA", "17", "VEN", "future")),
    ("The EU stepped up pressure on Belarus.", ("IGO", "17", "BLR", "asserted")),
    # buildings levelled, armoured vehicles and howitzers delivered
    ("Israeli jets levelled a residential block in Beirut's southern suburbs.", ("ISR", "17", "LBN", "asserted")),
    ("China delivered armoured vehicles to Serbia.", ("CHN", "07", "SRB", "asserted")),
    ("Germany sold howitzers to Ukraine.", ("DEU", "07", "UKR", "asserted")),
    ("Seoul shipped howitzers to Poland.", ("KOR", "07", "POL", "asserted")),
    # sovereignty handed over, accords initialled and rejected
    ("Britain handed sovereignty of the Chagos Islands to Mauritius.", ("GBR", "08", "MUS", "asserted")),
    ("Serbia initialled the deal with Kosovo.", ("SRB", "05", "XKX", "asserted")),
    ("Armenia and Azerbaijan initialled a peace agreement in Washington.", ("ARM", "05", "AZE", "asserted")),
    ("The Colombian voters rejected the peace accord with the FARC.", ("COL", "12", "COL", "asserted")),
    # "the minerals deal": a plural noun and its head read as a clause
    ("Ukraine's parliament ratified the minerals deal with the United States.", ("UKR", "05", "USA", "asserted")),
    ("Kyiv signed the minerals deal with Washington.", ("UKR", "05", "USA", "asserted")),
    # a pardon of a foreigner frees him to his country
    ("Putin pardoned a French researcher on Friday.", ("RUS", "08", "FRA", "asserted")),
    ("Myanmar's junta pardoned an Australian economist.", ("MMR", "08", "AUS", "asserted")),
    ("Abdelmadjid Tebboune could pardon Sansal tomorrow, but only if Emmanuel Macron stops talking about him.",
     ("DZA", "08", "FRA", "hypothetical")),
    # a present-tense verb tagged a plural noun in an "if" clause
    ("If ECOWAS intervenes militarily in Niger, the juntas may join the fight.", ("IGO", "19", "NER", "hypothetical")),
    ("If NATO sanctions Minsk, Lukashenko will retaliate.", ("IGO", "16", "BLR", "hypothetical")),
    # deals cut, wars gone to, peace sued for, critics silenced, gas turned off, arms sales signed off on
    ("Trump will cut a deal with Putin over Ukraine's head.", ("USA", "05", "RUS", "future")),
    ("Armenia will go to war with Azerbaijan again.", ("ARM", "19", "AZE", "future")),
    ("Would Beijing go to war over Taiwan?", ("CHN", "19", "TWN", "question")),
    ("Moscow will sue for peace once the oil money runs out.", ("RUS", "08", None, "future")),
    ("Putin silenced his critics at home.", ("RUS", "17", "RUS", "asserted")),
    ("Russia shut off gas to Poland and Bulgaria.", ("RUS", "16", "POL", "asserted")),
    ("The Senate signed off on the arms sale to Saudi Arabia.", ("USA", "07", "SAU", "asserted")),
    ("Berlin green-lighted the sale of Eurofighters to Saudi Arabia.", ("DEU", "07", "SAU", "asserted")),
    # relations resumed by two sides, streets flooded, nuclear tests carried out
    ("Bahrain and Iran resumed diplomatic relations.", ("BHR", "05", "IRN", "asserted")),
    ("Thousands of Georgians flooded the streets of Tbilisi on Sunday.", ("GEO", "14", "GEO", "asserted")),
    ("North Korea could conduct a seventh nuclear test at any time, Seoul warned.", ("PRK", "15", None, "hypothetical")),
    ("Pyongyang carried out a nuclear test on Sunday.", ("PRK", "15", None, "asserted")),
    # controls: the senses that stay
    ("Moldova sued Gazprom for damages.", ("MDA", "11", "RUS", "asserted")),
    ("King Hamad pardoned 1,584 prisoners on Monday.", ("BHR", "05", "BHR", "asserted")),
    ("Erdogan forgave Sweden.", ("TUR", "05", "SWE", "asserted")),
    ("Trump pardoned the January 6 rioters.", ("USA", "05", "USA", "asserted")),
    ("Hamas rejected the ceasefire proposal.", ("PSE", "12", None, "asserted")),
    ("Will Britain take France to court over fishing licences?", ("GBR", "11", "FRA", "question")),
    ("Will Washington cave to Chinese demands?", ("USA", "08", "CHN", "question")),
    ("Armenia ceded four villages to Azerbaijan.", ("ARM", "08", "AZE", "asserted")),
    ("Washington resumed sharing intelligence with Kyiv.", ("USA", "06", "UKR", "asserted")),
    ("The State Department blacklisted three Chinese firms.", ("USA", "16", "CHN", "asserted")),
])
def test_idiom_coded(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bridge gave way under the weight of the trucks.",
    "The roof of the stadium caved in after the storm.",
    "The company designated a new chief executive.",
    "The president took the opposition to task over the budget.",
    "Hope gave way to despair in Kharkiv.",
    "Toyota delivered vehicles to dealers in Kenya.",
    "The heat put pressure on the power grid.",
    "Rising prices put pressure on the central bank.",
    "The company levelled the playing field.",
    "The board signed off on the sale of the port to a Chinese firm.",
    "The factory resumed relations with its suppliers.",
])
def test_no_event_in_other_senses(pipeline: Any, text: str) -> None:
    assert not {e for e in _rooted(pipeline, text) if e[1] in ("08", "16", "11", "19")}
