"""Clauses whose acts are imagined, planned or weighed, told by their form rather than by a governing verb.

Headlines say "Iran to free prisoners" for "Iran is to free prisoners"; war games and scenarios narrate invented
acts in the present tense ("In the war game, China invades Taiwan in 2027"); editorials put what a state should do
into a "for X to" clause or a pseudo-cleft ("The right response is for NATO to deploy more troops", "What Israel
should do is withdraw"); lists of options name acts as choices ("Among the options under consideration are
expelling Russian diplomats"). None of these states an act done. Each test here reads one such form;
:mod:`detente.coding.factuality` applies them on its walk up the tree (docs/factuality.md, "Imagined, weighed and
headlined acts").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import to_infinitive

__all__ = [
    "REPORT_NOUNS",
    "any_noun_infinitive",
    "falsified",
    "free_choice_clause",
    "guarded_against",
    "noun_content_clause",
    "not_one",
    "as_long_as",
    "FICTION_NOUNS",
    "OPTION_NOUNS",
    "compared_with",
    "disputed_gerund",
    "enough_to",
    "fiction_frame",
    "forecast_warning",
    "for_to_clause",
    "headline_infinitive",
    "imagined_relative",
    "instead_clause",
    "option_frame",
    "scheduled_start",
    "time_that",
]

HEADLINE_SPEECH = frozenset({"say", "says", "said", "announce", "confirm", "report", "tell", "state", "declare"})
"""Verbs of an attributed headline ("France to recognise Palestinian state, Macron says")."""
FICTION_NOUNS = frozenset({"scenario", "simulation", "hypothetical", "wargame", "war-game", "novel", "film",
                           "movie", "fiction", "thriller", "game"})
"""Frames of an invented or simulated course of events: what happens "in the war game" or "under the worst-case
scenario", or what a film or a simulation "ends with", is narrated, not reported. "game" counts only as the head of
"war game" (compound "war") or when fronted with a present tense."""
DRILL_NOUNS = frozenset({"exercise", "drill", "drills", "exercises", "manoeuvres", "maneuvers"})
"""Military exercises: real events themselves, whose narrated moves ("In the exercise, Chinese forces blockade
Taiwan") are simulated. Only a fronted phrase with a present simple marks the moves as simulated; "In the drills,
Chinese warships encircled Taiwan" keeps its past tense and stays a report."""
IMAGINED_HEADS = frozenset({"world", "scenario", "future", "universe", "situation"})
"""Nouns whose relative clause, with an indefinite article, describes a world imagined ("a world in which China
annexes Taiwan", "a scenario where Russia cuts the Suwalki gap")."""
IMAGINING_OBJECT_VERBS = frozenset({"imagine", "picture", "envision", "envisage",
                                    "foresee", "predict", "simulate", "model"})
"""Verbs whose object's relative clause is imagined with it ("imagines a 2030 in which Russia attacks
Lithuania")."""
OPTION_NOUNS = frozenset({"option", "options", "possibility", "choice", "alternative", "idea", "proposal", "menu",
                          "response", "toolbox", "toolkit", "scenario", "demand"})
"""Nouns of a list of choices: acts named as their members ("Options include ...", "The menu of responses
includes recalling the ambassador", "Among the options are ...") are weighed, not done."""
PENDING_PREP_NOUNS = frozenset({"consideration", "discussion", "review", "study", "debate"})
INCLUDING_VERBS = frozenset({"include", "involve", "entail", "comprise", "range"})
COMPARATIVES = frozenset({"more", "less", "rather", "better", "worse", "sooner", "faster"})
_TIME_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "first", "last", "only", "second", "third",
                               "each", "every", "same", "next"})


def headline_infinitive(verb: Token) -> bool:
    """A "to"-infinitive with its own subject and no governing verb: the headline form of "is to" ("Iran to free
    prisoners", "France to recognise Palestinian state, Macron says"), or a "to"-infinitive on a noun that is the
    whole sentence's root ("UN chief to visit Kyiv and Moscow", "Australia, UK to sign defence treaty"). Future."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    if not (verb.tag_ == "VB" or passive) or not _to_before(verb) or any(c.dep_ == "mark" for c in verb.children):
        return False
    head = verb.head
    rooted = verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i \
        and not _finite_verb(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        # "Iran to be hit with new EU sanctions"; "Exclusive: Iran to free jailed French nationals"
        if verb.dep_ == "ROOT" or rooted:
            return True
        return verb.dep_ in ("ccomp", "parataxis") and verb.i < head.i and (
            head.lemma_.lower() in HEADLINE_SPEECH and head.dep_ == "ROOT")
    return rooted


def _finite_verb(verb: Token) -> bool:
    """Whether the sentence holds a finite verb: a headline fragment ("UN chief to visit Kyiv and Moscow",
    "Exclusive: Qatar to host Hamas leaders") has none."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


def _to_before(verb: Token) -> bool:
    return to_infinitive(verb) or any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def for_to_clause(clause: Token) -> bool:
    """A "for X to do" clause ("The right response is for NATO to deploy more troops", "It is time for Europe to
    recognise Palestine"): what should or could be done. "It took three days for Russia to respond" states the
    response, so a clause under "take" is not one."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return "for" in marks and to_infinitive(clause) and clause.head.lemma_.lower() != "take"


def time_that(pred: Token) -> bool:
    """ "It is (high / about) time that the Council condemned the coup": a bare "time" predicate (no article, no
    ordinal) wishes the act; "It is the first time that Chinese warships have sailed ..." states it."""
    return pred.lemma_.lower() == "time" and pred.dep_ == "attr" and not any(
        c.lower_ in _TIME_DETERMINERS or c.dep_ in ("poss", "nummod") for c in pred.children)


def enough_to(adjective: Token, clause: Token) -> bool:
    """An infinitive on an adjective of degree or freedom ("strong enough to seize", "too weak to attack", "is free
    to strike", "is equipped to strike"): what the subject could do."""
    if clause.dep_ != "xcomp" or not to_infinitive(clause):
        return False
    if adjective.lemma_.lower() in ("free", "equip", "equipped", "position", "positioned", "placed"):
        return True
    return adjective.pos_ in ("ADJ", "ADV") and any(c.lower_ in ("enough", "too") for c in adjective.children)


def fiction_frame(node: Token, *, is_trigger: bool) -> bool:
    """True when ``node`` is narrated inside an invented course of events: a phrase "in the war game", "under the
    worst-case scenario" on it (a drill's or game's only when fronted, with a present simple), or, above the act,
    a clause whose subject is a game, a scenario or a film ("The war game ended with Russia using a nuclear
    weapon")."""
    present = node.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
    for child in node.children:
        if not is_trigger and present and child.dep_ == "nsubj" and child.lemma_.lower() == "game":
            return True  # "The game ends with NATO invading Belarus"
        if child.dep_ == "prep" and child.lower_ in ("in", "under", "during"):
            obj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if obj is None:
                continue
            if _fiction_noun(obj):
                return True
            lemma = obj.lemma_.lower()
            if (lemma in DRILL_NOUNS or obj.lower_ in DRILL_NOUNS or lemma == "game") and present \
                    and child.i < node.i:
                return True
        if not is_trigger and child.dep_ in ("nsubj", "nsubjpass") and _fiction_noun(child):
            return True
    return False


def _fiction_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "game":
        return any(c.dep_ == "compound" and c.lemma_.lower() == "war" for c in noun.children)
    return lemma in FICTION_NOUNS


def imagined_relative(clause: Token) -> bool:
    """A relative clause on "a world / a scenario / a future" ("Picture a world in which China annexes Taiwan"):
    an imagined state of affairs, not a fact presupposed as a relative clause usually is."""
    if clause.dep_ != "relcl":
        return False
    head = clause.head
    if head.lemma_.lower() == "time" and clause.tag_ == "VBD" and (
            any(c.lower_ in ("high", "about") for c in head.children) or head.head.lower_ == "about"):
        return True  # "It is about time that Washington talked to Tehran" (a past of wishing)
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in IMAGINING_OBJECT_VERBS:
        return True  # "The report imagines a 2030 in which Russia attacks Lithuania"
    if _work_told(head):
        # "a blockbuster about the Korean war in which Chinese troops rout American forces": the story a film, book or
        # play tells (round twenty-five)
        return True
    if head.lemma_.lower() not in IMAGINED_HEADS:
        return False
    return head.lemma_.lower() == "scenario" or any(c.dep_ == "det" and c.lower_ in ("a", "an", "any")
                                                    for c in head.children)


WORK_NOUNS = frozenset({"film", "movie", "blockbuster", "novel", "book", "play", "series", "documentary", "drama",
                        "show", "opera", "musical", "miniseries", "sitcom", "thriller", "video", "cartoon", "comic",
                        "epic", "memoir", "story", "poem", "song"})
"""Works whose story a relative clause on them, or on what they are "about", tells ("a film in which Chinese troops
rout American forces", "a novel about a war in which Germany occupies Britain"): narrated, not reported."""


def _work_told(noun: Token) -> bool:
    """The noun is a work, or the object of "about" on a work (through an apposition: "The Chinese film, a blockbuster
    about the Korean war")."""
    if noun.lemma_.lower() in WORK_NOUNS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "about" and prep.head.lemma_.lower() in WORK_NOUNS


def option_frame(verb: Token) -> bool:
    """True when ``verb`` is named as one of several options: a fronted "Among the options (under consideration)
    are ..." on it, or a subjectless gerund that a list of options "includes" ("The menu of responses includes
    recalling the ambassador")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "among" and child.i < verb.i:
            obj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if obj is not None and (_option_noun(obj) or _pending(obj)):
                return True
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return False
    node = verb
    for _ in range(5):
        # "includes recalling the ambassador"; "range from freezing Russian assets to seizing them"
        if node.dep_ not in ("xcomp", "dobj", "ccomp", "pcomp", "prep", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in INCLUDING_VERBS:
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject is not None and (_option_noun(subject) or _pending(subject))
    return False


def _option_noun(noun: Token) -> bool:
    if noun.lemma_.lower() in OPTION_NOUNS or noun.lower_ in OPTION_NOUNS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and (p.lemma_.lower() in OPTION_NOUNS or p.lower_ in OPTION_NOUNS) for p in c.children)
        for c in noun.children)


def _pending(noun: Token) -> bool:
    """ "the measures under consideration", "steps under discussion"."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in PENDING_PREP_NOUNS for p in c.children) for c in noun.children)


def compared_with(noun: Token) -> Token | None:
    """The verb a "than" phrase compares through ("Israel fears a Hezbollah offensive more than an Iranian missile
    attack"): the compared act stands where the verb's object stands, so the verb's meaning reaches it. None when
    ``noun`` is in no such phrase."""
    if noun.dep_ not in ("pobj", "pcomp"):
        return None
    than = noun.head
    if than.lower_ != "than":
        return None
    degree = than.head
    if degree.lower_ not in COMPARATIVES or degree.dep_ not in ("advmod", "amod", "dobj", "npadvmod"):
        return None
    verb = degree.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


ALTERNATIVE_OPENERS = frozenset({("instead", "of"), ("rather", "than")})
"""Openers of the act not chosen: "India bought Russian oil instead of sanctioning Moscow", "Rather than attack
Iran, Israel struck a radar site": the act is what was not done (a negation of its own)."""
CONTRASTED_OPENERS = frozenset({("let", "alone")})
"""Openers of an act even less likely than the one before: "will not condemn the invasion, let alone sanction
Moscow", "Few expect China to recognise Taiwan, let alone defend it"."""


def _opener(clause: Token) -> tuple[str, str] | None:
    """The two words that open the clause: "than" / "of" / "alone" as its own mark ("Rather than attack Iran") or
    just before its first word ("instead of sanctioning Moscow", with "instead of" hung on the host), with the word
    before it. A host whose subtree holds such a clause ("Instead of sanctioning Moscow, India bought ...") has
    neither and is not opened by it."""
    doc = clause.doc
    for tok in (doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None,
                *(c for c in clause.children if c.dep_ in ("mark", "cc") and c.i < clause.i)):
        if tok is None or tok.i == 0:
            continue
        pair = (doc[tok.i - 1].lower_, tok.lower_)
        if pair in ALTERNATIVE_OPENERS or pair in CONTRASTED_OPENERS:
            return pair
    return None


def instead_clause(clause: Token) -> str | None:
    """ "not" for a verb opened by "instead of" / "rather than" (the act not chosen), "open" for one opened by
    "let alone" (an act not stated, only doubted more), None otherwise."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    opener = _opener(clause)
    if opener in ALTERNATIVE_OPENERS:
        return "not"
    if opener in CONTRASTED_OPENERS:
        return "open"
    return None


DISPUTE_WORDS = frozenset({"split", "divide", "divided", "debate", "argue", "disagree", "wrangle", "bicker", "row",
                           "rift", "dispute", "quarrel", "differ", "feud", "spar", "squabble"})
"""Words of a dispute whose "over"-gerund is what is disputed, not done ("Germans split over sending Taurus
missiles", "the row over arming Ukraine"); "criticised over sending troops" gives a reason and is not here."""


def disputed_gerund(clause: Token) -> bool:
    """A subjectless gerund after "over" on a word of dispute: the act argued about ("Germans split over sending
    Taurus missiles", with "over" read as a preposition or as the verb's particle)."""
    if clause.tag_ != "VBG" or clause.left_edge.i == 0 or any(c.dep_ in ("nsubj", "poss") for c in clause.children):
        return False
    over = clause.doc[clause.left_edge.i - 1]
    return over.lower_ == "over" and (over.head.lemma_.lower() in DISPUTE_WORDS
                                      or clause.head.lemma_.lower() in DISPUTE_WORDS)


def as_long_as(clause: Token) -> bool:
    """A clause of "as long as / so long as" ("As long as Israel occupies the Golan, Syria will not make peace"): a
    condition, though "as" alone opens a fact ("as protesters tried to storm the post")."""
    head = clause.head
    if clause.dep_ != "advcl" or head.lower_ != "long":
        return False
    return any(c.lower_ in ("as", "so") and c.i < head.i for c in head.children) or (
        head.i > 0 and clause.doc[head.i - 1].lower_ in ("as", "so"))


START_WORDS = frozenset({"start", "begin"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})


def scheduled_start(verb: Token) -> bool:
    """A present simple with a start date ("Starting in January, Canada imposes tariffs on Chinese cars", "From
    March, Japan sends a destroyer every month"): a schedule, still to come."""
    for child in verb.children:
        anchor = None
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in START_WORDS:
            anchor = child
        elif child.dep_ == "prep" and child.lower_ in ("from", "effective") and child.i < verb.i:
            anchor = child
        if anchor is not None and any(t.lower_ in MONTHS or t.ent_type_ == "DATE" for t in anchor.subtree):
            return True
    return False


WARNING_VERBS = frozenset({"warn", "caution"})
"""Verbs of warning, which frame a threat when the warner's own side is to act and a forecast when another is."""
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})
_OWN_WORDS = frozenset({"it", "they", "we", "i", "he", "she", "its", "their", "our", "my", "his", "her"})


def forecast_warning(verb: Token) -> list[Token]:
    """The subjects of a warning that someone else could act: "NATO warned that Russia might send troops into eastern
    Ukraine", "The UN warned that fighting could spread to Lebanon". The warner forecasts; it threatens nothing (as
    "Russia could strike Kyiv, Western officials warned" is a report: docs/factuality.md, "Frames after their
    complement"). Only a "that" clause after the verb with a modal of possibility and a subject that names none of
    the warner's own by a pronoun ("it", "its troops", "our"), with no one warned named as an object, is read so:
    "Iran warned that it could close the strait", "warned protesters that further confrontation could cost them
    their lives" and "warned that any attack would be met with force" stay threats. Whether a named subject is the
    warner's own country ("Erdogan warned that Turkey could sever ties") is the caller's to judge. Empty when the
    verb is no such warning."""
    if verb.lemma_.lower() not in WARNING_VERBS or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return []
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")):
        subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(t.lower_ in _OWN_WORDS for s in subjects for t in s.subtree):
            continue
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in comp.children):
            return subjects
    return []


ANY_WORDS = frozenset({"any", "whatever"})


def any_noun_infinitive(clause: Token) -> bool:
    """A "to"-infinitive on a noun under "any" ("remain far apart on any deal to release detained citizens", "rejected
    any plan to expel the inspectors", "would welcome any move to lift the sanctions"): an act that no particular
    deal, plan or move has brought about; hypothetical. The parser may hang the infinitive on the verb instead, right
    after the noun's phrase: both are read."""
    if not to_infinitive(clause) or clause.dep_ not in ("acl", "relcl", "advcl"):
        return False
    head = clause.head
    if clause.dep_ == "advcl":
        before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > clause.sent.start else None
        if before is None or before.pos_ != "NOUN" or not head.is_ancestor(before):
            return False
        head = before
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANY_WORDS for c in head.children)


REPORT_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "assertion", "suggestion", "story",
                          "accusation", "charge", "speculation", "account"})
"""Nouns of a report or a charge whose content a predicate of falseness denies ("Claims that ... were false")."""
FALSE_PREDICATES = frozenset({
    "false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "fake", "bogus", "incorrect", "inaccurate",
    "erroneous", "wrong", "fabrication", "lie", "hoax", "fiction", "nonsense", "invention",
})
"""Predicates that deny the content of the report that is their subject ("proved false", "were baseless")."""
FALSIFYING_VERBS = frozenset({"be", "prove", "turn", "appear", "seem", "remain"})


def falsified(verb: Token) -> bool:
    """A copula or "prove / turn out" whose predicate says its subject, a report or a claim, is false: "Claims that
    Chinese warships had fired on a Philippine vessel were false", "The rumour that Turkey had expelled the Swedish
    ambassador proved false", "turned out to be untrue". Denied by the predicate, the reported act did not happen
    (a "not" on the copula cancels it: "the claims were not false")."""
    if verb.lemma_.lower() not in FALSIFYING_VERBS:
        return False
    preds = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
    preds += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ in ("acomp", "attr")]
    return any(p.lemma_.lower() in FALSE_PREDICATES or p.lower_ in FALSE_PREDICATES for p in preds)


CONTENT_NOUNS = frozenset({
    "report", "claim", "allegation", "rumour", "rumor", "assertion", "suggestion", "story", "accusation", "charge",
    "speculation", "fear", "hope", "threat", "idea", "notion", "possibility", "prospect", "risk", "danger", "worry",
    "concern", "warning", "expectation", "belief", "view", "theory", "assumption", "suspicion", "impression",
    "demand", "proposal", "promise", "pledge", "assurance", "guarantee", "condition", "insistence", "argument",
})
"""Nouns that take a "that" clause as their content ("reports that", "fears that", "the idea that"): the clause is
what is reported, feared or proposed, not a relative clause describing the noun."""


def noun_content_clause(clause: Token) -> bool:
    """A clause the parser made a relative clause of a noun of report, fear or proposal, opened by "that" as its mark
    ("Claims that Chinese warships had fired on a Philippine vessel were false"): the noun's content, since "that" is
    no relative pronoun there (the clause has its own subject)."""
    head = clause.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in CONTENT_NOUNS:
        return False
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i and c.i == head.i + 1), None)
    if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
        return False
    # "that" as the mark, or read as a relative pronoun in a role another word of the clause already fills ("the
    # rumour that Turkey had expelled the Swedish ambassador": "that" as the object beside "ambassador")
    return that.dep_ == "mark" or any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children)


def not_one(subject: Token) -> bool:
    """A subject counted as none by "not": "Not a single European state has sent troops", "not one country"; "not
    only" adds and is not here."""
    neg = next((c for c in subject.children if c.dep_ == "neg" and c.i < subject.i), None)
    if neg is None or neg.i + 1 >= subject.i:
        return False
    after = subject.doc[neg.i + 1]
    return after.lower_ in ("a", "one", "a single", "single", "any", "even")


GUARDING_VERBS = frozenset({
    "protect", "shield", "guard", "insure", "hedge", "arm", "brace", "fortify", "safeguard", "steel", "gird",
    "secure", "insulate", "immunise", "immunize", "reinsure",
})
"""Verbs of guarding or bracing against something ("arming itself against a possible Russian invasion", "to
protect itself from Russian aggression", "braces for a Russian attack", "hedging against an Iranian attack"):
what they guard against is feared, not reported."""
GUARDING_PREPS = frozenset({"against", "from", "for"})
WITHSTANDING_VERBS = frozenset({"withstand", "survive", "absorb", "repel", "deter", "resist"})
"""Verbs whose object, as an indefinite act in a clause of capacity or design ("built to withstand an Israeli
strike"), is an act imagined."""


def guarded_against(noun: Token) -> bool:
    """An act noun that something is guarded or braced against: the object of "against / from / for" after a verb of
    :data:`GUARDING_VERBS`, or the object of "withstand" in an infinitive, named indefinitely ("a Russian attack",
    "Russian aggression"), not a particular act ("protected the city from the Iranian missile attack of 13 April",
    "braced for Sunday's strikes")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these",
                                                                                        "those") for c in noun.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in GUARDING_PREPS:
        verb = head.head
        if head.lower_ == "for" and verb.lemma_.lower() not in ("brace", "steel", "gird"):
            return False
        return verb.lemma_.lower() in GUARDING_VERBS
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in WITHSTANDING_VERBS:
        return head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return False


FREE_CHOICE_WORDS = frozenset({"whatever", "whoever", "whomever", "whichever", "wherever", "however"})
"""Words that open a clause of any case at all ("whatever Washington threatens", "whoever wins the election"): no
particular act is reported in it."""


def free_choice_clause(clause: Token) -> bool:
    """A clause opened by "whatever / whoever / whichever / wherever / however" ("Beijing is unlikely to abandon
    Moscow, whatever Washington threatens", "Whoever wins the election will inherit a crisis"): any case at all, so
    its act is hypothetical. "however" counts only as the clause's own first word before its subject, not as a
    sentence adverb after a comma ("However, Russia attacked")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in FREE_CHOICE_WORDS or first.head.i != clause.i and first.head.head.i != clause.i:
        return False
    if first.lower_ == "however":
        after = clause.doc[first.i + 1] if first.i + 1 < len(clause.doc) else None
        return after is not None and not after.is_punct and after.pos_ in ("ADJ", "ADV")
    return True
