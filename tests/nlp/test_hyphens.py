"""Lowercase hyphenated words stay one token; hyphens next to capitals or digits still split."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from tests.coding.coded import coded_triples

from detente.nlp.model import _whole_word_infixes

pytestmark = pytest.mark.slow

_DAY = date(2024, 3, 1)


def _hyphen_infixes(text: str) -> list[str]:
    finder = _whole_word_infixes(re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])").finditer)
    return [m.group() for m in finder(text)]


@pytest.mark.parametrize("word", ["de-escalate", "re-open", "sit-in", "counter-offensive", "state-of-the-art"])
def test_lowercase_hyphenated_words_lose_their_infixes(word: str) -> None:
    assert _hyphen_infixes(word) == []


@pytest.mark.parametrize("word", ["Iran-backed", "pro-Russian", "F-16", "2-1", "vice-president",
                                  "secretary-general", "president-elect", "commander-in-chief", "ex-minister"])
def test_names_numbers_and_titles_keep_their_infixes(word: str) -> None:
    assert _hyphen_infixes(word) != []


@pytest.mark.parametrize(("text", "token"), [
    ("The two sides agreed to de-escalate the conflict.", "de-escalate"),
    ("They will re-open the border on Monday.", "re-open"),
    ("Protesters staged a sit-in outside parliament.", "sit-in"),
    ("Israel and Hamas agreed to a cease-fire.", "cease-fire"),
])
def test_model_keeps_lowercase_hyphenated_words_whole(nlp: Any, text: str, token: str) -> None:
    assert token in [t.text for t in nlp(text)]


def test_model_still_splits_hyphens_next_to_capitals_and_digits(nlp: Any) -> None:
    words = [t.text for t in nlp("Iran-backed and pro-Russian fighters hit a Saudi-led base with an F-16, 2-1.")]
    for piece in ("Iran", "backed", "pro", "Russian", "Saudi", "led", "2", "1"):
        assert piece in words
    assert "Iran-backed" not in words and "pro-Russian" not in words and "Saudi-led" not in words


def test_model_parses_a_merged_verb_as_the_verb(nlp: Any) -> None:
    doc = nlp("They will re-open the border on Monday.")
    verb = next(t for t in doc if t.text == "re-open")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    assert [c.text for c in verb.children if c.dep_ == "dobj"] == ["border"]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Iran re-opened its embassy.", "re-open"),
    ("He was re-elected in March.", "re-elect"),
    ("Jets carpet-bombed the town.", "carpet-bomb"),
    ("The pull-outs began.", "pull-out"),
])
def test_merged_words_are_lemmatised_by_their_last_part(nlp: Any, text: str, lemma: str) -> None:
    assert lemma in [t.lemma_ for t in nlp(text)]


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(pipeline, text, _DAY))


@pytest.mark.parametrize(("text", "expected"), [
    # the hyphened lexicon entries match now that the word is one token
    ("India agreed to de-escalate with Pakistan.", {("IND", "0356", "PAK")}),
    ("China said it would de-escalate with Japan.", {("CHN", "087", "JPN")}),
    ("Qatar re-established diplomatic relations with Bahrain.", {("QAT", "054", "BHR")}),
    ("Kenya will co-operate with Somalia on security.", {("KEN", "050", "SOM")}),
    ("The US announced the pull-out of its troops from Niger.", {("USA", "0874", "NER")}),
])
def test_hyphenated_lexicon_entries_code_events(pipeline: Any, text: str,
                                                expected: set[tuple[str | None, str, str | None]]) -> None:
    assert _coded(pipeline, text) == expected
