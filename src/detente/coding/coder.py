"""EventCoder (stage 4): a parsed article and its resolved actors -> coded events with factuality.

One pass per sentence: the lexicon proposes candidates, the clause rules fill their slots, actors are
looked up in the ActorMentions, and each event gets its factuality, date, place and confidence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.addressees import (
    conditional_counterparts,
    deontic,
    deontic_heads,
    is_condition,
)
from detente.coding.candidate import Candidate
from detente.coding.candidates import find_candidates
from detente.coding.clauses import (
    grammatical_subjects,
    infinitival_relative,
    is_passive,
    pressed_party,
    reporting_verb,
    speaker,
)
from detente.coding.codebook import Codebook
from detente.coding.dates import resolve_event_date, sentence_ents
from detente.coding.delegations import delegated
from detente.coding.factuality import (
    factuality_of,
    habitual,
    name_word,
    nominal_factuality,
    reported_intent,
)
from detente.coding.factuality_asked import asked_act
from detente.coding.factuality_irrealis import forecast_warning
from detente.coding.factuality_repute import reputed_conduct
from detente.coding.filling import Filling, SentenceContext, Slot, run_steps
from detente.coding.joint_acts import ONE_SIDED_CODES, in_exchange, is_joint, is_mutual
from detente.coding.mass_violence import people_killed
from detente.coding.nominals import (
    ahead_of,
    means_clause,
    meeting_purpose,
    modal_governor,
    setting_clause,
    times_clause,
)
from detente.coding.participants import (
    NON_STATE_SECTORS,
    actor_country,
    confidence,
    country_of,
    distinct_entities,
    domestic_counterpart,
    first_tier,
    other_side,
    plain_country_repeats,
    resolve,
    same_country,
)
from detente.coding.place_targets import (
    covering,
    visit_hosts,
)
from detente.coding.places import Gazetteer, find_location
from detente.coding.recoding import (
    THIRD_PLACE_CODE,
    aimed_code,
    attempted_killing,
    captured_person,
    leader_killed,
    legal_charge,
    official_protest,
    pardoned_foreigner,
    third_place_meeting,
    withdrawn_presence,
)
from detente.coding.rule_codes import (
    ALLEGATION_PREFIX,
    CONDITIONAL_THREAT_ROOTS,
    NAMED_OWN_SIDE_ROOTS,
    OWN_SIDE_CODES,
    OWN_SIDE_ROOTS,
    PLACE_TARGET_ROOTS,
    TOLL_ROOT,
    TOLLED_ATTACK_ROOTS,
    VISIT_CODE,
)
from detente.coding.source_steps import ANSWERING_VERBS, SOURCE_STEPS
from detente.coding.target_steps import SHOW_OF_FORCE, TARGET_STEPS
from detente.coding.verbs import Lexicon
from detente.coding.visits import proxy_send
from detente.records.article import Article
from detente.records.event import CameoCode, Event, Evidence, Factuality, Location, make_event_id
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["EventCoder"]

PROMISSORY_MODALS = frozenset({"will", "would", "shall", "'ll"})
"""Modals of a promise or threat: "will withdraw its force unless ..." is a conditional threat."""
OCCURRENCE_VERBS = frozenset({"happen", "occur", "take", "go", "materialize", "materialise", "proceed", "begin",
                              "start", "come", "unfold", "exist"})
"""Verbs that say whether their subject event happened: a named act denied by one of them did not happen."""
DENIAL = "016"
WITHDRAWAL_CODES = frozenset({"0874"})
PROTEST_ROOT = "14"


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
        sents = list(doc.sents)
        for index, (sent, ents) in enumerate(zip(sents, sentence_ents(doc.ents, sents), strict=True)):
            events.extend(self.code_sentence(sent, index, mentions, article=article, ents=ents))
        return events

    def code_sentence(self, sent: Span, index: int, mentions: ActorMentions, *, article: Article,
                      ents: Sequence[Span] | None = None) -> list[Event]:
        """The events of one sentence (``index`` is its position in the article; ``ents`` its entities,
        ``sent.ents``, when the caller has read them for the whole doc at once)."""
        candidates = find_candidates(sent, self._lexicon)
        modal_heads = deontic_heads(sent)  # read once: the early exit and the appeals below both need them
        if not candidates and not modal_heads:
            return []
        dates: dict[bool, date | None] = {}
        found: dict[str, tuple[int, Event]] = {}
        restatements: set[str] = set()
        nominal_ids: set[str] = set()
        slots: list[Slot] = []
        context = SentenceContext(sent=sent, mentions=mentions, candidates=candidates, slots=slots)
        # a frame after its complement ("Iran would retaliate, Tehran warned") is a threat only when the speaker is
        # the one who would act; "Russia could strike, officials warned" keeps the strike and codes no threat
        kept_frames = [c for c in candidates if c.same_agent and same_country(
            first_tier(c.sources, mentions), first_tier((c.same_agent,), mentions))]
        folded = {i for c in kept_frames for i in c.folds}
        own_side = {c.scope.i for c in kept_frames}
        for cand in candidates:
            if (cand.same_agent and all(cand is not k for k in kept_frames)) or cand.scope.i in folded:
                continue
            if cand.kind == "noun" and cand.code[:2] in PLACE_TARGET_ROOTS and cand.scope.dep_ == "nsubj" \
                    and leader_killed(cand.scope.head, mentions):
                # "An Israeli strike killed Hezbollah's chief of staff": the strike is how the leader was killed,
                # one assassination, not an air strike besides
                continue
            # "envoys from Armenia and Turkey will hold talks": each sender's envoys
            filling = Filling(cand=captured_person(delegated(cand), mentions), sources=[])
            if run_steps(SOURCE_STEPS, filling, context) and run_steps(TARGET_STEPS, filling, context):
                slots.append(filling.slot())
        # "did not attend the summit in Rio and sent Premier Li Qiang in his place": the visit is still made, by proxy
        slots += [(dataclasses.replace(c, trigger=(send,), scope=send, kind="verb"), s, t) for c, s, t in list(slots)
                  if c.code == VISIT_CODE and c.kind in ("verb", "light") and t
                  and (send := proxy_send(c.scope)) is not None]
        # "the Israeli assault on Gaza killed more than 100 Palestinians": the killing is the assault's toll, one
        # attack (seventeenth round)
        slots = [slot for slot in slots if not _attack_toll(slot, slots)]
        # "China retaliated by imposing tariffs on American soybeans": the retaliation is the act its "by" clause
        # names, coded once as that act (twenty-second round)
        slots = [slot for slot in slots if not _answered_by_means(slot, slots)]
        # "had tried to kill him": an attempted assassination, made whatever its outcome
        slots = [(attempted_killing(c, t), s, t) for c, s, t in slots]
        slots = [self._conditional_threat(slot, mentions) for slot in slots]
        slots.extend(self._deontic_appeals(slots, mentions, modal_heads))
        # an actor of any event is never read as the place of another ("fired missiles at Israel"), unless
        # the actor is a place standing for its country ("fired missiles at Kharkiv": target UKR, place Kharkiv)
        skip = {i for _, s, t in slots for m in (*s, *t) if m.kind != "place"
                for i in range(m.token_start, m.token_end)}
        location = find_location(sent, self._gazetteer, skip_tokens=skip) if slots else None
        evidence: Evidence | None = None
        for cand, sources, targets in slots:
            factuality = _factuality(cand, sources, sent, published_on=article.published_on,
                                     own_side=cand.scope.i in own_side)
            if factuality is None:
                continue
            if evidence is None:  # the sentence's text, read once for its dates and all its events
                evidence = Evidence(text=sent.text, start=sent.start_char, end=sent.end_char)
            future = factuality is Factuality.FUTURE
            if future not in dates:
                dates[future] = resolve_event_date(sent, article.published_on, future=future, ents=ents,
                                                   text=evidence.text)
            said_by = speaker(cand.scope)
            attribution = resolve(said_by, mentions) if said_by is not None else None
            pairs = _actor_pairs(cand, sources, targets, sent,
                                 signed=factuality in (Factuality.ASSERTED, Factuality.FUTURE))
            # "Syria's foreign minister met Israel's strategic affairs minister in Paris": a meeting at a third place
            # (044) is held by each side with the other, coded both ways; one met at a gathering there ("met Zelensky
            # at the G7 summit in Hiroshima") is one side's call on the other (thirty-second round)
            if _met_in_place(cand.scope):
                pairs += [(t, s) for s, t in list(pairs) if s is not None and t is not None and (t, s) not in pairs
                          and third_place_meeting(cand, s, t, mentions).code == THIRD_PLACE_CODE]
            for source, target in pairs:
                aimed = official_protest(legal_charge(people_killed(aimed_code(cand, target), target), source), source)
                aimed = pardoned_foreigner(withdrawn_presence(aimed, source, target), source, target)
                aimed = third_place_meeting(aimed, source, target, mentions)
                event = self._event(aimed, evidence, index, article, source, target, factuality,
                                    dates[future], location, attribution)
                found.setdefault(event.event_id, (min(t.idx for t in cand.trigger), event))
                if cand.kind == "noun" and target is None:
                    restatements.add(event.event_id)
                if cand.kind == "noun" or infinitival_relative(cand.scope):
                    # "..., the first Australian prime minister to visit China": a description restates like a nominal
                    nominal_ids.add(event.event_id)
        return _without_restatements(found, restatements, nominal_ids)

    def _conditional_threat(self, slot: tuple[Candidate, list[ResolvedActor], list[ResolvedActor]],
                            mentions: ActorMentions) -> tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]:
        """ "Nigeria announced that it will withdraw its force from Chad unless Chad holds elections": an actor saying
        it will or would do something hostile (roots 14-20) if or unless another acts is threatening it (CAMEO 13,
        by the threat frame's codes), asserted as the saying is; aimed at the condition's subject when the act names
        no one else. The condition stays an event of its own; "Iran would retaliate if ..., Tehran warned" is the
        threat frame itself."""
        cand, sources, targets = slot
        threat = self._lexicon.frame_named("threat")
        verb = cand.scope
        if (threat is None or cand.kind not in ("verb", "light") or cand.code[:2] not in CONDITIONAL_THREAT_ROOTS
                or not sources or not any(is_condition(c) for c in verb.children)
                or not any(c.dep_ == "aux" and c.lower_ in PROMISSORY_MODALS for c in verb.children)
                or any(c.dep_ == "neg" for c in verb.children)):
            return slot
        report, said_by = reporting_verb(verb), speaker(verb)
        speaker_actor = resolve(said_by, mentions, places=False) if said_by is not None else None
        if report is None or speaker_actor is None or actor_country(speaker_actor) not in {actor_country(s) for s in sources}:
            return slot
        code = threat.code_for(cand.code, verb.lemma_.lower())
        if code is None:
            return slot
        if not targets:
            targets = conditional_counterparts(verb, sources, mentions)
        return (dataclasses.replace(cand, code=code, trigger=(report, *cand.trigger), scope=report, kind="frame"),
                sources, targets)

    def _deontic_appeals(self, slots: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]],
                         mentions: ActorMentions,
                         modal_heads: list[Token]) -> list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]]:
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
            if cand.kind in ("verb", "light") and sources and deontic(cand.scope):
                asked.append((cand.scope, cand.code, sources))
        coded = {c.scope.i for c, _, _ in slots}
        # "told the Council that the mission must leave": the frame on "told" already codes what is asked
        framed = {c.scope.i for c, _, _ in slots if c.kind == "frame"}
        for verb in modal_heads:  # the sentence's words with a "should"/"must" of their own (deontic_heads)
            if verb.pos_ in ("VERB", "AUX") and verb.i not in coded and not any(
                    c.dep_ == "nsubjpass" for c in verb.children):
                subject = first_tier((tuple(grammatical_subjects(verb)),), mentions)
                if subject:
                    asked.append((verb, None, subject))
        for scope, content, sources in asked:
            report = reporting_verb(scope)
            said_by = speaker(scope)
            # "The Red Cross operating in Iraq said ...": the place a speaker works in does not speak
            speaker_actor = resolve(said_by, mentions, places=False) if said_by is not None else None
            code = appeal.code_for(content)
            if report is None or said_by is None or speaker_actor is None or code is None or report.i in framed:
                continue
            # "Rwandan rebels announced that President Kagame must agree to ...": an appeal within one country is
            # one between its distinct parts (rebels and government); "Moscow said Russia must respond" is none
            addressees = [s for s in sources if actor_country(s) != actor_country(speaker_actor)
                          or domestic_counterpart(speaker_actor, s)]
            if len(addressees) < len(sources) and str(speaker_actor.actor_code)[3:6] not in NON_STATE_SECTORS:
                # "Islamabad and Kabul should share intelligence, a former Pakistani envoy argues": what the speaker's
                # own side is to do with another is a proposal for joint action, not an appeal to the other side
                continue
            if addressees:
                out.append((Candidate(code=code, trigger=(report,), scope=report, sources=((said_by,),),
                                      targets=(), specificity=2, kind="frame"),
                            [speaker_actor], addressees))
        return out

    def _event(self, cand: Candidate, evidence: Evidence, index: int, article: Article, source: ResolvedActor | None,
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
            evidence=evidence,
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


_FORECASTER_KINDS = frozenset({"country", "igo"})
"""Warners named as a state or a body, whose own country a differently named state in the warning is not."""


def _forecast(cand: Candidate, sources: list[ResolvedActor]) -> bool:
    """A warning frame that forecasts another's act (:func:`forecast_warning`): an unnamed subject ("fighting could
    spread") is no one's own; a named one ("Russia might send troops") is another's only when the warner is named
    as a state or body under another name ("NATO", "Germany"); a person or a capital ("Erdogan warned that Turkey
    could ...") may speak of their own country, and the frame stays."""
    subjects = forecast_warning(cand.scope)
    if not subjects:
        return False
    named = [t for s in subjects for t in s.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG")]
    if not named:
        return True
    if any(s.pos_ != "PROPN" for s in subjects):
        return False  # "Turkey warned that Turkish troops could enter Syria": forces named by a people may be its own
    said = {t.lower_ for s in subjects for t in s.subtree}
    return bool(sources) and all(a.kind in _FORECASTER_KINDS and not set(a.mention.lower().split()) & said
                                 for a in sources)


def _answered_by_means(slot: Slot, slots: Sequence[Slot]) -> bool:
    """True for a verb of answering ("retaliated", "hit back") whose "by"-gerund clause is itself a coded act by the
    same source ("China retaliated by imposing tariffs on American soybeans": one act, the tariffs, not an armed
    retaliation besides); with no act coded for the means, the answering verb stays."""
    cand, sources, _ = slot
    verb = cand.scope
    if cand.kind != "verb" or verb.lemma_.lower() not in ANSWERING_VERBS:
        return False
    means = {p.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
             for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"}
    return bool(means) and any(c.scope.i in means and c.kind in ("verb", "light", "frame") and s
                               and (not sources or same_country(s, sources)) for c, s, _ in slots)


MASS_KILLING_CODE = "202"


def _attack_toll(slot: Slot, slots: Sequence[Slot]) -> bool:
    """True for a killing or wounding verb whose subject is an attack noun coded with its source and target ("the
    Israeli assault on Gaza killed more than 100 Palestinians"): the toll of that attack, not a second event. When
    the attack names no target, or a leader is killed (the strike is then dropped as how it was done), the killing
    stays. A killing counted as a mass killing (202) is the attack's toll too ("Israeli strikes killed more than 100
    Palestinians": one air campaign, twenty-third round)."""
    cand = slot[0]
    if cand.kind != "verb" or not (cand.code.startswith(TOLL_ROOT) or cand.code == MASS_KILLING_CODE):
        return False
    subjects = {c.i for c in cand.scope.children if c.dep_ == "nsubj"}
    return any(o.kind == "noun" and o.code[:2] in TOLLED_ATTACK_ROOTS and o.scope.i in subjects and s and t
               for o, s, t in slots)


def _factuality(cand: Candidate, sources: list[ResolvedActor], sent: Span,
                published_on: date | None = None, *, own_side: bool = False) -> Factuality | None:
    """The factuality of a filled candidate, or None when the sentence reports no event by it (a standing practice,
    a wished act with no one to do it, an act dated years before ``published_on``, the article's date). With
    ``own_side``, the frame is one the coder kept because the one who could act is of the warner's own country
    ("Turkey warned that Ankara could sever ties"): its complement is folded into it, so it is no forecast."""
    # a named nominal is presupposed, unless the clause is about it ("Russia's attack never took place")
    # "denied Washington's accusations that ...": a denial answers an accusation made, it does not deny it
    if name_word(cand.scope):
        # "Sri Lanka's Commission to Investigate Allegations of Bribery or Corruption has few staff": a name
        return None
    if cand.kind == "verb" and asked_act(cand.scope):
        # "brushed off Washington's calls for him to step down": what a call, demand or appeal asks for is its
        # content, not an event (as a verb of asking folds its complement)
        return None
    if reputed_conduct(cand.scope):
        # "Duterte was known for insulting Obama", "Tehran's motive for arming the Houthis": a trait or a reason
        return None
    if cand.kind == "frame" and not own_side and _forecast(cand, sources):
        # "NATO warned that Russia might send troops": a forecast of another's act, no threat by the warner
        return None
    own = (cand.presupposed and cand.scope.dep_ not in ("nsubj", "nsubjpass", "csubj", "attr", "ROOT")
           and (not modal_governor(cand.scope) or cand.code.startswith(ALLEGATION_PREFIX)))
    factuality = nominal_factuality(cand.scope) if own else factuality_of(cand.scope, sent)
    if (factuality is Factuality.NEGATED and cand.presupposed and cand.scope.dep_ in ("nsubj", "nsubjpass")
            and cand.scope.head.lemma_.lower() not in OCCURRENCE_VERBS):
        # "Russia's invasion of Ukraine did not achieve its aims": what is denied of a named act is not the act
        # ("Russia's attack never took place" is)
        factuality = nominal_factuality(cand.scope)
    if cand.scope.dep_ in ("advcl", "xcomp", "acl") and pressed_party(cand.scope.head) \
            and factuality is Factuality.ASSERTED:
        # "put pressure on Israel to allow more aid into Gaza": what is pressed for is not done
        factuality = Factuality.HYPOTHETICAL
    if infinitival_relative(cand.scope) and cand.scope.head.dep_ in ("attr", "oprd") \
            and not any(c.dep_ == "mark" and c.lower_ == "for" for c in cand.scope.children):
        # (a "for X to" clause has its own subject and is no relative: "There is no reason for Japan to expel ...")
        # "Will Washington become the first government to recognise Somaliland?": as its host clause is
        factuality = factuality_of(cand.scope.head.head, sent)
    if cand.kind == "noun" and times_clause(cand.scope):
        # "will demand a ceasefire during their visit": the visit is when the clause's event is; a denial of
        # the clause's event is no denial of the visit ("did not arrest Netanyahu during his visit")
        clause = cand.scope.head.head
        if clause.dep_ == "xcomp" and clause.head.tag_ == "VBD" and clause.head.pos_ in ("VERB", "AUX") \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in cand.scope.subtree):
            # "agreed on Monday to strengthen military cooperation during a visit to Niamey": a visit under a past
            # frame's infinitive is when the agreeing was, not part of what was agreed
            clause = clause.head
        clause_factuality = factuality_of(clause, sent)
        factuality = (clause_factuality if clause_factuality is not Factuality.NEGATED
                      else nominal_factuality(cand.scope))
    if cand.kind == "noun" and not own and cand.code[:2] == PROTEST_ROOT \
            and (setting := setting_clause(cand.scope)) is not None:
        # "students demanded snap elections at a rally": the rally the demand was made at was held, as the demand was
        # made; it is no part of what was demanded (twenty-eighth round)
        factuality = factuality_of(setting, sent)
    if cand.kind == "noun" and not own and (means := means_clause(cand.scope)) is not None:
        # "Russian forces pressed into Kharkiv region in a new offensive": the act that is how the clause's act was
        # done happened as the clause did (twenty-sixth round)
        factuality = factuality_of(means, sent)
    if factuality is Factuality.FUTURE and cand.code.startswith("03") and cand.kind != "noun" \
            and reported_intent(cand.scope, sent):
        # "Pakistan said Islamabad would welcome American mediation": the intent is stated in the saying
        factuality = Factuality.ASSERTED
    if cand.kind == "noun" and own and (trip := meeting_purpose(cand.scope, cand.code)) is not None:
        # "will fly to Washington on Thursday for his first meeting with Trump": the meeting is when the trip is
        factuality = factuality_of(trip, sent)
    if cand.kind == "noun" and factuality is Factuality.ASSERTED and ahead_of(cand.scope):
        # "officials said ahead of Blinken's trip to Kyiv on Wednesday": the trip is still to come
        factuality = Factuality.FUTURE
    if factuality is Factuality.ASSERTED and (cand.kind != "noun" or cand.scope.pos_ in ("NOUN", "PROPN")) \
            and habitual(cand.scope, published_on):
        # "France and Germany have long cooperated on defence", "for decades, Russia has sold arms to India":
        # a standing practice the sentence describes, not an event it reports; for a nominal event the verb
        # whose object it is decides ("Egypt had long relied on American military aid"; a nominal the parser
        # tagged as a gerund, "Fighting between X and Y erupted", is no generic gerund subject)
        return None
    if (not sources and factuality is Factuality.HYPOTHETICAL and cand.kind == "verb"
            and is_passive(cand.scope) and not any(c.dep_ == "agent" for c in cand.scope.children)
            and not _reduced_condition(cand.scope)):
        # "Kigali said it hoped French officials would be indicted": a wished or supposed act with no one
        # to do it reports no actor's act (the wish itself is the speaker's)
        return None
    return factuality


REDUCED_CONDITION_MARKS = frozenset({"if", "unless", "once", "when"})
FULL_CONDITION_MARKS = frozenset({"if", "unless"})
"""Marks of a full passive condition that supposes an act by whoever would do it ("if his country were attacked",
"unless aid were allowed into Gaza"); "once" and "when" with a subject date an act rather than suppose it."""


def _reduced_condition(verb: Token) -> bool:
    """ "if convicted, he could be sentenced to death", "if attacked, Taiwan would defend itself": a reduced passive
    condition on its host's subject supposes an act done to that subject, by whoever would do it; it is coded as a
    supposed act with no source (our gold set reads it so), unlike a wished passive ("hoped French officials would be
    indicted"), which reports no one's act (twenty-eighth round). A full passive condition with "if" or "unless"
    ("if his country were attacked") supposes one too (twenty-ninth round)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & FULL_CONDITION_MARKS and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "nsubjpass" for c in verb.children):
        # "would use nuclear weapons if his country were attacked", "unless aid were allowed into Gaza": a full
        # passive condition supposes the act as the reduced one does (twenty-ninth round)
        return True
    return bool(marks & REDUCED_CONDITION_MARKS) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _met_in_place(verb: Token) -> bool:
    """True when ``verb`` has an "in"/"at" phrase naming a place itself ("met ... in Paris"), not a gathering held
    there ("at the G7 summit in Hiroshima")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(p.dep_ == "pobj" and p.pos_ == "PROPN"
                                                                      for p in c.children) for c in verb.children)


def _actor_pairs(cand: Candidate, sources: list[ResolvedActor], targets: list[ResolvedActor],
                 sent: Span, *, signed: bool = False) -> list[tuple[ResolvedActor | None, ResolvedActor | None]]:
    """The (source, target) pairs a filled candidate is coded for: every source with every target (a mutual act of
    several sources each with the others; a joint act both ways), less pairs of one actor with itself."""
    if targets:  # with none, a country and its city may be two parties of one mutual act ("Paris, France hosted")
        sources = _without_bare_repeats(sources)
    source_slots: list[ResolvedActor | None] = list(sources) or [None]
    target_slots: list[ResolvedActor | None] = list(
        plain_country_repeats(sources, visit_hosts(cand, covering(targets, sent.doc)), sent.doc)) or [None]
    one_party: set[tuple[str, str]] = set()
    if not targets and len(sources) > 1 and is_mutual(cand):
        target_slots = list(sources)  # "Iran and Russia signed a treaty": each with the other
        # "Paris, France hosted the talks", "Tehran, Iran": a country and its government are one party, not two
        one_party = {(s.actor_code, t.actor_code) for s in sources for t in sources if _country_and_state(s, t)}
    if cand.code[:3] == DENIAL:
        # "Vucic denied any Serbian role in Sunday's attack": one's own country in what is denied is no target
        target_slots = other_side(source_slots, target_slots, keep_named=True)
    if cand.code[:3] in COMMENT_CODES:
        # "A Kremlin spokesman declined to comment on the capture of ten Russian paratroopers inside Ukraine": one's
        # own country in the topic of a comment is not whom it is aimed at (a named person or body of it may be)
        target_slots = other_side(source_slots, target_slots, keep_named=True)
    if cand.code[:2] in OWN_SIDE_ROOTS or cand.code in OWN_SIDE_CODES:
        # "Brazil's Supreme Court will investigate Bolsonaro": a named person or body of the source's own
        # country is investigated; the country itself, or a place in it, is only where it happens
        target_slots = other_side(source_slots, target_slots,
                                   keep_named=cand.code[:2] in NAMED_OWN_SIDE_ROOTS,
                                   leaving=cand.code in WITHDRAWAL_CODES)
    pairs = [(s, t) for s in source_slots for t in target_slots
             if s is None or t is None or ((s.actor_code != t.actor_code or distinct_entities(s, t))
                                           and (s.actor_code, t.actor_code) not in one_party)]
    joint = is_joint(cand) and cand.code[:2] not in OPPOSED_ROOTS
    if sources and targets and cand.code != SHOW_OF_FORCE and (joint or in_exchange(cand)
                                                               or _held_with(cand) or _mutual_between(cand)
                                                               or (signed and _signed_with(cand))):
        # "joint exercises with": both ways (a show of force is aimed one way)
        pairs += [(t, s) for s, t in pairs if s is not None and t is not None and (t, s) not in pairs]
    return pairs


OPPOSED_ROOTS = frozenset({"11", "12", "16"})
"""Disapproving, rejecting or vetoing, cutting: "Hungary blocked a joint statement condemning Russia's strike" opposes a
joint thing of others; its target did not make it with the source, so it is not coded both ways (twenty-fifth round)."""

HELD_WITH_CODES = frozenset({"041", "046"})
"""Calls and negotiations: held by both sides."""


def _held_with(cand: Candidate) -> bool:
    """True for a call or talks named as a noun "with" someone ("in his first call with Zelensky", "held talks with
    President Suleiman", "a day before his delegation sits down for talks with American officials"): both sides hold
    them, as the gold conventions code them (nineteenth round). A verb ("Putin telephoned Erdogan") is one side's."""
    if cand.code[:3] not in HELD_WITH_CODES or cand.kind not in ("noun", "light"):
        return False
    noun = cand.scope if cand.kind == "noun" else cand.trigger[-1]
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


SIGNING_CODE = "057"
"""Signing a formal agreement: an agreement signed "with" another party is signed by both."""


def _signed_with(cand: Candidate) -> bool:
    """True for a formal agreement signed (or to be signed) "with" another party ("Japan signed a defence pact with
    the Philippines", "an accord his party signed in Kinshasa with Chad's transitional authorities", "concluded a
    peace accord with Azerbaijan"): both parties sign it, as the gold conventions code every signing that happens
    (twenty-seventh round). A signing refused, unlikely or asked about ("left without signing the deal with the
    United States") is the one party's, so the caller passes only asserted and future acts."""
    if cand.code[:3] != SIGNING_CODE:
        return False
    heads = [cand.scope] if cand.kind == "noun" else [cand.scope, *(
        c for c in cand.scope.children if c.dep_ in ("dobj", "nsubjpass", "attr", "obj"))]
    # "signed a series of agreements with Japan": the agreements counted by the object's "of" phrase
    heads += [g for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children)


def _mutual_between(cand: Candidate) -> bool:
    """True for an act done together named by a noun "between" its parties ("a prisoner exchange between Russia and
    Ukraine", "the ceasefire between Israel and Hezbollah"): the noun puts the first party in the source slot and the
    others in the target slot, but each does it with the others (twenty-second round)."""
    return cand.kind == "noun" and is_mutual(cand) and cand.code not in ONE_SIDED_CODES and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in cand.scope.children)


COMMENT_CODES = frozenset({"010", "011", "012", "013", "014"})
"""Statements, refusals to comment, pessimistic and optimistic comments, policy considered: said about a topic."""


def _without_bare_repeats(actors: list[ResolvedActor]) -> list[ResolvedActor]:
    """``actors`` less a bare country that another of them names with its sector ("Iran's first vice-president",
    split by the parser into "vice" and "president": IRN and IRNGOV are one actor, not two sources of the same event;
    nineteenth round)."""
    codes = [str(a.actor_code) for a in actors]
    return [a for a, code in zip(actors, codes, strict=True)
            if not (len(code) == 3 and any(len(o) > 3 and o.startswith(code) for o in codes))]


def _country_and_state(a: ResolvedActor, b: ResolvedActor) -> bool:
    """True when one actor is a bare country and the other that country's government ("FRA" and "FRAGOV")."""
    x, y = sorted((a.actor_code, b.actor_code), key=len)
    return len(x) == 3 and y == x + "GOV"


CALL_CODE = "041"


def _restated_class(event: Event) -> str:
    """What a nominal must share with a clause's event to restate it: the root class ("the first trip to China"
    restates "will visit Beijing", "for his first meeting with Trump" a visit to Washington), except that a call is
    made at a distance and restates only a call ("In his first call with Zelensky, Xi said China would send an envoy
    to Ukraine")."""
    return CALL_CODE if event.event_code.startswith(CALL_CODE) else event.root_code


ATTEMPT_CODE = "185"
"""Assassination attempts: named as a noun beside the attack that was one, still an event of their own."""


def _without_restatements(found: dict[str, tuple[int, Event]], restatements: set[str],
                          nominal_ids: set[str]) -> list[Event]:
    """The sentence's events in trigger order, less nominals that restate a clause's event."""
    # "Iran fired missiles at Israel, in its largest attack on the country": a nominal with no target
    # that repeats a clause's event (same source, same root) restates it; it is not a second event
    stated = {(e.source.actor_code if e.source else None, e.root_code)
              for key, (_, e) in found.items() if key not in restatements}
    # "is set to visit Beijing next month, the first trip to China by an Australian prime minister": a nominal
    # with the same source, class and target country as a clause's event restates it
    # a call named beside a visit it is not ("In his first call with Zelensky, Xi said China would send an envoy to
    # Ukraine"): a call restates only a call (nineteenth round)
    clause_events = {(country_of(e.source), _restated_class(e), country_of(e.target))
                     for key, (_, e) in found.items() if key not in nominal_ids}
    # "set off a roadside bomb ... in an attempt on his life": an assassination attempt names what the attack was
    # aimed at, an event of its own unless a clause states the attempt too (nineteenth round)
    attempts = {(country_of(e.source), country_of(e.target)) for key, (_, e) in found.items()
                if key not in nominal_ids and e.event_code.startswith(ATTEMPT_CODE)}
    restatements = restatements | {key for key in nominal_ids - restatements
                     if (country_of(found[key][1].source), _restated_class(found[key][1]),
                         country_of(found[key][1].target)) in clause_events
                     and (not found[key][1].event_code.startswith(ATTEMPT_CODE)
                          or (country_of(found[key][1].source), country_of(found[key][1].target)) in attempts)}
    ordered = sorted((pair for key, pair in found.items()
                      if key not in restatements
                      or (pair[1].source.actor_code if pair[1].source else None, pair[1].root_code) not in stated),
                     key=lambda pair: (pair[0], pair[1].event_code, pair[1].event_id))
    return [event for _, event in ordered]
