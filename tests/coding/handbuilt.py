"""Test support for the coder: hand-built parses (deterministic) and a toy actor resolver.

The toy resolver maps a few spaCy entities through a small dict, so the coder's tests do not move
when the real knowledge base grows; the seed and golden tests use the real resolver.
"""

from __future__ import annotations

import functools
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.records import ActorCode, ActorMentions, ResolvedActor

# name or demonym -> (actor code, country)
TOY_ACTORS: dict[str, tuple[str, str | None]] = {
    "iran": ("IRN", "IRN"), "iranian": ("IRN", "IRN"), "tehran": ("IRNGOV", "IRN"),
    "russia": ("RUS", "RUS"), "russian": ("RUS", "RUS"), "russians": ("RUS", "RUS"), "moscow": ("RUSGOV", "RUS"),
    "kremlin": ("RUSGOV", "RUS"), "putin": ("RUSGOV", "RUS"), "vladimir putin": ("RUSGOV", "RUS"),
    "israel": ("ISR", "ISR"), "israeli": ("ISR", "ISR"), "ukraine": ("UKR", "UKR"), "kyiv": ("UKRGOV", "UKR"),
    "odesa": ("UKR", "UKR"), "france": ("FRA", "FRA"), "germany": ("DEU", "DEU"), "china": ("CHN", "CHN"),
    "beijing": ("CHNGOV", "CHN"), "washington": ("USAGOV", "USA"), "united states": ("USA", "USA"),
    "turkey": ("TUR", "TUR"), "syria": ("SYR", "SYR"), "hezbollah": ("LBNREB", "LBN"),
    "abbas araghchi": ("IRNGOV", "IRN"), "araghchi": ("IRNGOV", "IRN"), "erdogan": ("TURGOV", "TUR"),
    "nato": ("IGOWSTNAT", None), "lebanon": ("LBN", "LBN"), "finland": ("FIN", "FIN"), "japan": ("JPN", "JPN"),
    "north korea": ("PRK", "PRK"), "south korea": ("KOR", "KOR"), "egypt": ("EGY", "EGY"), "qatar": ("QAT", "QAT"),
    "hamas": ("PSEREB", "PSE"), "india": ("IND", "IND"), "pakistan": ("PAK", "PAK"), "britain": ("GBR", "GBR"),
    "saudi arabia": ("SAU", "SAU"), "armenia": ("ARM", "ARM"), "azerbaijan": ("AZE", "AZE"),
    "ukrainian": ("UKR", "UKR"), "georgian": ("GEO", "GEO"), "kenyan": ("KEN", "KEN"), "canada": ("CAN", "CAN"),
    "mexico": ("MEX", "MEX"), "sweden": ("SWE", "SWE"), "hungary": ("HUN", "HUN"), "poland": ("POL", "POL"),
    "belarus": ("BLR", "BLR"), "israelis": ("ISR", "ISR"), "australian": ("AUS", "AUS"),
    "indonesian": ("IDN", "IDN"), "serbia": ("SRB", "SRB"), "french": ("FRA", "FRA"),
    "security council": ("IGOUNO", None), "american": ("USA", "USA"), "fico": ("SVKGOV", "SVK"),
    "abe": ("JPNGOV", "JPN"), "honduras": ("HND", "HND"), "mali": ("MLI", "MLI"), "denmark": ("DNK", "DNK"),
    "kenyans": ("KEN", "KEN"),
    "iraq": ("IRQ", "IRQ"), "baghdad": ("IRQGOV", "IRQ"), "afghans": ("AFG", "AFG"), "barack obama": ("USAGOV", "USA"),
    "italy": ("ITA", "ITA"), "croatian": ("HRV", "HRV"), "turkish": ("TUR", "TUR"),
}


def toy_mentions(doc: Doc) -> ActorMentions:
    """Resolve the entities of ``doc`` found in :data:`TOY_ACTORS` (and single tokens spelled like one)."""
    found: list[ResolvedActor] = []
    covered: set[int] = set()
    for ent in doc.ents:
        key = ent.text.lower().removeprefix("the ")
        if key in TOY_ACTORS:
            found.append(_mention(doc, ent.start, ent.end, key))
            covered.update(range(ent.start, ent.end))
    for tok in doc:
        if tok.i not in covered and tok.lower_ in TOY_ACTORS and (tok.pos_ in ("PROPN", "ADJ") or tok.is_title):
            found.append(_mention(doc, tok.i, tok.i + 1, tok.lower_))
    return ActorMentions(found)


def _mention(doc: Doc, start: int, end: int, key: str) -> ResolvedActor:
    code, country = TOY_ACTORS[key]
    span = doc[start:end]
    return ResolvedActor(actor_code=ActorCode(code), mention=span.text, start=span.start_char,
                         end=span.end_char, token_start=start, token_end=end, head=span.root.i,
                         name=key.title(), country=country, sector=code[3:] or None,
                         kind="country" if len(code) == 3 else "person", reason="toy")


def handbuilt(rows: list[tuple[Any, ...]], vocab: Vocab | None = None) -> Doc:
    """A Doc from (word, lemma, pos, dep, head index[, tag]) rows; tags follow the POS unless given.

    >>> d = handbuilt([("Iran", "Iran", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1)])
    >>> [(t.text, t.dep_, t.head.text) for t in d]
    [('Iran', 'nsubj', 'attacked'), ('attacked', 'ROOT', 'attacked')]
    """
    words = [r[0] for r in rows]
    tags = [r[5] if len(r) > 5 else _TAGS.get((r[2], r[0].lower()), _TAGS.get((r[2], ""), "XX")) for r in rows]
    starts: list[bool | int | None] = [True, *([False] * (len(rows) - 1))]
    doc = Doc(vocab or _english_vocab(), words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], tags=tags, sent_starts=starts)
    return doc


@functools.lru_cache(maxsize=1)
def _english_vocab() -> Vocab:
    """English lexical attributes (lower case, punctuation) without loading a model."""
    return spacy.blank("en").vocab


def mentions_for(doc: Doc, spans: dict[int, str]) -> ActorMentions:
    """Mentions at single tokens: {token index: actor code}."""
    out = []
    for i, code in spans.items():
        tok = doc[i]
        out.append(ResolvedActor(actor_code=ActorCode(code), mention=tok.text, start=tok.idx,
                                 end=tok.idx + len(tok.text), token_start=i, token_end=i + 1, head=i,
                                 country=code[:3] if len(code) >= 3 and not code.startswith("IGO") else None))
    return ActorMentions(out)


_TAGS: dict[tuple[str, str], str] = {
    ("PROPN", ""): "NNP", ("NOUN", ""): "NN", ("VERB", ""): "VBD", ("AUX", ""): "VBD", ("ADP", ""): "IN",
    ("DET", ""): "DT", ("PART", ""): "RB", ("PART", "to"): "TO", ("PUNCT", ""): ".", ("PRON", ""): "PRP",
    ("ADJ", ""): "JJ", ("ADV", ""): "RB", ("CCONJ", ""): "CC", ("SCONJ", ""): "IN", ("AUX", "will"): "MD",
    ("AUX", "would"): "MD", ("AUX", "may"): "MD", ("AUX", "could"): "MD", ("AUX", "might"): "MD",
    ("PRON", "that"): "WDT", ("PRON", "which"): "WDT", ("VERB", "attack"): "VB", ("VERB", "send"): "VB",
    ("VERB", "meet"): "VB", ("VERB", "sign"): "VB", ("VERB", "strike"): "VB", ("VERB", "visit"): "VB",
}


def as_rows(doc: Any) -> list[tuple[str, str, str, str, int]]:
    """The rows that rebuild ``doc`` with :func:`handbuilt` (to freeze a parse into a test)."""
    return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i - t.sent.start) for t in doc]
