"""A state named by a description that owns a title or a sector word ("the country's army", "the island's defence
ministry", "the Jewish state's defence minister", "the former Soviet republic's president") is the state the text
is about: the subject of its sentence when that is a country or one of its organs, else the first country the
sentence names before it, else the previous sentence's subject (round twenty-five, see docs/actors-and-tenures.md).
Also the regions and towns of 2021-2025 features the place list lacked. Sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Belarus freed 52 prisoners, and the country's foreign ministry asked Washington to lift sanctions.",
     "2025-09-11", "the country's foreign ministry", "BLRGOV"),
    ("Belarus freed 52 prisoners, and the country's army was put on alert.", "2025-09-11", "the country's army",
     "BLRMIL"),
    ("The Kremlin said the country's army had taken the village.", "2025-05-01", "the country's army", "RUSMIL"),
    ("Israel struck Gaza again, and the country's defence minister vowed to continue.", "2024-05-01",
     "the country's defence minister", "ISRGOV"),
    ("Israel struck Gaza again, and the Jewish state's defence minister vowed to continue.", "2024-05-01",
     "the Jewish state's defence minister", "ISRGOV"),
    ("Taiwan detected 30 Chinese aircraft, and the island's defence ministry said it had scrambled jets.",
     "2024-05-01", "the island's defence ministry", "TWNGOV"),
    ("The Philippines protested, and the archipelago's foreign ministry summoned the Chinese envoy.", "2024-05-01",
     "the archipelago's foreign ministry", "PHLGOV"),
    ("Nepal's parliament was set ablaze, and the Himalayan nation's army chief called for calm.", "2025-09-09",
     "the Himalayan nation's army", "NPLMIL"),
    ("Cuba freed 553 prisoners; the communist-run island's government called it a goodwill gesture.", "2025-01-20",
     "the communist-run island's government", "CUBGOV"),
    ("Bahrain restored ties with Qatar, and the Gulf state's foreign minister welcomed the move.", "2023-04-12",
     "the Gulf state's foreign minister", "BHRGOV"),
    ("Moldova voted on Sunday; the former Soviet republic's president claimed victory.", "2024-11-04",
     "the former Soviet republic's president", "MDAGOV"),
    ("Kazakhstan joined the accords, and the Central Asian nation's president met Trump.", "2025-11-07",
     "the Central Asian nation's president", "KAZGOV"),
    ("Qatar mediated the deal; the emirate's prime minister flew to Cairo.", "2024-05-01",
     "the emirate's prime minister", "QATGOV"),
    ("Oman hosted the talks, and the sultanate's foreign minister said they were constructive.", "2025-04-12",
     "the sultanate's foreign minister", "OMNGOV"),
])
def test_a_described_state_is_the_state_the_text_is_about(resolver: Any, nlp: Any, text: str, day: str,
                                                          mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Israel struck Gaza again, and the Jewish state's defence minister vowed to continue.", "2024-05-01", "PSEGOV"),
    ("Bahrain restored ties with Qatar, and the Gulf state's foreign minister welcomed the move.", "2023-04-12",
     "QATGOV"),
    ("Moldova voted on Sunday; the former Soviet republic's president claimed victory.", "2024-11-04", "RUS"),
    ("Georgian Dream used a law modelled on an American statute to close the country's last independent "
     "broadcasters.", "2025-06-01", "USAMED"),  # an adjective names no state the text is about
])
def test_a_described_state_is_not_the_last_country_named(resolver: Any, nlp: Any, text: str, day: str,
                                                         code: str) -> None:
    assert code not in set(mention_codes(resolver, nlp, text, day).values())


@pytest.mark.parametrize(("text", "day"), [
    ("The kingdom's crown prince met Biden in Jeddah.", "2022-07-15"),  # no state named before it
    ("The country's largest bank raised its rates.", "2024-05-01"),  # no title or sector word owned
])
def test_a_description_with_no_state_before_it_names_no_one(resolver: Any, nlp: Any, text: str, day: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(mention.lower().startswith("the kingdom") or mention.lower().startswith("the country")
                   for mention in codes)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Fighting broke out in Upper Nile on Monday.", "2025-03-05", "Upper Nile", "SSD"),
    ("Floods displaced thousands in Jonglei.", "2024-10-01", "Jonglei", "SSD"),
    ("The RSF retook Gezira state's capital.", "2024-12-01", "Gezira state", "SDN"),
    ("Russian troops pushed into Kupiansk.", "2025-10-01", "Kupiansk", "UKR"),
    ("Refugees from Darfur crowded into Adre.", "2024-06-01", "Adre", "TCD"),
    ("Delegates arrived in Belem for the climate summit.", "2025-11-10", "Belem", "BRA"),
    ("Coca growers blocked roads in the Chapare.", "2024-10-20", "Chapare", "BOL"),
    ("Tinubu declared a state of emergency in Rivers State.", "2025-03-18", "Rivers State", "NGA"),
    ("Moldova's government accused Moscow of meddling in Gagauzia.", "2024-05-01", "Gagauzia", "MDA"),
    ("Somaliland's forces withdrew from Las Anod.", "2023-08-26", "Las Anod", "SOM"),
])
def test_regions_and_towns_of_recent_features(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                              code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Serb separatists in Bosnia voted to hold a referendum on secession.", "2024-05-01", "Serb separatists",
     "BIHREB"),
    ("Armenian separatists in Karabakh agreed to disarm.", "2023-09-20", "Armenian separatists", "AZEREB"),
    ("Russian separatists in Moldova's Transnistria region asked Moscow for protection.", "2024-02-28",
     "Russian separatists", "MDAREB"),
    # controls: those who fight for their own state abroad, and rebels based abroad
    ("Russian soldiers in Ukraine executed prisoners of war.", "2024-05-01", "Russian soldiers", "RUSMIL"),
    ("Rwandan rebels in Congo attacked a village.", "2024-05-01", "Rwandan rebels", "RWAREB"),
])
def test_separatists_are_rebels_of_the_state_they_are_in(resolver: Any, nlp: Any, text: str, day: str,
                                                         mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Bola Tinubu declared a state of emergency in Rivers State and suspended its governor, Siminalayi Fubara.",
     "2025-03-18", "its governor", "NGAGOV"),
    ("Modi dismissed the government of Manipur and suspended its chief minister.", "2024-05-01",
     "its chief minister", "INDGOV"),
    ("Kenya sent police to Mombasa after its governor called for help.", "2024-05-01", "its governor", "KENGOV"),
])
def test_its_office_after_a_region_is_the_region_s(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                   code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_its_troops_after_a_region_name_no_office(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "Ethiopia declared a state of emergency in Amhara after its militias "
                          "clashed with the army.", "2023-08-04")
    assert "its militias" not in codes or not codes["its militias"].endswith("GOV")
