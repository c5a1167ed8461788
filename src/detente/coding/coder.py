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
    answered_party,
    conditional_counterparts,
    deontic,
    despite_askers,
    investigated_parties,
    is_condition,
    mediated_parties,
    protest_targets,
    purpose_host_target,
    purpose_targets,
    refused_party,
    threatened_party,
)
from detente.coding.anaphors import (
    adjunct_owner,
    adjunct_pronoun,
    adjunct_subject,
    anaphoric_pair,
    anaphoric_source,
    anaphoric_targets,
    back_reference,
    speaker_possessions,
)
from detente.coding.candidates import Candidate, find_candidates, presence, proxy_send, visitors
from detente.coding.clauses import (
    coordinated,
    grammatical_subjects,
    host_subjects,
    infinitival_relative,
    is_passive,
    pressed_party,
    reporting_verb,
    speaker,
)
from detente.coding.codebook import Codebook
from detente.coding.crowds import (
    POLICE_NOUNS,
    crowd_source,
    domestic_target,
    host_sources,
    one_country,
    speakers_forces,
)
from detente.coding.dates import resolve_event_date, sentence_ents
from detente.coding.delegations import delegated
from detente.coding.factuality import (
    factuality_of,
    habitual,
    nominal_factuality,
)
from detente.coding.joint_acts import in_exchange, is_joint, is_mutual, shared_exercise
from detente.coding.nominals import ahead_of, modal_governor, theme_of_act, times_clause
from detente.coding.participants import (
    NON_STATE_SECTORS,
    PERSON_KINDS,
    actor_country,
    confidence,
    country_of,
    distinct_entities,
    domestic_counterpart,
    first_tier,
    other_side,
    plain_country_repeats,
    pronoun_subject,
    resolve,
    same_country,
)
from detente.coding.place_targets import (
    covering,
    deep_place,
    demanded_at_home,
    domestic_law,
    own_state,
    place_authority,
    place_of_object,
    posture_place,
    protest_place,
    relative_place,
    stationed_in,
    visit_hosts,
)
from detente.coding.places import Gazetteer, find_location
from detente.coding.recoding import aimed_code, leader_killed, legal_charge, official_protest
from detente.coding.rule_codes import (
    CONDITIONAL_THREAT_ROOTS,
    CONFLICT_ROOT,
    DEEP_PLACE_ROOTS,
    DOMESTIC_ROOTS,
    INQUIRY_ROOTS,
    NAMED_OWN_SIDE_ROOTS,
    OWN_PEOPLE_ROOTS,
    OWN_SIDE_CODES,
    OWN_SIDE_ROOTS,
    PLACE_TARGET_ROOTS,
    POSTURE_ROOTS,
    PROTEST_ROOTS,
    REFUSAL_ROOTS,
    RELEASE_PREFIX,
    TOPIC_CODES,
    VISIT_CODE,
)
from detente.coding.state_nationals import held_national
from detente.coding.verbs import PLURAL_SUBJECT_PRONOUNS, Lexicon
from detente.records.article import Article
from detente.records.event import CameoCode, Event, Evidence, Factuality, Location, make_event_id
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["EventCoder"]

AGENT_KINDS = frozenset({"group", "person", "igo", "agent", "user", "title"})
"""Actor kinds a proper name compounded before an event noun must have to be its agent ("the Hamas attack")."""
PROMISSORY_MODALS = frozenset({"will", "would", "shall", "'ll"})
"""Modals of a promise or threat: "will withdraw its force unless ..." is a conditional threat."""

APPEAL_ROOT = "02"
THREAT_ROOT = "13"
NEGOTIATE = "046"
CONSULT_ROOT = "04"
ALLEGATION_PREFIX = "112"
DENIAL = "016"
WITHDRAWAL_CODES = frozenset({"0874"})
DEMAND_ROOT = "10"
PARTNERED_CODES = frozenset({NEGOTIATE, "057"})
"""Negotiating and signing an agreement: always with someone."""
MEDIATION_CODES = frozenset({"039", "045"})
"""Mediating and offering to mediate: between parties, whom the sentence may name elsewhere."""
JOINT_EXERCISE = "062"
SHOW_OF_FORCE = "150"
RELEASE_ASKS = frozenset({"0253", "1053"})
"""Appeals and demands to release someone (CAMEO 0253, 1053)."""
ANSWERING_ROOTS = frozenset({"05", "06", "07", "08"})
"""Acts that can answer an appeal: support, cooperation, aid, yielding."""
ABDUCTION_PREFIX = "181"
"""Abduction and hostage-taking: the people taken are of the place they were taken from."""
COOPERATION_END = "09"
"""Roots below this (01-08) are statements, appeals, intentions, consultation, support, cooperation, aid and
yielding: acts a purpose infinitive may do towards whoever its host clause reaches."""


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
        if not candidates and not any(deontic(t) for t in sent):
            return []
        dates: dict[bool, date | None] = {}
        found: dict[str, tuple[int, Event]] = {}
        restatements: set[str] = set()
        nominal_ids: set[str] = set()
        slots: list[tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]] = []
        # a frame after its complement ("Iran would retaliate, Tehran warned") is a threat only when the speaker is
        # the one who would act; "Russia could strike, officials warned" keeps the strike and codes no threat
        kept_frames = [c for c in candidates if c.same_agent and same_country(
            first_tier(c.sources, mentions), first_tier((c.same_agent,), mentions))]
        folded = {i for c in kept_frames for i in c.folds}
        for cand in candidates:
            if (cand.same_agent and all(cand is not k for k in kept_frames)) or cand.scope.i in folded:
                continue
            if cand.kind == "noun" and cand.code[:2] in PLACE_TARGET_ROOTS and cand.scope.dep_ == "nsubj" \
                    and leader_killed(cand.scope.head, mentions):
                # "An Israeli strike killed Hezbollah's chief of staff": the strike is how the leader was killed,
                # one assassination, not an air strike besides
                continue
            cand = delegated(cand)  # "envoys from Armenia and Turkey will hold talks": each sender's envoys
            sources = first_tier(cand.sources, mentions)
            if cand.presupposed and not first_tier(cand.sources[:1], mentions):
                # "Israel is planning its strikes on Iran": the agent comes from the planning, not the
                # nominal's own possessor, so the nominal is not presupposed
                cand = dataclasses.replace(cand, presupposed=False)
            if not sources and cand.code[:2] in PROTEST_ROOTS | {DEMAND_ROOT}:
                # "Students ... demanded snap elections at a rally in Belgrade": people from where they are
                sources = crowd_source(cand, mentions)
            if not sources and cand.kind != "noun":  # "Police fired tear gas at opposition supporters in Maputo"
                sources = crowd_source(cand, mentions, POLICE_NOUNS)
            if not sources and pronoun_subject(cand):
                # "China said it was ready to ...": an unresolved pronoun subject of reported speech is the speaker
                said_by = speaker(cand.scope)
                # "Obama and Putin said they will attack Iraq": a plural pronoun stands for all the speakers
                said = (tuple(coordinated(said_by)) if cand.sources[0][0].lower_ in PLURAL_SUBJECT_PRONOUNS
                        else (said_by,)) if said_by is not None else ()
                sources = first_tier((said,), mentions) if said else []
                if not sources:  # "Will Moscow pull back the troops it has massed?": it = Moscow
                    sources = first_tier((tuple(host_subjects(cand.scope)),), mentions)
            if not sources and cand.kind != "noun":  # "the army chief told officers that soldiers would not fire"
                sources = speakers_forces(cand, mentions)
            if not sources and cand.kind != "noun":  # "Putin called Xi and the two leaders agreed to hold talks"
                sources = anaphoric_pair(cand, mentions)
            if not sources and cand.inherited and cand.scope.dep_ in ("advcl", "xcomp", "conj"):
                # "Protesters led by Pashinyan blocked streets across Yerevan, demanding that ...": a clause that
                # shares its host's subject has the actor the host's subject was found to be
                sources = next((s for c, s, _ in slots if c.scope.i == cand.scope.head.i and c.kind != "noun"), [])
            if not sources and cand.scope.dep_ == "acl" and cand.scope.tag_ == "VBG" \
                    and cand.scope.head.dep_ in ("nsubj", "nsubjpass"):
                # "Royalist protesters demanding the return of the monarchy clashed with police": the host's subject
                sources = host_sources(cand.scope.head.head, candidates, mentions)
            if not sources and cand.kind != "noun":  # "... after the government agreed to hold elections"
                sources = anaphoric_source(cand, mentions)
            if not sources:  # "a missionary was arrested in Lebanon": by the Lebanese authorities
                sources = place_authority(cand, mentions)
            if cand.kind == "noun" and adjunct_pronoun(cand.scope) is not None:
                # "during their visit to Kyiv", "during his visit to Tokyo": whose visit, among the clause's actors
                sources = adjunct_owner(cand, sources, mentions) or sources
            if not sources and cand.kind == "noun":  # "the presidency said after a phone call with al-Burhan"
                sources = adjunct_subject(cand, mentions)
            if not sources and cand.name_modifiers:
                if theme_of_act(cand.scope, candidates):
                    # "Hungary will not block the renewal of EU sanctions on Russia": a nominal named only by a
                    # name before it, in the object of another act, is what that act is about, not a report
                    continue
                named = first_tier((cand.name_modifiers,), mentions)
                sources = [a for a in named if a.kind in AGENT_KINDS]
                if not sources and cand.code[:2] in PLACE_TARGET_ROOTS:
                    # "any unilateral US strike on cartels inside Mexico": with whom it hits named after it, the
                    # country named before an attack is its agent, not its target
                    hit = first_tier(cand.targets, mentions)
                    sources = [a for a in named if a.kind == "country"] if hit and not same_country(hit, named) else []
                if sources:
                    cand = dataclasses.replace(cand, presupposed=True)
            if not sources and infinitival_relative(cand.scope) and cand.scope.head.dep_ in ("attr", "oprd"):
                # "Will Washington become the first government to recognise Somaliland?": the one it describes
                sources = first_tier((tuple(grammatical_subjects(cand.scope.head.head)),), mentions)
            if not sources and infinitival_relative(cand.scope):
                # "..., the first Western delegation to visit Bucharest": a description of someone the sentence does
                # not name as an actor reports no act of anyone
                continue
            if not sources and cand.kind == "noun":
                # "Sanctions on Russia have had mixed effects", "after the attack on Israel": a nominal
                # event whose actor the sentence does not name refers to something, it reports nothing
                continue
            if not sources and cand.code[:2] == CONSULT_ROOT:
                # "Abrams tanks supplied by Washington have arrived in Ukraine", "a missile that landed in Pakistan":
                # a visit, trip or meeting by no known actor is things or people moving, not a consultation
                continue
            if cand.code[:2] in REFUSAL_ROOTS:  # "refuses to free Bazoum despite repeated demands from ECOWAS"
                askers = despite_askers(cand)
                if askers:
                    cand = dataclasses.replace(cand, targets=(tuple(askers), *cand.targets))
            if cand.code[:2] in INQUIRY_ROOTS:
                cand = dataclasses.replace(cand, targets=tuple(
                    tuple(t for tok in tier for t in investigated_parties(tok)) for tier in cand.targets))
            # a tier that names only the source itself ("threatened to launch an offensive in its war with Iraq
            # unless Baghdad accepted") does not hide the tiers below it
            # "declined to comment on the explosions near Isfahan": a statement's topic is not aimed at where it was
            targets = first_tier(cand.targets, mentions, besides=sources, places=cand.code[:3] not in TOPIC_CODES)
            if not targets and sources and cand.kind != "noun":  # "threatened to cut gas supplies to the country"
                targets = anaphoric_targets(cand, sources, mentions)
            if not targets and sources and cand.kind != "noun" and cand.code[:2] >= CONFLICT_ROOT:
                # "Would Pakistan use nuclear weapons if India invaded?": force and its condition answer each other
                targets = conditional_counterparts(cand.scope, sources, mentions)
            if not targets and sources and cand.code in OWN_SIDE_CODES:
                targets = stationed_in(cand.scope, mentions)
            if not targets and sources and cand.code[:2] in DOMESTIC_ROOTS:
                targets = domestic_target(cand, sources[0])
            if not targets and sources and cand.code[:2] in PLACE_TARGET_ROOTS and cand.kind in ("verb", "light"):
                # "Israeli forces killed 20 militants in Gaza": the parser hangs the place on the verb, not the object
                targets = place_of_object(cand.scope, mentions, taken=cand.code.startswith(ABDUCTION_PREFIX))
            if not targets and sources and cand.code[:2] in PLACE_TARGET_ROOTS and cand.kind in ("noun", "light"):
                # "Russia's largest air attack of the war, which set the Cabinet building in Kyiv ablaze": what a
                # relative clause on the attack says it hit, where
                targets = relative_place(cand, mentions)
            if not targets and sources and cand.code[:2] in DEEP_PLACE_ROOTS and cand.kind in ("verb", "light"):
                # "investigating traces of uranium found at undeclared sites in Iran": a place deep in the object's
                # phrase, past a participle or relative clause, holds what was hit or looked into
                targets = deep_place(cand, mentions)
            if not targets and sources and (cand.code[:2] in OWN_PEOPLE_ROOTS or cand.code.startswith(RELEASE_PREFIX)) \
                    and one_country(sent, sources[0], mentions, besides_partners=cand.code.startswith(RELEASE_PREFIX)):
                # "Nicaragua released 135 political prisoners": the people it held are its own
                # "Burkina Faso's army killed at least 223 villagers": with no other country named, its own people
                targets = domestic_target(cand, sources[0], people=True)
                if not targets and cand.code.startswith(RELEASE_PREFIX) and cand.kind != "noun" \
                        and str(sources[0].actor_code)[3:6] in ("", "GOV", "MIL", "JUD", "COP"):
                    # "Nicaragua freed Bishop Rolando Alvarez and 18 other churchmen": whoever a state held, its own
                    targets = own_state(sources[0], "whose people it held", "CVL")
            if not targets and sources:  # "Romanian prosecutors charged the far-right politician": their national
                targets = held_national(cand, sources[0], sent, mentions)
            if not targets and sources and cand.code[:2] in REFUSAL_ROOTS and cand.kind != "noun":
                # "ruled out lifting its sanctions on Rosselkhozbank, the Russian lender", "turned down the invitation
                # for Argentina to join the BRICS bloc": a refusal is aimed at whom what it refuses concerns
                targets = refused_party(cand.scope, sources, mentions) or domestic_law(cand, sources[0], sent, mentions)
            if not targets and sources and cand.code[:2] < COOPERATION_END and cand.kind in ("verb", "light") \
                    and not any(c.scope.i == cand.scope.head.i and c.code[:2] == cand.code[:2] for c in candidates):
                # "telephoned Erdogan to offer his condolences": the purpose reaches whom its host clause reaches
                # ("met Assad to discuss ..." restates the meeting)
                targets = [t for t in purpose_host_target(cand.scope, mentions) if not same_country(sources, [t])]
            if not targets and sources and cand.code[:2] == APPEAL_ROOT and cand.scope.dep_ == "advcl":
                # "The CSTO began sending troops to Kazakhstan after President Tokayev appealed for help": an appeal
                # the host clause answers (with support, cooperation, aid or yielding, for its target) was made to the
                # host's actor; "Russia attacked Ukraine after Zelensky appealed for calm" answers no appeal
                host = cand.scope.head
                targets = next((list(s) for c, s, t in slots if c.kind != "noun" and s and t
                                and c.code[:2] in ANSWERING_ROOTS and (c.scope.i == host.i or c.scope.head.i == host.i)
                                and same_country(t, sources) and not same_country(s, sources)), [])
            if not targets and sources and cand.kind == "verb" and back_reference(cand):
                # "expelled two Russian diplomats, accusing them of spying", "suspended talks with the ELN, accusing
                # the guerrillas of war crimes": a participle's "them" or "the <noun>" is whom its host clause reached
                targets = next((t for c, _, t in slots if c.scope.i == cand.scope.head.i and c.kind != "noun"), [])
            if not targets and sources and cand.kind != "noun" and not is_joint(cand):
                # "in response to the US naval build-up", "in a show of force aimed at North Korea" (a joint act's
                # partner is whom it is done with, not whom it is aimed at)
                targets = answered_party(cand.scope, sources, mentions)
            if not targets and sources:
                targets = speaker_possessions(cand, sources, mentions)
            if not targets and len(sources) == 1 and (cand.code[:2] == THREAT_ROOT or cand.code in PARTNERED_CODES) \
                    and cand.kind != "noun":
                # a threat is aimed at someone, a negotiation held and a treaty signed with someone ("agreed to meet
                # Maduro but said Guyana would not negotiate over the border", "Azerbaijan is unlikely to sign a peace
                # treaty until Armenia rewrites its constitution"): with no one named in it, the one other country
                targets = threatened_party(cand.scope, sources, mentions)
            if sources and cand.code[:2] in POSTURE_ROOTS and {actor_country(t) for t in targets} <= {
                    actor_country(s) for s in sources}:  # none, or only its own forces ("placed its forces on alert")
                targets = (purpose_targets(cand.scope, mentions) or answered_party(cand.scope, sources, mentions)
                           or posture_place(cand.scope, {actor_country(s) for s in sources}, mentions) or targets)
            if not targets and sources and cand.code in MEDIATION_CODES:
                # "Anwar Ibrahim offered to help broker a ceasefire", "a truce brokered by China": between the others
                appealing = {actor_country(a) for c, s, _ in slots if c.code[:2] == APPEAL_ROOT for a in s}
                targets = mediated_parties(cand.scope, sources, mentions, appealing)
            if not targets and sources and cand.code[:2] in PROTEST_ROOTS:
                targets = protest_targets(cand.scope, sources, mentions)
            if not targets and sources and cand.code[:2] in PROTEST_ROOTS and cand.kind in ("verb", "light"):
                targets = protest_place(cand, sources[0], mentions)
            if not targets and sources and cand.code[:2] in PROTEST_ROOTS | {DEMAND_ROOT} and cand.kind != "noun":
                targets = demanded_at_home(cand, sources[0], sent, mentions)
            if not targets and cand.scope.dep_ == "advcl" and cand.scope.tag_ == "VBG" and any(
                    c.scope.i == cand.scope.head.i and c.code[:2] == cand.code[:2] for c, _, _ in slots):
                # "clashed with riot police, torching cars and houses": a participle of the same kind of act, aimed
                # at no one, is part of its host's act, not a second one
                continue
            if presence(cand) and ((any(s.kind not in PERSON_KINDS for s in sources) and not visitors(cand))
                                   or same_country(sources, targets) or not targets):
                # "Xi Jinping, who is in Moscow this week": a person abroad visits; "Putin is in Moscow", "Russia is in
                # Syria" are no visits
                continue
            if sources and cand.code in RELEASE_ASKS and {actor_country(t) for t in targets} <= {
                    actor_country(s) for s in sources}:
                # "Mike Pompeo demanded the immediate release of Paul Whelan after a Moscow court sentenced the former
                # Marine": the release of one's own people is asked of whoever holds them, the one other country named
                targets = threatened_party(cand.scope, sources, mentions) or targets
            if not targets and sources and cand.code == JOINT_EXERCISE and len({actor_country(s) for s in sources}) == 1:
                # "Three US aircraft carriers began joint drills ... in a show of force aimed at North Korea": with no
                # partner named, drills aimed at someone are a show of force (150) against it
                aimed_at = answered_party(cand.scope, sources, mentions)
                if aimed_at:
                    cand, targets = dataclasses.replace(cand, code=CameoCode(SHOW_OF_FORCE)), aimed_at
            if not targets and len(sources) > 1:  # "French and Egyptian warships launched war games": together
                cand = shared_exercise(cand, sources) or cand
            mutual = not targets and len(sources) > 1 and is_mutual(cand)
            if (sources or targets) and (targets or mutual or not cand.needs_target):
                slots.append((cand, sources, targets))
        # "did not attend the summit in Rio and sent Premier Li Qiang in his place": the visit is still made, by proxy
        slots += [(dataclasses.replace(c, trigger=(send,), scope=send, kind="verb"), s, t) for c, s, t in list(slots)
                  if c.code == VISIT_CODE and c.kind in ("verb", "light") and t
                  and (send := proxy_send(c.scope)) is not None]
        slots = [self._conditional_threat(slot, mentions) for slot in slots]
        slots.extend(self._deontic_appeals(slots, mentions, sent))
        # an actor of any event is never read as the place of another ("fired missiles at Israel"), unless
        # the actor is a place standing for its country ("fired missiles at Kharkiv": target UKR, place Kharkiv)
        skip = {i for _, s, t in slots for m in (*s, *t) if m.kind != "place"
                for i in range(m.token_start, m.token_end)}
        location = find_location(sent, self._gazetteer, skip_tokens=skip) if slots else None
        for cand, sources, targets in slots:
            # a named nominal is presupposed, unless the clause is about it ("Russia's attack never took place")
            # "denied Washington's accusations that ...": a denial answers an accusation made, it does not deny it
            own = (cand.presupposed and cand.scope.dep_ not in ("nsubj", "nsubjpass", "csubj", "attr", "ROOT")
                   and (not modal_governor(cand.scope) or cand.code.startswith(ALLEGATION_PREFIX)))
            factuality = nominal_factuality(cand.scope) if own else factuality_of(cand.scope, sent)
            if cand.scope.dep_ in ("advcl", "xcomp", "acl") and pressed_party(cand.scope.head) \
                    and factuality is Factuality.ASSERTED:
                # "put pressure on Israel to allow more aid into Gaza": what is pressed for is not done
                factuality = Factuality.HYPOTHETICAL
            if infinitival_relative(cand.scope) and cand.scope.head.dep_ in ("attr", "oprd"):
                # "Will Washington become the first government to recognise Somaliland?": as its host clause is
                factuality = factuality_of(cand.scope.head.head, sent)
            if cand.kind == "noun" and times_clause(cand.scope):
                # "will demand a ceasefire during their visit": the visit is when the clause's event is; a denial of
                # the clause's event is no denial of the visit ("did not arrest Netanyahu during his visit")
                clause_factuality = factuality_of(cand.scope.head.head, sent)
                factuality = (clause_factuality if clause_factuality is not Factuality.NEGATED
                              else nominal_factuality(cand.scope))
            if cand.kind == "noun" and factuality is Factuality.ASSERTED and ahead_of(cand.scope):
                # "officials said ahead of Blinken's trip to Kyiv on Wednesday": the trip is still to come
                factuality = Factuality.FUTURE
            if factuality is Factuality.ASSERTED and cand.kind != "noun" and habitual(cand.scope):
                # "France and Germany have long cooperated on defence", "for decades, Russia has sold arms to India":
                # a standing practice the sentence describes, not an event it reports
                continue
            if (not sources and factuality is Factuality.HYPOTHETICAL and cand.kind == "verb"
                    and is_passive(cand.scope) and not any(c.dep_ == "agent" for c in cand.scope.children)):
                # "Kigali said it hoped French officials would be indicted": a wished or supposed act with no one
                # to do it reports no actor's act (the wish itself is the speaker's)
                continue
            future = factuality is Factuality.FUTURE
            if future not in dates:
                dates[future] = resolve_event_date(sent, article.published_on, future=future, ents=ents)
            said_by = speaker(cand.scope)
            attribution = resolve(said_by, mentions) if said_by is not None else None
            source_slots: list[ResolvedActor | None] = list(sources) or [None]
            target_slots: list[ResolvedActor | None] = list(
                plain_country_repeats(sources, visit_hosts(cand, covering(targets, sent.doc)), sent.doc)) or [None]
            if not targets and len(sources) > 1 and is_mutual(cand):
                target_slots = list(sources)  # "Iran and Russia signed a treaty": each with the other
            if cand.code[:3] == DENIAL:
                # "Vucic denied any Serbian role in Sunday's attack": one's own country in what is denied is no target
                target_slots = other_side(source_slots, target_slots, keep_named=True)
            if cand.code[:2] in OWN_SIDE_ROOTS or cand.code in OWN_SIDE_CODES:
                # "Brazil's Supreme Court will investigate Bolsonaro": a named person or body of the source's own
                # country is investigated; the country itself, or a place in it, is only where it happens
                target_slots = other_side(source_slots, target_slots,
                                           keep_named=cand.code[:2] in NAMED_OWN_SIDE_ROOTS,
                                           leaving=cand.code in WITHDRAWAL_CODES)
            pairs = [(s, t) for s in source_slots for t in target_slots
                     if s is None or t is None or s.actor_code != t.actor_code or distinct_entities(s, t)]
            if sources and targets and cand.code != SHOW_OF_FORCE and (is_joint(cand) or in_exchange(cand)):
                # "joint exercises with": both ways (a show of force is aimed one way)
                pairs += [(t, s) for s, t in pairs if s is not None and t is not None and (t, s) not in pairs]
            for source, target in pairs:
                aimed = official_protest(legal_charge(aimed_code(cand, target), source), source)
                event = self._event(aimed, sent, index, article, source, target, factuality,
                                    dates[future], location, attribution)
                found.setdefault(event.event_id, (min(t.idx for t in cand.trigger), event))
                if cand.kind == "noun" and target is None:
                    restatements.add(event.event_id)
                if cand.kind == "noun" or infinitival_relative(cand.scope):
                    # "..., the first Australian prime minister to visit China": a description restates like a nominal
                    nominal_ids.add(event.event_id)
        # "Iran fired missiles at Israel, in its largest attack on the country": a nominal with no target
        # that repeats a clause's event (same source, same root) restates it; it is not a second event
        stated = {(e.source.actor_code if e.source else None, e.root_code)
                  for key, (_, e) in found.items() if key not in restatements}
        # "is set to visit Beijing next month, the first trip to China by an Australian prime minister": a nominal
        # with the same source, class and target country as a clause's event restates it
        clause_events = {(country_of(e.source), e.root_code, country_of(e.target))
                         for key, (_, e) in found.items() if key not in nominal_ids}
        restatements |= {key for key in nominal_ids - restatements
                         if (country_of(found[key][1].source), found[key][1].root_code,
                             country_of(found[key][1].target)) in clause_events}
        ordered = sorted((pair for key, pair in found.items()
                          if key not in restatements
                          or (pair[1].source.actor_code if pair[1].source else None, pair[1].root_code) not in stated),
                         key=lambda pair: (pair[0], pair[1].event_code, pair[1].event_id))
        return [event for _, event in ordered]

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
            if cand.kind in ("verb", "light") and sources and deontic(cand.scope):
                asked.append((cand.scope, cand.code, sources))
        coded = {c.scope.i for c, _, _ in slots}
        # "told the Council that the mission must leave": the frame on "told" already codes what is asked
        framed = {c.scope.i for c, _, _ in slots if c.kind == "frame"}
        for verb in sent:
            if verb.pos_ in ("VERB", "AUX") and verb.i not in coded and deontic(verb) and not any(
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
