"""Headlines and short reports the parser reads as one noun phrase (docs/coding.md, "Structure, fourteenth round
(second part)"): "A, B <verb> <object>" with the verb read as a compound noun, and "<noun phrase> <verb>-ed ..." read
as a relative clause on the noun. None of these sentences is a gold sentence; each repair is checked on several
countries and verbs, and on lines that state no clause and must stay uncoded."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

from detente.coding.headlines import repaired_headline
from detente.coding.verbs import Lexicon

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _codes(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "first", "second", "root"), [
    ("Russia, Ukraine swap prisoners", "RUS", "UKR", "08"),
    ("Serbia, Kosovo swap prisoners after talks", "SRB", "XKX", "08"),
    ("India, Pakistan exchange fire along border", "IND", "PAK", "19"),
    ("North Korea, South Korea exchange fire near border", "PRK", "KOR", "19"),
    ("Sudan, South Sudan trade accusations over oil", "SDN", "SSD", "11"),
    ("Russia and Ukraine swap prisoners", "RUS", "UKR", "08"),
])
def test_a_verbless_headline_pair_acts_together(pipeline: Any, text: str, first: str, second: str,
                                                root: str) -> None:
    codes = _codes(pipeline, text)
    assert (first, root, second) in codes
    assert (second, root, first) in codes


@pytest.mark.parametrize("text", [
    "Russia, Ukraine prisoner swap",
    "China, US trade war",
    "Iran, US nuclear talks",
    "Russia and Ukraine: a timeline",
])
def test_a_headline_noun_phrase_states_no_act(pipeline: Any, text: str) -> None:
    assert _codes(pipeline, text) == set()


def test_the_repair_leaves_the_parse_of_the_sentence_alone(pipeline: Any) -> None:
    doc = pipeline.nlp("Russia, Ukraine swap prisoners")
    before = [(t.dep_, t.head.i, t.pos_) for t in doc]
    copy = repaired_headline(next(iter(doc.sents)), Lexicon.load())
    assert copy is not None
    assert copy.root.lower_ == "swap" and copy.root.pos_ == "VERB"
    assert [(t.dep_, t.head.i, t.pos_) for t in doc] == before


def test_a_sentence_with_a_clause_is_not_repaired(pipeline: Any) -> None:
    doc = pipeline.nlp("Russia, Ukraine's neighbour, swapped prisoners with Belarus.")
    assert repaired_headline(next(iter(doc.sents)), Lexicon.load()) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Indian and Chinese troops disengaged from the Galwan Valley", {"IND", "CHN"}),
    ("Russian troops withdrawn from Kherson", {"RUS"}),
])
def test_a_noun_phrase_with_an_intransitive_participle_is_its_subject(pipeline: Any, text: str,
                                                                       expected: set[str]) -> None:
    assert {s for s, root, _ in _codes(pipeline, text) if root == "08"} == expected


def test_a_reduced_passive_is_not_read_as_the_nouns_act(pipeline: Any) -> None:
    # "Protesters killed in Yangon": the protesters were killed; no pattern of "kill" without an object reads them
    # as killers
    assert not any(s == "MMR" and root == "18" for s, root, _ in _codes(pipeline, "Protesters killed in Yangon"))
