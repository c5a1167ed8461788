"""A frame's complement through a verb of carrying on (docs/coding.md, "Structure, fourteenth round (second part)"):
"offered to continue supplying gas to Germany" is an offer of the supplying, as "offered to help train pilots" is an
offer of the training; a verb that undoes the act ("stop") is not looked through. Sentences of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_triples

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c[:3], t) for s, c, t in country_triples(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia offered to continue supplying gas to Germany.", ("RUS", "031", "DEU")),
    ("Algeria promised to keep supplying gas to Italy.", ("DZA", "031", "ITA")),
])
def test_an_act_carried_on_is_what_the_frame_frames(pipeline: Any, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_an_act_stopped_is_not_offered(pipeline: Any) -> None:
    assert not any(code.startswith("031") for _, code, _ in
                   _roots(pipeline, "Russia offered to stop supplying gas to Germany."))
