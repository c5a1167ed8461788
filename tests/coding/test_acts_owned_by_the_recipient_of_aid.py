"""An act owned by "its" or "their" in a phrase of a clause of aid or cooperation is the recipient's (twenty-eighth
round, docs/coding.md): "North Korea supplied Russia with shells for its war in Ukraine" is Russia's war, not North
Korea's. Where the clause's object is what the act is aimed at ("Russia bombed Ukraine in its war") or the clause
gives nothing, the pronoun keeps its subject. None of these sentences is a gold sentence."""

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


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("North Korea supplied Russia with artillery shells for its war in Ukraine.",
     ("RUS", "19", "UKR", "asserted"), ("PRK", "19", "UKR", "asserted")),
    ("Iran sold drones to Russia for use in its war against Ukraine.",
     ("RUS", "19", "UKR", "asserted"), ("IRN", "19", "UKR", "asserted")),
    ("Washington armed Israel throughout its war in Gaza.",
     ("ISR", "19", "PSE", "asserted"), ("USA", "19", "PSE", "asserted")),
    ("Iran supplied the Houthis with missiles for their attacks on shipping in the Red Sea.",
     ("YEM", "19", None, "asserted"), ("IRN", "19", None, "asserted")),
])
def test_an_owned_act_in_a_phrase_of_aid_is_the_recipients(pipeline: Any, text: str,
                                                           expected: tuple[str, str, str | None, str],
                                                           wrong: tuple[str, str, str | None, str]) -> None:
    roots = _roots(pipeline, text)
    assert expected in roots
    assert wrong not in roots


@pytest.mark.parametrize(("text", "expected"), [
    # the object is what the act is aimed at, or the clause is no aid: the pronoun is the subject's
    ("Russia bombed Ukraine in its war of attrition.", ("RUS", "19", "UKR", "asserted")),
    ("Russia used Iranian drones in its war in Ukraine.", ("RUS", "19", "UKR", "asserted")),
    ("Washington sanctioned Iran for its drone deliveries to Russia.", ("USA", "16", "IRN", "asserted")),
])
def test_controls_keep_the_subject(pipeline: Any, text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_thanks_for_an_owned_act_codes_no_act_of_the_thanked(pipeline: Any) -> None:
    """ "thanked the United States for its military aid": praise is no aid given, and the aid is no event of its own
    in the gold set (docs/accuracy.md)."""
    roots = _roots(pipeline, "Zelensky thanked the United States for its military aid.")
    assert ("UKR", "05", "USA", "asserted") in roots
    assert not any(r == "07" for _, r, _, _ in roots), roots
