"""EventCoder (stage 4): a parsed article and its resolved actors -> coded events with factuality.

One pass per sentence: the lexicon proposes candidates, the clause rules fill their slots, actors are
looked up in the ActorMentions, and each event gets its factuality, date, place and confidence.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.candidates import AGENTIVE_GOVERNORS, Candidate, find_candidates, protest_purposes
from detente.coding.clauses import (
    antecedent,
    coordinated,
    direct_objects,
    grammatical_subjects,
    host_subjects,
    prep_objects,
    reporting_verb,
    speaker,
)
from detente.coding.codebook import Codebook
from detente.coding.dates import resolve_event_date
from detente.coding.factuality import (
    FUTURE_GOVERNORS,
    HYPOTHETICAL_GOVERNORS,
    NEGATING_GOVERNORS,
    factuality_of,
    nominal_factuality,
)
from detente.coding.places import Gazetteer, find_location
from detente.coding.verbs import Lexicon, expand_quantity
from detente.records.actor import ActorCode, ActorRef
from detente.records.article import Article
from detente.records.event import CameoCode, Event, Evidence, Factuality, Location, make_event_id
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["EventCoder"]

_FALLBACK_DEPS = ("appos", "poss", "compound", "amod", "nmod")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "relation", "relationship", "tie", "war", "conflict",
                          "dispute", "feud", "standoff", "rift"})
"""Nouns that stand for the other party of their "with" phrase: "its border with Belarus", "relations with the US",
"its war with Iraq"."""
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
MUTUAL_ROOTS = frozenset({"04", "06"})
MUTUAL_CODES = frozenset({"036", "046", "050", "057", "0841", "0871", "196"})
"""CAMEO codes of acts done together: consult, negotiate, cooperate, sign, exchange prisoners, agree a truce; and a
ceasefire broken by both its parties ("Israel and Iran violated the ceasefire": each against the other)."""
DOMESTIC_ROOTS = frozenset({"14", "17"})
"""Protest and coercion: aimed at a country's own government or people when the sentence names no other."""
DOMESTIC_INSTITUTIONS = {
    "government": "GOV", "parliament": "LEG", "legislature": "LEG", "president": "GOV", "regime": "GOV",
    "authority": "GOV", "authorities": "GOV", "ministry": "GOV", "cabinet": "GOV", "junta": "GOV", "police": "COP",
    "minister": "GOV", "premier": "GOV", "presidency": "GOV",
}
"""Unnamed institutions of a country ("the government's overhaul", "outside parliament", "clashed with police")."""
DOMESTIC_PEOPLE = {
    "protester": "OPP", "protestor": "OPP", "demonstrator": "OPP", "activist": "OPP", "dissident": "OPP",
    "opponent": "OPP", "critic": "OPP", "journalist": "MED", "reporter": "MED", "student": "EDU", "worker": "LAB",
    "lawyer": "CVL", "citizen": "CVL", "civilian": "CVL", "resident": "CVL", "people": "CVL", "villager": "CVL",
}
"""Unnamed people a country's forces can coerce ("police detained dozens of protesters"): its own people."""
AGENT_KINDS = frozenset({"group", "person", "igo", "agent", "user", "title"})
"""Actor kinds a proper name compounded before an event noun must have to be its agent ("the Hamas attack")."""
PROTEST_ROOTS = frozenset({"14"})
DEMANDED_OF_PREPS = frozenset({"by", "from", "on", "of"})
"""Prepositions that name whom a protest's demand is addressed to ("reforms by the government", "call on X")."""
CROWD_PREPS = frozenset({"in", "across", "throughout", "at", "outside"})
MODAL_GOVERNORS = FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS | NEGATING_GOVERNORS
DEONTIC_MODALS = frozenset({"should", "must", "ought"})
"""Modals of obligation: "X should/must do Y, Z said" is Z's appeal to X."""
OWN_SIDE_ROOTS = frozenset({"09", "15"})
OWN_SIDE_CODES = frozenset({"0874"})
"""Codes whose target is never the source's own country: "placed its forces on alert", "the withdrawal of its
troops", "police investigated a killing near Vancouver" (the own country is where it happens, not a target)."""
ANAPHORIC_NOUNS = frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "government"})
"""Nouns that, as "the two X" or "both X", refer back to a pair of countries named earlier in the sentence."""
SINGULAR_ANAPHORS = frozenset({"country", "nation"})
"""Nouns that, as "the X", refer back to the one other country named earlier ("to the country")."""
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
"""As "its neighbour", the one other country named earlier ("Algeria cut ties with Morocco, accusing its neighbour
of hostile acts")."""
STATIONED_PREPS = frozenset({"in", "near", "along", "on", "inside", "at"})
INQUIRY_ROOTS = frozenset({"09"})
VIOLENCE_NOUNS = frozenset({
    "killing", "death", "murder", "assassination", "shooting", "torture", "abduction", "kidnapping",
    "disappearance", "poisoning", "attack", "bombing", "massacre", "crime", "atrocity", "abuse", "violation",
})
"""Acts an inquiry may be "into": their victims are not the inquiry's target, their perpetrator is."""
WRONGDOING_NOUNS = frozenset({"crime", "atrocity", "abuse", "violation"})
"""Wrongs an inquiry into which, with no perpetrator named, is aimed at the country they were done in."""
TIME_PREPS = frozenset({"during"})
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
CONFLICT_ROOT = "13"
"""Roots from here on (threats, protests, posture, coercion, force) answer another actor's act in a condition."""
CONDITION_WORDS = frozenset({"if", "unless"})
POSTURE_ROOTS = frozenset({"15"})
DETERRING_VERBS = frozenset({"deter", "intimidate", "pressure", "pressurize", "pressurise", "warn", "threaten",
                             "coerce", "counter", "signal", "dissuade"})
"""Purpose verbs that name whom a show of force is aimed at: "moved warships into the Mediterranean to deter Iran"."""
PURPOSE_TARGET_PREPS = frozenset({"against", "on", "with"})
OFFICIAL_WORDS = frozenset({"formally", "officially"})
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
"""A protest by a state ("Denmark protested", "the foreign ministry formally protested") is an official complaint
(CAMEO 114), not a street demonstration (141), which is what crowds do ("Kenyans protested")."""
SHOOTING_CODES = frozenset({"193"})
PERSON_KINDS = frozenset({"person", "title"})
FATAL_WORDS = frozenset({"dead", "fatally", "kill", "die"})
"""Words that make a shooting fatal: "shot dead", "fatally shot", "shot and killed"."""


class EventCoder:
    """Codes the events of a parsed article (one instance serves any number of articles)."""

    __slots__ = ("_codebook", "_gazetteer", "_lexicon")

    def __init__(self, codebook: Codebook, gazetteer: Gazetteer | None = None, *,
                 lexicon: Lexicon | None = None) -> None:
        """Args:
        codebook: CAMEO codes with Goldstein weights, quad classes and PLOVER types.
        gazetteer: places for event locations (None: the bundled gazetteer).
        lexicon: the verb/noun lexicon (default: the bundled one).
        """
        self._codebook = codebook
        self._gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self._lexicon = lexicon if lexicon is not None else Lexicon.load()

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon in use."""
        return self._lexicon

    def code(self, doc: Doc, mentions: ActorMentions, *, article: Article) -> list[Event]:
        """Every event stated, denied, supposed, planned or asked in ``doc``.

        Args:
            doc: the parsed article body (``article.text``).
            mentions: the article's resolved actor mentions.
            article: the article (id and publication date).

        Returns:
            Events in sentence and character order.
        """
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            events.extend(self.code_sentence(sent, index, mentions, article=article))
        return events

    def code_sentence(self, sent: Span, index: int, mentions: ActorMentions, *, article: Article) -> list[Event]:
        """The events of one sentence (``index`` is its position in the article)."""
        candidates = find_candidates(sent, self._lexicon)
        if not candidates and not any(_deontic(t) for t in sent):
            return []
        dates: dict[bool, date | None] = {}
        found: dict[str, tuple[int, Event]] = {}
        restatements: set[str] = set()
        nominal_ids: set[str] = set()
        slots: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]] = []
        # a frame after its complement ("Iran would retaliate, Tehran warned") is a threat only when the speaker is
        # the one who would act; "Russia could strike, officials warned" keeps the strike and codes no threat
        kept_frames = [c for c in candidates if c.same_agent and _same_country(
            _first_tier(c.sources, mentions), _first_tier((c.same_agent,), mentions))]
        folded = {i for c in kept_frames for i in c.folds}
        for cand in candidates:
            if (cand.same_agent and all(cand is not k for k in kept_frames)) or cand.scope.i in folded:
                continue
            sources = _first_tier(cand.sources, mentions)
            if cand.presupposed and not _first_tier(cand.sources[:1], mentions):
                # "Israel is planning its strikes on Iran": the agent comes from the planning, not the
                # nominal's own possessor, so the nominal is not presupposed
                cand = dataclasses.replace(cand, presupposed=False)
            if not sources and cand.code[:2] in PROTEST_ROOTS:
                sources = _crowd_source(cand, mentions)
            if not sources and _pronoun_subject(cand):
                # "China said it was ready to ...": an unresolved pronoun subject of reported speech is the speaker
                said_by = speaker(cand.scope)
                # "Obama and Putin said they will attack Iraq": a plural pronoun stands for all the speakers
                said = (tuple(coordinated(said_by)) if cand.sources[0][0].lower_ in PLURAL_PRONOUNS
                        else (said_by,)) if said_by is not None else ()
                sources = _first_tier((said,), mentions) if said else []
                if not sources:  # "Will Moscow pull back the troops it has massed?": it = Moscow
                    sources = _first_tier((tuple(host_subjects(cand.scope)),), mentions)
            if cand.kind == "noun" and _adjunct_pronoun(cand.scope) is not None:
                # "during their visit to Kyiv", "during his visit to Tokyo": whose visit, among the clause's actors
                sources = _adjunct_owner(cand, sources, mentions) or sources
            if not sources and cand.name_modifiers:
                sources = [a for a in _first_tier((cand.name_modifiers,), mentions) if a.kind in AGENT_KINDS]
                if sources:
                    cand = dataclasses.replace(cand, presupposed=True)
            if not sources and cand.kind == "noun":
                # "Sanctions on Russia have had mixed effects", "after the attack on Israel": a nominal
                # event whose actor the sentence does not name refers to something, it reports nothing
                continue
            if cand.code[:2] in INQUIRY_ROOTS:
                cand = dataclasses.replace(cand, targets=tuple(
                    tuple(t for tok in tier for t in _investigated(tok)) for tier in cand.targets))
            # a tier that names only the source itself ("threatened to launch an offensive in its war with Iraq
            # unless Baghdad accepted") does not hide the tiers below it
            targets = _first_tier(cand.targets, mentions, besides=sources)
            if not targets and sources and cand.kind != "noun":  # "threatened to cut gas supplies to the country"
                targets = _anaphoric_targets(cand, sources, mentions)
            if not targets and sources and cand.kind != "noun" and cand.code[:2] >= CONFLICT_ROOT:
                # "Would Pakistan use nuclear weapons if India invaded?": force and its condition answer each other
                targets = _conditional_counterparts(cand.scope, sources, mentions)
            if not targets and sources and cand.code in OWN_SIDE_CODES:
                targets = _stationed_in(cand.scope, mentions)
            if not targets and sources and cand.code[:2] in DOMESTIC_ROOTS:
                targets = _domestic_target(cand, sources[0])
            if not targets and sources:
                targets = _speaker_possessions(cand, sources, mentions)
            if sources and cand.code[:2] in POSTURE_ROOTS and {_country(t) for t in targets} <= {
                    _country(s) for s in sources}:  # none, or only its own forces ("placed its forces on alert")
                targets = _purpose_targets(cand.scope, mentions) or targets
            if not targets and sources and cand.code[:2] in PROTEST_ROOTS:
                targets = _protest_targets(cand.scope, sources, mentions)
            mutual = not targets and len(sources) > 1 and (cand.mutual or _is_mutual(cand.code))
            if (sources or targets) and (targets or mutual or not cand.needs_target):
                slots.append((cand, sources, targets))
        slots.extend(self._deontic_appeals(slots, mentions, sent))
        # an actor of any event is never read as the place of another ("fired missiles at Israel"), unless
        # the actor is a place standing for its country ("fired missiles at Kharkiv": target UKR, place Kharkiv)
        skip = {i for _, s, t in slots for m in (*s, *t) if m.kind != "place"
                for i in range(m.token_start, m.token_end)}
        location = find_location(sent, self._gazetteer, skip_tokens=skip) if slots else None
        for cand, sources, targets in slots:
            # a named nominal is presupposed, unless the clause is about it ("Russia's attack never took place")
            own = (cand.presupposed and cand.scope.dep_ not in ("nsubj", "nsubjpass", "csubj", "attr", "ROOT")
                   and not _modal_governor(cand.scope))
            factuality = nominal_factuality(cand.scope) if own else factuality_of(cand.scope, sent)
            if cand.kind == "noun" and _during(cand.scope):
                # "will demand a ceasefire during their visit": the visit is when the clause's event is; a denial of
                # the clause's event is no denial of the visit ("did not arrest Netanyahu during his visit")
                clause_factuality = factuality_of(cand.scope.head.head, sent)
                factuality = (clause_factuality if clause_factuality is not Factuality.NEGATED
                              else nominal_factuality(cand.scope))
            future = factuality is Factuality.FUTURE
            if future not in dates:
                dates[future] = resolve_event_date(sent, article.published_on, future=future)
            said_by = speaker(cand.scope)
            attribution = _resolve(said_by, mentions) if said_by is not None else None
            source_slots: list[ResolvedActor | None] = list(sources) or [None]
            target_slots: list[ResolvedActor | None] = list(targets) or [None]
            if not targets and len(sources) > 1 and (cand.mutual or _is_mutual(cand.code)):
                target_slots = list(sources)  # "Iran and Russia signed a treaty": each with the other
            if cand.code[:2] in OWN_SIDE_ROOTS or cand.code in OWN_SIDE_CODES:
                target_slots = _other_side(source_slots, target_slots)
            pairs = [(s, t) for s in source_slots for t in target_slots
                     if s is None or t is None or s.actor_code != t.actor_code or _distinct_entities(s, t)]
            for source, target in pairs:
                aimed = _official_protest(_aimed_code(cand, target), source)
                event = self._event(aimed, sent, index, article, source, target, factuality,
                                    dates[future], location, attribution)
                found.setdefault(event.event_id, (min(t.idx for t in cand.trigger), event))
                if cand.kind == "noun" and target is None:
                    restatements.add(event.event_id)
                if cand.kind == "noun":
                    nominal_ids.add(event.event_id)
        # "Iran fired missiles at Israel, in its largest attack on the country": a nominal with no target
        # that repeats a clause's event (same source, same root) restates it; it is not a second event
        stated = {(e.source.actor_code if e.source else None, e.root_code)
                  for key, (_, e) in found.items() if key not in restatements}
        # "is set to visit Beijing next month, the first trip to China by an Australian prime minister": a nominal
        # with the same source, class and target country as a clause's event restates it
        clause_events = {(_country_of(e.source), e.root_code, _country_of(e.target))
                         for key, (_, e) in found.items() if key not in nominal_ids}
        restatements |= {key for key in nominal_ids - restatements
                         if (_country_of(found[key][1].source), found[key][1].root_code,
                             _country_of(found[key][1].target)) in clause_events}
        ordered = sorted((pair for key, pair in found.items()
                          if key not in restatements
                          or (pair[1].source.actor_code if pair[1].source else None, pair[1].root_code) not in stated),
                         key=lambda pair: (pair[0], pair[1].event_code, pair[1].event_id))
        return [event for _, event in ordered]

    def _deontic_appeals(self, slots: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]],
                         mentions: ActorMentions,
                         sent: Span) -> list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]]:
        """ "Washington should lift the sanctions, the Saudi minister said": a speaker saying what another
        actor should or must do appeals to it (CAMEO 02, coded by what is asked, as the appeal frame does).
        What is asked need not be an event of its own: "Russia said Sudan must return a helicopter" is an
        appeal (the frame's default code)."""
        appeal = self._lexicon.frame_named("appeal")
        out: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]] = []
        if appeal is None:
            return out
        asked: list[tuple[Token, CameoCode | None, list[ResolvedActor]]] = []
        for cand, sources, _ in slots:
            if cand.kind in ("verb", "light") and sources and _deontic(cand.scope):
                asked.append((cand.scope, cand.code, sources))
        coded = {c.scope.i for c, _, _ in slots}
        for verb in sent:
            if verb.pos_ in ("VERB", "AUX") and verb.i not in coded and _deontic(verb) and not any(
                    c.dep_ == "nsubjpass" for c in verb.children):
                subject = _first_tier((tuple(grammatical_subjects(verb)),), mentions)
                if subject:
                    asked.append((verb, None, subject))
        for scope, content, sources in asked:
            report = reporting_verb(scope)
            said_by = speaker(scope)
            # "The Red Cross operating in Iraq said ...": the place a speaker works in does not speak
            speaker_actor = _resolve(said_by, mentions, places=False) if said_by is not None else None
            code = appeal.code_for(content)
            if report is None or said_by is None or speaker_actor is None or code is None:
                continue
            addressees = [s for s in sources if _country(s) != _country(speaker_actor)]
            if addressees:
                out.append((Candidate(code=code, trigger=(report,), scope=report, sources=((said_by,),),
                                      targets=(), specificity=2, kind="frame"),
                            [speaker_actor], addressees))
        return out

    def _event(self, cand: Candidate, sent: Span, index: int, article: Article, source: ResolvedActor | None,
               target: ResolvedActor | None, factuality: Factuality, event_date: date | None,
               location: Location | None, attribution: ResolvedActor | None) -> Event:
        entry = self._codebook.get(cand.code)
        trigger = sorted(cand.trigger, key=lambda t: t.i)
        start = trigger[0].idx
        end = max(t.idx + len(t.text) for t in trigger)
        event_id = make_event_id(article.article_id, index, (start, end),
                                 source.actor_code if source else None, cand.code,
                                 target.actor_code if target else None)
        return Event(
            event_id=event_id,
            article_id=article.article_id,
            sentence_index=index,
            evidence=Evidence(text=sent.text, start=sent.start_char, end=sent.end_char),
            event_date=event_date,
            source=source.to_ref() if source else None,
            target=target.to_ref() if target else None,
            event_code=CameoCode(cand.code),
            root_code=CameoCode(cand.code[:2]),
            plover=entry.plover,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            factuality=factuality,
            location=location,
            confidence=confidence(cand, source, target),
            trigger=" ".join(t.text for t in trigger),
            attribution=attribution.to_ref() if attribution else None,
        )


def confidence(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> float:
    """The coder's own estimate (0-1) from lexicon specificity, the parse path and the actors' confidence.

    Starts at 0.45; +0.05 per pattern element beyond the lemma (at most +0.15); +0.15 when both
    actors resolved; +0.1 when the source is the trigger's own subject (not inherited from another
    clause); -0.05 for a bare nominal event; times the mean confidence of the resolved actors.
    """
    score = 0.45 + 0.05 * min(cand.specificity - 1, 3)
    if source is not None and target is not None:
        score += 0.15
    if source is not None and not cand.inherited:
        score += 0.1
    if cand.kind == "noun":
        score -= 0.05
    actors = [a.confidence for a in (source, target) if a is not None]
    if actors:
        score *= sum(actors) / len(actors)
    return round(min(0.95, max(0.05, score)), 2)


def _aimed_code(cand: Candidate, target: ResolvedActor | None) -> Candidate:
    """A shooting aimed at a named person (CAMEO 193 otherwise) is an assassination (186) when fatal ("was shot
    dead", "shot and killed", "gunned down"), else an attempted one (185): CAMEO 18 covers attacks on a specific
    person, 19 armed fighting."""
    if cand.code not in SHOOTING_CODES or target is None or target.kind not in PERSON_KINDS:
        return cand
    verb = cand.scope
    if verb.lemma_.lower() not in ("shoot", "gun"):
        return cand
    words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod", "conj", "prt")}
    fatal = bool(words & FATAL_WORDS) or verb.lemma_.lower() == "gun"
    return dataclasses.replace(cand, code=CameoCode("186" if fatal else "185"))


def _anaphoric_targets(cand: Candidate, sources: list[ResolvedActor],
                       mentions: ActorMentions) -> list[ResolvedActor]:
    """A target slot that refers back to countries named earlier in the sentence: "the country" is the one
    country named before it that is not the source's ("Moldova's president said Moscow had threatened to cut
    gas supplies to the country" = MDA); "the two countries", "both sides", "the two neighbours" are the last
    two ("will visit Mauritania and Senegal to mediate between the two neighbours"). Nothing when the
    sentence leaves it open (two candidates for "the country")."""
    own = {_country(s) for s in sources}
    for tok in (t for tier in cand.targets for t in tier):
        lemma = tok.lemma_.lower()
        # "accusing its neighbour of hostile acts": the source's neighbour is the other country named
        its_neighbour = lemma in NEIGHBOUR_NOUNS and tok.tag_ == "NN" and [
            c.lower_ for c in tok.children if c.dep_ in ("poss", "det")] == ["its"]
        if lemma not in ANAPHORIC_NOUNS or (not its_neighbour and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)):
            continue
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        wanted = 2 if words & {"two", "both"} else 1 if (
            words == {"the"} and tok.tag_ in ("NN", "NNP")) or its_neighbour else 0
        if not wanted or (wanted == 1 and lemma not in SINGULAR_ANAPHORS and not its_neighbour):
            continue
        named: list[ResolvedActor] = []
        for m in mentions.within(tok.sent.start, tok.i):
            country = m.country
            if country and len(country) == 3 and country not in own and all(n.country != country for n in named):
                named.append(m)
        if (wanted == 1 and len(named) == 1) or (wanted == 2 and len(named) >= 2):
            picked = named[-wanted:]
            return [ResolvedActor(actor_code=ActorCode(m.country or ""), mention=tok.text, start=tok.idx,
                                  end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                                  country=m.country, kind="country", confidence=round(m.confidence * 0.8, 2),
                                  reason=f"'{tok.text}' refers back to {m.mention} in the sentence")
                    for m in picked]
    return []


def _conditional_counterparts(verb: Token, sources: list[ResolvedActor],
                              mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a conflictual act with no target of its own is aimed at when a condition pairs it with another
    actor's act: in "Would Pakistan use nuclear weapons if India invaded?" the weapons would be used against
    India, and the invasion India might make is of Pakistan. The condition's subject for the act it
    conditions, the conditioned clause's subject for the condition; only another country than the source's."""
    own = {_country(s) for s in sources}
    if _is_condition(verb):
        others = grammatical_subjects(verb.head)
    else:
        others = [t for c in verb.children if c.dep_ == "advcl" and _is_condition(c) for t in grammatical_subjects(c)]
    found = _first_tier((tuple(others),), mentions)
    return [a for a in found if _country(a) not in own]


def _is_condition(clause: Token) -> bool:
    """True for an "if/unless" clause on a verb ("if India invaded")."""
    return clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in clause.children)


def _during(noun: Token) -> bool:
    """True for a nominal event in a "during" phrase on a verb ("demanded a ceasefire during his visit")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in TIME_PREPS and prep.head.pos_ in ("VERB", "AUX")


def _adjunct_pronoun(noun: Token) -> Token | None:
    """The "his/her/their" owning a nominal event in a time phrase on a clause ("during his visit"), else None."""
    if not _during(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)


def _adjunct_owner(cand: Candidate, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whose the nominal event of a time phrase is, when a pronoun says so: "their" is every subject of the clause
    ("The leaders of France and Poland will demand a ceasefire during their visit to Kyiv"); an unresolved
    "his/her" is the one actor of the clause, subject or object, who is not of the country the event is aimed
    at ("Takaichi praised Trump during his visit to Tokyo": Trump's visit). Nothing when the clause leaves it
    open."""
    noun = cand.scope
    pronoun = _adjunct_pronoun(noun)
    verb = noun.head.head
    subject_tokens = tuple(t for s in grammatical_subjects(verb) for t in coordinated(s))
    if pronoun is None or not subject_tokens:
        return []
    if pronoun.lower_ == "their":
        found = _first_tier((subject_tokens,), mentions)
        return found if len(found) > 1 else []
    if sources:
        return []
    aimed = {_country(t) for t in _first_tier(cand.targets, mentions)}
    phrase = noun.head
    others = [t for t in (*direct_objects(verb), *prep_objects([verb], frozenset(
        {"on", "to", "with", "for"}))) if t.i not in {x.i for x in phrase.subtree}]
    actors = _first_tier((subject_tokens,), mentions) + _first_tier((tuple(others),), mentions)
    outside = [a for a in actors if _country(a) not in aimed]
    return outside if aimed and len(outside) == 1 else []


def _stationed_in(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a withdrawal is from, when no "from" names it: where the forces withdrawn are, as their phrase or a
    relative clause on them says ("pull back the troops it has massed near Ukraine's border", "withdrew its
    troops in Syria")."""
    for forces in direct_objects(verb):
        heads = [forces, *(c for c in forces.children if c.dep_ in ("relcl", "acl"))]
        for tok in prep_objects(heads, STATIONED_PREPS):
            found = _resolve_all(tok, mentions)
            if found:
                return found
    return []


def _investigated(tok: Token) -> list[Token]:
    """Whom an inquiry into an act of violence is aimed at: the act's perpetrator ("crimes committed by Croat
    forces", "Russia's killing of ..."), never its victims ("an investigation into the killing of Armenian
    soldiers" has no target); any other target token stands for itself."""
    if tok.lemma_.lower() not in VIOLENCE_NOUNS:
        prep = tok.head
        victim = (tok.dep_ == "pobj" and prep.lower_ in ("of", "on", "against")
                  and prep.head.lemma_.lower() in VIOLENCE_NOUNS)
        return [] if victim else [tok]
    found = [c for c in tok.children if c.dep_ == "poss"]
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        found += [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    found += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    if not found and tok.lemma_.lower() in WRONGDOING_NOUNS:
        # "an investigation into possible crimes against humanity in Venezuela": wrongs done in a country are
        # laid at the door of those who hold it (deaths or killings in a place are not)
        found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                 for p in c.children if p.dep_ == "pobj"]
    return found


def _speaker_possessions(cand: Candidate, sources: list[ResolvedActor],
                         mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Poland said the missile that hit its territory was fired by Russia": an unresolved "its/their" on a
    target inside reported speech is the speaker's, when the speaker is not the source's own country."""
    said_by = speaker(cand.scope)
    if said_by is None:
        return []
    owners = [t for tier in cand.targets[:1] for t in tier
              for c in t.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not owners:
        return []
    who = _resolve(said_by, mentions)
    if who is None or _country(who) in {_country(s) for s in sources}:
        return []
    return [who]


def _official_protest(cand: Candidate, source: ResolvedActor | None) -> Candidate:
    """A state's protest (its name in the singular, or a government sector, or "formally"/"officially") is an
    official complaint (114); people protesting ("Kenyans", "students", "thousands of Israelis") demonstrate (141)."""
    if cand.code != "141" or source is None or cand.scope.lemma_.lower() != "protest":
        return cand
    formal = any(c.lower_ in OFFICIAL_WORDS for c in cand.scope.children if c.dep_ == "advmod")
    subject = [c for c in cand.scope.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and not source.token_start <= subject[0].i < source.token_end:
        # "Opponents of Rwanda's Senate protested": people named by what they oppose, not the state
        return dataclasses.replace(cand, code=CameoCode("114")) if formal else cand
    state = source.sector in STATE_SECTORS or (
        source.kind == "country" and source.sector is None and len(subject) == 1 and subject[0].tag_ == "NNP")
    return dataclasses.replace(cand, code=CameoCode("114")) if formal or state else cand


def _purpose_targets(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a show of force is aimed at, from its purpose clause ("to deter Iran", "to pressure Taiwan") or the
    fight it readies for ("for a war against Iraq")."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in DETERRING_VERBS:
            found = [a for obj in clause.children if obj.dep_ in ("dobj", "obj")
                     for a in _resolve_all(obj, mentions)]
            if found:
                return found
    # "placed its forces on alert along the border with India": the other side of the border
    places = [verb, *direct_objects(verb), *prep_objects([verb], frozenset({"on", "in", "at"}))]
    for tok in prep_objects(places, STATIONED_PREPS):
        if tok.lemma_.lower() in BORDER_NOUNS:
            found = _resolve_all(tok, mentions)
            if found:
                return found
    # "mobilized reservists for a possible war against Iraq": the war the forces are readied for
    for prep in (c for h in (verb, *direct_objects(verb)) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for purpose in (p for p in prep.children if p.dep_ == "pobj"):
            found = [a for tok in prep_objects([purpose], PURPOSE_TARGET_PREPS) for a in _resolve_all(tok, mentions)]
            if found:
                return found
    return []


def _protest_targets(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a protest is aimed at, from what it demands and of whom: "staged demonstrations to demand reforms
    by President Suharto's government", "blocked roads to press their demands from Bouteflika's government"."""
    own = {s.actor_code for s in sources}
    for clause in protest_purposes(verb):
        addressed = [t for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in DEMANDED_OF_PREPS]
        found = [a for tok in [*addressed, *direct_objects(clause)] for a in _resolve_all(tok, mentions)
                 if a.actor_code not in own]
        if found:
            return found[:1]
    return []


def _domestic_target(cand: Candidate, source: ResolvedActor) -> list[ResolvedActor]:
    """The source's own country as target of a protest or coercion aimed at unnamed domestic institutions
    ("Israelis protested against the government's overhaul") or, for coercion, unnamed people ("Georgian
    police detained dozens of protesters"); none when the phrase names no such word."""
    country = source.country or (str(source.actor_code)[:3] if not str(source.actor_code).startswith("IGO") else None)
    if not country or len(country) != 3:
        return []
    wanted = dict(DOMESTIC_INSTITUTIONS)
    if cand.code[:2] == "17":
        wanted.update(DOMESTIC_PEOPLE)
    # "blocked roads to press their demands from President Bouteflika's government": what a protest demands, of whom
    purposes = [t for c in protest_purposes(cand.scope) for t in c.subtree] if cand.code[:2] in PROTEST_ROOTS else []
    for tok in [*_slot_phrases(cand), *purposes]:
        sector = wanted.get(tok.lemma_.lower()) or wanted.get(tok.lower_)
        if sector is not None:
            return [ResolvedActor(actor_code=ActorCode(country + sector), mention=tok.text, start=tok.idx,
                                  end=tok.idx + len(tok.text), token_start=tok.i, token_end=tok.i + 1, head=tok.i,
                                  country=country, sector=sector, confidence=round(source.confidence * 0.8, 2),
                                  reason=f"domestic {tok.lower_} of the source's country {country}")]
    return []


def _crowd_source(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Unnamed people protesting in a place are that country's people: "thousands of workers will strike
    across France", "students protested at American universities"."""
    for tok in (t for tier in cand.sources[:1] for t in tier):
        head = expand_quantity(tok)
        sector = DOMESTIC_PEOPLE.get(head.lemma_.lower()) or DOMESTIC_PEOPLE.get(head.lower_)
        if sector is None:
            continue
        # "students protested at American universities", "students throughout Indonesia staged demonstrations"
        for prep in (*cand.scope.children, *head.children):
            if prep.dep_ != "prep" or prep.lower_ not in CROWD_PREPS:
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                where = _resolve(place, mentions)
                country = where.country if where is not None else None
                if country and len(country) == 3:
                    return [ResolvedActor(actor_code=ActorCode(country + sector), mention=head.text, start=head.idx,
                                          end=head.idx + len(head.text), token_start=head.i, token_end=head.i + 1,
                                          head=head.i, country=country, sector=sector,
                                          confidence=round(where.confidence * 0.8, 2) if where else 0.5,
                                          reason=f"{head.lower_} {prep.lower_} {place.text}")]
    return []


def _modal_governor(noun: Token) -> bool:
    """True when the verb governing ``noun`` (directly or through a preposition) plans, wishes, denies or
    carries out the nominal event ("is planning its strikes", "denied its attack"): not presupposed then."""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    lemma = head.lemma_.lower()
    return lemma in MODAL_GOVERNORS or lemma in AGENTIVE_GOVERNORS


def _deontic(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in verb.children)


def _slot_phrases(cand: Candidate) -> list[Token]:
    """The words of the trigger's object and prepositional phrases (not of clauses below them)."""
    out: list[Token] = []
    for child in cand.scope.children:
        if child.dep_ not in ("dobj", "obj", "prep", "dative", "nsubjpass", "pobj", "attr"):
            continue
        stack = [child]
        while stack and len(out) < 40:
            tok = stack.pop()
            out.append(tok)
            stack.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX"))
    return out


def _other_side(sources: list[ResolvedActor | None],
                targets: list[ResolvedActor | None]) -> list[ResolvedActor | None]:
    """The targets that are not of a source's own country (none left: no target)."""
    own = {_country(s) for s in sources if s is not None}
    kept = [t for t in targets if t is None or _country(t) not in own]
    return kept or [None]


def _distinct_entities(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Two mentions with the same code that the resolver knows to be different entities: "Donald Trump
    criticised Joe Biden" (USAGOV -> USAGOV) is a domestic event, not an actor acting on itself."""
    return a.entity_id is not None and b.entity_id is not None and a.entity_id != b.entity_id


def _same_country(a: list[ResolvedActor], b: list[ResolvedActor]) -> bool:
    return bool({_country(x) for x in a} & {_country(x) for x in b})


def _country_of(ref: ActorRef | None) -> str | None:
    return (ref.country or str(ref.actor_code)[:3]) if ref is not None else None


def _country(actor: ResolvedActor) -> str:
    return actor.country or str(actor.actor_code)[:3]


def _pronoun_subject(cand: Candidate) -> bool:
    tier = cand.sources[0] if cand.sources else ()
    return len(tier) == 1 and tier[0].lower_ in SPEAKER_PRONOUNS


def _is_mutual(code: str) -> bool:
    """Codes of joint acts, coded both ways when only coordinated sources are given ("X and Y met")."""
    return code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES


def _first_tier(tiers: tuple[tuple[Token, ...], ...], mentions: ActorMentions, *,
                besides: list[ResolvedActor] | None = None) -> list[ResolvedActor]:
    """The actors of the first tier in which some token resolves; with ``besides``, a tier that resolves only to
    those actors (the same code, not known to be another entity) counts as not resolved."""
    for tier in tiers:
        out: list[ResolvedActor] = []
        for tok in tier:
            for actor in _resolve_all(tok, mentions):
                if all(a.actor_code != actor.actor_code for a in out):
                    out.append(actor)
        if out and besides and all(any(b.actor_code == a.actor_code and not _distinct_entities(a, b)
                                        for b in besides) for a in out):
            continue
        if out:
            return out
    return []


def _resolve_all(tok: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Like :func:`_resolve`, but a head noun whose modifiers or ``of`` phrase are coordinated gives every
    actor: "the foreign ministers of Russia and Ukraine", "U.S. and Russian officials"."""
    tok = antecedent(tok)
    own = mentions.at_token(tok.i)
    found: list[ResolvedActor] = []
    for child in tok.children:
        owners: list[Token] = []
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            owners = [child]
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners = [p for p in child.children if p.dep_ == "pobj"]
        for owner in owners:
            chain = coordinated(owner)  # "the leaders of France, Germany, Britain and Poland": the whole list
            actors = [a for a in (mentions.at_token(t.i) for t in chain) if a is not None]
            if len(actors) > 1:
                found.extend(actors)
    if found:  # the coordinated modifiers win over a mention that covers only the last of them
        return found
    if own is not None:
        return [own]
    single = _resolve(tok, mentions)
    return [single] if single is not None else []


def _resolve(tok: Token, mentions: ActorMentions, *, places: bool = True) -> ResolvedActor | None:
    """The actor a slot token denotes: its own mention, else that of an apposition, possessor,
    modifier ("Iranian officials") or ``of`` phrase ("the leaders of Iran"); with ``places``, also a place
    the phrase names ("nine sites in Pakistan")."""
    tok = antecedent(tok)
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    if tok.lemma_.lower() in BORDER_NOUNS:  # "its border with Belarus", "relations with the US": the other side
        found = _prep_actor(tok, ("with",), mentions)
        if found is not None:
            return found
    for dep in _FALLBACK_DEPS:
        for child in tok.children:
            if child.dep_ == dep:
                found = mentions.at_token(child.i)
                if found is not None:
                    return found
    inside = mentions.within(tok.left_edge.i, tok.i)  # "the Iranian embassy compound"
    if inside:
        return inside[-1]
    # "the leaders of Iran"; "nine sites in Pakistan", "an apartment block in Dnipro": a place in the
    # phrase stands for whoever holds it
    # "24 hostages, including 13 Israelis": the people named in the phrase
    return _prep_actor(tok, ("of", "including", "in", "inside", "near", "along") if places else ("of",), mentions)


def _prep_actor(tok: Token, preps: tuple[str, ...], mentions: ActorMentions, *,
                depth: int = 0) -> ResolvedActor | None:
    for prep in preps:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = _resolve_nested(pobj, mentions)
                        if found is None and depth < 1:  # "an inquiry into the crackdown in Iran"
                            found = _prep_actor(pobj, preps, mentions, depth=depth + 1)
                        if found is not None:
                            return found
    return None


def _resolve_nested(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """An actor at ``tok`` or its possessor/modifier ("Russia's Kursk region", "the Polish border")."""
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound"):
            found = mentions.at_token(child.i)
            if found is not None:
                return found
    return None
