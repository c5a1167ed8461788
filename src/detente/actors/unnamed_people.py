"""People named by number, by sex or by their people, with no country of their own (stage 3; twentieth round).

News often names the people who act or suffer by what they are, not whose they are: "Hundreds of thousands marched
through Hong Kong", "A man broke into Nancy Pelosi's San Francisco home", "Rwandan troops killed thousands of
displaced Hutus". Such people are civilians (CVL) of a country the sentence gives them:

- a bare number of people ("thousands", "hundreds of thousands", "tens of thousands of people") is a crowd of the
  place where its clause acts ("in Tbilisi"), else of the one country the sentence names;
- a lone man or woman ("a man", "a woman", "two men") is a civilian of the one country the sentence names, when it
  names exactly one (a second country, by name, demonym, town or person, leaves them unresolved: the man may be
  anyone's);
- a people that lives in several states ("Hutus", "Tuaregs", "Tamils") is a civilian of the one of its states that
  the sentence names, when it names no other country (as its fighters are rebels of it:
  ``lexicon.STATELESS_PEOPLE_STATES``); "Tamils in Canada marched against Sri Lanka" are a diaspora.

- people named as the modifier of their act ("weeks of student protests", "rebel attacks") are of the one country
  the sentence names, for the nouns of acts of :data:`ACT_NOUNS` only.

Attackers no one has identified ("gunmen", "an attacker", "a suicide bomber") are left out on purpose: the gold
convention gives them no country (``coding.home_groups.CRIMINAL_GROUPS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.descriptions import QUANTITY_NOUNS
from detente.actors.lexicon import STATELESS_PEOPLE_STATES
from detente.actors.phrase_rules import PhraseRules
from detente.actors.walk import Polity

CROWD_NUMBERS = frozenset({"hundreds", "thousands", "tens", "dozens", "millions"})
"""Plural number nouns that name a crowd when nothing but other numbers or "people" follows them ("thousands",
"hundreds of thousands", "tens of thousands of people"); not "scores" (also results) nor the singular numbers."""
NUMBER_WORDS = CROWD_NUMBERS | {"hundred", "thousand", "million"}
CROWD_COMPLEMENTS = frozenset({"people", "persons", "citizens", "residents"})
"""Nouns after "of" that keep a number a crowd of people ("thousands of people"); any other ("thousands of jobs",
"hundreds of troops") makes the number a quantity of that noun, whose own rules decide."""
LONE_PEOPLE = frozenset({"man", "woman", "men", "women", "teenager", "teenagers", "boy", "girl"})
"""Nouns of a person or a few named by sex or age only."""
LONE_DETERMINERS = frozenset({"a", "an", "two", "three", "four", "five", "several", "some"})
"""Words before :data:`LONE_PEOPLE` that leave them unknown people ("a man"; not "the man" or "the two men", who
may be named before, nor "his wife")."""
PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
"""Where an unnamed person or crowd stands as a party of an act: a subject, an object, or the object of a
preposition ("by a man", "on hundreds of protesters"); not an attribute ("he is a man of peace") or a compound."""
ACT_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "walkout", "riot", "unrest",
                       "uprising", "revolt", "rebellion", "insurgency", "attack", "raid", "assault", "offensive", "ambush",
                       "clash", "violence", "boycott", "blockade", "crackdown", "killing", "shelling", "bombing",
                       "abduction", "kidnapping", "sit-in", "occupation", "movement"})
"""Nouns of acts whose modifier names who makes them ("student protests", "rebel attacks", "police raids"); not
other nouns ("student visas", "police stations"), whose modifier says nothing about an actor."""
NOT_PEOPLE_PREPOSITIONS = frozenset({"of", "like", "than", "as"})
"""Prepositions whose object is no party ("the trial of a man", "a man like him")."""


class UnnamedPeopleRules(PhraseRules):
    """Rules for the people of :mod:`detente.actors.unnamed_people`; each returns the end of the mention it
    emitted, or None."""

    def _unnamed_people(self, i: int) -> int | None:
        """A crowd, a lone person or a people at token ``i`` with the country its sentence gives it, else None."""
        word = self.normed[i]
        if word in CROWD_NUMBERS:
            return self._crowd_number(i)
        if word in LONE_PEOPLE:
            return self._lone_person(i)
        if word.endswith("s") and word[:-1] in STATELESS_PEOPLE_STATES:
            return self._people_member(i)
        return None

    def _party_position(self, token: Token) -> bool:
        """``token`` stands where a party of an act stands (:data:`PEOPLE_DEPS`)."""
        if token.dep_ not in PEOPLE_DEPS:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_NOUNS:
            return self._party_position(token.head.head)  # "killed thousands of Hutus": the quantity's place
        return not (token.dep_ == "pobj" and token.head.lower_ in NOT_PEOPLE_PREPOSITIONS)

    def _crowd_number(self, i: int) -> int | None:
        """``Hundreds of thousands marched through Hong Kong``: the number and its number complements."""
        token = self.doc[i]
        if token.pos_ != "NOUN" or not self._party_position(token) or i in self.hit_at:
            return None
        end, head = i + 1, token
        while True:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                break
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lower_ not in NUMBER_WORDS | CROWD_COMPLEMENTS:
                return None  # "thousands of jobs", "hundreds of troops": a quantity of something else
            end, head = obj.i + 1, obj
            if obj.lower_ in CROWD_COMPLEMENTS:
                break
        start = min([i] + [c.i for c in token.children if c.dep_ == "quantmod" and c.i < i])  # "Tens of thousands"
        if any(j in self.hit_at for j in range(start, end) if j != i):
            return None
        place = self._clause_place(i)
        if place is None:
            place = self._one_sentence_country(i)
        if place is None:
            return None
        return self._sector(start, end, place, "CVL", f"crowd {self._text(start, end)!r}", 0.6)

    def _lone_person(self, i: int) -> int | None:
        """``A man broke into Nancy Pelosi's San Francisco home``: an unknown person of the sentence's one
        country."""
        token = self.doc[i]
        if token.pos_ != "NOUN" or not self._party_position(token) or i == 0:
            return None
        if self.normed[i - 1] not in LONE_DETERMINERS or i > 1 and self.normed[i - 2] in ("the", "these", "those") or any(
                c.dep_ in ("amod", "compound", "nmod", "poss") for c in token.children):
            return None  # "a young man" may be anything the adjective says; "a Syrian man" is a demonym's
        one = self._one_sentence_country(i)
        if one is None:
            return None
        return self._sector(i - 1, i + 1, one, "CVL", f"unknown person {self._text(i - 1, i + 1)!r}", 0.55)

    def _people_member(self, i: int) -> int | None:
        """``thousands of displaced Hutus``: a people of several states, as the one of them the sentence names."""
        token = self.doc[i]
        if token.pos_ not in ("NOUN", "PROPN") or not self._party_position(token) or i in self.hit_at:
            return None
        people = self.normed[i][:-1]
        named = {self._hit_country(h) for h in self.hits if self.sent[h.start] == self.sent[i]
                 and not self.doc[h.end - 1].head.lower_.startswith(("border", "frontier"))}
        named.discard(None)
        found = sorted(c for c in named if c is not None)
        if len(found) != 1 or found[0] not in STATELESS_PEOPLE_STATES[people]:
            return None  # "Tamils in Canada marched against Sri Lanka": a diaspora, not the state's people
        state = Polity(code=found[0], is_igo=False, how="the one state of the people the sentence names")
        return self._sector(i, i + 1, state, "CVL", f"people {self.doc[i].text!r}", 0.6)

    def _event_modifier_country(self, start: int, end: int) -> Polity | None:
        """``weeks of student protests``, ``opposition protests rocked Caracas``, ``rebel attacks``: people named as
        the modifier of the act they make are of the one country the sentence names (as an unnamed group heading
        its own phrase is: ``coding.home_groups``), None when the words ``[start, end)`` modify nothing or the
        sentence names no country or several."""
        last = self.doc[end - 1]
        if last.dep_ != "compound" or last.head.i != end or last.head.lemma_.lower() not in ACT_NOUNS \
                or end in self.hit_at:
            return None
        return self._one_sentence_country(start)

    def _one_sentence_country(self, i: int) -> Polity | None:
        """The one country that the names of token ``i``'s sentence belong to (countries, capitals, demonyms,
        places, people on the article's date, groups), None when they belong to none or to several."""
        found = {self._hit_country(h) or (h.entries[0].code if h.kind == "place" else None)
                 for h in self.hits if self.sent[h.start] == self.sent[i] and h.kind != "agent"}
        found.discard(None)
        found.discard("")
        codes = {c for c in found if c is not None and self.kb.is_country(c)}
        if len(codes) != 1 or len(found) != 1:
            return None
        return Polity(code=codes.pop(), is_igo=False, how="the one country the sentence names")
