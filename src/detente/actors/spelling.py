"""Misspelt names in wire text (stage 3): a country, a demonym or a person's surname one letter off.

Archived wire copy and the gold sets built from it carry typing slips in names ("Ethopia",
"Isreali", "President Abdelaziz Bouteflicka", "Laurent Gbago", "Juvenal Habyariman"). An exact
lookup misses them and the event loses its actor. The matcher falls back to this module only where
no exact name starts, and only in two narrow shapes, each a single edit (a letter left out, added,
changed or two neighbours swapped) away from exactly one entity:

- a **country name or demonym** of one word with a letter left out, added or swapped with its
  neighbour, never the first (``country_slip``: changed letters turn first names into countries),
  both the text word and the name at least ``MIN_LETTERS`` long (short names such as Iran/Iraq,
  Mali/Bali, Chad are never guessed), written as
  a capitalised proper noun or adjective that spaCy does not tag as a person's name, with no
  capitalised proper noun or title right before or after it (so "Roland Dumas", "Angela Merkel",
  "General Franco" never become Poland, Angola or France);
- a **person's full name** whose first words match a listed name exactly and whose last word, of at
  least ``MIN_SURNAME_LETTERS`` letters, is one edit away ("Laurent Gbago" -> Laurent Gbagbo): the
  first name anchors the guess.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_LETTERS = 6
"""Shortest country name or demonym (and text word) read through a one-letter slip."""
SPELLABLE_KINDS: frozenset[str] = frozenset({"country", "demonym"})
"""Kinds of one-word names read through a slip (not capitals, places or acronyms)."""
MIN_SURNAME_LETTERS = 5
"""Shortest last name read through a one-letter slip after an exactly matching first name."""


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one deletion, insertion, substitution or swap of
    two neighbouring letters (Damerau-Levenshtein distance 1).

    >>> one_edit("ethopia", "ethiopia"), one_edit("isreal", "israel"), one_edit("iran", "iraq")
    (True, True, True)
    >>> one_edit("poland", "poland"), one_edit("austria", "australia")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def country_slip(word: str, name: str) -> bool:
    """A slip that turns the country name or demonym ``name`` into ``word``: one letter left out or
    added, or two neighbours swapped, never in the first letter. Changed letters are not read as
    slips: they turn first names into countries ("Angela" / Angola, "Greene" / Greece, "Herman" /
    German), as a changed or dropped first letter does ("Olivia" / Bolivia, "Roland" / Poland).

    >>> country_slip("ethopia", "ethiopia"), country_slip("isreali", "israeli"), country_slip("olivia", "bolivia")
    (True, True, False)
    >>> country_slip("angela", "angola"), country_slip("greene", "greece")
    (False, False)
    """
    if not one_edit(word, name) or word[:1] != name[:1]:
        return False
    if len(word) != len(name):
        return True
    diff = [i for i, (x, y) in enumerate(zip(word, name, strict=True)) if x != y]
    return len(diff) == 2  # two neighbours swapped (one_edit rules out every other two-letter change)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class SpellingIndex:
    """One-word names indexed by their one-letter deletions, to find the names one edit from a word.

    >>> index = SpellingIndex(["ethiopia", "israel", "gambia", "zambia"])
    >>> index.near("ethopia"), index.near("isreal"), index.near("sambia")
    (('ethiopia',), ('israel',), ('gambia', 'zambia'))
    """

    __slots__ = ("_by_deletion",)

    def __init__(self, words: Iterable[str]) -> None:
        self._by_deletion: dict[str, set[str]] = {}
        for word in words:
            for variant in _deletions(word):
                self._by_deletion.setdefault(variant, set()).add(word)

    def near(self, word: str) -> tuple[str, ...]:
        """The indexed words exactly one edit from ``word``, sorted."""
        found: set[str] = set()
        for variant in _deletions(word):
            found |= self._by_deletion.get(variant, set())
        return tuple(sorted(w for w in found if one_edit(word, w)))
