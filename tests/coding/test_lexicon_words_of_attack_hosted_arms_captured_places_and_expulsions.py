"""Senses of the event lexicon decided by what a verb is done to, in which words or by whom (docs/coding.md, "Round
thirty: attacks in words, labour strikes, hosted arms, places captured and diplomats asked to leave").

"Attack" is criticism (111) when what is attacked is a rule, policy, plan or remark (its owner the target) or when the
attack is made in a post, a speech or an interview, at a rally, or "as" something; "fired back at" a side is a verbal
retort. A strike by air traffic controllers, pilots or machinists is a labour strike (143), not an air strike.
Hosting weapons, troops or bases is no visit hosted. A town the entity recogniser tags as an organisation or a people
("seized Aleppo") is still a place captured when the event gazetteer knows it, and "retook" (which the lemmatizer
leaves as its own lemma) is a recapture. A predicate adjective read as the object of "of" ("called Washington's
expulsion of its ambassador regrettable") is still the predicate. A diplomat "asked" to leave is expelled, as one told
or ordered to is; one's own envoy is not. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "event"), [
    # attacks in words
    ("Trump attacked Zelensky in a post on Truth Social.", ("USA", "11", "UKR", "asserted")),
    ("Orban attacked the EU's digital rules on Monday.", ("HUN", "11", None, "asserted")),
    ("The Chinese foreign ministry attacked Washington's chip curbs.", ("CHN", "11", "USA", "asserted")),
    ("Lula attacked the IMF in a speech in Brasilia.", ("BRA", "11", None, "asserted")),
    ("Erdogan attacked Netanyahu at a rally in Istanbul.", ("TUR", "11", "ISR", "asserted")),
    ("Milei attacked Lula as a corrupt communist.", ("ARG", "11", "BRA", "asserted")),
    ("Macron attacked Trump's tariff plan.", ("FRA", "11", "USA", "asserted")),
    ("The Kremlin attacked the ICC's arrest warrant for Putin.", ("RUS", "11", None, "asserted")),
    ("China fired back at Washington over the tariffs.", ("CHN", "11", "USA", "asserted")),
    # labour strikes named by who strikes
    ("A strike by air traffic controllers in France grounded flights.", ("FRA", "14", None, "asserted")),
    ("A strike by pilots at Lufthansa forced the cancellation of hundreds of flights.",
     ("DEU", "14", None, "asserted")),
    # places captured whatever the recogniser calls them
    ("Rebels seized Aleppo.", (None, "19", "SYR", "asserted")),
    ("HTS fighters seized Aleppo last week.", ("SYR", "19", "SYR", "asserted")),
    ("Ukrainian forces retook Kherson.", ("UKR", "19", "UKR", "asserted")),
    # a predicate adjective read as the object of "of"
    ("Pretoria called Washington's expulsion of its ambassador regrettable.", ("ZAF", "11", "USA", "asserted")),
    # diplomats asked to leave
    ("Burkina Faso asked the French ambassador to leave.", ("BFA", "17", "FRA", "asserted")),
    ("Russia asked two Moldovan diplomats to leave the country.", ("RUS", "17", "MDA", "asserted")),
    # controls: the senses that stay
    ("Israel attacked Hezbollah positions in southern Lebanon.", ("ISR", "19", "LBN", "asserted")),
    ("Russia attacked Ukraine's energy grid overnight.", ("RUS", "19", "UKR", "asserted")),
    ("An Israeli strike on a school in Gaza killed 20 people.", ("ISR", "19", "PSE", "asserted")),
    ("Beijing hit back at the United States over the new export controls.", ("CHN", "11", "USA", "asserted")),
    ("Japan hosted Biden in Tokyo.", ("JPN", "04", "USA", "asserted")),
    ("Japan hosted Biden at the Yokota air base.", ("JPN", "04", "USA", "asserted")),
    ("Poland hosted Biden at a military base near Rzeszow.", ("POL", "04", "USA", "asserted")),
    ("M23 rebels captured Goma.", ("COD", "19", "COD", "asserted")),
    ("Mali ordered the French ambassador to leave the country.", ("MLI", "17", "FRA", "asserted")),
])
def test_sense_coded(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    # attacks in words are no force
    ("Trump attacked Zelensky in a post on Truth Social.", ("USA", "19", "UKR", "asserted")),
    ("Orban attacked the EU's digital rules on Monday.", ("HUN", "19", None, "asserted")),
    ("China fired back at Washington over the tariffs.", ("CHN", "19", "USA", "asserted")),
    ("The Kremlin attacked the ICC's arrest warrant for Putin.", ("RUS", "19", None, "asserted")),
    # a labour strike is no air strike
    ("A strike by air traffic controllers in France grounded flights.", ("FRA", "19", None, "asserted")),
    # hosted arms and troops are no visit
    ("Poland hosts American nuclear weapons.", ("POL", "04", "USA", "asserted")),
    ("Germany hosts US troops at Ramstein.", ("DEU", "04", "USA", "asserted")),
    # a phone call is no judgement
    ("Pretoria called Washington's expulsion of its ambassador regrettable.", ("ZAF", "04", "USA", "asserted")),
    # one's own envoy, or a side asked to leave a country, is not expelled
    ("Kyiv asked its ambassador to leave Moscow.", ("UKR", "17", None, "asserted")),
    ("Zelensky asked Russia to leave Ukraine.", ("UKR", "17", "RUS", "asserted")),
])
def test_sense_not_coded(pipeline: Any, text: str, absent: tuple[str | None, str, str | None, str]) -> None:
    assert absent not in _rooted(pipeline, text)
