"""Names with one slip (actors/spelling.py): misspelt countries and people, and names that are no slips."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    find_mention,
    resolve_mentions,
)

from detente.actors import ActorResolver
from detente.actors.spelling import SpellingIndex, country_slip, one_edit

_resolve = resolve_mentions


def test_one_edit_and_country_slips() -> None:
    assert one_edit("bouteflicka", "bouteflika") and one_edit("gbago", "gbagbo") and one_edit("isreal", "israel")
    assert not one_edit("austria", "australia") and not one_edit("iran", "iran")
    assert country_slip("ethopia", "ethiopia") and country_slip("britian", "britain")
    # changed letters and first letters are names, not slips
    assert not country_slip("angela", "angola") and not country_slip("olivia", "bolivia")
    assert not country_slip("roland", "poland") and not country_slip("herman", "german")
    assert SpellingIndex(["gambia", "zambia"]).near("sambia") == ("gambia", "zambia")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Ethopia has agreed to re-open its borders to UN peacekeepers.", None, "Ethopia", "ETH"),
    ("Isreali troops shelled the town.", None, "Isreali troops", "ISRMIL"),
    ("President Abdelaziz Bouteflicka threatened to impose a curfew.", "2001-06-01",
     "President Abdelaziz Bouteflicka", "DZAGOV"),
    ("Rebels dismissed an appeal from President Laurent Gbago to lay down their arms.", "2002-11-01",
     "President Laurent Gbago", "CIVGOV"),
    ("Rwandan rebels demanded the removal of President Juvenal Habyariman.", "1992-08-01",
     "President Juvenal Habyariman", "RWAGOV"),
])
def test_names_with_one_slip_are_read(resolver: ActorResolver, nlp: Any, text: str, day: str | None,
                                      mention: str, code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, day), mention).actor_code == code


@pytest.mark.parametrize("text", [
    "Roland Dumas met Angela Merkel.",
    "Greene criticised Olivia on Tuesday.",
    "Herman said it would not happen.",
])
def test_first_names_and_surnames_are_not_read_as_misspelt_countries(resolver: ActorResolver, nlp: Any,
                                                                     text: str) -> None:
    codes = {m.actor_code for m in _resolve(resolver, nlp, text, "2019-05-01")}
    assert not codes & {"POL", "AGO", "GRC", "BOL", "DEU"}


def test_a_person_slip_needs_the_exact_first_name(resolver: ActorResolver, nlp: Any) -> None:
    assert "DZAGOV" not in {m.actor_code for m in _resolve(resolver, nlp, "Ahmed Bouteflicka spoke.", "2001-06-01")}
