"""Factuality of a coded event (stage 4): asserted, negated, hypothetical, future or question.

Walks from the event's trigger up the dependency tree, collecting cues in scope (a negation or a
modal over a governing verb reaches its complements); docs/factuality.md gives the rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.coding.clauses import (
    CARRYING_ON_PARTICLES,
    CONDITION_ONLY_MARKS,
    demander_participle,
    to_infinitive,
)
from detente.coding.factuality_absence import absence_verb
from detente.coding.factuality_background import clause_tokens, habitual, name_word, present_simple
from detente.coding.factuality_conditions import (
    INVERTED_OPENERS,
    asked_counterfactual_object,
    kept_from_doer,
    occasion_relative,
    reaction_topic,
)
from detente.coding.factuality_irrealis import (
    REPORT_NOUNS,
    any_noun_infinitive,
    as_long_as,
    compared_with,
    disputed_gerund,
    enough_to,
    falsified,
    fiction_frame,
    for_to_clause,
    free_choice_clause,
    guarded_against,
    headline_infinitive,
    imagined_relative,
    instead_clause,
    not_one,
    noun_content_clause,
    option_frame,
    scheduled_start,
    time_that,
)
from detente.coding.factuality_judged import judged_act
from detente.coding.factuality_opinion import wished_past
from detente.coding.factuality_practices import fronted_rate, reduced_relative, scheduled_relative
from detente.coding.factuality_reversals import (
    fronted_condition,
    purpose_subject,
    reversed_plan,
    stated_warning,
    unmet_until,
)
from detente.records.event import Factuality

__all__ = [
    "FUTURE_GOVERNORS",
    "HYPOTHETICAL_GOVERNORS",
    "IMAGINING_VERBS",
    "NEGATING_PARTICLE_VERBS",
    "NEGATING_GOVERNORS",
    "factuality_of",
    "habitual",
    "name_word",
    "is_question",
    "nominal_factuality",
    "reported_intent",
    "reported_will",
]

PRIORITY: tuple[Factuality, ...] = (
    Factuality.QUESTION, Factuality.NEGATED, Factuality.HYPOTHETICAL, Factuality.FUTURE,
)
"""When several cues apply, the first label in this order wins (asserted only when none applies)."""

NEGATING_GOVERNORS = frozenset({
    "deny", "refuse", "decline", "fail", "reject", "avoid", "refrain", "prevent", "block", "forbid",
    "prohibit", "veto", "cancel", "without", "rule", "hesitate",
    # nouns: "repeating its denial that government troops massacred civilians", "its refusal to meet"
    "denial", "refusal", "failure",
    # acts averted or deterred: "the deal averted a Russian invasion of Moldova", "to deter a Chinese attack"
    "avert", "forestall", "thwart", "foil", "preempt", "pre-empt", "deter", "dissuade",
    # put aside before it is done: "The plan to expel Russian diplomats was shelved"
    "shelve",
})
"""Verbs (and 'without') whose complement did not happen: "denied sending", "refused to attend". Negated
themselves, they leave it open ("did not rule out strikes", "will not hesitate to strike"): see
:func:`cues_of`."""
SCHEDULE_NOUNS = frozenset({"date", "timetable", "timeline", "deadline", "schedule", "timeframe", "time-frame"})
"""Nouns of a schedule: "no date" for an act leaves it to come, it does not deny it ("No date has been set for
Putin's visit to Turkey": the visit is planned, `future` by "set")."""
BARRING_VERBS = frozenset({"bar", "ban", "debar", "preclude", "disqualify"})
"""Verbs whose "from" act is kept from being done ("bars Russian citizens from buying property", "banned the party
from taking part in elections"): the act barred is `negated`; the barring itself is the event."""
SHORT_VERBS = frozenset({"stop", "fall", "come"})
"""Verbs of "stop / fall / come short of": what follows was not done."""
NEGATING_PARTICLE_VERBS = frozenset({"head", "stave", "ward", "fend", "call"})
"""Verbs that avert or cancel their object only with "off" ("headed off an Israeli offensive", "staved off a trade
war", "called off the visit to Beijing")."""
POSTPONING_PARTICLE_VERBS = frozenset({"put"})
"""Verbs that put off their object with "off" or "back" ("the visit has been put off", "put back the summit"):
still to come, as after "postponed" ("pushed back an offensive" repels it, and is not here)."""
IMAGINING_VERBS = frozenset({"simulate", "model", "picture", "wargame", "war-game", "game", "rehearse"})
"""Verbs (not nouns: "a picture of the attack" may show a real one) whose object is simulated or imagined
("planners modelled an Israeli strike on Iran", "a tabletop exercise simulated a Russian cyberattack")."""

FUTURE_GOVERNORS = frozenset({
    "schedule", "plan", "intend", "vow", "pledge", "promise", "expect", "set", "due", "prepare", "aim",
    "agree", "decide", "resolve", "commit", "poise", "about", "decision",
    "agreement", "intention", "vote", "arrange", "slate",
    # terms and obligations: "the plan foresees Saudi Arabia recognising Israel", "was obliged to return the ships"
    "foresee", "envisage", "envision", "oblige", "obligate", "require", "bind", "compel", "obligation",
    "commitment", "requirement", "mean", "timetable", "deadline",
    # put off: "Hungary delayed its veto on aid for Ukraine", "postponed its withdrawal"
    "delay", "postpone", "defer",
    # a deal's content and what is about to happen: "any deal to release detained citizens", "is imminent"
    "deal", "pact", "accord", "imminent",
})
"""Verbs, adjectives and nouns whose complement is planned, not yet done: "is scheduled to meet". A decision
already taken is no plan: "Islamabad decided on Wednesday to expel India's envoy" reports the expulsion, as CAMEO
codes it (see :data:`TAKEN_DECISIONS`)."""
NEEDING_VERBS = frozenset({"need", "require", "lack"})
"""Verbs of a present need: a purpose infinitive on them ("needs money to keep arming the Houthis") is what the need
is for, not an act done (a purpose clause of an act keeps the act's label: "struck Gaza to weaken Hamas")."""
CERTAIN_WORDS = frozenset({"certain", "sure", "bound", "destined", "guaranteed"})
"""Adjectives of a foregone outcome with an infinitive ("is certain to hand Hasina a fourth term", "is bound to
anger Beijing"): still to come."""
AWAITED = frozenset({"expect", "due"})
"""Predicates that are an event of their own when someone is awaited somewhere (coding/visits.py): future."""
TAKEN_DECISIONS = frozenset({"decide", "resolve", "vote"})
"""Future governors that, in a past tense, report the act as decided and done ("decided to downgrade ties";
"lawmakers voted to suspend cooperation with the IAEA", as the gold sets code it)."""

HYPOTHETICAL_GOVERNORS = frozenset({
    "want", "wish", "hope", "seek", "try", "attempt", "consider", "mull", "weigh", "contemplate", "propose",
    "suggest", "recommend", "urge", "ask", "call", "appeal", "demand", "request", "press", "push",
    "encourage", "advise", "implore", "insist", "threaten", "warn", "offer", "need", "fear", "doubt",
    "wonder", "imagine", "suppose", "speculate", "predict", "anticipate", "able", "ready", "willing",
    "likely", "unlikely", "possible", "probable", "allege", "accuse", "suspect", "believe", "think",
    "seem", "appear", "rumour", "rumor", "question", "case", "plea", "threat", "proposal", "possibility",
    "prospect", "risk", "bid", "effort", "idea", "chance", "option", "scenario", "would-be", "eager",
    "keen", "prepared", "determined", "inclined", "reluctant", "hesitant", "guess", "assume", "estimate",
    "worry", "concern", "persuade", "convince", "invite", "lobby", "plead", "beg", "expectation",
    "speculation", "danger", "whether", "if", "unless", "lest", "ultimatum", "dream", "wait", "oppose",
    "support", "favor", "favour", "endorse", "advocate", "back",
    "pressure", "pressurize", "pressurise", "right", "ability", "capability", "capacity", "permission",
    "freedom", "power", "capable", "ought", "way",
    # powers held: "The Security Council has the authority to impose an arms embargo", "the ICC has jurisdiction"
    "authority", "jurisdiction", "prerogative", "competence", "mandate", "wherewithal", "leverage", "clout",
    "leeway", "latitude", "licence", "license", "entitled", "entitlement",
    # permission: "allowed the Red Cross to visit the prisoners" states the permission, not that the visit was made
    "allow", "permit", "authorize", "authorise", "let",
    # nouns of disposition: "the government's reluctance to condemn Russia", "its readiness to mediate"
    "reluctance", "willingness", "unwillingness", "readiness", "eagerness", "determination", "hesitancy",
    "hesitance", "desire", "ambition", "appetite", "discourage",
    # nearness: "Turkey is on the verge of invading northern Syria", "on the brink of war"
    "verge", "brink", "cusp",
    # notions and prices: "the notion of Germany recognising Palestine", "Turkey's price for approving the bid"
    "notion", "thought", "concept", "price", "condition", "precondition",
    # plots: "a plot to kill Gustavo Petro", "conspired to overthrow the government"
    "plot", "conspiracy", "conspire", "scheme",
    # fearing and bracing: "Many in Kyiv dread a Russian assault", "closed its airspace in anticipation of a strike"
    "dread", "anticipation",
    # what is called untrue: "the myth of a Chinese invasion of Taiwan"
    "myth", "fantasy", "illusion", "mirage", "fable",
})
"""Governors whose complement is wished, requested, possible, permitted or speculated, not stated as fact."""
POWER_NOUNS = frozenset({
    "right", "ability", "capability", "capacity", "power", "authority", "jurisdiction", "prerogative", "competence",
    "mandate", "leverage", "clout", "leeway", "latitude", "licence", "license", "freedom", "permission",
})
"""Nouns of a power held: what they are a power to do is only possible ("has the authority to impose an arms
embargo") unless the power is used (:data:`USING_VERBS`)."""
USING_VERBS = frozenset({"use", "exercise", "invoke", "wield", "employ"})
"""Verbs whose object power is put to use, so that its act is done ("used its authority to impose sanctions")."""
PROSPECT_NOUNS = frozenset({
    "talk", "negotiation", "discussion", "deliberation", "consultation", "debate", "warning", "spectre",
    "specter", "likelihood", "odds", "hope", "fear", "prospect", "rumour", "rumor", "speculation", "call",
    "push", "clamour", "clamor", "campaign", "appetite", "argument", "case",
})
"""Nouns of talk, negotiation, warning and expectation: an act named in their "of / on / for / over" phrase is
talked of, negotiated, feared or hoped for, not reported ("Talk of a Chinese invasion of Taiwan has grown louder",
"Negotiations on a ceasefire are stuck", "Warnings of a Russian invasion were dismissed"). Nouns only: the verb
"talk" takes a topic that may be a fact ("talked about the attack")."""
SCENARIO_NOUNS = frozenset({"scenario", "risk", "danger", "fear", "worry", "threat", "prospect", "possibility",
                            "option", "hope", "aim", "goal", "plan", "idea", "alternative", "choice", "nightmare",
                            "price", "condition", "precondition"})
"""Subjects that make a noun predicate a possibility ("The most likely scenario is a Chinese blockade of Taiwan",
"the fear is an Israeli strike"); "The first casualty was ..." names a fact and is not here."""
HEARSAY_NOUNS = frozenset({"report", "claim", "suggestion", "allegation", "rumour", "rumor", "assertion",
                           "accusation"})
"""Nouns of an unattributed report whose "of" act no one vouches for ("Reports of a North Korean deployment to
Russia worried Seoul"); a claim "of responsibility for" an attack is not one (the attack hangs on "responsibility")."""
POSSIBILITY_PREDICATES = frozenset({
    "unlikely", "likely", "possible", "impossible", "probable", "improbable", "inevitable", "conceivable",
    "inconceivable", "plausible", "implausible", "unthinkable", "far-fetched", "absurd", "alarmist", "possibility",
    "prospect", "risk", "option", "imminent", "unimaginable", "thinkable",
})
"""Predicates that say how likely the act named by their subject is ("A Chinese invasion of Taiwan remains unlikely",
"An Israeli attack on Iran's oil terminals is now a real possibility"): the act is weighed, not reported. "Russia's
invasion was a threat to Europe" is not here: a threat to someone is what an act that happened poses."""
FEARED_PREDICATES = frozenset({"nightmare", "scenario", "fear", "worry", "spectre", "specter", "dread", "bogeyman"})
"""Predicate nouns that, after a present "is / remains", make their subject act a feared outcome ("A war between India
and Pakistan is the nightmare that has haunted the region", "A Chinese blockade remains Taipei's biggest fear"); in a
past tense ("The attack was every parent's worst fear") the act happened and is not here."""
VIEW_VERBS = frozenset({"see", "perceive", "hold", "have"})
"""Verbs of a view held: "saw no sign", "held out no hope", "has little hope" (:func:`view_of_none`)."""
EXPECTATION_NOUNS = frozenset({"sign", "hope", "prospect", "chance", "indication", "willingness", "likelihood"})
"""Nouns of what one expects or detects, whose "no" under a verb of :data:`VIEW_VERBS` is a judgement stated."""
COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay", "sound"})
PENDING_NOUNS = frozenset({"discussion", "consideration", "review", "negotiation", "study", "debate",
                           "examination", "evaluation", "preparation", "planning"})
"""Nouns of "under ..." on a copula whose subject is an act still being weighed ("A visit by Modi to Ukraine is
under discussion", "Sanctions on Israel are under consideration")."""
PREPARING_NOUNS = frozenset({"preparation", "run-up", "countdown", "build-up", "buildup"})
"""Nouns whose "for / to" act is still to come ("Preparations for a Chinese military exercise were spotted")."""

ASKING_VERBS = frozenset({
    "urge", "ask", "call", "appeal", "press", "pressure", "pressurize", "pressurise", "push", "encourage",
    "implore", "persuade", "convince", "lobby", "plead", "beg", "invite", "advise", "request", "demand",
})
"""Verbs of asking whose object is to do what follows: the complement is asked, not done."""

MODAL_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought", "'d",
                                "ca", "need", "dare"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest", "provided", "providing", "suppose", "supposing"})

REASON_FOR_VERBS = frozenset({
    "apologise", "apologize", "thank", "praise", "commend", "congratulate", "hail", "applaud", "salute", "reward",
    "honour", "honor", "forgive", "pardon", "criticise", "criticize", "condemn", "denounce", "rebuke", "castigate",
    "slam", "fault", "reprimand", "scold", "censure", "punish", "penalise", "penalize", "atone",
})
"""Verbs whose "for" phrase names the act they answer, which happened whatever becomes of the answer ("failed to
apologise for insulting Sánchez's wife", "would never criticise Israel for bombing Gaza"). Verbs of blame and
charge ("blamed X for", "arrested for") are not here: what they name is alleged."""
INDEPENDENT_PREPS = frozenset({"after", "since", "following", "despite", "amid", "amidst", "because"})
INDEPENDENT_MARKS = frozenset({"after", "because", "since", "although", "though", "while", "as", "once", "whereas"})
HEDGE_ADVERBS = frozenset({"perhaps", "maybe", "possibly", "probably", "allegedly", "supposedly", "purportedly",
                           "conceivably", "hypothetically", "potentially", "ostensibly"})
NOMINAL_FUTURE = frozenset({"planned", "upcoming", "proposed", "scheduled", "expected", "future", "forthcoming",
                            "promised", "intended"})
NOMINAL_HYPOTHETICAL = frozenset({"alleged", "suspected", "purported", "possible", "potential", "threatened",
                                  "looming", "impending", "eventual", "prospective", "likely", "probable",
                                  "rumoured", "rumored", "feared", "hypothetical", "would-be", "reported"})
REPORTED_FUTURE_VERBS = frozenset({"say", "announce", "state", "declare", "confirm", "tell", "promise", "pledge",
                                   "vow", "warn", "indicate", "signal", "add", "insist"})
"""Past verbs of saying after which "would" is the reported "will": "announced it would withdraw" (future)."""
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no one", "noone"})
FUTURE_TIME_WORDS = frozenset({"tomorrow", "next", "upcoming", "coming", "later", "soon", "forthcoming"})
TEMPORAL_MARKS = frozenset({"when", "once", "after", "before", "while", "as"})
"""Marks of a time clause: inside a question, what it says is not asked ("... when she flies to Beijing?")."""
SIMULTANEOUS_MARKS = frozenset({"as", "while"})
"""Marks of a time clause that runs alongside its host: in a question, a present there is going on now ("Why has
Beijing stayed silent as North Korean troops fight for Russia?"), not still to come (round twenty-five)."""
PLANNED_TEMPORAL_MARKS = frozenset({"before", "until", "till", "once", "after"})
"""Marks of a time clause whose simple present states an act still to come: English puts a planned act in the
present after these ("signed the pact a day before Macron heads to Beijing", "until the envoy arrives")."""
_QUESTION_AUX = frozenset({"do", "be", "have", "will", "would", "can", "could", "should", "may", "might", "shall",
                           "must"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "acomp", "oprd",
                          "attr", "nsubjpass", "csubj"})
"""Edges from a complement to its governor: the governor's meaning (deny, plan, urge...) reaches across.
Adjuncts (advcl: participle and purpose clauses) take only the governor's auxiliaries and negation."""
HEARSAY = frozenset({"say", "report", "rumour", "rumor", "claim"})
"""Verbs whose passive with an infinitive hedges what it reports ("is said to have", "is reported to have")."""
SAYING_VERBS = frozenset({"say", "add", "announce", "state", "declare", "insist", "stress", "tell", "note",
                          "reiterate", "confirm"})
NEGATED_OCCASIONS = frozenset({"point", "time", "circumstance", "account", "stage", "way", "case", "moment"})
"""Nouns of a fronted "at no point", "under no circumstances", "in no way": the clause is denied."""
UNCONFIRMING_VERBS = frozenset({"confirm", "verify", "corroborate", "disclose", "specify", "reveal"})
"""Verbs whose denial leaves their object open ("did not confirm the meeting"), unlike "deny" (round thirty-one)."""
_TERMINALS = frozenset({".", "!", "?"})
_MAX_STEPS = 16


def is_question(sent: Span, trigger: Token | None = None) -> bool:
    """True when the sentence asks: it ends with "?", or opens with an inverted auxiliary ("Will Putin sign").

    With ``trigger``, the first terminal mark (. ! ?) after it decides, so a headline question run
    together with the next sentence (no full stop between them) still counts as a question. Applies
    to rhetorical questions too: a question never states that its events happened.
    """
    if trigger is not None:
        for tok in sent[trigger.i - sent.start:]:
            if tok.text in _TERMINALS:
                if tok.text == "?":
                    return True
                break
    if trigger is None and _ends_with_question(sent):
        return True
    if trigger is not None and any(t.text in _TERMINALS for t in sent[:trigger.i - sent.start]):
        return False  # the trigger is past the first of several run-together sentences
    root = sent.root
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.dep_ == "cc")), None)
    if first is None or first.tag_ in ("WP", "WRB", "WDT"):
        return False
    if fronted_inversion(sent) is not None and not _ends_with_question(sent):
        return False  # "Had France kept its troops in Mali, Russia's mercenaries would never have arrived"
    if first.head.i == root.i and first.dep_ in ("aux", "auxpass") and first.lemma_.lower() in _QUESTION_AUX:
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        return subject is not None and subject.i > first.i
    return False


_MAIN_MODALS = frozenset({"would", "could", "might", "may", "will", "can", "'d"})


def fronted_inversion(sent: Span) -> int | None:
    """The index of the comma that ends an inverted condition the parser took for the sentence's main clause, or None.

    "Had France kept its troops in Mali, Russia's mercenaries would never have arrived in Bamako": the parser makes
    "kept" the root (with "Had" as its auxiliary before the subject, as in a question) and hangs the modal main clause
    on it. A sentence that opens with "Had", "Were" or "Should" before its subject and goes on, after a comma, with a
    clause of "would", "could", "might" (or "will") is a counterfactual or a condition, not a question (round
    thirty-one)."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    root = sent.root
    if first is None or first.lower_ not in INVERTED_OPENERS or first.head.i != root.i \
            or first.dep_ not in ("aux", "auxpass", "ROOT"):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.i < first.i:
        return None
    comma = next((t for t in sent if t.i > root.i and t.text == ","), None)
    if comma is None:
        return None
    if not any(t.lower_ in _MAIN_MODALS and t.dep_ == "aux" and t.head.i != root.i
               for t in sent[comma.i + 1 - sent.start:]):
        return None
    return comma.i


def _ends_with_question(sent: Span) -> bool:
    """Whether the sentence's text, less trailing spaces and closing quotes or brackets, ends with "?".

    Reads the text from the end, a token at a time, until something is left after the stripping: the same
    answer as stripping ``sent.text``, without building the whole sentence's text."""
    tail = ""
    for tok in reversed(sent):
        tail = tok.text_with_ws + tail
        stripped = tail.rstrip().rstrip("\"'”’)»")
        if stripped:
            return stripped.endswith("?")
    return False


def factuality_of(trigger: Token, sent: Span, *, question: bool | None = None) -> Factuality:
    """The factuality of the event expressed by ``trigger`` in ``sent``.

    Args:
        trigger: the verb or noun that expresses the event.
        sent: its sentence.
        question: whether the sentence is a question (computed when None).

    Returns:
        The highest-priority label among the cues in scope (see :data:`PRIORITY`).
    """
    if owned_subject(trigger) and is_question(sent, trigger):
        return nominal_factuality(trigger)  # "Will the Israeli military's inquiry ... hold anyone to account?"
    if question is None:
        question = is_question(sent, trigger) and not _presupposed(trigger, sent)
    if reaction_topic(trigger) or kept_from_doer(trigger):
        # "Beijing did not comment on the seizure of the Chinese vessel by Philippine coast guards": the act reacted to
        # happened, whatever is said of the reaction (round thirty-two)
        return nominal_factuality(trigger)
    if question and asked_counterfactual_object(trigger):
        # "Could Washington have prevented Hamas's attack on Israel?": the owned act happened (round thirty-two)
        return nominal_factuality(trigger)
    inverted_end = fronted_inversion(sent)
    if inverted_end is not None and trigger.i < inverted_end and not question:
        # "Had France kept its troops in Mali, ...": the condition the parser made the main clause (round thirty-one)
        return Factuality.HYPOTHETICAL
    if not question and judged_act(trigger):
        # "France should never have withdrawn its troops", "Washington was wrong to impose tariffs": an act judged
        # after the fact was done (round twenty-eight)
        return Factuality.ASSERTED
    cues = cues_of(trigger, sent)
    if wished_past(trigger):
        cues.add(Factuality.HYPOTHETICAL)  # "It is time Washington recognised Somaliland" (round thirty-one)
    when = _temporal_clause(trigger, sent)
    if when is not None and not question and (_present_simple(when) or _planned_perfect(when)) and any(
            c.lower_ in PLANNED_TEMPORAL_MARKS for c in when.children if c.dep_ in ("mark", "advmod")):
        # "a day before Sarkozy heads to Beijing": the trip is still to come; so is one in the present perfect ("will not
        # come to Washington before Trump has been to Beijing", round thirty-one)
        cues.add(Factuality.FUTURE)
    if when is not None and not question and (_present_simple(when) or _planned_perfect(when)) \
            and when.head.i != when.i:
        host = factuality_of(when.head, sent, question=False)
        if host in (Factuality.FUTURE, Factuality.HYPOTHETICAL):
            # "Israel would pull its troops back in stages as Hamas frees the hostages", "Kyiv would hold elections
            # after Russia withdraws": a present time clause of a planned or supposed act is part of the plan
            # (round twenty-five)
            cues.add(host)
    occasion = occasion_relative(trigger)
    if occasion is not None and not question:
        host = factuality_of(occasion, sent, question=False)
        if host in (Factuality.FUTURE, Factuality.HYPOTHETICAL):
            # "Trump will lift sanctions the day Putin signs a ceasefire": the occasion of a planned act is part of
            # the plan (round thirty-two)
            cues.add(host)
    when = when if question else None
    if when is not None:
        # "Will Penny Wong meet Wang Yi when she flies to Beijing this week?": the trip is not what is asked; in the
        # present it is still to come, in the past it happened ("when he visited Kyiv")
        question = False
        simultaneous = {c.lower_ for c in when.children if c.dep_ == "mark"} <= SIMULTANEOUS_MARKS
        if not simultaneous and (_present_simple(when) or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP")
                                                              for c in when.children)):
            cues.add(Factuality.FUTURE)
    purpose = _purpose_clause(trigger, sent)
    if purpose is not None and not question and cues <= {Factuality.HYPOTHETICAL, Factuality.FUTURE} \
            and factuality_of(_planned_host(purpose.head), sent, question=False) is Factuality.FUTURE:
        # "Japan will relax its export rules so that it can ship Patriot interceptors to the United States": what a
        # planned act is for is planned with it; the purpose's "can" is not a doubt (round twenty-five)
        cues = {Factuality.FUTURE}
    if question and not (Factuality.HYPOTHETICAL in cues and _in_condition(trigger, sent)):
        return Factuality.QUESTION  # "Will Hungary arrest Putin if he visits?": the visit is a condition, not asked
    for label in PRIORITY:
        if label in cues:
            return label
    return Factuality.ASSERTED


def cues_of(trigger: Token, sent: Span) -> set[Factuality]:
    """Every factuality cue that reaches ``trigger`` (without the question test)."""
    cues: set[Factuality] = set()
    # negations are counted, not just noted: two on one path cancel to an open possibility ("did not rule out
    # strikes", "refused to rule out force", "had no reason not to sit down with", "will not hesitate to strike")
    negations = 0
    if trigger.lemma_.lower() in AWAITED and trigger.tag_ in ("VBN", "JJ"):
        cues.add(Factuality.FUTURE)  # "is expected in Moscow on Wednesday", "is due in Kyiv": the visit is to come
    if guarded_against(trigger):
        cues.add(Factuality.HYPOTHETICAL)  # "arming itself against a possible Russian invasion": feared, not done
    if absence_verb(trigger):
        negations += 1  # "Putin skipped the G20 summit", "China stayed away from the gathering": did not attend
    node = trigger
    local = True  # the node's own auxiliaries and negation apply
    instead = False  # the node is a trailing participle of an act not done: the host's negation stays there
    open_question = False  # the walk passed a "whether" clause: negations above it do not reach the act
    condition_negations: int | None = None  # negations counted below the first condition clause passed
    for _ in range(_MAX_STEPS):
        if local:
            _local_cues(node, cues, is_trigger=node.i == trigger.i)
            if instead:
                cues.discard(Factuality.NEGATED)
            negations += _take_negation(cues)
            if headline_infinitive(node) and not fronted_rate(sent):
                cues.add(Factuality.FUTURE)  # "Iran to free prisoners", "UN chief to visit Kyiv": "is to"
            alternative = instead_clause(node)
            if alternative == "not":
                negations += 1  # "instead of sanctioning Moscow", "Rather than attack Iran, Israel struck ..."
            elif alternative == "open" or disputed_gerund(node):
                # "will not condemn the invasion, let alone sanction Moscow"; "Germans split over sending missiles"
                cues.add(Factuality.HYPOTHETICAL)
        if fiction_frame(node, is_trigger=node.i == trigger.i) or option_frame(node):
            # "In the war game, China invades Taiwan and the US sinks two carriers": the frame reaches coordinated
            # clauses too; "Among the options under consideration are expelling Russian diplomats"
            cues.add(Factuality.HYPOTHETICAL)
        instead = False
        head = node.head
        dep = node.dep_
        compared = compared_with(node)
        if compared is not None and sent.start <= compared.i < sent.end:
            # "Israel fears a Hezbollah offensive more than an Iranian missile attack": the verb reaches what it
            # is compared with as it reaches its object
            _governor_cues(compared, node, cues)
            negations += _take_negation(cues)
            node = compared
            local = True
            continue
        if dep == "relcl" and to_infinitive(node) and sent.start <= head.i < sent.end:
            # "pave the way for Saudi Arabia to normalise ties", "a plan for Russia to withdraw": an infinitive on
            # a noun says what could or should be done, not a fact like a finite relative clause
            _governor_cues(head, node, cues)
            if for_to_clause(node):
                cues.add(Factuality.HYPOTHETICAL)  # "There is no reason for Japan to expel the ambassador"
            negations += _take_negation(cues)
            node = head
            local = True
            continue
        if imagined_relative(node):
            cues.add(Factuality.HYPOTHETICAL)  # "Picture a world in which China annexes Taiwan"
        if free_choice_clause(node):
            cues.add(Factuality.HYPOTHETICAL)  # "Beijing will not abandon Moscow, whatever Washington threatens"
        if dep == "relcl" and noun_content_clause(node) and sent.start <= head.i < sent.end:
            # "Claims that Chinese warships had fired on a Philippine vessel were false": "that" opens the noun's
            # content (its mark, not a relative pronoun), as in "reports that ...", whatever edge the parser gave it
            if head.lemma_.lower() in HEARSAY_NOUNS:
                if not _confirmed(head):
                    cues.add(Factuality.HYPOTHETICAL)
            else:
                _governor_cues(head, node, cues)
            negations += _take_negation(cues)
            node = head
            local = True
            continue
        if head.i == node.i or dep in ("relcl", "appos", "parataxis") or not (sent.start <= head.i < sent.end):
            break
        if node.i == trigger.i and consequence_subject(node):
            break  # "Israel's offensive on Gaza City could amount to forcible transfer": the owned act is done
        if dep == "ccomp" and node.i < head.i and (_semicolon_between(node, head) or _afterthought(head)):
            break  # "...; the United States did not join the move", "..., a charge Kigali denied"
        if dep == "acl" and (dated_participle(node) or refused_things_participle(node)):
            break  # "a package unveiled during Zelensky's visit on Wednesday": a reduced relative, presupposed
        if now_that(node):
            break  # "Russia may attack now that Ukraine has lost Avdiivka": the loss is presupposed
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if "whether" in marks or dep == "ccomp" and "if" in marks and head.pos_ in ("VERB", "AUX", "ADJ"):
            cues.add(Factuality.HYPOTHETICAL)  # "the debate is over whether to send tanks": an open question
            # "Officials would not say whether Israel struck", "Nobody knows whether ...": a negation above an open
            # question leaves it open; it does not deny what is asked
            open_question = True
        if for_to_clause(node):
            cues.add(Factuality.HYPOTHETICAL)  # "The right response is for NATO to deploy more troops"
        if any_noun_infinitive(node):
            cues.add(Factuality.HYPOTHETICAL)  # "far apart on any deal to release detained citizens"
        if dep != "advcl" and marks & CONDITION_ONLY_MARKS:
            # "said Iran was open to talks, but only if the United States ruled out strikes": the parser may
            # coordinate the condition with its host clause; its "if" still makes it one
            cues.add(Factuality.HYPOTHETICAL)
        if dep == "advcl" and demander_participle(node):
            # "Brussels demanded that Warsaw comply, threatening financial penalties": the demander's own act as it
            # demands, hung on the clause asked for; it is labelled as the demanding is
            node = head.head
            local = True
            continue
        if dep == "advcl":
            if unmet_until(node, NEGATING_GOVERNORS):
                # "Russia will not resume gas deliveries until Ukraine withdraws from Kursk": a present "until" clause
                # of a negated host is its unmet condition, not denied (round twenty-seven)
                cues.add(Factuality.HYPOTHETICAL)
                if condition_negations is None:
                    condition_negations = negations
            elif marks & CONDITIONAL_MARKS or _inverted_condition(node) or as_long_as(node):
                cues.add(Factuality.HYPOTHETICAL)
                if condition_negations is None:
                    # "Ukraine will not negotiate as long as Russian troops occupy its territory", "not a drop of oil
                    # would pass if the West sanctioned Iranian crude": the host's negation is not the condition's
                    condition_negations = negations
            elif marks & INDEPENDENT_MARKS:
                break
            elif marks & PLANNED_TEMPORAL_MARKS & TEMPORAL_MARKS and (_present_simple(node) or _planned_perfect(node)):
                # "Israel will not inform Washington before it strikes Iran": a planned act in a present time clause is
                # still to come (factuality_of); the host's negation is not its own (round twenty-six); nor in the
                # present perfect ("Xi will not come to Washington before Trump has been to Beijing", round thirty-one)
                break
            elif past_when_clause(node):
                # "Russia did not respond when Israel struck Iran's air defences": a past "when" clause is a fact the
                # host is set against; the host's negation is not its own (round twenty-five)
                break
            elif _asked_infinitive(head, node):
                _governor_cues(head, node, cues)  # "was pressured by Congress to help Iran" (parsed as advcl)
            elif to_infinitive(node) and head.lemma_.lower() in NEEDING_VERBS and head.tag_ in ("VBZ", "VBP"):
                cues.add(Factuality.HYPOTHETICAL)  # "Russia needs North Korean shells to keep fighting": what for
            elif to_infinitive(node) and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower()
                                             in HYPOTHETICAL_GOVERNORS for c in head.children):
                # "Pressure is mounting on Israel to allow aid into Gaza", "Efforts are under way to free the
                # hostages": the infinitive belongs to the noun of pressing or trying, parsed on its verb
                cues.add(Factuality.HYPOTHETICAL)
            elif to_infinitive(node) and (obj := _planned_object(head, node)) is not None:
                # "Police foiled a plot to kill Gustavo Petro": the infinitive belongs to the object noun, parsed on
                # the verb; the noun plans it and the verb foils the noun
                _governor_cues(obj, node, cues)
                _governor_cues(head, obj, cues)
            elif to_infinitive(node) and head.lemma_.lower() in ("set", "poise") and not any(
                    c.dep_ in ("dobj", "obj") for c in head.children):
                cues.add(Factuality.FUTURE)  # "Russia set to expel Moldovan diplomats" (a headline's "is set to")
            elif to_infinitive(node) and head.lemma_.lower() in GEARING_VERBS and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in head.children):
                cues.add(Factuality.FUTURE)  # "Germany is gearing up to send more air defence" (round twenty-six)
            elif object_gerund(head, node):
                # "Scholz ruled out on Monday sending Taurus missiles to Ukraine": the gerund is the object, parsed
                # as an adjunct after the date
                _governor_cues(head, node, cues)
            elif barred_gerund(head, node):
                # "Turkey lifted its veto on Finland and Sweden joining NATO": the gerund is what the veto bars,
                # parsed as an adjunct of the verb; barred or let through, it is not reported done (round twenty-nine)
                cues.add(Factuality.HYPOTHETICAL)
            else:
                instead = done_instead(node)
        elif dep == "conj":
            # a finite verb in coordination has its own auxiliaries: "did not attack X and bombed Y"
            local = not (node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP", "MD")
                         or any(c.dep_ in ("aux", "auxpass", "neg") for c in node.children))
            if not local and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < node.i for c in head.children):
                cues.add(Factuality.NEGATED)  # "had neither supplied weapons nor trained its soldiers"
                negations += _take_negation(cues)
            if saying_on_complement(node):
                # "Cambodia denied that its troops had fired first and said it was ready for a ceasefire": the
                # saying is coordinated with the denial, not part of what is denied
                node = head.head
                local = False
                continue
            node = head
            continue
        if dep in ("pobj", "pcomp") and head.lower_ == "for" and head.dep_ == "prep" \
                and head.head.lemma_.lower() in REASON_FOR_VERBS:
            # "Milei had failed to apologise for insulting Sánchez's wife": what one apologises, is thanked or
            # criticised for is done; the apology's own label does not reach it
            break
        if dep in ("pobj", "pcomp") and head.lower_ in INDEPENDENT_PREPS:
            # "after the attack on Iran, ...", "after being attacked by Azerbaijan, ...": presupposed, outside the
            # clause's scope
            break
        if dep in ("nsubj", "nsubjpass") and _pending(head):
            cues.add(Factuality.HYPOTHETICAL)  # "A visit by Modi to Ukraine is under discussion"
        if dep in ("nsubj", "nsubjpass") and _weighed(head):
            cues.add(Factuality.HYPOTHETICAL)  # "A Chinese invasion of Taiwan remains unlikely this decade"
        if dep in ("nsubj", "nsubjpass") and node.lemma_.lower() in REPORT_NOUNS and falsified(head):
            cues.add(Factuality.NEGATED)  # "Claims that Chinese warships had fired ... were false", "proved untrue"
            negations += _take_negation(cues)
        if fronted_condition(head, node, _inverted_condition):
            cues.add(Factuality.HYPOTHETICAL)  # "If the talks collapse, Israel has said it will resume ..." (r. 27)
        if dep in ("dobj", "obj", "ccomp") and head.lemma_.lower() in UNCONFIRMING_VERBS \
                and any(c.dep_ == "neg" for c in head.children):
            # "The Kremlin did not confirm the meeting between Putin and Trump", "Officials would not confirm that
            # Israel struck the depot": what is not confirmed is left open, not denied (round thirty-one)
            open_question = True
        if dep in _CLAUSE_DEPS and not occasion_phrase(node):
            _governor_cues(head, node, cues)
            if dep == "ccomp" and (noun := _content_noun_before(node)) is not None \
                    and not any(c.i == noun.i for c in head.children):
                # "Despite Rwanda's denial that it backs the M23, the United States imposed sanctions": a "that" clause
                # right after a noun of denial, report or wish is the noun's content, whatever verb the parser hung it
                # on (round twenty-five)
                _governor_cues(noun, node, cues)
            if dep == "ccomp":
                # "reiterated its demand that Israel ease restrictions": the parser hangs the noun's clause on the
                # verb; the clause is what the demand (hope, plan...) asks for
                for obj in (c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < node.i
                            and c.pos_ == "NOUN"):
                    _governor_cues(obj, node, cues)
            negations += _take_negation(cues)
        node = head
        local = True
    if condition_negations is not None:
        negations = condition_negations
    if open_question:
        negations = 0
        cues.discard(Factuality.NEGATED)
        cues.add(Factuality.HYPOTHETICAL)
    if negations % 2:
        cues.add(Factuality.NEGATED)
    elif negations:
        cues.add(Factuality.HYPOTHETICAL)
    return cues


OCCASION_PREPS = frozenset({"in", "during", "at"})
"""Prepositions of the occasion a verb's act took place on ("said he intended to build closer ties with Tokyo, in his
first call with Ishiba", "vowed revenge at a rally")."""


SCHEDULING_WORDS = frozenset({"schedule", "set", "due", "expect", "plan", "arrange", "slate", "prepare", "poise",
                              "timetable"})
"""Governors of a schedule: the occasion they name is planned too ("was scheduled to meet Xi at the summit")."""


def occasion_phrase(prep: Token) -> bool:
    """An "in / during / at" phrase set off by a comma, with an act noun, hung on a past verb of planning, wishing or
    saying: the occasion on which the intent was stated or the wish voiced, not what is intended ("Lee said he
    intended to build closer ties with Tokyo, in his first call with Ishiba": the call happened). Without the comma
    the phrase may name the content ("threatened to strike Kyiv in a massive attack"), unless it stands between the
    verb and a complement that follows it ("urged Putin in their first phone call on Wednesday to make a gesture",
    "told Biden during a call that ...": round twenty-six). The verb's own auxiliaries and negation still reach it
    as the walk goes on."""
    return (prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS and prep.head.pos_ in ("VERB", "AUX")
            and _past(prep.head) and prep.head.lemma_.lower() not in SCHEDULING_WORDS and prep.i > prep.head.i
            and prep.i > 0 and (prep.doc[prep.i - 1].text == "," or _before_complement(prep)) and any(c.dep_ == "pobj" and c.pos_ == "NOUN" and any(
                d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)
                for c in prep.children))


def _before_complement(prep: Token) -> bool:
    """A phrase that ends before a complement of its verb (a "that" clause, or an infinitive however the parser hung
    it): "urged Putin in their first phone call to make a gesture", "told Biden during the call that ..."."""
    return any(c.i > prep.right_edge.i and (c.dep_ == "ccomp" or c.dep_ in ("xcomp", "advcl") and to_infinitive(c))
               for c in prep.head.children)


def _planned_object(verb: Token, infinitive: Token) -> Token | None:
    """The object noun of ``verb`` right before an infinitive the parser hung on the verb, when the noun is one that
    plans or wishes what follows ("foiled a plot to kill", "launched a bid to free"); a decision is left out
    ("took the decision to expel" reports the expulsion, as "decided to" does)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.i < infinitive.i),
               None)
    if obj is None or obj.lemma_.lower() == "decision" or infinitive.i - obj.i > 3:
        return None
    lemma = obj.lemma_.lower()
    return obj if lemma in HYPOTHETICAL_GOVERNORS or lemma in FUTURE_GOVERNORS else None


def _take_negation(cues: set[Factuality]) -> int:
    """1 (and the cue removed) when ``cues`` holds a negation, else 0: one step of the walk negates once."""
    if Factuality.NEGATED in cues:
        cues.discard(Factuality.NEGATED)
        return 1
    return 0


def _local_cues(node: Token, cues: set[Factuality], *, is_trigger: bool) -> None:
    for child in node.children:
        dep = child.dep_
        low = child.lower_
        if dep == "neg":
            if not (is_trigger and view_of_any(node)):
                cues.add(Factuality.NEGATED)  # "did not see any sign that ..." is "saw no sign": the view stated
        elif dep == "aux" and child.pos_ in ("VERB", "AUX") and child.tag_ in ("VBP", "VBZ", "VBD") and child.lemma_.lower() in (
                NEGATING_GOVERNORS | FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS):
            _governor_cues(child, node, cues)  # "Most Germans oppose sending missiles": the governor parsed as aux
        elif dep in ("aux", "auxpass") and child.i < node.i and any(
                g.dep_ == "advmod" and (g.lower_ == "never" or any(n.dep_ == "neg" for n in g.children))
                for g in child.children):
            cues.add(Factuality.NEGATED)  # "Not once has Hun Sen criticised Beijing": the parser hangs it on the aux
        elif dep in ("aux", "auxpass") and child.tag_ == "MD":
            lemma = child.lemma_.lower()
            if low in MODAL_FUTURE or lemma in ("will", "shall") or (low == "would" and reported_will(node)):
                cues.add(Factuality.FUTURE)
            elif low in MODAL_HYPOTHETICAL or lemma in MODAL_HYPOTHETICAL:
                cues.add(Factuality.HYPOTHETICAL)
        elif dep == "advmod":
            if low in HEDGE_ADVERBS:
                cues.add(Factuality.HYPOTHETICAL)
            elif low == "never" or any(g.dep_ == "neg" for g in child.children):
                cues.add(Factuality.NEGATED)  # "never", "no longer"
            elif low in FUTURE_TIME_WORDS and is_trigger and not _past_form(node):
                cues.add(Factuality.FUTURE)  # not "three days later they fired on a UN helicopter" (round 25)
            elif low in ("nearly", "almost") and child.i < node.i and node.pos_ in ("VERB", "AUX"):
                cues.add(Factuality.NEGATED)  # "Serbia nearly recognised Kosovo in 2013": it did not
        elif dep == "csubj" and node.lemma_.lower() == "be" and child.i < node.i and any(
                g.tag_ == "WP" and g.lower_ == "what" for g in child.children):
            _local_cues(child, cues, is_trigger=False)  # "What Israel should do is withdraw": the cleft's modal
        elif dep in ("nsubj", "nsubjpass") and any(g.dep_ == "amod" and g.lower_ in UNVERIFIED for g in child.children):
            cues.add(Factuality.HYPOTHETICAL)  # "Unconfirmed reports said Israeli jets struck a convoy"
        elif dep in ("nsubj", "nsubjpass") and child.lemma_.lower() in SCHEDULE_NOUNS and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            pass  # "No date has been set for Putin's visit to Turkey": the visit is not denied, only not yet fixed
        elif dep == "nsubj" and not is_trigger and node.lemma_.lower() in EXPECTING_VERBS and (
                low in FEW_WORDS and child.pos_ in ("ADJ", "PRON", "NOUN")
                or any(g.dep_ == "amod" and g.lower_ in FEW_WORDS for g in child.children)):
            cues.add(Factuality.HYPOTHETICAL)  # "Few expect Kim Jong Un to travel to Seoul": doubted (round 26)
        elif dep in ("nsubj", "nsubjpass"):
            if low in NEGATIVE_SUBJECTS or any(g.lower_ in ("no", "neither") and g.dep_ in ("det", "preconj")
                                               for g in child.children) or not_one(child):
                cues.add(Factuality.NEGATED)  # "Not a single European state has sent troops"
        elif dep == "preconj" and low == "neither" and node.pos_ in ("VERB", "AUX"):
            cues.add(Factuality.NEGATED)  # "Japan had neither supplied weapons to Ukraine nor trained its soldiers"
        elif dep in ("amod", "compound") and is_trigger and node.pos_ == "NOUN" and child.i < node.i \
                and (low in NOMINAL_HYPOTHETICAL or low in NOMINAL_FUTURE):
            # "ahead of a possible Israeli strike on Iran", "against a potential Russian invasion": the noun's own
            # modifier, as for a named nominal (:func:`nominal_factuality`)
            cues.add(Factuality.HYPOTHETICAL if low in NOMINAL_HYPOTHETICAL else Factuality.FUTURE)
        elif dep == "det" and low == "no" and not is_trigger and node.lemma_.lower() in SCHEDULE_NOUNS:
            pass  # "there is no date yet for Putin's visit to Turkey": not denied, only not yet fixed
        elif dep == "det" and low in ("no", "neither") and (is_trigger or node.pos_ == "NOUN"):
            cues.add(Factuality.NEGATED)  # "no attack took place", "has no plans to attack"
        elif dep in ("dobj", "obj") and is_trigger and node.pos_ in ("VERB", "AUX") and any(
                g.dep_ == "det" and g.lower_ in ("no", "neither") for g in child.children) and not any(
                g.dep_ == "acl" and any(n.dep_ == "neg" for n in g.children) for g in child.children) \
                and not view_of_none(node, child):
            # "has sent no weapons to Ukraine", "imposed no sanctions"; "had no reason not to" cancels itself
            cues.add(Factuality.NEGATED)
        elif dep in ("npadvmod", "prep", "tmod") and is_trigger and _future_time(child) and not _past_form(node):
            cues.add(Factuality.FUTURE)
        if dep == "nsubj" and is_trigger and present_simple(node) and (
                _dated_ahead(node) or scheduled_start(node) or scheduled_relative(node)):
            cues.add(Factuality.FUTURE)  # "Turkey hosts a NATO summit in Istanbul next week" (a present of schedule)
        if dep == "prep" and child.i < node.i and (_no_occasion(child) or _not_since(child)):
            # "At no point did Washington threaten Israel", "under no circumstances", "Not since the 1970s has a
            # Japanese prime minister visited Pyongyang"
            cues.add(Factuality.NEGATED)
        if dep == "det" and low == "any" and is_trigger and node.pos_ == "NOUN" and node.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            cues.add(Factuality.HYPOTHETICAL)  # "any unilateral US strike on Mexico would be unacceptable"


def _governor_cues(head: Token, child: Token, cues: set[Factuality]) -> None:
    lemma = head.lemma_.lower()
    if reduced_relative(child) and child.head.i == head.i:
        return  # "after talks in Ankara brokered by Turkey's president": the talks' occasion, not their topic (r. 26)
    if lemma in CARRYING_ON_VERBS and child.dep_ == "prep" and child.lower_ == "with" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in CARRYING_ON_PARTICLES for c in head.children):
        return  # "Israel pressed ahead with its offensive in Rafah": the act goes on; no one is pressed (round 26)
    if purpose_subject(head, child) or stated_warning(head, child):
        return  # "The visit by Modi to Moscow was meant to show ...", "Russia is preparing an offensive, Kyiv warned"
    if child.dep_ == "xcomp" and reversed_plan(head):
        cues.add(Factuality.NEGATED)  # "Putin was expected to attend the summit but pulled out" (round twenty-seven)
        return
    if lemma in SEEMING_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in head.children):
        return  # "investigating what appeared to be an attempt on Trump's life": the act is there, its kind hedged
    if head.pos_ == "ADP" and child.dep_ in ("pcomp", "pobj") and _held_back(head):
        # "Washington held off on imposing new sanctions", "China shied away from condemning Russia", "India steered
        # clear of criticising Moscow": the act was kept from being done (round thirty)
        cues.add(Factuality.NEGATED)
    elif enough_to(head, child) or time_that(head):
        cues.add(Factuality.HYPOTHETICAL)  # "strong enough to seize", "is equipped to strike", "high time that"
    elif lemma in NEGATING_PARTICLE_VERBS and any(c.dep_ in ("prt", "prep") and c.lower_ == "off"
                                                  for c in head.children):
        cues.add(Factuality.NEGATED)  # "headed off an Israeli ground offensive", "staved off a trade war"
    elif lemma in GEARING_VERBS and child.dep_ in ("xcomp", "advcl", "prep") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in head.children):
        cues.add(Factuality.FUTURE)  # "Germany is gearing up to send more air defence" (round twenty-six)
    elif lemma in POSTPONING_PARTICLE_VERBS and child.dep_ in ("dobj", "obj", "nsubjpass") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "back") for c in head.children):
        cues.add(Factuality.FUTURE)  # "The visit by Wang Yi to Tokyo has been put off", "put back the summit"
    elif head.lower_ == "to" and head.head.lower_ in ("close", "closer", "near", "nearer") and child.tag_ == "VBG":
        if head.head.head.lemma_.lower() == "come" and _past(head.head.head):
            cues.add(Factuality.NEGATED)  # "Russia came close to invading Moldova": it did not
        else:
            cues.add(Factuality.HYPOTHETICAL)  # "North Korea is close to testing a nuclear bomb"
    elif head.lower_ == "of" and head.head.lower_ == "short" and head.head.head.lemma_.lower() in SHORT_VERBS:
        cues.add(Factuality.NEGATED)  # "India has stopped short of condemning Russia", "fell short of a full embargo"
    elif child.dep_ == "prep" and child.lower_ == "of" and lemma in SHORT_VERBS and any(
            c.dep_ in ("advmod", "acomp", "prt") and c.lower_ == "short" and c.i < child.i for c in head.children):
        # "Germany stopped short of sending Taurus missiles": the parser may hang "of" on the verb, "short" beside it
        # (round twenty-nine)
        cues.add(Factuality.NEGATED)
    elif head.pos_ == "VERB" and lemma in IMAGINING_VERBS:
        cues.add(Factuality.HYPOTHETICAL)  # "planners modelled an Israeli strike on Iran's nuclear sites"
    elif head.lower_ == "against" and head.pos_ == "ADP" and child.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "poss") for c in child.children):
        cues.add(Factuality.HYPOTHETICAL)  # "Public opinion in Italy is against arming Ukraine"
    elif lemma in ("have", "be") and child.dep_ == "xcomp" and any(
            c.dep_ == "advmod" and c.lower_ == "yet" and head.i < c.i < child.i for c in head.children):
        cues.add(Factuality.NEGATED)  # "Beijing has yet to condemn", "is yet to visit": not done so far
    elif lemma == "have" and child.dep_ == "xcomp" and to_infinitive(child) and head.tag_ in ("VBZ", "VBP", "VB"):
        cues.add(Factuality.HYPOTHETICAL)  # "Germany has to send more air defence", "will have to rearm" (not "had to")
    elif head.lower_ == "from" and head.head.lower_ in ("away", "far") and child.tag_ == "VBG":
        cues.add(Factuality.HYPOTHETICAL)  # "Canada is months away from deploying troops to Latvia"
    elif lemma in CERTAIN_WORDS and child.dep_ == "xcomp" and to_infinitive(child):
        cues.add(Factuality.FUTURE)  # "the election, which is all but certain to hand Hasina a fourth term"
    elif lemma == "go" and head.tag_ == "VBG" and child.dep_ == "xcomp":
        cues.add(Factuality.FUTURE)  # "is going to cross"
    elif lemma == "be" and child.dep_ == "xcomp" and child.tag_ == "VBN" and to_infinitive(child) and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in child.children):
        cues.add(Factuality.HYPOTHETICAL)  # "Petro was to have visited Caracas on Friday": a plan not carried out
    elif lemma == "be" and child.dep_ == "xcomp" and child.tag_ == "VB" and not any(
            c.dep_ == "csubj" for c in head.children):
        cues.add(Factuality.FUTURE)  # "Putin is to visit" (not "What Russia did was invade": a pseudo-cleft)
    elif lemma == "be" and child.dep_ == "prep" and any(c.dep_ == "expl" for c in head.children):
        # "There is little appetite in Berlin for sending troops to Ukraine", "there is talk of a blockade": the
        # parser hangs the noun's phrase on the existential "be"; the noun governs it
        for noun in (c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i < child.i):
            _governor_cues(noun, child, cues)
    elif lemma == "be" and (child.dep_ in ("ccomp", "csubj", "xcomp") or child.dep_ == "attr" and child.pos_ == "NOUN"):
        for pred in head.children:  # "it is unlikely that ...", "it is possible that ..."
            if pred.dep_ in ("acomp", "attr") and pred.i != child.i:
                _governor_cues(pred, child, cues)
            elif pred.dep_ == "nsubj" and pred.pos_ == "NOUN" and pred.i < head.i and (
                    child.dep_ != "attr" or pred.lemma_.lower() in SCENARIO_NOUNS):
                _governor_cues(pred, child, cues)  # "the risk is that Israel strikes Iran", "the hope is that ..."
    elif lemma in HEARSAY and child.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
        cues.add(Factuality.HYPOTHETICAL)  # "North Korea is reported to have sent troops": hearsay, no one vouches
    elif lemma in BARRING_VERBS and head.pos_ == "VERB" and child.dep_ == "prep" and child.lower_ == "from" and not any(
            g.dep_ == "conj" for c in child.children if c.dep_ in ("pcomp", "pobj") for g in c.children):
        # "The sanctions bar European firms from lending to Russian banks" (round twenty-five); with a coordinated
        # act the parser may have hung the barring's own second act there ("laws barring UNRWA from operating and
        # cutting off all contact"), so the cue is left out
        cues.add(Factuality.NEGATED)
    elif lemma in NEGATING_GOVERNORS:
        if lemma == "rule" and not any(c.lower_ == "out" for c in head.children):
            return
        if lifted_bar(head):
            # "Turkey lifted its veto on Sweden's bid to join NATO": a bar lifted leaves the act open (round 29)
            cues.add(Factuality.HYPOTHETICAL)
            return
        cues.add(Factuality.NEGATED)
    elif lemma in FUTURE_GOVERNORS:
        if lemma == "about" and child.pos_ not in ("VERB", "AUX"):
            return  # "intelligence about the attack": a topic; only "is about to strike" is future
        if lemma in TAKEN_DECISIONS and _past(head):
            return  # "decided on Wednesday to expel India's envoy": the decision is the act, taken
        if fronted_rate(head.sent) and not _past(head):
            return  # "Each year, the General Assembly votes to condemn ...": a practice, no plan (round twenty-six)
        if lemma == "decision" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in (
                "take", "make", "reach") and _past(head.head):
            return  # "Mali took the decision to expel the French ambassador": as "decided to"
        if lemma == "decision" and head.pos_ == "NOUN" and _owned(head):
            return  # "condemned the Taliban's decision to bar women from universities": a decision taken
        cues.add(Factuality.FUTURE)
    elif head.pos_ == "NOUN" and lemma in POWER_NOUNS and head.dep_ in ("dobj", "obj") \
            and head.head.lemma_.lower() in USING_VERBS:
        return  # "The council used its authority to impose sanctions", "exercised its right to veto": done
    elif lemma in HYPOTHETICAL_GOVERNORS:
        if backed_own_act(head, child):
            return  # "China has given Russia support for its invasion": the act backed is the owner's, under way
        cues.add(Factuality.HYPOTHETICAL)
    elif head.pos_ == "NOUN" and lemma in HEARSAY_NOUNS and child.dep_ == "prep" and child.lower_ == "of":
        cues.add(Factuality.HYPOTHETICAL)  # "reports of a North Korean deployment to Russia"
    elif head.pos_ == "NOUN" and lemma in HEARSAY_NOUNS and child.dep_ in ("acl", "ccomp") and not _confirmed(head):
        # "dismissed reports that Russian troops had entered Moldova", "Allegations that Rwanda armed the M23 ...";
        # "confirmed reports that its drones had struck Erbil" vouches for them
        cues.add(Factuality.HYPOTHETICAL)
    elif head.pos_ == "NOUN" and lemma in PROSPECT_NOUNS:
        cues.add(Factuality.HYPOTHETICAL)  # "talk of a Chinese invasion", "negotiations on a ceasefire"
    elif head.pos_ == "NOUN" and lemma in PREPARING_NOUNS:
        cues.add(Factuality.FUTURE)  # "preparations for a military exercise"


GEARING_VERBS = frozenset({"gear", "ramp", "line"})
"""Verbs that with "up" prepare what follows ("is gearing up to send", "geared up for an offensive", "is lining up to
sign"): the act is still to come, as after "prepare" (round twenty-six)."""
FEW_WORDS = frozenset({"few"})
EXPECTING_VERBS = frozenset({"expect", "believe", "think", "predict", "anticipate", "foresee", "imagine", "bet"})
"""Verbs of expectation whose subject "few" ("Few expect Kim to travel to Seoul", "few analysts believe Russia will
withdraw") doubts what is expected rather than plans it (round twenty-six)."""
CARRYING_ON_VERBS = frozenset({"press", "push", "forge", "plough", "plow", "soldier"})

SEEMING_VERBS = frozenset({"appear", "seem", "look"})
"""Verbs of "what appeared to be an attack": a free relative that hedges the kind of an act seen, not whether it was
done (round twenty-six)."""
CONFIRMING_VERBS = frozenset({"confirm", "verify", "corroborate", "substantiate", "acknowledge", "admit", "prove",
                              "back"})
"""Verbs that vouch for the report they take as object ("Iran confirmed reports that its drones struck Erbil")."""
UNVERIFIED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated", "unsourced"})


BACKING_GOVERNORS = frozenset({"support", "back", "backing", "endorse", "endorsement", "favour", "favor",
                               "advocate", "oppose", "opposition", "condemn", "condemnation"})
"""Words of backing or opposing a policy: what they take is a policy proposed ("support for sending troops"), unless it
is an act its owner is already doing (:func:`backed_own_act`)."""


def backed_own_act(head: Token, child: Token) -> bool:
    """An owned act noun backed or opposed ("support for its invasion", "backing for Russia's war", "support for
    Israel's offensive in Rafah"): the owner's act is under way, not a policy weighed; a bare act ("support for
    sending troops", "support for a ceasefire") stays a policy (round twenty-nine)."""
    if head.lemma_.lower() not in BACKING_GOVERNORS or child.dep_ != "prep" or child.lower_ not in ("for", "of"):
        return False
    return any(o.dep_ == "pobj" and o.pos_ == "NOUN" and any(c.dep_ == "poss" for c in o.children)
               for o in child.children)


def _owned(noun: Token) -> bool:
    """A noun with its owner named: "the Taliban's decision", "the decision by Georgia's government"."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _confirmed(noun: Token) -> bool:
    head = noun.head
    # "confirmed reports that ...", "Reports that ... were confirmed by the Pentagon"
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in CONFIRMING_VERBS or any(
        c.lower_ in ("confirmed", "verified", "credible") for c in noun.children)


def _weighed(verb: Token) -> bool:
    """A copula whose predicate says how likely its subject act is ("remains unlikely", "is now a real
    possibility", "is far-fetched"), with the predicate as an adjective, a noun or a participle."""
    if verb.lemma_.lower() not in COPULAS and not (verb.lemma_.lower() in POSSIBILITY_PREDICATES or
                                                   verb.lower_ in POSSIBILITY_PREDICATES):
        return False
    if verb.lower_ in POSSIBILITY_PREDICATES:
        return True  # "The notion ... is far-fetched" parsed with the participle as the root
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("attr", "oprd") and c.lemma_.lower() in FEARED_PREDICATES
                                           for c in verb.children):
        return True  # "A war between India and Pakistan is the nightmare that has haunted the region" (round 25)
    return any(c.dep_ in ("acomp", "attr", "oprd") and (c.lemma_.lower() in POSSIBILITY_PREDICATES
                                                       or c.lower_ in POSSIBILITY_PREDICATES)
               for c in verb.children)


def _pending(verb: Token) -> bool:
    """A copula with "under discussion / consideration / review": its subject is weighed, not done."""
    return verb.lemma_.lower() == "be" and any(
        prep.dep_ == "prep" and prep.lower_ == "under" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in PENDING_NOUNS for p in prep.children)
        for prep in verb.children)


HOLDING_BACK = {("hold", "off"): ("on", "from"), ("hold", "back"): ("on", "from"), ("shy", "away"): ("from",),
                ("back", "away"): ("from",), ("steer", "clear"): ("of",), ("stay", "clear"): ("of",),
                ("keep", "clear"): ("of",)}
"""Verbs with a particle that keep their "on / from / of" act from being done ("held off on imposing sanctions",
"shied away from condemning Russia", "steered clear of criticising Moscow")."""


def _held_back(prep: Token) -> bool:
    verb = prep.head
    if prep.dep_ != "prep":
        return False
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "acomp") and c.i < prep.i]
    if verb.dep_ in ("prt", "advmod", "acomp") and verb.pos_ != "VERB":
        # "shied away from", "steered clear of": the parser may hang the preposition on the particle
        particles, verb = [verb], verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return any(prep.lower_ in HOLDING_BACK.get((lemma, c.lower_), ()) for c in particles)


def _past(verb: Token) -> bool:
    """A verb in a past tense with no modal: "decided", "has decided", "had decided" (not "will decide")."""
    return (verb.tag_ in ("VBD", "VBN") and verb.pos_ == "VERB"
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def _asked_infinitive(verb: Token, clause: Token) -> bool:
    """A subjectless "to"-infinitive the parser read as a purpose clause after a verb of asking or pressing
    ("was pressured by Congress to help Iran", "appealed to Beijing to press Moscow"): the verb's complement."""
    return (verb.lemma_.lower() in ASKING_VERBS and clause.i > verb.i
            and to_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def nominal_factuality(noun: Token) -> Factuality:
    """The factuality of a definite nominal event named with its agent ("Russia's invasion of Ukraine",
    "the Hamas attack"): presupposed, so only its own modifiers count ("no", "alleged", "planned"), not
    the clause around it ("India has not condemned Russia's invasion of Ukraine": the invasion happened)."""
    for child in noun.children:
        low = child.lower_
        if child.dep_ == "det" and low in ("no", "neither"):
            return Factuality.NEGATED
        if child.dep_ in ("amod", "compound", "advmod"):
            if low in NOMINAL_FUTURE:
                return Factuality.FUTURE
            if low in NOMINAL_HYPOTHETICAL:
                return Factuality.HYPOTHETICAL
    return Factuality.ASSERTED


def _in_condition(trigger: Token, sent: Span) -> bool:
    """True when the trigger sits in an if/unless/whether clause or an inverted condition."""
    def condition(node: Token) -> bool:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ != "advcl":
            return node.dep_ == "conj" and bool(marks & CONDITION_ONLY_MARKS)
        return bool(marks & CONDITIONAL_MARKS) or _inverted_condition(node)
    return _within(trigger, sent, condition)


def _planned_host(verb: Token) -> Token:
    """The act a purpose clause is for: the verb it hangs on, or that verb's infinitive when the verb is one of plan
    or intent ("Tokyo intends to relax its rules so that it can ship Patriot interceptors": the shipping is what the
    planned relaxing is for; round twenty-six)."""
    if verb.lemma_.lower() in FUTURE_GOVERNORS and verb.lemma_.lower() not in TAKEN_DECISIONS:
        planned = next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
        if planned is not None:
            return planned
    return verb


def _purpose_clause(trigger: Token, sent: Span) -> Token | None:
    """The "so that / in order that" clause the trigger heads (through coordination), or None."""
    node = trigger
    for _ in range(4):
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if node.dep_ == "advcl" and "that" in marks and ({"so", "order"} & marks or any(
                c.lower_ == "order" for c in node.children)):
            return node if sent.start <= node.head.i < sent.end else None
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _present_simple(verb: Token) -> bool:
    """True for a verb in the simple present ("heads", "arrive"), not a perfect or progressive."""
    return verb.tag_ in ("VBZ", "VBP")


def _planned_perfect(verb: Token) -> bool:
    """A present perfect in a "once / after / before / until / when" clause ("Israel will resume the war once Hamas
    has released the hostages", "Ukraine will hold elections after Russia has withdrawn its troops"): English puts
    an act still to come there in the perfect as in the simple present, so it takes its host's plan or supposition
    (round twenty-nine)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                     for c in verb.children):
        return False
    return any(c.lower_ in PLANNED_TEMPORAL_MARKS | {"when"} for c in verb.children
               if c.dep_ in ("mark", "advmod"))


def _temporal_clause(trigger: Token, sent: Span) -> Token | None:
    """The "when / as / after / before / once" clause the trigger heads, if any."""
    node = trigger
    for _ in range(_MAX_STEPS):
        if node.dep_ == "advcl" and {c.lower_ for c in node.children if c.dep_ == "mark" or (
                c.dep_ == "advmod" and c.lower_ in ("when", "once"))} & TEMPORAL_MARKS:
            return node
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i or not (sent.start <= node.head.i < sent.end):
            return None
        node = node.head
    return None


def _presupposed(trigger: Token, sent: Span) -> bool:
    """True when the trigger sits in a relative clause, an apposition or a "now that" clause: "Will Moscow pull
    back the troops it has massed?" asks about the pull-back, not about the massing, which it presupposes; so
    does "Will Washington lift its tariffs now that Lula and Trump have spoken?" of the call."""
    return _within(trigger, sent, lambda node: node.dep_ in ("relcl", "appos") or now_that(node)) \
        or in_now_that_root(trigger)


def in_now_that_root(trigger: Token) -> bool:
    """True when the parser made a "now that" clause after a comma the sentence's root and ``trigger`` lies in it
    ("Will Lula and Milei ever sit down together, now that the Argentine has skipped the Mercosur summit?": the
    asked clause before the comma hangs on the root as its adjunct and is still asked) (round twenty-nine)."""
    root = trigger.sent.root
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i >= 2
                 and c.doc[c.i - 1].lower_ == "now" and c.doc[c.i - 2].lower_ in (",", "-", "—", "–")), None)
    if mark is None:
        return False
    node = trigger
    for _ in range(_MAX_STEPS):
        if node.i == root.i or node.head.i == root.i:
            break
        node = node.head
    return node.i == root.i or node.left_edge.i > mark.i


HAPPENING_VERBS = frozenset({"happen", "occur", "take", "go", "materialize", "materialise", "proceed", "begin",
                             "start", "come", "unfold", "exist", "resume", "continue", "end", "succeed", "fail"})
"""Verbs whose question is about whether their subject act happens or how it ends ("Will Xi's visit go ahead?",
"Will Russia's offensive succeed?"): the act is what is asked about, not presupposed."""


SCHEDULED_NOUNS = frozenset({"visit", "trip", "tour", "summit", "meeting", "talk", "negotiation", "conference",
                             "election", "vote", "referendum", "trial", "hearing", "ceremony", "parade", "exercise",
                             "drill", "deployment", "withdrawal", "plan", "offer", "proposal"})
"""Nominal acts that are often announced before they happen: named in a question, they may be still to come."""


def owned_subject(noun: Token) -> bool:
    """A nominal act named with its owner as the subject of a question about something else ("Will the Israeli
    military's inquiry into the killing of fifteen medics hold anyone to account?"): the inquiry is presupposed,
    as under a negation; the question is whether it will hold anyone to account, not whether it exists."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() in HAPPENING_VERBS:
        return False
    verb = noun.head
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    if noun.lemma_.lower() in SCHEDULED_NOUNS and not past:
        return False  # "Will Putin's visit to Pyongyang change anything?": the visit may still be to come
    return any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") for c in noun.children)


def _within(trigger: Token, sent: Span, is_clause: Callable[[Token], bool]) -> bool:
    """True when the trigger, or a head above it within the sentence, ``is_clause``."""
    node = trigger
    for _ in range(_MAX_STEPS):
        if is_clause(node):
            return True
        if node.head.i == node.i or not (sent.start <= node.head.i < sent.end):
            return False
        node = node.head
    return False


def reported_intent(verb: Token, sent: Span) -> bool:
    """ "Pakistan's foreign office said Islamabad would welcome American mediation": a stated intent (CAMEO 03) whose
    only cue is the reported "would" of a past verb of saying is stated when it is said; the saying is the event
    (as "pledged to" or "offered to" is). Another modal ("said it might"), a negation or a cue on the saying itself
    ("did not say") leaves the label as it is."""
    if not reported_will(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    modals = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"]
    if [m.lower_ for m in modals] != ["would"]:
        return False
    return factuality_of(verb.head, sent) is Factuality.ASSERTED


def reported_will(verb: Token) -> bool:
    """ "France announced it would withdraw": "would" in the complement of a past verb of saying, with no
    condition on it, is the reported "will"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBD" or head.lemma_.lower() not in REPORTED_FUTURE_VERBS:
        return False
    # the condition may hang on the verb or on its complement ("would keep buying Russian oil if the discount
    # stayed wide enough")
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return not any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ == "mark"} & CONDITIONAL_MARKS
                   for h in holders for c in h.children)


def _inverted_condition(clause: Token) -> bool:
    """ "Had Israel attacked", "Were Russia to invade", "Should talks fail": a condition without "if"."""
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")),
               None)
    if aux is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and aux.i < subject.i


def _past_form(verb: Token) -> bool:
    """A verb in a past tense: "fired", "was fired", "had fired", "did fire" (a time word such as "later" or "the next
    day" then dates a past act, not a future one)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)


def _future_time(child: Token) -> bool:
    words = [t.lower_ for t in child.subtree]
    if len(words) > 6:
        return False
    return any(w in FUTURE_TIME_WORDS for w in words)


def done_instead(clause: Token) -> bool:
    """True for a participle clause after a comma that follows its host ("Xi did not travel to New Delhi, *sending
    Premier Li Qiang in his place*", "Iran did not strike, *choosing to negotiate*"): what was done instead of, or
    as a result of, the act not done. The host's negation is not its own; the host's tense and modals still are
    ("Xi will not travel, sending Li instead": future)."""
    if clause.tag_ != "VBG" or clause.i < clause.head.i or any(c.dep_ in ("mark", "nsubj") for c in clause.children):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.text == ","


GERUND_TAKING = frozenset({
    "deny", "avoid", "rule", "refrain", "resist", "consider", "contemplate", "weigh", "mull", "propose", "suggest",
    "recommend", "oppose", "favour", "favor", "advocate", "support", "back", "postpone", "delay", "defer", "risk",
    "fear", "discuss", "debate", "envisage", "envision", "foresee",
})
"""Verbs that take a gerund as their object ("denied supplying weapons", "ruled out sending troops")."""


def object_gerund(verb: Token, clause: Token) -> bool:
    """True for a gerund the parser hung on ``verb`` as an adjunct when it is the verb's object: a verb that takes a
    gerund object and has none, the gerund after it with no comma, mark or subject of its own, and only a particle
    or a time phrase between them ("ruled out on Monday sending Taurus missiles", "denied on Friday supplying
    weapons to Taiwan"). "Russia struck Kyiv, killing five people" has an object and a comma, and is left alone."""
    if clause.tag_ != "VBG" or clause.i < verb.i or verb.lemma_.lower() not in GERUND_TAKING:
        return False
    if verb.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children):
        return False
    return not any(t.is_punct for t in clause.doc[verb.i + 1:clause.i])


PAST_TIME_MARKS = frozenset({"when", "before", "until", "till"})
"""Marks of a time clause that, in a past tense, states a fact of the past ("did not respond when Israel struck Iran",
"did not consult Wellington before it signed deals with China", "did not leave until Russia withdrew")."""


def past_when_clause(clause: Token) -> bool:
    """A "when / before / until" clause in a past tense with no modal ("when Israel struck Iran", "before it signed a
    string of deals with China", "when the envoy was expelled"): a fact of the past the host is measured against,
    outside the host's negation and modals ("before Iran could respond" has a modal and stays open)."""
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in PAST_TIME_MARKS and c.i < clause.i
               for c in clause.children):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux) or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"
                                               for c in clause.head.children):
        # "the strikes would go on until the group stopped firing": a past after a host's "would" is the future of a
        # reported past, not a fact
        return False
    return clause.tag_ == "VBD" if not aux else any(a.tag_ == "VBD" for a in aux)


def now_that(clause: Token) -> bool:
    """A clause opened by "now that" ("now that Lula and Trump have spoken"): a fact the sentence builds on. The
    parser reads "that" as the mark or as the clause's object, with "now" before it."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.i == 0:
        return False
    first = clause.left_edge
    if first.lower_ == "that" and clause.doc[first.i - 1].lower_ == "now":
        return True
    # "..., now that Russia has invaded Ukraine?": "now" hung on the clause, before its "that" (round twenty-nine)
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i >= 1 and c.doc[c.i - 1].lower_ == "now"
               and c.doc[c.i - 1].head.i == clause.i for c in clause.children)


def dated_participle(clause: Token) -> bool:
    """A past participle on a noun with its own date or occasion ("the package unveiled during Zelensky's visit
    on Wednesday", "the resolution adopted on Tuesday"): a reduced relative clause, stating a fact."""
    if clause.tag_ != "VBN" or clause.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    for child in clause.children:
        if child.dep_ in ("prep", "npadvmod", "tmod") and (child.lower_ == "during" or any(
                t.ent_type_ == "DATE" for t in child.subtree)):
            return True
    return False


CONSEQUENCE_VERBS = frozenset({"amount", "constitute", "qualify", "violate", "breach", "represent", "count"})
"""Verbs that say what an act counts as ("could amount to a war crime", "may constitute genocide", "might violate
international law"): a legal or moral judgement of an act done."""
MAYBE_MODALS = frozenset({"could", "may", "might", "can"})


def consequence_subject(noun: Token) -> bool:
    """An owned act noun as the subject of "could / may / might" + a verb of what it counts as ("Israel's offensive
    on Gaza City could amount to the forcible transfer of its population", "Russia's strikes on the power grid may
    amount to war crimes", "might violate international law"): the owner's act is stated as done; the modal weighs
    the judgement. "Would" ("China's invasion of Taiwan would violate ..."), an act with no owner ("A Chinese invasion
    could amount to ..."), and verbs of consequence ("Russia's attack on NATO could trigger Article 5": often a
    supposed act) are left to the modal (round twenty-nine)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    if verb.lemma_.lower() not in CONSEQUENCE_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in MAYBE_MODALS for c in verb.children)


LIFTING_VERBS = frozenset({"lift", "drop", "withdraw", "end", "remove", "abandon", "waive", "scrap", "ease", "overturn",
                           "relax", "rescind", "revoke", "overcome", "overrule", "override"})
"""Verbs that take a bar away ("lifted its veto", "dropped its objection")."""


def lifted_bar(noun: Token) -> bool:
    """A noun of barring that is the object of a verb of lifting it ("lifted its veto on", "dropped its objection
    to", "ended its ban on"): what it barred is now let through, not denied (round twenty-nine)."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj", "nsubjpass") \
        and noun.head.lemma_.lower() in LIFTING_VERBS


BARRING_NOUNS = frozenset({"veto", "ban", "objection", "objections", "block", "blockage", "restriction", "restrictions",
                           "embargo", "moratorium", "opposition", "curb", "curbs", "limit", "limits", "bar", "freeze",
                           "prohibition", "hold"})
"""Nouns of barring an act: "its veto on Sweden joining NATO", "a ban on Russians entering the EU"."""


def barred_gerund(verb: Token, gerund: Token) -> bool:
    """A gerund parsed as an adjunct of ``verb`` right after "on / to / against X" on the verb's object, a noun of
    barring ("lifted its veto on Finland and Sweden joining NATO", "imposed a ban on Russian ships docking in its
    ports"): the gerund is what the noun bars (round twenty-nine)."""
    if gerund.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in gerund.children):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < gerund.i):
        if obj.lemma_.lower() not in BARRING_NOUNS and obj.lower_ not in BARRING_NOUNS:
            continue
        # the phrase hung on the noun, or on the verb right after the noun ("dropped its objection to Sweden joining")
        preps = [c for c in obj.children if c.dep_ == "prep"]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1]
        for prep in preps:
            if prep.lower_ in ("on", "to", "against") and prep.right_edge.i == gerund.i - 1:
                return True
    return False


def refused_things_participle(clause: Token) -> bool:
    """A past participle with its own agent on the object of a verb of rejecting or denying ("Kyiv rejected the
    Chinese plan backed by Brazil", "Israel dismissed the proposal drafted by Egypt"): the backing and drafting are
    what the thing is, stated as facts; what is rejected is the thing, not them (round twenty-nine)."""
    if clause.tag_ != "VBN" or clause.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    if not any(c.dep_ == "agent" for c in clause.children):
        return False
    noun = clause.head
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in NEGATING_GOVERNORS | REJECTING_VERBS


REJECTING_VERBS = frozenset({"dismiss", "oppose", "spurn", "rebuff", "scrap", "condemn", "denounce", "criticise",
                             "criticize", "slam", "ignore", "disregard", "abandon", "suspend", "boycott"})
"""Verbs of turning down a thing, beside :data:`NEGATING_GOVERNORS` (round twenty-nine)."""


def saying_on_complement(verb: Token) -> bool:
    """A subjectless verb of saying coordinated with a "that" clause ("denied that its troops had fired first and
    said it was ready ..."): it goes with the verb that governs the clause, not inside it."""
    head = verb.head
    return (verb.lemma_.lower() in SAYING_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and head.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            and head.head.i != head.i)


def _content_noun_before(clause: Token) -> Token | None:
    """The noun of denial, report, wish or plan right before a clause opened by "that" ("Rwanda's denial that it backs
    the M23"), or None."""
    first = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i), None)
    if first is None or first.i == 0:
        return None
    noun = clause.doc[first.i - 1]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (lemma in NEGATING_GOVERNORS or lemma in HYPOTHETICAL_GOVERNORS
                                   or lemma in HEARSAY_NOUNS or lemma in FUTURE_GOVERNORS):
        return None
    return noun


def _semicolon_between(clause: Token, head: Token) -> bool:
    """A ";" between a clause and the verb the parser made govern it: two sentences, not a complement."""
    return any(t.text in (";", ":") for t in clause.doc[clause.right_edge.i + 1:head.i])


def _afterthought(head: Token) -> bool:
    """ "..., a charge Kigali denied", "..., terms Kyiv calls a demand for capitulation": the governor is a reduced
    relative on a noun that sums up the clause before it (the noun comes first, its own subject after), not the
    verb that governs the clause."""
    # the summing noun may be parsed as the object ("..., a charge Beijing rejected": round twenty-five)
    nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN" and c.i < head.i]
    for noun in nouns:
        before = head.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if before is None or before.text != ",":
            continue
        named = [t for t in head.doc[noun.i + 1:head.i] if t.pos_ in ("PROPN", "PRON")]
        if named:
            return True
        first = noun.left_edge
        summary = head.doc[first.i + 1] if first.i + 1 < noun.i else None
        if first.dep_ == "det" and summary is not None and summary.dep_ == "compound" \
                and summary.head.i == noun.i and summary.pos_ == "NOUN":
            # "..., a scenario shipping firms had long feared": the summing noun parsed as a compound of the
            # subject of its own reduced relative
            return True
    return False


def view_of_none(verb: Token, obj: Token) -> bool:
    """True when ``obj``, a direct object of ``verb`` with "no", is a view held rather than an act denied: "Zelensky
    saw no sign that Moscow was ready to end the war", "holds out no hope of a deal", "has no hope of". Seeing,
    holding out or having no sign, hope or prospect of something is a pessimistic judgement stated (CAMEO 012), so
    the "no" is the judgement's content; "showed no willingness", "gave no sign" and "expressed no concern" deny an
    act of showing or expressing and keep their negation (seventeenth round)."""
    return verb.lemma_.lower() in VIEW_VERBS and obj.lemma_.lower() in EXPECTATION_NOUNS


def view_of_any(verb: Token) -> bool:
    """True for a verb of :data:`VIEW_VERBS` whose object is an expectation noun with "any": "did not see any sign
    that Moscow was ready", "does not hold out any hope" say what "saw no sign" says, so the verb's "not" is the
    judgement's content as "no" is (:func:`view_of_none`)."""
    return verb.lemma_.lower() in VIEW_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in EXPECTATION_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children) for c in verb.children)


def _no_occasion(prep: Token) -> bool:
    """ "at no point", "at no time", "under no circumstances", "in no way", "on no account"."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in NEGATED_OCCASIONS and any(
        d.dep_ == "det" and d.lower_ == "no" for d in p.children) for p in prep.children)


def _not_since(prep: Token) -> bool:
    """A fronted "not since ..." ("Not since 2016 has a US president visited Havana"): nothing of the kind since then.
    With "such" or "so" the clause measures an act just done against the past ("Not since the Cold War has Moscow
    expelled so many diplomats": it has now), and "Not until 2019 did Kim visit Beijing" says he did: neither is
    here."""
    if prep.lower_ != "since" or not any(c.dep_ == "neg" for c in prep.children):
        return False
    return not any(t.lower_ in ("such", "so") for t in prep.head.subtree)


def _dated_ahead(verb: Token) -> bool:
    """A time phrase ahead ("next week", "tomorrow", "in the coming days") anywhere in the verb's clause, where the
    parser may hang it on the object ("hosts a NATO summit in Istanbul next week")."""
    return any(t.dep_ in ("npadvmod", "tmod", "pobj", "advmod") and _future_time(t) for t in clause_tokens(verb))

