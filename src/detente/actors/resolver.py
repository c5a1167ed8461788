"""Actor resolution (stage 3): Doc + article date -> ActorMentions.

Names from the knowledge base are combined into mentions ("Iran's president", "Iranian troops",
"Russia's Putin") and coded on the article's date; partial names, pronouns and definite descriptions
are carried over within the article (docs/actors-and-tenures.md, "Resolution").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from detente.actors.builder import NameEntry, TitleInfo
from detente.actors.context import DESCRIPTIONS, ArticleContext
from detente.actors.knowledge_base import Explanation, KnowledgeBase
from detente.actors.lexicon import (
    AUXILIARIES,
    HONORIFICS,
    INNER_DEPS,
    INSTITUTIONS,
    MODIFIERS,
    NOT_ACTOR_ENTS,
    NOT_HOLDER,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE,
    SUBJECT_DEPS,
)
from detente.actors.matcher import Hit, find_hits, norms
from detente.actors.places import PLACE_CONFIDENCE
from detente.actors.pronouns import (
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    antecedent,
    is_referring,
    mention_number,
)
from detente.records import ActorCode, ActorMentions, ResolvedActor

_ACTOR_PRONOUNS = frozenset(SUBJECT_PRONOUNS) | frozenset(POSSESSIVE_PRONOUNS)



@dataclass(frozen=True, slots=True, kw_only=True)
class _Polity:
    """A country or IGO a phrase attaches a title or sector word to."""

    code: str
    is_igo: bool
    how: str


class ActorResolver:
    """Finds and codes every actor mention of a parsed article on the article's date.

    Example:
        >>> # ActorResolver(KnowledgeBase.load()).resolve(nlp("Iran's president spoke."), date(2024, 10, 9))
    """

    __slots__ = ("kb",)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(self, doc: Doc, published_on: date | None) -> ActorMentions:
        """Every actor mention of ``doc``, resolved on ``published_on`` (today's holders when None)."""
        return ActorMentions(_Run(self.kb, doc, published_on).run())

    def resolve_phrase(self, text: str, on: date | None) -> list[ResolvedActor]:
        """Resolve a short phrase ("Iran's president") without the statistical parser.

        Used by ``detente actors lookup`` for phrases that are not names; rules that need the parse
        (pronouns, modifiers other than the listed ones) do not apply.
        """
        return list(_Run(self.kb, _blank_pipeline()(text), on).run())


class _Run:
    """One article's resolution: a left-to-right walk over tokens and knowledge-base hits."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, on: date | None) -> None:
        self.kb, self.doc, self.on = kb, doc, on
        self.normed = norms(doc)
        self.hits = find_hits(doc, kb, self.normed)
        self.hit_at = {h.start: k for k, h in enumerate(self.hits)}
        self.sent = [0] * len(doc)
        self.sents = list(doc.sents)
        for number, sentence in enumerate(self.sents):
            for i in range(sentence.start, sentence.end):
                self.sent[i] = number
        self.ctx = ArticleContext()
        for hit in self.hits:
            country = self._hit_country(hit)
            if country:
                self.ctx.country_counts[country] += 1
        self.out: list[ResolvedActor] = []

    def run(self) -> list[ResolvedActor]:
        i, n = 0, len(self.doc)
        while i < n:
            k = self.hit_at.get(i)
            if k is not None:
                i = max(self._phrase(k), i + 1)
            elif self.normed[i] in PERSON_POSSESSIVES and self._pronoun_title(i):
                i = self.out[-1].token_end
            elif self.normed[i] in PERSON_PRONOUNS and self.doc[i].pos_ == "PRON":
                self._pronoun(i)
                i += 1
            elif self.normed[i] in _ACTOR_PRONOUNS and self.doc[i].pos_ == "PRON":
                i = max(self._actor_pronoun(i), i + 1)
            else:
                i = max(self._learned(i), i + 1)
        return self.out

    # -- helpers --------------------------------------------------------------------------------

    def _hit_country(self, hit: Hit) -> str | None:
        entry = hit.entries[0]
        if entry.kind in ("country", "capital", "demonym", "metonym"):
            return entry.key.split(":", 1)[1]
        if entry.kind in ("person", "group"):
            actor = self.kb.entity(entry.key)
            return actor.country if actor else None
        return None

    def _emit(self, start: int, end: int, *, code: str, name: str | None, country: str | None,
              sector: str | None, entity_id: str | None, kind: str, confidence: float, reason: str,
              office: str | None = None) -> ResolvedActor:
        span = self.doc[start:end]
        mention = ResolvedActor(actor_code=ActorCode(code), mention=span.text, start=span.start_char,
                                end=span.end_char, token_start=start, token_end=end, head=span.root.i,
                                name=name, country=country, sector=sector, entity_id=entity_id, kind=kind,
                                confidence=round(confidence, 3), reason=reason)
        self.out.append(mention)
        self.ctx.note(mention, self.sent[start], office=office, subject=self._is_subject(span.root.i))
        return mention

    def _is_subject(self, i: int) -> bool:
        return self.doc[i].dep_ in SUBJECT_DEPS

    def _emit_explanation(self, start: int, end: int, ex: Explanation, reason: str,
                          confidence: float | None = None, office: str | None = None) -> ResolvedActor:
        return self._emit(start, end, code=ex.actor_code, name=ex.name, country=ex.country, sector=ex.sector,
                          entity_id=ex.entity_id, kind=ex.kind, confidence=confidence or ex.confidence,
                          reason=reason, office=office)

    def _next_hit(self, k: int, pos: int, kinds: tuple[str, ...], skip: int = 2) -> tuple[int, Hit] | None:
        """The hit after ``k`` starting at ``pos`` (after up to ``skip`` modifier words) of ``kinds``."""
        if k + 1 >= len(self.hits):
            return None
        nxt = self.hits[k + 1]
        if nxt.kind not in kinds or not 0 <= nxt.start - pos <= skip:
            return None
        for i in range(pos, nxt.start):
            token = self.doc[i]
            if self.normed[i] not in MODIFIERS and not (
                    token.is_lower and token.pos_ in ("ADJ", "NOUN") and token.dep_ in INNER_DEPS):
                return None
        return k + 1, nxt

    def _words_before(self, start: int, stop: int) -> set[str]:
        return set(self.normed[stop:start])

    def _polity_of(self, entry: NameEntry, *, places: bool = False) -> _Polity | None:
        if entry.kind in ("country", "capital", "demonym", "metonym") or (
                places and entry.kind == "place" and entry.code):
            return _Polity(code=entry.key.split(":", 1)[1], is_igo=False, how=entry.kind)
        if entry.kind == "igo":
            actor = self.kb.entity(entry.key)
            return _Polity(code=actor.actor_code, is_igo=True, how="igo") if actor else None
        return None

    def _of_polity(self, pos: int, *, places: bool = False) -> tuple[_Polity, int] | None:
        """``of [the] Iran`` after a title or sector word: the polity and the end of the phrase.

        ``places``: a city or region counts too ("the residents of Kharkiv"; not for titles).
        """
        if pos >= len(self.doc) or self.normed[pos] != "of":
            return None
        j = pos + 1 + (1 if pos + 1 < len(self.doc) and self.normed[pos + 1] == "the" else 0)
        k = self.hit_at.get(j)
        if k is None:
            return None
        hit = self.hits[k]
        polity = self._polity_of(hit.entries[0], places=places)
        if hit.kind == "place" and self._not_an_actor(hit):
            return None
        return (polity, hit.end) if polity else None

    # -- phrases --------------------------------------------------------------------------------

    def _phrase(self, k: int) -> int:
        """Resolve the phrase starting at hit ``k``; return the token index after it."""
        hit = self.hits[k]
        kind = hit.kind
        if kind in ("country", "capital", "demonym", "metonym", "igo", "group"):
            polity = self._polity_of(hit.entries[0]) if kind != "group" else None
            pos = hit.end
            possessive = pos < len(self.doc) and self.normed[pos] in POSSESSIVE
            if possessive:
                pos += 1
            if kind != "demonym" and not possessive and kind in ("country", "capital"):
                compound = self._next_hit(k, pos, ("title", "agent", "metonym"), skip=0)
            else:
                compound = self._next_hit(k, pos, ("title", "agent", "person", "group", "metonym"))
            if compound is not None and (kind != "group" or compound[1].kind == "agent"):
                return self._with_modifier(hit, polity, compound[0], compound[1])
            if kind in ("capital", "country") and self._not_an_actor(hit):
                return hit.end
            return self._entity(hit, hit.start, hit.end, "name")
        if kind == "place":
            if not hit.entries[0].code:
                return hit.end  # "the Gulf of Aden", "Sevastopol": a place that is not an actor
            pos = hit.end + (1 if hit.end < len(self.doc) and self.normed[hit.end] in POSSESSIVE else 0)
            compound = self._next_hit(k, pos, ("agent",), skip=0 if pos == hit.end else 2)
            if self._not_an_actor(hit):
                return hit.end
            if compound is not None:
                polity = self._polity_of(hit.entries[0], places=True)
                return self._agent(compound[0], hit.start, polity, 0.7)
            return self._entity(hit, hit.start, hit.end, "name")
        if kind == "person":
            start = hit.start - 1 if hit.start > 0 and self.normed[hit.start - 1] in HONORIFICS else hit.start
            return self._person(hit, start, hit.end, None)
        if kind == "grouping":
            return self._entity(hit, hit.start, hit.end, "name")
        if kind == "title":
            return self._title(k, hit.start, None)
        if kind == "agent":
            return self._agent(k, hit.start, None)
        return hit.end

    def _not_an_actor(self, hit: Hit) -> bool:
        """"Washington state", "Tehran Times", "George Washington": a place inside a longer other name."""
        end = hit.end
        if end < len(self.doc) and self.normed[end] == "state" and hit.kind == "capital":
            return True
        first = self.doc[hit.start]
        inside = first.ent_iob_ == "I" and not self._after_auxiliary(hit.start)
        if first.ent_type_ == "PERSON" and inside:
            return True  # "George Washington", "Michael Jordan"; not "Will Beijing" (a question)
        token = self.doc[end] if end < len(self.doc) else None
        if hit.kind == "place":  # "AC Milan", "Milan Kundera": a place inside a longer name of another kind
            if inside and first.ent_type_ not in ("GPE", "LOC", "NORP"):
                return True
            if (token is not None and token.ent_iob_ == "I" and token.ent_type_ in (*NOT_ACTOR_ENTS, "PERSON")
                    and end not in self.hit_at):
                return True
            if self._elsewhere(hit):
                return True
        return (token is not None and token.ent_iob_ == "I" and token.ent_type_ in NOT_ACTOR_ENTS
                and token.pos_ == "PROPN" and end not in self.hit_at)

    def _elsewhere(self, hit: Hit) -> bool:
        """``Alexandria, Virginia``: a place name followed by a comma and a region the KB does not put
        in the same country is another place of the same name."""
        end = hit.end
        if end + 1 >= len(self.doc) or self.normed[end] != ",":
            return False
        token = self.doc[end + 1]
        if token.pos_ != "PROPN" or token.ent_type_ not in ("GPE", "LOC"):
            return False
        k = self.hit_at.get(end + 1)
        return k is None or self._hit_country(self.hits[k]) != hit.entries[0].code and not (
            self.hits[k].kind == "place" and self.hits[k].entries[0].code == hit.entries[0].code)

    def _after_auxiliary(self, i: int) -> bool:
        """``Will Beijing ...?``: the token before ``i`` is a sentence-initial auxiliary, not part of a name."""
        return i > 0 and bool(self.doc[i - 1].is_sent_start) and self.normed[i - 1] in AUXILIARIES

    def _with_modifier(self, mod: Hit, polity: _Polity | None, k: int, core: Hit) -> int:
        start = mod.start
        if core.kind == "title":
            return self._title(k, start, polity)
        if core.kind == "agent":
            if mod.kind == "group":
                return self._entity(mod, start, core.end, "group and sector word")
            return self._agent(k, start, polity)
        if core.kind == "metonym":
            entry = core.entries[0]
            if polity is not None and not polity.is_igo and polity.code != entry.code[:3]:
                code = polity.code + entry.code[3:]
                self._emit(start, core.end, code=code, name=None, country=polity.code, sector=entry.code[3:] or None,
                           entity_id=f"country:{polity.code}", kind="country", confidence=0.8,
                           reason=f"{polity.how} {polity.code} + institution {self.doc[core.start:core.end].text!r}")
                return core.end
            return self._entity(core, start, core.end, "institution with its country")
        if core.kind == "person":
            return self._person(core, start, core.end, polity)
        return self._entity(core, start, core.end, f"{mod.kind} + {core.kind}")

    def _entity(self, hit: Hit, start: int, end: int, how: str) -> int:
        entry = hit.entries[0]
        text = self.doc[hit.start:hit.end].text
        if entry.kind == "place":
            self._emit(start, end, code=entry.code, name=None, country=entry.code, sector=None,
                       entity_id=entry.key, kind="place", confidence=PLACE_CONFIDENCE,
                       reason=f"place {text!r} stands for the country it lies in, {entry.code}")
            return end
        if entry.kind in ("capital", "metonym"):
            code = entry.code
            country = code[:3]
            self._emit(start, end, code=code, name=None, country=country, sector=code[3:] or None,
                       entity_id=entry.key, kind="country", confidence=0.85,
                       reason=f"{entry.kind} {text!r} stands for {code}")
            return end
        if entry.kind == "person":
            return self._person(hit, start, end, None)
        ex = self.kb.code_on(entry.key, self.on)
        confidence = 0.9 if entry.kind == "demonym" else ex.confidence
        self._emit_explanation(start, end, ex, f"{entry.kind} {text!r} ({how}); {ex.reason}", confidence)
        return end

    def _person(self, hit: Hit, start: int, end: int, polity: _Polity | None) -> int:
        entry = self._choose_person(hit)
        if entry is None:
            return end
        ex = self.kb.code_on(entry.key, self.on)
        office = next((t.office for t in self.kb.offices_of(entry.key, self.on)), None)
        confidence = ex.confidence - (0.1 if entry.weak and entry.key not in self.ctx.introduced else 0.0)
        how = "surname" if entry.weak else "name"
        if entry.key in self.ctx.introduced and entry.weak:
            how = "partial name after a full mention"
        self._emit_explanation(start, end, ex, f"{how} {self.doc[hit.start:hit.end].text!r}; {ex.reason}",
                               confidence, office=office)
        return end

    def _choose_person(self, hit: Hit) -> NameEntry | None:
        persons = hit.of_kind("person")
        if not persons:
            return None
        keys = list(dict.fromkeys(e.key for e in persons))
        if len(keys) == 1:
            return persons[0]
        introduced = [e for e in persons if e.key in self.ctx.introduced]
        if introduced:
            return introduced[-1]
        strong = [e for e in persons if not e.weak]
        if len({e.key for e in strong}) == 1:
            return strong[0]
        # Several people share the alias ("Clinton"): the one in office on the date, if only one is.
        # A surname shared by several people and not met earlier in the article stays unresolved.
        in_office = [e for e in strong if self.kb.offices_of(e.key, self.on)]
        if len({e.key for e in in_office}) == 1:
            return in_office[0]
        return None

    # -- titles and sector words ----------------------------------------------------------------

    def _title(self, k: int, start: int, polity: _Polity | None) -> int:
        hit = self.hits[k]
        title = self.doc[hit.start:hit.end].text
        infos = self.kb.titles(title)
        pos = hit.end
        if polity is None:
            of = self._of_polity(pos)
            if of is not None:
                polity, pos = of
        before = self._words_before(hit.start, max(start, hit.start - 3))
        not_holder = bool(before & NOT_HOLDER) or (hit.start > 0 and self.normed[hit.start - 1] in NOT_HOLDER)
        # A name right after the title wins: "President Vladimir Putin", "foreign minister Abbas Araghchi".
        j = pos + (1 if pos < len(self.doc) and self.normed[pos] in HONORIFICS else 0)
        for at in (pos, j):
            kp = self.hit_at.get(at)
            if kp is not None and self.hits[kp].kind == "person":
                return self._person(self.hits[kp], start, self.hits[kp].end, polity)
        chosen, polity = self._pick_title(infos, polity, self.sent[hit.start])
        if polity is None or chosen is None and polity.is_igo:
            return pos
        name_end = self._proper_run(j)
        if name_end > j:
            # An unknown name after a title: learn who it is only when the text names the country.
            if polity.how.startswith("context"):
                return name_end
            return self._learn(start, name_end, j, polity, chosen, title)
        if not_holder or chosen is None:
            return self._sector(start, pos, polity, "GOV", f"title {title!r}"
                                + (" (not the office holder)" if not_holder else ""), 0.75)
        holders = self.kb.holders(polity.code, chosen.office, self.on)
        if len(holders) == 1:
            t = holders[0]
            ex = self.kb.code_on(t.entity_id, self.on)
            when = self.on.isoformat() if self.on else "today"
            reason = (f"title {title!r} of {polity.code} ({polity.how}) on {when}: {t.name}, "
                      f"{t.office} (tenure {t.start}..{t.end or ''})")
            confidence = 0.75 if polity.how.startswith(("context", "pronoun")) else 0.9
            self._emit(start, pos, code=t.actor_code, name=t.name, country=ex.country, sector=ex.sector,
                       entity_id=t.entity_id, kind="person", confidence=confidence, reason=reason, office=t.office)
            return pos
        return self._sector(start, pos, polity, "GOV", f"title {title!r} ({chosen.office}; no holder on record)", 0.7)

    def _pick_title(self, infos: tuple[TitleInfo, ...], polity: _Polity | None,
                    sentence: int) -> tuple[TitleInfo | None, _Polity | None]:
        """The office a title names for ``polity``, choosing the polity from context when None."""
        if polity is not None:
            for info in infos:
                if not info.scope or polity.code in info.scope:
                    return info, polity
            return None, polity
        for info in infos:
            if info.scope and info.scope <= _igo_like(info.scope):
                igo = self._context_igo(sentence, info.scope)
                code = igo or info.default
                if code:
                    return info, _Polity(code=code, is_igo=True, how="context" if igo else "default")
                continue
            country, how = self.ctx.context_country(sentence)
            if info.scope and country not in info.scope:
                country, how = info.default, "the title's usual country"
            if country:
                return info, _Polity(code=country, is_igo=False, how=f"context: {how}")
        return None, None

    def _context_igo(self, sentence: int, scope: frozenset[str]) -> str | None:
        for m in reversed(self.out):
            if self.sent[m.token_start] < sentence - 1:
                break
            if m.kind == "igo" and m.actor_code in scope:
                return m.actor_code
        return None

    def _agent(self, k: int, start: int, polity: _Polity | None, confidence: float = 0.85) -> int:
        hit = self.hits[k]
        word = self.doc[hit.start:hit.end].text
        sector = hit.entries[0].key
        pos = hit.end
        if polity is None:
            of = self._of_polity(pos, places=True)
            if of is not None:
                polity, pos = of
                confidence = 0.7 if polity.how == "place" else confidence
        if polity is not None:
            name_end = self._proper_run(pos)
            if name_end > pos and self.normed[hit.start] in DESCRIPTIONS:
                return self._learn(start, name_end, pos, polity, None, word)
            return self._sector(start, pos, polity, sector, f"sector word {word!r}", confidence)
        if sector in PLACE_PREPOSITIONS:
            located = self._in_place(pos, PLACE_PREPOSITIONS[sector])
            if located is not None:  # "protesters in Tehran": the span stays the sector word
                return self._sector(start, pos, located, sector, f"sector word {word!r}", 0.75)
        phrase = " ".join(self.normed[hit.start:hit.end])
        if phrase in INSTITUTIONS and self._definite(hit.start) and self._proper_run(pos) == pos:
            country = self.ctx.dominant_country(self.sent[hit.start])
            if country is not None:
                how = f"the article's dominant country, named {self.ctx.country_counts[country]} times"
                return self._sector(hit.start, pos, _Polity(code=country, is_igo=False, how=how), sector,
                                    f"sector word 'the {word}'", 0.6)
        head = self.normed[hit.end - 1]
        if head in DESCRIPTIONS and self._definite(hit.start):
            if self._proper_run(pos) == pos and not self._followed_by_name(pos):
                referent = self.ctx.description_referent(head, self.sent[hit.start])
                if referent is not None:
                    self._refer(hit.start, hit.end, referent, f"definite description 'the {word}'")
        return pos

    def _definite(self, start: int) -> bool:
        """``the emissary``, ``the shrewd emissary``: "the" before the word (adjectives between)."""
        j = start - 1
        while j >= 0 and start - j <= 3 and self.doc[j].pos_ == "ADJ":
            j -= 1
        return j >= 0 and self.normed[j] == "the"

    def _in_place(self, pos: int, prepositions: frozenset[str]) -> _Polity | None:
        """``in [the] Tehran`` / ``near Kharkiv`` / ``from Sudan`` after a sector word: the place's country."""
        if pos >= len(self.doc) or self.normed[pos] not in prepositions:
            return None
        j = pos + 1 + (1 if pos + 1 < len(self.doc) and self.normed[pos + 1] == "the" else 0)
        k = self.hit_at.get(j)
        if k is None:
            return None
        hit = self.hits[k]
        if hit.kind not in ("country", "capital", "place") or self._not_an_actor(hit):
            return None
        if hit.kind == "place" and not hit.entries[0].code:
            return None
        polity = self._polity_of(hit.entries[0], places=True)
        if polity is None:
            return None
        return replace(polity, how=f"{self.normed[pos]} {self.doc[hit.start:hit.end].text!r} ({hit.kind})")

    def _followed_by_name(self, pos: int) -> bool:
        """``the emissary, foreign minister Abbas Araghchi``: an apposition names the person."""
        if pos < len(self.doc) and self.normed[pos] == ",":
            k = self.hit_at.get(pos + 1)
            return k is not None and self.hits[k].kind in ("title", "person")
        return False

    def _sector(self, start: int, end: int, polity: _Polity, sector: str, how: str, confidence: float) -> int:
        if polity.is_igo:
            actor = self.kb.entity(f"igo:{polity.code}")
            self._emit(start, end, code=polity.code, name=actor.name if actor else None, country=None,
                       sector="IGO", entity_id=f"igo:{polity.code}", kind="igo", confidence=confidence,
                       reason=f"{how} of {polity.code}")
            return end
        self._emit(start, end, code=polity.code + sector, name=None, country=polity.code, sector=sector,
                   entity_id=f"country:{polity.code}", kind="country", confidence=confidence,
                   reason=f"{how} of {polity.code} ({polity.how})")
        return end

    # -- names the article teaches, pronouns ----------------------------------------------------

    def _proper_run(self, pos: int) -> int:
        """End of a run of capitalised proper nouns at ``pos`` that the KB does not know (hyphens join)."""
        end = pos
        n = len(self.doc)
        while end < n and end - pos < 6 and end not in self.hit_at:
            token = self.doc[end]
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                end += 1
            elif (token.text == "-" and end > pos and end + 1 < n and self.doc[end + 1].text[:1].isupper()
                  and not token.whitespace_ and self.doc[end - 1].whitespace_ == ""):
                end += 1  # "Zia-Ul-Haq"
            else:
                break
        return end

    def _learn(self, start: int, end: int, name_start: int, polity: _Polity, info: TitleInfo | None,
               title: str) -> int:
        name = self.doc[name_start:end].text
        if polity.is_igo:
            code, country, sector = polity.code, None, "IGO"
        else:
            code, country, sector = polity.code + "GOV", polity.code, "GOV"
        office = info.office if info else ("diplomat" if self.normed[name_start - 1] in DESCRIPTIONS else None)
        key = f"learned:{name}"
        if office:
            self.ctx.learned_office[key] = office
        mention = self._emit(start, end, code=code, name=name, country=country, sector=sector, entity_id=None,
                             kind="person", confidence=0.7 if polity.how.startswith("context") else 0.8,
                             reason=f"introduced as {title!r} of {polity.code}: {name}", office=office)
        tokens = tuple(self.normed[name_start:end])
        self.ctx.learned[tokens] = mention
        self.ctx.learned[tokens[1:] or tokens] = mention  # "Zia-Ul-Haq" of "Mohammad Zia-Ul-Haq"
        self.ctx.learned[tokens[-1:]] = mention
        return end

    def _learned(self, i: int) -> int:
        if not self.ctx.learned or not self.doc[i].text[:1].isupper():
            return i + 1
        for size in (6, 5, 4, 3, 2, 1):
            mention = self.ctx.learned.get(tuple(self.normed[i:i + size]))
            if mention is not None and i + size <= len(self.doc):
                self._refer(i, i + size, mention, "partial name after a full mention", 0.85)
                return i + size
        return i + 1

    def _refer(self, start: int, end: int, referent: ResolvedActor, how: str, confidence: float = 0.6) -> None:
        span = self.doc[start:end]
        mention = replace(referent, mention=span.text, start=span.start_char, end=span.end_char,
                          token_start=start, token_end=end, head=span.root.i, confidence=confidence,
                          reason=f"{how} -> {referent.name or referent.actor_code}")
        self.out.append(mention)
        self.ctx.note(mention, self.sent[start], subject=self._is_subject(span.root.i))

    def _pronoun(self, i: int) -> None:
        subject = self._is_subject(i)
        referent = self.ctx.pronoun_referent(self.sent[i], subject=subject)
        if referent is not None:
            unique = self.ctx.pronoun_referent(self.sent[i]) is not None
            self._refer(i, i + 1, referent, f"pronoun {self.doc[i].text!r}" + ("" if unique else " (subject)"),
                        0.6 if unique else 0.5)

    def _actor_pronoun(self, i: int) -> int:
        """"It"/"they" as a subject, "its"/"their" as a possessive: carried over from an actor subject.

        "its troops" is one mention, coded as the referent country's sector ("Russia withdrew its troops");
        "its foreign minister" names the office holder of the referent country on the date.
        """
        token = self.doc[i]
        if not is_referring(token):
            return i + 1
        found = antecedent(self.doc, token, self.sents, self.sent[i], self.ctx.by_token,
                           lambda m: mention_number(m, self.doc, self.kb))
        if found is None:
            return i + 1
        referent, how = found
        confidence = 0.6 if how == "the subject of the governing clause" else 0.5
        label = f"pronoun {token.text!r} ({how})"
        if token.dep_ == "poss" and referent.country and referent.kind != "igo":
            for j in range(i + 1, min(i + 4, len(self.doc))):
                k = self.hit_at.get(j)
                if k is None:
                    continue
                if self.hits[k].kind in ("agent", "title") and all(
                        self.normed[t] in MODIFIERS or self.doc[t].dep_ in INNER_DEPS for t in range(i + 1, j)):
                    polity = _Polity(code=referent.country, is_igo=False,
                                     how=f"{label} -> {referent.name or referent.mention}")
                    if self.hits[k].kind == "title":  # "Iran sent its top diplomat": the holder on the date
                        return self._title(k, i, polity)
                    return self._agent(k, i, polity, confidence)
                break
        self._refer(i, i + 1, referent, label, confidence)
        return i + 1

    def _pronoun_title(self, i: int) -> bool:
        """``his foreign minister``: a title whose country is that of the person ``his`` refers to."""
        k = self.hit_at.get(i + 1)
        if k is None or self.hits[k].kind != "title":
            return False
        referent = self.ctx.pronoun_referent(self.sent[i])
        if referent is None or not referent.country:
            return False
        polity = _Polity(code=referent.country, is_igo=False, how=f"pronoun {self.doc[i].text!r} -> {referent.name}")
        before = len(self.out)
        self._title(k, i, polity)
        return len(self.out) > before


@functools.lru_cache(maxsize=1)
def _blank_pipeline() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _igo_like(scope: frozenset[str]) -> frozenset[str]:
    return frozenset(code for code in scope if code.startswith("IGO"))
