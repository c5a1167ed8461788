"""People outside the fixed offices (people.csv), NGOs, more armed groups, and name-matching robustness.

Armed-group leaders, army and intelligence chiefs and opposition leaders code by dated rows; an
opposition leader who takes office switches code on the day the office starts. Titles before a surname,
lower-case names and transliteration variants must find the person without false hits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import (
    coded_actor_triples,
    find_mention,
    mention_codes,
    resolve_mentions,
)

from detente.actors import ActorResolver, KnowledgeBase
from detente.actors.builder import KBBuilder
from detente.actors.names import normalise
from detente.actors.people import read_people
from detente.actors.sources import load_bundled
from detente.errors import DetenteError

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_triples = coded_actor_triples


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Nikol Pashinyan", date(2018, 5, 7), "ARMOPP"),    # opposition leader the day before he became PM
    ("Nikol Pashinyan", date(2018, 5, 8), "ARMGOV"),    # prime minister from that day (office row)
    ("Hemedti", date(2023, 4, 14), "SDNMILRSF"),        # a state paramilitary until the war
    ("Hemedti", date(2023, 4, 15), "SDNREBRSF"),
    ("Hassan Nasrallah", date(2010, 1, 1), "LBNREBHEZ"),
    ("Yevgeny Prigozhin", date(2023, 6, 1), "RUSMIL"),
    ("Asim Munir", date(2019, 1, 1), "PAKSPY"),         # ISI director-general 2018-2019
    ("Asim Munir", date(2025, 6, 18), "PAKMIL"),
    ("David Petraeus", date(2008, 8, 20), "USAMIL"),
    ("David Petraeus", date(2012, 1, 1), "USASPY"),
    ("Juan Guaido", date(2019, 1, 23), "VENOPP"),
    ("Mike Pompeo", date(2017, 6, 1), "USASPY"),       # CIA director before he was secretary of state
    ("Mike Pompeo", date(2019, 6, 1), "USAGOV"),
    ("Kenneth Roth", date(2021, 6, 1), "NGOHRW"),       # heads of NGOs code as their organisation
    ("Agnes Callamard", date(2023, 1, 1), "NGOAMN"),
    ("Peter Maurer", date(2015, 1, 1), "NGOIRC"),
])
def test_dated_rows(kb: KnowledgeBase, name: str, day: date, code: str) -> None:
    assert kb.lookup(name, on=day)[0].actor_code == code


def test_an_ngo_head_takes_the_organisation_s_sector_not_its_suffix(kb: KnowledgeBase) -> None:
    explained = kb.code_on(kb.lookup("Kenneth Roth", on=date(2021, 6, 1))[0].entity_id, date(2021, 6, 1))
    assert (explained.actor_code, explained.country, explained.sector) == ("NGOHRW", None, "NGO")


def test_an_ngo_code_that_no_group_has_is_refused() -> None:
    builder = KBBuilder()
    load_bundled(builder, officeholders=False)
    with pytest.raises(DetenteError) as caught:
        read_people(builder, "name,code,start,end,aliases,role\nJane Doe,NGOXYZ,2020-01-01,,,director\n", "p.csv")
    assert "p.csv" in str(caught.value)


def test_out_of_every_row_the_nearest_one_decides(kb: KnowledgeBase) -> None:
    # Zaluzhnyi left the command on 2024-02-08 and became ambassador in May: in between, his last row.
    hit = kb.lookup("Zaluzhnyi", on=date(2024, 3, 1))[0]
    assert (hit.actor_code, hit.confidence) == ("UKRMIL", 0.7)


def test_former_office_holders_keep_their_last_office(kb: KnowledgeBase) -> None:
    # No row after a person's last office: the documented out-of-office rule stays in force.
    assert kb.lookup("Imran Khan", on=date(2023, 5, 9))[0].actor_code == "PAKGOV"


def test_undated_person_with_rows_only(kb: KnowledgeBase) -> None:
    entity = kb.lookup("Nasrallah", on=date(2020, 1, 1))[0].entity_id
    assert entity is not None
    assert kb.code_undated(entity).actor_code == "LBNREBHEZ"


@pytest.mark.parametrize(("row", "error"), [
    ("Someone,XXXGOV,,,,", "D304"),
    ("Someone,IRNABC,,,,", "D306"),
    ("Someone,IRNGOV,2020-01-01,2019-01-01,,", "D305"),
    ("Someone,IRNGOV,2020-13-01,,,", "D301"),
    (",IRNGOV,,,,", "D301"),
])
def test_reader_errors_name_the_line(row: str, error: str) -> None:
    builder = KBBuilder()
    load_bundled(builder, officeholders=False)
    with pytest.raises(DetenteError) as caught:
        read_people(builder, "name,code,start,end,aliases,role\n" + row + "\n", "mine.csv")
    assert caught.value.code == error
    assert "mine.csv:2" in str(caught.value)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Field Marshal Asim Munir, Pakistan's army chief, visited the White House.", "2025-06-18",
     "Asim Munir", "PAKMIL"),
    ("Was the crash that killed Yevgeny Prigozhin ordered by the Kremlin?", "2023-08-25",
     "Yevgeny Prigozhin", "RUSMIL"),
    ("The Pakistani Taliban denied carrying out the bombing in Peshawar.", "2023-01-31",
     "Pakistani Taliban", "PAKREBTTP"),
    ("Baloch separatists hijacked a passenger train.", "2025-03-11", "Baloch separatists", "PAKREB"),
    ("Human Rights Watch said the army killed 223 villagers.", "2024-04-25", "Human Rights Watch", "NGOHRW"),
    ("The Red Cross visited the prisoners.", "2024-04-25", "Red Cross", "NGOIRC"),
    ("The Palestinian Red Crescent said two medics were killed.", "2024-04-25",
     "Palestinian Red Crescent", "PSENGO"),
    ("Spain granted asylum to Edmundo Gonzalez.", "2024-09-09", "Edmundo Gonzalez", "VENOPP"),
    ("Bosnian Serbs demanded a truce.", "1994-04-20", "Bosnian Serbs", "BIH"),
    ("Turkish Cypriot leaders rejected the plan.", "2004-04-20", "Turkish Cypriot leaders", "CYPGOV"),
])
def test_people_groups_and_ngos_in_text(resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str,
                                        code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, day), mention).actor_code == code


def test_unknown_full_name_is_not_a_known_surname(resolver: ActorResolver, nlp: Any) -> None:
    # "Gonzalez" is a listed alias of Felipe González; "Edmundo Gonzalez" is another man (compared
    # without accents, the alias is a part of the longer name).
    mentions = resolve_mentions(resolver, nlp, "Will Brazil recognise Edmundo Gonzalez as the winner?", "2024-08-02")
    assert all(m.actor_code != "ESPGOV" for m in mentions)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The rebels demanded that President Mugabe step down.", "President Mugabe", "ZWEGOV"),
    ("Aides said that Prime Minister Netanyahu would travel.", "Prime Minister Netanyahu", "ISRGOV"),
    ("Yesterday General Musharraf met the envoy.", "General Musharraf", "PAKGOV"),
])
def test_a_title_before_a_surname_is_not_part_of_the_name(resolver: ActorResolver, nlp: Any, text: str,
                                                          mention: str, code: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, "2005-06-01"), mention).actor_code == code


def test_lower_case_names_after_a_title_or_in_full(resolver: ActorResolver, nlp: Any) -> None:
    found = resolve_mentions(resolver, nlp, "President obama expressed sorrow for the shootings.", "2015-06-09")
    assert find_mention(found, "President obama").actor_code == "USAGOV"
    found = resolve_mentions(resolver, nlp, "He later met vladimir putin.", "2015-06-09")
    assert find_mention(found, "vladimir putin").actor_code == "RUSGOV"


@pytest.mark.parametrize("text", [
    "The president may veto the bill.",
    "Farmers said rice prices and bush fires were the main worries.",
])
def test_lower_case_words_are_not_names(resolver: ActorResolver, nlp: Any, text: str) -> None:
    assert [m for m in resolve_mentions(resolver, nlp, text, "2015-06-09") if m.kind == "person"] == []


def test_transliteration_variants(kb: KnowledgeBase) -> None:
    assert normalise("Muhammad") == normalise("Mohamed") == "mohammed"
    assert normalise("said") == "said"  # an English word is never a variant
    assert kb.lookup("Muammar Gadhafi", on=date(2005, 1, 1))[0].actor_code == "LBYGOV"
    assert kb.lookup("Mohammad Morsi", on=date(2013, 1, 1))[0].actor_code == "EGYGOV"


def test_mondlane_is_mozambican_opposition(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes(resolver, nlp, "Venancio Mondlane urged his supporters to march on Maputo.", "2024-11-07")
    assert codes["Venancio Mondlane"] == "MOZOPP"
    # his supporters are the opposition too, as one mention (round twenty-seven)
    codes = _codes(resolver, nlp, "Supporters of Venancio Mondlane marched on Maputo.", "2024-11-07")
    assert codes["Supporters of Venancio Mondlane"] == "MOZOPP"


@pytest.mark.parametrize(("day", "code"), [("1990-01-01", "MOZREB"), ("2004-12-01", "MOZOPP")])
def test_dhlakama_was_a_rebel_until_the_peace_accord(resolver: ActorResolver, nlp: Any, day: str,
                                                     code: str) -> None:
    assert _codes(resolver, nlp, "Afonso Dhlakama rejected the results.", day)["Afonso Dhlakama"] == code


@pytest.mark.parametrize(("day", "code"), [("2016-08-15", "ZMBOPP"), ("2022-01-10", "ZMBGOV")])
def test_hichilema_leaves_the_opposition_when_he_takes_office(resolver: ActorResolver, nlp: Any, day: str,
                                                              code: str) -> None:
    assert _codes(resolver, nlp, "Hakainde Hichilema criticised the police.", day)["Hakainde Hichilema"] == code


@pytest.mark.parametrize(("day", "code"), [("1986-03-01", "LBNMIL"), ("1989-05-01", "LBNGOV"),
                                           ("2010-05-01", "LBNOPP"), ("2018-05-01", "LBNGOV")])
def test_michel_aoun_before_and_during_his_presidency(resolver: ActorResolver, nlp: Any, day: str,
                                                      code: str) -> None:
    assert _codes(resolver, nlp, "Michel Aoun met Hezbollah leaders.", day)["Michel Aoun"] == code


def test_a_private_person_codes_as_their_country_in_an_event(pipeline: Any) -> None:
    triples = _triples(pipeline, "Israel deported Greta Thunberg to Sweden on Monday.", "2025-10-06")
    assert ("ISR", "SWECVL", "174") in triples
