"""Name normalisation shared by the knowledge base and the matcher (stage 3).

Names and document tokens are compared as tuples of normalised spaCy tokens: lower case, accents
folded, typographic apostrophes straightened.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

# Lower-case particles that belong to a surname ("bin Salman", "von der Leyen").
SURNAME_PARTICLES: frozenset[str] = frozenset({
    "bin", "ibn", "bint", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "le", "la", "dos",
})
# Countries whose people are usually named family name first ("Xi Jinping" -> "Xi").
FAMILY_NAME_FIRST: frozenset[str] = frozenset({"CHN", "PRK", "KOR", "TWN"})
# Name suffixes that are not surnames.
_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower-case ``text``, fold accents and straighten apostrophes.

    >>> normalise("Élysée"), normalise("Russia’s")
    ('elysee', "russia's")
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The name as spaCy's English tokenizer splits it, original case (``"al-Qaeda"`` -> al, -, Qaeda)."""
    return tuple(t.text for t in _tokenizer()(name.strip()))


def name_key(name: str) -> tuple[str, ...]:
    """The normalised token tuple a name is indexed under."""
    return tuple(normalise(t) for t in name_tokens(name))


def surname(name: str, country: str | None) -> str | None:
    """The part of a full name that news text uses on its own, or None for one-word names.

    >>> surname("Mohammed bin Salman", "SAU"), surname("Xi Jinping", "CHN"), surname("Putin", "RUS")
    ('bin Salman', 'Xi', None)
    """
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and words[-1].lower().strip(",") in _SUFFIXES:
        words.pop()
    if len(words) < 2:
        return None
    if country in FAMILY_NAME_FIRST:
        return words[0]
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in SURNAME_PARTICLES:
        i -= 1
    return " ".join(words[i:])


def slug(name: str) -> str:
    """A stable id fragment for a name: ``"Abbas Araghchi"`` -> ``"abbas-araghchi"``."""
    return re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-")
