"""Opinion and analysis writing (docs/factuality.md, "Round twenty-eight"): what a column or a think-tank note says
should, must, ought to, is unlikely to or may well happen, counterfactual history ("Had Berlin sent tanks earlier"),
rhetorical questions, risks and predictions code no asserted event; an act judged after the fact ("should never
have withdrawn", "was wrong to impose") or done without hesitation ("did not hesitate to strike") was done and is
asserted, while "should have sent tanks earlier" and "would be wrong to impose" keep their modal labels.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)

OPINIONS = [
    "Washington should impose tougher sanctions on Moscow before the winter.",
    "Europe must send more air defence systems to Ukraine if it wants to stop the Russian advance.",
    "Berlin ought to deliver Taurus missiles to Kyiv without further delay.",
    "China is unlikely to invade Taiwan before the end of the decade.",
    "Russia may well launch a new offensive on Kharkiv in the spring.",
    "Had Berlin sent tanks earlier, Ukraine might have retaken more territory in 2023.",
    "Had the West armed Kyiv sooner, Russia would not have captured Bakhmut.",
    "Why would Iran attack Israel directly when its proxies can do the job?",
    "Does anyone really believe that Moscow will withdraw its troops from Ukraine?",
    "The risk is that Israel strikes Iran's nuclear facilities before the election.",
    "The danger is that North Korea sends more troops to Russia.",
    "If Trump imposes tariffs on Europe, Brussels will almost certainly retaliate.",
    "A wiser policy would be for Washington to engage Tehran directly.",
    "Turkey would be foolish to block Sweden's membership of NATO any longer.",
    "It would be a mistake for Japan to expel Chinese diplomats.",
    "Nothing suggests that Beijing is preparing to attack Taiwan this year.",
    "Sooner or later, India will have to negotiate with Pakistan over Kashmir.",
    "The European Union needs to stop buying Russian gas altogether.",
    "Israel cannot defeat Hamas by bombing Gaza alone.",
    "Expect Moscow to retaliate against any country that seizes its frozen assets.",
    "Kyiv would do well to accept a ceasefire now rather than later.",
    "Putin is betting that the West will tire of arming Ukraine.",
    "What Venezuela needs is for Maduro to hand over power peacefully.",
    "In the long run, Iran is likely to rebuild its air defences with Russian help.",
    "Pakistan could yet strike back at India if the ceasefire breaks down.",
    "The smart move for Seoul would be to send artillery shells to Ukraine quietly.",
    "A Chinese blockade of Taiwan would devastate the world economy.",
    "An Israeli attack on Iran's oil terminals would send prices soaring.",
    "Neither Washington nor Beijing wants a war over Taiwan.",
    "There is little reason to think that Russia will respect a ceasefire.",
    "The question is whether Europe can supply Ukraine without American help.",
    "If history is any guide, Moscow will punish Chisinau for its turn to the West.",
    "Rather than threatening Canada, Trump should be courting it.",
    "Instead of sanctioning Hungary, Brussels should talk to Orban.",
    "It is hard to see Israel withdrawing from southern Lebanon any time soon.",
    "Ukraine's allies must not allow Russia to win this war.",
    "The next American president will probably lift some sanctions on Venezuela.",
    "Left unchecked, the Houthis will keep attacking ships in the Red Sea.",
    "A deal between Riyadh and Jerusalem remains a distant prospect.",
    "Germany has every reason to fear a Russian attack on the Baltic states.",
    "What if Russia attacked a NATO member in the Baltic?",
    "Perhaps the United States should simply talk to the Taliban.",
    "It remains to be seen whether Ethiopia will invade Eritrea.",
]


@pytest.mark.parametrize("text", OPINIONS)
def test_opinion_and_analysis_code_nothing_asserted(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"]


@pytest.mark.parametrize(("text", "event"), [
    ("Critics argue that France should never have withdrawn its troops from Mali.",
     ("FRA", "0874", "MLI", "asserted")),
    ("China should not have sanctioned Lithuanian officials, the columnist writes.",
     ("CHN", "163", "LTU", "asserted")),
    ("Washington was wrong to impose tariffs on Canadian steel last month.", ("USA", "163", "CAN", "asserted")),
    ("Trump was right to meet Kim Jong Un in Singapore, his supporters say.", ("USA", "044", "PRK", "asserted")),
    ("Israel did not hesitate to strike Hezbollah positions in Lebanon on Sunday, the army said.",
     ("ISR", "190", "LBN", "asserted")),
    ("Russia never hesitated to bomb Ukrainian cities last winter.", ("RUS", "195", "UKR", "asserted")),
    # past events cited as evidence inside an argument stay asserted
    ("Beijing made a mistake when it banned imports of Japanese seafood last week.",
     ("CHN", "163", "JPN", "asserted")),
    ("Russia's decision to expel Estonia's ambassador on Monday was a mistake, analysts say.",
     ("RUS", "174", "EST", "asserted")),
])
def test_acts_judged_after_the_fact_were_done(pipeline: Any, text: str,
                                              event: tuple[str | None, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    ("Germany should have sent tanks to Ukraine much earlier.", ("DEU", "072", "UKR", "hypothetical")),
    ("It would be wrong to impose sanctions on Hungary now.", (None, "163", "HUN", "hypothetical")),
    ("Washington should impose tougher sanctions on Moscow before the winter.", ("USA", "163", "RUS", "hypothetical")),
])
def test_acts_wished_or_weighed_keep_their_modal(pipeline: Any, text: str,
                                                 event: tuple[str | None, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
