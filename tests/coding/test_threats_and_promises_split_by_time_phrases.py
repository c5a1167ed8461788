"""A promise, threat or appeal whose infinitive the parser split off by a time or "at" phrase (docs/factuality.md,
"Round twenty-eight"): "Moscow promised after talks in Istanbul on Tuesday to scale back military activity" is the
promise (0356) by Moscow, not a scaling back by the talks; "vowed after a cabinet meeting on Monday to launch a new
offensive" is a threat (138). Controls: purpose infinitives of acts that frame nothing are kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize(("text", "event"), [
    ("Moscow promised after talks in Istanbul on Tuesday to drastically scale back military activity around Kyiv.",
     ("RUS", "0356", "UKR", "asserted")),
    ("Russia pledged after the meeting to withdraw its troops from the Kyiv region.",
     ("RUS", "0356", "UKR", "asserted")),
    ("Erdogan vowed after a cabinet meeting on Monday to launch a new offensive against Kurdish militants in Syria.",
     ("TUR", "138", "SYR", "asserted")),
    ("Germany pledged at the summit to send more tanks to Ukraine.", ("DEU", "0332", "UKR", "asserted")),
])
def test_a_split_off_complement_is_coded_by_its_frame(pipeline: Any, text: str,
                                                      event: tuple[str | None, str, str | None, str]) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert event in facts
    assert len(facts) == 1  # the complement is not coded again


@pytest.mark.parametrize(("text", "event"), [
    ("Macron spoke at a rally to denounce Russia's invasion.", ("FRA", "111", "RUS", "asserted")),
    ("Israel struck Gaza after rockets were fired to punish Hamas.", ("ISR", "190", "PSE", "asserted")),
])
def test_purpose_infinitives_of_other_acts_are_kept(pipeline: Any, text: str,
                                                    event: tuple[str | None, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
