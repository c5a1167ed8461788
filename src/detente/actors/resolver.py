"""Actor resolution (stage 3): Doc + article date -> ActorMentions.

Names from the knowledge base are combined into mentions ("Iran's president", "Iranian troops",
"Russia's Putin") and coded on the article's date; partial names, pronouns and definite descriptions
are carried over within the article (docs/actors-and-tenures.md, "Resolution").
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.actors.builder import NameEntry, TitleInfo
from detente.actors.context import DESCRIPTIONS, PersonSeen
from detente.actors.descriptions import COMPANY_NOUNS, IGO_STAFF_NOUNS
from detente.actors.knowledge_base import OFFICE_RANK, KnowledgeBase
from detente.actors.lexicon import (
    CITY_PREPOSITIONS,
    HONORIFICS,
    INNER_DEPS,
    INSTITUTIONS,
    INTERNATIONAL_COURT_SEATS,
    LOCAL_GOVERNMENT_WORDS,
    LOCAL_SECTORS,
    LOCATION_SUFFIXES,
    MODIFIERS,
    NATIONAL_BRANCHES,
    NOT_HOLDER,
    ORGANISATION_SECTORS,
    OTHER_PARTY_NOUNS,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PLACE_PREPOSITIONS,
    POSSESSIVE,
    RUNNER_SUFFIXES,
    SELF_DEFINITE,
    STANCE_SUFFIXES,
    STATELESS_PEOPLE_STATES,
    STATELESS_PEOPLES,
)
from detente.actors.matcher import Hit
from detente.actors.phrase_rules import ACCORD_WORDS, GATHERING_WORDS
from detente.actors.places import PLACE_CONFIDENCE
from detente.actors.pronouns import (
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    antecedent,
    is_referring,
    mention_number,
)
from detente.actors.roles import DIPLOMATIC_WORDS
from detente.actors.unnamed_people import UnnamedPeopleRules
from detente.actors.walk import IOB_BEGIN, IOB_INSIDE, Polity
from detente.records import ActorCode, ActorMentions, ResolvedActor

_ACTOR_PRONOUNS = frozenset(SUBJECT_PRONOUNS) | frozenset(POSSESSIVE_PRONOUNS)


class ActorResolver:
    """Finds and codes every actor mention of a parsed article on the article's date.

    Example:
        >>> # ActorResolver(KnowledgeBase.load()).resolve(nlp("Iran's president spoke."), date(2024, 10, 9))
    """

    __slots__ = ("kb",)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(self, doc: Doc, published_on: date | None) -> ActorMentions:
        """Every actor mention of ``doc``, resolved on ``published_on``.

        ``None`` means the date is unknown, not today: a title codes as its country or IGO without a
        holder, and a person by what every office of theirs has in common (``KnowledgeBase.code_undated``).
        """
        return ActorMentions(_Run(self.kb, doc, published_on).run())

    def resolve_phrase(self, text: str, on: date | None) -> list[ResolvedActor]:
        """Resolve a short phrase ("Iran's president") without the statistical parser.

        Used by ``detente actors lookup`` for phrases that are not names; rules that need the parse
        (pronouns, modifiers other than the listed ones) do not apply. ``on=None`` looks up today's
        holders (a lookup asks about now; an article without a date is another matter, see ``resolve``).
        """
        return list(_Run(self.kb, _blank_pipeline()(text), on or date.today()).run())


class _Run(UnnamedPeopleRules):
    """One article's resolution: a left-to-right walk over tokens and knowledge-base hits."""

    def run(self) -> list[ResolvedActor]:
        i, n = 0, len(self.doc)
        while i < n:
            k = self.hit_at.get(i)
            if k is not None:
                i = max(self._phrase(k), i + 1)
            elif self.normed[i] in PERSON_POSSESSIVES and self._pronoun_title(i):
                i = self.out[-1].token_end
            elif self.normed[i] in PERSON_PRONOUNS and self.doc[i].pos_ == "PRON" and not self._family_name_he(i):
                self._pronoun(i)
                i += 1
            elif self.normed[i] in _ACTOR_PRONOUNS and self.doc[i].pos_ == "PRON":
                i = max(self._actor_pronoun(i), i + 1)
            else:
                i = max(self._other(i), i + 1)
        self._followers_pass()
        return self.out

    def _other(self, i: int) -> int:
        """A token that starts no knowledge-base name: an IGO's chief ("the head of the IAEA"), a name the
        article taught, or a person the knowledge base does not know (noted for pronouns)."""
        unnamed = self._unnamed_people(i)
        if unnamed is not None:  # "Thousands marched through Hong Kong", "a man", "displaced Hutus" (20th round)
            return unnamed
        if self.normed[i] in STATE_NOUNS:
            described = self._state_described(i)
            if described is not None:  # "the island's defence ministry", "the Jewish state's defence minister"
                return described
        if (self.iob[i] != IOB_BEGIN and not self.ctx.learned and (i == 0 or self.normed[i - 1] != "the")
                and self.normed[i] != "country"):
            return i + 1  # most words: none of the rules below can start at them (each tests one of these first)
        head = self._head_of(i)
        if head is not None:
            return head
        if self._the_country(i):
            return i + 1
        owned = self._bloc_owned(i)
        if owned is not None:
            return owned
        learned = self._learned(i)
        if learned is not None:
            return learned
        if self.iob[i] != IOB_BEGIN:
            return i + 1
        token = self.doc[i]
        if token.ent_type_ == "ORG" and token.text[:1].isupper():
            end = i + 1
            while end < len(self.doc) and self.iob[end] == IOB_INSIDE:
                end += 1
            if not any(j in self.hit_at for j in range(i, end)) and self._described(i, end, company=True):
                return end
            return i + 1
        if token.ent_type_ == "PERSON" and token.text[:1].isupper():
            end = i + 1
            while end < len(self.doc) and self.iob[end] == IOB_INSIDE:
                end += 1
            if not any(j in self.hit_at for j in range(i, end)):
                if self._described(i, end) or self._relative(i, end) is not None:
                    return end
                self.ctx.note_unknown(i, self.sent[i], subject=any(self._is_subject(j) for j in range(i, end)))
                return end
        if token.ent_type_ in ("GPE", "NORP", "LOC") and token.pos_ == "PROPN" and token.text[:1].isupper():
            end = i + 1
            while end < len(self.doc) and self.iob[end] == IOB_INSIDE:
                end += 1
            if not any(j in self.hit_at for j in range(i, end)) and self._person_apposition(end) \
                    and self._described(i, end):
                return end  # "Ksenia Karelina, a Los Angeles ballet dancer": a person the tagger took for a place
        return i + 1

    def _person_apposition(self, end: int) -> bool:
        """Whether the name ending at ``end`` has an apposition whose noun is a word for a person ("a ballet
        dancer", "a journalist"): the small model tags many foreign names GPE (round thirty-one)."""
        if end + 2 >= len(self.doc) or self.normed[end] != "," or self.doc[end - 1].pos_ != "PROPN":
            return False
        head = next((c for c in self.doc[end - 1].children if c.dep_ == "appos" and c.i > end), None)
        return head is not None and (head.lemma_.lower() in DUAL_PERSON_NOUNS or head.text.lower() in PERSON_ROLES)

    def _the_country(self, i: int) -> bool:
        """``the country`` as an anaphor for the article's dominant country (the same conservative rule as
        for "the government"); True when a mention was emitted for ``[i - 1, i + 1)``."""
        if self.normed[i] != "country" or i == 0 or self.normed[i - 1] != "the":
            return False
        if i + 1 < len(self.doc) and self.normed[i + 1] in ("of", "'s", "where"):
            return False  # "the country of origin", "the country's president" (the title decides)
        country = self.ctx.dominant_country(self.sent[i])
        if country is None:
            return False
        actor = self.kb.country(country)
        self._emit(i - 1, i + 1, code=country, name=actor.name if actor else None, country=country, sector=None,
                   entity_id=f"country:{country}", kind="country", confidence=0.6,
                   reason=f"'the country': the article's dominant country, {country}, named "
                          f"{self.ctx.country_counts[country]} times")
        return True

    def _state_described(self, i: int) -> int | None:
        """``the country's army``, ``the island's defence ministry``, ``the Gulf state's foreign minister``,
        ``the former Soviet republic's president``: a state named by a description, owning a title or a sector
        word, is the state the text is about (round twenty-five): the subject of its sentence when that is a
        country or one of its organs ("Israel struck Gaza, and the Jewish state's defence minister ..."), else
        the first country the sentence names before it, else the previous sentence's subject. Returns the end of
        the phrase, or None (the title's own context rule then applies)."""
        if i + 2 >= len(self.doc) or self.normed[i + 1] not in POSSESSIVE:
            return None
        start = i - 1
        while start >= 0 and start >= i - 4 and self.normed[start] != "the":
            token = self.doc[start]
            if start in self.hit_at and not self._described_state_word(start) or token.pos_ not in (
                    "ADJ", "PROPN", "NOUN", "VERB", "PUNCT") and self.normed[start] not in NOT_HOLDER:
                return None
            start -= 1
        if start < 0 or self.normed[start] != "the":
            return None
        k: int | None = None
        for j in range(i + 2, min(i + 6, len(self.doc))):
            k = self.hit_at.get(j)
            if k is not None:
                break
            if not (self.normed[j] in MODIFIERS or self.doc[j].dep_ in INNER_DEPS):
                return None
        if k is None or self.hits[k].kind not in ("title", "agent"):
            return None
        country = self._described_state(i)
        if country is None:
            return None
        polity = Polity(code=country, is_igo=False, how=f"'the {self.normed[i]}': the state its text is about")
        if self.hits[k].kind == "title":
            return self._title(k, start, polity)
        return self._agent(k, start, polity, 0.7)

    def _described_state_word(self, j: int) -> bool:
        """A demonym inside a state's description ("the former Soviet republic"), no owner of the title."""
        return self.hits[self.hit_at[j]].kind == "demonym" and j > 0 and self.normed[j - 1] in NOT_HOLDER

    def _described_state(self, i: int) -> str | None:
        """The country a description of a state at ``i`` refers to (see ``_state_described``)."""
        sentence = self.sent[i]
        first: str | None = None
        for m in self.out:
            if self.sent[m.token_start] != sentence or m.token_start >= i or not m.country \
                    or not self.kb.is_country(m.country) or m.kind not in ("country", "person", "group"):
                continue
            head = self.doc[m.head]
            if head.dep_ in ("nsubj", "nsubjpass"):
                return m.country
            if head.dep_ not in ("amod", "poss", "compound") and self.doc[m.token_start].pos_ != "PRON":
                first = first or m.country  # not "an American statute", "its": no state the text is about
        return first or self._previous_subject_country(sentence)

    def _bloc_owned(self, i: int) -> int | None:
        """``the bloc's foreign-policy chief``, ``the alliance's secretary-general``, ``the bloc's leaders``: a
        title or sector word owned by "the bloc" / "the alliance" / "the union" is the organisation's, not the
        sentence's country (round twenty-five). The organisation is the last one the article named before
        (else the first one its sentence names after); with none, "the bloc" is the EU and "the alliance"
        NATO, as in world news, unless the article has named a party (a coalition of parties is "the
        alliance" there), and "the union" (also a trade union) is nobody. Returns the end of the phrase, or
        None when the rule does not apply."""
        noun = self.normed[i]
        if noun not in BLOC_NOUNS or i == 0 or self.normed[i - 1] != "the" or i + 2 >= len(self.doc) \
                or self.normed[i + 1] not in POSSESSIVE:
            return None
        k: int | None = None
        head: int | None = None
        for j in range(i + 2, min(i + 6, len(self.doc))):
            k = self.hit_at.get(j)
            if k is not None:
                break
            if self.normed[j] in BLOC_PEOPLE and self.doc[j].dep_ not in ("compound", "amod"):
                head = j  # "the bloc's foreign-policy chief", "the bloc's member states"
                break
            if not (self.normed[j] in MODIFIERS or self.doc[j].dep_ in INNER_DEPS or self.doc[j].is_punct
                    and self.normed[j] == "-"):
                return None
        if k is None and head is None or k is not None and self.hits[k].kind not in ("title", "agent"):
            return None
        named = self._named_igo(i)
        if named is None and any(m.kind == "group" and m.sector in ("GOV", "OPP") for m in self.out):
            return None  # "the NDA ... the alliance's leaders": a coalition of parties the article named
        code = named or BLOC_NOUNS[noun]
        if not code:
            return None
        how = f"'the {noun}': {'the organisation the article names' if named else 'its usual sense'}"
        if head is not None:
            self._emit(i - 1, head + 1, code=code, name=None, country=None, sector="IGO", entity_id=f"igo:{code}",
                       kind="igo", confidence=0.7, reason=f"{self._text(i - 1, head + 1)!r}: {how}")
            return head + 1
        assert k is not None
        polity = Polity(code=code, is_igo=True, how=how)
        if self.hits[k].kind == "title":
            return self._title(k, i - 1, polity)
        return self._agent(k, i - 1, polity, 0.7)

    def _named_igo(self, i: int) -> str | None:
        """The IGO the article named last before token ``i``, else the first its sentence names after it."""
        for m in reversed(self.out):
            if m.kind == "igo" and m.token_end <= i and not m.actor_code.startswith(NOT_BLOCS):
                return m.actor_code
        for hit in self.hits:
            if hit.start > i and self.sent[hit.start] == self.sent[i] and hit.kind == "igo":
                actor = self.kb.entity(hit.entries[0].key)
                if actor is not None and not actor.actor_code.startswith(NOT_BLOCS):
                    return actor.actor_code
        return None

    # -- phrases --------------------------------------------------------------------------------

    def _phrase(self, k: int) -> int:
        """Resolve the phrase starting at hit ``k``; return the token index after it."""
        hit = self.hits[k]
        if hit.kind == "demonym" and hit.start > 0 and self.normed[hit.start - 1] in NOT_HOLDER \
                and hit.end + 1 < len(self.doc) and self.normed[hit.end] in STATE_NOUNS \
                and self.normed[hit.end + 1] in POSSESSIVE:
            return hit.end  # "the former Soviet republic's president": another state, described (round 25)
        if hit.kind == "group" and hit.end < len(self.doc) and self.normed[hit.end] in SYMPATHISER_WORDS:
            return self._sympathiser(hit)
        kind = hit.kind
        if kind == "metonym" and hit.entries[0].code.endswith("MED"):
            edition = self._edition_end(hit)
            if edition > hit.end:  # "Sputnik Azerbaijan", "RT France": the outlet, not the country
                return self._entity(hit, hit.start, edition, "a news outlet's edition")
        if kind == "metonym" and any(e.key in self.ctx.introduced for e in hit.of_kind("person")):
            return self._person(hit, hit.start, hit.end, None)  # "Ilir Meta ... Meta said": the man, not the firm
        word = self._compound_word(hit) if kind in ("country", "capital", "demonym", "metonym", "igo", "place") else None
        if word is not None:
            end = self._compound_adjective(k, word)
            if end is not None:
                return end
        if kind in ("country", "demonym"):
            dual = self._dual_nationality(k)
            if dual is not None:
                return dual
        if kind == "country":
            region = self._owned_region(k)
            if region is not None:
                return region
        if kind == "metonym" and self.normed[hit.start:hit.end] in (["congress"], ["senate"]):
            home = self._congress_home(hit)
            if home is not None:
                return home
        if kind in ("capital", "place") and self._names_following(hit, ACCORD_WORDS):
            return hit.end  # "the Paris agreement", "the Minsk accords": an accord, no actor
        if kind in ("capital", "place") and self._names_following(hit, GATHERING_WORDS):
            return self._host_city(hit)
        if kind in ("country", "capital", "demonym", "metonym", "igo", "group"):
            polity = self._polity_of(hit.entries[0]) if kind != "group" else None
            if kind == "demonym" and polity is not None and hit.start > 0 and self.normed[hit.start - 1] == "ethnic":
                return self._ethnic(k, polity)
            if kind == "demonym" and polity is not None and self._rebels_abroad(k, polity):
                return self._ethnic(k, polity)  # "Serb separatists in Bosnia": Bosnia's rebels (round 25)
            if kind == "demonym" and self._igo_staff_after(k):
                return hit.end  # "a Swedish EU official": the official's nationality, not an actor of the sentence
            if kind == "demonym" and polity is not None:
                stacked = self._stacked_origin(k, polity)
                if stacked is not None:
                    return stacked
            pos = hit.end
            possessive = pos < len(self.doc) and self.normed[pos] in POSSESSIVE
            if possessive:
                pos += 1
            if polity is not None and polity.is_igo and self._is_head_word(pos):
                return self._chief_phrase(hit.start, pos, polity)
            serving = self._serving(k, pos) if kind in ("country", "demonym") else None
            if serving is not None:  # "Russia's UN ambassador": the UN is where the envoy serves
                return self._agent(serving, hit.start, polity)
            if kind != "demonym" and not possessive and kind in ("country", "capital"):
                compound = self._next_hit(k, pos, ("title", "agent", "metonym"), skip=0)
            else:
                compound = self._next_hit(k, pos, ("title", "agent", "person", "group", "metonym"))
            if compound is not None and kind == "group" and possessive and compound[1].kind == "title":
                # "the Taliban's supreme leader", "Hezbollah's secretary general": the group's own chief, coded
                # as the group (the title alone would name a state's office: Iran's supreme leader)
                return self._entity(hit, hit.start, compound[1].end, "a title of the group's own")
            if compound is not None and (kind != "group" or compound[1].kind == "agent"):
                return self._with_modifier(hit, polity, compound[0], compound[1])
            if kind in ("capital", "country") and self._not_an_actor(hit) or kind == "metonym" and self._name_ends(hit):
                return hit.end
            employed = self._employed(hit.start, hit.end) if kind == "demonym" else None
            if employed is None and kind == "demonym" and polity is not None:
                employed = self._shared_head(k, polity)
            return employed if employed is not None else self._entity(hit, hit.start, hit.end, "name")
        if kind == "place":
            if not hit.entries[0].code:
                return hit.end  # "the Gulf of Aden", "Sevastopol": a place that is not an actor
            pos = hit.end + (1 if hit.end < len(self.doc) and self.normed[hit.end] in POSSESSIVE else 0)
            compound = self._next_hit(k, pos, ("agent",), skip=0 if pos == hit.end else 2)
            if self._not_an_actor(hit):
                return hit.end
            if compound is None and pos > hit.end:
                office = self._region_office(k, pos)
                if office is not None:
                    return office
            if compound is not None:
                polity = self._polity_of(hit.entries[0], places=True)
                if polity is not None:  # "Tigray's leaders" are not "Ethiopia's government"
                    polity = replace(polity, place=" ".join(self.normed[hit.start:hit.end]))
                return self._agent(compound[0], hit.start, polity, 0.7)
            return self._entity(hit, hit.start, hit.end, "name")
        if kind == "person":
            learned = self.ctx.learned.get(tuple(self.normed[hit.start:hit.end]))
            if learned is not None and not any(e.key in self.ctx.introduced for e in hit.of_kind("person")):
                self._refer(hit.start, hit.end, learned, "partial name after a full mention", 0.85)
                return hit.end  # "Smith" after "the US envoy to NATO, Julianne Smith": the article's Smith
            if hit.end - hit.start == 1:
                relative = self._relative(hit.start, hit.end)
                if relative is not None:
                    return relative
            start = hit.start - 1 if hit.start > 0 and self.normed[hit.start - 1] in HONORIFICS else hit.start
            party = self._persons_party(hit, start)
            return party if party is not None else self._person(hit, start, hit.end, None)
        if kind == "grouping":
            return self._entity(hit, hit.start, hit.end, "name")
        if kind == "title":
            return self._title(k, hit.start, None)
        if kind == "agent":
            return self._agent(k, hit.start, None)
        return hit.end

    def _region_office(self, k: int, pos: int) -> int | None:
        """``the Kurdistan Region's prime minister``, ``Tigray's president``, ``Tamil Nadu's chief minister``: a
        title after a region's possessive, with no name after it, is the region's own office, not the state's
        holder of that title (Iraq's prime minister): coded as its state's government (CAMEO has no sub-national
        code), entity ``place:<region>``, as "Tigray's leaders" are. A name after the title is left to the usual
        rules ("Tigray's president Getachew Reda"). None when no title follows."""
        hit = self.hits[k]
        nxt = self._next_hit(k, pos, ("title",))
        if nxt is None:
            return None
        title = self.hits[nxt[0]]
        if title.end < len(self.doc) and (title.end in self.hit_at or self._proper_run(title.end) > title.end):
            return None
        polity = self._polity_of(hit.entries[0], places=True)
        if polity is None or polity.is_igo:
            return None
        place = " ".join(self.normed[hit.start:hit.end])
        return self._sector(hit.start, title.end, replace(polity, place=place), "GOV",
                            f"{self._text(title.start, title.end)!r}: the office of the region {place!r}", 0.7)

    def _compound_adjective(self, k: int, word: str) -> int | None:
        """A name inside a stance or location adjective (``word``, of ``_compound_word``): no mention of its
        own; a location gives its country to the sector word after it ("a Beirut-based newspaper" -> LBNMED);
        the leader of a body is that body ("the Saudi-led coalition" -> SAU). None: the usual rules apply."""
        hit = self.hits[k]
        if word == "led":
            return self._led_by(k)
        if word in PROPOSER_SUFFIXES and self.doc[hit.end + 1].head.lemma_.lower() in PROPOSAL_NOUNS:
            # "rejected a US-backed ceasefire plan": a plan is its backer's proposal, so the backer is named
            self._entity(hit, hit.start, hit.end, "backer of a proposal")
            return hit.end + 2
        if word in ORIGIN_SUFFIXES:
            return self._origin(hit)
        if word in BIRTH_SUFFIXES and hit.kind in ("country", "demonym"):
            return self._born(k)
        if word == "owned":
            return self._owned_company(k)
        if word in RUNNER_SUFFIXES:
            # "Iran-run militias": armed groups a state runs are its proxies, read as the backed ones are
            proxied = self._proxy(k, hit.end + 2)
            if proxied is not None:
                return proxied
            agent = self._next_hit(k, hit.end + 2, ("agent",))
            if agent is not None and agent[1].entries[0].key == "REB":
                return hit.end + 2
        if word in ("installed", "appointed") or word in RUNNER_SUFFIXES:
            return self._installed(k)
        if word in PROXY_WORDS:
            proxied = self._proxy(k, hit.end + (2 if word in STANCE_SUFFIXES else 0))
            if proxied is not None:
                return proxied
        if word not in LOCATION_SUFFIXES:
            return hit.end + (2 if word in STANCE_SUFFIXES else 0)
        pos = hit.end + 2
        polity = self._polity_of(hit.entries[0], places=True)
        agent = self._next_hit(k, pos, ("agent",))
        if polity is None or polity.is_igo or agent is None:
            return pos
        if agent[1].entries[0].key == "JUD" and hit.kind not in ("country", "demonym"):
            # "the Hague-based court", "the Strasbourg-based court", "the Arusha-based tribunal": news names the
            # international courts by their seat; a state's own court is named by its state ("a Dutch court",
            # "a court in The Hague"). The seat names no state (round twenty-seven).
            return pos
        return self._agent(agent[0], hit.start, replace(polity, how=f"{self._text(hit.start, pos)!r}"), 0.7)

    def _installed(self, k: int) -> int | None:
        """``the Moscow-installed governor of Zaporizhzhia``, ``Russian-appointed officials``, ``a Kremlin-installed
        leader``: an office holder or body that a state installed or appointed is that state's government (or the
        sector of a sector word), not the office of the place it governs (round twenty-eight; Aksyonov's rule of
        round twenty-two in general). Also a body a state runs or controls (``RUNNER_SUFFIXES``: "the Russian-run
        administration of Kherson" -> RUSGOV, "a Kremlin-controlled court" -> RUSJUD; round thirty). None: the
        usual rules (nothing installed follows)."""
        hit = self.hits[k]
        pos = hit.end + 2
        polity = self._polity_of(hit.entries[0], places=False)
        nxt = self._next_hit(k, pos, ("title", "agent"), skip=1)
        if polity is None or nxt is None:
            return None
        polity = replace(polity, how=f"installer: {self._text(hit.start, pos)!r}")
        sector = nxt[1].entries[0].key if nxt[1].kind == "agent" else "GOV"
        end = nxt[1].end
        place = self._hit_after(end, ("of",))
        if place is not None and place.kind in ("place", "country", "capital"):
            end = place.end  # "of Zaporizhzhia": what the installed governor governs, no actor of its own
        return self._sector(hit.start, end, polity, sector, f"installed {self._text(nxt[1].start, nxt[1].end)!r}",
                            0.7)

    def _owned_company(self, k: int) -> int | None:
        """``Nexperia, the Chinese-owned chipmaker``, ``a Russian-owned refinery company``, ``a Turkish-owned
        newspaper``: a company or outlet owned from a state is that state's business (or media) sector, as news
        reads a firm by its owners (round twenty-eight). None: the usual rules (the owner named, as before)."""
        hit = self.hits[k]
        pos = hit.end + 2
        polity = self._polity_of(hit.entries[0], places=False)
        if polity is None or polity.is_igo or hit.kind not in ("country", "demonym"):
            return None
        polity = replace(polity, how=f"owner: {self._text(hit.start, pos)!r}")
        agent = self._next_hit(k, pos, ("agent",), skip=1)
        if agent is not None and agent[1].entries[0].key in ("BUS", "MED"):
            return self._agent(agent[0], hit.start, polity, 0.7)
        head = self.doc[pos - 1].head
        if pos <= head.i <= pos + 2 and head.i not in self.hit_at and (
                head.lemma_.lower() in COMPANY_NOUNS or head.text.lower() in COMPANY_NOUNS):
            return self._sector(hit.start, head.i + 1, polity, "BUS", f"owned {head.text!r}", 0.7)
        return None

    def _edition_end(self, hit: Hit) -> int:
        """End of a news outlet's edition after its name: a country's name or demonym or a language name right after
        it ("Sputnik Azerbaijan", "RT France", "BBC Persian", "RT Arabic"; round twenty-eight); ``hit.end`` when none.
        News names the editions of state media by the country or language they serve; that country is no actor."""
        j = hit.end
        if j >= len(self.doc) or not self.doc[j].text[:1].isupper():
            return j
        if self.normed[j] in EDITION_LANGUAGES:
            return j + 1
        k = self.hit_at.get(j)
        if k is not None and self.hits[k].kind in ("country", "demonym") and (
                self.doc[j].ent_iob_ == "I" or self.hits[k].kind == "demonym"):
            return self.hits[k].end
        return j

    def _igo_staff_after(self, k: int) -> bool:
        """``a Swedish EU official``, ``two Spanish UN staff``, ``a British OSCE monitor``: a demonym right before an
        IGO's name and a word for its civilian staff says of what nationality the IGO's people are; they act and
        suffer as the IGO's (round twenty-eight). Not troops and peacekeepers, whom their states send."""
        hit = self.hits[k]
        if k + 1 >= len(self.hits) or self.hits[k + 1].start != hit.end or self.hits[k + 1].kind != "igo":
            return False
        pos = self.hits[k + 1].end
        return pos < len(self.doc) and self.normed[pos] in IGO_STAFF_NOUNS

    def _dual_nationality(self, k: int) -> int | None:
        """``an Iranian-American journalist``, ``a German-Iranian dual national``, ``the Russian-Armenian billionaire``,
        ``two Israeli-Americans``: two nationalities hyphened before a word for a person (or the second as the noun
        itself) describe one person of both; they are one mention of one state, not two actors (round thirty-one).
        The person's state is the one of ``HYPHENATED_HOMES`` (the states of residence whose citizens news names by
        a hyphened origin: "an Iranian-American" is American, "a British-Iranian aid worker" or "a French-Iranian
        academic" British and French, as news of their detention abroad reads them), else the last, as American
        usage has it ("the Russian-Armenian billionaire" lives in Armenia). The sector is that of a sector word after the pair ("a Palestinian-American
        journalist" -> USAMED), else civilian; a state office or force after them serves one state, read as usual
        from the second. None where no person follows ("US-Chinese talks", "the Israeli-Palestinian conflict") or
        the second is no nationality ("Russian-speaking")."""
        hit = self.hits[k]
        j = hit.end
        if k + 1 >= len(self.hits) or j + 1 >= len(self.doc) or self.normed[j] != "-" \
                or self.doc[j - 1].whitespace_ or self.doc[j].whitespace_:
            return None
        second = self.hits[k + 1]
        if second.start != j + 1 or second.kind != "demonym" or (
                second.end < len(self.doc) and self.normed[second.end] == "-"):
            return None
        first_polity = self._polity_of(hit.entries[0], places=False)
        last_polity = self._polity_of(second.entries[0], places=False)
        if first_polity is None or last_polity is None or first_polity.is_igo or last_polity.code == first_polity.code:
            return None
        agent = self._next_hit(k + 1, second.end, ("agent",), skip=1)
        noun = self.doc[second.end - 1]
        if agent is None and not self._dual_person(noun):
            return None
        phrase_head = noun.head if noun.dep_ in ("amod", "compound", "nmod") else noun
        if phrase_head.dep_ == "appos" and phrase_head.head.i < hit.start:
            return None  # "Elizabeth Tsurkov, the Israeli-Russian researcher": the named person's rule (``_described``)
        chosen = last_polity
        if first_polity.code in HYPHENATED_HOMES and last_polity.code not in HYPHENATED_HOMES:
            chosen = first_polity  # "a British-Iranian aid worker": Britain's national of Iranian origin
        chosen = replace(chosen, how=f"dual nationality {self._text(hit.start, second.end)!r}")
        if agent is not None and agent[1].entries[0].key in STATE_SECTORS:
            return j + 1  # "a British-Iranian lawmaker", "Russian-Ukrainian troops": the usual rules, from the second
        if agent is not None:
            return self._agent(agent[0], hit.start, chosen, 0.7)
        if noun.dep_ in ("amod", "compound", "nmod"):
            noun = noun.head
        return self._sector(hit.start, max(noun.i + 1, second.end), chosen, "CVL", f"person {noun.text!r}", 0.7)

    def _dual_person(self, token: Token) -> bool:
        """Whether the demonym ``token`` ends a hyphened pair said of a person: it is the noun itself ("two
        Iranian-Americans") or modifies a person's noun within two words ("a Russian-Armenian billionaire")."""
        if token.dep_ not in ("amod", "compound", "nmod"):
            # "two Iranian-Americans", "Arthur Petrov, a German-Russian accused of ...": the pair is the noun itself
            first = token.i - 2
            while first > 0 and self.doc[first - 1].text == "-":
                first -= 2
            plural = token.text.lower().endswith("s") and token.pos_ in ("NOUN", "PROPN")
            return plural or (first > 0 and self.normed[first - 1] in ("a", "an"))
        head = token.head
        return 0 < head.i - token.i <= 3 and head.i not in self.hit_at and (
            head.lemma_.lower() in DUAL_PERSON_NOUNS or head.text.lower() in DUAL_PERSON_NOUNS)

    def _born(self, k: int) -> int:
        """``a Saudi-born doctor``, ``a Syrian-born man``, ``an Iraqi-born journalist``: a person born in a state
        named by the state or its demonym is that state's national where the text has nothing else to say of them
        (the state's civilian, or the sector of a sector word right after: "a Russian-born journalist" -> RUSMED;
        round twenty-eight). A city there says where, not whose ("a Paris-born gunman": no actor, as before)."""
        hit = self.hits[k]
        pos = hit.end + 2
        polity = self._polity_of(hit.entries[0], places=False)
        if polity is None or polity.is_igo:
            return pos
        later = self.hit_at.get(pos)
        if later is not None and self.hits[later].kind in ("demonym", "country"):
            return pos  # "a Lebanese-born Australian man": the nationality named after the birthplace is theirs (r. 31)
        polity = replace(polity, how=f"born: {self._text(hit.start, pos)!r}")
        agent = self._next_hit(k, pos, ("agent",), skip=1)
        if agent is not None and agent[1].entries[0].key in STATE_SECTORS:
            return pos  # "a Somali-born lawmaker" serves the state they live in, not the one they were born in
        if agent is not None:
            return self._agent(agent[0], hit.start, polity, 0.7)
        head = self.doc[pos - 1].head
        if head.pos_ != "NOUN" or not pos <= head.i <= pos + 2 or head.i in self.hit_at:
            return pos
        return self._sector(hit.start, head.i + 1, polity, "CVL", f"born {head.text!r}", 0.7)

    def _origin(self, hit: Hit) -> int:
        """``Chinese-made cars``, ``Iranian-built drones``, ``US-supplied weapons``: the country of origin of a
        good, named as the state (a tariff on Chinese-made cars is aimed at China), a low-confidence mention of
        kind ``origin`` so that a rule can tell it from a named actor: the maker is not the user ("Russian-made
        jets bombed Aleppo" names no Russian act). A capital, region or IGO there names no state: no mention."""
        end = hit.end + 2
        polity = self._polity_of(hit.entries[0], places=False)
        if polity is None or polity.is_igo or hit.kind not in ("country", "demonym") or not self._traded(end - 1):
            return end
        actor = self.kb.country(polity.code)
        self._emit(hit.start, hit.end, code=polity.code, name=actor.name if actor else None, country=polity.code,
                   sector=None, entity_id=f"country:{polity.code}", kind="origin", confidence=0.5,
                   reason=f"{self._text(hit.start, end)!r}: the country a good comes from, {polity.code}")
        return end

    def _traded(self, made: int) -> bool:
        """The good that ``made`` (the "-made" word) describes is what a trade measure falls on: "tariffs on
        Chinese-made cars", "a ban on imports of Russian-made drones", "banned Chinese-built cameras". A good
        that is used, received, fired, shot down or exported names no measure on its maker ("barred exports of
        US-made chips to China" falls on China), nor does a measure on someone else ("sanctioned suppliers of
        Iranian-made drones")."""
        good = self.doc[made].head
        for _ in range(3):
            head = good.head
            if good.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "of", "against", "into"):
                owner = head.head
                if _measure(owner) or owner.pos_ in ("VERB", "AUX") and any(
                        c.dep_ == "dobj" and _measure(c) for c in owner.children):
                    return True  # "imposed duties on Chinese-made steel": the parser hangs "on" on the verb
                if owner.lemma_.lower() not in GOODS_FLOW_NOUNS:
                    return False
                good = owner  # "a ban on imports of Chinese-made cars": climb to "imports"
                continue
            if good.dep_ == "nsubj" and head.lemma_.lower() == "face":  # "Chinese-made cars face tariffs"
                return any(c.dep_ == "dobj" and _measure(c) for c in head.children)
            return good.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in TRADE_MEASURE_VERBS
        return False

    def _relative(self, start: int, end: int) -> int | None:
        """``Bashar al-Assad's brother Maher``, ``Nancy Pelosi's husband, Paul``: a lone first name or surname
        after a kinship noun and a named person's possessive is that person's relative, not whoever else
        the knowledge base knows by the word (Egypt's Ahmed Maher), and an unknown name there is the relative
        too. The relative has no office: coded as the possessor's country. None when the words before are not
        such a phrase."""
        j = start - 1
        if j >= 0 and self.normed[j] == ",":
            j -= 1
        if j < 2 or self.normed[j] not in KIN_NOUNS or self.normed[j - 1] not in POSSESSIVE:
            return None
        owner = self.out[-1] if self.out else None
        if owner is None or owner.token_end != j - 1 or owner.kind != "person" or not owner.country:
            return None
        country = owner.country
        self._emit(start, end, code=country, name=None, country=country, sector=None,
                   entity_id=f"country:{country}", kind="country", confidence=0.6,
                   reason=f"{self._text(start, end)!r}, {owner.name or owner.mention}'s "
                          f"{self.doc[j].text}: a relative, coded as the country")
        return end

    def _congress_home(self, hit: Hit) -> int | None:
        """A bare "Congress" or "Senate" in a sentence about one other country that has one, with nothing American
        in it ("Pedro Castillo dissolved Congress", "Milei's reform stalled in Congress", "Rigathi Gachagua was
        impeached by the Senate"): that country's legislature, not the US one (the Senate: seventeenth actors
        round). None: the usual reading (USALEG)."""
        sentence = self.sent[hit.start]
        countries = {self._hit_country(h) for h in self.hits if h is not hit and self.sent[h.start] == sentence}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        word = self.normed[hit.start]
        if country not in (CONGRESS_COUNTRIES if word == "congress" else SENATE_COUNTRIES):
            return None
        if word == "senate" and not any(self._names_its_people(h) for h in self.hits
                                        if h is not hit and self.sent[h.start] == sentence):
            return None  # "The Senate approved sanctions on Mexico": a country named as a target is not enough
        actor = self.kb.country(country)
        self._emit(hit.start, hit.end, code=country + "LEG", name=actor.name if actor else None, country=country,
                   sector="LEG", entity_id=f"country:{country}", kind="country", confidence=0.7,
                   reason=f"{self.doc[hit.start].text!r} in a sentence about {country} only: its legislature")
        return hit.end

    def _names_its_people(self, hit: Hit) -> bool:
        """A person, a demonym or a possessive country name ("Rigathi Gachagua", "Kenyan", "Nigeria's"): the
        sentence is about that country's own politics, not only aimed at it."""
        if hit.kind in ("person", "demonym"):
            return True
        return hit.kind == "country" and hit.end < len(self.doc) and self.normed[hit.end] in POSSESSIVE

    def _stacked_origin(self, k: int, polity: Polity) -> int | None:
        """``a Georgian Chechen dissident``, ``a British Pakistani man``, ``an Israeli Arab lawmaker``: a
        nationality right before an adjective of origin (another country's demonym or a region's adjective,
        with no hyphen or "and" between) names the person's state; the second word says where their family
        or people come from. The phrase is coded as the first country (with the sector word after both, if
        any). None when the next word is not such an adjective."""
        hit = self.hits[k]
        if k + 1 >= len(self.hits):
            return None
        nxt = self.hits[k + 1]
        if nxt.start != hit.end or nxt.end - nxt.start != 1 or nxt.kind not in ("demonym", "place"):
            return None
        token = self.doc[nxt.start]
        if token.ent_type_ != "NORP" and token.pos_ != "ADJ" or not token.text[:1].isupper():
            return None
        second = self._polity_of(nxt.entries[0], places=True)
        if second is None or second.code == polity.code:
            return None
        how = replace(polity, how=f"{polity.how} before the origin adjective {token.text!r}")
        agent = self._next_hit(k + 1, nxt.end, ("agent",))
        if agent is not None:
            return self._agent(agent[0], hit.start, how)
        return self._entity(hit, hit.start, nxt.end, f"nationality before the origin adjective {token.text!r}")

    def _rebels_abroad(self, k: int, kin: Polity) -> bool:
        """``Serb separatists in Bosnia``, ``Armenian separatists in Karabakh``: a demonym before a word for those who
        would break a region away, then "in" a country (or a place of one) other than the demonym's: they rebel
        against the state they are in, as ethnic minorities are coded (``_ethnic``). Not rebels, soldiers or
        fighters ("Rwandan rebels in Congo", "Russian soldiers in Ukraine" are their own country's)."""
        hit = self.hits[k]
        compound = self._next_hit(k, hit.end, ("agent",), skip=0)
        if compound is None or self.normed[compound[1].end - 1] not in INSURGENT_WORDS:
            return False
        host = self._in_place(compound[1].end, frozenset({"in"}))
        return host is not None and host.code != kin.code and self.kb.is_country(host.code)

    def _ethnic(self, k: int, kin: Polity) -> int:
        """``ethnic Albanians``, ``ethnic Serb civilians``: a minority outside its kin state, coded as the
        state it lives in: the place after "in" ("ethnic Albanians in Macedonia"), else the nearest other
        country named before it in the sentence ("Croat forces against ethnic Serb civilians"), else the
        nearest after it ("ethnic Albanians demonstrated in Serbia"); never the kin state. With no other
        country in the sentence the phrase is not coded (the kin state would be wrong)."""
        hit = self.hits[k]
        compound = self._next_hit(k, hit.end, ("agent",))
        end = self.hits[compound[0]].end if compound is not None else hit.end
        host = self._in_place(end, frozenset({"in"}))
        if host is None or host.code == kin.code:
            host = self._nearby_country(k, kin.code)
        if host is None:
            return end
        host = replace(host, how=f"ethnic {self._text(hit.start, hit.end)!r} living in {host.code} ({host.how})")
        if compound is not None:
            return self._agent(compound[0], hit.start, host, 0.7)
        actor = self.kb.country(host.code)
        self._emit(hit.start, end, code=host.code, name=actor.name if actor else None, country=host.code,
                   sector=None, entity_id=f"country:{host.code}", kind="country", confidence=0.7,
                   reason=f"{host.how}: a minority is coded as the state it lives in")
        return end

    def _with_modifier(self, mod: Hit, polity: Polity | None, k: int, core: Hit) -> int:
        start = mod.start
        if core.kind == "title":
            # "European Commission president": the IGO's last word and the title may form a title.
            return self._title(k, start, polity, compose=self.normed[mod.end - 1] if mod.kind == "igo" else None)
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
                           reason=f"{polity.how} {polity.code} + institution {self._text(core.start, core.end)!r}")
                return core.end
            return self._entity(core, start, core.end, "institution with its country")
        if core.kind == "person":
            before = len(self.out)
            end = self._person(core, start, core.end, polity)
            if len(self.out) == before:  # "North Korea's Kim" with no Kim to choose: the country still counts
                return self._entity(mod, mod.start, mod.end, "name")
            return end
        if core.kind == "group" and polity is not None and not polity.is_igo and self._is_ngo(core):
            # "the Palestinian Red Crescent", "Amnesty International's Israeli section": that country's NGO.
            self._emit(start, core.end, code=polity.code + "NGO", name=None, country=polity.code, sector="NGO",
                       entity_id=f"country:{polity.code}", kind="country", confidence=0.8,
                       reason=f"{polity.how} {polity.code} + non-governmental organisation "
                              f"{self._text(core.start, core.end)!r}")
            return core.end
        return self._entity(core, start, core.end, f"{mod.kind} + {core.kind}")

    def _is_ngo(self, hit: Hit) -> bool:
        """An international NGO of groups.toml (no country of its own, sector NGO)."""
        actor = self.kb.entity(hit.entries[0].key)
        return actor is not None and actor.sector == "NGO" and actor.country is None

    def _entity(self, hit: Hit, start: int, end: int, how: str) -> int:
        entry = hit.entries[0]
        text = self._text(hit.start, hit.end)
        if entry.kind == "place":
            self._emit(start, end, code=entry.code, name=None, country=entry.code, sector=None,
                       entity_id=entry.key, kind="place", confidence=PLACE_CONFIDENCE,
                       reason=f"place {text!r} stands for the country it lies in, {entry.code}")
            return end
        court = self._hague_court(hit) if entry.kind == "capital" else None
        if court is not None:  # "delivered Milosevic to The Hague to face charges": the court sitting there
            ex = self.kb.code_on(court, self.on)
            self._emit_explanation(start, end, ex, f"{text!r} after a verb of handing over: the international court "
                                                   f"that sits there, {ex.name}", 0.7)
            return end
        if entry.kind == "capital" and self._capital_as_place(hit):
            country = entry.code[:3]
            self._emit(start, end, code=country, name=None, country=country, sector=None,
                       entity_id=f"country:{country}", kind="place", confidence=PLACE_CONFIDENCE,
                       reason=f"capital {text!r} after {self.doc[hit.start - 1].text!r} is the place where the act "
                              f"happens: the country it lies in, {country}")
            return end
        if entry.kind in ("capital", "metonym"):
            code = entry.code
            country = code[:3]
            kind = "group" if entry.kind == "metonym" and code[3:6] in ORGANISATION_SECTORS else "country"
            self._emit(start, end, code=code, name=None, country=country, sector=code[3:] or None,
                       entity_id=entry.key, kind=kind, confidence=0.85,
                       reason=f"{entry.kind} {text!r} stands for {code}")
            return end
        if entry.kind == "person":
            return self._person(hit, start, end, None)
        branch = self._national_branch(hit, start) if entry.kind == "group" else None
        if branch is not None:  # "Jordan outlawed the Muslim Brotherhood": Jordan's branch, not Egypt's movement
            self._emit(start, end, code=branch + "OPP", name=None, country=branch, sector="OPP",
                       entity_id=f"country:{branch}", kind="group", confidence=0.7,
                       reason=f"group {text!r} named with {branch} (where it has a national branch): that branch, "
                              f"the country's opposition")
            return end
        ex = self.kb.code_on(entry.key, self.on)
        confidence = 0.9 if entry.kind == "demonym" else ex.confidence
        self._emit_explanation(start, end, ex, f"{entry.kind} {text!r} ({how}); {ex.reason}", confidence)
        return end

    def _national_branch(self, hit: Hit, start: int) -> str | None:
        """The country of a movement's national branch (``lexicon.NATIONAL_BRANCHES``) that the mention means: the
        branch country its own modifier names ("Jordan's Muslim Brotherhood"), else the one branch country the
        sentence names when it names not the movement's home too ("Jordan outlawed the Muslim Brotherhood" ->
        JOROPP; "Egypt and Jordan ...", "Trump designated the Muslim Brotherhood" keep the movement's code).
        Nineteenth actors round."""
        branches = NATIONAL_BRANCHES.get(hit.entries[0].key)
        if branches is None:
            return None
        home = self._hit_country(hit)
        if start < hit.start:  # a modifier of its own: "Jordan's", "Syrian"
            owner = next((h for h in self.hits if start <= h.start < hit.start), None)
            country = self._hit_country(owner) if owner is not None else None
            return country if country in branches and country != home else None
        named = {self._hit_country(h) for h in self.hits
                 if h is not hit and self.sent[h.start] == self.sent[hit.start] and h.kind != "agent"}
        named = {c for c in named if c and self.kb.is_country(c)}
        found = named & branches
        return found.pop() if len(found) == 1 and home not in named else None

    def _hague_court(self, hit: Hit) -> str | None:
        """``to The Hague`` after a verb of handing over ("extradited him to The Hague", "delivered Milosevic to The
        Hague to face charges"): the international court there, which news names by its seat (fifteenth round).
        The tribunal for the former Yugoslavia (1993-2017) when the sentence names one of its states or people,
        else the ICC (from 2002-07-01); None otherwise, or for another capital."""
        if " ".join(self.normed[hit.start:hit.end]) != "hague" or hit.start < 2 \
                or self.normed[hit.start - 1] != "the" or self.normed[hit.start - 2] != "to":
            return None
        to = self.doc[hit.start - 2]
        verb = to.head.head if to.head.lower_ in ("over", "back") else to.head
        if verb.lemma_.lower() not in HANDOVER_VERBS and to.head.lemma_.lower() not in HANDOVER_VERBS:
            return None
        sentence = self.sent[hit.start]
        words = {self.doc[t].lemma_.lower() for t in range(len(self.doc)) if self.sent[t] == sentence}
        if verb.lemma_.lower() not in ("extradite", "surrender", "hand", "turn") and not words & TRIAL_WORDS \
                and not self._handed_suspect(verb):
            return None  # "Israel sent its ambassador to The Hague": the Netherlands
        yugoslav = any(self.sent[h.start] == sentence and h is not hit and (
            h.entries[0].code[:3] if h.entries[0].kind == "place" and h.entries[0].code else self._hit_country(h))
            in FORMER_YUGOSLAVIA for h in self.hits)
        if yugoslav and (self.on is None or self.on < date(2017, 12, 31)):
            return "igo:IGOUNOICY"
        if self.on is None or self.on >= date(2002, 7, 1):
            return "igo:IGOUNOICC"
        return None

    def _handed_suspect(self, verb: Token) -> bool:
        """The object of ``verb`` is a person the knowledge base or the parser names, or a suspect, general or
        fugitive, and no envoy ("Serbia delivered Milosevic to The Hague", "Croatia sent the general to The
        Hague"; not "sent its ambassador", "flew a delegation"): a person handed to the court there (seventeenth
        actors round, after round 16's ask)."""
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            words = {t.lemma_.lower() for t in obj.subtree}
            if words & ENVOY_WORDS or any(t.dep_ == "poss" for t in obj.children):
                return False
            named = obj.ent_type_ == "PERSON" or any(h.start <= obj.i < h.end and h.kind == "person" for h in self.hits)
            if named or obj.lemma_.lower() in SUSPECT_WORDS:
                return True
        return False

    def _capital_as_place(self, hit: Hit) -> bool:
        """"A car bomb exploded in Mogadishu", "struck a market in Kabul": a capital after a place preposition
        is the city where something happens, which stands for its country (``SOM``), not for its government;
        not when the phrase names people or a body there ("the government in Kabul", "Israel's ambassador in
        Washington", "officials in Beijing" stay the government's) nor in a possessive ("in Moscow's view")."""
        if hit.end < len(self.doc) and self.normed[hit.end] in POSSESSIVE:
            return False
        if self._struck(hit):
            return True
        if hit.end + 1 < len(self.doc) and self.normed[hit.end] in BRANCH_NOUNS and self.normed[hit.end + 1] == "of" \
                and hit.start > 0 and self.normed[hit.start - 1] == "the":
            return True  # "the Baku office of Sputnik", "the Kyiv bureau of the AP": where a body's office is
        j = hit.start - 1
        if j < 0 or not self._place_preposition(j, CITY_PREPOSITIONS) or self.doc[j].dep_ not in ("prep", "pcomp"):
            return False
        owner = self.doc[j].head.i
        return not any(h.kind in ("agent", "title", "person", "group") and h.start <= owner < h.end for h in self.hits)

    def _person(self, hit: Hit, start: int, end: int, polity: Polity | None) -> int:
        entry = self._choose_person(hit, polity)
        if entry is None:
            return self._shared_name(hit, start, end, polity)
        if polity is not None and self._serves_igo(entry.key, polity):
            actor = self.kb.entity(entry.key)
            return self._sector(start, end, polity, "IGO", f"{self._text(hit.start, hit.end)!r}, named with "
                                f"the chief's title (no holder on record)", 0.8, name=actor.name if actor else None,
                                entity_id=entry.key)
        if self._retired_surname(hit, entry):
            place = self._coded_place(hit)
            if place is not None:
                self._emit(hit.start, hit.end, code=place.code, name=None, country=place.code, sector=None,
                           entity_id=place.key, kind="place", confidence=PLACE_CONFIDENCE,
                           reason=f"{self._text(hit.start, hit.end)!r} is the town, not the surname of a person out "
                                  f"of office for over {RETIRED_YEARS} years: the country it lies in, {place.code}")
            return end
        if self._place_not_person(hit, entry):
            place = self._coded_place(hit)
            if place is not None and hit.start > 0 and self.normed[hit.start - 1] in TOWN_PREPOSITIONS:
                self._emit(hit.start, hit.end, code=place.code, name=None, country=place.code, sector=None,
                           entity_id=place.key, kind="place", confidence=PLACE_CONFIDENCE,
                           reason=f"{self._text(hit.start, hit.end)!r} after {self.doc[hit.start - 1].text!r} is the "
                                  f"town, not the person of that name: the country it lies in, {place.code}")
            return end
        ex = self._code_person(entry.key, polity)
        if not ex.actor_code:
            return end
        office = next((t.office for t in self.kb.offices_of(entry.key, self.on)), None) if self.on else None
        confidence = ex.confidence - (0.1 if entry.weak and entry.key not in self.ctx.introduced else 0.0)
        how = "surname" if entry.weak else "name"
        if entry.key in self.ctx.introduced and entry.weak:
            how = "partial name after a full mention"
        self._emit_explanation(start, end, ex, f"{how} {self._text(hit.start, hit.end)!r}; {ex.reason}",
                               confidence, office=office)
        return end

    def _persons_party(self, hit: Hit, start: int) -> int | None:
        """"Imran Khan's party demanded his release": a leader's party is another actor than the leader, of
        the leader's country; the government while the leader holds office on the date, else the opposition
        (a former leader's party, a party whose leader never governed). None: not "<person>'s party"."""
        pos = hit.end
        if pos + 1 >= len(self.doc) or self.normed[pos] not in POSSESSIVE or self.normed[pos + 1] not in PARTY_WORDS:
            return None
        entry = self._choose_person(hit)
        if entry is None:
            return None
        ex = self._code_person(entry.key)
        if not ex.actor_code or ex.country is None or not self.kb.is_country(ex.country):
            return None
        governing = ex.sector == "GOV" and ex.confidence >= IN_OFFICE_CONFIDENCE
        sector = "GOV" if governing else "OPP"
        party = self._emit(start, pos + 2, code=ex.country + sector, name=None, country=ex.country, sector=sector,
                           entity_id=f"party:{entry.key}", kind="country", confidence=0.7,
                           reason=f"the party of {ex.name}, {'in government' if governing else 'in opposition'} "
                                  f"on {self.on or 'an undated article'}: {ex.reason}")
        # The leader is still named: "his release" after "Imran Khan's party" is Imran Khan's.
        leader = replace(party, actor_code=ActorCode(ex.actor_code), name=ex.name, sector=ex.sector,
                         entity_id=entry.key, kind="person", token_end=pos, reason=ex.reason)
        self.ctx.introduced.add(entry.key)
        self.ctx.persons.append(PersonSeen(key=entry.key, sentence=self.sent[start], office=None, mention=leader,
                                           subject=False))
        return pos + 2

    def _choose_person(self, hit: Hit, polity: Polity | None = None) -> NameEntry | None:
        persons = hit.of_kind("person")
        if not persons:
            return None
        keys = list(dict.fromkeys(e.key for e in persons))
        if len(keys) == 1:
            return persons[0]
        introduced = [e for e in persons if e.key in self.ctx.introduced]
        if introduced:
            return introduced[-1]
        if polity is not None and not polity.is_igo:  # "North Korea's Kim", "South Korea's Kim"
            chosen = self._by_polity(persons, polity)
            if chosen is not None:
                return chosen
        strong = [e for e in persons if not e.weak]
        if len({e.key for e in strong}) == 1:
            if self.on is not None and not self.kb.offices_of(strong[0].key, self.on):
                # Round thirty-two: a name listed for one person out of office on the date ("Lee" of Lee Hsien
                # Loong after May 2024) is the leader in office who bears it as a surname ("Lee" of Lee Jae-myung
                # from June 2025), where ``_leader_of_surname`` would name that leader from the surname alone.
                bearers = [e for e in persons if e.weak and e.key != strong[0].key]
                leader = self._leader_of_surname(hit, bearers, listed=True) if bearers else None
                if leader is not None:
                    return leader
            return strong[0]
        # Several people share the alias ("Clinton"): the one in office on the date, if only one is.
        # A surname shared by several people and not met earlier in the article stays unresolved.
        if self.on is None:
            return None  # no date: who was in office then is unknown (``_shared_name`` may still code it)
        in_office = [e for e in strong if self.kb.offices_of(e.key, self.on)]
        if len({e.key for e in in_office}) == 1:
            return in_office[0]
        if not strong:
            return self._leader_of_surname(hit, persons)
        return None

    def _leader_of_surname(self, hit: Hit, persons: list[NameEntry], *, listed: bool = False) -> NameEntry | None:
        """A surname several listed people share ("Kim", "Aliyev", "Sharif", "Li"), alone in an article that
        names the leader's country: news calls a national leader by it. It is the one of them who holds a head
        of state's, supreme leader's or head of government's office on the date, when everyone else of them
        then in office serves that same country (the higher office wins: "Kim" in 2024 is Kim Jong Un, not his
        premier Kim Tok-hun) and the article names that country somewhere ("KCNA", "Pyongyang", "North
        Korea"). A surname spelt like a common given name ("Ali", "Ahmed", "Philippe") stays unresolved, unless
        ``listed``: the word is already a listed person's name, so it names a person either way ("Lee")."""
        if self.on is None or not listed and hit.end - hit.start == 1 and self.kb.common_given_name(
                self.normed[hit.start]):
            return None
        ranked: list[tuple[int, NameEntry, set[str]]] = []
        for entry in {e.key: e for e in persons}.values():
            offices = self.kb.offices_of(entry.key, self.on)
            if offices:
                rank = OFFICE_RANK.index(offices[0].office) if offices[0].office in OFFICE_RANK else len(OFFICE_RANK)
                ranked.append((rank, entry, {t.country or "" for t in offices}))
        if not ranked:
            return None
        ranked.sort(key=lambda r: r[0])
        rank, leader, countries = ranked[0]
        if rank > OFFICE_RANK.index("head_of_government") or len(countries) != 1:
            return None
        if len(ranked) > 1 and ranked[1][0] == rank:
            return None
        if self._beside_a_foreign_leader(hit, countries) and not any(
                r <= OFFICE_RANK.index("head_of_government") and c != countries for r, _, c in ranked[1:]):
            return leader  # "Trump met Kim in Hanoi": a leader named beside another state's leader (round 25)
        if any(c != countries for _, _, c in ranked[1:]):
            return None
        if countries <= self._served(persons) and len({e.key for e in persons}) <= MAX_ONE_STATE_BEARERS:
            return leader  # "Aliyev": every listed Aliyev served Azerbaijan, so the name alone is its leader's
        return leader if countries <= self._countries_named(hit) else None

    def _beside_a_foreign_leader(self, hit: Hit, countries: set[str]) -> bool:
        """The sentence of ``hit`` names, by a name no one else shares, a person who holds a head of state's,
        supreme leader's or head of government's office of another country on the date ("Trump met Kim in
        Hanoi", "Li met Scholz in Berlin"): news names a leader by surname alone beside the leader they meet."""
        sentence = self.sent[hit.start]
        for other in self.hits:
            if other is hit or self.sent[other.start] != sentence or other.kind != "person":
                continue
            keys = {e.key for e in other.of_kind("person")}
            if len(keys) != 1:
                continue
            offices = self.kb.offices_of(keys.pop(), self.on) if self.on else []
            if any(t.office in OFFICE_RANK[:OFFICE_RANK.index("head_of_government") + 1]
                   and t.country and {t.country} != countries for t in offices):
                return True
        return False

    def _served(self, persons: list[NameEntry]) -> set[str]:
        """The one country that every listed bearer of a shared surname served or codes as (Heydar and Ilham
        Aliyev: Azerbaijan), as a set; empty when they served different countries or any IGO ("Kim": both Koreas
        and the World Bank) or one of them has no country on record."""
        found: set[str] = set()
        for key in {e.key for e in persons}:
            tenures = self.kb.tenures_of(key)
            if tenures:
                found |= {t.country or "" for t in tenures}
            else:
                found.add(self.kb.code_on(key, self.on).country or "")
            if len(found) > 1 or "" in found:
                return set()
        return found

    def _countries_named(self, but: Hit) -> set[str]:
        """The countries the article names anywhere but in ``but`` (countries, capitals, demonyms, metonyms, places,
        groups, and people who share their name with no one)."""
        found: set[str] = set()
        for hit in self.hits:
            if hit is but:
                continue
            entry = hit.entries[0]
            if entry.kind == "person" and len({e.key for e in hit.of_kind("person")}) > 1:
                continue
            found.add((entry.code if entry.kind == "place" else self._hit_country(hit)) or "")
        return found

    def _shared_name(self, hit: Hit, start: int, end: int, polity: Polity | None) -> int:
        """A name several people share and nothing picks one of ("Bush" with no date, "Clinton" in 2015):
        when it is a listed alias of each and they all code alike (on the date, or undated), the mention
        codes as that, with no person. Automatic surnames do not count: "Singh" alone may be anyone."""
        keys = list(dict.fromkeys(e.key for e in hit.of_kind("person") if not e.weak))  # listed aliases only
        if len(keys) < 2:
            return end
        codes = {self._code_person(key, polity).actor_code for key in keys}
        code = codes.pop() if len(codes) == 1 else ""
        if not code or polity is not None and not polity.is_igo and code[:3] != polity.code:
            return end
        country = code[:3] if self.kb.is_country(code[:3]) else None
        names = ", ".join(sorted(a.name for a in (self.kb.entity(k) for k in keys) if a is not None))
        when = f"on {self.on}" if self.on else "with no article date"
        self._emit(start, end, code=code, name=None, country=country, sector=(code[3:] or None) if country else "IGO",
                   entity_id=f"country:{country}" if country else f"igo:{code}", kind="country" if country else "igo",
                   confidence=0.7, reason=f"{self._text(hit.start, hit.end)!r} names several people ({names}), "
                                          f"who all code as {code} {when}")
        return end

    # -- titles and sector words ----------------------------------------------------------------

    def _title(self, k: int, start: int, polity: Polity | None, compose: str | None = None) -> int:
        hit = self.hits[k]
        title = self._text(hit.start, hit.end)
        infos = self.kb.titles(title)
        if compose is not None and self.kb.titles(f"{compose} {title}"):
            title = f"{compose} {title}"
            infos = self.kb.titles(title)
        pos = hit.end
        if polity is None:
            of = self._of_polity(pos)
            if of is not None:
                polity, pos = of
        before = self._words_before(hit.start, max(start, hit.start - 3))
        not_holder = bool(before & NOT_HOLDER) or (hit.start > 0 and self.normed[hit.start - 1] in NOT_HOLDER) or (
            hit.start > 1 and self.normed[hit.start - 1] == "-" and self.normed[hit.start - 2] in NOT_HOLDER) or (
            start < hit.start and start > 0 and self.normed[start - 1] in NOT_HOLDER)  # "the former Iranian foreign minister"
        # A name right after the title wins: "President Vladimir Putin", "foreign minister Abbas Araghchi".
        j = pos + (1 if pos < len(self.doc) and self.normed[pos] in HONORIFICS else 0)
        stranger_end: int | None = None
        for at in (pos, j):
            kp = self.hit_at.get(at)
            if kp is not None and (self.hits[kp].kind == "person" or self.hits[kp].of_kind("person")
                                   and self.hits[kp].kind == "metonym"):  # "President Meta" is no company
                if not self._stranger(self.hits[kp], polity):
                    return self._person(self.hits[kp], start, self.hits[kp].end, polity)
                j, stranger_end = at, self.hits[kp].end  # "Colombian Defence Minister Pedro Sanchez": a
                break  # namesake of Spain's prime minister; the title wins
        chosen, polity = self._pick_title(infos, polity, self.sent[hit.start])
        if polity is None or chosen is None and polity.is_igo:
            return pos
        if stranger_end is not None:
            return self._learn(start, stranger_end, j, polity, chosen, title)
        name_end = self._proper_run(j)
        if name_end > j:
            # An unknown name after a title: learn who it is only when the text names the country.
            if polity.how.startswith("context"):
                # "Vice-President Moody Awori ... the Kenya Anti-Corruption Commission": a domestic or
                # deputy office is held by the one country the sentence names (not OUTWARD_OFFICES)
                outward = OUTWARD_OFFICES if not not_holder else OUTWARD_OFFICES - HEAD_OFFICES  # vice-presidents
                named = self._sentence_polity(hit.start) if chosen is None or chosen.office not in outward else None
                if named is None:
                    return name_end
                polity, chosen = named, None if not_holder else chosen
            return self._learn(start, name_end, j, polity, chosen, title)
        if not_holder or chosen is None:
            return self._sector(start, pos, polity, "GOV", f"title {title!r}"
                                + (" (not the office holder)" if not_holder else ""), 0.75)
        return self._holder(start, pos, polity, chosen.office, title)

    def _stance_owner(self, start: int, word: int, polity: Polity | None) -> int:
        """"Iran reiterated its opposition to the deal", "Russia's opposition to NATO expansion": opposition
        *to* something is a stance, not the opposition parties; the owner, a country, is the country itself
        (a pronoun owner names nothing here)."""
        if polity is not None and not polity.is_igo and polity.place is None and start < word \
                and self.doc[start].pos_ != "PRON":
            owner_end = word - 1 if self.normed[word - 1] in POSSESSIVE else word
            self._emit(start, owner_end, code=polity.code, name=None, country=polity.code, sector=None,
                       entity_id=f"country:{polity.code}", kind="country", confidence=0.8,
                       reason=f"{self._text(start, owner_end)!r} holds a stance (its opposition to something)")
        return word + 1

    def _place_not_person(self, hit: Hit, entry: NameEntry) -> bool:
        """A lone surname after a place preposition names the place: "a rally in Bolton" (the English town),
        "fighting near Kerry"; before a court or accord after "the", a city ("the Hague tribunal"). Only a person
        already named in the article is meant there: "John Bolton ... Later, in Bolton's view" keeps him."""
        j = hit.end
        if j + 1 < len(self.doc) and self.normed[j] == "-" and self.normed[j + 1] in OBJECT_SUFFIXES:
            return True  # "Machete-wielding men": the thing wielded (Rui Machete's surname), not a person
        if entry.key in self.ctx.introduced or hit.start == 0:
            return False
        if self.normed[hit.start - 1] == "the" and hit.end < len(self.doc) \
                and self.normed[hit.end] in NAMED_INSTITUTIONS:
            return True  # "the Hague tribunal": a city's court or accord, not William Hague's
        listed = self._listed_town(hit)
        if not entry.weak and self._coded_place(hit) is None and not listed:
            return False  # a listed alias is the person's, unless the gazetteer has a town of the name ("in Lagos")
        if self.normed[hit.start - 1] not in TOWN_PREPOSITIONS and not self._place_preposition(hit.start - 1, ("near",)) \
                and not listed:
            return False  # ("east of Lagos" counts as "near Lagos")
        # spaCy often tags such a town PERSON ("in Bolton"): the word's part of speech is what counts
        return all(self.doc[i].ent_type_ in PLACE_ENTITY_TYPES or self.doc[i].pos_ == "PROPN"
                   for i in range(hit.start, hit.end))

    def _retired_surname(self, hit: Hit, entry: NameEntry) -> bool:
        """An automatic surname ("Palma" of Panama's Manuel Solís Palma) that is also a place's name, of a person
        whose every office ended more than ``RETIRED_YEARS`` years before the article's date and whom the article
        has not named in full: the place ("Insurgents seized Palma" in 2021 is Mozambique's town)."""
        if not entry.weak or self.on is None or entry.key in self.ctx.introduced:
            return False
        if not any(e.kind == "place" for e in hit.entries):
            return False
        tenures = self.kb.tenures_of(entry.key)
        if not tenures or any(t.end is None for t in tenures):
            return False
        last = max(t.end for t in tenures if t.end is not None)
        return (self.on - last).days > RETIRED_YEARS * 365

    def _listed_town(self, hit: Hit) -> bool:
        """``in Nondin and Soro``: a lone name joined to the object of a town preposition that is no actor the
        sentence names is listed with it as another town (twentieth actors round; Soro had been Guillaume Soro)."""
        token = self.doc[hit.end - 1]
        if hit.end - hit.start != 1 or token.dep_ != "conj" or self.normed[hit.start - 1] not in ("and", "or", ","):
            return False
        first = token
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ != "pobj" or first.head.lower_ not in TOWN_PREPOSITIONS:
            return False
        return not any(h.start <= first.i < h.end for h in self.hits)

    @staticmethod
    def _coded_place(hit: Hit) -> NameEntry | None:
        """The place (with a country) that ``hit``'s name also is ("Lagos", also Ricardo Lagos), if any."""
        return next((e for e in hit.entries if e.kind == "place" and e.code), None)

    def _stranger(self, hit: Hit, polity: Polity | None) -> bool:
        """A title naming a country in which no person of the name ever held office or has a code: "Colombian
        Defence Minister Pedro Sanchez" (2025) is not Spain's prime minister but a namesake, so the title
        codes him. False when the polity is unknown, an IGO, or a region ("Tigray's president")."""
        if polity is None or polity.is_igo or polity.place is not None:
            return False
        for entry in hit.of_kind("person"):
            if any(t.country == polity.code for t in self.kb.tenures_of(entry.key)):
                return False
            ex = self.kb.code_on(entry.key, self.on)
            if ex.country in (None, polity.code):
                return False
        return True

    def _chief_phrase(self, start: int, pos: int, polity: Polity) -> int:
        """``the IAEA chief``, ``NATO's chief``, ``IAEA chief Rafael Grossi``: ``pos`` is the head word."""
        word = self.doc[pos].text
        kp = self.hit_at.get(pos + 1)
        if kp is not None and self.hits[kp].kind == "person":
            return self._person(self.hits[kp], start, self.hits[kp].end, polity)
        name_end = self._proper_run(pos + 1)
        if name_end > pos + 1:
            return self._learn(start, name_end, pos + 1, polity, None, word)
        return self._igo_chief(start, pos + 1, polity, word)

    def _pick_title(self, infos: tuple[TitleInfo, ...], polity: Polity | None,
                    sentence: int) -> tuple[TitleInfo | None, Polity | None]:
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
                    return info, Polity(code=code, is_igo=True, how="context" if igo else "default")
                continue
            country, how = self.ctx.context_country(sentence, self._previous_subject_country(sentence))
            if info.scope and country not in info.scope:
                country, how = info.default, "the title's usual country"
            if country:
                return info, Polity(code=country, is_igo=False, how=f"context: {how}")
        return None, None

    def _context_igo(self, sentence: int, scope: frozenset[str]) -> str | None:
        for m in reversed(self.out):
            if self.sent[m.token_start] < sentence - 1:
                break
            if m.kind == "igo" and m.actor_code in scope:
                return m.actor_code
        return None

    def _agent(self, k: int, start: int, polity: Polity | None, confidence: float = 0.85) -> int:
        hit = self.hits[k]
        word = self._text(hit.start, hit.end)
        sector = hit.entries[0].key
        pos = hit.end
        if sector == "OPP" and pos < len(self.doc) and self.normed[pos] in STANCE_PREPOSITIONS \
                and self.normed[pos - 1] == "opposition":
            return self._stance_owner(start, hit.start, polity)
        force = self._force_compound(k, sector)
        if force is not None:  # "government forces", "regime troops": the head noun decides
            pos, sector = force
            word = self._text(hit.start, pos)
        if pos < len(self.doc) and self.normed[pos] in OTHER_PARTY_NOUNS:
            return pos  # "Israel's militia ally": another party allied to Israel, of no country the phrase says
        employed = self._employed(start, pos)
        if employed is not None:  # "saboteurs working for Russia", "Ukrainian citizens spying for Moscow"
            return employed
        if polity is None:
            of = self._of_polity(pos, places=True)
            if of is not None:
                polity, pos = of
                confidence = 0.7 if polity.how == "place" else confidence
        if polity is None:
            titled = self._portfolio_title(k)
            if titled is not None:  # "Planning and Investment Minister Tran Xuan Gia said Vietnam ..."
                start, polity = titled
                confidence = 0.6
        if polity is None and " ".join(self.normed[hit.start:pos]) in PERSON_ROLES:
            name_end = self._proper_run(pos)
            if name_end >= pos + 2:  # "the blogger Albert Ojwang died in a Nairobi police cell"
                one_country = self._sentence_polity(hit.start)
                if one_country is not None:
                    return self._learn(start, name_end, pos, one_country, None, word, sector=sector)
        if polity is not None:
            diplomatic = self.normed[pos - 1] in DIPLOMATIC_WORDS
            role_end, accredited = pos, None
            if diplomatic:  # "Iran's envoy to the United Nations": where the envoy serves, part of the role
                pos, accredited = self._destination(pos)
            name_end = self._proper_run(pos)
            if name_end > pos and self.normed[hit.start] in DESCRIPTIONS:
                return self._learn(start, name_end, pos, polity, None, word)
            if not polity.is_igo and " ".join(self.normed[hit.start:pos]) in PERSON_ROLES:
                # "Russian opposition leader Alexei Navalny": the role's sector of the named country (a
                # one-word title may be a given name: "Iranian general Amir Hajizadeh")
                role_end = self._proper_run(pos, titles=True)
                if role_end > pos + 1 or role_end > pos and not self._title_word(pos):
                    return self._learn(start, role_end, pos, polity, None, word, sector=sector)
            if sector == "MIL" and not polity.is_igo and (polity.how == "place" and start < hit.start
                                                          or self._stateless_before(start, hit.start)):
                sector = "REB"  # "Tigrayan forces", "Misrata forces", "Syrian Kurdish forces": not the state's army
            end = self._sector(start, pos if accredited is None else role_end, polity, sector,
                               f"sector word {word!r}", confidence)
            if diplomatic and not polity.is_igo:  # "X, Iran's envoy to the UN," / "..., Amir Saeid Iravani,"
                for named in (self._apposed_before(start), self._apposed_after(pos)):
                    if named is not None:
                        if accredited is not None and named[0] >= pos:  # "... to Israel, Anatoly Viktorov,"
                            self._phrase(accredited)
                            accredited = None
                        end = max(end, self._learn(named[0], named[1], named[0], polity, None, word))
            return end
        if sector == "MIL" and self._stateless_before(hit.start - 1, hit.start):
            sector = "REB"  # "Kurdish forces": a stateless people's armed men, placed below like rebels
        loyal = self._loyal_to(pos)
        if loyal is not None:  # "forces loyal to Gbagbo", "militants loyal to Iraq's al-Qaeda frontman"
            return self._sector(start, pos, loyal, sector, f"sector word {word!r}", 0.7)
        seized = self._seized_power_in(pos)
        if seized is not None:  # "the soldiers who seized power in Niger" (own gold x035)
            return self._sector(start, pos, seized, sector, f"sector word {word!r}", 0.7)
        if sector == "GOV" and self.normed[pos - 1] in LOCAL_GOVERNMENT_WORDS:
            located = self._in_place(pos, frozenset({"in"}))
            if located is not None:  # "officials in Kyiv", "the authorities in Tigray" (not "diplomats in Moscow")
                return self._sector(start, pos, located, sector, f"sector word {word!r}", 0.75)
        if sector in PLACE_PREPOSITIONS:
            located = self._in_place(pos, PLACE_PREPOSITIONS[sector])
            seat = self._hit_after(pos, PLACE_PREPOSITIONS[sector]) if sector == "JUD" else None
            if seat is not None and " ".join(self.normed[seat.start:seat.end]) in INTERNATIONAL_COURT_SEATS:
                located = None  # "the court in Strasbourg" is the European court, no French one
            if located is not None and seat is not None:  # "a court in Rome": the city is where it sits, no government
                return self._sector(start, seat.end, located, sector, f"sector word {word!r}", 0.75)
            if located is not None:  # "protesters in Tehran": the span stays the sector word
                return self._sector(start, pos, located, sector, f"sector word {word!r}", 0.75)
        if sector in LOCAL_SECTORS and self._proper_run(pos) == pos:
            located = self._clause_place(hit.start)
            if located is not None:  # "Police fired tear gas at protesters in Maputo"
                return self._sector(start, pos, located, sector, f"sector word {word!r}", 0.6)
        if sector == "REB":
            people = self._people_state(start, hit.start)
            if people is not None:  # "Tuareg-led separatists said they had ambushed Malian soldiers"
                return self._sector(people[0], pos, people[1], sector, f"sector word {word!r}", 0.6)
        phrase = " ".join(self.normed[hit.start:pos])
        if phrase in INSTITUTIONS and (self._definite(hit.start) or phrase in SELF_DEFINITE) and self._proper_run(pos) == pos:
            country = self.ctx.dominant_country(self.sent[hit.start])
            if country is not None:
                how = f"the article's dominant country, named {self.ctx.country_counts[country]} times"
                return self._sector(hit.start, pos, Polity(code=country, is_igo=False, how=how), sector,
                                    f"sector word 'the {word}'", 0.6)
        if phrase in SENTENCE_INSTITUTIONS and self._definite(hit.start) and self._proper_run(pos) == pos:
            one = self._one_sentence_country(hit.start)
            if one is not None and phrase in NATIONAL_OFFICES and any(
                    h.kind == "demonym" for h in self.hits if self.sent[h.start] == self.sent[hit.start]):
                one = None  # "the attorney general charged two Chinese nationals": foreigners say nothing
            if one is not None:  # "the CGT called a general strike against Milei"
                return self._sector(hit.start, pos, one, sector, f"sector word 'the {word}'", 0.6)
        if sector == "JUD" and self.normed[pos - 1] in PROSECUTOR_WORDS and self._proper_run(pos) == pos:
            accused = self._accused_country(hit.start)
            if accused is not None:  # "A special counsel will investigate Yoon Suk Yeol": a country's own
                return self._sector(start, pos, accused, sector, f"sector word {word!r}", 0.6)
        if phrase in FORCE_INSTITUTIONS and pos < len(self.doc) and self.normed[pos] in FORCE_CHIEFS \
                and self._definite(hit.start) and self._proper_run(pos + 1) == pos + 1:
            last = self.ctx.last_country
            if last is not None and last[0] == self.sent[hit.start]:  # "RSF commander Dagalo declared a truce
                # a day after the army chief rejected the plan": the chief of the country just named, as a title
                # without a country is (eighteenth actors round)
                how = "context: the nearest preceding country in the sentence"
                return self._sector(hit.start, pos + 1, Polity(code=last[1], is_igo=False, how=how), sector,
                                    f"sector word 'the {word} {self.normed[pos]}'", 0.6)
        if sector in LOCAL_SECTORS and start == hit.start:
            modifier = self._event_modifier_country(hit.start, pos)
            if modifier is not None:  # "weeks of student protests" in a sentence about Bangladesh (20th round)
                return self._sector(hit.start, pos, modifier, sector, f"sector word {word!r}", 0.55)
        head = self.normed[hit.end - 1]
        if head in DESCRIPTIONS and self._definite(hit.start):
            if self._proper_run(pos) == pos and not self._followed_by_name(pos):
                referent = self.ctx.description_referent(head, self.sent[hit.start])
                if referent is not None and not self._acts_on_itself(referent, hit.end - 1):
                    self._refer(hit.start, hit.end, referent, f"definite description 'the {word}'")
        return pos

    def _seized_power_in(self, pos: int) -> Polity | None:
        """``the soldiers who seized power in Niger``, ``officers who took power in Gabon``: the men a relative
        clause says seized power in a country are that country's (a coup is made at home; seventeenth actors
        round). None when the word before ``pos`` has no such clause."""
        noun = self.doc[pos - 1]
        for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in COUP_VERBS):
            if not any(c.dep_ == "dobj" and c.lemma_.lower() == "power" for c in clause.children):
                continue
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                hit = next((h for h in self.hits if obj is not None and h.start <= obj.i < h.end
                            and h.kind in ("country", "capital")), None)
                if hit is None:
                    continue
                polity = self._polity_of(hit.entries[0])
                if polity is not None and not polity.is_igo:
                    return replace(polity, how=f"{clause.text} power in {self._text(hit.start, hit.end)!r}")
        return None

    def _acts_on_itself(self, referent: ResolvedActor, i: int) -> bool:
        """Whether ``referent`` is the subject of the very verb whose object (or prepositional object) token ``i``
        is: "Brazil's foreign minister recalled the ambassador" names two people, since a person acting on
        themselves is said with a reflexive (eighteenth actors round; the description had named the minister)."""
        verb = self.doc[i]
        while verb.dep_ in ("dobj", "pobj", "prep", "dative", "compound", "appos", "conj", "attr"):
            verb = verb.head
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i == referent.head for c in verb.children)

    def _accused_country(self, i: int) -> Polity | None:
        """The one country of the known people that token ``i``'s sentence names, when it names no country, capital,
        demonym or place: prosecutors and special counsels with no country ("Prosecutors charged Imran Khan") are
        those of the country whose politicians they pursue (eighteenth actors round)."""
        hits = [h for h in self.hits if self.sent[h.start] == self.sent[i] and h.kind != "agent"]
        if any(h.entries[0].kind != "person" for h in hits):
            return None
        countries = {self._hit_country(h) for h in hits}
        if len(countries) != 1 or None in countries:
            return None
        code = countries.pop()
        return Polity(code=code, is_igo=False, how="the country of the people the sentence names") \
            if code and self.kb.is_country(code) else None

    def _people_state(self, start: int, stop: int) -> tuple[int, Polity] | None:
        """``Kurdish militants``, ``Tuareg-led separatists`` named with no country or place: (the people word's token,
        the one state of that people the sentence names), None when it names none or several of them. Countries
        named only as a border's ("near the Algerian border") are places, not parties (eighteenth actors round)."""
        k = stop - 1
        while k >= max(start - 3, 0) and self.normed[k] in ("-", "led", "dominated"):
            k -= 1
        states = STATELESS_PEOPLE_STATES.get(self.normed[k]) if k >= 0 else None
        if states is None or self.sent[k] != self.sent[stop]:
            return None
        named = {self._hit_country(h) for h in self.hits if self.sent[h.start] == self.sent[stop]
                 and not self.doc[h.end - 1].head.lower_.startswith(("border", "frontier"))}
        found = sorted(c for c in named & states if c is not None)
        if len(found) != 1:
            return None
        return k, Polity(code=found[0], is_igo=False, how="the one state of the people the sentence names")

    def _stateless_before(self, start: int, stop: int) -> bool:
        """A people without a state among the words ``[start, stop)`` before a sector word ("Syrian Kurdish")."""
        return any(self.normed[t] in STATELESS_PEOPLES for t in range(max(start, 0), stop))

    # -- names the article teaches, pronouns ----------------------------------------------------

    def _learned(self, i: int) -> int | None:
        """A name the article taught, at ``i``: the end of the mention, None when there is none."""
        if not self.ctx.learned or not self.doc[i].text[:1].isupper():
            return None
        for size in (6, 5, 4, 3, 2, 1):
            mention = self.ctx.learned.get(tuple(self.normed[i:i + size]))
            if mention is not None and i + size <= len(self.doc):
                self._refer(i, i + size, mention, "partial name after a full mention", 0.85)
                return i + size
        return None

    def _family_name_he(self, i: int) -> bool:
        """"He" inside a sentence, capitalised and followed by a proper noun, is a Chinese family name ("Scott
        Bessent met He Lifeng in Geneva"), not a pronoun to carry a person over to."""
        token = self.doc[i]
        return token.text == "He" and not token.is_sent_start and i + 1 < len(self.doc) \
            and self.doc[i + 1].pos_ == "PROPN" and self.doc[i + 1].text[:1].isupper()

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
            return self._region_pronoun_office(i)
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
                    polity = Polity(code=referent.country, is_igo=False,
                                     how=f"{label} -> {referent.name or referent.mention}")
                    if self.hits[k].kind == "title":  # "Iran sent its top diplomat": the holder on the date
                        return self._title(k, i, polity)
                    return self._agent(k, i, polity, confidence)
                break
        self._refer(i, i + 1, referent, label, confidence)
        return i + 1

    def _sympathiser(self, hit: Hit) -> int:
        """``an Islamic State sympathiser``, ``al-Qaeda sympathizers``: people who sympathise with a group are not
        the group; they are civilians of the one country their sentence names ("Austrian police arrested an Islamic
        State sympathiser in Vienna" -> ``AUTCVL``), else no actor (round twenty-five)."""
        end = hit.end + 1
        polity = self._sentence_polity(hit.start)
        if polity is None or polity.is_igo:
            return end
        return self._sector(hit.start, end, polity, "CVL",
                            f"a sympathiser of {self._text(hit.start, hit.end)!r} is no member of it", 0.6)

    def _proxy(self, k: int, pos: int) -> int | None:
        """``pro-Russian separatists``, ``Rwandan-backed rebels``: rebels backed by a state fight in another one.
        Named with no place of their own ("separatists in Donetsk" is read by the usual rules first), they are the
        rebels of the one other state their sentence names by a country, capital or place name, not as a modifier
        of another sector word ("Ukraine accused pro-Russian separatists" -> ``UKRREB``; "Rwandan-backed rebels
        seized Goma" -> ``CODREB``; "Iran-backed militias attacked US troops" names no such state: nothing), never
        the backer's (round twenty-seven). None: the usual rules apply."""
        hit = self.hits[k]
        agent = self._next_hit(k, pos, ("agent",))
        if agent is None or agent[1].entries[0].key != "REB":
            return None
        patron = self._polity_of(hit.entries[0], places=False)
        if patron is None or patron.is_igo:
            return None
        emitted = len(self.out)
        end = self._agent(agent[0], agent[1].start, None)
        if len(self.out) > emitted:
            return end  # "pro-Russian separatists in eastern Ukraine": the place they are in
        sent = self.sent[hit.start]
        hosts: set[str] = set()
        for other in self.hits:
            if other is hit or other is agent[1] or self.sent[other.start] != sent:
                continue
            entry = other.entries[0]
            if entry.kind not in ("country", "capital", "place") or not entry.code and entry.kind == "place":
                continue
            if other.end < len(self.doc) and (other.end in self.hit_at or self.normed[other.end] in POSSESSIVE
                                              or self.normed[other.end] == "-"):
                continue  # "US troops", "Ukraine's army", "Iran-backed": a modifier, not the scene
            code = self._hit_country(other) if entry.kind != "place" else entry.code
            if code and code != patron.code:
                hosts.add(code)
        if len(hosts) != 1:
            return end
        host = hosts.pop()
        return self._sector(agent[1].start, agent[1].end, Polity(code=host, is_igo=False,
                                                                 how=f"the one other state beside {patron.code}"),
                            "REB", f"rebels backed by {patron.code} ({self._text(hit.start, hit.end)!r})", 0.6)

    def _followers_pass(self) -> None:
        """``supporters of Evo Morales``, ``Imran Khan's loyalists``, ``the former president's followers``: a
        person's (or an office holder's) supporters, followers, loyalists or partisans are not the person nor his
        office. The mention grows to the whole phrase and codes as his country's opposition (``BOLOPP``) while he
        holds no office on the date (a former leader, an opposition leader; a title after "former"), else as its
        civilians (``USACVL``), as our own gold set codes them (round twenty-seven). Run after the walk, so that
        every way of naming the person (name, later surname, title) is read first."""
        out: list[ResolvedActor] = []
        for m in self.out:
            found = self._followers_of(m)
            out.append(m if found is None else found)
        self.out = out

    def _followers_of(self, m: ResolvedActor) -> ResolvedActor | None:
        """The followers of the person or office holder ``m`` names, as one mention; None when ``m`` is not the
        owner of a follower word (see ``_followers_pass``)."""
        country = m.country
        if not country or not self.kb.is_country(country) or not (
                (m.entity_id or "").startswith("person:") or m.sector == "GOV"):
            return None
        n = len(self.doc)
        before = m.token_start
        former = False
        while before > 0 and m.token_start - before < 3 and self.normed[before - 1] in FOLLOWED_MODIFIERS:
            before -= 1
            former = former or self.normed[before] in FORMER_WORDS
        if before >= 2 and self.normed[before - 1] == "of" and self.normed[before - 2] in FOLLOWER_WORDS:
            start, end = before - 2, m.token_end
        else:
            after = m.token_end
            if after >= n or self.normed[after] not in POSSESSIVE:
                return None
            after += 1
            while after < n and after - m.token_end <= 3 and self.doc[after].pos_ in ("ADJ", "ADV") \
                    and self.normed[after] not in FOLLOWER_WORDS:
                after += 1
            if after >= n or self.normed[after] not in FOLLOWER_WORDS:
                return None
            start, end = before, after + 1
        former = former or any(self.normed[t] in FORMER_WORDS for t in range(m.token_start, m.token_end))
        if (m.entity_id or "").startswith("person:"):
            out_of_office = self.on is not None and not self.kb.offices_of(m.entity_id or "", self.on)
        else:
            out_of_office = former
        sector = "OPP" if out_of_office else "CVL"
        span = self.doc[start:end]
        actor = self.kb.country(country)
        return ResolvedActor(actor_code=ActorCode(country + sector), mention=span.text, start=span.start_char,
                             end=span.end_char, token_start=start, token_end=end, head=span.root.i,
                             name=actor.name if actor else None, country=country, sector=sector,
                             entity_id=f"country:{country}", kind="country", confidence=0.7,
                             reason=f"followers of {m.mention!r} are not the person nor the office: "
                                    f"{'the opposition' if sector == 'OPP' else 'civilians'} of {country}")

    def _region_pronoun_office(self, i: int) -> int:
        """``declared a state of emergency in Rivers State and suspended its governor``, ``dismissed the government
        of Manipur and suspended its chief minister``: "its" with no actor to refer to, before a title or a
        government word, is the
        office of the region or town the sentence last named before it (its state's government, as "Rivers
        State's governor" is; round twenty-five). Returns the index after the phrase, or after the pronoun."""
        if self.normed[i] != "its" or self.doc[i].dep_ != "poss":
            return i + 1
        j = i + 1
        while j < len(self.doc) and j not in self.hit_at and (self.normed[j] in MODIFIERS
                                                                or self.doc[j].dep_ in INNER_DEPS):
            j += 1
        k = self.hit_at.get(j)
        if k is None or not (self.hits[k].kind == "title" or self.hits[k].kind == "agent"
                             and self.hits[k].entries[0].key == "GOV"):
            return i + 1  # a title or a government word ("its governor"), not troops or police
        place = next((m for m in reversed(self.out) if self.sent[m.token_start] == self.sent[i]
                      and m.token_end <= i and (m.kind == "place" or (m.entity_id or "").startswith("place:"))
                      and m.country and self.kb.is_country(m.country)), None)
        if place is None:
            return i + 1
        title = self.hits[k]
        region = (place.entity_id or "").removeprefix("place:") if (place.entity_id or "").startswith("place:") \
            else " ".join(self.normed[place.token_start:place.token_end])
        polity = Polity(code=place.country or "", is_igo=False, how=f"'its' -> {place.mention!r}", place=region)
        return self._sector(i, title.end, polity, "GOV",
                            f"{self._text(title.start, title.end)!r}: the office of {place.mention!r}, which 'its' "
                            f"refers to", 0.6)

    def _pronoun_title(self, i: int) -> bool:
        """``his foreign minister``: a title whose country is that of the person ``his`` refers to; ``his
        army``, ``his own parliament``: a sector word of that country (tenth actors round)."""
        j = i + 1
        while j < len(self.doc) and j not in self.hit_at and self.normed[j] in MODIFIERS:
            j += 1  # "his own parliament"
        k = self.hit_at.get(j)
        if k is None or self.hits[k].kind not in ("title", "agent") or self.normed[j] in ("counterpart", "counterparts"):
            return False  # "his counterpart" is the other country's (ninth round)
        referent = self.ctx.pronoun_referent(self.sent[i])
        if referent is None or not referent.country or not self.kb.is_country(referent.country):
            return False
        polity = Polity(code=referent.country, is_igo=False, how=f"pronoun {self.doc[i].text!r} -> {referent.name}")
        before = len(self.out)
        if self.hits[k].kind == "title":
            self._title(k, i, polity)
        else:
            self._agent(k, i, polity, 0.6)
        return len(self.out) > before


# Offices whose holders speak for their country abroad and so of other countries ("President X met Iran's
# leader"): an unknown name with such a title is not given the country its sentence names.
HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})
# The hyphened words after a country or demonym that name where a good comes from ("Chinese-made", "US-supplied").
# "a Saudi-born doctor": birth in a state named by its name or demonym gives a person's nationality (``_born``).
BIRTH_SUFFIXES = frozenset({"born"})
# States of residence whose citizens news names with a hyphened origin before or after them ("an Iranian-American",
# "a British-Iranian", "a French-Iranian", "a Swedish-Iranian doctor", "a Chinese-Australian writer"): in a pair with
# a state not listed here, the listed one is the person's (``_dual_nationality``, round thirty-one).
HYPHENATED_HOMES = frozenset({"USA", "CAN", "AUS", "NZL", "GBR", "IRL", "FRA", "DEU", "AUT", "CHE", "BEL", "NLD",
                              "LUX", "DNK", "SWE", "NOR", "FIN", "ISL", "ITA", "ESP", "PRT"})
# Nouns for a person that a hyphened pair of nationalities describes ("a German-Iranian dual national", "an
# Iranian-American academic"; ``_dual_person``): not the words of relations between states (talks, conflict, ties).
DUAL_PERSON_NOUNS = frozenset({
    "national", "citizen", "man", "woman", "boy", "girl", "child", "teenager", "teen", "person", "people", "family",
    "couple", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "journalist", "reporter",
    "photographer", "filmmaker", "writer", "author", "novelist", "poet", "academic", "scholar", "researcher",
    "scientist", "professor", "student", "teacher", "doctor", "physician", "surgeon", "nurse", "engineer", "worker",
    "employee", "artist", "dancer", "ballerina", "musician", "singer", "rapper", "actor", "actress", "athlete",
    "footballer", "player", "boxer", "wrestler", "billionaire", "millionaire", "tycoon", "magnate",
    "entrepreneur", "investor", "executive", "banker", "businessman", "businesswoman", "activist", "campaigner",
    "dissident", "blogger", "influencer", "hostage", "detainee", "prisoner", "captive", "tourist", "traveller",
    "traveler", "resident", "pastor", "priest", "cleric", "rabbi", "lawyer", "chef", "conservationist",
    "environmentalist", "veteran", "accused", "suspect", "defendant", "convict", "fugitive", "chemist", "physicist",
    "mathematician", "historian", "economist", "analyst", "programmer", "pensioner", "volunteer", "paramedic",
    "pilot", "sailor", "seaman", "fisherman", "farmer", "monk", "nun", "bishop", "collaborator", "informant"})
# A capital before one of these and "of" is the city where another body's branch sits ("the Baku office of Sputnik
# Azerbaijan", "the Moscow bureau of the BBC"; ``_capital_as_place``, round twenty-eight).
BRANCH_NOUNS = frozenset({"office", "offices", "bureau", "branch", "headquarters", "studio", "studios", "newsroom"})
# Languages that name a news outlet's edition after its name ("BBC Persian", "RT Arabic", ``_edition_end``).
EDITION_LANGUAGES = frozenset({"arabic", "english", "persian", "farsi", "russian", "turkish", "urdu", "french",
                               "spanish", "mundo", "chinese", "mandarin", "ukrainian", "german", "hindi", "pashto",
                               "dari", "uzbek", "kazakh", "serbian", "balkan", "brasil", "international", "world",
                               "africa", "afrique"})
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY", "ELI"})
ORIGIN_SUFFIXES = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied", "provided",
                             "donated"})
# Trade measures whose object's origin is the country they fall on ("tariffs on Chinese-made cars").
TRADE_MEASURE_NOUNS = frozenset({"tariff", "duty", "levy", "tax", "ban", "embargo", "quota", "restriction", "curb",
                                 "limit", "sanction", "probe", "investigation", "boycott", "surcharge"})
# Nouns of goods moving into a market, through which a measure reaches the good ("a ban on imports of ...").
GOODS_FLOW_NOUNS = frozenset({"import", "shipment", "sale", "purchase"})
TRADE_MEASURE_VERBS = frozenset({"ban", "bar", "tax", "restrict", "curb", "block", "blacklist", "prohibit", "boycott",
                                 "sanction", "exclude"})
# An automatic surname of a person out of office for longer than this gives way to a place of that name.
RETIRED_YEARS = 10
# A surname that more listed people bear than this is a common family name of their country ("Li", "Wang",
# "Singh"): alone, it names the state's leader only where the article names that state or beside a foreign
# leader, not merely because every listed bearer served one state (round twenty-five).
MAX_ONE_STATE_BEARERS = 3
# Nouns that stand for an organisation of states before a possessive ("the bloc's leaders"), with the organisation
# they mean in world news when the article names none ("" for none: "the union's leader" may be a trade union's).
# Words for those who would break a region away from a state: with a demonym and "in" another country, that country's
# rebels. Not "rebels" or "insurgents": "Rwandan rebels in Congo", "Chadian rebels in Libya" are their own country's.
INSURGENT_WORDS = frozenset({"separatists", "separatist", "secessionists", "secessionist"})
# People who sympathise with an armed group without belonging to it ("an Islamic State sympathiser").
SYMPATHISER_WORDS = frozenset({"sympathiser", "sympathisers", "sympathizer", "sympathizers"})
# A person's followers, who are neither the person nor his office ("supporters of Evo Morales"; round 27).
FOLLOWER_WORDS = frozenset({"supporters", "followers", "loyalists", "partisans", "supporter", "follower", "loyalist"})
# A backer's stance words before rebels it backs in another state ("pro-Russian", "Rwandan-backed"; round 27).
PROXY_WORDS = frozenset({"pro", "backed", "funded", "sponsored", "supported", "armed", "allied", "aligned"})
# Words between "supporters of" and the person or office they follow ("supporters of the ousted president").
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "toppled", "exiled", "jailed", "imprisoned", "late", "ex"})
FOLLOWED_MODIFIERS = FORMER_WORDS | {"the", "-"}
# Nouns that name a state by description before a possessive ("the island's defence ministry", round twenty-five).
STATE_NOUNS = frozenset({"country", "nation", "state", "kingdom", "emirate", "sultanate", "republic", "island",
                         "archipelago", "city-state", "monarchy", "principality"})
BLOC_NOUNS: dict[str, str] = {"bloc": "IGOEUREEC", "alliance": "IGOWSTNAT", "union": ""}
# Heads of a bloc's phrase that name the organisation acting ("the bloc's foreign-policy chief", "its member states").
BLOC_PEOPLE = frozenset({"chief", "head", "commissioner", "commissioners", "spokesman", "spokeswoman", "spokesperson",
                         "envoy", "executive", "arm", "members", "states", "governments", "countries", "nations"})
# IGOs that are no bloc of states: the UN and its agencies and courts, the lenders, Interpol, the ICRC.
NOT_BLOCS = ("IGOUNO", "IGOIMF", "IGOWBK", "IGOITP", "IGOPCA", "IGOASAADB", "IGOAFRAFB", "IGOLAMIAD", "IGOEBR",
             "IGOASAAIB", "IGOMOSIDB", "IGOIEA", "IGOOPW")
# A stance word before a proposal names its proposer ("a US-backed ceasefire plan"); see ``_compound_adjective``.
PROPOSER_SUFFIXES = frozenset({"backed", "sponsored", "supported"})
PROPOSAL_NOUNS = frozenset({"plan", "proposal", "initiative", "resolution", "draft", "framework", "roadmap",
                            "blueprint", "bill", "motion"})
# The party of a named leader ("Imran Khan's party"); see ``_persons_party``.
PARTY_WORDS = frozenset({"party"})
# The lowest confidence of a person's code from an office or dated row covering the day
# (knowledge_base._person_on: 0.95 an office, 0.9 a row; 0.7-0.8 out of office or undated).
IN_OFFICE_CONFIDENCE = 0.9
OUTWARD_OFFICES = HEAD_OFFICES | {"foreign_minister", "defence_minister"}


# Verbs of handing a person over to a court ("to The Hague"; resolver._hague_court), and the states of the former
# Yugoslavia, whose war crimes the tribunal at The Hague tried from 1993 to 2017.
HANDOVER_VERBS = frozenset({"hand", "deliver", "extradite", "transfer", "send", "surrender", "fly", "bring", "turn",
                            "take", "deport"})
# Words of a trial that make "to The Hague" its court where the verb alone does not ("to face charges").
TRIAL_WORDS = frozenset({"charge", "trial", "tribunal", "court", "crime", "indictment", "indict", "genocide", "prosecution",
                         "prosecutor", "warrant", "face", "try", "stand"})
# Electoral and constitutional bodies, which every state has one of and which rule on its own elections, candidates
# and office holders ("the electoral commission declared William Ruto the winner", "the constitutional court removed
# Yoon Suk Yeol from office"): the one country of the sentence (twentieth actors round), none where a demonym names
# foreigners (as ``NATIONAL_OFFICES`` below).
ELECTORAL_AND_CONSTITUTIONAL_BODIES = frozenset({
    "election commission", "electoral commission", "electoral council", "central election commission",
    "central electoral commission", "national election commission", "national electoral council", "electoral tribunal",
    "electoral court", "constitutional court", "constitutional council"})
# A state's own officers and bodies, named in news with the country's institutions ("Spain's Supreme Court opened an
# investigation into the attorney general, Alvaro Garcia Ortiz") but also with the foreigners they pursue ("two
# Chinese nationals"): a demonym in the sentence leaves them unresolved (nineteenth actors round).
NATIONAL_OFFICES = frozenset({"attorney general", "attorney-general", "prosecutor general", "prosecutor-general",
                              "chief justice"}) | ELECTORAL_AND_CONSTITUTIONAL_BODIES
# Bodies that "the ..." names in a sentence whose names all belong to one country: that country's ("the CGT",
# Argentina's or France's labour confederation by the news it is in), and the national offices above.
SENTENCE_INSTITUTIONS = frozenset({"cgt", "cne"}) | NATIONAL_OFFICES
# Those who pursue the accused, whose country is the accused's (``_Run._accused_country``; not courts, whose
# summonses a foreigner may ignore as well).
PROSECUTOR_WORDS = frozenset({"prosecutor", "prosecutors", "counsel", "counsels"})
# A forces' chief named with no country ("the army chief", "the police commander"), read like a title.
FORCE_INSTITUTIONS = frozenset({"army", "military", "navy", "air force", "police"})
FORCE_CHIEFS = frozenset({"chief", "commander", "boss"})
# Verbs of a coup: "the soldiers who seized power in Niger" (``_Run._seized_power_in``).
COUP_VERBS = frozenset({"seize", "take", "grab", "usurp", "snatch"})
# People handed to a court by the word news uses for them ("sent the general to The Hague"), and envoys, whom a
# state sends to The Hague as to any capital (``_Run._handed_suspect``).
SUSPECT_WORDS = frozenset({"suspect", "general", "fugitive", "commander", "colonel", "warlord", "accused", "defendant",
                           "indictee", "leader", "president", "militiaman", "officer"})
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "minister", "delegation", "delegate", "representative",
                         "negotiator", "team", "official", "mission", "consul", "emissary"})
FORMER_YUGOSLAVIA = frozenset({"SRB", "HRV", "BIH", "XKX", "MKD", "MNE", "SVN"})
KIN_NOUNS = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin",
                       "nephew", "niece", "uncle", "aunt", "brother-in-law", "son-in-law", "widow", "grandson",
                       "granddaughter", "stepson", "half-brother"})
"""Kinship nouns before a relative's name ("Assad's brother Maher")."""
CONGRESS_COUNTRIES = frozenset({"ARG", "BRA", "CHL", "COL", "DOM", "GTM", "HND", "MEX", "PER", "PHL", "PRY",
                                "ESP", "FSM"})
"""States whose national legislature news calls "Congress": Latin America's, the Philippines', Micronesia's, and
Spain's Congress of Deputies."""
SENATE_COUNTRIES = frozenset({"ARG", "AUS", "BEL", "BOL", "BRA", "CAN", "CHL", "CIV", "CMR", "COD", "COL", "CZE", "DOM",
                              "ESP", "FRA", "GAB", "HTI", "IRL", "ITA", "JAM", "JOR", "KAZ", "KEN", "KHM", "LBR", "MDG",
                              "MEX", "MYS", "NGA", "NLD", "PAK", "PHL", "POL", "PRY", "ROU", "RWA", "TCD", "THA", "TTO",
                              "URY", "UZB", "ZWE"})
"""States whose upper house news calls "the Senate" (seventeenth actors round)."""
TOWN_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "around"})
# Prepositions of place after which a lone automatic surname is read as a town first ("in Bolton").
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Nouns after "the <surname>" that make the surname a city's ("the Hague tribunal", "the Hague court").
NAMED_INSTITUTIONS = ACCORD_WORDS | {"tribunal", "court"}
# "opposition to", "opposition against": the stance, not the opposition parties (``_stance_owner``).
STANCE_PREPOSITIONS = frozenset({"to", "against"})
# Second halves of a compound whose first half is a thing held or carried ("machete-wielding", "gun-toting").
OBJECT_SUFFIXES = frozenset({"wielding", "toting", "carrying", "laden", "filled", "packed", "shaped"})


@functools.lru_cache(maxsize=1)
def _blank_pipeline() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _igo_like(scope: frozenset[str]) -> frozenset[str]:
    return frozenset(code for code in scope if code.startswith("IGO"))


def _measure(token: Token) -> bool:
    """A trade measure's noun ("tariffs", "duties", "a ban"; "taxes", which the small model lemmatises "taxis")."""
    return token.lemma_.lower() in TRADE_MEASURE_NOUNS or token.lower_ in ("taxes", "duties", "tariffs")
