"""Articles without a publication date, names several people share, and the older office holders.

With no date the resolver must not pretend the article is from today: a title names its country or IGO
but no holder, and a person codes by what all their offices have in common.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.actors.mentions import find_mention, resolve_mentions

from detente.actors import ActorResolver, KnowledgeBase

_undated = partial(resolve_mentions, day=None)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Israeli prime minister said the talks had failed.", "Israeli prime minister", "ISRGOV"),
    ("Iran's president spoke to reporters.", "Iran's president", "IRNGOV"),
    ("The UN secretary-general called for calm.", "UN secretary-general", "IGOUNO"),
])
def test_title_without_date_codes_its_polity_but_no_holder(resolver: ActorResolver, nlp: Any, text: str,
                                                             mention: str, code: str) -> None:
    m = find_mention(_undated(resolver, nlp, text), mention)
    assert (m.actor_code, m.kind != "person") == (code, True)
    assert m.name in (None, "United Nations")
    assert "no article date" in m.reason


def test_title_with_date_still_names_the_holder(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(list(resolver.resolve(nlp("Iran's president spoke."), date(2024, 10, 9))), "Iran's president")
    assert (m.actor_code, m.name) == ("IRNGOV", "Masoud Pezeshkian")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Kofi Annan said the inspectors would stay.", "Kofi Annan", "IGOUNO"),  # every office: UN secretary-general
    ("Jens Stoltenberg spoke in Oslo.", "Jens Stoltenberg", "NORGOV"),  # NATO and Norway: the national office
    ("NATO's Stoltenberg spoke in Brussels.", "NATO's Stoltenberg", "IGOWSTNAT"),  # the text names NATO
    ("U.N. Secretary-General Kofi Annan announced a plan.", "U.N. Secretary-General Kofi Annan", "IGOUNO"),
    ("Boris Yeltsin signed the decree.", "Boris Yeltsin", "RUSGOV"),
])
def test_person_without_date_codes_by_their_offices(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                    code: str) -> None:
    m = find_mention(_undated(resolver, nlp, text), mention)
    assert m.actor_code == code
    assert "no article date" in m.reason


def test_shared_name_codes_when_everyone_codes_alike(resolver: ActorResolver, nlp: Any) -> None:
    # Two Presidents Bush: with no date neither is picked, but both are the US government.
    m = find_mention(_undated(resolver, nlp, "President Bush threatened further action against Russia."),
                     "President Bush")
    assert (m.actor_code, m.name, m.kind) == ("USAGOV", None, "country")
    # On a date the one in office is chosen, as before.
    dated = find_mention(list(resolver.resolve(nlp("President Bush threatened Russia."), date(1991, 5, 1))),
                         "President Bush")
    assert (dated.actor_code, dated.name) == ("USAGOV", "George H. W. Bush")


def test_shared_name_of_different_countries_stays_unresolved(resolver: ActorResolver, nlp: Any) -> None:
    # "Kim" names North and South Korean leaders: they do not code alike, so no guess is made.
    mentions = _undated(resolver, nlp, "Kim said the talks would continue.")
    assert not any(m.mention == "Kim" for m in mentions)


def test_lookup_phrase_without_date_means_today(resolver: ActorResolver) -> None:
    # ``detente actors lookup`` asks about now; only articles without a date are undated.
    m = resolver.resolve_phrase("Iran's president", None)[0]
    assert m.kind == "person" and m.name


@pytest.mark.parametrize(("name", "day", "code", "person"), [
    ("Boris Yeltsin", date(1995, 6, 1), "RUSGOV", "Boris Yeltsin"),
    ("Helmut Kohl", date(1990, 1, 1), "DEUGOV", "Helmut Kohl"),
    ("Dawda Jawara", date(1990, 1, 1), "GMBGOV", "Dawda Jawara"),
    ("Gazprom", date(2024, 1, 1), "RUSBUS", None),
    ("the Sejm", date(2024, 1, 1), "POLLEG", None),
    ("ISI", date(2024, 1, 1), "PAKSPY", None),
    ("European Community", date(1990, 1, 1), "IGOEUREEC", None),
])
def test_older_office_holders_and_institutions(kb: KnowledgeBase, name: str, day: date, code: str,
                                               person: str | None) -> None:
    found = kb.lookup(name, on=day)[0]
    assert found.actor_code == code
    if person is not None:
        assert found.name == person
