"""A surname that several listed people share, alone in an article that names the leader's country ("Kim" with KCNA
or Pyongyang, "Aliyev" with Azerbaijan), is the one of them who leads that state on the article's date, when the
others then in office serve that same state; with no such country, a surname spelt like a common given name ("Ali",
"Philippe") and a full name that is not a listed person ("Kim Kardashian") it stays unresolved. Sentences are our own (see docs/actors-and-tenures.md, "Round twenty-two: actors news names by role")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Kim oversaw the launch of a new missile, KCNA said.", "2024-06-01", "Kim", "PRKGOV"),
    ("Kim oversaw the launch. Pyongyang said the test was a success.", "2024-06-01", "Kim", "PRKGOV"),
    ("Trump met North Korea's leader in Hanoi. Kim said the talks were good.", "2019-02-27", "Kim", "PRKGOV"),
    ("Aliyev met Pashinyan in Brussels to discuss Azerbaijan's border.", "2024-06-01", "Aliyev", "AZEGOV"),
    ("Khan accused India of genocide in Kashmir, Pakistan's state media said.", "2020-06-01", "Khan", "PAKGOV"),
    ("Sharif urged the IMF to release funds to Pakistan.", "2023-06-01", "Sharif", "PAKGOV"),
    ("Li met German business leaders in Berlin to promote Chinese exports.", "2024-06-01", "Li", "CHNGOV"),
    ("Aoun called for calm after the strike on southern Lebanon.", "2025-03-01", "Aoun", "LBNGOV"),
    ("Berdimuhamedow hosted the summit in Ashgabat.", "2023-06-01", "Berdimuhamedow", "TKMGOV"),
    ("Hariri formed a new Lebanese cabinet.", "2018-06-01", "Hariri", "LBNGOV"),
    ("Park ordered an inquiry into the ferry disaster off South Korea.", "2016-06-01", "Park", "KORGOV"),
    ("Trump met Kim in Hanoi.", "2019-02-27", "Kim", "PRKGOV"),  # beside a foreign leader (round twenty-five)
])
def test_a_shared_surname_alone_is_the_leader_in_office(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                        code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "word"), [
    ("Ali said the talks had failed.", "2022-06-01", "Ali"),  # the given name of dozens of listed people
    ("Philippe said the government would not back down.", "2018-10-05", "Philippe"),  # a king and a premier
    ("Kim Kardashian visited the White House to lobby for a prisoner.", "2018-06-01", "Kim"),
    ("Aoun called for calm.", "2024-06-01", "Aoun"),  # no Aoun in office that day
    ("Khan met the judges in The Hague.", "2023-06-01", "Khan"),  # the one Khan in office is no national leader
    ("Kim oversaw a missile launch. Japan's Kim protested.", "2024-03-01", "Kim"),
])
def test_a_shared_surname_with_no_leader_stays_unresolved(resolver: Any, nlp: Any, text: str, day: str,
                                                          word: str) -> None:
    assert not any(word in mention for mention in mention_codes(resolver, nlp, text, day))


def test_an_undated_shared_surname_stays_unresolved(resolver: Any, nlp: Any) -> None:
    assert "Kim" not in mention_codes(resolver, nlp, "Kim oversaw the launch of a new missile.", None)


@pytest.mark.parametrize(("text", "day", "code"), [
    ("South Korea's Kim flew to Pyongyang.", "2000-06-13", "KORGOV"),  # Kim Dae-jung, not the North's leader
    ("North Korea's Kim met Putin in Vostochny.", "2023-09-13", "PRKGOV"),
])
def test_a_country_before_the_surname_still_picks_its_own(resolver: Any, nlp: Any, text: str, day: str,
                                                          code: str) -> None:
    assert code in mention_codes(resolver, nlp, text, day).values()
