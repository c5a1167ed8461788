"""Figures that reach a level (stage 4, round twenty-nine): "hit", "struck" and "touched" with a figure as object.

"Turkey's inflation rate hit 85 per cent", "Israel's death toll hit 1,200", "Turnout hit 77 per cent", "India's
exports to Russia struck a record high": the verb says a figure reached a level, not that anyone struck anything. A
verb of striking whose object is a number, a share, a sum or a level ("a record", "a high", "its weakest level") is
read in that sense and states no event. "Russian missiles hit Kyiv", "hit 12 targets", "hit a hospital" keep theirs:
their objects are places and things, not figures.
"""

from __future__ import annotations

from spacy.tokens import Token

REACHING_VERBS = frozenset({"hit", "strike", "touch", "smash", "shatter", "top", "breach", "pass", "cross"})
"""Verbs of striking that also say a figure reached a level ("hit a record", "smashed the record", "topped $100")."""
LEVEL_NOUNS = frozenset({
    "record", "high", "low", "level", "peak", "mark", "milestone", "threshold", "ceiling", "floor", "plateau",
    "bottom", "maximum", "minimum", "barrier", "cent", "percent", "%", "point", "points", "trough", "zenith",
})
"""Nouns of a level a figure reaches ("a record high", "its lowest level", "85 per cent", "the 100,000 mark")."""
FIGURE_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY"})


def figure_reached(verb: Token) -> bool:
    """True for a verb of striking whose object is a figure or a level: "inflation hit 85 per cent", "the death toll
    hit 1,200", "exports struck a record high", "the rouble hit its weakest level since March 2022"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REACHING_VERBS:
        return False
    counted = _counted_subject(verb)
    return any(c.dep_ in ("dobj", "obj") and _figure(c, counted) for c in verb.children)


FIGURE_SUBJECTS = frozenset({
    "toll", "number", "figure", "count", "total", "tally", "rate", "inflation", "price", "prices", "turnout",
    "export", "exports", "import", "imports", "trade", "debt", "deficit", "unemployment", "output", "production",
    "growth", "index", "currency", "share", "shares", "stock", "stocks", "yield", "yields", "sale", "sales",
    "revenue", "revenues", "spending", "budget", "arrival", "arrivals", "crossing", "crossings", "casualty",
    "casualties", "temperature", "temperatures", "population", "support", "approval", "rating", "ratings",
})
"""Subjects that are figures: a bare number after them is a level ("the death toll hit 1,200"), where after an actor
or a weapon it is a count of things struck ("the drones hit 40")."""


def _counted_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FIGURE_SUBJECTS for c in verb.children)


def _figure(obj: Token, counted: bool) -> bool:
    if obj.lemma_.lower() in LEVEL_NOUNS or obj.lower_ in LEVEL_NOUNS or obj.ent_type_ in ("PERCENT", "MONEY"):
        return True  # "hit a record", "hit $100", "topped 5 per cent"
    if counted and (obj.pos_ == "NUM" or obj.ent_type_ in FIGURE_ENTITIES):
        return True  # "the death toll hit 1,200"
    # "hit their highest level", "a three-month high": the head is the level noun, checked above; a superlative
    # adjective tagged as the head ("hit an all-time high" parsed with "high" as ADJ object)
    return obj.tag_ in ("JJS", "JJ") and obj.lower_ in ("high", "low", "highest", "lowest")
