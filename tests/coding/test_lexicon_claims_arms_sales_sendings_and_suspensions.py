"""Claims of responsibility, arms sales approved, forces sent against a side and office holders suspended
(docs/coding.md, "Round twenty-four: the lexicon"). A side saying that it was behind an attack, or responsible for it,
or admitting carrying it out claims it (015); a delivery, sale or transfer of weapons "to" a side whose "to" the parser
hung on the approving verb still names the recipient (072); troops, forces or warplanes sent, dispatched or deployed
"against" a side are force aimed at it (190); a court, parliament or senate suspending an office holder is an
administrative sanction (172). Each family is also checked where the same words state no such event: another side
named as the one behind an attack, a denial, a negated claim, no act of force claimed; troops sent "to" a country;
forces deployed against protesters; a law or a sentence suspended; deliveries suspended, goods other than weapons sold.
None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _facts(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, CAMEO code, target country, factuality) of each event of ``text``."""
    return set(country_facts(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "event"), [
    # 015: claims of responsibility by saying one was behind the act, or by admitting carrying it out
    ("Hamas confirmed it was behind the attack on Israeli soldiers.", ("PSE", "015", "ISR", "asserted")),
    ("Al-Shabaab said it was behind the attack on the Kenyan base.", ("SOM", "015", "KEN", "asserted")),
    ("Hamas said it was responsible for the attack on the Israeli soldiers.", ("PSE", "015", "ISR", "asserted")),
    ("The Pakistani Taliban said they were behind the suicide bombing in Peshawar.", ("PAK", "015", None, "asserted")),
    ("The Houthis admitted carrying out the strike on the tanker.", ("YEM", "015", None, "asserted")),
    ("Israel acknowledged killing the aid workers.", ("ISR", "015", None, "asserted")),
    ("Did Ukraine admit carrying out the attack on the Nord Stream pipelines?", ("UKR", "015", None, "question")),
    # 072: a sale or delivery of weapons approved, the recipient's "to" hung on the approving verb
    ("The US approved the sale of F-35s to the UAE.", ("USA", "072", "ARE", "asserted")),
    ("Germany approved the delivery of Leopard tanks to Poland.", ("DEU", "072", "POL", "asserted")),
    ("France approved the sale of Rafale jets to India on Monday.", ("FRA", "072", "IND", "asserted")),
    ("The US approved the sale of F-16 jets to Turkey.", ("USA", "072", "TUR", "asserted")),
    # 190: forces sent against a side
    ("Nigeria sent troops against Boko Haram in Borno.", ("NGA", "190", "NGA", "asserted")),
    ("Turkey deployed warplanes against Kurdish militants in northern Iraq.", ("TUR", "190", "IRQ", "asserted")),
    ("Did the United States send troops against the Houthis?", ("USA", "190", "YEM", "question")),
    # 172: office holders suspended by a court, a parliament or a senate
    ("Will Pakistan's Supreme Court suspend the prime minister?", ("PAK", "172", "PAK", "question")),
    ("Kenya's senate suspended the governor of Nairobi.", ("KEN", "172", "KEN", "asserted")),
    ("Georgia's parliament suspended three opposition lawmakers.", ("GEO", "172", "GEO", "asserted")),
    ("South Korea's parliament suspended President Yoon Suk Yeol.", ("KOR", "172", "KOR", "asserted")),
    # conventions kept: pressing someone to act is an appeal, insisting that they must is a demand
    ("The US pressed Iran to release the detained Americans.", ("USA", "0253", "IRN", "asserted")),
    ("Russia insisted that Ukraine must withdraw its troops from Kursk.", ("RUS", "1056", "UKR", "asserted")),
])
def test_coded(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _facts(pipeline, text)


@pytest.mark.parametrize(("text", "code"), [
    ("Russia said Ukraine was behind the attack.", "015"),
    ("Ukraine said it was not behind the attack on the pipeline.", "015"),
    ("Iran said it was behind the talks with Saudi Arabia.", "015"),
    ("Israel denied carrying out the strike on the Iranian consulate.", "015"),
    ("Israel admitted losing the vote at the UN.", "015"),
    ("Germany sent troops to Lithuania.", "190"),
    ("Russia deployed troops against protesters in Kazakhstan.", "190"),
    ("Israel's Supreme Court suspended the government's judicial overhaul law.", "172"),
    ("The French court suspended the sentence of the Russian spy.", "172"),
    ("Washington suspended the delivery of bombs to Israel.", "072"),
    ("The US approved the sale of wheat to Egypt.", "072"),
    ("Britain halted the sale of weapons to Israel.", "072"),
])
def test_not_coded(pipeline: Any, text: str, code: str) -> None:
    assert all(c != code for _, c, _, _ in _facts(pipeline, text))
