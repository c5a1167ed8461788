"""Tests for detente.actors.names: normalisation, name keys and surnames."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    mention_codes,
    mentions_by_text,
)

from detente.actors import ActorResolver
from detente.actors.names import name_key, normalise, slug, surname

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_codes = mention_codes
_found = mentions_by_text
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2024_06_01 = codes_dated("2024-06-01")


def test_normalise_folds_accents_case_and_apostrophes() -> None:
    assert normalise("Élysée") == "elysee"
    assert normalise("Russia’s") == "russia's"
    assert normalise("CÔTE") == "cote"


def test_name_key_splits_like_the_english_tokenizer() -> None:
    assert name_key("al-Qaeda") == ("al", "-", "qaeda")
    assert name_key("U.S.") == ("u.s.",)
    assert name_key("Secretary-General") == ("secretary", "-", "general")


def test_surname_keeps_particles_and_family_name_first() -> None:
    assert surname("Abbas Araghchi", "IRN") == "Araghchi"
    assert surname("Ursula von der Leyen", "DEU") == "von der Leyen"
    assert surname("Mohammed bin Salman", "SAU") == "bin Salman"
    assert surname("Xi Jinping", "CHN") == "Xi"
    assert surname("Joseph R. Biden Jr.", "USA") == "Biden"
    assert surname("Putin", "RUS") is None


def test_slug_is_stable_and_ascii() -> None:
    assert slug("António Guterres") == "antonio-guterres"
    assert slug("Hay'at Tahrir al-Sham") == "hay-at-tahrir-al-sham"


def test_burmese_names_have_no_surname_of_their_own(resolver: ActorResolver, nlp: Any) -> None:
    # "Nyo Saw" is never "Saw": the honorific in "(SAW)" is no Burmese prime minister
    assert surname("Than Shwe", "MMR") is None
    codes = _codes(resolver, nlp, "The minister allowed the Shan-e-Mustafa (SAW) rally.", "2025-09-01")
    assert not any(code.startswith("MMR") for code in codes.values())


@pytest.mark.parametrize(("text", "mention"), [
    ("Yesterday Hunter Biden said he would appeal.", "Biden"),  # not Joe Biden
    ("On Monday Teodora Ribera spoke to reporters.", "Ribera"),  # not Teodoro Ribera (CHL)
    ("Iran named Abdolrahim Mousavi as chief of staff.", "Mousavi"),  # listed now; never Mir-Hossein Mousavi
])
def test_another_given_name_is_another_person(resolver: ActorResolver, nlp: Any, text: str, mention: str) -> None:
    found = _found(resolver, nlp, text, "2025-07-01")
    assert all(m.entity_id not in ("person:joe-biden", "person:teodoro-ribera", "person:mir-hossein-mousavi")
               for m in found.values())


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Sergey Lavrov met his Turkish counterpart.", "Sergey Lavrov", "RUSGOV"),  # a spelling of Sergei
    ("Will Trump meet Kim Jong Un again?", "Trump", "USAGOV"),  # "Will" opens a question
    ("Abbas Araqchi met Wang Yi in Beijing.", "Abbas Araqchi", "IRNGOV"),
])
def test_the_same_given_name_still_fits(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize("name", ["Omar al-Bashir", "Omar El Bashir", "Omar el-Bashir", "Omar al Bashir"])
def test_the_article_of_an_arabic_name_in_any_spelling(resolver: ActorResolver, nlp: Any, name: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, f"President {name} lifted the curfew.", "1995-07-30")[f"President {name}"] == "SDNGOV"


def test_an_article_variant_is_no_new_word(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2025_10_01(resolver, nlp, "The El Al airline said it would resume flights.", "1995-07-30") == {}


def test_a_given_name_alone_is_not_the_politician(resolver: ActorResolver, nlp: Any) -> None:
    assert "Keiko" not in _codes_2024_06_01(resolver, nlp, "Keiko Nakamura won the race.")


def test_a_western_given_name_of_a_taiwanese_minister_is_no_surname(resolver: ActorResolver, nlp: Any) -> None:
    # Taiwanese names are indexed family name first ("Wu" of "Wu Jaushieh"); "Joseph Wu" is an alias, so
    # "Joseph" and "David" alone name no one
    assert _codes(resolver, nlp, "Joseph told reporters the plan had failed.", "2022-08-05").get("Joseph") is None
    assert _codes(resolver, nlp, "David told reporters the plan had failed.", "2014-08-05").get("David") is None


def test_a_thai_province_is_not_the_foreign_minister(resolver: ActorResolver, nlp: Any) -> None:
    # Surin Pitsuwan is listed without "Surin" alone: Surin is also a Thai province on the Cambodian border
    assert _codes(resolver, nlp, "Shells landed in Surin province.", "1999-05-05").get("Surin") != "THAGOV"
