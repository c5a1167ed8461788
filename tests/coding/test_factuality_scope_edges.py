"""How far a negation, a modal or a governor's meaning reaches, at the edges of clauses the parser joins wrongly
or that news writing joins loosely (docs/factuality.md, "Fourteenth round"). Each case names the event and the
label it must have; the controls keep plain negation and modals working."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


def _events(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    # a clause after ";" is a sentence of its own, not a complement of the next verb
    ("Britain imposed sanctions on Israel on Tuesday; the United States did not join the move.",
     ("GBR", "16", "ISR", "asserted")),
    # "..., a charge Kigali denied": the denial is of the charge, not of the accusing
    ("Burundi had accused Rwanda of arming the rebels, a charge Kigali denied.", ("BDI", "11", "RWA", "asserted")),
    ("Kosovo accused Serbia of massing troops at the border, a claim Belgrade denied.",
     ("XKX", "11", "SRB", "asserted")),
    # a subjectless "and said" goes with the denial, not inside what is denied
    ("Cambodia denied that its troops had fired first and said it was ready for an immediate ceasefire with "
     "Thailand.", ("KHM", "03", "THA", "asserted")),
    # "without" denies once
    ("Zelensky left Washington without signing the minerals deal with the United States.",
     ("UKR", "05", "USA", "negated")),
    # "yet" after the infinitive is a conjunction, not "is yet to"
    ("Under the ceasefire, Israeli troops were to withdraw from southern Lebanon within 60 days, yet months later "
     "they were still there.", ("ISR", "08", "LBN", "future")),
    # "now that" states a fact inside a question
    ("Will Canada drop its tariffs on American cars now that Carney and Trump have met?",
     ("CAN", "04", "USA", "asserted")),
    ("Will Canada drop its tariffs on American cars now that Carney and Trump have met?",
     ("CAN", "08", "USA", "question")),
    ("Will Russia resume grain exports now that Turkey and Ukraine have signed a deal?",
     ("TUR", "05", "UKR", "asserted")),
    # "any" act, and a condition on the complement of a reported "would"
    ("Claudia Sheinbaum said that any US strike on Mexico would be unacceptable.",
     ("USA", "19", "MEX", "hypothetical")),
    ("Indian refiners would keep buying Russian oil if the discount stayed wide enough, traders said.",
     ("IND", "06", "RUS", "hypothetical")),
    # fronted "at no point", "under no circumstances"
    ("At no point did Washington threaten Israel with sanctions.", ("USA", "13", "ISR", "negated")),
    ("Under no circumstances will Greece recognise North Macedonia.", ("GRC", "05", "MKD", "negated")),
    # an infinitive on a noun is what could be done
    ("A deal could pave the way for Saudi Arabia to normalise ties with Israel.",
     ("SAU", "05", "ISR", "hypothetical")),
    # a reduced relative with its own date is a fact, whatever the clause it hangs in
    ("Germany will pay for the weapons under a package unveiled during Zelensky's visit to Berlin on Wednesday.",
     ("UKR", "04", "DEU", "asserted")),
    # nouns of denial; a present of schedule; obligations; capability; "ought to"
    ("Sri Lanka repeated its denial that government troops massacred Tamil civilians.",
     ("LKA", "20", "LKA", "negated")),
    ("Turkey hosts a NATO summit in Istanbul next week.", ("TUR", "04", None, "future")),
    ("Russia was obliged to return the ships to Ukraine under the 1997 accord.", ("RUS", "08", "UKR", "future")),
    ("China's navy is now capable of blockading Taiwan.", ("CHN", "19", "TWN", "hypothetical")),
    ("Washington ought to talk directly to Tehran.", ("USA", "04", "IRN", "hypothetical")),
    # hearsay without a source; a governor the parser reads as an auxiliary
    ("North Korea is reported to have sent troops to Russia.", ("PRK", "07", "RUS", "hypothetical")),
    ("Most Germans oppose sending Taurus missiles to Ukraine.", ("DEU", "07", "UKR", "hypothetical")),
    # controls: plain negation, coordination and participles of what was done instead
    ("Russia did not attack the convoy and shelled Kharkiv instead.", ("RUS", "19", "UKR", "asserted")),
    ("Iran refused to meet American envoys, choosing to negotiate through Oman.", ("IRN", "12", "USA", "asserted")),
    ("The United States did not join the sanctions on Israel.", ("USA", "16", "ISR", "negated")),
])
def test_label_at_a_clause_edge(pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    got = _events(pipeline, text)
    assert expected in got | {(s, r, None, f) for s, r, _, f in got}, (text, got)


@pytest.mark.parametrize("text", [
    "The debate is over whether to send tanks to Ukraine.",
    "The question is whether Ankara would hand over the suspects.",
    "The risk is that Israel strikes Iran before the election.",
    "The danger is that China invades Taiwan while America is distracted.",
])
def test_open_question_states_no_event(pipeline: Any, text: str) -> None:
    assert not {e for e in _events(pipeline, text) if e[3] == "asserted"}, text
