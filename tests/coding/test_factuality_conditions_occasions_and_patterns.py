"""Denied inverted conditions, occasions named by a time noun, another's act asked about in a counterfactual question,
gerund topics the parser made the root, kinds of actor predicated with a relative clause, patterns after a colon and the
acts others react to
(docs/factuality.md, "Round thirty-two: conditions, occasions and patterns").

Each group has controls: a plain denial still negates, a past occasion is asserted, a plain question asks, a gerund
with no object names an event, a relative clause with a day of its own reports, and a past tense after a colon tells an
occasion.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "absent"), [
    ("Had Russia not invaded Ukraine, Sweden would have stayed out of NATO.", ("RUS", "19", "UKR")),
    ("Had Putin not invaded Ukraine, Finland would never have joined NATO.", ("RUS", "19", "UKR")),
    ("Had Israel not struck Iran's air defences, Tehran would have retaliated harder.", ("ISR", "19", "IRN")),
    ("Had Biden not withdrawn from Afghanistan, the Taliban would not have taken Kabul.", ("USA", "08", "AFG")),
    ("Had Washington not vetoed the resolution, the war might have ended sooner.", ("USA", "12", None)),
    ("Had Turkey not shot down the Russian jet, relations with Moscow would have stayed warm.", ("TUR", "19", "RUS")),
    ("Were Germany not to send tanks to Ukraine, Poland would act alone.", ("DEU", "07", "UKR")),
    ("Had the United States not imposed tariffs on Canada, Ottawa would not have retaliated.", ("USA", "16", "CAN")),
    ("Had China not blockaded Taiwan in August, Japan would have kept its defence budget flat.", ("CHN", "19", "TWN")),
])
def test_a_denied_inverted_condition_is_no_event(pipeline: Any, text: str,
                                                  absent: tuple[str, str, str | None]) -> None:
    coded = country_facts(pipeline, text, _DAY)
    assert not any(s == absent[0] and c[:2] == absent[1] and t == absent[2] for s, c, t, _ in coded), coded


@pytest.mark.parametrize(("text", "event"), [
    # the main clause of a denied condition is still imagined; a condition not denied is hypothetical
    ("Had Zelensky not backed down within nine days, Brussels would have frozen the next tranche of its aid to Ukraine.",
     (None, "1621", "UKR", "hypothetical")),
    ("Had Moscow attacked Kyiv in 2014, the West would have imposed sanctions far sooner.",
     ("RUS", "190", "UKR", "hypothetical")),
    ("Had India retaliated, Pakistan would have struck back.", ("IND", "190", "PAK", "hypothetical")),
    ("Israel did not strike Iran's nuclear sites.", ("ISR", "190", "IRN", "negated")),
    # occasions named by a time noun: part of the plan they date
    ("Trump will lift sanctions the day Putin signs a ceasefire.", ("RUS", "057", "USA", "future")),
    ("Kyiv will resume talks the week Moscow withdraws its troops.", ("RUS", "0874", "UKR", "future")),
    ("Israel will halt its strikes the moment Hamas lays down its arms.", ("ISR", "087", "PSE", "future")),
    ("Washington will lift the tariffs the day Beijing buys more soybeans.", ("USA", "085", "CHN", "future")),
    ("Israel struck Gaza the day Hamas released the hostages.", ("PSE", "0841", None, "asserted")),
    ("Russia signed the deal the day Turkey reopened the straits.", ("RUS", "057", "TUR", "asserted")),
    # another's act asked about in a counterfactual question happened
    ("Could Washington have prevented Hamas's attack on Israel?", ("PSE", "190", "ISR", "asserted")),
    ("Could Israel have prevented the Hamas attack?", ("PSE", "190", None, "asserted")),
    ("Could Kyiv have foreseen Russia's invasion of Ukraine?", ("RUS", "190", "UKR", "asserted")),
    ("Should NATO have anticipated Russia's attack on Ukraine?", ("RUS", "190", "UKR", "asserted")),
    ("Will Russia attack Ukraine again?", ("RUS", "190", "UKR", "question")),
    ("Did China condemn Russia's invasion?", ("CHN", "111", "RUS", "question")),
    # the act another reacts to happened, whatever is said of the reaction
    ("Beijing did not comment on the seizure of the Chinese vessel by Philippine coast guards.",
     ("PHL", "1711", "CHN", "asserted")),
    ("Egypt did not mention the Israeli raid on Rafah in its statement.", ("ISR", "190", "PSE", "asserted")),
    ("Turkey has not spoken publicly about the arrest of its journalists by Israel.", ("ISR", "173", "TUR", "asserted")),
    ("Washington did not object to the Israeli strike on Iran.", ("ISR", "190", "IRN", "asserted")),
    ("Venezuela has not reacted to the seizure of its tanker by the United States.", ("USA", "1711", "VEN", "asserted")),
    ("Did Washington object to the Israeli strike on Iran?", ("ISR", "190", "IRN", "asserted")),
    ("Israel did not strike Iran's nuclear sites on Friday.", ("ISR", "190", "IRN", "negated")),
    ("India has not condemned Russia's invasion of Ukraine.", ("RUS", "190", "UKR", "asserted")),
    # an act kept from a further effect was there
    ("Israel's air defences prevented the Iranian attack from causing major damage.", ("IRN", "190", None, "asserted")),
    ("Bad weather kept the Israeli strike from hitting its main target.", ("ISR", "190", None, "asserted")),
    ("The United States prevented an Iranian attack on Israel.", ("IRN", "190", "ISR", "negated")),
    # controls of the no-event groups below
    ("Fighting between the army and the RSF erupted in Khartoum on Saturday.", ("SDN", "190", "SDN", "asserted")),
    ("Iran, which arms the Houthis, seized a tanker in the Gulf on Monday.", ("IRN", "1711", None, "asserted")),
    ("The pattern held: Iran seized a tanker on Monday and Washington protested.", ("IRN", "1711", None, "asserted")),
    ("Officials said: Russia has attacked Kyiv.", ("RUS", "190", "UKR", "asserted")),
])
def test_conditions_occasions_and_asked_acts_are_labelled(pipeline: Any, text: str,
                                                          event: tuple[str | None, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # gerund topics the parser made the root, with the copula as its auxiliary
    "Invading Ukraine was Putin's worst mistake.",
    "Invading Iraq was Washington's costliest error.",
    "Annexing Crimea was Russia's first step.",
    "Attacking Iran would be a grave error for Israel.",
    "Sanctioning Russia was the right decision for Europe.",
    # kinds of actor predicated with a present-simple relative clause
    "Iran is the only country that openly arms the Houthis.",
    "Qatar is the country that hosts Hamas's political office.",
    "Turkey is the only NATO member that buys Russian missiles.",
    "Iran is the main state that funds Hezbollah.",
    "Belarus is the only country that lets Russia station nuclear weapons on its soil.",
    # the steps of a pattern announced before a colon
    "The pattern is familiar: Iran seizes a tanker, Washington protests, and the ship is released months later.",
    "The script never changes: Russia shells a city and the West condemns it.",
    "It is a well-worn routine: North Korea fires a missile and Seoul summons its security council.",
    "The playbook is the same: China sends warships near Taiwan, and Taipei scrambles jets.",
    "The cycle repeats itself: Israel strikes Gaza, Hamas fires rockets, and Egypt brokers a truce.",
])
def test_topics_kinds_and_patterns_assert_nothing(pipeline: Any, text: str) -> None:
    coded = country_facts(pipeline, text, _DAY)
    assert not any(fact == "asserted" for *_, fact in coded), coded
