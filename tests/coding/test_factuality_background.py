"""Background, practice and terms are no events: no asserted event is read into a sentence that states none
(docs/factuality.md, "States, practices and terms"). Each family has plain reports in the same words that stay
asserted events, so the rules cannot pass by dropping everything."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import asserted_roots

from detente.coding.factuality_background import habitual

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _asserted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return asserted_roots(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # spans of decades, eras, "since" a year, a decade or independence
    "Russia has supplied India with weapons for more than half a century.",
    "For three decades, Moscow has sold fighter jets to Algeria.",
    "Over the past twenty years, China has lent billions of dollars to Pakistan.",
    "Beijing has lent billions of dollars to Pakistan over the past decade.",
    "For much of the Cold War, Washington armed Pakistan against Soviet influence.",
    "During the Cold War, the Soviet Union supplied Syria with tanks and jets.",
    "In the 1970s, Cuba sent troops to Angola and Ethiopia.",
    "Israel has occupied the West Bank since 1967.",
    "Britain and France have cooperated on nuclear weapons research since 2010.",
    "Norway has mediated between Colombia and its rebels on and off since the 1990s.",
    "Iran has funded Hezbollah ever since the group was founded in the 1980s.",
    "The kingdom had for years quietly bought weapons from Israel.",
    "Egypt used to mediate between Israel and Hamas.",
    # practices in the present simple: frequency, occasions counted, shares of a whole, what a place is home to
    "Israeli jets frequently strike targets in Syria.",
    "Chinese coast guard ships regularly confront Philippine vessels near Scarborough Shoal.",
    "Pakistan routinely accuses India of backing separatists in Balochistan.",
    "Russian warships visit the Syrian port of Tartus several times a year.",
    "The agency inspects Iran's nuclear sites every month.",
    "Egypt mediated between Israel and Hamas in every war in Gaza.",
    "Hungary buys most of its gas from Russia.",
    "Algeria supplies most of Spain's gas through an undersea pipeline.",
    "Djibouti hosts military bases of the United States, China, France and Japan.",
    "Bahrain hosts the US Navy's Fifth Fleet.",
    # a document's terms
    "The draft resolution demands that Russia withdraw its forces from Ukraine.",
    "Kyiv's peace formula demands the withdrawal of Russian troops from Ukraine.",
    "The accord obliges Russia to pull its troops out of Transnistria.",
    "The ceasefire deal gives Israel sixty days to withdraw from Lebanon.",
    "Under the treaty, Russia and China promise to consult each other in a crisis.",
    "Washington's plan foresees Saudi Arabia recognising Israel.",
    # kinds of acts named by a subjectless gerund
    "Sending troops to Ukraine is a red line for Moscow.",
    "For Iran, attacking Israel directly carries enormous risks.",
    "The strategy of sanctioning Russia has failed.",
    "Selling arms to Taiwan is a long-standing American policy.",
    # an explainer's title; the act that dates a state to a year
    "How Iran arms the Houthis: a visual guide.",
    "Cyprus has been split since Turkey invaded the north in 1974.",
])
def test_sentence_stating_no_event_codes_no_asserted_event(pipeline: Any, text: str) -> None:
    assert _asserted(pipeline, text) == set(), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia supplied India with two new frigates on Monday.", ("RUS", "07", "IND")),
    ("Since Monday, Israeli jets have struck targets in southern Lebanon.", ("ISR", "19", "LBN")),
    ("Egypt's president visited Israel for the first time in decades.", ("EGY", "04", "ISR")),
    ("Russian warships visited the Syrian port of Tartus on Monday.", ("RUS", "04", "SYR")),
    ("Turkish jets bombed Kurdish positions in northern Iraq every night last week.", ("TUR", "19", "IRQ")),
    ("Hungary bought an extra shipment of gas from Russia in March.", ("HUN", "06", "RUS")),
    ("Russia withdrew most of its troops from the area on Tuesday.", ("RUS", "08", None)),
    ("Under the deal, Russia withdrew its troops from the plant in June.", ("RUS", "08", None)),
    ("Israeli soldiers routinely beat up Palestinian detainees, a court was told.", ("ISR", "18", None)),
    ("Lebanon hosts a million Syrian refugees.", ("LBN", "07", "SYR")),
    ("Russia has sold arms to India for two years.", ("RUS", "07", "IND")),
    ("Egypt relied on American military aid last year.", ("USA", "07", None)),
    ("Iran armed the Houthis with new missiles in March, the report said.", ("IRN", "07", "YEM")),
    # a present practice reported as a finding is conduct going on now (the PLOVER gold codes it)
    ("Police routinely torture detainees in Egyptian jails, rights groups say.", ("EGY", "18", "EGY")),
    ("Rights groups say Chinese police routinely detain Uyghurs.", ("CHN", "17", "CHN")),
    # (an act dated years before the publication day is history: tests/coding/test_factuality_dated_by_publication.py)
    ("Turkey invaded northern Syria in October.", ("TUR", "19", "SYR")),
])
def test_plain_report_in_the_same_words_stays_an_asserted_event(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    got = _asserted(pipeline, text)
    assert expected in got | {(s, r, None) for s, r, _ in got}, (text, got)


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("Egypt had long relied on American military aid to equip its army.", "aid", True),
    ("Israel frequently receives American weapons.", "weapons", True),
    ("Egypt relied on American military aid last year.", "aid", False),
    ("Russia's attack on Kyiv has long been condemned.", "attack", False),  # a subject: the attack happened
])
def test_nominal_event_takes_the_practice_of_the_verb_it_is_the_object_of(
        nlp: Any, text: str, noun: str, expected: bool) -> None:
    doc = nlp(text)
    assert habitual(next(t for t in doc if t.text == noun)) is expected
