"""Armed groups and units that long reports of 2021-2025 name by their own names (round twenty-five, see
docs/actors-and-tenures.md); names other bodies share stay out. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Ahrar al-Sham fighters joined the offensive on Aleppo.", "2024-11-29", "Ahrar al-Sham", "SYRREBAHR"),
    ("A US strike killed a senior Hurras al-Din commander in Idlib.", "2024-08-23", "Hurras al-Din", "SYRREBHRD"),
    ("Jaysh al-Islam was driven out of Douma in 2018, the report recalls.", "2024-05-01", "Jaysh al-Islam",
     "SYRREBJAI"),
    ("Ansarul Islam fighters besieged Djibo for months.", "2023-06-01", "Ansarul Islam", "BFAREBANI"),
    ("Katiba Macina imposed a blockade on the town.", "2023-06-01", "Katiba Macina", "MLIREBJNM"),
    ("The Alliance Fleuve Congo said it would govern Goma.", "2025-02-01", "Alliance Fleuve Congo", "CODREBM23"),
    ("Arambai Tenggol members surrendered their weapons in Imphal.", "2025-02-28", "Arambai Tenggol", "INDREBART"),
    ("The Russian Volunteer Corps claimed a raid into Belgorod.", "2024-03-12", "Russian Volunteer Corps",
     "RUSREBRVC"),
    ("The Freedom of Russia Legion crossed the border into Kursk.", "2024-03-12", "Freedom of Russia Legion",
     "RUSREBFRL"),
    ("The Azov Brigade defended Mariupol's steelworks for weeks.", "2022-05-01", "Azov Brigade", "UKRMIL"),
    ("Akhmat special forces crossed into Kursk region.", "2024-08-20", "Akhmat special forces", "RUSMIL"),
])
def test_armed_groups_by_their_own_names(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                         code: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert any(found.startswith(mention) and found_code == code for found, found_code in codes.items()), codes


@pytest.mark.parametrize(("text", "day", "word"), [
    ("Ships crossed the Sea of Azov.", "2024-05-01", "Azov"),
    ("Fans cheered as AFC Bournemouth won.", "2024-05-01", "AFC"),
])
def test_shared_names_name_no_armed_group(resolver: Any, nlp: Any, text: str, day: str, word: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(word in mention and code.endswith(("MIL", "REBM23")) for mention, code in codes.items())


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Austrian police arrested a 19-year-old Islamic State sympathiser in Vienna.", "2024-08-08",
     "Islamic State sympathiser", "AUTCVL"),
    ("German police arrested three Islamic State sympathisers in Duesseldorf.", "2024-05-01",
     "Islamic State sympathisers", "DEUCVL"),
    ("An al-Qaeda sympathizer stabbed two people in Paris.", "2024-05-01", "al-Qaeda sympathizer", "FRACVL"),
    ("Hamas fighters attacked the kibbutz.", "2023-10-07", "Hamas fighters", "PSEREBHMS"),  # members: the group
])
def test_a_group_s_sympathisers_are_civilians_where_they_are(resolver: Any, nlp: Any, text: str, day: str,
                                                             mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_sympathisers_with_no_country_name_no_actor(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "Islamic State sympathisers attacked a concert hall.", "2024-05-01")
    assert not any(code.startswith("IMG") for code in codes.values())
