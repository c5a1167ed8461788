"""Releases of people and eased restrictions named by nouns (docs/coding.md, "Round thirty-three: release and easing
nouns").

News names these concessions by a noun with its actor as often as by a verb: "Russia's release of the American
journalist", "the release of 50 prisoners by Israel", "Iran's easing of restrictions on internet access", "Egypt's
lifting of the curfew". The release, freeing, handover or repatriation of people is 0841; the easing, lifting or
relaxation of restrictions, bans or curfews is 081; of a blockade or siege, 08. A release only called for, demanded,
mediated or talked about asserts no release, and the release of a report or film is none. None of these sentences is
a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

_DAY = date(2025, 6, 1)


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [((e.source.actor_code if e.source else None), str(e.event_code), str(e.factuality))
            for e in pipeline.code_text(text, published_on=_DAY)]


@pytest.mark.parametrize(("text", "source", "code"), [
    ("The release of 50 prisoners by Israel came as part of the truce.", "ISR", "0841"),
    ("Russia's release of the American journalist was welcomed in Washington.", "RUS", "0841"),
    ("Belarus's release of 14 political prisoners came after a visit by a US envoy.", "BLR", "0841"),
    ("Hamas's release of three Israeli hostages on Saturday went ahead as planned.", "PSEREBHMS", "0841"),
    ("The freeing of the detainees by Venezuela was confirmed by the State Department.", "VEN", "0841"),
    ("Russia's repatriation of Ukrainian prisoners of war was confirmed by Kyiv.", "RUS", "0841"),
    ("Ethiopia's handover of the captured soldiers to Eritrea took place on Friday.", "ETH", "0841"),
    ("Iran's easing of restrictions on internet access was announced on Sunday.", "IRN", "081"),
    ("China's easing of Covid restrictions on travellers from South Korea took effect on Monday.", "CHN", "081"),
    ("Egypt's lifting of the curfew in Sinai came after months of calm.", "EGY", "081"),
])
def test_release_and_easing_nouns(pipeline: Any, text: str, source: str, code: str) -> None:
    assert any(s == source and c == code and f.endswith("asserted") for s, c, f in _coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "Washington called for the release of the hostages held in Gaza.",
    "Hamas demanded the release of Palestinian prisoners held by Israel.",
    "Talks on the release of the hostages resumed in Doha.",
    "Families of the hostages protested to press for their release.",
    "The release of the report was delayed until next week.",
    "Iran denied that any release of prisoners was planned.",
    "Qatar is mediating the release of the hostages.",
    "A possible easing of restrictions was discussed by the cabinet.",
    "The release of the film was postponed in China.",
])
def test_release_named_but_not_done(pipeline: Any, text: str) -> None:
    assert not any(c in ("0841", "081") and f.endswith("asserted") for _, c, f in _coded(pipeline, text))
