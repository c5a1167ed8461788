"""An act dated by a closed span of years ("between 1975 and 1979", "from 1975 to 1979", "in 1975-79") is summed up
over years, history rather than news, and is no event; spans of days or months, a single year and planned spans
keep their event, and so does an act of which only a noun is dated by such a span (docs/factuality.md, "Rankings,
histories, powers and reasons", seventeenth round)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


@pytest.mark.parametrize("text", [
    "Between 1975 and 1979, the Khmer Rouge killed about 1.7 million Cambodians.",
    "From 1975 to 1979, the Khmer Rouge killed about 1.7 million Cambodians.",
    "The Khmer Rouge killed about 1.7 million Cambodians between 1975 and 1979.",
    "The Khmer Rouge killed about 1.7 million Cambodians in 1975-79.",
    "Indonesia occupied East Timor from 1975 until 1999.",
    "Between 1992 and 1995, Bosnian Serb forces besieged Sarajevo.",
    "Between 1980 and 2000, Peru's army fought the Shining Path in the Andes.",
    "From 1998 to 2000, Ethiopia and Eritrea fought a border war that killed 80,000 people.",
    "Guatemala's army killed tens of thousands of Mayan villagers between 1981 and 1983.",
    "About 1.7 million Cambodians were killed by the Khmer Rouge between 1975 and 1979.",
    "Between 1992 and 1995, Sarajevo was besieged by Bosnian Serb forces.",
])
def test_acts_over_a_closed_span_of_years_are_no_event(pipeline: Any, text: str) -> None:
    asserted = [f for f in country_facts(pipeline, text, _DAY) if f[3] == "asserted"]
    assert not asserted, (text, asserted)


@pytest.mark.parametrize(("text", "expected"), [
    ("Between Monday and Wednesday, Russia fired 300 drones at Ukraine.", ("RUS", "195", "UKR", "asserted")),
    ("From January to March, Russia fired 3,000 drones at Ukraine.", ("RUS", "195", "UKR", "asserted")),
    ("Sudan's army shelled El Fasher between Friday and Sunday.", ("SDN", "194", "SDN", "asserted")),
    ("Between Friday and Sunday, El Fasher was shelled by the RSF.", ("SDN", "194", "SDN", "asserted")),
    ("Russia attacked Ukraine's power grid in 2022 and 2023.", ("RUS", "190", "UKR", "asserted")),
    ("In 2023, Russia attacked Ukraine's ports.", ("RUS", "190", "UKR", "asserted")),
    # a span that dates another noun leaves the clause's own act as it is: the conviction is news
    ("Cambodia's court sentenced a former Khmer Rouge commander for crimes between 1975 and 1979.",
     ("KHM", "116", "KHM", "asserted")),
    ("Argentina's Supreme Court convicted former officers for abuses committed between 1976 and 1983.",
     ("ARG", "116", None, "asserted")),
])
def test_spans_of_days_months_or_to_come_keep_their_event(pipeline: Any, text: str,
                                                          expected: tuple[str, str, str, str]) -> None:
    assert expected in country_facts(pipeline, text, _DAY), text


def test_a_span_of_years_to_come_keeps_its_plan(pipeline: Any) -> None:
    """The deployment is planned (whichever code the structure step gives a police mission abroad)."""
    facts = country_facts(pipeline, "Kenya will deploy police officers to Haiti from 2024 to 2026.", _DAY)
    assert any(s == "KEN" and t == "HTI" and f == "future" for s, _, t, f in facts), facts
