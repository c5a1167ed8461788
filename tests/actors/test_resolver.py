"""Tests for detente.actors.resolver with the real English model, one per resolution phenomenon.

Office holders come from tests/actors/data/officeholders_fixture.csv so that these tests check the
resolution rules, not the bundled lists (tests/actors/test_seed_articles.py checks those).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.actors.mentions import find_mention, resolve_mentions

from detente.actors import ActorResolver, KnowledgeBase

FIXTURE = Path(__file__).parent / "data" / "officeholders_fixture.csv"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    """Over the test office holders instead of the bundled ones, so these tests do not move with the real lists."""
    return ActorResolver(KnowledgeBase.load([FIXTURE], officeholders=False))


def test_resolver_title_with_possessive_country_on_date(resolver: ActorResolver, nlp: Any) -> None:
    doc = nlp("Iran's president arrived in Ashgabat.")
    m = find_mention(list(resolver.resolve(doc, date(2024, 10, 9))), "Iran's president")
    assert (m.actor_code, m.name, m.kind, m.country, m.sector) == ("IRNGOV", "Masoud Pezeshkian", "person", "IRN", "GOV")
    assert doc[m.head].text == "president"
    assert (m.token_start, m.token_end) == (0, 3)
    assert doc.text[m.start:m.end] == "Iran's president"
    assert "2024-10-09" in m.reason


def test_resolver_title_changes_holder_with_the_date(resolver: ActorResolver, nlp: Any) -> None:
    text = "Iran's president spoke on television."
    assert find_mention(resolve_mentions(resolver, nlp, text, "2023-01-05"), "Iran's president").name == "Ebrahim Raisi"
    assert find_mention(resolve_mentions(resolver, nlp, text, "2015-01-05"), "Iran's president").name == "Hassan Rouhani"


def test_resolver_possessive_name_is_one_mention(resolver: ActorResolver, nlp: Any) -> None:
    doc = nlp("Russia's Putin met Iran's president.")
    mentions = list(resolver.resolve(doc, date(2024, 10, 11)))
    putin = find_mention(mentions, "Russia's Putin")
    assert (putin.actor_code, putin.name) == ("RUSGOV", "Vladimir Putin")
    assert doc[putin.head].text == "Putin"
    assert not any(m.mention == "Russia" for m in mentions)


def test_resolver_demonym_title(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "The Israeli prime minister said nothing.", "2022-09-01"),
              "Israeli prime minister")
    assert (m.actor_code, m.name) == ("ISRGOV", "Yair Lapid")


def test_resolver_supreme_leader_without_country(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "The supreme leader gave a speech.", "2024-10-04"), "supreme leader")
    assert (m.actor_code, m.name) == ("IRNGOV", "Ali Khamenei")


def test_resolver_new_president(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "Iran's new president took office.", "2024-08-01"), "Iran's new president")
    assert m.name == "Masoud Pezeshkian"


def test_resolver_former_title_is_not_the_holder(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "Iran's former president criticised the deal.", "2024-10-01"),
              "Iran's former president")
    assert m.actor_code == "IRNGOV" and m.name is None


def test_resolver_title_from_context_country(resolver: ActorResolver, nlp: Any) -> None:
    text = "Ukraine asked for more air defence. The president said Kyiv needed it urgently."
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-03-01"), "president")
    assert (m.actor_code, m.name) == ("UKRGOV", "Volodymyr Zelensky")
    assert m.confidence < 0.9


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iranian troops crossed the border.", "Iranian troops", "IRNMIL"),
    ("Israel's army said it struck targets.", "Israel's army", "ISRMIL"),
    ("The government of Syria denied it.", "government of Syria", "SYRGOV"),
    ("Russian rebels seized the town.", "Russian rebels", "RUSREB"),
    ("Syrian opposition leaders met.", "Syrian opposition", "SYROPP"),
    ("French police arrested two men.", "French police", "FRACOP"),
    ("Iranian protesters gathered.", "Iranian protesters", "IRNCVL"),
    ("Israeli lawmakers voted.", "Israeli lawmakers", "ISRLEG"),
    ("Iranian state TV reported the strike.", "Iranian state TV", "IRNMED"),
    ("US forces left the base.", "US forces", "USAMIL"),
])
def test_resolver_sector_words_with_country(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                            code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-01-01"), mention).actor_code == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Kremlin said talks would go on.", "Kremlin", "RUSGOV"),
    ("Tehran rejected the offer.", "Tehran", "IRNGOV"),
    ("Washington imposed sanctions.", "Washington", "USAGOV"),
    ("The Pentagon sent more ships.", "Pentagon", "USAMIL"),
    ("Iran fired missiles at Israel.", "Iran", "IRN"),
    ("The Russians expected the request.", "Russians", "RUS"),
])
def test_resolver_names_capitals_and_metonyms(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                              code: str) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-01-01"), mention)
    assert m.actor_code == code
    assert m.sector is None if len(code) == 3 else m.sector == code[3:]


def test_resolver_washington_state_is_not_the_government(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Wildfires spread across Washington state.", "2024-01-01")
    assert not any(m.actor_code.startswith("USA") for m in mentions)


def test_resolver_place_name_inside_a_person_name_is_not_an_actor(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Michael Jordan visited Jordan.", "2024-01-01")
    assert [(m.mention, m.start) for m in mentions] == [("Jordan", 23)]


def test_resolver_person_out_of_office_codes_by_last_office(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "Stoltenberg said the alliance would help.", "2025-03-01"), "Stoltenberg")
    assert m.actor_code == "IGOWSTNAT" and m.confidence < 0.9
    rutte = find_mention(resolve_mentions(resolver, nlp, "Mark Rutte flew to Kyiv.", "2024-08-15"), "Mark Rutte")
    assert rutte.actor_code == "NLDGOV" and "out of office" in rutte.reason and rutte.confidence <= 0.7


def test_resolver_partial_name_of_person_the_article_introduced(resolver: ActorResolver, nlp: Any) -> None:
    text = ("Iran's foreign minister Hamid Farahani met the envoy. Later Farahani said the talks were useful.")
    mentions = resolve_mentions(resolver, nlp, text, "2030-01-01")
    first = find_mention(mentions, "Iran's foreign minister Hamid Farahani")
    later = find_mention(mentions, "Farahani")
    assert first.actor_code == later.actor_code == "IRNGOV"
    assert later.name == "Hamid Farahani" and "partial name" in later.reason


def test_resolver_partial_name_after_full_mention(resolver: ActorResolver, nlp: Any) -> None:
    text = "Foreign minister Abbas Araghchi arrived. Afterwards Araghchi told reporters very little."
    mentions = resolve_mentions(resolver, nlp, text, "2025-06-24")
    assert find_mention(mentions, "Araghchi").actor_code == "IRNGOV"


def test_resolver_pronoun_carries_the_person_over(resolver: ActorResolver, nlp: Any) -> None:
    text = "Abbas Araghchi flew to Moscow. He met officials there."
    he = find_mention(resolve_mentions(resolver, nlp, text, "2025-06-24"), "He")
    assert (he.actor_code, he.name) == ("IRNGOV", "Abbas Araghchi")
    assert he.confidence <= 0.6 and "pronoun" in he.reason


def test_resolver_pronoun_with_two_candidates_is_left_alone(resolver: ActorResolver, nlp: Any) -> None:
    text = "Abbas Araghchi said that Vladimir Putin had agreed. He left early."
    assert not any(m.mention == "He" for m in resolve_mentions(resolver, nlp, text, "2025-06-24"))


def test_resolver_subject_pronoun_prefers_the_previous_subject(resolver: ActorResolver, nlp: Any) -> None:
    text = "Vladimir Putin called Abbas Araghchi. He urged him to stay calm."
    he = find_mention(resolve_mentions(resolver, nlp, text, "2025-06-24"), "He")
    assert he.name == "Vladimir Putin" and he.confidence <= 0.5 and "(subject)" in he.reason


def test_resolver_his_foreign_minister(resolver: ActorResolver, nlp: Any) -> None:
    text = "Vladimir Putin arrived. He brought his foreign minister."
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-10-11"), "his foreign minister")
    assert (m.actor_code, m.name) == ("RUSGOV", "Sergei Lavrov")


def test_resolver_definite_description_refers_back(resolver: ActorResolver, nlp: Any) -> None:
    text = ("Iran sent foreign minister Abbas Araghchi to Moscow. "
            "On arrival, the ambassador asked for a written guarantee.")
    m = find_mention(resolve_mentions(resolver, nlp, text, "2025-06-24"), "ambassador")
    assert (m.actor_code, m.name) == ("IRNGOV", "Abbas Araghchi")
    assert m.confidence <= 0.6


def test_resolver_question_word_is_not_part_of_the_name(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Will Putin attend the summit in Kazan?", "2024-10-11")
    assert [(m.mention, m.actor_code, m.kind) for m in mentions] == [("Putin", "RUSGOV", "person"),
                                                                      ("Kazan", "RUS", "place")]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("NATO warned Moscow.", "NATO", "IGOWSTNAT"),
    ("The IAEA inspected the site.", "IAEA", "IGOUNOIAE"),
    ("Hezbollah fired rockets.", "Hezbollah", "LBNREBHEZ"),
    ("The Houthis attacked a ship.", "Houthis", "YEMREBHTH"),
    ("Iran's Revolutionary Guards seized a tanker.", "Iran's Revolutionary Guards", "IRNMIL"),
    ("Analysts asked whether the Crink axis would hold.", "Crink axis", "GRPCRK"),
    ("The Taliban took Kabul.", "Taliban", "AFGGOV"),
])
def test_resolver_igos_groups_and_groupings(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                            code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-10-11"), mention).actor_code == code


def test_resolver_igo_title_and_name(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "The UN secretary-general called for calm.", "2019-01-01")
    m = find_mention(mentions, "UN secretary-general")
    assert (m.actor_code, m.name, m.country) == ("IGOUNO", "António Guterres", None)


def test_resolver_lowercase_us_is_not_the_united_states(resolver: ActorResolver, nlp: Any) -> None:
    assert resolve_mentions(resolver, nlp, "Let us talk about it.", "2024-01-01") == []


def test_resolver_mentions_carry_offsets_into_the_text(resolver: ActorResolver, nlp: Any) -> None:
    doc = nlp("On Friday the Kremlin and Tehran signed a deal with Iranian troops watching.")
    for m in resolver.resolve(doc, date(2024, 1, 1)):
        assert doc.text[m.start:m.end] == m.mention
        assert m.token_start <= m.head < m.token_end
        assert 0.0 < m.confidence <= 1.0 and m.reason


def test_resolver_learns_hyphenated_names_and_their_short_form(resolver: ActorResolver, nlp: Any) -> None:
    text = "Pakistan's president Mohammad Zia-Ul-Haq rejected the offer. Later Zia-Ul-Haq left for Jeddah."
    mentions = resolve_mentions(resolver, nlp, text, "1985-01-01")
    first = find_mention(mentions, "Pakistan's president Mohammad Zia-Ul-Haq")
    later = find_mention(mentions, "Zia-Ul-Haq")
    assert first.actor_code == later.actor_code == "PAKGOV"
    assert later.name == "Mohammad Zia-Ul-Haq"


def test_resolver_unknown_name_after_title_without_country_is_not_learned(resolver: ActorResolver,
                                                                          nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Defence minister Hamid Farahani flew to Muscat.", "2030-01-01")
    assert not any(m.kind == "person" for m in mentions)


def test_resolver_resolve_phrase_without_the_parser(resolver: ActorResolver) -> None:
    (m,) = resolver.resolve_phrase("Israel's prime minister", date(2022, 9, 1))
    assert (m.actor_code, m.name) == ("ISRGOV", "Yair Lapid")
    assert resolver.resolve_phrase("nothing to see", None) == []


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Will Ukraine join NATO next year?", "Ukraine", "UKR"),
    ("Would Tehran accept a new inspection regime?", "Tehran", "IRNGOV"),
    ("Did Turkey block the vote?", "Turkey", "TUR"),
])
def test_resolver_sentence_initial_auxiliary_is_not_part_of_a_place_name(
        resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-06-01"), mention).actor_code == code


def test_resolver_city_stands_for_its_country(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Russian drones struck Lviv overnight.", "2024-09-04")
    lviv = find_mention(mentions, "Lviv")
    assert (lviv.actor_code, lviv.kind, lviv.country, lviv.sector) == ("UKR", "place", "UKR", None)
    assert lviv.confidence < 0.85 and "place" in lviv.reason


def test_resolver_city_inside_a_person_name_is_not_a_place(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "The novelist Milan Kundera died in Paris.", "2023-07-12")
    # Paris, where he died, is a place (ninth actors round: a capital after "in"); Milan is no place
    assert [(m.mention, m.actor_code) for m in mentions if m.kind == "place"] == [("Paris", "FRA")]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Odesa residents sheltered in the metro.", "Odesa residents", "UKRCVL"),
    ("The residents of Kharkiv sheltered in the metro.", "residents of Kharkiv", "UKRCVL"),
    ("Demonstrators in Caracas marched on the palace.", "Demonstrators", "VENCVL"),
    ("Students in Isfahan boycotted classes.", "Students", "IRNEDU"),
    ("Civilians in Rafah fled north.", "Civilians", "PSECVL"),
    ("Villagers near Mykolaiv reported shelling.", "Villagers", "UKRCVL"),
    ("Refugees from Sudan crossed into Chad.", "Refugees", "SDNREF"),
])
def test_resolver_people_of_a_place(resolver: ActorResolver, nlp: Any, text: str, mention: str, code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-05-01"), mention).actor_code == code


@pytest.mark.parametrize("text", ["American troops in Syria came under fire.", "Refugees in Lebanon protested."])
def test_resolver_in_a_place_does_not_give_forces_or_refugees_a_country(
        resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = {m.actor_code for m in resolve_mentions(resolver, nlp, text, "2024-05-01")}
    assert not codes & {"SYRMIL", "LBNREF"}


def test_resolver_sector_word_takes_the_dominant_country(resolver: ActorResolver, nlp: Any) -> None:
    text = ("Pakistan held a general election on Thursday. Turnout in Pakistan was low. "
            "The army denied interfering in the count.")
    army = find_mention(resolve_mentions(resolver, nlp, text, "2024-02-09"), "army")
    assert army.actor_code == "PAKMIL" and army.confidence == 0.6 and "dominant" in army.reason


def test_resolver_sector_word_without_a_dominant_country_stays_unresolved(resolver: ActorResolver, nlp: Any) -> None:
    text = "India accused Pakistan of shelling border villages. Pakistan denied it. The army said it had fired back."
    assert not any(m.mention == "army" for m in resolve_mentions(resolver, nlp, text, "2024-02-09"))


def test_resolver_city_inside_a_longer_place_name_is_not_an_actor(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "The Houthis attacked a tanker in the Gulf of Aden.", "2024-02-20")
    assert [m.mention for m in mentions] == ["Houthis"]


def test_resolver_occupied_city_is_not_coded_as_an_actor(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Ukrainian drones struck Sevastopol overnight.", "2024-05-16")
    assert [(m.mention, m.actor_code) for m in mentions] == [("Ukrainian", "UKR")]


def test_resolver_in_a_country_gives_people_that_country(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, "The UN condemned the crackdown on protesters in Belarus.", "2020-08-20"),
              "protesters")
    assert (m.actor_code, m.country, m.sector) == ("BLRCVL", "BLR", "CVL")


def test_resolver_place_of_the_same_name_elsewhere_is_not_its_country(resolver: ActorResolver, nlp: Any) -> None:
    assert resolve_mentions(resolver, nlp, "A court in Alexandria, Virginia, charged the man.", "2024-05-01") == []
    kharkiv = find_mention(resolve_mentions(resolver, nlp, "Russia struck Kharkiv, Ukraine's second city.", "2024-05-01"), "Kharkiv")
    assert kharkiv.actor_code == "UKR"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Chinese warships sailed near Taiwan.", "Chinese warships", "CHNMIL"),
    ("Russian warplanes struck Idlib.", "Russian warplanes", "RUSMIL"),
    ("Israeli fighter jets hit targets in Lebanon.", "Israeli fighter jets", "ISRMIL"),
    ("Iranian frigates joined the drill.", "Iranian frigates", "IRNMIL"),
    ("Two Russian submarines surfaced off Cuba.", "Russian submarines", "RUSMIL"),
    ("US destroyers shot down the drones.", "US destroyers", "USAMIL"),
    ("Iranian gunboats harassed a tanker.", "Iranian gunboats", "IRNMIL"),
    ("Russian tanks entered the town.", "Russian tanks", "RUSMIL"),
    ("Ukrainian artillery shelled the positions.", "Ukrainian artillery", "UKRMIL"),
    ("Syrian government forces shelled Idlib.", "Syrian government forces", "SYRMIL"),
    ("Sudan's government troops retook the city.", "Sudan's government troops", "SDNMIL"),
    ("Syrian regime forces attacked Daraa.", "Syrian regime forces", "SYRMIL"),
    ("Iranian security forces fired on protesters.", "Iranian security forces", "IRNCOP"),
    ("The Syrian government said it would respond.", "Syrian government", "SYRGOV"),
])
def test_resolver_sector_word_head_noun_decides(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-03-01"), mention).actor_code == code


@pytest.mark.parametrize("text", ["A US think tank said Saudi oil tanks were hit.",
                                  "Iranian fuel tanks exploded in the port."])
def test_resolver_weapon_words_need_their_country_next_to_them(resolver: ActorResolver, nlp: Any,
                                                               text: str) -> None:
    assert not any(m.sector == "MIL" for m in resolve_mentions(resolver, nlp, text, "2024-03-01"))


def test_resolver_government_forces_without_country_take_the_dominant_one(resolver: ActorResolver,
                                                                          nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Syria's army lost ground near Aleppo. Syria asked Russia for help. "
                        "Syria said Turkey armed the rebels. Syria appealed again. Government troops "
                        "withdrew overnight.", "2024-11-30")
    assert find_mention(mentions, "Government troops").actor_code == "SYRMIL"


def test_resolver_title_takes_the_previous_subject_country(resolver: ActorResolver, nlp: Any) -> None:
    text = ("Israel struck Damascus. Israel's cabinet met. Israel warned Tehran. Iran fired missiles at Israel "
            "on Saturday. The foreign minister said the operation was over.")
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-04-14"), "foreign minister")
    assert (m.actor_code, m.name) == ("IRNGOV", "Hossein Amir-Abdollahian")
    assert "previous sentence's subject" in m.reason


@pytest.mark.parametrize("second", [
    "The strikes hit a consulate.",               # the subject is not a country
    "Iran and Syria condemned the strike.",       # coordinated subjects
])
def test_resolver_title_falls_back_to_the_most_mentioned_country(resolver: ActorResolver, nlp: Any,
                                                                 second: str) -> None:
    text = f"Israel struck Damascus. Israel's cabinet met. Israel warned Iran. {second} The foreign minister spoke."
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-04-14"), "foreign minister")
    assert m.actor_code == "ISRGOV"


def test_resolver_pronoun_carries_over_to_a_head_of_government(nlp: Any) -> None:
    kb = KnowledgeBase.load([FIXTURE, FIXTURE.parent / "officeholders_roles.csv"], officeholders=False)
    mentions = list(ActorResolver(kb).resolve(nlp("Jacinda Ardern announced her resignation on Thursday. She "
                                                  "said she no longer had enough in the tank."),
                                              date(2023, 1, 19)))
    she = find_mention(mentions, "She")
    assert (she.actor_code, she.name) == ("NZLGOV", "Jacinda Ardern")


def test_resolver_pronoun_not_carried_over_past_an_unknown_person(resolver: ActorResolver, nlp: Any) -> None:
    # Kamala Harris is not in the fixture: "She" may be her, so it must not become Isaac Herzog.
    mentions = resolve_mentions(resolver, nlp, "Kamala Harris met Isaac Herzog in Jerusalem. She said the talks were "
                        "useful.", "2024-03-01")
    assert find_mention(mentions, "Isaac Herzog").actor_code == "ISRGOV"
    assert not any(m.mention == "She" for m in mentions)


def test_resolver_the_country_refers_to_the_dominant_country(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Iran held a runoff on Friday. Turnout in Iran was low. "
                                "Officials said Iran would count fast. The country faces new sanctions.", "2024-07-06")
    m = find_mention(mentions, "The country")
    assert (m.actor_code, m.kind, m.confidence) == ("IRN", "country", 0.6)
    assert "dominant country" in m.reason


@pytest.mark.parametrize("text", [
    # two countries named about as often: no dominant country
    "Iran and Iraq signed a deal. Iran and Iraq met again. The country faces sanctions.",
    # another country in the sentence before
    "Iran held a runoff. Iran counted votes. Iran announced results. Iraq sent observers. The country waited.",
    # named only once
    "Iran held a runoff. The country waited.",
    # not an anaphor
    "Iran held a runoff. Iran counted votes. Iran announced results. The country of origin was not given.",
])
def test_resolver_the_country_without_a_dominant_country_is_unresolved(resolver: ActorResolver, nlp: Any,
                                                                        text: str) -> None:
    mentions = resolve_mentions(resolver, nlp, text, "2024-07-06")
    assert [m.mention for m in mentions if m.mention.lower() == "the country"] == []
