"""Agreements named by a relative clause, aircraft sent towards a side, borders closed, people sent back past a relative
clause, exports paused, and summits left (docs/coding.md, "Round twenty-seven: agreements made with a partner, shows of
force and closures").

An agreement suspended, scrapped or revoked takes its partner from a relative clause that made it ("suspended a treaty
it signed with Spain": the treaty with Spain); warplanes, bombers and warships sent or flown towards or around a side, or
into its air defence zone, show force at it (150); a border or crossing closed, shut or sealed with a neighbour, or its closure, restricts
movement (191; airspace closed stays 160); a withdrawal from a deal named as a noun rejects it (127), not a retreat; the particle "back" of "flew X back to China" hung at the end of a relative
clause on X still belongs to the main verb (174); exports paused, stopped, frozen or suspended to a side are a trade
restriction (163), as halted ones are; pulling out of or withdrawing from a summit, meeting or visit is no military
retreat (0874); refugee status or humanitarian protection granted is asylum (075); forces stationed along or near a border
are deployed there (154); one's own weapons handed to a named recipient put before them are given (072); a place chosen
for a trip or visit is where the visitor goes (042). Each family keeps controls where the same words mean something else. None of these sentences is a gold
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
    # an agreement's partner named in the relative clause that made it
    ("Algeria suspended a friendship treaty it signed with Spain in 2002.", ("DZA", "16", "ESP", "asserted")),
    ("Russia suspended a treaty it signed with the United States.", ("RUS", "16", "USA", "asserted")),
    ("Niger revoked the military agreement that it had signed with the United States.", ("NER", "16", "USA", "asserted")),
    ("Mali scrapped the defence pact it concluded with France.", ("MLI", "16", "FRA", "asserted")),
    # controls: the partner named on the agreement itself
    ("Algeria suspended its friendship treaty with Spain.", ("DZA", "16", "ESP", "asserted")),
    ("Niger revoked a military agreement with the United States.", ("NER", "16", "USA", "asserted")),
    # aircraft and warships sent or flown towards or around a side, or into its air defence zone: a show of force
    ("China, which claims the island as its own, sent 30 warplanes towards Taiwan on Monday.",
     ("CHN", "15", "TWN", "asserted")),
    ("China sent 30 warplanes towards Taiwan on Monday.", ("CHN", "15", "TWN", "asserted")),
    ("China sent 30 warplanes into Taiwan's air defence zone.", ("CHN", "15", "TWN", "asserted")),
    ("Beijing flew dozens of fighter jets into Taiwan's air defence identification zone.",
     ("CHN", "15", "TWN", "asserted")),
    ("The Chinese military sent bombers toward Japan's southern islands.", ("CHN", "15", "JPN", "asserted")),
    # controls: people and aircraft sent "to" a country stay a deployment or aid
    ("Kenya, which leads the mission, sent 200 police officers to Haiti.", ("KEN", "07", "HTI", "asserted")),
    ("Russia, which has backed Assad since 2015, sent fighter jets to Syria.", ("RUS", "07", "SYR", "asserted")),
    # a border closed with a neighbour restricts movement (191)
    ("Poland closed its border with Belarus.", ("POL", "19", "BLR", "asserted")),
    ("Lithuania shut its border with Belarus for a month on Monday.", ("LTU", "19", "BLR", "asserted")),
    ("Finland sealed its border with Russia.", ("FIN", "19", "RUS", "asserted")),
    ("Finland has closed all crossings on its border with Russia.", ("FIN", "19", "RUS", "asserted")),
    ("Pakistan closed the Torkham border crossing with Afghanistan.", ("PAK", "19", "AFG", "asserted")),
    ("Finland will close the last crossing on its border with Russia.", ("FIN", "19", "RUS", "future")),
    # control: airspace closed to another's aircraft stays a reduction of relations
    ("Algeria closed its airspace to Moroccan aircraft.", ("DZA", "16", "MAR", "asserted")),
    # the same closures named as nouns
    ("Minsk condemned Lithuania's closure of its border with Belarus.", ("LTU", "19", "BLR", "asserted")),
    ("Finland announced the closure of its border with Russia.", ("FIN", "19", "RUS", "asserted")),
    ("Algeria announced the closure of its airspace to Moroccan aircraft.", ("DZA", "16", "MAR", "asserted")),
    # a withdrawal from a deal named as a noun rejects it, as the verb does; a withdrawal from a place is a retreat
    ("Washington's withdrawal from the nuclear deal with Iran angered Tehran.", ("USA", "12", "IRN", "asserted")),
    ("Trump announced the US withdrawal from the Paris agreement.", ("USA", "12", None, "asserted")),
    ("Russia completed its withdrawal from Kherson.", ("RUS", "08", "UKR", "asserted")),
    ("The American pullout from Afghanistan ended in chaos.", ("USA", "08", "AFG", "asserted")),
    # "back" hung at the end of a relative clause on the object is the main verb's
    ("Thailand secretly flew 40 Uyghur men who had spent a decade in detention back to China on Thursday.",
     ("THA", "17", "CHN", "asserted")),
    ("Hungary sent the migrants who had crossed from Serbia back to Serbia.", ("HUN", "17", "SRB", "asserted")),
    ("Germany flew 28 Afghan men who had been convicted of crimes back to Afghanistan.",
     ("DEU", "17", "AFG", "asserted")),
    ("Thailand flew 40 Uyghur men back to China on Thursday.", ("THA", "17", "CHN", "asserted")),
    # exports paused, stopped, frozen or suspended; imports suspended
    ("Canada paused its arms exports to Israel.", ("CAN", "16", "ISR", "asserted")),
    ("Canada has paused arms exports to Israel since January.", ("CAN", "16", "ISR", "asserted")),
    ("Argentina froze beef exports to China.", ("ARG", "16", "CHN", "asserted")),
    ("Ukraine suspended imports from Russia.", ("UKR", "16", "RUS", "asserted")),
    ("Germany halted arms exports to Saudi Arabia.", ("DEU", "16", "SAU", "asserted")),
    # refugee status or humanitarian protection granted is asylum granted
    ("Brazil granted refugee status to a Venezuelan opposition leader.", ("BRA", "07", "VEN", "asserted")),
    ("Germany granted humanitarian protection to two Russian deserters.", ("DEU", "07", "RUS", "asserted")),
    ("Canada granted refugee status to 300 Afghans.", ("CAN", "07", "AFG", "asserted")),
    ("Spain granted political asylum to the Venezuelan opposition candidate.", ("ESP", "07", "VEN", "asserted")),
    # forces stationed along or near a border, as deployed there
    ("Venezuela stationed troops along the border with Guyana.", ("VEN", "15", "GUY", "asserted")),
    ("India stationed 50,000 soldiers along its border with China.", ("IND", "15", "CHN", "asserted")),
    ("Russia stationed missiles near the Finnish border.", ("RUS", "15", "FIN", "asserted")),
    ("Venezuela deployed troops along the border with Guyana.", ("VEN", "15", "GUY", "asserted")),
    # one's own weapons handed to a named recipient put before them are given to it
    ("Poland handed Ukraine its MiG-29 jets.", ("POL", "07", "UKR", "asserted")),
    ("Slovakia handed Ukraine its MiG-29 fighter jets.", ("SVK", "07", "UKR", "asserted")),
    ("Germany gave Ukraine two Patriot systems.", ("DEU", "07", "UKR", "asserted")),
    # a place chosen for a trip or visit is where the visitor goes
    ("Joseph Aoun chose Riyadh for his first trip abroad as Lebanon's president.", ("LBN", "04", "SAU", "asserted")),
    ("The new Japanese prime minister picked Washington for her first official visit.",
     ("JPN", "04", "USA", "asserted")),
    ("Lula chose Beijing for his first trip to Asia.", ("BRA", "04", "CHN", "asserted")),
])
def test_the_family_codes_the_event(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a summit or meeting left is no military retreat
    ("Modi pulled out of the BRICS summit in Kazan.", ("IND", "08", None, "asserted")),
    ("Erdogan withdrew from the NATO meeting in Vilnius.", ("TUR", "08", None, "asserted")),
    ("The Indian prime minister pulled out of the summit in Islamabad.", ("IND", "08", None, "asserted")),
    ("Russia's withdrawal from the grain deal drove up prices.", ("RUS", "08", None, "asserted")),
    ("Washington's withdrawal from the nuclear deal with Iran angered Tehran.", ("USA", "08", None, "asserted")),
    ("Minsk condemned Lithuania's closure of its border with Belarus.", ("LTU", "16", "BLR", "asserted")),
    # drones sent towards a city are no show of force
    ("Ukraine sent drones towards Moscow overnight.", ("UKR", "15", "RUS", "asserted")),
    # a border closed is no longer the 160 of earlier rounds
    ("Poland closed its border with Belarus.", ("POL", "16", "BLR", "asserted")),
    # one's own weapons handed over to the army are handed in, not given
    ("Hezbollah handed its heavy weapons over to the Lebanese army.", ("LBN", "07", "LBN", "asserted")),
    ("The rebels handed their rifles over to the Colombian army.", (None, "07", "COL", "asserted")),
])
def test_the_other_reading_is_not_coded(pipeline: Any, text: str,
                                        wrong: tuple[str | None, str, str | None, str]) -> None:
    assert wrong not in _rooted(pipeline, text)


def test_troops_pulled_out_still_retreat(pipeline: Any) -> None:
    assert ("RUS", "08", "UKR", "asserted") in _rooted(pipeline, "Russian troops withdrew from Kherson.")


def test_a_verb_that_takes_back_keeps_it(pipeline: Any) -> None:
    """The relative clause's own "came back": the main verb is no sending back."""
    facts = _rooted(pipeline, "Thailand flew the men who had come back to Bangkok to China.")
    assert ("THA", "17", "CHN", "asserted") not in facts


@pytest.mark.parametrize("text", [
    "Tourists flew towards the coast.",
    "The pilots sent the jets around the storm.",
    "Farmers closed the road to traffic.",
    "The shop paused its sales.",
    "The company stationed workers along the pipeline.",
    "Macron chose a red tie for his visit.",
    "Biden's withdrawal from the race stunned Democrats.",
    "The court granted refugee status to the family.",
])
def test_same_words_state_no_event(pipeline: Any, text: str) -> None:
    assert not [f for f in _rooted(pipeline, text) if f[3] == "asserted"]
