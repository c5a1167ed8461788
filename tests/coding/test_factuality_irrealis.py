"""Acts imagined, weighed, averted or headlined are not stated as done (docs/factuality.md, "Imagined, weighed,
averted and headlined acts"): headlines with "to", war games and scenarios, editorials' "for X to" and pseudo-clefts,
options listed, acts averted or deterred, the act "instead of" which another was done, comparisons, opinions held by
a share of a people, near misses. Plain reports in the same words stay asserted."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # war games, scenarios, simulations, imagined worlds
    "In the war game, Russia seizes Narva and NATO bombs Russian bases in Pskov.",
    "Under the worst-case scenario, China blockades Taiwan for six months.",
    "The war game ended with China firing missiles at Guam.",
    "Analysts modelled a Chinese blockade of Taiwan.",
    "Imagine a world in which Iran tests a nuclear bomb.",
    # editorials: "for X to", pseudo-clefts, "high time"
    "The best answer is for Europe to expel every Russian spy.",
    "What Washington should do is recognise Somaliland.",
    "It is high time that Brussels sanctioned Israeli settlers.",
    # capability and degree
    "Hungary is strong enough to veto the whole package.",
    "Israel's navy is equipped to blockade Lebanon's coast.",
    "Ukraine is now free to strike airfields inside Russia.",
    # options listed
    "Among the options under consideration are expelling Chinese diplomats and suspending flights.",
    "The menu of options includes expelling the ambassador and freezing Iranian assets.",
    "The proposals range from sanctioning Russian banks to seizing their assets.",
    # acts averted, deterred, nearly done, on the brink
    "The truce averted an Israeli invasion of Rafah.",
    "The agreement staved off a war between Ethiopia and Eritrea.",
    "The deployment is meant to deter a Russian attack on Lithuania.",
    "Armenia nearly expelled the Russian ambassador in 2023.",
    "Pakistan is on the brink of attacking Afghan border posts.",
    "Venezuela is close to seizing the Essequibo region.",
    # comparisons, opinions of a people, disputes
    "Seoul fears a North Korean nuclear test more than a Chinese blockade of Taiwan.",
    "Most Poles reject sending troops to Ukraine, a survey shows.",
    "Most Italians oppose arming Israel.",
    "Public opinion in Spain is against expelling Moroccan diplomats.",
    "Germans remain divided over sending Taurus missiles to Kyiv.",
    "Ordinary Cypriots have little hope of a settlement with Turkey.",
    "Many Venezuelans have no faith in talks with the government.",
    "Average Russians see little hope that the war will end soon.",
    # generic relatives, conditions, lasting states
    "Anyone who attacks Turkey will pay a heavy price.",
    "As long as Russia occupies Crimea, Kyiv will refuse to negotiate.",
    "Colombia's civil war raged for more than half a century.",
    # obligations in the present, distances, likelihoods, notions
    "France has to send more shells to Ukraine, the Ukrainian minister said.",
    "Ghana is weeks away from deploying troops to Mali.",
    "A Turkish incursion into Syria remains unlikely this year.",
    "A Russian strike on the Baltic states is now a real possibility.",
    "The notion of Spain expelling Moroccan diplomats is far-fetched.",
    # hearsay with a "that" clause, unconfirmed reports
    "Seoul dismissed reports that North Korean troops had crossed into Russia.",
    "Allegations that Uganda armed the rebels have strained ties with Kinshasa.",
    "Unconfirmed reports said Turkish jets bombed a convoy near Qamishli.",
    "Pressure is mounting on Jordan to allow aid into Syria.",
    # terms of measures and manifestos in the present
    "The sanctions bar Iranian banks from the SWIFT system.",
    "The party's manifesto promises to quit NATO and expel American troops.",
    "Bangladesh's opposition will boycott the vote, which is certain to hand Sheikh Hasina another term.",
])
def test_imagined_weighed_and_averted_acts_are_not_asserted(pipeline: Any, text: str) -> None:
    assert _asserted(pipeline, text) == set(), text


@pytest.mark.parametrize(("text", "absent"), [
    # the act "instead of" which, or "rather than" which, another was done, and the act "let alone" adds
    ("Turkey bought Russian gas instead of sanctioning Moscow.", "16"),
    ("Instead of expelling the Iranian ambassador, Germany summoned him.", "17"),
    ("China has not condemned the invasion, let alone sanctioned Russia.", "16"),
])
def test_the_act_not_chosen_is_not_asserted(pipeline: Any, text: str, absent: str) -> None:
    roots = {root for _, root, _ in _asserted(pipeline, text)}
    assert absent not in roots, (text, roots)


def test_the_act_rather_than_which_another_was_done_is_negated(pipeline: Any) -> None:
    facts = country_facts(pipeline, "Rather than invade Gaza, Israel struck Hamas positions from the air.", _DAY)
    assert ("ISR", "190", "PSE", "negated") in facts, facts


@pytest.mark.parametrize("text", [
    "Iran to free detained French tourists",
    "Japan to expel Russian diplomat",
    "Spain to recognise Palestinian state, Sanchez says",
    "UN envoy to visit Kyiv and Moscow",
    "Iran to be hit with new British sanctions",
    "Exclusive: Qatar to host Hamas leaders",
    "Pakistan set to deport Afghan migrants",
    "Starting in March, Mexico imposes tariffs on Chinese steel.",
])
def test_headline_infinitives_and_start_dates_are_future(pipeline: Any, text: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert facts, text
    assert all(f == "future" for *_, f in facts), (text, facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran frees two French prisoners", ("IRN", "08", "FRA")),
    ("Japan expels Russian diplomat", ("JPN", "17", "RUS")),
    ("Turkey sends troops to Libya", ("TUR", "07", "LBY")),
    ("Russia struck Odesa's port rather heavily on Sunday.", ("RUS", "19", "UKR")),
    ("It was the second time that Russia had struck Odesa's port this week.", ("RUS", "19", "UKR")),
    ("In the drills, Chinese warships encircled Taiwan for two days.", ("CHN", "19", "TWN")),
    ("Nigeria deployed more troops to Chad than Ghana did.", ("NGA", "15", "TCD")),
    ("Kenya arrested three Somali nationals rather than deport them.", ("KEN", "17", "SOM")),
    ("Poland summoned the Russian ambassador instead, the ministry said.", ("POL", "11", "RUS")),
    ("What Russia did was invade a sovereign country, Zelensky said.", ("RUS", "19", None)),
    ("The Armenian parliament voted to suspend cooperation with the CSTO.", ("ARM", "16", None)),
    ("Will the Israeli army's investigation into the shooting of the journalists hold anyone to account?",
     ("ISR", "09", None)),
    ("Russia had to withdraw its troops from Kherson in November.", ("RUS", "08", "UKR")),
    ("Turkey confirmed reports that its jets had bombed a convoy near Qamishli.", ("TUR", "19", "SYR")),
    ("Erdogan has little hope of a settlement with Cyprus.", ("TUR", "01", "CYP")),
    ("Ordinary Cypriots protested against Turkey's new base.", ("CYP", "14", "TUR")),
])
def test_plain_reports_in_the_same_words_stay_asserted(pipeline: Any, text: str,
                                                       expected: tuple[str | None, str, str | None]) -> None:
    assert expected in _asserted(pipeline, text), (text, _asserted(pipeline, text))
