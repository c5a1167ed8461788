"""Acts an opinion sentence weighs rather than reports: compared aptitudes, gerund topics and the objects of acts
imagined in a counterfactual (round thirty-one).

* **Compared aptitudes and interests.** "South Africa's police have long been better at investigating one another
  than at solving murders", "Moscow is more interested in punishing Kyiv than in negotiating with it", "Washington
  has been quicker to sanction its enemies than to reward its friends", "The Kremlin cares more about punishing
  dissidents than about winning the war", "India prefers buying Russian oil to paying Gulf prices": a gerund or an
  infinitive under a comparative of skill, speed, interest or preference that "than" (or "prefer ... to") completes
  describes a kind of conduct, as "is known for" does; it reports no act on any day.
* **Gerund topics.** "Banning the Awami League may have pleased the students", "Invading Ukraine was Putin's worst
  mistake", "Sending troops to Niger would be a disaster": a gerund clause with no subject of its own that is the
  subject of the writer's own sentence is what the sentence judges, not an act it reports. (Under a verb of saying
  or warning, "Putin warned Seoul that supplying weapons to Ukraine would be a mistake", it stays the warning's
  content and is left to the frame rules.)
* **Objects of imagined acts.** "Had Zelensky not backed down, Brussels would have frozen the next tranche of its
  aid to Ukraine", "Without the mediation, Russia would have kept its blockade of Ukrainian ports": a nominal event
  that is the object of a verb in the counterfactual perfect ("would/could/might have" + participle) belongs to the
  imagined world; the sentence reports neither it nor its continuation.
* **Gains weighed, arguments and self-persuasion.** "Iran has nothing to gain from attacking American bases", "The
  case for sanctioning Israel has never been stronger", "Israel's leaders have convinced themselves that ...": a kind
  of act weighed before it is done, or a belief, is no event.
* **Anyone's acts.** "Did anyone in Israel's war cabinet stop to ask ...?": whether there was any doer at all is asked.
* **Patterns** (:func:`whenever_habit`): a present-simple "whenever" / "every time" clause and its host.
* **Wishes in the past subjunctive** (:func:`wished_past`, a label, not a drop): "It is time Washington recognised
  Somaliland", "If only Washington had armed Ukraine in 2021" are `hypothetical`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.factuality_conditions import denied_inverted_condition

__all__ = ["COMPARED_WORDS", "GAIN_VERBS", "compared_conduct", "gerund_topic", "imagined_object", "opinion_topic",
           "ARGUMENT_NOUNS", "anyones_act", "whenever_habit", "argued_gerund", "wished_past", "self_persuasion", "weighed_gain"]

COMPARED_WORDS = frozenset({
    "better", "worse", "quicker", "faster", "slower", "readier", "keener", "happier", "likelier", "eager",
    "keen", "ready", "quick", "slow", "willing", "interested", "concerned", "adept", "skilled", "skilful", "skillful",
    "good", "bad", "comfortable", "focused", "focussed", "intent", "effective", "successful", "capable", "proficient",
    "care", "prefer",
})
"""Words of aptitude, speed, interest and preference whose comparative ("better at", "more interested in", "cares
more about", "quicker to") compares kinds of conduct."""
GAIN_VERBS = frozenset({"gain", "lose", "benefit", "profit", "win", "suffer", "risk"})
"""Verbs that weigh what an act would bring: "has nothing to gain from attacking", "stands to lose by invading"."""
_PERSUASION_VERBS = frozenset({"convince", "persuade", "assure", "reassure", "tell", "remind", "fool", "delude"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
ARGUMENT_NOUNS = frozenset({
    "case", "argument", "cost", "risk", "danger", "merit", "wisdom", "folly", "logic", "point", "benefit",
    "idea", "notion", "temptation", "lesson", "futility", "morality", "legality", "ethic", "value", "downside",
    "upside", "pros", "cons", "alternative",
})
"""Nouns of argument that weigh a kind of act named by a gerund ("the case for sanctioning Israel", "the cost of
arming Ukraine", "the wisdom of invading Iraq")."""
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_DEGREE_WORDS = frozenset({"more", "less", "rather"})
_LINK_DEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "advcl", "conj", "attr", "acomp", "oprd", "amod"})
_SUBJECT_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "'d"})
_LINKING_VERBS = frozenset({"be", "prove", "seem", "appear", "remain", "become", "look", "get"})
_MAX_STEPS = 8


def opinion_topic(scope: Token) -> bool:
    """True when ``scope`` (an event's trigger) is conduct compared, a gerund topic judged, or the object of an act
    imagined in the counterfactual perfect: no event (see the module docstring)."""
    return (compared_conduct(scope) or gerund_topic(scope) or imagined_object(scope) or weighed_gain(scope)
            or self_persuasion(scope) or argued_gerund(scope) or anyones_act(scope) or whenever_habit(scope)
            or denied_inverted_condition(scope))


def _compared(word: Token) -> bool:
    """A comparative of a word of aptitude, interest or preference: "better", "more interested", "cares more"."""
    lemma = word.lemma_.lower()
    low = word.lower_
    if lemma == "prefer" and word.pos_ == "VERB":
        return True
    if low in ("better", "worse", "quicker", "faster", "slower", "readier", "keener", "happier", "likelier") \
            and word.tag_ in _COMPARATIVE_TAGS:
        return True
    return (lemma in COMPARED_WORDS or low in COMPARED_WORDS) and any(
        c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in word.children)


def _completed(word: Token) -> bool:
    """Whether the comparison of ``word`` is completed: a "than" in its clause, or "prefer X to Y"."""
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    if word.lemma_.lower() == "prefer":
        return any(c.dep_ == "prep" and c.lower_ in ("to", "over") for c in word.subtree)
    return any(t.lower_ == "than" for t in clause.subtree)


def compared_conduct(scope: Token) -> bool:
    """True when ``scope`` is a gerund or an infinitive compared under a word of aptitude, interest or preference
    ("better at investigating ... than at solving", "quicker to sanction ... than to reward")."""
    if scope.tag_ not in ("VBG", "VB") and not (scope.tag_ == "NN" and scope.lower_.endswith("ing")):
        return False
    node = scope
    than = False
    for _ in range(_MAX_STEPS):
        if node.head.i == node.i or node.dep_ not in _LINK_DEPS:
            return False
        head = node.head
        than = than or head.lower_ == "than"
        words = [head]
        if head.lemma_.lower() in _LINKING_VERBS:
            # "have long been better at investigating": the parser hangs "at" on the copula, beside "better"
            words += [c for c in head.children if c.dep_ in ("acomp", "advmod", "oprd", "attr")]
        if any(_compared(w) and _completed(w) for w in words):
            # "Moscow was quicker to recognise the Taliban than Beijing was": a past comparison of one occasion
            # reports the act; the present and the perfect compare habits
            return not _past_simple(head)
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in _LINKING_VERBS and not than:
            # a gerund under a verb of its own ("condemned Russia for invading") is no compared conduct; the second
            # term of a comparison ("than at solving") climbs through the first to the comparative
            return False
        node = head
    return False


def _past_simple(word: Token) -> bool:
    """Whether the clause of ``word`` (a verb, or the adjective of a copula) is in the simple past."""
    clause = word
    for _ in range(_MAX_STEPS):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lower_ in ("did", "was", "were") for c in clause.children)


def gerund_topic(scope: Token) -> bool:
    """True when ``scope`` is (or is coordinated with) a gerund clause without a subject of its own that is the
    subject of a main clause ("Banning the Awami League may have pleased the students")."""
    node = scope
    for _ in range(_MAX_STEPS):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.tag_ != "VBG" or node.pos_ != "VERB" or (node.dep_ not in _SUBJECT_DEPS and not _copula_root(node)):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in node.children):
        return False
    if not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in node.children):
        # "Fighting between the army and the RSF erupted": a gerund with no object of its own names the event, as a
        # noun would; the verbal gerund of a topic takes its object ("Banning the Awami League")
        return False
    if node.i != node.sent.start and not (node.i - 1 >= node.sent.start and node.doc[node.i - 1].is_punct):
        # "Fighting between the army and the RSF erupted": a bare subject inside the sentence is rarely a topic
        # gerund; the topic opens its sentence (or its quoted or parenthesised part)
        return False
    host = node.head
    for _ in range(_MAX_STEPS):
        if host.dep_ == "ROOT" or host.head.i == host.i:
            return True
        if host.dep_ != "conj":
            return False
        host = host.head
    return False


def _copula_root(node: Token) -> bool:
    """A gerund the parser made the root with the copula as its auxiliary and the judgement hung on the copula:
    "Invading Ukraine was Putin's worst mistake" (round thirty-two). The gerund is the copula's subject."""
    if node.dep_ != "ROOT":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "be" and c.i > node.i
               and any(g.dep_ in ("attr", "acomp") for g in c.children) for c in node.children)


def imagined_object(scope: Token) -> bool:
    """True when ``scope`` is a nominal event of the subject's own ("its") that is the object of a verb in the
    counterfactual perfect ("would have frozen the next tranche of its aid", "would have kept its blockade")."""
    if scope.pos_ != "NOUN":
        return False
    owner = next((c for c in scope.children if c.dep_ == "poss"), None)
    node = scope
    hopped = False
    for _ in range(2):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.dep_ == "prep" \
                and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head  # "the next tranche of its aid"
            hopped = True
            continue
        break
    if node.dep_ != "dobj":
        return False
    verb = node.head
    if verb.tag_ != "VBN":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = owner is not None and (owner.tag_ == "PRP$" or subject is not None and owner.lower_ == subject.lower_)
    if not own and not (owner is None and hopped):
        # "Could Washington have prevented Hamas's attack on Israel?": another's act is a fact the imagined act is
        # about; only the subject's own act ("its aid", "its blockade"), or an unowned one named as part of the
        # imagined act's object ("would have lifted the threat of sanctions"), is carried on or undone there
        return False
    if verb.dep_ == "ccomp":
        # "Russia said it would have completed its withdrawal by Friday": a reported future perfect, no counterfactual
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & _COUNTERFACTUAL_MODALS)


def weighed_gain(scope: Token) -> bool:
    """True when ``scope`` is a gerund whose gain or loss is weighed before it is done: "Iran has nothing to gain from
    attacking American bases", "Beijing stands to lose more than it would gain by invading Taiwan", "Moscow would
    gain little from cutting the gas". A past reckoning ("Iran gained little from attacking Israel") reports the act.
    """
    if scope.tag_ != "VBG" or scope.dep_ != "pcomp":
        return False
    prep = scope.head
    verb = prep.head
    if prep.lower_ not in ("from", "by") or verb.lemma_.lower() not in GAIN_VERBS or verb.pos_ != "VERB":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & (_COUNTERFACTUAL_MODALS | {"to", "will", "may", "can", "should", "must"}))


def self_persuasion(scope: Token) -> bool:
    """True when ``scope`` is a verb of persuasion whose object is the subject itself: "Israel's leaders have
    convinced themselves that only force will stop Hezbollah" is a belief, no appeal to anyone."""
    return scope.lemma_.lower() in _PERSUASION_VERBS and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in _REFLEXIVES for c in scope.children)


def argued_gerund(scope: Token) -> bool:
    """True when ``scope`` is a gerund weighed by a noun of argument: "The case for sanctioning Israel has never been
    stronger", "The cost of arming Ukraine is small", "the wisdom of invading Iraq". A plain act noun there stays an
    event ("the cost of Russia's invasion" is about a real invasion)."""
    if scope.tag_ != "VBG" or scope.dep_ != "pcomp":
        return False
    prep = scope.head
    noun = prep.head
    lemma = noun.lemma_.lower()
    if lemma == "cost" and prep.lower_ != "of":
        return False  # "Russia paid a heavy cost for invading Ukraine": the act was done
    return prep.lower_ in ("for", "of", "against", "behind") and noun.pos_ == "NOUN" and lemma in ARGUMENT_NOUNS


def _clause_verb(trigger: Token) -> Token:
    """The verb of the clause ``trigger`` belongs to: itself, or the verb a bare coordinated verb or an
    infinitive hangs on ("stopped buying": "stopped")."""
    node = trigger
    for _ in range(_MAX_STEPS):
        if node.dep_ in ("conj", "xcomp") and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head
            continue
        break
    return node


def wished_past(trigger: Token) -> bool:
    """True when ``trigger`` is in a past-tense clause that states what is wished, not what was done (round
    thirty-one): "It is (high, about) time Europe stopped buying Russian gas", "It is time Washington recognised
    Somaliland" (the past subjunctive after "time"), and a free-standing "if" clause, "If only Washington had armed
    Ukraine in 2021." (a wish with no main clause)."""
    verb = _clause_verb(trigger)
    if verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    if verb.dep_ not in ("ccomp", "advcl", "relcl", "acl") or verb.tag_ not in ("VBD", "VBN"):
        return False
    host = verb.head
    if any(c.dep_ == "npadvmod" and _wish_time(c) for c in verb.children) and host.lemma_.lower() == "be":
        return True  # "It is time Washington recognised Somaliland": the parser hangs "time" on the wished act
    if host.lower_ == "time":
        return _wish_time(host) and host.head.lemma_.lower() == "be"
    if host.lemma_.lower() != "be":
        return False
    for child in host.children:
        if child.dep_ in ("attr", "npadvmod", "nsubj") and _wish_time(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "about" and any(
                g.dep_ == "pobj" and _wish_time(g) for g in child.children):
            return True
    return False


def _wish_time(word: Token) -> bool:
    """ "time" as in "it is (high) time": no article or ordinal ("the first time China had sent bombers", "by the
    time Israel struck" date a real act)."""
    return word.lower_ == "time" and not any(c.dep_ in ("det", "poss", "nummod") or c.lower_ in (
        "first", "last", "second", "only", "next", "same") for c in word.children)


def anyones_act(scope: Token) -> bool:
    """True when the doer of ``scope``'s clause is "anyone" or "anybody": "Did anyone in Israel's war cabinet stop to
    ask what would become of the foreigners?", "Has anybody in Brussels read the treaty?" ask whether there was any
    doer at all (rhetorically: there was none); no actor's act is reported."""
    verb = _clause_verb(scope)
    for _ in range(_MAX_STEPS):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("xcomp", "advcl") \
                or verb.head.i == verb.i:
            break
        verb = verb.head  # "stop to ask": the doer of "stop" asks
    return any(c.dep_ == "nsubj" and c.lower_ in ("anyone", "anybody") for c in verb.children)


def _every_time(word: Token) -> bool:
    """ "whenever", or "every time" / "each time"."""
    if word.lower_ == "whenever":
        return True
    return word.lower_ == "time" and any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in word.children)


def _present_simple_clause(verb: Token) -> bool:
    """A clause in the present simple: "strikes", "hold" (no auxiliary, not a past form)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def whenever_habit(scope: Token) -> bool:
    """True when ``scope``'s clause is in the present simple and is a "whenever" ("every time", "each time") clause or
    the host of one: "Pyongyang fires a missile whenever Seoul and Washington hold drills", "Whenever Israel strikes
    Syria, Iran protests", "Every time Kyiv asks for missiles, Washington hesitates" state a pattern, no event. In the
    past ("whenever Israel struck, Iran protested") or with a modal, the clause is left to the other rules."""
    verb = _clause_verb(scope)
    if verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head if verb.dep_ in ("dobj", "nsubj", "nsubjpass") else verb
    if not _present_simple_clause(verb):
        return False
    if any(c.dep_ in ("advmod", "npadvmod", "mark") and _every_time(c) for c in verb.children):
        return True  # the "whenever" clause itself
    if verb.dep_ == "relcl" and _every_time(verb.head):
        return True  # "every time Kyiv asks"
    for child in verb.children:
        if child.dep_ in ("advcl", "relcl") and any(
                c.dep_ in ("advmod", "mark") and c.lower_ == "whenever" for c in child.children):
            return True  # the host of a "whenever" clause
        if child.dep_ == "npadvmod" and _every_time(child):
            return True  # the host of "every time ..."
    return False

