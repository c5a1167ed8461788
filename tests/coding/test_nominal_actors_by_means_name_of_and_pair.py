"""Who does a nominal event the sentence names with no actor of its own (twenty-sixth round, docs/coding.md): the
subject of the clause whose "in / with / through / via" phrase says how or as what it acted ("walked out in a
strike", "told X in a phone call"), not one who suffers it, nor what is threatened, charged, denied or given as a
motive; a proper name the parser read as the noun's subject ("where an M23 offensive ..."); an unnamed group that is
the noun's own agent in a one-country sentence ("a walkout by nurses"); the "of" phrase of a visit or protest; "the
two countries" after "between"; the subject of "led", "waged" or "kept up". None of these sentences is a gold
sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_with_factuality

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in coded_with_factuality(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Dock unions brought Belgium's ports to a halt on Monday with a general strike against pension cuts.",
     ("BEL", "14", None, "asserted")),
    ("Teachers in Nigeria closed schools with a nationwide strike over unpaid salaries.",
     ("NGA", "14", None, "asserted")),
    ("Keir Starmer reassured Volodymyr Zelensky in a phone call on Sunday that Britain would keep up its support.",
     ("GBR", "04", "UKR", "asserted")),
    ("Emmanuel Macron assured Volodymyr Zelensky in a phone call on Sunday that France would keep up its support.",
     ("FRA", "04", "UKR", "asserted")),
    ("Narendra Modi congratulated Donald Trump in a phone call on his election victory.",
     ("IND", "04", "USA", "asserted")),
    ("Xi Jinping urged Joe Biden in their video call to handle the Taiwan question with care.",
     ("USA", "04", "CHN", "asserted")),
    ("Serbian students paralysed Belgrade with a blockade of the main bridges.", ("SRB", "19", None, "asserted")),
    ("Kenyan activists marked the anniversary with protests against President William Ruto.",
     ("KEN", "14", "KEN", "asserted")),
    ("Thousands of Argentines filled the streets of Buenos Aires with protests against Javier Milei's spending cuts.",
     ("ARG", "14", "ARG", "asserted")),
    ("Russian forces pressed into Kharkiv region in a new offensive, Ukrainian officials said.",
     ("RUS", "19", None, "asserted")),
    ("Kim Jong Un celebrated the anniversary with a military parade in Pyongyang.", ("PRK", "15", None, "asserted")),
    ("India's financial crimes agency detained Rahul Gandhi's aide on Monday in a corruption investigation.",
     ("IND", "09", "IND", "asserted")),
])
def test_an_event_noun_in_a_means_phrase_is_the_clause_subjects(pipeline: Any, text: str,
                                                                 expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "source"), [
    ("Argentine unions paralysed Buenos Aires on Thursday in a day of strikes and protests against Javier Milei.",
     "ARG"),
    ("Kenyan youths filled the streets of Nairobi in a week of demonstrations against President William Ruto.", "KEN"),
])
def test_acts_counted_by_a_span_of_time_are_the_clause_subjects(pipeline: Any, text: str, source: str) -> None:
    assert any(s == source and r == "14" and f == "asserted" for s, r, _, f in _roots(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The government declared an emergency in Ituri, where a CODECO offensive against rival militias has killed "
     "dozens.", ("COD", "19", "COD", "asserted")),
    ("Petro sent soldiers to Cauca, where an ELN offensive against rival dissidents has killed 40 people.",
     ("COL", "19", "COL", "asserted")),
    ("The army was rushed to Goma, where an M23 offensive against Congolese troops has displaced thousands.",
     ("COD", "19", "COD", "asserted")),
    ("Aid groups fled the region, where a Hamas ambush on Israeli troops killed four soldiers last week.",
     ("PSE", "19", "ISR", "asserted")),
])
def test_a_name_read_as_an_event_nouns_subject_is_its_agent(pipeline: Any, text: str,
                                                            expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests by farmers against the new tax spread across Kenya.", ("KEN", "14", None, "asserted")),
    ("The visit of Xi Jinping to Moscow ended on Wednesday.", ("CHN", "04", "RUS", "asserted")),
    ("The visit of Narendra Modi to Ukraine lasted seven hours.", ("IND", "04", "UKR", "asserted")),
    ("Russian and Chinese bombers flew over the western Pacific on Tuesday in the first joint patrol between the two "
     "countries this year.", ("CHN", "06", "RUS", "asserted")),
    ("Russian and Chinese bombers flew over the western Pacific on Tuesday in the first joint patrol between the two "
     "countries this year.", ("RUS", "06", "CHN", "asserted")),
    ("Xi Jinping hosted Vladimir Putin in Beijing on Friday, days after talks between the two leaders were announced.",
     ("RUS", "04", "CHN", "asserted")),
])
def test_a_nominals_own_agent_by_home_of_or_pair(pipeline: Any, text: str,
                                                 expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Wagner fighters led the assault on Bakhmut, Ukrainian officials said.", ("RUS", "19", "UKR", "asserted")),
    ("RSF commanders led the offensive on El Fasher in May.", ("SDN", "19", None, "asserted")),
    ("The opposition led a boycott of the elections in Venezuela.", ("VEN", "16", None, "asserted")),
])
def test_an_event_noun_led_is_the_leaders(pipeline: Any, text: str,
                                          expected: tuple[str, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "source", "root"), [
    ("Three Ukrainian soldiers died in a Russian drone attack near Kharkiv.", "UKR", "19"),
    # (the police do not hold the rally; the protesters they detain do, twenty-eighth round: no protester here)
    ("Police fired tear gas during a rally against the government in Tbilisi.", "GEO", "14"),
    ("Washington threatened Iran with sanctions over its nuclear programme.", "USA", "16"),
    ("Prosecutors charged the former minister with the murder of a journalist.", None, "18"),
    ("The Vatican said in a statement that the pope had spoken with Putin.", "VAT", "01"),
    ("Serbia denied any role in Sunday's attack on Kosovo police.", "SRB", "19"),
    ("The Houthis detained UN staff in raids on the organisation's offices in Sanaa.", "YEM", "19"),
    ("Russia has struggled to cope with Western sanctions.", "RUS", "16"),
    ("New Delhi could raise duties on American almonds in retaliation for Washington's steel tariffs.", "IND", "19"),
    ("Mexican judges walked off the job in protest at the government's judicial overhaul.", "MEX", "11"),
    ("Sri Lanka denied that its troops massacred Tamil civilians in the last months of the civil war.", "LKA", "19"),
])
def test_no_means_actor_for_victims_threats_charges_known_acts_and_motives(pipeline: Any, text: str,
                                                                             source: str | None, root: str) -> None:
    assert not any(s == source and r == root for s, r, _, _ in _roots(pipeline, text)) if source else not any(
        r == root for _, r, _, _ in _roots(pipeline, text))
