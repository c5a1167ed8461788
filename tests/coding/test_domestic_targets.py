"""Domestic events (docs/coding.md, "Structure, fourteenth round"): unnamed groups and institutions of the one country
a sentence names, as sources and targets, groups named with their own country's actors, the parties an inquiry into
charged abuses looks into, and lists of countries reached through a phrase. None of these sentences is a gold
sentence; each reading is checked on several countries and wordings, and where it could overreach, on a case where it
must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc
from tests.coding.coded import coded_triples, root_set

from detente.coding.home_groups import sole_country
from detente.records.actor import ActorCode
from detente.records.mention import ActorMentions, ResolvedActor

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


def _codes(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, _, t in coded_triples(pipeline, text, _DAY)}


# an unnamed institution or group acted on is the source's country's

@pytest.mark.parametrize(("text", "expected"), [
    ("Yoon Suk Yeol accused the opposition of paralysing the government.", ("KOR", "11", "KOR")),
    ("President Tshisekedi accused the army of colluding with rebels.", ("COD", "11", "COD")),
    ("Fiji's prime minister asked the military to restore order.", ("FJI", "02", "FJI")),
    ("The Pakistani government asked the army to help with flood relief.", ("PAK", "02", "PAK")),
    ("Ecuador's president asked the armed forces to take control of the prisons.", ("ECU", "02", "ECU")),
    ("Benjamin Netanyahu criticised the Supreme Court on Sunday.", ("ISR", "11", "ISR")),
    ("Emmanuel Macron criticised the National Assembly.", ("FRA", "11", "FRA")),
])
def test_an_unnamed_institution_acted_on_is_the_sources_own(pipeline: Any, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_the_institution_takes_its_sector(pipeline: Any) -> None:
    assert ("FJIGOV", "FJIMIL") in _codes(pipeline, "Fiji's prime minister asked the military to restore order.")
    assert ("KORGOV", "KOROPP") in _codes(pipeline, "Yoon Suk Yeol accused the opposition of paralysing the government.")


def test_an_institution_is_not_read_into_a_sentence_about_two_countries(pipeline: Any) -> None:
    # the army accused may be Rwanda's or Congo's: nothing is guessed
    assert not any(t == "COD" and c == "11" for _, c, t in _roots(
        pipeline, "President Tshisekedi accused the army of colluding with Rwanda."))


def test_a_title_word_is_no_group(pipeline: Any) -> None:
    # "an elected government", "Nepal's prime minister": the source's own office, never a second party
    assert ("NPL", "03", "NPL") not in _roots(
        pipeline, "Sushila Karki, sworn in as Nepal's prime minister, pledged to hand power to an elected government.")


# unnamed forces, officials and people acting where only one country is named are of it

@pytest.mark.parametrize(("text", "expected"), [
    ("The army killed 20 militants in North Waziristan.", ("PAK", "18", "PAK")),
    ("Soldiers opened fire on protesters in Yangon, killing 18.", ("MMR", "17", "MMR")),
    ("Security forces fired on protesters in Khartoum, killing five.", ("SDN", "17", "SDN")),
    ("A police officer shot dead a teenager in a suburb of Nairobi.", ("KEN", "17", "KEN")),
])
def test_unnamed_forces_in_a_one_country_sentence_are_its_own(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_the_government_and_the_opposition_act_together_where_they_meet(pipeline: Any) -> None:
    assert {("VEN", "05", "VEN")} <= _roots(pipeline, "The government and the opposition signed an agreement in Caracas.")
    assert ("VENOPP", "VENGOV") in _codes(pipeline, "The government and the opposition signed an agreement in Caracas.")


def _place(doc: Doc, i: int, country: str) -> ResolvedActor:
    tok = doc[i]
    return ResolvedActor(actor_code=ActorCode(country), mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                         token_start=i, token_end=i + 1, head=i, country=country)


def test_a_country_named_only_as_attacked_is_not_the_sentences_own(pipeline: Any) -> None:
    # the militants who fire at Israel are not Israel's; the soldiers who fire on protesters in Yangon are Myanmar's
    doc = pipeline.nlp("Militants fired rockets at Israel on Sunday.")
    assert sole_country(doc[:], ActorMentions([_place(doc, 4, "ISR")]), besides=(doc[4],)) is None
    assert sole_country(doc[:], ActorMentions([_place(doc, 4, "ISR")])) == "ISR"
    doc = pipeline.nlp("Soldiers opened fire on protesters in Yangon.")
    assert sole_country(doc[:], ActorMentions([_place(doc, 6, "MMR")]), besides=(doc[4], doc[6])) == "MMR"
    doc = pipeline.nlp("Obama was pressured by congress to help Iran.")
    assert sole_country(doc[:], ActorMentions([_place(doc, 0, "USA"), _place(doc, 7, "IRN")]),
                        besides=(doc[0],)) is None


def test_gunmen_stay_unknown(pipeline: Any) -> None:
    assert not any(s is not None for s, _, _ in _roots(pipeline, "Gunmen killed 12 villagers in Zamfara state."))


def test_an_unnamed_government_is_not_the_country_named_for_something_else(pipeline: Any) -> None:
    assert not any(s == "CHN" and c == "05" for s, c, _ in _roots(
        pipeline, "The government expressed appreciation for China's assistance."))


def test_a_passive_agent_is_not_the_other_country_named(pipeline: Any) -> None:
    # "congress" is no institution of Iran because Iran is named: the sentence names two countries
    assert not any(s == "IRN" for s, _, _ in _roots(pipeline, "Obama is being pressured by congress to help Iran."))


# an unnamed group coordinated with a country's own actors is of that country

def test_rebel_groups_signing_with_a_government_are_its_rebels(pipeline: Any) -> None:
    roots = _roots(pipeline, "Chad's transitional government and more than 40 rebel groups signed a peace deal on Monday.")
    assert {("TCD", "05", "TCD")} <= roots
    codes = _codes(pipeline, "Chad's transitional government and more than 40 rebel groups signed a peace deal on Monday.")
    assert ("TCDREB", "TCDGOV") in codes and ("TCDGOV", "TCDREB") in codes


def test_foreign_troops_named_with_a_government_are_not_its_own(pipeline: Any) -> None:
    codes = _codes(pipeline, "Mali's government and foreign troops signed an agreement on Monday.")
    assert not any(s == "MLIMIL" for s, _ in codes)


# an inquiry into charged abuses looks into whom they are charged to

def test_an_inquiry_into_complaints_of_abuses_targets_the_accused(pipeline: Any) -> None:
    roots = _roots(pipeline, "Peruvian prosecutors are investigating hundreds of complaints of abuses by police and "
                             "soldiers during the protests.")
    assert ("PER", "09", "PER") in roots
    assert ("IGO", "09", "SDN") in _roots(pipeline, "The UN is investigating reports of abuses by Sudanese soldiers.")


def test_an_inquiry_into_a_killing_has_no_victim_target(pipeline: Any) -> None:
    assert not any(t is not None for _, c, t in _roots(pipeline, "Prosecutors are investigating the killing of a "
                                                                 "protester in Lima.") if c == "09")


# a list of countries reached through a phrase

def test_tariffs_on_goods_from_two_countries_target_both(pipeline: Any) -> None:
    targets = {t for _, c, t in _roots(pipeline, "China imposed tariffs on imports from the United States and Canada.")
               if c == "16"}
    assert targets == {"USA", "CAN"}
    targets = {t for _, c, t in _roots(pipeline, "Iran fired missiles at bases in Iraq and Syria.") if c == "19"}
    assert targets == {"IRQ", "SYR"}


# gatherings banned or broken up, criminal groups, and the one warned (sixteenth round)

@pytest.mark.parametrize(("text", "expected"), [
    ("Hong Kong police banned the annual vigil in Victoria Park.", ("HKG", "17", "HKG")),
    ("Belarusian police dispersed the rally in Minsk.", ("BLR", "17", "BLR")),
    ("Thai authorities banned the planned protest in Bangkok.", ("THA", "17", "THA")),
    ("Cuban authorities banned the march in Havana.", ("CUB", "17", "CUB")),
    ("Sudan's army banned all gatherings in Khartoum.", ("SDN", "17", "SDN")),
    ("Hong Kong's government may invoke emergency powers to ban face masks at protests.", ("HKG", "17", "HKG")),
])
def test_a_gathering_banned_or_broken_up_is_coercion_of_the_own_people(pipeline: Any, text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


def test_a_gathering_of_another_people_keeps_that_people(pipeline: Any) -> None:
    assert _roots(pipeline, "Israeli police dispersed a Palestinian demonstration in Jerusalem.") == {
        ("ISR", "17", "PSE")}
    assert _roots(pipeline, "Russia banned the Ukrainian march in Moscow.") == {("RUS", "17", "UKR")}


def test_a_gathering_is_no_target_of_words(pipeline: Any) -> None:
    assert not _roots(pipeline, "The Kenyan government praised the march in Nairobi.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed bandits abducted 279 schoolgirls from a boarding school in Jangebe, in north-west Nigeria.",
     ("NGA", "18", "NGA")),
    ("Police in Nigeria arrested 30 bandits.", ("NGA", "17", "NGA")),
    ("Gangs killed 62 people in El Salvador in a single day.", ("SLV", "18", "SLV")),
])
def test_a_criminal_group_in_a_one_country_sentence_is_its_own(pipeline: Any, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian police warned protesters holed up at the mosque that officers could use live rounds.",
     ("EGY", "13", "EGY")),
    ("Hong Kong police warned protesters holed up at the university that officers could use live rounds.",
     ("HKG", "13", "HKG")),
])
def test_the_one_warned_before_a_participle_and_a_that_clause_is_the_target(pipeline: Any, text: str,
                                                                           expected: tuple[str, str, str]) -> None:
    assert _roots(pipeline, text) == {expected}
