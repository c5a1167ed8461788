"""Parties of more states by the party rule: the opposition, the government on the days their leader heads it
(fifteenth actors round)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Likud accused the attorney general of a coup.", "2020-05-01", "Likud", "ISRGOV"),
    ("Likud accused the attorney general of a coup.", "2000-01-01", "Likud", "ISROPPLKD"),  # Barak governed
    ("The Kuomintang criticised the government.", "2010-01-01", "Kuomintang", "TWNGOV"),
    ("The Kuomintang criticised the government.", "2004-01-01", "Kuomintang", "TWNOPPKMT"),
    ("The LDP lost its majority.", "2020-01-01", "LDP", "JPNGOV"),
    ("The LDP lost its majority.", "2010-06-01", "LDP", "JPNOPPLDP"),
    ("The CDU and the SPD formed a coalition.", "2018-03-01", "SPD", "DEUOPPSPD"),
    ("The CDU and the SPD formed a coalition.", "2018-03-01", "CDU", "DEUGOV"),
    ("The Congress party accused the BJP of corruption.", "2019-01-01", "Congress party", "INDOPPINC"),
    ("The Congress party accused the BJP of corruption.", "2010-01-01", "Congress party", "INDGOV"),
    ("The PPP accused the prime minister of rigging.", "2019-01-01", "PPP", "PAKOPPPPP"),
    ("The NLD won the election.", "2020-11-09", "NLD", "MMRGOV"),
    ("The NLD won the election.", "2015-11-09", "NLD", "MMROPPNLD"),
    ("Syriza accused New Democracy of austerity.", "2016-01-01", "Syriza", "GRCGOV"),
    ("Syriza accused New Democracy of austerity.", "2016-01-01", "New Democracy", "GRCOPPNDM"),
    ("The PRI lost Mexico City.", "1997-07-07", "PRI", "MEXGOV"),
    ("The Tories accused Labour of antisemitism.", "2019-01-01", "Tories", "GBRGOV"),
    ("The Economic Freedom Fighters disrupted parliament.", "2019-01-01", "Economic Freedom Fighters", "ZAFOPPEFF"),
    ("ZANU-PF accused the MDC of violence.", "2008-05-01", "MDC", "ZWEOPPMDC"),
    ("The National Resistance Movement nominated Museveni.", "2020-01-01", "National Resistance Movement", "UGAGOV"),
    ("The National Resistance Movement captured Kampala.", "1986-01-26", "National Resistance Movement",
     "UGAREBNRM"),
])
def test_parties_on_a_date(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day)[mention] == code


def test_an_undated_party_is_its_own_group(resolver: ActorResolver, nlp: Any) -> None:
    # no date, no governing period: the party's own code, whose country is still Israel's
    assert mention_codes(resolver, nlp, "Likud accused the attorney general of a coup.", None)["Likud"] == "ISROPPLKD"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Zelensky urged Congress to approve more aid.", "Congress", "USALEG"),  # Congress alone: a legislature
    ("The Conservative Party won in Canada.", "Canada", "CAN"),  # shared by Canada's: not Britain's
])
def test_names_other_countries_share(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    found = mention_codes(resolver, nlp, text, "2019-01-01")
    assert found[mention] == code and not any(c.startswith("GBR") for c in found.values())
