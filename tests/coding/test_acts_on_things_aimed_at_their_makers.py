"""Acts on a thing named by who made, sent or offered it are aimed at that maker (docs/coding.md, "Round thirty-one:
who did it to whom").

"Nawrocki will veto almost everything Donald Tusk's government sends him", "Orban rejected everything Brussels
proposed", "Iran rejected the proposal Washington submitted through Oman": the act's object carries a relative clause
whose subject sent, proposed, passed or offered it, and a veto, rejection or acceptance of it is aimed at that subject,
before any place or other country the sentence names; a vetoed resolution whose passing body is named is aimed at that
body. Only verbs of making and handing over count. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source, root, target, factuality) of each event, each actor cut to its first three letters."""
    return {((e.source.actor_code[:3] if e.source else None), str(e.event_code)[:2],
             (e.target.actor_code[:3] if e.target else None), e.factuality.value)
            for e in pipeline.code_text(text, published_on=_DAY)}


@pytest.mark.parametrize(("text", "event"), [
    ("Nawrocki will veto almost everything Donald Tusk's government sends him.", ("POL", "12", "POL", "future")),
    ("Orban rejected everything Brussels proposed.", ("HUN", "12", "IGO", "asserted")),
    ("Iran rejected the proposal Washington submitted through Oman.", ("IRN", "12", "USA", "asserted")),
    ("Israel rejected the text Hamas sent back on Tuesday.", ("ISR", "12", "PSE", "asserted")),
    ("Trump vetoed the resolution Congress passed.", ("USA", "12", "USA", "asserted")),
    ("Zelensky rejected the plan the Kremlin put forward.", ("UKR", "12", "RUS", "asserted")),
    ("Milei vetoed every bill Congress sent him this year.", ("ARG", "12", "ARG", "asserted")),
])
def test_act_aimed_at_maker(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the place a proposal passed through, and a vetoed resolution's default body, are not the maker
    ("Iran rejected the proposal Washington submitted through Oman.", ("IRN", "12", "OMN", "asserted")),
    ("Trump vetoed the resolution Congress passed.", ("USA", "12", "IGO", "asserted")),
])
def test_not_aimed_elsewhere(pipeline: Any, text: str, wrong: tuple[str | None, str, str | None, str]) -> None:
    assert wrong not in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # controls: an object that names its own target, and a clause of no making
    ("Erdogan rejected the European Union's offer.", ("TUR", "12", "IGO", "asserted")),
    ("Hungary vetoed the EU's aid package for Ukraine.", ("HUN", "12", "IGO", "asserted")),
])
def test_own_target_kept(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)
