"""Titles: portfolios, titles with or without a country before a name, 'general' and 'former', and IGO chiefs' titles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    find_mention,
    mention_codes,
    mentions_by_text,
    resolve_mentions,
)

from detente.actors import ActorResolver

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_resolve = resolve_mentions
_codes = mention_codes
_codes_2024_05_01 = codes_dated("2024-05-01")
_codes_2025_10_01 = codes_dated("2025-10-01")
_found = mentions_by_text
_codes_2019_05_01 = codes_dated("2019-05-01")


def test_a_title_before_a_country_office_still_names_the_holder(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(_resolve(resolver, nlp, "Kosovo's prime minister criticised Serbia.", "2023-06-01"),
                     "Kosovo's prime minister")
    assert (m.actor_code, m.name) == ("XKXGOV", "Albin Kurti")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Serbian Labour Minister Dragan Milovanovic signed the bill.", "Serbian Labour Minister Dragan Milovanovic",
     "SRBGOV"),
    ("The Iraqi Oil Ministry said exports had resumed.", "Iraqi Oil Ministry", "IRQGOV"),
    ("Israeli Public Security Minister Gideon Ezra visited the site.", "Israeli Public Security Minister Gideon Ezra",
     "ISRGOV"),
])
def test_a_capitalised_portfolio_joins_the_country_to_its_title(resolver: ActorResolver, nlp: Any, text: str,
                                                                mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, "2005-01-01")[mention] == code


def test_a_capitalised_name_is_no_portfolio(resolver: ActorResolver, nlp: Any) -> None:
    # "National" begins a party's name: no "Indian" + "Congress" (a legislature), no US Congress either; the party
    # is an actor of its own (fifteenth round), India's government while it led it (2004-2014)
    codes = _codes(resolver, nlp, "The Indian National Congress won the vote.", "2005-01-01")
    assert codes == {"Indian National Congress": "INDGOV"}


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening up the economy.",
     "1999-05-01", "Planning and Investment Minister Tran Xuan Gia", "VNMGOV"),
    ("Interior Minister Ali Rezaei said Iran would not yield.", "2004-05-01", "Interior Minister Ali Rezaei",
     "IRNGOV"),
    ("Vice-President Moody Awori has declined to resign despite pressure by the Kenya Anti-Corruption Commission.",
     "2004-05-01", "President Moody Awori", "KENGOV"),
])
def test_a_domestic_title_with_no_country_takes_the_one_country_of_its_sentence(
        resolver: ActorResolver, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert _codes_2024_05_01(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize("text", [
    "Finance Minister Bob Smith said Germany and France must act.",  # two countries: none chosen
    "Foreign Minister Jan Bos said Iran must stop.",  # outward offices speak of other countries
    "Deputy Foreign Minister Jan Bos said Iran must stop.",
    "Prime Minister Jan Bos said Iran must stop.",
    "President Jan Bos met Iran's leader.",
])
def test_an_unknown_name_with_an_outward_title_or_several_countries_is_not_learned(
        resolver: ActorResolver, nlp: Any, text: str) -> None:
    codes = _codes_2024_05_01(resolver, nlp, text, "2004-05-01")
    assert not any("Bob Smith" in m or "Jan Bos" in m for m in codes)


def test_a_known_vice_president_keeps_his_own_code(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_2024_05_01(resolver, nlp, "Vice-President Dick Cheney said Iraq must disarm.", "2004-05-01")
    assert [c for m, c in codes.items() if "Cheney" in m] == ["USAGOV"]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Israel's attorney general opposed the bill.", "Israel's attorney general", "ISRJUD"),
    ("The Chinese consul general in Osaka threatened Takaichi.", "Chinese consul general", "CHNGOV"),
    ("Ukraine's prosecutor general charged the commander.", "Ukraine's prosecutor general", "UKRJUD"),
    ("The Indian consul visited the prisoners.", "Indian consul", "INDGOV"),
    ("Iranian general Amir Hajizadeh said the drones were ready.", "Iranian general", "IRNMIL"),
])
def test_general_after_an_office_noun_is_no_rank(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                 code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


def test_a_role_before_an_unknown_name_takes_the_sentences_country(resolver: ActorResolver, nlp: Any) -> None:
    text = "Kenya's police watchdog said it would investigate the death of the blogger Albert Ojwang in a Nairobi cell."
    assert _codes_2025_10_01(resolver, nlp, text, "2025-06-10")["blogger Albert Ojwang"] == "KENMED"
    two = _codes_2025_10_01(resolver, nlp, "Iran and Israel traded blame after the journalist Ivan Petrov died.", "2025-06-10")
    assert not any("Petrov" in mention for mention in two)  # two countries: none is his


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("The former Iranian foreign minister said the talks were over.", "Iranian foreign minister", "country"),
    ("The Iranian foreign minister said the talks were over.", "Iranian foreign minister", "person"),
])
def test_former_before_the_country_is_no_office_holder(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                       kind: str) -> None:
    found = _found(resolver, nlp, text, "2025-10-15")[mention]
    assert (found.actor_code, found.kind) == ("IRNGOV", kind)


def test_title_of_another_country_names_a_namesake(resolver: ActorResolver, nlp: Any) -> None:
    codes = _codes_2019_05_01(resolver, nlp, "Colombian Defence Minister Pedro Sanchez met the rebels.", "2025-03-01")
    assert codes == {"Colombian Defence Minister Pedro Sanchez": "COLGOV"}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Spanish Prime Minister Pedro Sanchez met the rebels.", "Spanish Prime Minister Pedro Sanchez", "ESPGOV"),
    ("Russian President Vladimir Putin met the rebels.", "Russian President Vladimir Putin", "RUSGOV"),
])
def test_title_of_the_persons_own_country_keeps_the_person(resolver: ActorResolver, nlp: Any, text: str,
                                                           mention: str, code: str) -> None:
    assert _codes_2019_05_01(resolver, nlp, text, "2025-03-01").get(mention) == code


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("The World Bank president said aid would rise.", "World Bank president", "2024-05-05", "IGOWBK"),
    ("IMF Managing Director Kristalina Georgieva said growth would slow.",
     "IMF Managing Director Kristalina Georgieva", "2024-05-05", "IGOIMF"),
    ("The IMF chief said growth would slow.", "IMF chief", "2024-05-05", "IGOIMF"),
    ("The WTO director-general urged a deal.", "WTO director-general", "2024-05-05", "IGOWTO"),
])
def test_igo_chief_titles(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


def test_the_world_bank_president_is_named(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolver.resolve(nlp("The World Bank president said aid would rise."), date(2024, 5, 5))
    assert [m.name for m in mentions if m.actor_code == "IGOWBK"] == ["Ajay Banga"]
