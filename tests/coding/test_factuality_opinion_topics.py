"""Acts an opinion sentence weighs rather than reports (docs/factuality.md, "Round thirty-one: opinion topics").

Compared aptitudes and interests ("better at investigating one another than at solving murders"), gerund topics of
the writer's judgement ("Banning the Awami League may have pleased the students"), the nominal objects of acts
imagined in the counterfactual perfect ("would have frozen the next tranche of its aid"), gains and losses weighed
before an act ("has nothing to gain from attacking"), kinds of act weighed by a noun of argument ("the case for
sanctioning Israel"), persuasion of oneself ("convinced themselves"), patterns ("whenever Seoul and Washington hold drills") and acts asked of "anyone" ("Did anyone in the war
cabinet stop to ask ...?") state no event; a wish in the past subjunctive ("It is time Washington recognised
Somaliland", "If only Washington had armed Ukraine") is hypothetical; an inverted condition the parser took for the main clause ("Had France kept its troops in Mali, ...") is a
condition, not a question. Past comparisons of one occasion, gerunds that name an event, past gains and persuasion
of others stay events.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)

COMPARED = [
    "South Africa's police have long been better at investigating one another than at solving the country's murders.",
    "Washington has long been quicker to sanction its enemies than to reward its friends.",
    "Turkey is more interested in fighting the Kurds than in fighting the Islamic State.",
    "Nigeria's army has proved better at arresting journalists than at defeating Boko Haram.",
    "Hungary is better at blocking EU decisions than at persuading its partners.",
    "Venezuela's government is more adept at jailing opponents than at feeding its people.",
    "The European Union is better at condemning Russia than at sanctioning it.",
    "Washington is better at imposing sanctions on Iran than at lifting them.",
    "Turkey has been quicker to buy Russian missiles than to buy American jets.",
    "Putin is more interested in conquering Ukraine than in negotiating with Zelensky.",
    "Israel's government seems more concerned with bombing Hezbollah than with rescuing the hostages.",
    "Hamas seems more interested in holding hostages than in ending the war.",
    "The Kremlin cares more about punishing dissidents than about winning the war.",
    "India prefers buying Russian oil to paying Gulf prices.",
]
GERUND_TOPICS = [
    "Banning the Awami League may have pleased the students in Dhaka, but it will not make the election look fairer.",
    "Arming Ukraine is the cheapest way for America to weaken Russia.",
    "Sending troops to Niger would be a disaster for Nigeria.",
    "Cutting aid to Ethiopia may have saved money, but it cost Washington its influence.",
    "Attacking Iran's nuclear sites would only delay the programme.",
    "Bombing the Houthis has not made the Red Sea any safer.",
    "Recognising Palestine will not stop Israel from building settlements.",
]
IMAGINED_OBJECTS = [
    "Had Zelensky not backed down within nine days, Brussels would have frozen the next tranche of its aid to Ukraine.",
    "Had Beijing not cut off its rare earth exports, Washington would have kept its tariffs on Chinese steel.",
    "If Moscow had not cut the gas supply, Berlin would have kept its sanctions on Russian coal modest.",
    "Without the Turkish mediation, Russia would have kept its blockade of Ukrainian ports.",
]
WEIGHED = [
    "The case for sanctioning Israel has never been stronger.",
    "Few in Washington still defend the wisdom of invading Iraq.",
    "The risks of attacking Iran's nuclear sites are obvious.",
    "Iran has nothing to gain from attacking American bases in Iraq.",
    "Beijing stands to lose far more than it would gain by invading Taiwan.",
    "Moscow would gain little from cutting off gas to Moldova.",
    "Israel has much to lose by annexing the West Bank.",
    "Israel's leaders have convinced themselves that only force will stop Hezbollah.",
    "The Kremlin has persuaded itself that NATO will never fight for Estonia.",
]


WISHED = [
    "It is time Washington recognised Somaliland.",
    "It is about time Britain expelled the Russian ambassador.",
    "It is high time Europe stopped buying Russian gas.",
    "If only Washington had armed Ukraine in 2021.",
]
PATTERNS = [
    "Pyongyang fires a missile whenever Seoul and Washington hold drills.",
    "Whenever Israel strikes Syria, Iran protests.",
    "Russia expels a diplomat each time Estonia expels one of its own.",
]
ANYONE = [
    "Did anyone in Israel's war cabinet stop to ask what would become of the foreigners held in Evin before the jets "
    "took off?",
    "Has anyone in Brussels asked Hungary why it keeps blocking the sanctions?",
    "Did anybody in Washington warn Kyiv before the aid was frozen?",
]


@pytest.mark.parametrize("text", COMPARED + IMAGINED_OBJECTS + WEIGHED + WISHED)
def test_weighed_conduct_is_no_asserted_event(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[3] == "asserted"], facts


@pytest.mark.parametrize("text", COMPARED + GERUND_TOPICS + WEIGHED + ANYONE + PATTERNS)
def test_weighed_conduct_is_no_event_at_all(pipeline: Any, text: str) -> None:
    assert country_facts(pipeline, text, _DAY) == []


@pytest.mark.parametrize(("text", "event"), [
    # an inverted condition the parser made the main clause: no question, and the main clause keeps its own label
    ("Had France kept its troops in Mali, Russia's mercenaries would never have arrived in Bamako.",
     ("RUS", "042", "MLI", "negated")),
    ("Had Israel struck Iran in 2012, the war would have started a decade earlier.", ("ISR", "190", "IRN",
                                                                                      "hypothetical")),
    ("Had Washington lifted its sanctions on Venezuela, Caracas would have released the prisoners.",
     ("USA", "085", "VEN", "hypothetical")),
    # the act a counterfactual imagines is still coded, as hypothetical
    ("Had Zelensky not backed down within nine days, Brussels would have frozen the next tranche of its aid to Ukraine.",
     (None, "1621", "UKR", "hypothetical")),
    # a wish in the past subjunctive is coded, as hypothetical
    ("It is time Washington recognised Somaliland.", ("USA", "054", "SOM", "hypothetical")),
    ("If only Washington had armed Ukraine in 2021.", ("USA", "072", "UKR", "hypothetical")),
    # controls: a real act dated by "the time", a past comparison of one occasion, a gerund naming an event, a past gain, persuasion of another
    ("Moscow was quicker to recognise the Taliban government than Beijing was.", ("RUS", "054", "AFG", "asserted")),
    ("France was faster to condemn the coup in Niger than the United States.", ("FRA", "111", "NER", "asserted")),
    ("Russia fired more missiles at Kyiv than at any other city on Tuesday.", ("RUS", "195", "UKR", "asserted")),
    ("By the time Israel struck Iran, Tehran had moved its uranium.", ("ISR", "190", "IRN", "asserted")),
    ("This time Washington sanctioned the Saudi officials.", ("USA", "163", "SAU", "asserted")),
    ("Israel struck Syria on Monday, and Iran protested.", ("ISR", "190", "SYR", "asserted")),
    ("Iran gained little from attacking Israel in April.", ("IRN", "190", "ISR", "asserted")),
    ("Blinken convinced Netanyahu to allow aid into Gaza.", ("USA", "0255", "ISR", "asserted")),
    ("Putin warned Seoul that supplying weapons to Ukraine would be a big mistake.", ("RUS", "130", "KOR",
                                                                                      "asserted")),
])
def test_opinion_controls(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Fighting between Sudan's army and the RSF erupted in Khartoum in April.",
    "Talks between Israel and Hamas resumed in Doha on Monday.",
])
def test_a_gerund_or_noun_that_names_an_event_stays_asserted(pipeline: Any, text: str) -> None:
    assert [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"]


@pytest.mark.parametrize(("text", "event"), [
    # another's act under an imagined act is not dropped with the subject's own acts
    ("Could Washington have prevented Hamas's attack on Israel?", ("PSE", "190", "ISR")),
    ("If Biden had run again, he would have continued his support for Israel's war in Gaza.", ("ISR", "190", "PSE")),
])
def test_anothers_act_under_an_imagined_act_is_still_coded(pipeline: Any, text: str,
                                                           event: tuple[str, str, str]) -> None:
    assert event in {f[:3] for f in country_facts(pipeline, text, _DAY)}
