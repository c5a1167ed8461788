"""detente's own spaCy components (stage 2): registered once, added by ``load_model``."""

# No ``from __future__ import annotations``: spaCy reads a factory's annotations at run time.

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from detente.errors import DetenteError

LINE_BREAKS = "detente_line_breaks"


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break.

    In news text a line break ends a headline, a byline or a paragraph; the statistical parser
    otherwise runs a headline into the first sentence ("11 hours ago If Vladimir Putin won't help...").
    The parser keeps boundaries set before it.
    """
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.text.isspace() and "\n" in token.text):
            nxt = doc[token.i + 1]
            if not nxt.text.isspace():
                nxt.is_sent_start = True
    return doc


HYPHEN_LEMMAS = "detente_hyphen_lemmas"


class HyphenLemmas:
    """Lemmatise a hyphenated word by its last part: ``re-opened`` -> ``re-open``, ``re-elected`` -> ``re-elect``.

    ``load_model`` keeps lowercase hyphenated words whole, and spaCy's rule lemmatizer, which does not know
    them, guesses wrongly at their endings (``re-opene``, ``carpet-bombe``); the last part alone is a word
    it knows. Runs after the lemmatizer.
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[str, str, str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            text = token.text
            if "-" not in text or not text.islower() or text.startswith("-") or text.endswith("-"):
                continue
            head, _, last = text.rpartition("-")
            key = (last, token.tag_, token.pos_, str(token.morph))
            lemma = self.cache.get(key)
            if lemma is None:
                word = Doc(doc.vocab, words=[last], tags=[token.tag_], pos=[token.pos_ or "X"],
                           morphs=[str(token.morph)])
                lemma = self.lemmatizer.rule_lemmatize(word[0])[0]
                self.cache[key] = lemma
            token.lemma_ = f"{head}-{lemma}"
        return doc


@Language.factory(HYPHEN_LEMMAS, assigns=["token.lemma"], requires=["token.lemma"])
def make_hyphen_lemmas(nlp: Language, name: str) -> HyphenLemmas:
    """Build ``HyphenLemmas`` over the pipeline's own lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise DetenteError.make("D202", component=name, missing="lemmatizer")
    return HyphenLemmas(lemmatizer)
