"""Name normalisation shared by the knowledge base and the matcher (stage 3).

Names and document tokens are compared as tuples of normalised spaCy tokens: lower case, accents
folded, typographic apostrophes straightened, and common transliteration variants of name words read as
one spelling ("Muhammad" as "Mohammed").
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
# Countries whose people have no family name that news uses alone (Burmese names: "Than Shwe" is never
# "Shwe", "Nyo Saw" never "Saw"): no automatic surname is indexed for them.
NO_SURNAME: frozenset[str] = frozenset({"MMR"})
# Family names spelt like an English pronoun or function word ("He" of He Lifeng): never indexed alone, or "He said"
# would name him (twenty-second actors round). Also "fall" (Senegal's Yassine Fall): "Fall" opens sentences about
# seasons and prices (round thirty-one).
WORD_SURNAMES: frozenset[str] = frozenset({"he", "she", "we", "it", "so", "do", "an", "as", "if", "or", "to", "no",
                                           "fall"})
# Name suffixes that are not surnames (regnal numbers too: "Benedict XVI" is "Benedict").
_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                                       "xi", "xii", "xiii", "xiv", "xv", "xvi"})


# Spellings of one name word that news agencies transliterate differently (Arabic and Russian names
# above all): each word on the left is read as the one on the right, in names and in text alike, so
# "Mohamed", "Muhammad" and "Mohammad" all match a listed "Mohammed" and "Gadhafi" matches "Gaddafi".
# Only words that are names and nothing else in English (never "said", "sharif", "amir").
SPELLING_VARIANTS: dict[str, str] = {
    **dict.fromkeys(("mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "muhamad", "mohammed"), "mohammed"),
    **dict.fromkeys(("ahmad", "ahmed"), "ahmed"),
    **dict.fromkeys(("abdul", "abdel"), "abdel"),
    **dict.fromkeys(("abdallah", "abdullah"), "abdullah"),
    **dict.fromkeys(("hussain", "husain", "husein", "hussein"), "hussein"),
    **dict.fromkeys(("khalid", "khaled"), "khaled"),
    **dict.fromkeys(("yousef", "youssef", "yousuf", "yusef", "yusuf"), "yusuf"),
    **dict.fromkeys(("osama", "usama"), "osama"),
    **dict.fromkeys(("qaddafi", "gadhafi", "kadhafi", "qadhafi", "gadafi", "khadafy", "kaddafi", "gaddafi"),
                    "gaddafi"),
    **dict.fromkeys(("sergey", "sergei"), "sergei"),
    **dict.fromkeys(("alexey", "aleksei", "alexei"), "alexei"),
    **dict.fromkeys(("dmitri", "dmitriy", "dmitry"), "dmitry"),
    **dict.fromkeys(("evgeny", "yevgeniy", "yevgeny"), "yevgeny"),
    **dict.fromkeys(("zelenskyy", "zelenskiy", "zelenskii", "zelensky"), "zelensky"),
}


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text``, fold accents and straighten apostrophes.

    >>> fold("Élysée"), fold("Russia’s"), fold("Mohamed")
    ('elysee', "russia's", 'mohamed')
    """
    if text.isascii():  # nothing to straighten or fold (an ASCII text is its own NFKD form): most words
        return text.lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """``fold`` ``text``, then read a transliteration variant as its listed spelling (one token).

    >>> normalise("Élysée"), normalise("Russia’s"), normalise("Muhammad"), normalise("Gadhafi")
    ('elysee', "russia's", 'mohammed', 'gaddafi')
    """
    folded = fold(text)
    return SPELLING_VARIANTS.get(folded, folded)


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


@functools.lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    """The tokenizer's special cases ("cannot" -> can, not): words it splits though they are letters only."""
    return frozenset(_tokenizer().rules or ())


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The name as spaCy's English tokenizer splits it, original case (``"al-Qaeda"`` -> al, -, Qaeda).

    Most names are words of letters only, one space apart ("Abbas Araghchi"): the tokenizer splits those at the
    spaces and nowhere else (its prefix, suffix and infix rules all need a character other than a letter), unless a
    word is one of its special cases. Those are split here without it: tokenizing every name of the knowledge base
    was most of its loading time.
    """
    text = name.strip()
    words = text.split(" ")
    if all(word.isalpha() for word in words) and not any(word in _special_cases() for word in words):
        return tuple(words)
    return tuple(t.text for t in _tokenizer()(text))


_ARTICLE = re.compile(r"(?<![\w'])([Aa]l|[Ee]l)([- ])(?=[A-Z])")


def article_variants(name: str) -> tuple[str, ...]:
    """The other spellings of an Arabic name's article that news agencies use: "Omar al-Bashir" is also
    written "Omar el-Bashir", "Omar El Bashir", "Omar al Bashir" (the name as given comes first).

    >>> article_variants("Omar al-Bashir")[1:]
    ('Omar al Bashir', 'Omar el-Bashir', 'Omar el Bashir')
    """
    if not _ARTICLE.search(name):
        return (name,)
    out = [name]
    for article in ("al-", "al ", "el-", "el "):
        variant = _ARTICLE.sub(article, name)
        if variant not in out:
            out.append(variant)
    return tuple(out)


def name_key(name: str) -> tuple[str, ...]:
    """The normalised token tuple a name is indexed under."""
    return tuple(normalise(t) for t in name_tokens(name))


def surname(name: str, country: str | None) -> str | None:
    """The part of a full name that news text uses on its own, or None for one-word names.

    >>> surname("Mohammed bin Salman", "SAU"), surname("Xi Jinping", "CHN"), surname("Putin", "RUS")
    ('bin Salman', 'Xi', None)
    >>> surname("Than Shwe", "MMR") is None
    True
    """
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and words[-1].lower().strip(",") in _SUFFIXES:
        words.pop()
    if len(words) < 2 or country in NO_SURNAME:
        return None
    if words[0].lower() == "pope" and len(words) > 2:
        return None  # "Pope John Paul II": a regnal name of two words, no surname ("Paul" alone is not him)
    if country in FAMILY_NAME_FIRST:
        return None if words[0].lower() in WORD_SURNAMES else words[0]
    i = len(words) - 1
    if words[i].lower() in WORD_SURNAMES:
        return None
    while i > 1 and words[i - 1].lower() in SURNAME_PARTICLES:
        i -= 1
    return " ".join(words[i:])


def slug(name: str) -> str:
    """A stable id fragment for a name: ``"Abbas Araghchi"`` -> ``"abbas-araghchi"``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
