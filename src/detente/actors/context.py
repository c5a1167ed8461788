"""What one article has said so far (stage 3): persons met, names it taught, countries it talks about.

Used by the resolver for partial names, pronouns, definite descriptions and titles without a country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detente.records import ResolvedActor

# Definite descriptions that may refer back to a person, and the offices they are compatible with.
_DIPLOMATIC = frozenset({"foreign_minister", "diplomat"})
DESCRIPTIONS: dict[str, frozenset[str]] = {
    "emissary": _DIPLOMATIC, "envoy": _DIPLOMATIC, "ambassador": _DIPLOMATIC, "diplomat": _DIPLOMATIC,
    "negotiator": _DIPLOMATIC,
    "minister": frozenset({"foreign_minister", "defence_minister", "head_of_government", "minister"}),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonSeen:
    """A person mention already resolved in this article."""

    key: str  # entity id, "learned:<name>" for a person the article introduced, "unknown:<token>" else
    sentence: int
    office: str | None
    mention: ResolvedActor | None  # None: a person the knowledge base does not know (not coded)
    subject: bool = False  # the mention is the subject of its clause


@dataclass(slots=True)
class ArticleContext:
    """Mutable state of one ``resolve`` call (never shared between articles)."""

    country_counts: Counter[str] = field(default_factory=Counter)
    persons: list[PersonSeen] = field(default_factory=list)
    learned: dict[tuple[str, ...], ResolvedActor] = field(default_factory=dict)
    learned_office: dict[str, str] = field(default_factory=dict)
    introduced: set[str] = field(default_factory=set)
    last_country: tuple[int, str] | None = None  # (sentence, country) of the latest country mention
    by_token: dict[int, ResolvedActor] = field(default_factory=dict)  # mentions so far, by token index
    sentence_countries: dict[int, set[str]] = field(default_factory=dict)  # countries named per sentence

    def most_mentioned(self) -> str | None:
        """The article's most-mentioned country (ties: the first counted)."""
        best = self.country_counts.most_common(1)
        return best[0][0] if best else None

    def dominant_country(self, sentence: int) -> str | None:
        """The one country this part of the article is plainly about, or None.

        The article's most-mentioned country, named at least twice and at least three times as often
        as any other, when no other country is named in this sentence (so far) or the previous one.
        """
        ranked = self.country_counts.most_common(2)
        if not ranked or ranked[0][1] < 2:
            return None
        best, count = ranked[0]
        if len(ranked) > 1 and count < 3 * ranked[1][1]:
            return None
        near = self.sentence_countries.get(sentence, set()) | self.sentence_countries.get(sentence - 1, set())
        return best if near <= {best} else None

    def context_country(self, sentence: int, previous_subject: str | None = None) -> tuple[str | None, str]:
        """The country a title without one refers to, and how it was chosen.

        The nearest preceding country of the sentence; else ``previous_subject``, the country that was
        the previous sentence's main subject ("Iran fired missiles. The foreign minister said..."); else
        the article's most-mentioned country.
        """
        if self.last_country is not None and self.last_country[0] == sentence:
            return self.last_country[1], "the nearest preceding country in the sentence"
        if previous_subject is not None:
            return previous_subject, "the previous sentence's subject"
        best = self.most_mentioned()
        return best, "the article's most-mentioned country"

    def note(self, mention: ResolvedActor, sentence: int, *, office: str | None = None,
             subject: bool = False) -> None:
        """Record a resolved mention (persons for later reference, countries for context)."""
        if mention.country:
            self.last_country = (sentence, mention.country)
            self.sentence_countries.setdefault(sentence, set()).add(mention.country)
        for i in range(mention.token_start, mention.token_end):
            self.by_token.setdefault(i, mention)
        if mention.kind == "person":
            key = mention.entity_id or f"learned:{mention.name}"
            self.introduced.add(key)
            self.persons.append(PersonSeen(key=key, sentence=sentence, office=office or self.learned_office.get(key),
                                           mention=mention, subject=subject))

    def note_unknown(self, token: int, sentence: int, *, subject: bool) -> None:
        """Record a person the knowledge base does not know (a PERSON name): a pronoun after it may be
        about them, so it must not be carried over to a known person of the same sentence."""
        self.persons.append(PersonSeen(key=f"unknown:{token}", sentence=sentence, office=None, mention=None,
                                       subject=subject))

    def pronoun_referent(self, sentence: int, *, subject: bool = False) -> ResolvedActor | None:
        """The one person mentioned earlier in this sentence, else the one in the previous sentence.

        When the nearest sentence with persons names several, a subject pronoun ("He said") takes the
        one person that was a subject there, if there is exactly one; otherwise None.
        """
        for window in ([p for p in self.persons if p.sentence == sentence],
                       [p for p in self.persons if p.sentence == sentence - 1]):
            keys = {p.key for p in window}
            if len(keys) == 1:
                return window[-1].mention
            if keys:
                subjects = [p for p in window if p.subject]
                if subject and len({p.key for p in subjects}) == 1:
                    return subjects[-1].mention
                return None
        return None

    def description_referent(self, word: str, sentence: int) -> ResolvedActor | None:
        """The person a definite description ("the emissary") refers back to, when unambiguous."""
        compatible = DESCRIPTIONS.get(word)
        if compatible is None:
            return None
        seen = [p for p in self.persons if p.office in compatible]
        if not seen:
            return None
        keys = {p.key for p in seen}
        if len(keys) == 1:
            return seen[-1].mention
        recent = [p for p in seen if p.sentence >= sentence - 2]
        return recent[-1].mention if len({p.key for p in recent}) == 1 else None
