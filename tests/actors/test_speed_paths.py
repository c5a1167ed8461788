"""The resolver's fast paths give what the slow ways they replace give (names without the tokenizer, word forms
without Token objects)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from detente.actors.matcher import norms, word_forms
from detente.actors.names import _tokenizer, fold, name_tokens, normalise


def _spacy_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokenizer()(name.strip()))


@pytest.mark.parametrize("name", [
    "Abbas Araghchi", " Vladimir Putin ", "Élysée", "Mohammed bin Salman", "al-Qaeda", "Omar al Bashir",
    "O'Brien", "Ali Khamenei's", "U.S. State Department", "F-16", "Kim Jong Un", "Sheikh  Hasina", "Putin\tVladimir",
    "Cannot Gonna", "Hezbollah", "ISIS", "Ban Ki-moon", "Xi",
])
def test_name_tokens_is_the_tokenizer_split(name: str) -> None:
    assert name_tokens(name) == _spacy_tokens(name)


def test_name_tokens_keeps_the_tokenizers_special_cases() -> None:
    """Words of letters only that the tokenizer still splits ("cannot" -> can, not): all of them, both cases."""
    special = [w for w in _tokenizer().rules if w.isalpha()]
    assert "cannot" in special
    for word in special:
        assert name_tokens(f"Ali {word}") == _spacy_tokens(f"Ali {word}"), word


def test_word_forms_are_the_tokens_forms(nlp: Any) -> None:
    doc = nlp("The Élysée said that Iran's FM, Abbas Araghchi, met 3 envoys in al-Quds -- and Gaza.")
    normed, proper = word_forms(doc)
    assert normed == [normalise(t.text) for t in doc] == norms(doc)
    assert proper == [t.is_alpha and t.text[:1].isupper() for t in doc]
    assert proper[:4] == [True, True, False, False]  # "The", "Élysée"; not "said", "that"


def _slow_fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize("text", ["Putin", "U.S.", "al-Qaeda", "O'Brien", "Élysée", "Russia’s", "Ünal", "ﬁre",
                                  "Sergei Lavrov", "".join(chr(i) for i in range(128))])
def test_fold_of_ascii_text_is_its_lower_case(text: str) -> None:
    assert fold(text) == _slow_fold(text)
