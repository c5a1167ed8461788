"""Offices and roles in a phrase (stage 3): office holders on a date, IGO chiefs, envoys and their names.

"The IAEA chief" names the IAEA's director general on the article's date; "Russia's UN ambassador" and
"Iran's envoy to the United Nations" are their country's government (the UN is where they serve); a name
the article introduces with such a role ("..., Amir Saeid Iravani," / "Vassily Nebenzia, Russia's envoy
...") is learned for later surname-only mentions. Used by ``resolver._Run``.
"""

from __future__ import annotations

from detente.actors.builder import NameEntry, TitleInfo
from detente.actors.context import DESCRIPTIONS
from detente.actors.knowledge_base import OFFICE_RANK
from detente.actors.lexicon import HEAD_WORDS, SUBJECT_DEPS
from detente.actors.names import FAMILY_NAME_FIRST
from detente.actors.walk import Polity, RunBase

# Sector words naming a person who represents their country somewhere ("Iran's envoy to the UN").
DIPLOMATIC_WORDS = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "emissary", "diplomat", "diplomats",
                              "representative", "representatives", "delegate", "delegates", "delegation", "mission",
                              "negotiator"})
# Sectors of the armed nouns that decide a compound's sector ("government forces" -> MIL).
_FORCE_SECTORS = frozenset({"MIL", "COP"})


class RoleRules(RunBase):
    """Office holders, IGO chiefs, envoys and names introduced by a role (see the module docstring)."""

    def _holder(self, start: int, end: int, polity: Polity, office: str, title: str) -> int:
        """Emit the holder of ``office`` of ``polity`` on the date for ``[start, end)``; without one on
        record, the polity's government (an IGO: the IGO itself).

        With no article date the holder is unknown: the title still names its country or IGO, which is
        coded without a person ("the Israeli prime minister" -> ISRGOV, "the UN chief" -> IGOUNO).
        """
        if self.on is None:
            return self._sector(start, end, polity, "GOV", f"title {title!r} ({office}; no article date, so the "
                                f"holder is not known)", 0.75)
        holders = self.kb.holders(polity.code, office, self.on)
        if len(holders) == 1:
            t = holders[0]
            ex = self.kb.code_on(t.entity_id, self.on)
            reason = (f"title {title!r} of {polity.code} ({polity.how}) on {self.on}: {t.name}, "
                      f"{t.office} (tenure {t.start}..{t.end or ''})")
            confidence = 0.75 if polity.how.startswith(("context", "pronoun")) else 0.9
            self._emit(start, end, code=t.actor_code, name=t.name, country=ex.country, sector=ex.sector,
                       entity_id=t.entity_id, kind="person", confidence=confidence, reason=reason, office=t.office)
            return end
        return self._sector(start, end, polity, "GOV", f"title {title!r} ({office}; no holder on record)", 0.7)

    # -- IGO chiefs -----------------------------------------------------------------------------

    def _is_head_word(self, i: int) -> bool:
        """``chief``/``head``/``boss`` at ``i`` as the head of its phrase ("the IAEA chief said"), not a
        modifier ("the IAEA chief inspector") nor part of a title the index knows ("chief prosecutor")."""
        if i >= len(self.doc) or self.normed[i] not in HEAD_WORDS or i in self.hit_at:
            return False
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return nxt is None or not (nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN"))

    def _igo_chief(self, start: int, end: int, polity: Polity, word: str) -> int:
        """``[start, end)`` names the chief of the IGO ``polity``: its head office's holder on the date,
        or the IGO when it has no head office listed or no holder on record."""
        office = self.kb.head_office(polity.code)
        if office is None:
            return self._sector(start, end, polity, "IGO", f"{word!r} (no head office listed)", 0.8)
        return self._holder(start, end, polity, office, word)

    def _head_of(self, i: int) -> int | None:
        """``the head of [the] IAEA``, ``the chief of NATO`` at ``i``: the IGO's chief; None otherwise."""
        if i == 0 or self.normed[i - 1] != "the" or not self._is_head_word(i) and not (
                self.normed[i] in HEAD_WORDS and i + 1 < len(self.doc) and self.normed[i + 1] == "of"):
            return None
        of = self._of_polity(i + 1)
        if of is None or not of[0].is_igo:
            return None
        polity, end = of
        if end < len(self.doc) and self.doc[end].is_lower and self.doc[end].pos_ == "NOUN":
            return None  # "the head of the UN agency": of another body
        return self._igo_chief(i, end, polity, f"{self.doc[i].text} of")

    # -- envoys ---------------------------------------------------------------------------------

    def _serving(self, k: int, pos: int) -> int | None:
        """``Russia's UN ambassador``: hit ``k + 1`` at ``pos`` is an IGO and the hit after it a diplomatic
        word; return the index of that word's hit (the IGO is where the envoy serves)."""
        if k + 2 >= len(self.hits):
            return None
        igo, word = self.hits[k + 1], self.hits[k + 2]
        if igo.start != pos or igo.kind != "igo" or word.kind != "agent" or word.start != igo.end:
            return None
        return k + 2 if self.normed[word.end - 1] in DIPLOMATIC_WORDS else None

    def _destination(self, pos: int) -> tuple[int, int | None]:
        """``to [the] United Nations`` after a diplomatic word: the end of the phrase (``pos`` if none), and
        the index of the destination's hit when it is a country or capital (None for an IGO or none).

        An IGO is where the envoy serves, part of the role; a country is the state the envoy is accredited
        to, the other party of what is done to the envoy ("Somalia recalled its ambassador to Ethiopia"),
        so the caller codes it as a mention of its own.
        """
        hit = self._hit_after(pos, ("to",))
        if hit is None or hit.kind not in ("igo", "country", "capital"):
            return pos, None
        return hit.end, None if hit.kind == "igo" else self.hit_at[hit.start]

    def _apposed_after(self, pos: int) -> tuple[int, int] | None:
        """``, Amir Saeid Iravani,`` after a role: the unknown name's token range."""
        if pos + 1 >= len(self.doc) or self.normed[pos] != ",":
            return None
        end = self._proper_run(pos + 1, titles=True)
        if end - (pos + 1) < 2 or end < len(self.doc) and self.normed[end] not in (",", ".", "said", "-", "--"):
            return None
        return pos + 1, end

    def _apposed_before(self, start: int) -> tuple[int, int] | None:
        """``Vassily Nebenzia, Russia's envoy ...``: an unknown name of two words or more before ``, `` at
        ``start``, not yet a mention, starting its sentence or after a non-name word."""
        if start < 3 or self.normed[start - 1] != ",":
            return None
        end = start - 1
        first = end
        while first > 0 and end - first < 5:
            token = self.doc[first - 1]
            if not (token.pos_ == "PROPN" and token.text[:1].isupper()) or first - 1 in self.ctx.by_token:
                break
            first -= 1
        if end - first < 2 or any(i in self.hit_at and not self._title_word(i) for i in range(first, end)):
            return None
        if self.doc[first].dep_ not in SUBJECT_DEPS and self.doc[end - 1].dep_ not in SUBJECT_DEPS:
            return None  # only the subject of the clause ("X, Iran's envoy to the UN, said")
        return first, end

    def _learn(self, start: int, end: int, name_start: int, polity: Polity, info: TitleInfo | None,
               title: str, *, sector: str | None = None) -> int:
        """Code the unknown name ``[name_start, end)`` by ``polity`` and remember it for later mentions.

        ``sector``: the sector a role noun implies ("journalist" -> MED); None for titles and envoys (GOV).
        """
        name = self._text(name_start, end)
        role = sector
        if polity.is_igo:
            code, country, sector = polity.code, None, "IGO"
        else:
            sector = sector or "GOV"
            code, country = polity.code + sector, polity.code
        word = self.normed[name_start - 1] if name_start > start else title.lower().split()[-1]
        office = info.office if info else ("diplomat" if word in DESCRIPTIONS or word in DIPLOMATIC_WORDS else None)
        key = f"learned:{name}"
        if office:
            self.ctx.learned_office[key] = office
        self.ctx.persons = [p for p in self.ctx.persons if p.key != f"unknown:{name_start}"]
        mention = self._emit(start, end, code=code, name=name, country=country, sector=sector, entity_id=None,
                             kind="person", confidence=0.7 if role or polity.how.startswith("context") else 0.8,
                             reason=f"introduced as {title!r} of {polity.code}: {name}"
                                    + (f" (sector {role} from the role noun)" if role else ""), office=office)
        tokens = tuple(self.normed[name_start:end])
        self.ctx.learned[tokens] = mention
        self.ctx.learned[tokens[1:] or tokens] = mention  # "Zia-Ul-Haq" of "Mohammad Zia-Ul-Haq"
        self.ctx.learned[tokens[-1:]] = mention
        if country in FAMILY_NAME_FIRST and len(tokens) > 1:
            self.ctx.learned[tokens[:1]] = mention  # "Fu" of "Fu Cong"
        return end

    def _serves_igo(self, key: str, polity: Polity | None) -> bool:
        """``WHO chief Tedros Adhanom Ghebreyesus``: a known person named with an IGO's chief title where
        the knowledge base has no holder of the IGO's head office on the date; the text says who it is."""
        if polity is None or not polity.is_igo:
            return False
        office = self.kb.head_office(polity.code)
        if office is None or self.on is None or self.kb.holders(polity.code, office, self.on):
            return False  # no date: ``code_undated`` decides by the IGO the text names
        return not any(t.country == polity.code for t in self.kb.offices_of(key, self.on))

    # -- persons --------------------------------------------------------------------------------

    def _by_polity(self, persons: list[NameEntry], polity: Polity) -> NameEntry | None:
        """``North Korea's Kim``: of the people sharing a name, the one holding the highest-ranked office
        of ``polity`` on the date, else the one who left an office of it most recently; None on a tie.
        With no article date: the one of them who ever held an office of ``polity``, None when several did."""
        if self.on is None:
            held = [e for e in persons if any(t.country == polity.code for t in self.kb.tenures_of(e.key))]
            return held[0] if len({e.key for e in held}) == 1 else None
        scores: dict[str, tuple[int, int]] = {}
        chosen: dict[str, NameEntry] = {}
        for entry in persons:
            for tenure in self.kb.tenures_of(entry.key):
                if tenure.country != polity.code or self.on is not None and tenure.start > self.on:
                    continue
                current = tenure.end is None if self.on is None else tenure.covers(self.on)
                rank = OFFICE_RANK.index(tenure.office) if tenure.office in OFFICE_RANK else len(OFFICE_RANK)
                score = (1, -rank) if current else (0, tenure.end.toordinal() if tenure.end else 0)
                if entry.key not in scores or score > scores[entry.key]:
                    scores[entry.key], chosen[entry.key] = score, entry
        if not scores:
            return None
        top = max(scores.values())
        winners = [key for key, score in scores.items() if score == top]
        return chosen[winners[0]] if len(winners) == 1 else None

    # -- context ----------------------------------------------------------------------------------

    def _previous_subject_country(self, sentence: int) -> str | None:
        """The country of the previous sentence's main subject when it is a country or one of its state
        organs ("Iran fired missiles.", "The Iranian government said ..."); None otherwise."""
        if sentence < 1:
            return None
        root = self.sents[sentence - 1].root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            return None
        mention = self.ctx.by_token.get(subjects[0].i)
        if mention is None or mention.kind != "country" or mention.head != subjects[0].i:
            return None
        return mention.country if mention.sector in (None, "GOV", "MIL") else None

    def _force_compound(self, k: int, sector: str) -> tuple[int, str] | None:
        """``government forces``: a government word right before an armed-force word; the head decides."""
        if sector != "GOV" or k + 1 >= len(self.hits):
            return None
        nxt = self.hits[k + 1]
        if nxt.kind != "agent" or nxt.start != self.hits[k].end or nxt.entries[0].key not in _FORCE_SECTORS:
            return None
        return nxt.end, nxt.entries[0].key

