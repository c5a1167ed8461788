"""detente's own spaCy components (stage 2): registered once, added by ``load_model``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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
