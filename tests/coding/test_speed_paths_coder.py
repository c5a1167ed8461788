"""The coder's shortcuts read the same answers as the plain readings they replace (P3 speed pass).

Each test compares a shortcut with the straightforward computation it stands for, on sentences made to reach the
edge cases (closing quotes and brackets, trailing spaces, run-together sentences, modals on several verbs).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.coding.addressees import deontic, deontic_heads
from detente.coding.candidates import find_candidates
from detente.coding.dates import resolve_event_date
from detente.coding.factuality import _ends_with_question, is_question
from detente.coding.verbs import Lexicon

TEXTS = [
    "Will Putin sign the treaty?",
    'Will Putin sign the treaty?"',
    "Will Putin sign the treaty?)  ",
    "Will Putin sign the treaty? \u201d",
    "Putin signed the treaty.",
    '"Why?" he asked',
    "Iran must release the sailors and Britain should respond, the minister said.",
    "Should Israel strike Iran? Officials met in Paris on Monday",
    "Washington ought to lift the sanctions, Beijing said yesterday.",
    '"',
]


@pytest.mark.parametrize("text", TEXTS)
def test_ends_with_question_reads_as_the_stripped_text(nlp: Any, text: str) -> None:
    for sent in nlp(text).sents:
        assert _ends_with_question(sent) == sent.text.rstrip().rstrip("\"'\u201d\u2019)\u00bb").endswith("?")


def test_ends_with_question_sees_a_question_mark_behind_quotes(nlp: Any) -> None:
    sent = next(nlp('Will Putin sign the treaty?"').sents)
    assert _ends_with_question(sent) and is_question(sent)


@pytest.mark.parametrize("text", TEXTS)
def test_deontic_heads_are_the_words_with_a_deontic_modal(nlp: Any, text: str) -> None:
    for sent in nlp(text).sents:
        assert [t.i for t in deontic_heads(sent)] == [t.i for t in sent if deontic(t)]


def test_deontic_heads_finds_each_modal_verb(nlp: Any) -> None:
    sent = next(nlp("Iran must release the sailors and Britain should respond, the minister said.").sents)
    assert [t.lemma_ for t in deontic_heads(sent)] == ["release", "respond"]


def test_resolve_event_date_with_the_text_given_reads_as_without(nlp: Any) -> None:
    sent = next(nlp("Washington ought to lift the sanctions, Beijing said yesterday.").sents)
    base = date(2025, 3, 12)
    for future in (False, True):
        assert resolve_event_date(sent, base, future=future, text=sent.text) == resolve_event_date(
            sent, base, future=future)
    assert resolve_event_date(sent, base, future=False, text=sent.text) == date(2025, 3, 11)


def test_find_candidates_walks_keep_their_order(nlp: Any) -> None:
    """Candidates come out in sentence order of their verbs, then nouns, whatever the token pre-filters skip."""
    sent = next(nlp("Russia attacked Ukraine and China condemned the attack.").sents)
    found = find_candidates(sent, Lexicon.load())
    assert [c.trigger[0].lemma_ for c in found][:2] == ["attack", "condemn"]
