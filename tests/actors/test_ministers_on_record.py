"""Foreign and defence ministers on record for the states the office-holder lists had left empty between 2015 and
2026 (``officeholders_i.csv``; docs/actors-and-tenures.md, "The fourteenth actors round (second part)"): a title
on a date names the holder of the office, and the holder's name codes as their country within the tenure only."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import mentions_by_text

from detente.actors import ActorResolver, KnowledgeBase


def _mentions(resolver: ActorResolver, nlp: Any, text: str, day: str) -> dict[str, tuple[str, str | None]]:
    return {mention: (m.actor_code, m.name) for mention, m in mentions_by_text(resolver, nlp, text, day).items()}


@pytest.mark.parametrize(("text", "day", "mention", "code", "holder"), [
    ("Ghana's foreign minister flew to Abuja for talks.", "2020-05-01", "Ghana's foreign minister", "GHAGOV",
     "Shirley Ayorkor Botchwey"),
    ("Ghana's foreign minister flew to Abuja for talks.", "2025-06-10", "Ghana's foreign minister", "GHAGOV",
     "Samuel Okudzeto Ablakwa"),
    ("The Ghanaian defence minister said the troops would stay.", "2021-03-02", "Ghanaian defence minister",
     "GHAGOV", "Dominic Nitiwul"),
    ("Senegal's top diplomat criticised the decision.", "2018-05-01", "Senegal's top diplomat", "SENGOV",
     "Sidiki Kaba"),
    ("Senegal's foreign minister arrived in Bamako on Monday.", "2026-02-01", "Senegal's foreign minister",
     "SENGOV", "Cheikh Niang"),
    ("The foreign minister of Kosovo accused Belgrade of stoking tension.", "2019-05-01",
     "foreign minister of Kosovo", "XKXGOV", "Behgjet Pacolli"),
    ("Cameroon's defence minister visited the troops in the Far North.", "2021-05-01",
     "Cameroon's defence minister", "CMRGOV", "Joseph Beti Assomo"),
    ("Austria's defence minister ruled out joining NATO.", "2022-04-04", "Austria's defence minister", "AUTGOV",
     "Klaudia Tanner"),
    ("Austria's defence minister ruled out joining NATO.", "2018-04-04", "Austria's defence minister", "AUTGOV",
     "Mario Kunasek"),
    ("Bosnia's foreign minister met EU envoys in Sarajevo.", "2021-09-14", "Bosnia's foreign minister", "BIHGOV",
     "Bisera Turković"),
    ("Togo's foreign minister mediated between Mali and Ivory Coast.", "2022-09-20", "Togo's foreign minister",
     "TGOGOV", "Robert Dussey"),
    ("Uruguay's foreign minister signed the accord.", "2021-06-01", "Uruguay's foreign minister", "URYGOV",
     "Francisco Bustillo"),
    ("Switzerland's defence minister defended the purchase of the F-35.", "2021-07-01",
     "Switzerland's defence minister", "CHEGOV", "Viola Amherd"),
])
def test_a_title_names_the_holder_on_the_date(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                              mention: str, code: str, holder: str) -> None:
    assert _mentions(resolver, nlp, text, day).get(mention) == (code, holder)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Botchwey met her Nigerian counterpart in Abuja.", "2020-05-01", "Botchwey", "GHAGOV"),
    ("Pacolli said Serbia was to blame.", "2019-05-01", "Pacolli", "XKXGOV"),
    ("Nitiwul ordered an inquiry into the clash.", "2019-05-01", "Nitiwul", "GHAGOV"),
    ("Mbella Mbella received the French ambassador.", "2019-05-01", "Mbella Mbella", "CMRGOV"),
    ("Dussey met Russia's foreign minister in Moscow.", "2023-03-01", "Dussey", "TGOGOV"),
    ("Massaoudou condemned the attack on the convoy.", "2022-01-10", "Massaoudou", "NERGOV"),
])
def test_a_holders_name_codes_as_their_country(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                               mention: str, code: str) -> None:
    assert _mentions(resolver, nlp, text, day).get(mention, ("", None))[0] == code


@pytest.mark.parametrize(("text", "day", "mention", "holder"), [
    # before and after a tenure the office has another holder, or none on record
    ("Ghana's foreign minister flew to Abuja for talks.", "2016-06-01", "Ghana's foreign minister", None),
    ("Austria's defence minister ruled out joining NATO.", "2019-05-28", "Austria's defence minister", None),
    ("Kosovo's foreign minister accused Belgrade of stoking tension.", "2020-04-01",
     "Kosovo's foreign minister", "Glauk Konjufca"),
    ("Senegal's foreign minister arrived in Bamako on Monday.", "2019-06-01", "Senegal's foreign minister",
     "Amadou Ba"),
])
def test_outside_a_tenure_the_title_names_someone_else(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                       mention: str, holder: str | None) -> None:
    assert _mentions(resolver, nlp, text, day)[mention][1] == holder


@pytest.mark.parametrize(("country", "office", "day", "holder"), [
    ("MDA", "defence_minister", "2020-01-15", "Victor Gaiciuc"),  # Chicu's cabinet, before the Democrats joined
    ("MDA", "defence_minister", "2020-09-01", "Alexandru Pînzari"),
    ("UGA", "defence_minister", "2022-05-01", "Vincent Ssempijja"),
    ("NPL", "foreign_minister", "2019-08-01", "Pradeep Gyawali"),
    ("PER", "foreign_minister", "2021-01-10", "Elizabeth Astete"),
    ("CRI", "foreign_minister", "2023-01-10", "Arnoldo André Tinoco"),
    ("CYP", "foreign_minister", "2024-01-10", "Constantinos Kombos"),
])
def test_office_holder_on_a_date(kb: KnowledgeBase, country: str, office: str, day: str, holder: str) -> None:
    assert [t.name for t in kb.holders(country, office, date.fromisoformat(day))] == [holder]
