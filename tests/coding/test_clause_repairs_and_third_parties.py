"""Clause structure (twenty-third round): a participle before a titled name describes the name ("detained suspended
President Yoon"); a past-tense verb read as a modifier is the sentence's verb ("Netanyahu's trip to Washington angered
Tehran"); an adverb's "of" phrase belongs to its verb ("stopped short of condemning"); a mediation's parties are its
targets, never a source; whoever speaks of an invasion is no victim of it; a gathering names where an act was done,
not whose its object is. None of these sentences is a gold sentence; controls keep the plain readings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples, country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 3, 1)


def _facts(pipeline: Any, text: str, day: date = _DAY) -> set[tuple[str | None, str, str | None, str]]:
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, day)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Police detained suspended President Yoon Suk Yeol in Seoul on Wednesday.", ("KOR", "17", "KOR", "asserted")),
    ("Investigators detained impeached President Yoon Suk Yeol on Wednesday.", ("KOR", "17", "KOR", "asserted")),
    ("Prosecutors charged deposed President Pedro Castillo with rebellion.", ("PER", "17", "PER", "asserted")),
    # control: no participle before the title
    ("Police had detained President Yoon Suk Yeol in Seoul.", ("KOR", "17", "KOR", "asserted")),
])
def test_a_participle_before_a_titled_name_describes_it(pipeline: Any, text: str,
                                                        expected: tuple[str, str, str, str]) -> None:
    assert expected in _facts(pipeline, text, date(2025, 1, 15))


@pytest.mark.parametrize(("text", "expected"), [
    ("Netanyahu's trip to Washington angered Tehran.", ("ISR", "04", "USA", "asserted")),
    ("Orban's visit to Moscow angered Kyiv.", ("HUN", "04", "RUS", "asserted")),
    # control: parsed right already
    ("Modi's visit to Moscow angered Washington.", ("IND", "04", "RUS", "asserted")),
])
def test_a_past_verb_read_as_a_modifier_is_the_verb(pipeline: Any, text: str,
                                                    expected: tuple[str, str, str, str]) -> None:
    facts = _facts(pipeline, text)
    assert expected in facts and not any(f[1] == "04" and f[2] != expected[2] for f in facts), facts


@pytest.mark.parametrize(("text", "expected"), [
    ("India has stopped short of condemning Russia.", ("IND", "11", "RUS", "negated")),
    ("Turkey stopped short of criticising Israel.", ("TUR", "11", "ISR", "negated")),
    ("The Kremlin stopped short of blaming Kyiv for the attack.", ("RUS", "11", "UKR", "negated")),
])
def test_an_adverbs_phrase_belongs_to_its_verb(pipeline: Any, text: str,
                                               expected: tuple[str, str, str, str]) -> None:
    assert expected in _facts(pipeline, text)


@pytest.mark.parametrize(("text", "mediator"), [
    ("Qatar's mediation between Israel and Hamas led to a truce.", "QAT"),
    ("The mediation between Israel and Hamas by Qatar has stalled.", "QAT"),
    ("Egypt's mediation between Israel and Hamas has stalled.", "EGY"),
    # control: a verb
    ("Qatar mediated between Israel and Hamas.", "QAT"),
])
def test_a_mediations_parties_are_its_targets(pipeline: Any, text: str, mediator: str) -> None:
    mediations = {(s, t) for s, r, t, _ in _facts(pipeline, text) if r == "04"}
    assert mediations == {(mediator, "ISR"), (mediator, "PSE")}, mediations


@pytest.mark.parametrize("text", [
    "China has refrained from condemning Russia's invasion.",
    "Not once has Beijing condemned Russia's invasion.",
])
def test_who_judges_an_invasion_is_not_its_victim(pipeline: Any, text: str) -> None:
    facts = _facts(pipeline, text)
    assert not any(f[1] == "19" and f[2] == "CHN" for f in facts), facts


def test_the_invaded_country_stays_the_target(pipeline: Any) -> None:
    facts = _facts(pipeline, "Zelensky declared martial law across Ukraine in the first hours of the Russian "
                             "invasion.")
    assert ("RUS", "19", "UKR", "asserted") in facts


@pytest.mark.parametrize("text", [
    "Lula denounced sanctions at the BRICS summit in Kazan.",
    "Erdogan denounced the sanctions at a summit in Baku.",
    "Starmer pledged more weapons at a conference in Paris.",
])
def test_a_gathering_is_where_not_whose(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text, _DAY)
    assert all(t is None for _, _, t in triples), triples  # no host (RUS, AZE, FRA), no summit's body (BRICS)


def test_a_place_in_the_object_phrase_still_counts(pipeline: Any) -> None:
    assert ("ISR", "19", "LBN", "asserted") in _facts(pipeline, "Israel struck nine sites in Lebanon.")


@pytest.mark.parametrize(("text", "expected"), [
    ("George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq or face military action.",
     ("USA", "139", "IRQ")),
    ("Niger's junta gave the French ambassador 48 hours to leave the country or face expulsion.",
     ("NER", "139", "FRA")),
])
def test_a_deadline_to_leave_or_face_is_an_ultimatum(pipeline: Any, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    codes = {(s, c, t) for s, c, t, _ in country_facts(pipeline, text, date(2023, 8, 25))}
    assert expected in codes and not any(c == "174" for _, c, _ in codes), codes


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's teachers threatened to strike unless the government raised their pay.", ("KEN", "13", "KEN")),
    ("French farmers threatened to block motorways if the government did not scrap the fuel tax.",
     ("FRA", "13", "FRA")),
    # control: a named other country in the condition stays the target
    ("Hamas threatened to kill the hostages unless Israel halted its strikes.", ("PSE", "13", "ISR")),
])
def test_a_threat_conditioned_on_the_government_is_aimed_at_it(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert (*expected, "asserted") in _facts(pipeline, text)


@pytest.mark.parametrize("text", [
    "Would Australia send troops to help defend Taiwan if China attacked the island?",
    "Would the US defend Taiwan if China attacked the island?",
])
def test_the_island_is_the_land_acted_on_not_an_actor(pipeline: Any, text: str) -> None:
    facts = _facts(pipeline, text)
    assert ("CHN", "19", "TWN", "hypothetical") in facts, facts


def test_the_enclave_with_one_other_country_named(pipeline: Any) -> None:
    assert ("EGY", "07", "PSE", "asserted") in _facts(
        pipeline, "Israel struck Hamas targets in Gaza, and Egypt sent aid into the enclave.")


def test_a_go_between_is_no_party_to_the_talks(pipeline: Any) -> None:
    facts = _facts(pipeline, "Israel and Hamas resumed Qatari-mediated talks in Doha.")
    assert ("ISR", "04", "PSE", "asserted") in facts and not any(f[2] == "QAT" for f in facts), facts
    facts = _facts(pipeline, "Sudan's army did not send a delegation to the US-brokered ceasefire talks that opened "
                             "in Geneva on Wednesday.")
    assert not any(f[2] == "USA" for f in facts), facts


def test_a_brokered_deal_rejected_is_still_aimed_at_its_broker(pipeline: Any) -> None:
    assert ("ARM", "12", "RUS", "asserted") in _facts(pipeline, "Armenia rejected the Russian-brokered deal.")
