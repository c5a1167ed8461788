"""Natural and accidental causes: an event verb whose subject is a storm, a crash or a disease is no political
event ("the crash that killed 40", "Hurricane Ian destroyed ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate

NATURAL_CAUSES = frozenset({
    "crash", "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "flooding",
    "fire", "wildfire", "blaze", "accident", "collision", "disease", "virus", "pandemic", "epidemic", "drought",
    "heatwave", "landslide", "mudslide", "avalanche", "tsunami", "eruption", "famine", "outbreak", "explosion",
    "rain", "rainfall", "downpour", "monsoon", "snow", "snowfall", "snowstorm", "blizzard", "hailstorm", "heat",
    "deluge", "torrent", "gale", "wind", "lightning", "sandstorm", "frost", "mudflow",
})
"""Subjects that are no actor: an event verb with one of these as subject is no political event."""


def natural_cause(cand: Candidate) -> bool:
    """True when the only candidate source is a natural or accidental cause ("the crash that killed")."""
    # "Hurricane Ian killed ...", "Storm Daniel destroyed ...": a named storm is its kind
    return cand.kind != "noun" and any(t.lemma_.lower() in NATURAL_CAUSES or _place_of_cause(t) or any(
        c.dep_ == "compound" and c.lemma_.lower() in NATURAL_CAUSES for c in t.children)
        for tier in cand.sources[:1] for t in tier)


def _place_of_cause(tok: Token) -> bool:
    """ "the explosion at the prison camp that killed dozens": the parser hangs the relative clause on the place
    nearest to it; the place of a natural or accidental cause stands for that cause."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("at", "in", "near", "on", "inside")
            and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() in NATURAL_CAUSES)
