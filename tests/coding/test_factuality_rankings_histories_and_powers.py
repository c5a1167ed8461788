"""Rankings, shares, classes, closed histories and powers held state no event; acts answered, named as a reason or
denied by "without" keep their own label (docs/factuality.md, "Rankings, histories, powers and reasons")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _asserted(pipeline: Any, text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"]


@pytest.mark.parametrize("text", [
    # a ranking among all, in the present or the perfect, is where a country stands
    "Colombia takes in more Venezuelan migrants than any other country.",
    "Turkey hosts more Syrian refugees than any other country.",
    "China buys more Russian oil than any other country.",
    "Nicaragua exports more gold to the United States than any other Central American country.",
    "Bangladesh sends more troops to UN missions than almost any other nation.",
    "Pakistan has received more Chinese loans than any other country.",
    # a share of a whole as subject of a present simple: a trade pattern
    "Much of Laos's hydropower goes to Thailand.",
    "Most of Myanmar's rare earths go to China.",
    "About a third of Kenya's tea goes to Pakistan.",
    # "few" (not "a few") of a class, in the present: a statement about most of it
    "Few governments in Africa openly criticise the Rwandan president.",
    "Few Latin American leaders criticise Cuba in public.",
    # a present relative clause on a class that members belong to
    "Guatemala is one of the few countries that recognise Taiwan.",
    "Mali is among the countries that buy Russian wheat.",
])
def test_rankings_shares_and_classes_state_no_event(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), text


@pytest.mark.parametrize("text", [
    # a nominal act dated by its own modifier to a past decade or an era, and what it did
    "Bosnia's war in the 1990s killed about 100,000 people.",
    "The Bosnian war of the 1990s displaced more than two million people.",
    "The Awami League led Bangladesh's war of independence.",
    # an act that lasted a decade or more, and its toll
    "Sri Lanka's civil war lasted more than a quarter of a century.",
    "Nepal's Maoist insurgency lasted a decade and killed 17,000 people.",
    # a decade or more ago
    "Ethiopia's border war with Eritrea ended in a stalemate a generation ago.",
    "Serbia and Kosovo fought a war more than two decades ago.",
])
def test_closed_histories_state_no_event(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan's war killed dozens of civilians in El Fasher on Sunday.", ("SDN", "19", "asserted")),
    ("Serbia arrested three Kosovo police officers two days ago.", ("SRB", "17", "asserted")),
    # an apology today for an act more than a century ago is news; only the old act is history
    ("Frank-Walter Steinmeier asked Tanzanians for forgiveness in Songea on Wednesday for the crushing of the Maji "
     "Maji rebellion more than a century ago.", ("DEU", "05", "asserted")),
    # a headline's present without a ranking still reports
    ("Turkey sends more troops to northern Syria.", ("TUR", "07", "asserted")),
    ("Russian strikes on Ukraine's power grid caused blackouts in Kharkiv on Sunday.", ("RUS", "19", "asserted")),
    ("Russia fired more missiles at Kyiv on Sunday than in any previous attack.", ("RUS", "19", "asserted")),
])
def test_news_in_the_same_words_stays_asserted(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    facts = {(s, code[:2], f) for s, code, _, f in country_facts(pipeline, text, _DAY)}
    assert expected in facts, (text, facts)


@pytest.mark.parametrize("text", [
    "The Security Council has the authority to impose an arms embargo on Sudan.",
    "Only parliament has the authority to declare war on another country.",
    "The ICC has jurisdiction to try crimes committed against the Rohingya.",
    # an event word inside an institution's name; a plan "was to have" carried out was not
    "Sri Lanka's Commission to Investigate Allegations of Bribery or Corruption has few staff.",
    "Petro was to have visited Caracas on Friday.",
    # fronted "not once" on the auxiliary denies the clause
    "Not once has Hun Sen criticised Beijing in public.",
    "Not once has Modi visited Manipur since the violence began.",
])
def test_powers_held_and_acts_never_done_are_not_asserted(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), text


@pytest.mark.parametrize(("text", "expected"), [
    # a power used: its act is done
    ("Russia exercised its right to veto the resolution.", ("RUS", "12", "asserted")),
    ("Once again, Pakistan accused India of backing militants in Balochistan.", ("PAK", "11", "asserted")),
])
def test_powers_used_are_done(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    facts = {(s, code[:2], f) for s, code, _, f in country_facts(pipeline, text, _DAY)}
    assert expected in facts, (text, facts)


@pytest.mark.parametrize(("text", "expected"), [
    # what one failed to apologise for, or would not be condemned for, happened
    ("Colombia recalled its ambassador, saying Israel had failed to apologise for insulting Gustavo Petro.",
     ("ISR", "111", "COL", "asserted")),
    ("Brazil would never condemn Venezuela for arresting opposition leaders, Lula's critics say.",
     ("VEN", "173", "VEN", "asserted")),
    # a named act that is the reason for a possible one happened
    ("The EU could impose sanctions on Georgian officials over Tbilisi's crackdown on protesters.",
     ("GEO", "175", "GEO", "asserted")),
])
def test_acts_answered_or_named_as_reasons_happened(pipeline: Any, text: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    facts = {(s, code[:len(expected[1])], t, f) for s, code, t, f in country_facts(pipeline, text, _DAY)}
    assert expected in facts, (text, facts)


@pytest.mark.parametrize("text", [
    # "without" denies the named act it takes
    "A ceasefire without Rwanda's withdrawal would not last.",
    "No deal is possible without Israel's withdrawal from Gaza.",
    # a treaty's terms in a relative clause on it
    "Australia will fund Tuvalu's budget under a treaty that gives Canberra a veto over Tuvalu's security deals.",
    # what is negotiated "over" is still open, even with its owner named
    "Russia and Ukraine will negotiate over Russia's withdrawal from Kherson.",
    "Talks over Israel's withdrawal from Gaza stalled.",
    # a nominal act as the subject of a practice
    "Talks between the generals in Sudan always collapse for the same reason.",
    "Russian strikes on Ukraine's power grid routinely cause blackouts.",
])
def test_acts_denied_by_without_and_terms_in_relatives_are_not_asserted(pipeline: Any, text: str) -> None:
    assert not _asserted(pipeline, text), text


@pytest.mark.parametrize("text", [
    # an infinitive the parser hangs on the verb belongs to the object that plots it
    "Police in Bogotá foiled a plot to kill Gustavo Petro, officials said.",
    "Colombian police uncovered a plot to assassinate Petro.",
])
def test_plotted_acts_are_not_asserted(pipeline: Any, text: str) -> None:
    assert not any(code.startswith("18") for _, code, _, _ in _asserted(pipeline, text)), text


def test_a_decision_taken_reports_its_act(pipeline: Any) -> None:
    # "took the decision to" is "decided to": the expulsion is reported
    facts = country_facts(pipeline, "Mali took the decision to expel the French ambassador on Monday.", _DAY)
    assert ("MLI", "174", "FRA", "asserted") in facts, facts
