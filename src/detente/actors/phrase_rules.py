"""Phrase readings of the tenth actors round (stage 3): a city that names a gathering it hosts or an accord
signed there, a region named after a country, a capital that a strike hits, and demonyms that share one
sector word ("Thai and Cambodian troops"). See docs/actors-and-tenures.md, "The tenth actors round".
``resolver._Run`` builds on these rules.
"""

from __future__ import annotations

from detente.actors.descriptions import DescriptionRules
from detente.actors.lexicon import (
    NOT_STRIKE_PREPOSITIONS,
    POSSESSIVE,
    STRIKE_NOUNS,
    STRIKE_VERBS,
    WEAPON_WORDS,
)
from detente.actors.matcher import Hit
from detente.actors.places import PLACE_CONFIDENCE
from detente.actors.walk import Polity

# Gatherings named after the city that hosts them ("the Beijing Olympics"); see ``_names_following``.
GATHERING_WORDS = frozenset({"olympics", "olympic", "games", "summit", "conference", "forum", "expo"})
# Accords named after the city where they were signed ("the Paris agreement"): the city is no actor.
ACCORD_WORDS = frozenset({"agreement", "agreements", "accord", "accords", "protocol", "declaration", "treaty",
                          "process", "format", "communique", "charter", "convention", "talks",
                          "negotiations"})
# (not "court" or "tribunal": "a Cairo court sentenced him" is Egypt's judiciary, an actor)
# Words after a region's name ("Niger state", "Azerbaijan province"); see ``_owned_region``.
REGION_WORDS = frozenset({"state", "province", "region", "governorate", "district", "county", "oblast"})


class PhraseRules(DescriptionRules):
    """Cities named for gatherings and accords, regions named after countries, struck capitals, shared
    sector words (see the module docstring)."""

    def _names_following(self, hit: Hit, words: frozenset[str]) -> bool:
        """The city of ``hit`` modifies the noun right after it, one of ``words``: "the Beijing Olympics", "the
        Paris summit" (a gathering held there: the place, even inside the event's name, which otherwise hides
        it), "the Paris agreement", "the Minsk accords" (an accord named after the city: no actor)."""
        if not hit.entries[0].code:
            return False
        end = hit.end
        # up to two lowercase modifiers between: "the Paris climate agreement", "the Hague war crimes tribunal"
        while end < len(self.doc) and end - hit.end < 3 and self.normed[end] not in words \
                and self.doc[end].pos_ in ("NOUN", "ADJ") and self.doc[end].text.islower():
            end += 1
        if end >= len(self.doc) or self.normed[end] not in words:
            return False
        token = self.doc[end]
        return token.pos_ in ("NOUN", "PROPN") and hit.end <= self.doc[hit.end - 1].head.i <= end

    def _host_city(self, hit: Hit) -> int:
        country = hit.entries[0].code[:3]
        self._emit(hit.start, hit.end, code=country, name=None, country=country, sector=None,
                   entity_id=f"country:{country}", kind="place", confidence=PLACE_CONFIDENCE,
                   reason=f"the {self._text(hit.start, hit.end + 1)} is held there: the place, the country it "
                          f"lies in, {country}")
        return hit.end

    def _shared_head(self, k: int, polity: Polity) -> int | None:
        """"Thai and Cambodian troops", "Russian, Chinese and Iranian warships": a demonym coordinated with
        others before one sector word shares it (``THAMIL``), as the last one does. None: no such phrase."""
        hit = self.hits[k]
        first = self.doc[hit.end - 1]
        while first.dep_ == "conj" and first.head.i < first.i:  # "Chinese" in "Russian, Chinese and Iranian"
            first = first.head
        head = first.head
        if head.i < hit.end or first.dep_ not in ("amod", "nmod", "compound"):
            return None
        kh = next((j for j, h in enumerate(self.hits) if h.start <= head.i < h.end), None)
        if kh is None or self.hits[kh].kind != "agent":
            return None
        between = range(hit.end, self.hits[kh].start)
        linked = any(self.normed[i] in ("and", "or") for i in between)
        if not linked or not all(self.normed[i] in ("and", "or", ",") or any(
                h.kind in ("demonym", "country") and h.start <= i < h.end for h in self.hits) for i in between):
            return None
        sector = self.hits[kh].entries[0].key
        word = self.doc[self.hits[kh].start:self.hits[kh].end].text
        return self._sector(hit.start, hit.end, polity, sector, f"sector word {word!r} shared with the demonyms "
                            f"coordinated with it", 0.8)

    def _owned_region(self, k: int) -> int | None:
        """"Nigeria's Niger state", "Iran's Azerbaijan province": a region named after a country, owned by
        another country's possessive, is a place of the owner (``NGA``), not the country it is named after.
        None: not such a phrase."""
        hit = self.hits[k]
        if k == 0 or hit.end >= len(self.doc) or self.normed[hit.end] not in REGION_WORDS:
            return None
        owner = self.hits[k - 1]
        if owner.kind != "country" or owner.end != hit.start - 1 or self.normed[owner.end] not in POSSESSIVE:
            return None
        country = owner.entries[0].key.split(":", 1)[1]
        if country == hit.entries[0].key.split(":", 1)[1]:
            return None
        end = hit.end + 1
        self._emit(hit.start, end, code=country, name=None, country=country, sector=None, entity_id=f"country:{country}",
                   kind="place", confidence=PLACE_CONFIDENCE,
                   reason=f"'{self._text(owner.start, owner.end)}'s {self._text(hit.start, end)}' is a region "
                          f"of {country}, not the country it is named after")
        return end

    def _struck(self, hit: Hit) -> bool:
        """"Russia struck Kyiv and Lviv", "a missile attack on Kyiv": the capital is what a strike hits (the
        object of a strike verb, or after "on"/"against" a strike noun), through coordination; not a verb
        with a reason or means of its own ("attacked Beijing over its trade policy", "hit Beijing with
        tariffs"), which is aimed at the government."""
        token = self.doc[hit.end - 1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        head = token.head
        if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in STRIKE_VERBS:
            return not any(c.dep_ == "prep" and c.lower_ in NOT_STRIKE_PREPOSITIONS
                           and not (c.lower_ == "with" and any(o.lemma_.lower() in WEAPON_WORDS for o in c.children))
                           for c in head.children)  # "struck Moscow with drones" is still a strike
        return (token.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.pos_ == "NOUN"
                and head.head.lower_ in STRIKE_NOUNS)
