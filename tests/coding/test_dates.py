"""Tests of event dates: time expressions resolved against the publication date, with the real model."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.coding.dates import resolve_event_date, resolve_time_expression

BASE = date(2025, 10, 15)  # a Wednesday

# (phrase, expected when the event is past, expected when it is planned)
EXPRESSIONS = [
    ("on Friday", date(2025, 10, 10), date(2025, 10, 17)),
    ("Friday", date(2025, 10, 10), date(2025, 10, 17)),
    ("Wednesday", BASE, BASE),
    ("last Friday", date(2025, 10, 10), date(2025, 10, 10)),
    ("next Friday", date(2025, 10, 17), date(2025, 10, 17)),
    ("Monday night", date(2025, 10, 13), date(2025, 10, 20)),
    ("next week", date(2025, 10, 20), date(2025, 10, 20)),
    ("last week", date(2025, 10, 6), date(2025, 10, 6)),
    ("this week", BASE, BASE),
    ("earlier this week", date(2025, 10, 13), date(2025, 10, 13)),
    ("yesterday", date(2025, 10, 14), date(2025, 10, 14)),
    ("today", BASE, BASE),
    ("tonight", BASE, BASE),
    ("tomorrow", date(2025, 10, 16), date(2025, 10, 16)),
    ("11 hours ago", BASE, BASE),
    ("two days ago", date(2025, 10, 13), date(2025, 10, 13)),
    ("three weeks ago", date(2025, 9, 24), date(2025, 9, 24)),
    ("a year ago", date(2024, 10, 15), date(2024, 10, 15)),
    ("in two weeks", date(2025, 10, 29), date(2025, 10, 29)),
    ("last month", date(2025, 9, 1), date(2025, 9, 1)),
    ("next month", date(2025, 11, 1), date(2025, 11, 1)),
    ("last year", date(2024, 1, 1), date(2024, 1, 1)),
    ("last January", date(2025, 1, 1), date(2025, 1, 1)),
    ("last October", date(2024, 10, 1), date(2024, 10, 1)),
    ("next March", date(2026, 3, 1), date(2026, 3, 1)),
    ("in late August", date(2025, 8, 21), date(2026, 8, 21)),
    ("early March", date(2025, 3, 1), date(2026, 3, 1)),
    ("mid-November", date(2024, 11, 11), date(2025, 11, 11)),
    ("earlier this month", date(2025, 10, 1), date(2025, 10, 1)),
    ("in June", date(2025, 6, 1), date(2026, 6, 1)),
    ("on March 3", date(2025, 3, 3), date(2026, 3, 3)),
    ("3 March", date(2025, 3, 3), date(2026, 3, 3)),
    ("Sept. 12", date(2025, 9, 12), date(2026, 9, 12)),
    ("December 1st", date(2024, 12, 1), date(2025, 12, 1)),
    ("March 3, 2024", date(2024, 3, 3), date(2024, 3, 3)),
    ("3 March 2024", date(2024, 3, 3), date(2024, 3, 3)),
    ("March 2024", date(2024, 3, 1), date(2024, 3, 1)),
    ("in 2023", date(2023, 1, 1), date(2023, 1, 1)),
    ("2024-06-01", date(2024, 6, 1), date(2024, 6, 1)),
    ("late 2002", date(2002, 9, 1), date(2002, 9, 1)),
    ("late Sunday", date(2025, 10, 12), date(2025, 10, 19)),
    ("last week's", date(2025, 10, 6), date(2025, 10, 6)),
    ("on Sunday and Monday", date(2025, 10, 12), date(2025, 10, 19)),
]


@pytest.mark.parametrize(("text", "past", "future"), EXPRESSIONS, ids=[e[0] for e in EXPRESSIONS])
def test_time_expression_past_and_future(text: str, past: date, future: date) -> None:
    assert resolve_time_expression(text, BASE, prefer="past") == past
    assert resolve_time_expression(text, BASE, prefer="future") == future


@pytest.mark.parametrize("text", ["for two weeks", "20-year", "two-day", "the past two weeks",
                                  "the last three months", "decades", "the 1990s", "recently",
                                  "years", "over three days",
                                  "a day earlier", "two days later", "until 2030", "before March 3"])
def test_time_expression_duration_is_no_date(text: str) -> None:
    assert resolve_time_expression(text, BASE, prefer="past") is None


def test_time_expression_last_month_name_in_january() -> None:
    assert resolve_time_expression("last January", date(2026, 1, 20), prefer="past") == date(2025, 1, 1)


def test_time_expression_invalid_day_is_none() -> None:
    assert resolve_time_expression("February 30", BASE, prefer="past") is None


def test_time_expression_is_cached() -> None:
    resolve_time_expression.cache_clear()
    resolve_time_expression("next week", BASE, prefer="future")
    resolve_time_expression("next week", BASE, prefer="future")
    assert resolve_time_expression.cache_info().hits >= 1


def _sentence(nlp: Any, text: str) -> Any:
    return next(nlp(text).sents)


# (sentence, future?, expected date with BASE as the publication date)
SENTENCES = [
    ("Putin is scheduled to meet with Iran's president on Friday in Turkmenistan.", True, date(2025, 10, 17)),
    ("Putin met Iran's president on Friday in Turkmenistan.", False, date(2025, 10, 10)),
    ("Iran fired missiles at Israel last Friday.", False, date(2025, 10, 10)),
    ("Israel struck targets in Gaza 11 hours ago, officials said.", False, BASE),
    ("Russia shelled Kharkiv two days ago.", False, date(2025, 10, 13)),
    ("China will hold talks with India next week.", True, date(2025, 10, 20)),
    ("The minister visited Kyiv this week.", False, BASE),
    ("Protesters rallied outside the embassy yesterday.", False, date(2025, 10, 14)),
    ("The two sides signed the accord last January.", False, date(2025, 1, 1)),
    ("Troops withdrew from the town in late August.", False, date(2025, 8, 21)),
    ("Egypt hosted talks earlier this month.", False, date(2025, 10, 1)),
    ("France recalled its ambassador last month.", False, date(2025, 9, 1)),
    ("The treaty was signed on March 3, 2024, in Moscow.", False, date(2024, 3, 3)),
    ("Turkey and Greece signed the agreement on 3 March.", False, date(2025, 3, 3)),
    ("The summit took place in 2023 at Davos.", False, date(2023, 1, 1)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "future", "expected"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_event_date_from_sentence(nlp: Any, text: str, future: bool, expected: date) -> None:
    assert resolve_event_date(_sentence(nlp, text), BASE, future=future) == expected


@pytest.mark.slow
def test_event_date_weekday_depends_on_future(nlp: Any) -> None:
    sent = _sentence(nlp, "Putin is scheduled to meet with Iran's president on Friday in Turkmenistan.")
    assert resolve_event_date(sent, BASE, future=True) == date(2025, 10, 17)
    assert resolve_event_date(sent, BASE, future=False) == date(2025, 10, 10)


@pytest.mark.slow
def test_event_date_duration_adjective_gives_no_date(nlp: Any) -> None:
    sent = _sentence(nlp, "Russia and Iran signed a 20-year strategic partnership.")
    assert resolve_event_date(sent, BASE, future=False) == BASE
    assert resolve_event_date(sent, None, future=False) is None


@pytest.mark.slow
def test_event_date_duration_phrase_does_not_move_date(nlp: Any) -> None:
    sent = _sentence(nlp, "The two delegations negotiated for two weeks.")
    assert resolve_event_date(sent, BASE, future=False) == BASE


@pytest.mark.slow
def test_event_date_without_expression_is_publication_date(nlp: Any) -> None:
    sent = _sentence(nlp, "Iran condemned the strikes.")
    assert resolve_event_date(sent, BASE, future=False) == BASE
    assert resolve_event_date(sent, None, future=False) is None


@pytest.mark.slow
def test_event_date_without_publication_date_uses_explicit_year(nlp: Any) -> None:
    assert resolve_event_date(_sentence(nlp, "The treaty was signed on March 3, 2024."), None,
                              future=False) == date(2024, 3, 3)
    assert resolve_event_date(_sentence(nlp, "Iran fired missiles at Israel last Friday."), None,
                              future=False) is None
