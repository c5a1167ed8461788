"""A call with an object predicate names, it does not telephone: "Mali and Niger called the decision a betrayal" is no
telephone call between them (041), while "Putin called Erdogan on Monday" is one. The lexicon writes this as "call
!@oprd": ``!@dep`` excludes a verb with a child of that dependency (docs/coding.md, "Lexicon, seventeenth round").
None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

from detente.coding.verbs import Lexicon, parse_pattern
from detente.records.event import CameoCode

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize("text", [
    "Mali and Niger called the decision a betrayal.",
    "Mali and Niger called it a betrayal.",
    "The three juntas left the court, calling it an instrument of neocolonial repression.",
])
def test_a_call_with_an_object_predicate_is_no_phone_call(pipeline: Any, text: str) -> None:
    assert not any(code == "041" for _, code, _ in country_set(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "triple"), [
    ("Putin called Erdogan on Monday.", ("RUS", "041", "TUR")),
    ("Macron called Zelensky to discuss the war.", ("FRA", "041", "UKR")),
    ("Burkina Faso called the ECOWAS sanctions illegal.", ("BFA", "111", "IGO")),
])
def test_calls_that_phone_or_judge_are_kept(pipeline: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


def test_an_excluded_dependency_is_parsed_and_matched(nlp: Any) -> None:
    pattern = parse_pattern("name !@oprd", CameoCode("041"))
    assert pattern.excluded == ("@oprd",)
    lexicon = Lexicon.from_data({"group": [{"code": "041", "verbs": ["call !@oprd"]}]})
    assert lexicon.match_verb(nlp("Putin called Erdogan on Monday.")[1]) is not None
    assert lexicon.match_verb(nlp("Putin called the decision a mistake.")[1]) is None


def test_a_lone_object_predicate_is_the_object(nlp: Any) -> None:
    """The parser may read the one called as an object predicate with no object beside it: still a phone call."""
    lexicon = Lexicon.from_data({"group": [{"code": "041", "verbs": ["call !@oprd"]}]})
    doc = nlp("Putin called Erdogan.")
    assert lexicon.match_verb(doc[1]) is not None
