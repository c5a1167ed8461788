"""A nominal event under a noun of talk, negotiation, warning, fear or preparation is talked of, not reported
(docs/factuality.md, "Talk, prospects and lives summed up"): "Talk of a Chinese invasion of Taiwan" reports no
invasion. A named act someone is concerned "about" happened, and plain reports of the same acts stay asserted."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _events(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "Talk of a Chinese invasion of Taiwan has grown louder in Washington.",
    "Negotiations on a ceasefire between Israel and Hamas are stuck.",
    "Warnings of a Russian invasion of Ukraine were dismissed in Kyiv.",
    "The debate over sending tanks to Ukraine divided the German coalition.",
    "Preparations for a Chinese military exercise around Taiwan were spotted by satellites.",
    "The most likely scenario is a Chinese blockade of Taiwan rather than an invasion.",
    "Discussions about an Indian strike on Pakistan dominated the talk shows.",
])
def test_act_under_a_noun_of_talk_or_preparation_is_not_asserted(pipeline: Any, text: str) -> None:
    assert _asserted(pipeline, text) == set(), text


@pytest.mark.parametrize(("text", "label"), [
    ("Talk of a Chinese invasion of Taiwan has grown louder in Washington.", "hypothetical"),
    ("Negotiations on a ceasefire between Israel and Hamas are stuck.", "hypothetical"),
    ("Preparations for a Chinese military exercise around Taiwan were spotted by satellites.", "future"),
])
def test_act_under_a_noun_of_talk_keeps_its_event_with_a_label(pipeline: Any, text: str, label: str) -> None:
    assert label in {f for *_, f in _events(pipeline, text)}, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Concerns about Russia's invasion of Ukraine dominated the summit.", ("RUS", "19", "UKR")),
    ("Russia's invasion of Ukraine shocked Europe.", ("RUS", "19", "UKR")),
    ("Israel's strike on Iran followed weeks of warnings.", ("ISR", "19", "IRN")),
    ("Israel and Hamas negotiated a ceasefire on Sunday.", ("ISR", "04", "PSE")),
])
def test_named_act_talked_about_and_plain_reports_stay_asserted(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    got = _asserted(pipeline, text)
    assert any(e[0] == expected[0] and e[1] == expected[1] and (expected[2] is None or e[2] == expected[2])
               for e in got), (text, got)
