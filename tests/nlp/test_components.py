"""detente's spaCy components: line breaks start sentences."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.nlp.components import mark_line_breaks


def test_line_breaks_mark_the_next_token_as_a_sentence_start() -> None:
    doc = Doc(Vocab(), words=["Headline", "here", "\n", "Iran", "fired", "."])
    mark_line_breaks(doc)
    assert doc[3].is_sent_start is True
    assert doc[1].is_sent_start is not True


def test_line_breaks_leave_text_without_newlines_alone() -> None:
    doc = Doc(Vocab(), words=["Iran", "fired", "missiles", "."])
    mark_line_breaks(doc)
    assert all(t.is_sent_start is not True for t in doc[1:])


@pytest.mark.slow
def test_model_splits_a_headline_from_the_first_sentence(nlp: Any) -> None:
    doc = nlp("If Putin won't help, Khamenei looks sunk\nIran sent its top diplomat to Moscow this week.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["If Putin won't help, Khamenei looks sunk",
                         "Iran sent its top diplomat to Moscow this week."]
