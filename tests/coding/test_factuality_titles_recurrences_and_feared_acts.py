"""Sentences that name acts without reporting them, and the labels of acts feared, denied or left open
(docs/factuality.md, "Round twenty-two"): explainer and work titles, "whenever" patterns, states that have lasted,
acts guarded against, reports called false, "neither ... nor", "not a single", negations above an open question,
and the occasion an intent was stated on. Each sentence is a probe of its own; the controls keep reports in the same
words asserted."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _events(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {e for e in _events(pipeline, text) if e[3] == "asserted"}


@pytest.mark.parametrize("text", [
    # titles of explainers, timelines and works
    "Timeline: Russia's invasion of Ukraine",
    "Q&A: What Israel's strike on Iran means for oil markets",
    "What we know about the Israeli strike on Iran",
    'Her book, "How China Blockades Taiwan", became a bestseller.',
    'The think tank published a report titled "Russia Invades the Baltics" on Monday.',
    # what happens each time
    "Whenever Israel strikes Syria, Russia condemns the attack.",
    "Whenever Pakistan is attacked, it blames India.",
    "Each time Turkey shells Kurdish positions, the United States urges restraint.",
    "Turkey tends to criticise Israel whenever fighting breaks out in Gaza.",
    "North Korea typically tests missiles when South Korea and the United States hold drills.",
    "Russia typically responds to new sanctions by expelling diplomats.",
    # states that last, measures lived under, standing backing, rates and shares
    "The Israeli blockade of Gaza has lasted for seventeen years.",
    "The ceasefire between Israel and Hezbollah has largely held.",
    "Venezuela is still subject to an American oil embargo.",
    "Hezbollah is backed by Iran.",
    "Russia supplies about 40 per cent of Hungary's gas.",
    "Egypt receives about $1.3 billion in American military aid a year.",
    # a life summed up: a subject whose death ends the span named, or "the late X"
    "Islam Karimov, who ruled Uzbekistan from 1989 until his death, crushed all dissent.",
    "Hafez al-Assad, in power until his death in 2000, crushed an uprising in Hama.",
    "The late Shinzo Abe pushed Japan to expel Chinese diplomats.",
    "Mariupol was left in ruins by months of Russian bombardment.",
    # a class of actors named by what its members do (a restrictive present relative on a bare plural)
    "Brussels may sanction Turkish banks that finance trade with Russia.",
    # acts guarded or braced against, dreaded, denied by a predicate of falseness
    "Finland joined NATO to protect itself from Russian aggression.",
    "Estonia braces for a Russian attack.",
    "Gulf states are hedging against an Iranian attack.",
    "The shelters are designed to withstand an Israeli strike.",
    "Many in Kyiv dread a Russian assault on the capital.",
    "Lebanon closed its airspace in anticipation of an Israeli strike.",
    "The myth of a Chinese invasion of Taiwan",
    "An impending Israeli offensive on Rafah alarmed Egypt.",
    "The drills rehearse a response to a Chinese blockade of Taiwan.",
    "Claims that Chinese warships had fired on a Philippine vessel were false, Manila said.",
    "The rumour that Turkey had expelled the Swedish ambassador proved false.",
    # a clause of any case at all; a noun of appetite whose phrase the parser hangs on an existential "be"
    "Beijing is unlikely to abandon Moscow, whatever Washington threatens.",
    "There is little appetite in Berlin for sending troops to Ukraine.",
    # "neither ... nor", "not a single", a visit put off
    "Officials in Tokyo stressed that Japan had neither supplied weapons to Ukraine nor trained its soldiers.",
    "Not a single European state has sent troops to Ukraine.",
    "The visit by Wang Yi to Tokyo has been put off indefinitely.",
])
def test_sentence_reports_no_asserted_event(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), (text, _events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    # feared, denied and open acts keep their event with the right label
    ("Poland is arming itself against a possible Russian invasion.", ("RUS", "19", "POL", "hypothetical")),
    ("Gulf states are hedging against an Iranian attack.", ("IRN", "19", None, "hypothetical")),
    ("Ahead of a possible Israeli strike on Iran, airlines cancelled flights to Tehran.",
     ("ISR", "19", "IRN", "hypothetical")),
    ("Claims that Chinese warships had fired on a Philippine vessel were false, Manila said.",
     ("CHN", "19", "PHL", "negated")),
    ("The accusation that Rwanda backs the M23 rebels has strained ties with Congo.",
     ("RWA", "05", "COD", "hypothetical")),
    ("Officials in Tokyo stressed that Japan had neither supplied weapons to Ukraine nor trained its soldiers.",
     ("JPN", "07", "UKR", "negated")),
    ("Not a single European state has sent troops to Ukraine.", (None, "07", "UKR", "negated")),
    ("The visit by Wang Yi to Tokyo has been put off indefinitely.", ("CHN", "04", "JPN", "future")),
    # a negation above "whether" leaves the act open, not denied
    ("Officials would not say whether Israel struck the Iranian consulate.", ("ISR", "19", "IRN", "hypothetical")),
    ("Nobody knows whether North Korea sent troops to Russia.", ("PRK", "07", "RUS", "hypothetical")),
    # "stopped short of", "came close to", "was shelved": not done (the subject of "stopped short of" acts)
    ("India has stopped short of condemning Russia.", ("IND", "11", "RUS", "negated")),
    ("Washington stopped short of imposing sanctions on Israel.", ("USA", "16", "ISR", "negated")),
    ("Russia came close to invading Moldova in 2022.", ("RUS", "19", "MDA", "negated")),
    ("The plan to expel Russian diplomats was shelved.", (None, "17", "RUS", "negated")),
    ("Russia is close to capturing Pokrovsk.", ("RUS", "19", "UKR", "hypothetical")),
    # "no date" for an act does not deny it
    ("No date has been set for Putin's visit to Turkey.", ("RUS", "04", "TUR", "future")),
    # a condition is open whatever its host denies
    ("Iran will not attack Israel unless the United States strikes first.", ("USA", "19", "IRN", "hypothetical")),
    ("Ukraine will not negotiate as long as Russian troops occupy its territory.",
     ("RUS", "19", None, "hypothetical")),
    ("Saudi officials warned that not a single tanker would sail to Europe if the European Union sanctioned Saudi "
     "oil.", (None, "16", "SAU", "hypothetical")),
    ("Iran will not attack Israel unless the United States strikes first.", ("IRN", "19", "ISR", "negated")),
    # the occasion on which an intent was stated happened
    ("Lee Jae-myung said he intended to build closer ties with Tokyo, in his first call with Shigeru Ishiba.",
     ("KOR", "04", "JPN", "asserted")),
    ("Lee Jae-myung said he hoped to improve ties with Tokyo, in his first phone call with Shigeru Ishiba.",
     ("JPN", "04", "KOR", "asserted")),
    # controls: the same words reporting acts
    ("Reports that Russia had attacked the convoy were confirmed by the Pentagon.", ("RUS", "19", None, "asserted")),
    ("The news that Russia had invaded Ukraine shocked Europe.", ("RUS", "19", "UKR", "asserted")),
    ("Russian troops that entered Kharkiv on Monday shelled the city.", ("RUS", "19", "UKR", "asserted")),
    ("Japan supplied weapons to Ukraine and trained its soldiers.", ("JPN", "07", "UKR", "asserted")),
    ("Not only Russia but also China sent warships to the drills.", ("CHN", "15", None, "asserted")),
    ("Israel's Iron Dome protected Tel Aviv from the Iranian missile attack on Saturday.",
     ("IRN", "19", None, "asserted")),
    ("Ukraine defended Kyiv against a massive Russian drone attack overnight.", ("RUS", "19", None, "asserted")),
    ("Russia responded to the sanctions by expelling ten German diplomats on Friday.",
     ("RUS", "17", "DEU", "asserted")),
    ("When Israel struck the Iranian consulate in Damascus, Iran vowed revenge.", ("ISR", "19", "IRN", "asserted")),
    ("Hezbollah was backed by Iran in its 2006 war with Israel.", ("IRN", "05", "LBN", "asserted")),
    ("Germany is now backing Ukraine's bid to join NATO.", ("DEU", "05", "UKR", "asserted")),
    ("Timeline: Israel strikes Iran's nuclear sites", ("ISR", "19", "IRN", "asserted")),
    ("The Russian attack on Kharkiv killed 12 people on Saturday.", ("RUS", "19", "UKR", "asserted")),
    ("Erdogan vowed to retaliate against Israel in a speech to parliament.", ("TUR", "13", "ISR", "asserted")),
    ("Russia held talks with Ukraine in Istanbul on Tuesday.", ("RUS", "04", "UKR", "asserted")),
    ("However, Russia attacked Kharkiv on Tuesday.", ("RUS", "19", "UKR", "asserted")),
    ("Putin, who has ruled Russia since 2000, expelled British diplomats on Monday.", ("RUS", "17", "GBR", "asserted")),
    ("After three days of fighting, Israel and Hamas agreed to a truce.", ("ISR", "03", "PSE", "asserted")),
    ("There was a Russian attack on Kharkiv on Tuesday.", ("RUS", "19", "UKR", "asserted")),
    ("The United States placed Iran under new sanctions on Monday.", ("USA", "16", "IRN", "asserted")),
])
def test_label_of_feared_denied_and_reported_acts(pipeline: Any, text: str,
                                                  expected: tuple[str | None, str, str | None, str]) -> None:
    got = _events(pipeline, text)
    assert expected in got, (text, got)
