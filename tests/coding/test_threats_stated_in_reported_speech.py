"""Threats and promises stated in reported speech (docs/factuality.md, "Round twenty-eight"):

* "Washington said it would not hesitate to impose sanctions on Iran if ...": announced readiness to harm is a threat
  (13x) by the doer, asserted, not the harm as hypothetical; said of another by analysts, it is a forecast;
* "Moscow said there would be consequences for Finland's decision", "said Iran would pay a heavy price": the
  speaker's announced consequences are its threat (130) to whoever meets them; with no one to meet them, nothing;
* "Iran said it would retaliate against Israel", "said it would take countermeasures": an announced retaliation is a
  threat; "warned it would respond with force" is a threat of force (138);
* "pledged not to use force against each other": a promise not to harm is a promise to de-escalate (0356), not a
  threat; "promised not to recognise Kosovo" is no intent to cooperate;
* "Ukraine warned that Russia was preparing a fresh assault": a warning of what a named other does is no threat;
* "The IMF warned that Egypt's debt had reached unsustainable levels": a warning of a state, with no act, no one
  warned and nothing to come, is a pessimistic comment (012).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)

Fact = tuple[str | None, str, str | None, str]


@pytest.mark.parametrize(("text", "event"), [
    ("Washington said it would not hesitate to impose sanctions on Iran if Tehran enriched uranium to weapons grade.",
     ("USA", "1312", "IRN", "asserted")),
    ("Beijing said it would not hesitate to use force against Taiwan if the island declared independence.",
     ("CHN", "138", "TWN", "asserted")),
    ("Alexander Lukashenko said he would not hesitate to use nuclear weapons if his country were attacked.",
     ("BLR", "1385", None, "asserted")),
    ("Beijing said China would not hesitate to use force against Taiwan.", ("CHN", "138", "TWN", "asserted")),
    ("Moscow said there would be consequences for Finland's decision to join NATO.",
     ("RUS", "130", "FIN", "asserted")),
    ("The Chinese foreign ministry said there would be serious consequences if Manila continued its provocations.",
     ("CHN", "130", "PHL", "asserted")),
    ("Joe Biden said there would be consequences for Saudi Arabia's decision to side with Russia on oil output.",
     ("USA", "130", "SAU", "asserted")),
    ("Netanyahu said Iran would pay a heavy price for its missile attack.", ("ISR", "130", "IRN", "asserted")),
    ("Pyongyang said the United States would pay dearly for the drills.", ("PRK", "130", "USA", "asserted")),
    ("Russia said Ukraine would face a tough response if Kyiv used Western missiles against Russian cities.",
     ("RUS", "130", "UKR", "asserted")),
    ("Iran said it would retaliate against Israel for the strike on its consulate.",
     ("IRN", "138", "ISR", "asserted")),
    ("China said it would retaliate against the United States.", ("CHN", "138", "USA", "asserted")),
    ("North Korea said it would take countermeasures against the United States over the joint drills.",
     ("PRK", "131", "USA", "asserted")),
    ("Beijing said it would take countermeasures against Washington.", ("CHN", "131", "USA", "asserted")),
    ("Iran warned it would respond with force if Israel attacked its nuclear sites.",
     ("IRN", "138", "ISR", "asserted")),
])
def test_harm_announced_by_its_doer_is_a_threat(pipeline: Any, text: str, event: Fact) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert event in facts
    # the harm is the threat's content, not an act of its own
    assert not [f for f in facts if f[0] == event[0] and f[1][:2] in ("16", "18", "19", "20")]


@pytest.mark.parametrize(("text", "event"), [
    ("Nicolas Maduro and Irfaan Ali pledged on Thursday not to threaten or use force against each other.",
     ("VEN", "0356", "GUY", "asserted")),
    ("Nicolas Maduro and Irfaan Ali pledged on Thursday not to threaten or use force against each other.",
     ("GUY", "0356", "VEN", "asserted")),
    ("Armenia and Azerbaijan pledged not to attack each other during the talks.", ("ARM", "0356", "AZE", "asserted")),
    ("Russia promised not to strike Ukrainian energy facilities for 30 days.", ("RUS", "0356", "UKR", "asserted")),
    ("Beijing vowed never to use force against Taiwanese civilians.", ("CHN", "0356", "TWN", "asserted")),
    ("The United States pledged not to impose new tariffs on Mexican goods.", ("USA", "0354", "MEX", "asserted")),
])
def test_a_promise_not_to_harm_is_a_promise_to_de_escalate(pipeline: Any, text: str, event: Fact) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert event in facts
    assert not [f for f in facts if f[1].startswith("13")]


@pytest.mark.parametrize("text", [
    "Serbia promised not to recognise Kosovo.",
    "China would not hesitate to attack Taiwan, analysts said.",
    "The Pentagon said Iran would not hesitate to attack American bases in Iraq.",
    "The IMF said there would be consequences for growth if the war dragged on.",
    "Ukraine warned that Russia was preparing a fresh assault on Kharkiv.",
    "NATO warned that North Korea has sent troops to Russia.",
    "The United States warned that Iran is supplying ballistic missiles to Russia.",
    "Iran will retaliate against Israel, analysts said.",
])
def test_no_threat_or_intent_where_none_is_stated(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[1][:2] in ("03", "13") and f[3] == "asserted"]


@pytest.mark.parametrize(("text", "event"), [
    # controls: the rules keep what they do not cover
    ("Ukraine warned that Russia was preparing a fresh assault on Kharkiv.", ("RUS", "190", "UKR", "future")),
    ("NATO warned that North Korea has sent troops to Russia.", ("PRK", "074", "RUS", "asserted")),
    ("China would not hesitate to attack Taiwan, analysts said.", ("CHN", "190", "TWN", "hypothetical")),
    ("Germany pledged to send more air defence systems to Ukraine.", ("DEU", "0332", "UKR", "asserted")),
    ("Erdogan vowed to crush Kurdish militants in northern Syria.", ("TUR", "138", "SYR", "asserted")),
    ("Turkey warned that it would launch a new ground operation in Syria if Kurdish fighters did not withdraw.",
     ("TUR", "138", "SYR", "asserted")),
    ("Iran retaliated against Israel on Saturday, the army said.", ("IRN", "190", "ISR", "asserted")),
    ("Israel did not hesitate to strike Hezbollah positions in Lebanon on Sunday, the army said.",
     ("ISR", "190", "LBN", "asserted")),
])
def test_acts_and_promises_outside_the_rules_keep_their_codes(pipeline: Any, text: str, event: Fact) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The IMF warned that Egypt's debt had reached unsustainable levels.",
    "The WHO warned that the health system in Gaza was on the verge of collapse.",
    "Iran warned that the region was on the brink of a wider war.",
    "UN Secretary-General Antonio Guterres warned that humanity was just one misunderstanding away from nuclear "
    "annihilation.",
    "The world faces its worst food crisis in decades, the UN warned.",
])
def test_a_warning_of_a_state_is_a_pessimistic_comment(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert [f[1] for f in facts] == ["012"]


@pytest.mark.parametrize(("text", "event"), [
    # controls: warnings with an addressee, a condition, "any", consequences or "would" stay threats
    ("Putin warned NATO that allowing Ukraine to strike deep inside Russia would mean war.",
     ("RUS", "130", None, "asserted")),
    ("Islamabad warned on Thursday that any attempt to stop Pakistan's share of the Indus waters would be treated as "
     "an act of war.", ("PAK", "130", None, "asserted")),
    ("Donald Trump warned there would be hell to pay in the Middle East unless Hamas released the hostages.",
     ("USA", "130", "PSE", "asserted")),
    ("Donald Trump warned on Thursday that the United States would very soon start hitting Venezuelan drug "
     "traffickers on land.", ("USA", "130", "VEN", "asserted")),
])
def test_warnings_of_harm_stay_threats(pipeline: Any, text: str, event: Fact) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Russia is preparing a new offensive, Zelensky warned.",
    "UN human rights officials warned that Israel's offensive on Gaza City could amount to the forcible transfer of "
    "its population.",
    "Iran warned that it was ready to close the Strait of Hormuz.",
])
def test_warnings_of_acts_are_no_pessimistic_comment(pipeline: Any, text: str) -> None:
    assert not [f for f in country_facts(pipeline, text, _DAY) if f[1] == "012"]


@pytest.mark.parametrize(("text", "event"), [
    ("The IMF warned that Egypt's debt had reached unsustainable levels.", (None, "012", "EGY", "asserted")),
    ("Sudan's war has set off the world's largest displacement crisis, UN refugee chief Filippo Grandi warned.",
     (None, "012", "SDN", "asserted")),
])
def test_a_pessimistic_comment_is_aimed_at_whom_it_names(pipeline: Any, text: str, event: Fact) -> None:
    assert event in country_facts(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "event"), [
    # a warning telling what the warner's own side does stays its threat
    ("Beijing warned that China was ready to use force against Taiwan.", ("CHN", "130", "TWN", "asserted")),
    ("Moscow warned that Russia has deployed nuclear weapons to Belarus.", ("RUS", "130", "BLR", "asserted")),
    # told of another: the act is coded as reported, with no threat by the warner
    ("Zelensky warned that Russia was massing troops near Kharkiv.", ("RUS", "154", "UKR", "asserted")),
])
def test_a_warning_of_what_a_named_party_does(pipeline: Any, text: str, event: Fact) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert event in facts
    if event[1] != "130":
        assert not [f for f in facts if f[1].startswith("13")]
