"""Acts dated against the publication day (docs/factuality.md, "Dated by the publication day", nineteenth round).

An act in the simple past dated to a year two or more calendar years before the article's is history ("Russia annexed
Crimea in March 2014" in a 2024 article), unless a verb of saying or finding reports it; a closed span of years that
runs up to the publication year or the one before is recent news, not history. Without a publication date neither
test applies. The tests read the clause test itself (``habitual`` with the day), on the real parser.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.coding.factuality_background import habitual

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _word(nlp: Any, text: str, word: str) -> Any:
    """The token ``word`` (its first occurrence) in ``text`` parsed by the real model."""
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("Russia annexed Crimea in March 2014.", "annexed"),
    ("Britain left the European Union in January 2020 after 47 years of membership.", "left"),
    ("Japan imposed export controls on three chemicals to South Korea in 2019, a dispute that took four years to "
     "settle.", "imposed"),
    ("The United States first imposed tariffs on Chinese steel in 2018 under Section 232.", "imposed"),
    ("Kenya's Supreme Court annulled a presidential election in 2017, a first in Africa.", "annulled"),
    ("Colombia signed a peace deal with the FARC in 2016.", "signed"),
    ("In March 2021, Myanmar's junta expelled the British ambassador.", "expelled"),
    ("Four Iranian diplomats were expelled from Azerbaijan in 2020.", "expelled"),
    ("The court, which convicted Lula in 2017, later annulled the verdict.", "convicted"),
    ("Algeria cut diplomatic ties with Morocco in August 2021, accusing Rabat of hostile acts.", "accusing"),
    ("Between 2015 and 2019, Italy returned thousands of migrants to Libya.", "returned"),
    ("The last time Ankara expelled an ambassador was in 2017.", "expelled"),
    ("The ambassador, who was expelled from Moscow in 2018, is a veteran of the foreign service.", "expelled"),
])
def test_an_act_dated_years_before_the_article_is_history(nlp: Any, text: str, word: str) -> None:
    verb = _word(nlp, text, word)
    assert habitual(verb, _DAY), text
    if "Between" not in text:
        assert not habitual(verb), ("no publication date, no history", text)


@pytest.mark.parametrize(("text", "word"), [
    # the article's own year, or the one before
    ("Russia expelled two Moldovan diplomats in March 2024.", "expelled"),
    ("Hungary vetoed the EU aid package in December 2023.", "vetoed"),
    ("Russia attacked Ukraine's power grid in 2021 and 2023.", "attacked"),
    # a span of years that runs up to the article's year
    ("Between 2022 and 2024, China's coast guard fired water cannon at Philippine ships at least a dozen times.",
     "fired"),
    ("From 2021 to 2023, Poland pushed thousands of migrants back to Belarus.", "pushed"),
    # a finding reported now, whatever the date of what it finds (the gold codes it)
    ("The OPCW concluded that the Syrian air force dropped chlorine on Douma in April 2018.", "dropped"),
    ("The Syrian air force dropped chlorine on Douma in April 2018, the OPCW said.", "dropped"),
    # no year on the act itself
    ("India expelled a Canadian diplomat on Tuesday over the 2019 killing of a Sikh separatist.", "expelled"),
    ("The last time Ankara expelled an ambassador was in March.", "expelled"),
    # not a simple past
    ("Russia would have annexed Crimea in 2014 anyway, the historian argues.", "annexed"),
])
def test_recent_reported_and_undated_acts_are_not_history(nlp: Any, text: str, word: str) -> None:
    assert not habitual(_word(nlp, text, word), _DAY), text


def test_without_a_date_a_closed_span_of_years_is_summed_up(nlp: Any) -> None:
    verb = _word(nlp, "Between 2022 and 2024, Russia fired 3,000 drones at Ukraine.", "fired")
    assert habitual(verb)
    assert not habitual(verb, _DAY)
    assert habitual(verb, date(2027, 1, 10))


def test_a_nominal_act_dated_years_before_the_article_is_history(nlp: Any) -> None:
    noun = _word(nlp, "Baku condemned the expulsion of its ambassador in 2019.", "expulsion")
    # the year hangs on the noun or on the verb, as the parser has it: either way the expulsion is history
    assert habitual(noun, _DAY) or habitual(noun.head.head, _DAY)
