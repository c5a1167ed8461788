"""Lexicon limits: sentences whose words match a pattern but name no political event, or a different one."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import (
    coded_triples,
)

_DAY = date(2024, 3, 1)
_coded = partial(coded_triples, day=date(2024, 3, 1))


@pytest.mark.parametrize("text", [
    "Japan agreed to boost trade.",  # a joint act needs two sides
    "Putin discussed the war in Ukraine.",  # one side discussing something is no consultation
    "The UN called for an end to violence against women.",  # an end to something is no de-escalation
    "Iran hanged banners on the embassy walls.",  # hanging a thing is no execution
    "Egypt showed restraint.",  # restraint with no other side named is no event
    "An explosion at a chemical plant killed ten workers in Ohio.",  # a blast alone may be an accident
    "The Taliban swept into power in 2021.",  # power is no place taken
    "Chile and Peru spoke at the conference.",  # speeches, not a consultation
])
def test_limits_non_events(pipeline: Any, text: str) -> None:
    assert _coded(pipeline, text) == []


def test_a_resignation_alone_is_no_event(pipeline: Any) -> None:
    # stepping down names no one yielded to: coded only as the content of a frame
    assert _coded(pipeline, "The prime minister resigned.") == []


@pytest.mark.parametrize("text", [
    # a senator questioning a decision is no investigation: "question" is 091 only for police and prosecutors
    "Senator Warren questioned the decision of the Federal Reserve.",
    # a siege lifted by the besieger stays an easing (0872), not fighting
    "Russia lifted the siege of Chernihiv.",
])
def test_limits_no_inquiry_or_fighting(pipeline: Any, text: str) -> None:
    codes = {code for _, code, _ in coded_triples(pipeline, text, _DAY)}
    assert not codes & {"091", "190"}


@pytest.mark.parametrize("text", [
    # the same words naming no event between actors
    "The company branded its new phones with a red logo.",
    "Scientists labelled the samples before sending them to the laboratory.",
    "The lawyer defended his client against the charges of fraud.",
    "Heavy rain scuppered the plans for an outdoor concert.",
    "Traffic was held up for hours by the accident.",
    "The team built up a lead in the second half.",
    "The club mobilised its fans for the final.",
    "The coach pushed his players to train harder.",
    "Children pelted each other with snowballs.",
    "Police sealed off the area after a gas leak.",
    "The ruling party routed the opposition in the elections.",
    "The pandemic wiped out a decade of growth.",
    "Storms pummelled the coast.",
    "Residents fumed at the delays.",
    "Investors reacted angrily to the central bank's decision.",
    "Shares advanced on Monday after the earnings report.",
    "Regulators suspended trade in the company's stock.",
    "The family turned to the church for support.",
    "Unions boycotted the talks with employers.",
    "The court dismissed the ruling of the lower court.",
    "He hacked the branches off the tree.",
    "The fire destroyed the warehouse.",
    "The old man cursed the weather.",
    "The company granted its staff access to the new building.",
    "The company accepted the union's demands.",
    "She met the demands of the job.",
    "The school sent advisers to the conference.",
    "The mayor lifted the ban on fireworks.",
    "The comedian insulted the audience.",
    "The striker hit back at his critics.",
    "The union suspended its agreement with the company.",
    # missiles and drones intercepted are shot down: the attack is the other side's event
    "Israel's air defences intercepted most of the rockets.",
    "Ukraine intercepted 30 Russian drones overnight.",
    "Police intercepted a boat carrying migrants.",
    "Customs officers intercepted a shipment of cocaine.",
    # fuel and food in prices, people armed with things, persuasion among people
    "The storm sent fuel prices higher.",
    "The gunman, armed with a knife, stabbed two people.",
    "The soldiers armed themselves with rifles.",
    "Doctors persuaded the president to rest.",
    # offices and titles of firms and clubs
    "The company shut down its offices in Moscow.",
    "The league stripped the club of its title.",
    "The museum reopened on Tuesday after a renovation.",
    "The coach asked fans for patience.",
    # a plane touching down, a dinner for charity, firms sharing data
    "The plane touched down in Denver after a storm.",
    "The chef hosted a dinner for charity.",
    # "targeting data", which the parser reads as a verb and its object, is no attack
    "Britain provided targeting data to Ukraine.",
    # rising prices, meat cut, staff bullied, doctors cautious, goods and paintings bought, shops refusing entry
    "Oil prices rocketed after the attack.",
    "The manager bullied his staff.",
    "Doctors cautioned against optimism.",
    "Shoppers bought cheap toys from China.",
    "The club refused entry to the fans.",
    # things received that are no aid
    "The team received a trophy from the king.",
    "She got a letter from Paris.",
])
def test_limits_no_event_between_actors(pipeline: Any, text: str) -> None:
    assert coded_triples(pipeline, text, _DAY) == []


@pytest.mark.parametrize(("text", "absent"), [
    # a genocide named by its victims is history: no mass killing by them, no diplomatic recognition of them
    ("Ankara reacted angrily to the French bill on the Armenian genocide.", "202"),
    ("Biden formally recognised the Armenian genocide.", "054"),
    # a port blockaded by a state is a blockade (191), not an obstruction by protesters (144)
    ("Russia blockaded Ukraine's Black Sea ports.", "144"),
    # troops kicked out are a foreign presence expelled (166), not people deported (174)
    ("Burkina Faso kicked out French troops.", "174"),
    # a hacked network is no armed attack
    ("Russian hackers attacked German government networks.", "190"),
    # a ban on goods lifted eases an economic sanction (085), a ban on protests lifted a restriction (081)
    ("Turkey lifted its ban on Israeli imports.", "081"),
    ("Hungary lifted its ban on protests.", "085"),
    # a ban on marches and curbs on women are restrictions of political freedoms (1721), not trade sanctions
    ("Hungary imposed a ban on pride marches.", "163"),
    ("The Taliban imposed curbs on women.", "163"),
    # police on alert are 151, troops on alert 152
    ("France put its police on high alert ahead of the Olympics.", "152"),
    # students storming an embassy protest violently (145), not an armed attack (190)
    ("Iranian students stormed the British embassy in Tehran.", "190"),
    # a court's sentence stays the gold's 116 (docs/accuracy.md); it is not re-coded as an arrest
    ("A Moscow court sentenced the American reporter to 16 years in prison.", "173"),
])
def test_limits_not_coded_as(pipeline: Any, text: str, absent: str) -> None:
    assert absent not in {code for _, code, _ in coded_triples(pipeline, text, _DAY)}
