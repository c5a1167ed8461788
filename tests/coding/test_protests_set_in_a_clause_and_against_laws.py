"""Protests named by a noun a clause is set in, and protests against a law (twenty-eighth round, docs/coding.md): a
rally or protest in a "during / at / amid" phrase is made by the protesters who take part in the clause, as its
subject or its object, and happened as the clause did; a rally at which a demand is made presses whom the demand is
made of; a protest at home against a bill, law or decree is aimed at the state that makes it, not one against taxes or
cuts. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Dhaka arrested hundreds of students during protests over job quotas.",
     ("BGD", "14", None, "asserted")),
    ("French farmers dumped manure outside government buildings during protests over fuel prices.",
     ("FRA", "14", None, "asserted")),
    ("Students demanded snap elections at a rally in Belgrade on Saturday.", ("SRB", "14", "SRB", "asserted")),
    ("Georgian police detained dozens of protesters during a rally against the foreign agents bill.",
     ("GEO", "14", "GEO", "asserted")),
])
def test_a_protest_a_clause_is_set_in_is_the_protesters(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of thousands marched through Hong Kong against the extradition bill on Sunday.",
     ("HKG", "14", "HKG", "asserted")),
    ("Thousands rallied in Tbilisi against the foreign agents bill.", ("GEO", "14", "GEO", "asserted")),
    ("Kenyan protesters rallied in Nairobi against the finance bill.", ("KEN", "14", "KEN", "asserted")),
])
def test_a_protest_against_a_law_at_home_presses_the_state(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    # no protester in the clause: whose rally it was is not said
    ("Police fired tear gas during the rally in Nairobi.", "14"),
])
def test_no_protest_without_protesters_in_the_clause(pipeline: Any, text: str, absent: str) -> None:
    assert not any(r == absent for _, r, _, _ in _roots(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    # taxes and cuts are no law: such a protest names no one
    ("Thousands of workers will strike across France on Thursday against the budget cuts.",
     ("FRA", "14", None, "future")),
    ("Kenyan protesters stormed the country's parliament during demonstrations against tax rises.",
     ("KEN", "14", "KEN", "asserted")),
    # bills to pay are no law
    ("Traders across Pakistan downed shutters on Saturday in a nationwide strike against soaring electricity bills.",
     ("PAK", "14", None, "asserted")),
])
def test_controls(pipeline: Any, text: str, expected: tuple[str, str, str | None, str]) -> None:
    roots = _roots(pipeline, text)
    assert expected in roots
    assert not any(r == "14" and t is not None and t != expected[2] for _, r, t, _ in roots), roots
