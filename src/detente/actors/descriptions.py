"""Descriptions around a name (stage 3): what an apposition, a compound adjective, "loyal to" or the place
of the clause says about an actor's country.

"Cheng Lei, an Australian television anchor" teaches a name; "pro-Russian", "Iran-backed", "Paris-born"
name no actor; "the Saudi-led coalition" is Saudi Arabia's; police, civilians, opposition supporters and
rebels with no country are those of the place their clause locates the act in; "forces loyal to Gbagbo"
are Côte d'Ivoire's; "Ukrainians working for Russian intelligence" act for Russia (docs/actors-and-tenures.md,
"Resolution", 2, 5 and 6; the eighth and tenth actors rounds).
``resolver._Run`` builds on these rules.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.actors.lexicon import (
    CLAUSE_DEPS,
    LOCATION_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    NOT_HOLDER,
    PORTFOLIOS,
    RUNNER_SUFFIXES,
    STANCE_PREFIXES,
    STANCE_SUFFIXES,
    SUBJECT_DEPS,
)
from detente.actors.matcher import Hit
from detente.actors.roles import RoleRules
from detente.actors.walk import Polity

# The hyphened words after a name that ``DescriptionRules._compound_word`` reads ("Iran-backed", "Beirut-based",
# "Saudi-led").
_COMPOUND_SUFFIXES = STANCE_SUFFIXES | LOCATION_SUFFIXES | {"led", "owned", "installed", "appointed"} | RUNNER_SUFFIXES
# Nouns of number before "of" and people ("thousands of protesters"): the verb is theirs (tenth round).
QUANTITY_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
                            "million", "millions", "ten", "tens", "crowd", "crowds", "group", "groups"})
# Head nouns of an apposition that make an organisation the name of a company ("Skydio, the largest American drone
# maker", "Kunming Foods, a Chinese company"): the company is its country's business sector, BUS (fourteenth round).
COMPANY_NOUNS = frozenset({"company", "companies", "firm", "maker", "manufacturer", "producer", "carrier", "airline",
                           "conglomerate", "giant", "bank", "lender", "insurer", "supplier", "contractor", "exporter",
                           "importer", "retailer", "operator", "developer", "startup", "start-up", "miner",
                           "shipper", "shipbuilder", "automaker", "carmaker", "chipmaker", "corporation"})
# Head nouns of an apposition that make a named site a state's military post ("Al Udeid, the largest American base";
# round twenty-eight): the site is learned as that state's armed forces, who hold it.
MILITARY_SITE_NOUNS = frozenset({"base", "airbase", "garrison", "outpost", "barracks"})
# The civilian staff of an IGO: "Johan Floderus, a Swedish EU official" is the EU's, "a Swedish EU official" no
# Swedish act (round twenty-eight). Not troops and peacekeepers, whom their states send.
IGO_STAFF_NOUNS = frozenset({"official", "officials", "staffer", "staffers", "staff", "employee", "employees",
                             "worker", "workers", "diplomat", "diplomats", "inspector", "inspectors", "monitor",
                             "monitors", "observer", "observers", "expert", "experts", "investigator",
                             "investigators", "envoy", "mediator", "negotiator"})
# Role nouns of an apposition that make a person act for the one they serve ("a lawyer for", "an aide to";
# ``DescriptionRules._served_by``, seventeenth actors round).
AIDE_NOUNS = frozenset({"aide", "adviser", "advisor", "lawyer", "attorney", "counsel", "spokesman", "spokeswoman",
                        "spokesperson", "bodyguard", "deputy", "assistant", "confidant", "associate", "envoy",
                        "emissary", "representative", "negotiator", "ally", "lieutenant"})
# Prepositions through which a clause locates its act in a place: the locative ones, and "across"/"throughout" for
# acts spread over a town or country ("looters ransacked shops across Port Moresby"; fourteenth actors round).
CLAUSE_PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"across", "throughout"}
# Where a crowd, a column or rebels move to is in their own country (fifteenth actors round): "coca growers marching
# towards Cochabamba", "Farmers marched on Islamabad", "Rebels advanced on Kinshasa". Only verbs of marching and
# advancing, whose goal is a place of the movers' own country; not fleeing, crossing or travelling ("Villagers fled
# to Kenya", "Refugees crossed into Chad" name another country).
GOAL_PREPOSITIONS = frozenset({"towards", "toward", "to", "on", "into", "through", "for", "upon"})
MARCH_VERBS = frozenset({"march", "converge", "stream", "head", "walk", "drive", "advance", "move", "push", "descend",
                         "parade", "surge", "pour", "flock", "trek", "ride", "proceed", "close", "sweep", "storm"})
# Verbs of travel and flight: the country they go to is not the traveller's own (``_destination_of_travel``).
TRAVEL_VERBS = frozenset({"flee", "escape", "defect", "emigrate", "travel", "fly", "go", "head", "move",
                          "relocate", "smuggle", "deport", "extradite", "send"})
# Prepositions that introduce what an act is about, not where it happens (``_topic_between``).
TOPIC_PREPOSITIONS = frozenset({"against", "over", "about", "regarding", "concerning", "despite"})
# Verbs of aiming or firing: "at" after them names a target, not a place ("fired rockets at Israel").
AIM_VERBS = frozenset({"fire", "shoot", "launch", "lob", "hurl", "throw", "aim", "direct", "point", "swing", "strike",
                       "attack", "charge", "rush", "open"})
# "working for", "spying for", "acting on behalf of" after people: they act for another state (tenth round).
EMPLOYED_WORDS = frozenset({"working", "spying", "acting", "operating", "employed", "hired", "recruited"})


class DescriptionRules(RoleRules):
    """Appositions, compound adjectives, "loyal to" and the place of the clause (see the module docstring)."""

    def _described(self, i: int, end: int, *, company: bool = False) -> bool:
        """``Cheng Lei, an Australian television anchor,``, ``Evan Gershkovich, an American journalist``: an
        unknown person whose apposition names their country is learned as that country's (the sector of a
        sector word in the apposition, else civilian; a "former" role is a civilian's too). With two
        nationalities joined by a hyphen ("the Israeli-Russian researcher") the first is the one news puts
        first for a reason, the person's main one. With no country or demonym, a city or region of one state
        before the noun gives that state ("Ksenia Karelina, a Los Angeles ballet dancer" -> USACVL; round
        thirty-one). ``company``: the name is an organisation, learned only
        when the apposition calls it a company ("Skydio, the largest American drone maker" -> USABUS) or
        names a sector. True when learned."""
        if end + 2 >= len(self.doc) or self.normed[end] != ",":
            return False
        head = next((c for c in self.doc[end - 1].children if c.dep_ == "appos" and c.i > end), None)
        if head is None or head.i - end > 6:
            return False
        served = None if company else self._served_by(head)
        if served is not None:
            self._learn(i, end, i, served[0], None, head.text, sector=served[1])
            return True
        polity: Polity | None = None
        home: Polity | None = None
        sector = "CVL"
        named_sector = False
        for j in range(end + 1, head.i + 1):
            k = self.hit_at.get(j)
            if k is None:
                continue
            hit = self.hits[k]
            if hit.kind in ("country", "demonym") and polity is None and self._compound_word(hit) in (None, "owned"):
                polity = self._polity_of(hit.entries[0])
            elif hit.kind in ("place", "capital") and home is None and not company and hit.end < head.i + 1 \
                    and self._compound_word(hit) is None:
                home = self._polity_of(hit.entries[0], places=True)  # "a Los Angeles ballet dancer" (round 31)
            elif hit.kind == "igo" and hit.end == head.i and self.normed[head.i] in IGO_STAFF_NOUNS:
                polity = self._polity_of(hit.entries[0])  # "Johan Floderus, a Swedish EU official": the EU's
                break
            elif hit.kind == "demonym" and polity is not None and self.normed[hit.start - 1] == "-" \
                    and not self.doc[hit.start - 1].whitespace_:
                continue  # "Israeli-Russian": a second nationality
            elif hit.kind == "agent" and hit.end <= head.i + 1:
                sector, named_sector = hit.entries[0].key, True
            else:
                return False  # another name or title: "X, the Russian envoy Y" is not about X alone
        if polity is None and home is not None and not home.is_igo:
            polity = replace(home, place=None)  # a city or region before a person's noun: their state's person
        if polity is not None and polity.is_igo and not company:
            self._learn(i, end, i, replace(polity, how=f"apposition {self._text(end + 1, head.i + 1)!r}"), None,
                        head.text)
            return True
        if polity is None or polity.is_igo:
            return False
        is_company = head.lemma_.lower() in COMPANY_NOUNS or head.text.lower() in COMPANY_NOUNS
        if company and not named_sector and not is_company:
            return False
        if head.lemma_.lower() in MILITARY_SITE_NOUNS and not named_sector:
            sector = "MIL"  # "Al Udeid, the largest American base in the Middle East": the state's forces there
        if is_company and not named_sector:
            sector = "BUS"  # also a company the parser took for a person ("Sinara, a Russian locomotive maker")
        if self._words_before(head.i + 1, end + 1) & NOT_HOLDER:
            sector = "CVL"
        self._learn(i, end, i, replace(polity, how=f"apposition {self._text(end + 1, head.i + 1)!r}"), None,
                    head.text, sector=sector)
        return True

    def _served_by(self, head: Token) -> tuple[Polity, str | None] | None:
        """``Elvino Dias, a lawyer for Mozambique's opposition candidate Venâncio Mondlane``, ``X, an aide to
        Zelensky``, ``X, a spokesman for Hamas``: an unknown person whose apposition makes them the aide, lawyer
        or spokesman of a person or group the knowledge base knows acts for that person's or group's side, coded
        as it is on the article's date (own gold x113: the lawyer is ``MOZOPP``; seventeenth actors round).
        None when the apposition's noun is no such role or what follows "for", "to" or "of" is no known
        person or group."""
        if head.lemma_.lower() not in AIDE_NOUNS:
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            hit = next((h for h in self.hits if obj is not None and h.start <= obj.i < h.end
                        and h.kind in ("person", "group")), None)
            if hit is None:
                continue
            entry = hit.entries[0]
            ex = self._code_person(entry.key) if hit.kind == "person" else self.kb.code_on(entry.key, self.on)
            if not ex.country or len(ex.actor_code) < 6:
                return None
            how = f"apposition {head.text!r} {prep.text} {self._text(hit.start, hit.end)!r}"
            return Polity(code=ex.country, is_igo=False, how=how), ex.actor_code[3:6]
        return None

    def _compound_word(self, hit: Hit) -> str | None:
        """``pro-Russian``, ``anti-Israel``, ``Iran-backed``, ``Beirut-based``: the word the name is hyphened
        to (of ``STANCE_PREFIXES``, ``STANCE_SUFFIXES`` or ``LOCATION_SUFFIXES``), None otherwise."""
        i, j = hit.start, hit.end
        if i >= 2 and self.normed[i - 1] == "-" and not self.doc[i - 2].whitespace_ and not self.doc[i - 1].whitespace_ \
                and self.normed[i - 2] in STANCE_PREFIXES:
            return self.normed[i - 2]
        if j + 1 < len(self.doc) and self.normed[j] == "-" and not self.doc[j - 1].whitespace_ \
                and not self.doc[j].whitespace_ and self.normed[j + 1] in _COMPOUND_SUFFIXES:
            return self.normed[j + 1]
        return None

    def _led_by(self, k: int) -> int | None:
        """``the Saudi-led coalition``, ``a NATO-led mission``: a body that is no sector word, led by the
        named country or IGO, is that country or IGO (the span runs to the body's noun). None when a sector
        word, group or IGO follows ("Vietnamese-led forces", "the Russian-led CSTO": the usual rules)."""
        hit = self.hits[k]
        led = self.doc[hit.end + 1]
        head = led.head
        if head.pos_ != "NOUN" or not 0 < head.i - led.i <= 3 or any(
                i in self.hit_at for i in range(led.i + 1, head.i + 1)):
            return None
        polity = self._polity_of(hit.entries[0], places=False)
        if polity is None:
            return None
        name = (self.kb.entity(f"igo:{polity.code}") if polity.is_igo else self.kb.country(polity.code))
        self._emit(hit.start, head.i + 1, code=polity.code, name=name.name if name else None,
                   country=None if polity.is_igo else polity.code, sector="IGO" if polity.is_igo else None,
                   entity_id=f"igo:{polity.code}" if polity.is_igo else f"country:{polity.code}",
                   kind="igo" if polity.is_igo else "country", confidence=0.75,
                   reason=f"{self._text(hit.start, head.i + 1)!r}: a body led by {polity.code} is {polity.code}")
        return head.i + 1

    def _loyal_to(self, pos: int) -> Polity | None:
        """``loyal to [the] X`` after a sector word with no country: the country of X, a country, capital or
        demonym ("Iraq's ...") or a person the knowledge base knows ("forces loyal to Gbagbo" -> CIVMIL)."""
        if pos + 2 >= len(self.doc) or self.normed[pos] != "loyal" or self.normed[pos + 1] != "to":
            return None
        hit = self._hit_after(pos + 1, ("to",))
        if hit is None:
            return None
        text = self._text(hit.start, hit.end)
        if hit.kind in ("country", "capital", "demonym"):
            polity = self._polity_of(hit.entries[0])
            return replace(polity, how=f"loyal to {text!r}") if polity is not None else None
        keys = {e.key for e in hit.of_kind("person")}
        country = self._code_person(keys.pop()).country if len(keys) == 1 else None
        return Polity(code=country, is_igo=False, how=f"loyal to {text!r}") if country else None

    def _employer(self, pos: int) -> Polity | None:
        """``working for X``, ``spying for X``, ``acting on behalf of X`` right after people: the country of X,
        whose act theirs is ("Two Ukrainians working for Russian intelligence carried out the blast" -> RUS)."""
        if pos + 2 >= len(self.doc) or self.normed[pos] not in EMPLOYED_WORDS:
            return None
        after = pos + 1
        if self.normed[after:after + 3] == ["on", "behalf", "of"]:
            after += 2
        elif self.normed[after] != "for":
            return None
        hit = self._hit_after(after, ("for", "of"))
        if hit is None:
            return None
        text = self._text(hit.start, hit.end)
        how = f"{self._text(pos, after + 1)} {text!r}"
        if hit.kind in ("country", "capital", "demonym", "metonym"):
            polity = self._polity_of(hit.entries[0])
            return replace(polity, how=how) if polity is not None and not polity.is_igo else None
        keys = {e.key for e in hit.of_kind("person")}
        country = self._code_person(keys.pop()).country if len(keys) == 1 else None
        return Polity(code=country, is_igo=False, how=how) if country else None

    def _employed(self, start: int, pos: int) -> int | None:
        """Emit the people ``[start, pos)`` as their employer's country (``_employer``); None: no employer."""
        employer = self._employer(pos)
        if employer is None:
            return None
        self._emit(start, pos, code=employer.code, name=None, country=employer.code, sector=None,
                   entity_id=f"country:{employer.code}", kind="country", confidence=0.7,
                   reason=f"{self._text(start, pos)!r} {employer.how}: the act is {employer.code}'s")
        return pos

    def _clause_place(self, i: int) -> Polity | None:
        """The one country of the places that the clause of the word at ``i`` locates its act in ("in
        Maputo", "near the border town of Rafah"), None when there is none or more than one."""
        verb = self.doc[i].head
        if verb.lower_ == "of" and verb.head.lemma_.lower() in QUANTITY_NOUNS:  # "Thousands of protesters broke..."
            verb = verb.head.head
        found: dict[str, Polity] = {}
        for hit in self.hits:
            if self.sent[hit.start] != self.sent[i] or hit.kind not in ("country", "capital", "place"):
                continue
            j = hit.start - 1
            while j >= 0 and (self.normed[j] == "the" or self.doc[j].pos_ == "ADJ"):
                j -= 1
            if j < 0 or self._not_an_actor(hit):
                continue
            if not self._place_preposition(j, CLAUSE_PLACE_PREPOSITIONS):
                # a city or region they march to (not a country: columns that cross a border are not its own)
                if hit.kind != "country" and self.doc[hit.end - 1].head.i == j and self._goal_of_movers(j, i):
                    polity = self._polity_of(hit.entries[0], places=True)
                    if polity is not None:
                        found[polity.code] = replace(polity, how=f"{self.doc[j].text} {self._text(hit.start, hit.end)!r} "
                                                                  f"({hit.kind}), where they move to")
                continue
            if self.normed[j] == "at" and self._aimed_at(self.doc[j]):
                continue  # "Militants fired rockets at Israel": what is aimed at, not where the act happens
            if not self._same_clause(self.doc[hit.start], verb) or self._topic_between(self.doc[hit.start], verb):
                continue
            polity = self._polity_of(hit.entries[0], places=True)
            if polity is not None:
                found[polity.code] = replace(polity, how=f"{self.doc[j].text} {self._text(hit.start, hit.end)!r} "
                                                          f"({hit.kind}), where the act takes place")
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _topic_between(token: Token, verb: Token) -> bool:
        """A preposition of topic or stance between ``token`` and ``verb``: "protested against Israel's war in Gaza"
        names what the protest is about, not where it happens (fifteenth actors round)."""
        while token.i != verb.i and token.head.i != token.i:
            if token.dep_ == "prep" and token.lower_ in TOPIC_PREPOSITIONS:
                return True
            token = token.head
        return False

    def _goal_of_movers(self, j: int, i: int) -> bool:
        """The preposition at ``j`` names where the people at ``i`` march or advance to: it hangs from a verb of
        marching whose subject they are ("Farmers marched on Islamabad", "Thousands of protesters converged on
        Lima") or which describes them ("coca growers marching towards Cochabamba")."""
        prep = self.doc[j]
        mover = prep.head
        if self.normed[j] not in GOAL_PREPOSITIONS or prep.dep_ != "prep" or mover.lemma_.lower() not in MARCH_VERBS:
            return False
        word = self.doc[i]
        while word.dep_ in ("compound", "amod") and word.head.i > word.i:  # "coca growers": the head noun
            word = word.head
        if word.head.lower_ == "of" and word.head.head.lemma_.lower() in QUANTITY_NOUNS:  # "Thousands of protesters"
            word = word.head.head
        if mover.i == word.head.i:
            return word.dep_ in SUBJECT_DEPS
        return mover.head.i == word.i and mover.dep_ in ("acl", "relcl")

    @staticmethod
    def _aimed_at(at: Token) -> bool:
        """"at" after a verb of aiming or firing ("fired rockets at Israel", "shot at police"), directly or through
        its object: the target of the act, not its place (fourteenth actors round)."""
        head = at.head
        return head.lemma_.lower() in AIM_VERBS or head.dep_ == "dobj" and head.head.lemma_.lower() in AIM_VERBS

    def _portfolio_title(self, k: int) -> tuple[int, Polity] | None:
        """``Planning and Investment Minister Tran Xuan Gia said Vietnam ...``: a capitalised minister's title
        with a portfolio and no country, before a name the knowledge base does not know, is that of the one
        country the sentence names (else of the article's dominant country): the start of the title and
        the polity, or None. Domestic portfolios are held by a country's own ministers, and wire text names
        the minister's country elsewhere in the sentence (foreign and defence titles, whose holders speak
        of other countries, are titles.csv's and are not read here)."""
        hit = self.hits[k]
        if hit.entries[0].key != "GOV" or not self.doc[hit.start].text[:1].isupper() \
                or self._proper_run(hit.end) == hit.end:
            return None
        start = hit.start
        while start > 0 and self._titled(start - 1, hit):
            start -= 1
        if start == hit.start or not any(self.normed[j] in PORTFOLIOS for j in range(start, hit.start)):
            return None
        polity = self._sentence_polity(hit.start)
        return (start, polity) if polity is not None else None

    def _sentence_polity(self, i: int) -> Polity | None:
        """The one country the sentence of token ``i`` names (a country, capital, demonym or place), else,
        when it names none, the article's dominant country; None when it names several."""
        sentence = self.sent[i]
        found: dict[str, Polity] = {}
        for other in self.hits:
            if self.sent[other.start] != sentence or other.kind not in ("country", "capital", "demonym", "place") \
                    or self._not_an_actor(other) or self._compound_word(other) or self._destination_of_travel(other):
                continue
            polity = self._polity_of(other.entries[0], places=True)
            if polity is not None:
                found[polity.code] = replace(polity, how=f"the one country the sentence names, "
                                                          f"{self._text(other.start, other.end)!r}")
        if len(found) == 1:
            return next(iter(found.values()))
        country = self.ctx.dominant_country(sentence) if not found else None
        return Polity(code=country, is_igo=False, how="the article's dominant country") if country else None

    def _destination_of_travel(self, hit: Hit) -> bool:
        """``fled to Israel``, ``flew into Kenya``: a country someone travels or flees to, which says nothing of
        their own (seventeenth actors round: "General Tomás Zerón fled to Israel" made him Israel's)."""
        prep = self.doc[hit.end - 1].head
        return (prep.dep_ == "prep" and prep.lower_ in ("to", "into") and prep.head.pos_ == "VERB"
                and prep.head.lemma_.lower() in TRAVEL_VERBS)

    def _same_clause(self, token: Token, verb: Token) -> bool:
        """``token`` hangs from ``verb`` without crossing into another clause."""
        while token.i != verb.i:
            if token.dep_ in CLAUSE_DEPS or token.head.i == token.i or token.dep_ == "conj" and any(
                    child.dep_ in SUBJECT_DEPS for child in token.children):
                return False
            token = token.head
        return True

    def _nearby_country(self, k: int, kin: str) -> Polity | None:
        """The nearest country (name, demonym, capital or place) of the sentence of hit ``k`` other than
        ``kin``: before the hit first, else after it."""
        sentence = self.sent[self.hits[k].start]
        before = range(k - 1, -1, -1)
        after = range(k + 1, len(self.hits))
        for side in (before, after):
            for j in side:
                other = self.hits[j]
                if self.sent[other.start] != sentence:
                    break
                if other.kind not in ("country", "capital", "demonym", "place") or self._not_an_actor(other):
                    continue
                polity = self._polity_of(other.entries[0], places=True)
                if polity is not None and polity.code != kin:
                    return replace(polity, how=f"{other.kind} {self._text(other.start, other.end)!r}")
        return None
