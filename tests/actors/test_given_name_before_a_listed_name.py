"""A listed person's name of two words or more that opens with one of the person's given names, after a capitalised
given name that is none of theirs, inside one name the parser reads, is part of another person's longer name:
"Abdelrahman Mohamed Youssef" is not Boko Haram's Mohammed Yusuf. Titles and honorifics before a name, and a listed
person's own further given names, keep the person. Sentences are our own (see docs/actors-and-tenures.md,
"Round twenty-three: goods by origin, regions' offices, longer names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Abdelrahman Mohamed Youssef, a local official, said the attack killed ten.", "2023-02-01", "NGAREBBKH"),
    ("Ahmed Ali Mohamed Youssef was buried in Maiduguri on Friday.", "2023-02-01", "NGAREBBKH"),
    ("Residents named the dead man as Ibrahim Mohammed Yusuf, a trader.", "2023-02-01", "NGAREBBKH"),
])
def test_a_listed_name_inside_a_longer_unknown_name_is_nobody(resolver: Any, nlp: Any, text: str, day: str,
                                                              code: str) -> None:
    assert code not in mention_codes(resolver, nlp, text, day).values()


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Ayatollah Ali Khamenei warned Israel.", "2023-02-01", "Ayatollah Ali Khamenei", "IRNGOV"),
    ("President Xi Jinping met Putin.", "2023-02-01", "President Xi Jinping", "CHNGOV"),
    ("Crown Prince Mohammed bin Salman hosted Blinken.", "2023-02-01", "Crown Prince Mohammed bin Salman", "SAUGOV"),
    ("Recep Tayyip Erdogan met Putin in Sochi.", "2023-02-01", "Recep Tayyip Erdogan", "TURGOV"),
    ("Sayyed Hassan Nasrallah warned Israel.", "2023-02-01", "Sayyed Hassan Nasrallah", "LBNREBHEZ"),
    ("Seyed Ebrahim Raisi met Putin.", "2023-02-01", "Seyed Ebrahim Raisi", "IRNGOV"),
    ("Luiz Inacio Lula da Silva met Biden.", "2023-02-01", "Luiz Inacio Lula da Silva", "BRAGOV"),
    ("Vladimir Vladimirovich Putin met Xi.", "2023-02-01", "Vladimir Vladimirovich Putin", "RUSGOV"),
    ("Palestinian President Mahmoud Abbas met Blinken.", "2023-02-01", "Palestinian President Mahmoud Abbas", "PSEGOV"),
    ("Mohammed Shia al-Sudani met Biden.", "2023-02-01", "Mohammed Shia al-Sudani", "IRQGOV"),
])
def test_titles_honorifics_and_own_given_names_keep_the_person(resolver: Any, nlp: Any, text: str, day: str,
                                                               mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code
