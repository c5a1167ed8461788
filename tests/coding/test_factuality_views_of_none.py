"""A pessimism stated as seeing, holding out or having "no" sign, hope or prospect is asserted: the "no" is the
judgement's content, not a denial of it; negations, modals and questions over the seeing still reach it, and "no" on
the object of a verb of showing, expressing or doing still denies the act (docs/factuality.md, "Rankings, histories,
powers and reasons", seventeenth round)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

from detente.coding.factuality import factuality_of
from detente.records.event import Factuality

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky saw no sign that Moscow was ready to end the war.", ("UKR", "012", "RUS", "asserted")),
    ("Ukraine's foreign minister said he saw no sign of Russian willingness to negotiate.",
     ("UKR", "012", "RUS", "asserted")),
    ("Israel saw no sign that Hamas would release the hostages.", ("ISR", "012", "PSE", "asserted")),
    ("Seoul has no hope that Pyongyang will return to talks.", ("KOR", "012", "PRK", "asserted")),
    ("India's foreign minister sees little hope that Pakistan will stop backing militants.",
     ("IND", "012", "PAK", "asserted")),
    # the judgement under a modal, a question, a denial or a negated saying keeps their label
    ("Zelensky may see no sign that Moscow is ready to end the war.", ("UKR", "012", "RUS", "hypothetical")),
    ("Seoul could have no hope that Pyongyang will return to talks.", ("KOR", "012", "PRK", "hypothetical")),
    ("Does Zelensky see no sign that Moscow is ready to end the war?", ("UKR", "012", "RUS", "question")),
    ("Zelensky denied that he saw no sign that Moscow was ready to end the war.", ("UKR", "012", "RUS", "negated")),
    ("Zelensky never said he saw no sign that Moscow was ready to end the war.", ("UKR", "012", "RUS", "negated")),
])
def test_a_view_of_no_sign_or_hope_is_labelled_by_its_clause(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize(("text", "expected"), [
    # "no" on what is shown, expressed or done denies it
    ("Iran expressed no concern about Israel's strikes on Hezbollah.", ("IRN", "012", "ISR", "negated")),
    ("Hamas showed no willingness to release the hostages.", ("PSE", "0353", None, "negated")),
    ("China has imposed no sanctions on Russia.", ("CHN", "163", "RUS", "negated")),
    ("Brazil sent no troops to Haiti.", ("BRA", "074", "HTI", "negated")),
])
def test_no_on_an_act_s_object_still_denies_it(pipeline: Any, text: str,
                                               expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # "did not see any sign" says what "saw no sign" says: the "not" is the view's content (label of the seeing
    # itself, as a pattern on it would read it)
    ("Zelensky did not see any sign that Moscow was ready to end the war.", "see", Factuality.ASSERTED),
    ("Seoul does not have any hope that Pyongyang will return to talks.", "have", Factuality.ASSERTED),
    ("Zelensky may not see any sign that Moscow is ready to end the war.", "see", Factuality.HYPOTHETICAL),
    # a verb of showing, or an act, with "not ... any" is denied
    ("Hamas did not show any sign of releasing the hostages.", "show", Factuality.NEGATED),
    ("Brazil did not send any troops to Haiti.", "send", Factuality.NEGATED),
])
def test_not_any_on_a_view_is_the_view_stated(nlp: Any, text: str, verb: str, expected: Factuality) -> None:
    sent = next(iter(nlp(text).sents))
    trigger = next(t for t in sent if t.lemma_ == verb)
    assert factuality_of(trigger, sent) is expected, text
