"""The walk over one article's tokens (stage 3): shared state and helpers of actor resolution.

``RunBase`` holds the article, its knowledge-base hits, the context so far and the mentions emitted;
``resolver._Run`` adds the phrase, title, person and carry-over rules on top of it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from spacy.attrs import ENT_IOB
from spacy.tokens import Doc

from detente.actors.builder import NameEntry
from detente.actors.context import ArticleContext
from detente.actors.knowledge_base import Explanation, KnowledgeBase
from detente.actors.lexicon import (
    AUXILIARIES,
    COMPASS_WORDS,
    EQUIPMENT,
    FAITH_MODIFIERS,
    INNER_DEPS,
    LOCATIVE_PREPOSITIONS,
    MODIFIERS,
    NAME_TITLES,
    NOT_ACTOR_ENTS,
    PORTFOLIOS,
    POSSESSIVE,
    RUNNER_SUFFIXES,
    STANCE_SUFFIXES,
    STATELESS_PEOPLES,
    SUBJECT_DEPS,
)
from detente.actors.matcher import Hit, find_hits, word_forms
from detente.records import ActorCode, ResolvedActor

# Capitalised words that may stand between a country and its sector word (lexicon.FAITH_MODIFIERS).
PEOPLE_WORDS = FAITH_MODIFIERS | STATELESS_PEOPLES


@dataclass(frozen=True, slots=True, kw_only=True)
class Polity:
    """A country or IGO a phrase attaches a title or sector word to."""

    code: str
    is_igo: bool
    how: str
    # A region or city named as the owner ("Tigray's leaders", "Gaza's health ministry"): its people and
    # bodies are other entities than the state's, though they share its code (tenth actors round).
    place: str | None = None


# Verbs of capture and siege: their object is a place, not a person who shares its name (``_taken_place``).
CAPTURE_VERBS = frozenset({"seize", "capture", "retake", "recapture", "overrun", "besiege", "encircle", "occupy",
                           "surround", "shell", "liberate", "evacuate", "storm"})
# Words before a place someone goes or is sent to, read as a town over a person known only by an automatic surname.
GOAL_WORDS = frozenset({"to", "into", "towards", "toward"})
# Towns that share a capital's name, with their country: read as the town where the article names its country and
# not the capital's (``RunBase._namesake_town``).
NAMESAKE_TOWNS = {"tripoli": "LBN"}
# Sectors of bodies a city has and the EU has not: "a Brussels court", "Brussels police" are Belgium's
# (``RunBase._city_body_after``).
CITY_SECTORS = frozenset({"JUD", "COP", "CVL", "LAB", "EDU", "HLH", "CRM"})
ATTACK_VERBS = frozenset({"attack", "raid", "strike", "bomb", "ambush", "hit", "target", "overrun"})

IOB_BEGIN, IOB_INSIDE = 3, 1
"""spaCy's ENT_IOB codes of a word that begins an entity ("B") and of one inside it ("I")."""


class RunBase:
    """One article's resolution state: tokens, knowledge-base hits, context and mentions so far."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, on: date | None) -> None:
        self.kb, self.doc, self.on = kb, doc, on
        self.normed, proper = word_forms(doc)
        # the words' entity IOB codes (3 = B, 1 = I, 2 = O, 0 = none), read without a Token object per word
        self.iob: list[int] = doc.to_array(ENT_IOB).tolist()
        found = find_hits(doc, kb, self.normed, proper)
        self.hits = [self._located(h, found) for h in found]
        self.hit_at = {h.start: k for k, h in enumerate(self.hits)}
        self.sent = [0] * len(doc)
        self.sents = list(doc.sents)
        for number, sentence in enumerate(self.sents):
            self.sent[sentence.start:sentence.end] = [number] * (sentence.end - sentence.start)
        self.ctx = ArticleContext()
        for hit in self.hits:
            country = self._hit_country(hit)
            if country:
                self.ctx.country_counts[country] += 1
        self.out: list[ResolvedActor] = []

    # -- helpers --------------------------------------------------------------------------------

    def _located(self, hit: Hit, hits: list[Hit]) -> Hit:
        """``in Brussels``: a capital that is also an IGO's alias names the city after a locative preposition
        ("a synagogue in Brussels", "police in Brussels" are Belgium's), the IGO elsewhere ("Brussels
        imposed sanctions"). Likewise a one-word name that is a person's surname and a town of the gazetteer
        names the town after such a preposition ("police in Lagos" are Nigeria's, not Ricardo Lagos's), unless
        the article named the person in full before it (fourteenth actors round)."""
        if hit.kind == "igo" and hit.of_kind("capital") and (self._capital_country_named(hit, hits)
                                                              or self._city_body_after(hit, hits)):
            return Hit(hit.start, hit.end, tuple(hit.of_kind("capital")))
        if hit.kind == "country" and self.normed[hit.start:hit.end] == ["georgia"] and self._us_georgia(hit, hits):
            # "a Georgia grand jury", "Atlanta, Georgia", "Georgia Governor Brian Kemp": the US state (round 28)
            return Hit(hit.start, hit.end, (NameEntry(kind="place", key="country:USA", code="USA", priority=10,
                                                      case="cap"),))
        namesake = self._namesake_town(hit, hits)
        if namesake is not None:  # "clashes in Tripoli, Lebanon's second city": Lebanon's town, not Libya's capital
            return Hit(hit.start, hit.end, (NameEntry(kind="place", key=f"country:{namesake}", code=namesake,
                                                      priority=10, case="cap"),))
        if hit.kind == "person" and hit.end - hit.start == 1 and self._taken_place(hit):
            places = [e for e in hit.entries if e.kind == "place" and e.code]
            if places:  # "M23 rebels seized Masisi": the town, not Botswana's president
                return Hit(hit.start, hit.end, tuple(places))
        goal = hit.start > 0 and self.normed[hit.start - 1] in GOAL_WORDS and all(e.weak for e in hit.of_kind("person"))
        if hit.start == 0 or self.normed[hit.start - 1] not in LOCATIVE_PREPOSITIONS and not goal:
            return hit  # (a goal: "sent federal forces to Rosario" is the town, not del Rosario's bare surname)
        if hit.kind == "igo" and hit.of_kind("capital"):
            return Hit(hit.start, hit.end, tuple(hit.of_kind("capital")))
        if hit.kind == "person" and hit.end - hit.start == 1:
            places = [e for e in hit.entries if e.kind == "place" and e.code]
            keys = {e.key for e in hit.of_kind("person")}
            if places and not any(h.start < hit.start and h.end - h.start > 1 and h.kind == "person"
                                  and h.entries[0].key in keys for h in hits):
                return Hit(hit.start, hit.end, tuple(places))
        return hit

    def _us_georgia(self, hit: Hit, hits: list[Hit]) -> bool:
        """"Georgia" as the US state, not the country (round twenty-eight): before a word of a US state's offices and
        courts ("a Georgia grand jury", "Georgia Governor Brian Kemp", "Georgia prosecutors", "Georgia's secretary of
        state"), after "<US place>," or "the state of" ("Atlanta, Georgia"), or in a sentence that names a US place
        and nothing of the country (Tbilisi, "Georgian", its people and parties)."""
        sentence = self.doc[hit.start].sent
        if any(h is not hit and sentence.start <= h.start < sentence.end and h.entries[0].key == "country:GEO"
               for h in hits):
            return False  # "Georgian Dream", "Tbilisi", "Georgia's Kobakhidze": the country is in the sentence
        after = self.normed[hit.end:hit.end + 4]
        possessive = bool(after) and after[0] in ("'s", "'")
        words = after[1:] if possessive else after
        nouns = US_GEORGIA_OWNED if possessive else US_GEORGIA_NOUNS
        if any(" ".join(words[:n]) in nouns for n in (1, 2, 3)):
            return True
        before = self.normed[max(0, hit.start - 3):hit.start]
        if before[-2:] == ["state", "of"] and (len(before) < 3 or before[0] != "country"):
            return True
        if before[-1:] == [","] and any(h.end == hit.start - 1 and h.kind == "place" and h.entries[0].code == "USA"
                                        for h in hits):
            return True
        if US_ONLY_OFFICES & {t.lemma_.lower() for t in sentence} or "district attorney" in sentence.text.lower():
            return True  # "the Fulton County district attorney in Georgia"
        return any(sentence.start <= h.start < sentence.end and h.kind == "place" and h.entries[0].code == "USA"
                   for h in hits)

    def _city_body_after(self, hit: Hit, hits: list[Hit]) -> bool:
        """``a Brussels court``, ``Brussels prosecutors``, ``Brussels police``: a capital that is also an IGO's alias,
        right before a sector word of a body the IGO does not have (``CITY_SECTORS``: courts, prosecutors, police,
        residents), names the city's, Belgium's (nineteenth actors round); "Brussels officials" stay the EU's."""
        after = hit.end + (1 if hit.end < len(self.doc) and self.normed[hit.end] in ("'s", "'") else 0)
        return any(h.start == after and h.kind == "agent" and h.entries[0].key in CITY_SECTORS for h in hits)

    def _namesake_town(self, hit: Hit, hits: list[Hit]) -> str | None:
        """The country of another country's town that shares a capital's name (``NAMESAKE_TOWNS``: Lebanon's
        Tripoli) when the article names that country (by name or demonym) and not the capital's own: "mediation
        between rival militias in Tripoli, the north Lebanese port" -> LBN; "Fighting in Tripoli killed five people,
        Libya's health ministry said" keeps Libya's capital (nineteenth actors round)."""
        if hit.kind != "capital":
            return None
        other = NAMESAKE_TOWNS.get(" ".join(self.normed[hit.start:hit.end]))
        if other is None:
            return None
        own = hit.entries[0].key
        named = {e.key for h in hits if h is not hit for e in h.entries[:1] if e.kind in ("country", "demonym")}
        return other if f"country:{other}" in named and own not in named else None

    def _capital_country_named(self, hit: Hit, hits: list[Hit]) -> bool:
        """``Brussels`` where the article names the capital's own country by its name (a demonym is not enough:
        "Belgian farmers protested against rules set by Brussels" is about the EU) and not the IGO it also stands for:
        "Rwanda severed relations with Belgium ... accusing Brussels of siding with Kinshasa" is Belgium's
        government (own gold x027), "Brussels imposed sanctions on Rwanda" stays the EU's (seventeenth actors
        round). The IGO is named by another of its names ("the EU", "European Commission") or by a demonym of
        its own ("European")."""
        capital = hit.of_kind("capital")[0].key
        igos = {e.key for e in hit.entries if e.kind == "igo"}
        country_named = False
        for other in hits:
            if other is hit:
                continue
            if any(e.key in igos for e in other.entries):
                return False
            if other.entries[0].kind == "country" and other.entries[0].key == capital:
                country_named = True
        return country_named and not any(word in ("european", "europe") for word in self.normed)

    def _taken_place(self, hit: Hit) -> bool:
        """The one-word name at ``hit`` is what a verb of capture or siege takes ("rebels seized Masisi",
        "troops besieged Lashio"), or what a verb of attack takes when no person of the name holds an office on
        the article's date: a town, not a person of the same name (seventeenth actors round)."""
        token = self.doc[hit.end - 1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        if token.dep_ == "poss" and token.head.dep_ == "dobj":  # "seized Djibo's military base"
            token = token.head
        if token.dep_ != "dobj":
            return False
        verb = token.head.lemma_.lower()
        if verb in CAPTURE_VERBS:
            return True
        # "jihadists attacked Djibo" in 2025: the town, not Niger's junta leader of 2010-2011; "attacked Trump" in
        # words stays the man (no town of that name), and so does a person in office on the article's date
        return verb in ATTACK_VERBS and self.on is not None and not any(
            self.kb.offices_of(e.key, self.on) for e in hit.of_kind("person"))

    def _place_preposition(self, j: int, words: Collection[str]) -> bool:
        """The token at ``j`` ends one of the prepositions ``words`` ("in", or "of" of "out of")."""
        if self.normed[j] == "of" and j > 0 and self.normed[j - 1] == "out":
            return "out of" in words
        if self.normed[j] == "of" and j > 0 and self.normed[j - 1] in COMPASS_WORDS:
            return "near" in words  # "east of Port-au-Prince", "50 km north of Kyiv": where, as "near" (16th round)
        return self.normed[j] in words

    def _hit_country(self, hit: Hit) -> str | None:
        entry = hit.entries[0]
        if entry.kind in ("country", "capital", "demonym", "metonym"):
            return entry.key.split(":", 1)[1]
        if entry.kind == "person":  # on the date: an IGO official in office counts for no country
            return self._code_person(entry.key).country
        if entry.kind == "group":
            actor = self.kb.entity(entry.key)
            return actor.country if actor else None
        return None

    def _code_person(self, key: str, polity: Polity | None = None) -> Explanation:
        """What the person ``key`` codes as in this article: by their office on the article's date, or,
        when the article has no date, by the undated rule (``KnowledgeBase.code_undated``)."""
        if self.on is not None:
            return self.kb.code_on(key, self.on)
        return self.kb.code_undated(key, polity.code if polity is not None else None)

    def _emit(self, start: int, end: int, *, code: str, name: str | None, country: str | None,
              sector: str | None, entity_id: str | None, kind: str, confidence: float, reason: str,
              office: str | None = None) -> ResolvedActor:
        if end - start == 1:  # most mentions are one word: its token alone, no Span
            token = self.doc[start]
            root, text, start_char = start, token.text, token.idx
            end_char = start_char + len(text)
            subject = token.dep_ in SUBJECT_DEPS
        else:
            span = self.doc[start:end]
            root = span.root.i  # a span's root is recomputed on every access
            text, start_char, end_char = span.text, span.start_char, span.end_char
            subject = self._is_subject(root)
        mention = ResolvedActor(actor_code=ActorCode(code), mention=text, start=start_char,
                                end=end_char, token_start=start, token_end=end, head=root,
                                name=name, country=country, sector=sector, entity_id=entity_id, kind=kind,
                                confidence=round(confidence, 3), reason=reason)
        self.out.append(mention)
        self.ctx.note(mention, self.sent[start], office=office, subject=subject)
        return mention

    def _text(self, start: int, end: int) -> str:
        """``self.doc[start:end].text``, without building a Span for one word (the common case)."""
        if end - start == 1 and 0 <= start < len(self.doc):
            return self.doc[start].text
        return self.doc[start:end].text

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
        between = list(range(pos, nxt.start))
        if (k + 2 < len(self.hits) and nxt.end + 1 < len(self.doc) and self.normed[nxt.end] == "-"
                and self.normed[nxt.end + 1] in STANCE_SUFFIXES | RUNNER_SUFFIXES and 0 <= nxt.start - pos <= skip):
            # "Libya's UN-backed government": the stance adjective is a modifier, not the next name
            pos, k, nxt = nxt.end + 2, k + 1, self.hits[k + 2]
            between += range(pos, nxt.start)
        if nxt.kind not in kinds or not 0 <= nxt.start - pos <= skip:
            return None
        strict = nxt.kind == "agent" and " ".join(self.normed[nxt.start:nxt.end]) in EQUIPMENT
        for i in between:
            token = self.doc[i]
            if self.normed[i] not in MODIFIERS and not (self.normed[i] in PEOPLE_WORDS and token.dep_ in INNER_DEPS) and (strict or not (
                    token.is_lower and token.dep_ in INNER_DEPS
                    and (token.pos_ in ("ADJ", "NOUN") or self.normed[i] in PORTFOLIOS)
                    or self.normed[i] in PORTFOLIOS and self._titled(i, nxt))):
                return None
        return k + 1, nxt

    def _titled(self, i: int, core: Hit) -> bool:
        """``Finance`` at ``i`` in "Russian Finance Minister": a portfolio written in a title, i.e. with the
        title or government sector word it belongs to capitalised too and no other name between."""
        if core.kind != "title" and not (core.kind == "agent" and core.entries[0].key == "GOV"):
            return False
        return self.doc[core.start].text[:1].isupper() and all(
            self.normed[j] in PORTFOLIOS or self.normed[j] in ("and", "&") for j in range(i, core.start))

    def _words_before(self, start: int, stop: int) -> set[str]:
        return set(self.normed[stop:start])

    def _polity_of(self, entry: NameEntry, *, places: bool = False) -> Polity | None:
        if entry.kind in ("country", "capital", "demonym", "metonym") or (
                places and entry.kind == "place" and entry.code):
            return Polity(code=entry.key.split(":", 1)[1], is_igo=False, how=entry.kind)
        if entry.kind == "igo":
            actor = self.kb.entity(entry.key)
            return Polity(code=actor.actor_code, is_igo=True, how="igo") if actor else None
        return None

    def _of_polity(self, pos: int, *, places: bool = False) -> tuple[Polity, int] | None:
        """``of [the] Iran`` after a title or sector word: the polity and the end of the phrase.

        ``places``: a city or region counts too ("the residents of Kharkiv"; not for titles).
        """
        hit = self._hit_after(pos, ("of",))
        if hit is None:
            return None
        polity = self._polity_of(hit.entries[0], places=places)
        if hit.kind == "place" and self._not_an_actor(hit):
            return None
        if polity is not None and hit.kind == "place":  # "the leaders of Tigray", "the residents of Kharkiv"
            polity = replace(polity, place=" ".join(self.normed[hit.start:hit.end]))
        return (polity, hit.end) if polity else None

    def _hit_after(self, pos: int, words: Collection[str]) -> Hit | None:
        """The knowledge-base hit after the word at ``pos`` and an optional "the" (``of [the] Iran``), when
        that word is one of ``words``; None otherwise."""
        if pos >= len(self.doc) or self.normed[pos] not in words:
            return None
        j = pos + 1 + (1 if pos + 1 < len(self.doc) and self.normed[pos + 1] == "the" else 0)
        k = self.hit_at.get(j)
        return None if k is None else self.hits[k]

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
            # (a comma is never inside a name: "in El Geneina, Human Rights Watch said" is two names that
            # the small model tags as one ORG)
            # (nor is a possessive: "Tamil Nadu's leaders", which the small model tags as one PERSON)
            if (token is not None and token.ent_iob_ == "I" and token.ent_type_ in (*NOT_ACTOR_ENTS, "PERSON")
                    and not token.is_punct and end not in self.hit_at and self.normed[end] not in POSSESSIVE):
                return True
            if self._elsewhere(hit):
                return True
        return (token is not None and token.ent_iob_ == "I" and token.ent_type_ in NOT_ACTOR_ENTS
                and token.pos_ == "PROPN" and end not in self.hit_at and not self._receiver_before_goods(hit))

    def _receiver_before_goods(self, hit: Hit) -> bool:
        """``gave Ukraine Leopard tanks``: a country name right after a verb, with no article, that the parser's
        entity joins to the make of the goods given ("Ukraine Leopard") is the receiver, its own mention
        (seventeenth actors round, after round 16's ask). The entity's words modify a common noun that follows it
        ("tanks"); "the Tehran Times", "Ukraine International Airlines" have no such noun or an article."""
        if hit.kind != "country" or hit.start == 0 or self.doc[hit.start - 1].pos_ not in ("VERB", "AUX"):
            return False
        end = hit.end
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        if end >= len(self.doc) or end == hit.end:
            return False
        goods = self.doc[end]
        return (goods.pos_ == "NOUN" and goods.text[:1].islower()
                and all(self.doc[j].head.i > j and self.doc[j].head.i <= end for j in range(hit.start, end)))

    def _name_ends(self, hit: Hit) -> bool:
        """``the Indian National Congress``, ``the World Uyghur Congress``: an institution's name (a metonym)
        that ends a longer name the knowledge base does not know (the word before it is a capitalised
        proper noun of the same entity, not itself a name or a title) is not that institution."""
        i = hit.start
        if i == 0 or self.doc[i].ent_iob_ != "I" or i - 1 in self.hit_at or self.doc[i - 1].is_sent_start:
            return False
        before = self.doc[i - 1]
        return (before.pos_ == "PROPN" and before.text[:1].isupper() and self.normed[i - 1] not in NAME_TITLES
                and not any(h.start <= i - 1 < h.end for h in self.hits))

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

    def _definite(self, start: int) -> bool:
        """``the emissary``, ``the veteran emissary``: "the" before the word (adjectives between)."""
        j = start - 1
        while j >= 0 and start - j <= 3 and self.doc[j].pos_ == "ADJ":
            j -= 1
        return j >= 0 and self.normed[j] == "the"

    def _in_place(self, pos: int, prepositions: frozenset[str]) -> Polity | None:
        """``in [the] Tehran`` / ``near Kharkiv`` / ``from Sudan`` after a sector word: the place's country."""
        hit = self._hit_after(pos, prepositions)
        if hit is None:
            return None
        if hit.kind not in ("country", "capital", "place") or self._not_an_actor(hit):
            return None
        if hit.kind == "place" and not hit.entries[0].code:
            return None
        polity = self._polity_of(hit.entries[0], places=True)
        if polity is None:
            return None
        region = " ".join(self.normed[hit.start:hit.end]) if hit.kind == "place" else None
        return replace(polity, how=f"{self.normed[pos]} {self._text(hit.start, hit.end)!r} ({hit.kind})", place=region)

    def _followed_by_name(self, pos: int) -> bool:
        """``the emissary, foreign minister Abbas Araghchi``: an apposition names the person."""
        if pos < len(self.doc) and self.normed[pos] == ",":
            k = self.hit_at.get(pos + 1)
            return k is not None and self.hits[k].kind in ("title", "person")
        return False

    def _sector(self, start: int, end: int, polity: Polity, sector: str, how: str, confidence: float, *,
                name: str | None = None, entity_id: str | None = None) -> int:
        """Emit ``polity`` + ``sector`` for ``[start, end)`` (an IGO: its code; ``name``/``entity_id``: a
        person the text names as the IGO's officer)."""
        if polity.is_igo:
            actor = self.kb.entity(f"igo:{polity.code}")
            self._emit(start, end, code=polity.code, name=name or (actor.name if actor else None), country=None,
                       sector="IGO", entity_id=entity_id or f"igo:{polity.code}",
                       kind="person" if entity_id else "igo", confidence=confidence, reason=f"{how} of {polity.code}")
            return end
        entity = f"place:{polity.place}" if polity.place else f"country:{polity.code}"
        self._emit(start, end, code=polity.code + sector, name=None, country=polity.code, sector=sector,
                   entity_id=entity, kind="country", confidence=confidence,
                   reason=f"{how} of {polity.code} ({polity.how})")
        return end

    def _proper_run(self, pos: int, *, titles: bool = False) -> int:
        """End of a run of capitalised proper nouns at ``pos`` that the KB does not know (hyphens join).

        ``titles``: a one-word title the index knows may be part of the name ("Amir Saeid Iravani").
        """
        end = pos
        n = len(self.doc)
        while end < n and end - pos < 6 and (end not in self.hit_at or titles and self._title_word(end)):
            token = self.doc[end]
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                end += 1
            elif (token.text == "-" and end > pos and end + 1 < n and self.doc[end + 1].text[:1].isupper()
                  and not token.whitespace_ and self.doc[end - 1].whitespace_ == ""):
                end += 1  # "Zia-Ul-Haq"
            else:
                break
        return end

    def _title_word(self, i: int) -> bool:
        """A one-word title hit at ``i`` ("Amir", "King"), which may also be a given name."""
        k = self.hit_at.get(i)
        return k is not None and self.hits[k].kind == "title" and self.hits[k].end == i + 1

    def _refer(self, start: int, end: int, referent: ResolvedActor, how: str, confidence: float = 0.6) -> None:
        span = self.doc[start:end]
        mention = replace(referent, mention=span.text, start=span.start_char, end=span.end_char,
                          token_start=start, token_end=end, head=span.root.i, confidence=confidence,
                          reason=f"{how} -> {referent.name or referent.actor_code}")
        self.out.append(mention)
        self.ctx.note(mention, self.sent[start], subject=self._is_subject(span.root.i))


# Words after "Georgia" that name a US state's offices, courts and voters (``RunBase._us_georgia``): the country has
# no governor, senate, grand jury or district attorney. With a possessive only the offices ("Georgia's governor").
US_GEORGIA_OWNED = frozenset({"governor", "gov.", "secretary of state", "senate", "state senate", "general assembly",
                              "legislature", "republicans", "democrats", "attorney general", "lieutenant governor"})
US_GEORGIA_NOUNS = US_GEORGIA_OWNED | frozenset({
    "gov", "senator", "senators", "lawmakers", "legislators", "republican", "democrat", "voters", "grand jury",
    "jury", "judge", "prosecutor", "prosecutors", "district attorney", "election officials", "election", "primary",
    "county", "state", "supreme court", "house", "state house", "congressman", "congresswoman", "sheriff", "police",
    "bulldogs", "tech", "power"})
# Offices only US states have, anywhere in the sentence ("the Fulton County district attorney in Georgia").
US_ONLY_OFFICES = frozenset({"sheriff"})
