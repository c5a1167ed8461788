"""Long-form sentences that name acts without reporting them, and the labels of acts in time and purpose clauses
(docs/factuality.md, "Round twenty-five"): acts a subject "once" did, play on a sports field, acts dated by the year
a "when" clause hangs on, rates in the present, rules about "a country that ...", the terms of sanctions under a law,
a feared outcome named by "is the nightmare", acts of a kind named with "every", acts placed in an earlier term in
office, the story a film tells; a past "when / before" clause under a negated host, a present time clause under a
modal host, a present clause alongside a question, the purpose of a planned act, a "that" clause after a noun of
denial, a charge rejected as an afterthought, "later" after a past tense, and acts barred "from". Each sentence is a
probe of our own; the controls keep reports in the same words as they were."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _events(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {e for e in _events(pipeline, text) if e[3] == "asserted"}


@pytest.mark.parametrize("text", [
    # what a subject "once" did: a past summed up
    "The Wagner group, whose fighters once marched on Moscow, has been folded into Russia's defence ministry.",
    "Libya, which once hosted thousands of Egyptian workers, is now a transit route for migrants.",
    "Colonel Gaddafi, who once funded the IRA, later paid compensation to the victims of Lockerbie.",
    "Zimbabwe, whose government once seized white-owned farms by the thousand, now wants foreign investors back.",
    # play on the field, in the words of war
    "Italy's footballers laid siege to the German goal for most of the second half in Dortmund.",
    "Morocco's players besieged the Portuguese goal in the closing minutes of the World Cup quarter-final.",
    "The Iranian team refused to sing the national anthem before their opening match against England in Qatar.",
    "Ukraine's fencer Olga Kharlan refused to shake hands with her Russian opponent at the world championships in "
    "Milan.",
    # acts dated by the year a "when" clause hangs on
    "Cyprus has been split since 1974, when Turkey invaded the north after a coup backed by the Greek junta.",
    "Relations soured in 2014, when Russia annexed Crimea and backed separatists in the Donbas.",
    "In 2003, when American troops invaded Iraq, France led the opposition at the UN.",
    "The two countries have not had diplomatic ties since 1980, when the United States cut relations with Iran.",
    "Those who remember the 1991 Gulf War, when American jets pounded Baghdad for six weeks, say the city has never "
    "fully recovered.",
    # rates in the present: a practice
    "Chinese warplanes now fly near Taiwan almost daily.",
    "Serb guns on the hills shelled Sarajevo every day for almost four years.",
    # a rule about any member of a class; the terms of sanctions under a law
    "A country that recognises Taiwan cannot have diplomatic ties with Beijing, which is why only twelve states "
    "still do.",
    "Sanctions under the Magnitsky Act freeze the American assets of officials accused of abuses and bar them from "
    "entering the United States.",
    # acts placed in an earlier term in office
    "Trump threatened to pull American troops out of South Korea in his first term.",
    "Netanyahu, in his previous term, ordered strikes on Iranian targets in Syria.",
    # acts of a kind: "every" in the present
    "Seen from Beijing, every American arms sale to Taiwan is a provocation, every transit of the strait a challenge.",
    # what a proposal on the table has someone do
    "The compromise on the table has Serbia recognising Kosovo's passports while Pristina creates an association of "
    "Serb municipalities.",
    # a feared outcome
    "A war between India and Pakistan, both armed with nuclear weapons, is the nightmare that has haunted the region "
    "since 1998.",
])
def test_sentence_reports_no_asserted_event(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), (text, _events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    # a past "when" clause is a fact, outside its host's negation
    ("Russia did not respond when Israel struck Iran's air defences last October.",
     ("ISR", "19", "IRN", "asserted")),
    ("Washington did not object when Turkey bought Russian S-400 missiles.", ("TUR", "06", "RUS", "asserted")),
    ("Beijing never protested when Manila detained Chinese fishermen.", ("PHL", "17", "CHN", "asserted")),
    ("Hungary did not consult its EU partners before it signed an energy deal with Russia.",
     ("HUN", "05", "RUS", "asserted")),
    # "later" and "the next day" after a past tense date a past act
    ("Israeli jets struck Beirut on Monday, and two days later they bombed Iranian targets in Syria.",
     ("ISR", "19", "IRN", "asserted")),
    # a present time clause of a supposed or planned act is part of it
    ("Under the plan, Israel would pull its troops back from Gaza in stages as Hamas frees the remaining hostages.",
     ("PSE", "08", None, "hypothetical")),
    ("Kyiv would hold elections after Russian troops withdraw from Zaporizhzhia.", ("RUS", "08", "UKR", "hypothetical")),
    ("Israel will withdraw from the corridor once Egypt deploys its own troops there.",
     ("EGY", "15", None, "future")),
    # a present clause alongside a question goes on now; a "when" clause in the present is still to come
    ("Why has Beijing stayed silent as North Korean troops fight for Russia in Kursk?",
     ("PRK", "19", "RUS", "asserted")),
    ("Will Penny Wong meet Wang Yi when she flies to Beijing this week?", ("AUS", "04", "CHN", "future")),
    # a "that" clause right after a noun of denial is denied, whatever verb the parser hangs it on; an afterthought
    # rejecting a charge does not deny the charging
    ("Despite Rwanda's denial that it backs the M23, the United States imposed sanctions on a Rwandan general.",
     (None, "05", "COD", "negated")),
    ("The Philippines accused China of ramming its supply boat, a charge Beijing rejected, saying the Filipino vessel "
     "had rammed first.", ("PHL", "11", "CHN", "asserted")),
    # what a planned act is for is planned with it
    ("Japan will relax its export rules so that it can ship Patriot interceptors to the United States.",
     ("JPN", "07", "USA", "future")),
    ("The EU intends to borrow jointly so that it can lend Ukraine 90 billion euros.", (None, "07", "UKR", "future")),
    ("Japan relaxed its export rules so that it could ship Patriot interceptors to the United States.",
     ("JPN", "07", "USA", "hypothetical")),
    # an act barred "from" is not done
    ("The sanctions bar European firms from lending to Russian state banks.", (None, "07", "RUS", "negated")),
    # the story a work tells
    ("The Chinese film, a blockbuster about the Korean war in which Chinese troops rout American forces, broke "
     "box-office records.", ("CHN", "19", "USA", "hypothetical")),
    ("The town in which Russian troops killed 400 civilians has become a symbol of the war.",
     ("RUS", "20", "RUS", "asserted")),
    # a feared outcome in the present
    ("A war between India and Pakistan, both armed with nuclear weapons, is the nightmare that has haunted the region "
     "since 1998.", ("IND", "19", "PAK", "hypothetical")),
    ("A Chinese blockade of Taiwan remains the scenario Japanese planners fear most.",
     ("CHN", "19", "TWN", "hypothetical")),
    # controls: reports in the same words
    ("Israel pulled its troops back from Gaza in stages as Hamas freed the remaining hostages.",
     ("PSE", "08", None, "asserted")),
    ("Washington barred Chinese firms from buying American chips on Monday.", ("USA", "17", "CHN", "asserted")),
    ("The Russian attack on the maternity hospital was every parent's worst nightmare.",
     ("RUS", "19", None, "asserted")),
    ("Russia once again struck Kharkiv on Monday.", ("RUS", "19", "UKR", "asserted")),
    ("Russian troops laid siege to Mariupol in March, cutting off food and water.", ("RUS", "19", "UKR", "asserted")),
    ("In March 2025, when Israel resumed its strikes on Gaza, Egypt condemned the move.",
     ("ISR", "19", "PSE", "asserted")),
    ("Russian guns shelled Kherson every day for two weeks.", ("RUS", "19", "UKR", "asserted")),
    ("Russian drones hit Kharkiv nightly last week, killing at least twelve people.",
     ("RUS", "19", "UKR", "asserted")),
    ("Turkish drones strike PKK positions in northern Iraq almost daily, Iraqi Kurdish officials say.",
     ("TUR", "19", "TUR", "asserted")),
    ("A group that monitors the war said Russian drones struck Kharkiv overnight.", ("RUS", "19", "UKR", "asserted")),
    ("Sanctions under the Magnitsky Act were imposed on ten Chinese officials on Tuesday.",
     (None, "16", "CHN", "asserted")),
    ("Israel struck Iran's oil terminals on Saturday.", ("ISR", "19", "IRN", "asserted")),
    ("Moscow has demanded that Kyiv cede four regions before any ceasefire, terms Ukraine calls a demand for "
     "surrender.", ("RUS", "10", "UKR", "asserted")),
    ("Each Israeli strike on Gaza last week killed dozens of civilians.", ("ISR", "19", "PSE", "asserted")),
    ("Israel retaliated for Iran's missile attack in April 2024 with a strike near Isfahan.",
     ("IRN", "19", None, "asserted")),
    ("Trade between the two has halved since Russia's strikes on Odesa in May 2025.", ("RUS", "19", "UKR", "asserted")),
    ("Putin will visit Pyongyang next month.", ("RUS", "04", "PRK", "future")),
    ("Trump threatened on Monday to pull American troops out of South Korea.", ("USA", "13", "KOR", "asserted")),
])
def test_event_and_label(pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _events(pipeline, text), (text, _events(pipeline, text))
