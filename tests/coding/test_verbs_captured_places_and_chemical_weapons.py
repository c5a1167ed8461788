"""Places captured by their proper names and chemical weapons used without a listed preposition.

"M23 rebels captured Goma" names the town by a proper noun, which no list of common nouns ("captured the town") can
name; the lexicon's ``[@place]`` object takes a proper noun that is the object itself and no organisation's, people's
or two-word personal name, and "took" counts only with armed subjects. Chemical weapons used are the act with or
without "against"/"in"/"on" (docs/coding.md, "Lexicon, eighteenth round"). None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


def _codes(pipeline: Any, text: str, prefix: str) -> set[tuple[str | None, str, str | None]]:
    """The events of ``text`` whose CAMEO code starts with ``prefix``, by country."""
    return {t for t in country_set(pipeline, text, _DAY) if t[1].startswith(prefix)}


@pytest.mark.parametrize(("text", "expected"), [
    ("M23 rebels captured Goma on Monday.", ("COD", "192", "COD")),
    ("M23 rebels seized Goma on Monday.", ("COD", "192", "COD")),
    ("M23 rebels took Goma on Monday.", ("COD", "192", "COD")),
    ("Russian forces took Avdiivka in February.", ("RUS", "192", "UKR")),
    ("Russian forces seized Kherson.", ("RUS", "192", "UKR")),
    ("Islamic State fighters captured Mosul.", ("IMG", "192", "IRQ")),
])
def test_a_named_place_captured_is_an_occupation(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(pipeline, text, "192")


@pytest.mark.parametrize("text", [
    "Hamas militants captured Gilad Shalit in 2006.",  # a person's full name
    "Joe Biden took Pennsylvania in the election.",  # "took" by no armed subject: an election won
    "Russia seized Gazprom's assets.",  # a company's property
    "The militant group has seized parts of Iraq and Syria.",  # a part looked through to the place
])
def test_people_votes_and_property_are_no_captured_places(pipeline: Any, text: str) -> None:
    assert not _codes(pipeline, text, "192")


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian forces used chemical weapons near Damascus.", ("SYR", "2041", "SYR")),
    ("Russia has never used chemical weapons in Ukraine.", ("RUS", "2041", "UKR")),
    # "the capital" is read as the speaker's own since the nineteenth round (the gold reading of v095)
    ("Damascus denied that its forces had used chemical weapons near the capital.", ("SYR", "2041", "SYR")),
])
def test_chemical_weapons_used_without_a_listed_preposition(pipeline: Any, text: str,
                                                            expected: tuple[str, str, str | None]) -> None:
    assert expected in _codes(pipeline, text, "204")


def test_weapons_used_that_are_not_chemical_are_no_mass_destruction(pipeline: Any) -> None:
    assert not _codes(pipeline, "Ukraine used Western weapons near Kharkiv.", "204")
