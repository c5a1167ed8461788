"""Two nationalities hyphened before a person ("an Iranian-American journalist", "a German-Iranian dual national"),
birth before a nationality ("a Lebanese-born Australian man"), languages ("Russian-speaking residents"), adjectives of
regions inside one state ("a Bavarian brewery", "the Scottish government"), armed groups, militias and parties of
2022-2026 news, and foreign ministers a census found missing (round thirty-one, see docs/actors-and-tenures.md).
Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

DAY = "2025-06-01"


# -- two nationalities hyphened before a person: one person, one state ----------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("An Iranian-American journalist was detained in Tehran.", "Iranian-American journalist", "USAMED"),
    ("Russia jailed a Russian-American dual national for treason.", "Russian-American dual national", "USACVL"),
    ("The Russian-Armenian billionaire was arrested in Moscow.", "Russian-Armenian billionaire", "ARMCVL"),
    ("Iran released a German-Iranian dual national.", "German-Iranian dual national", "DEUCVL"),
    ("A British-Iranian aid worker was freed by Iran.", "British-Iranian aid worker", "GBRCVL"),
    ("Iran executed a Swedish-Iranian doctor.", "Swedish-Iranian doctor", "SWECVL"),
    ("China sentenced an Australian-Chinese writer to death.", "Australian-Chinese writer", "AUSCVL"),
    ("A Chinese-Australian writer was sentenced in Beijing.", "Chinese-Australian writer", "AUSCVL"),
    ("Israeli troops killed a Turkish-American activist.", "Turkish-American activist", "USAOPP"),
    ("An Israeli-American hostage was released by Hamas.", "Israeli-American hostage", "USACVL"),
    ("Two Iranian-Americans were detained in Tehran.", "Iranian-Americans", "USACVL"),
    ("A dual US-Russian citizen was detained in Yekaterinburg.", "US-Russian citizen", "USACVL"),
    ("Venezuela detained a Colombian-Venezuelan activist.", "Colombian-Venezuelan activist", "VENOPP"),
    ("Iran arrested a French-Iranian academic.", "French-Iranian academic", "FRACVL"),
    ("Armenian agents detained the Russian-Armenian billionaire.", "Russian-Armenian billionaire", "ARMCVL"),
    ("A Russian-Ukrainian dual citizen was jailed in Moscow.", "Russian-Ukrainian dual citizen", "UKRCVL"),
    ("A Canadian-Chinese businessman was sentenced in China.", "Canadian-Chinese businessman", "CANBUS"),
])
def test_two_nationalities_of_one_person_are_one_state(resolver: Any, nlp: Any, text: str, mention: str,
                                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


@pytest.mark.parametrize(("text", "absent"), [
    ("Iran detained an Iranian-American journalist on Monday.", "Iranian"),   # the first nationality is no actor
    ("A British-Iranian aid worker was freed by Iran.", "Iranian"),
    ("The Russian-Armenian billionaire was arrested in Moscow.", "Russian"),
])
def test_the_other_nationality_is_no_actor_of_its_own(resolver: Any, nlp: Any, text: str, absent: str) -> None:
    assert absent not in mention_codes(resolver, nlp, text, DAY)


@pytest.mark.parametrize(("text", "codes"), [
    ("The US-Chinese talks ended.", {"US": "USA", "Chinese": "CHN"}),             # relations between states
    ("The Israeli-Palestinian conflict continued.", {"Israeli": "ISR", "Palestinian": "PSE"}),
    ("The Indian-Pakistani border was closed.", {"Indian": "IND", "Pakistani": "PAK"}),
    ("The US-Russian relationship worsened.", {"US": "USA", "Russian": "RUS"}),
])
def test_two_states_hyphened_before_a_relation_stay_two(resolver: Any, nlp: Any, text: str,
                                                       codes: dict[str, str]) -> None:
    found = mention_codes(resolver, nlp, text, DAY)
    assert all(found.get(mention) == code for mention, code in codes.items()), found


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia released a German-Russian accused of spying.", "German-Russian accused", "DEUCVL"),
    ("Police questioned a Dutch-Moroccan suspect.", "Dutch-Moroccan suspect", "NLD"),
    ("Ukraine jailed a Russian-Ukrainian collaborator.", "Russian-Ukrainian collaborator", "UKR"),
])
def test_a_pair_before_other_person_words(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention, "").startswith(code)


def test_a_named_person_s_apposition_keeps_its_rule(resolver: Any, nlp: Any) -> None:
    """ "X, an Israeli-Russian researcher": the person is learned by the apposition rule (the first nationality,
    round twenty-two); the pair there is left as it was."""
    codes = mention_codes(resolver, nlp, "Elizabeth Tsurkov, an Israeli-Russian researcher, was freed in Iraq.", DAY)
    assert codes.get("Elizabeth Tsurkov") == "ISRCVL"


def test_a_nationality_after_a_birthplace_is_the_person_s(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "A Lebanese-born Australian man was arrested.", DAY)
    assert set(codes.values()) == {"AUS"}, codes
    assert mention_codes(resolver, nlp, "A Syrian-born German doctor was arrested.", DAY) == {"German": "DEU"}
    # control: birth alone still gives the nationality (round twenty-eight)
    assert mention_codes(resolver, nlp, "A Syrian-born man was arrested.", DAY) == {"Syrian-born man": "SYRCVL"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian-speaking residents fled the town.", {}),
    ("Ukraine's Russian-speaking residents voted.", {"Ukraine's Russian-speaking residents": "UKRCVL"}),
    ("Pro-Russian separatists shelled the town.", {}),                                   # control
])
def test_a_language_names_no_state(resolver: Any, nlp: Any, text: str, expected: dict[str, str]) -> None:
    assert mention_codes(resolver, nlp, text, DAY) == expected


# -- adjectives of regions inside one state --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Bavarian brewery was fined by the EU.", "Bavarian", "DEU"),
    ("The Scottish government criticised London.", "Scottish government", "GBRGOV"),
    ("A Welsh court jailed the protesters.", "Welsh court", "GBRJUD"),
    ("A Texan oil executive was detained in Venezuela.", "Texan", "USA"),
    ("Siberian authorities evacuated the village.", "Siberian authorities", "RUSGOV"),
    ("A Sardinian court convicted the smugglers.", "Sardinian court", "ITAJUD"),
    ("Okinawan protesters rallied against the US base.", "Okinawan protesters", "JPNCVL"),
    ("Scots voted against independence.", "Scots", "GBR"),
    ("Tasmanian police arrested the men.", "Tasmanian police", "AUSCOP"),
    ("The Scottish National Party won the vote.", "Scottish National Party", "GBROPPSNP"),      # control
    ("Thierry Breton resigned from the commission.", "Thierry Breton", "IGOEUREEC"),          # control
    ("A Marseille court convicted the smugglers.", "Marseille court", "FRAJUD"),               # control
])
def test_a_region_s_adjective_is_its_state_s(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


# -- armed groups, militias and parties of 2022-2026 news ------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Rada force clashed with rival militias in Tripoli.", "Rada force", "LBYREBRDA"),
    ("The Special Deterrence Force detained the minister.", "Special Deterrence Force", "LBYREBRDA"),
    ("The Stability Support Apparatus seized the bank.", "Stability Support Apparatus", "LBYREBSSA"),
    ("The 444 Brigade clashed with rival gunmen.", "444 Brigade", "LBYMIL"),
    ("The Tariq Ben Ziyad Brigade deployed to the south.", "Tariq Ben Ziyad Brigade", "LBYMIL"),
    ("The Jenin Battalion fired at Israeli troops.", "Jenin Battalion", "PSEREBJNB"),
    ("The Popular Resistance Committees fired rockets.", "Popular Resistance Committees", "PSEREBPRC"),
    ("The STC took control of Hadramout.", "STC", "YEMGOV"),
    ("The Giants Brigades attacked Houthi positions.", "Giants Brigades", "YEMMIL"),
    ("The Sudan Shield Forces attacked the RSF.", "Sudan Shield Forces", "SDNMIL"),
    ("The Bamar People's Liberation Army joined the offensive.", "Bamar People's Liberation Army", "MMRREBBPL"),
    ("The Pa-O National Liberation Army clashed with the resistance.", "Pa-O National Liberation Army", "MMRREBPNL"),
    ("Grand Ravine gang members killed residents.", "Grand Ravine gang", "HTICRMGRV"),
    ("The Village de Dieu gang attacked the hospital.", "Village de Dieu gang", "HTICRMVDD"),
    ("The Baloch Raji Aajoi Sangar claimed the attack.", "Baloch Raji Aajoi Sangar", "PAKREBBRS"),
    ("The Kurdistan Democratic Party of Iran was shelled by Iran.", "Kurdistan Democratic Party of Iran",
     "IRNREBKDI"),
    ("The Koglweogo militia attacked villagers.", "Koglweogo militia", "BFAUAFKGW"),
    ("The Dan Na Ambassagou militia attacked a village.", "Dan Na Ambassagou militia", "MLIUAFDNA"),
    ("The Macawisley militias fought al-Shabaab.", "Macawisley militias", "SOMUAFMCW"),
    ("The Islamic State Mozambique Province attacked Macomia.", "Islamic State Mozambique Province", "MOZREBASW"),
    ("The Tisza party led the polls.", "Tisza party", "HUNOPPTSZ"),
    # controls: the names these share words with
    ("The Rada passed the budget.", "Rada", "UKRLEG"),
    ("The People's Liberation Army held drills near Taiwan.", "People's Liberation Army", "CHNMIL"),
    ("The National Liberation Army attacked soldiers in Colombia.", "National Liberation Army", "COLREBELN"),
    ("The Kurdistan Democratic Party won the vote in Erbil.", "Kurdistan Democratic Party", "IRQOPPKDP"),
])
def test_armed_groups_and_parties_of_recent_news(resolver: Any, nlp: Any, text: str, mention: str,
                                                code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


# -- foreign ministers a census found missing ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Senegal's foreign minister met his French counterpart.", "2025-01-10", "Senegal's foreign minister", "SENGOV"),
    ("Yassine Fall said Senegal would not bow.", "2025-01-10", "Yassine Fall", "SENGOV"),
    ("Palmas visited the National Guard.", "2025-01-10", "Palmas", "CYPGOV"),
    ("Shingiro met the Rwandan envoy.", "2024-05-10", "Shingiro", "BDIGOV"),
    ("Sarabia met the Venezuelan envoy.", "2025-06-20", "Sarabia", "COLGOV"),
])
def test_ministers_found_missing(resolver: Any, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_a_word_surname_is_not_read_alone(resolver: Any, nlp: Any) -> None:
    assert mention_codes(resolver, nlp, "Fall in oil prices hurt Nigeria.", "2025-01-10") == {"Nigeria": "NGA"}


@pytest.mark.parametrize("day", ["2025-01-10", "2024-06-01"])
def test_holders_on_the_day(resolver: Any, day: str) -> None:
    from datetime import date
    kb = resolver.kb
    assert [t.name for t in kb.holders("SEN", "foreign_minister", date.fromisoformat(day))] == ["Yassine Fall"]


# -- a person described by a city or region of one state ---------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Venezuela detained John Miller, a Texas oil executive, on Monday.", "John Miller", "USACVL"),
    ("Belarus jailed Tom Walker, a Chicago teacher, for spying.", "Tom Walker", "USACVL"),
    ("A Russian court jailed Anna Kovacs, a Budapest businesswoman.", "Anna Kovacs", "HUNBUS"),
    ("Mali released Olivier Dubois, a French journalist.", "Olivier Dubois", "FRAMED"),              # control
])
def test_a_person_described_by_a_city_is_its_state_s(resolver: Any, nlp: Any, text: str, mention: str,
                                                     code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


def test_a_city_a_person_is_based_in_teaches_nothing(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "The court jailed Igor Sokolov, a London-based banker.", DAY)
    assert "Igor Sokolov" not in codes, codes


# -- a person the tagger took for a place, described by an apposition ----------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia freed Ksenia Karelina, a Los Angeles ballet dancer.", "Ksenia Karelina", "USACVL"),
    ("Russia freed Marina Kovaleva, a Boston chemist, in August.", "Marina Kovaleva", "USACVL"),
])
def test_a_person_tagged_as_a_place_is_learned_from_the_apposition(resolver: Any, nlp: Any, text: str, mention: str,
                                                                   code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


@pytest.mark.parametrize("text", [
    "The army shelled Kharkiv, a city of 1.4 million people.",
    "Forces entered Zaporizhzhia, a region in southern Ukraine.",
])
def test_a_place_described_as_a_place_stays_a_place(resolver: Any, nlp: Any, text: str) -> None:
    assert all(code == "UKR" for code in mention_codes(resolver, nlp, text, DAY).values())
