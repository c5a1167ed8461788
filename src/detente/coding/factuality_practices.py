"""Practices, characterisations and judgements of degree that long sentences state as background (round twenty-six).

Long-form features describe actors by what they do as a rule ("the Baloch insurgents who attack them", "Iran, which
arms the Houthis"), by a practice repeated each year ("Each year, the General Assembly votes to condemn the
embargo"), by a standing now set against a former act ("Ethiopia, which once sent troops to Somalia, now threatens
its government") and by how much an act matters ("stressed how much prisoner exchanges mattered"). None of these
reports an event; each test reads a cue of English grammar, so a report in the same words without it (a past tense,
a date, a plain subject) keeps its event. docs/factuality.md, "Round twenty-six".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.clauses import ACTOR_ENTITIES

__all__ = [
    "characterising_relative", "degree_clause", "fronted_rate", "now_after_once", "reduced_relative",
    "characterising_present", "scheduled_relative", "pattern_after_colon", "PATTERN_NOUNS",
]

RATE_UNITS = frozenset({"day", "night", "week", "month", "year", "spring", "summer", "autumn", "fall", "winter",
                        "morning", "evening", "weekend", "session", "anniversary", "election", "cycle"})
"""Time units and recurring occasions that "each" or "every" makes a rate ("Each year, ...", "Every summer, ...")."""
ANCHOR_WORDS = frozenset({"now", "today", "tonight", "tomorrow", "yesterday", "next", "last", "this", "soon",
                          "recently", "just", "currently", "again"})
"""Words that tie a present clause to the news of the day ("who arrives in Kyiv today", "which now threatens")."""
DEGREE_PREDICATES = frozenset({"be", "matter", "count", "remain", "seem", "appear", "prove", "become", "mean"})
"""Predicates of a "how much / how important X was" clause: the clause weighs X, it does not report it."""


def fronted_rate(sent: Span) -> bool:
    """True when the sentence opens with a rate ("Each year, ...", "Every spring, ...", "Every election cycle,
    ...") hung on its main clause and the main clause is not in a past tense: a practice repeated, not the news
    ("Each year, the General Assembly votes to condemn the American embargo on Cuba"). "Every day last week, Russia
    shelled Kharkiv" is past and reports the shelling."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in ("each", "every") or first.dep_ != "det":
        return False
    unit = first.head
    if unit.lemma_.lower() not in RATE_UNITS or unit.i - first.i > 2:
        return False
    if any(t.ent_type_ == "DATE" and t.lower_ in ANCHOR_WORDS for t in unit.subtree):
        return False  # "Every day last week"
    if any(t.lower_ in ("last", "this") for t in sent[unit.i - sent.start + 1:unit.i - sent.start + 3]):
        return False
    root = sent.root
    if root.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD")
                                          for c in root.children):
        return False
    return root.tag_ in ("VBZ", "VBP", "NNS", "NN") or root.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass") for c in root.children)


def characterising_relative(verb: Token) -> bool:
    """A present-simple relative clause on a named actor or a plural of actors with no time of its own ("the Baloch
    insurgents who attack them", "Iran, which arms the Houthis", "the militias that shell the border towns"): what
    the actor does as a rule, by which the sentence picks it out, not an act reported. A date or a word of the day
    ("who arrives in Kyiv on Monday", "which now threatens") ties the clause to the news and is left alone, and so is
    a progressive or a perfect (not a simple present)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    noun = verb.head
    if _object_relative(verb):
        # "the drones that Iran supplies to Russia", "the oil India buys from Russia": what is traded or sent as a
        # rule, picked out by the practice (round thirty)
        return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ANCHOR_WORDS for t in verb.subtree)
    if not (noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PROPN" or _named_body(noun, verb)
            or _predicated_kind(noun)):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False  # "the insurgents who attack them", not "the towns the militias shell" (an object relative)
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ANCHOR_WORDS for t in verb.subtree)


def _predicated_kind(noun: Token) -> bool:
    """A noun predicated of an actor by a present-tense copula ("Iran is the only country that openly arms the
    Houthis", "Qatar is the state that hosts Hamas's political office"): the relative clause says what kind of actor
    the subject is (round thirty-two)."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or noun.head.tag_ not in ("VBZ", "VBP"):
        return False
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "NORP", "ORG"))


def _object_relative(verb: Token) -> bool:
    """A relative clause whose head noun is the verb's object ("that Iran supplies", "which Guyana administers", "the
    shells North Korea ships"), with a named subject of its own."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ in ("WP", "WDT", "PRP"):
        return False
    subject = subjects[0]
    if not (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "NORP", "ORG")):
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return False  # "the countries that Russia accuses of ...": the head is not the object
    return verb.head.pos_ == "NOUN" and verb.head.i < verb.i


def _named_body(noun: Token, clause: Token) -> bool:
    """A common noun heading a name, set off by a comma before its relative clause ("The Wagner group, which fights
    alongside Mali's army", "the Houthi movement, which controls Sanaa"): a named actor (round thirty)."""
    if noun.tag_ != "NN" or clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ in ("compound", "amod") and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "NORP"))
               for c in noun.children)


def now_after_once(verb: Token) -> bool:
    """A present simple with "now" in a sentence that sets it against a former act ("Ethiopia, which once sent troops
    to Somalia, now threatens its government", "Turkey, once Assad's patron, now backs the rebels"): a standing
    described by its change, as "once" describes the former one, not an act of the day."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "now" and c.i < verb.i for c in verb.children):
        return False
    sent = verb.sent
    return any(t.lower_ in ("once", "formerly") and t.dep_ in ("advmod", "amod") and t.i < verb.i
               and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("again", "more")) for t in sent)


def degree_clause(noun: Token) -> bool:
    """A nominal act as the subject of a clause opened by "how" with a word of degree ("stressed how much prisoner
    exchanges between Russia and Ukraine mattered", "how important the ceasefire between Israel and Hezbollah was"):
    the clause weighs the act, it does not report it."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lemma_.lower() not in DEGREE_PREDICATES:
        return False
    first = verb.left_edge
    if first.lower_ != "how" or first.i + 1 >= noun.i:
        return False
    degree = first.doc[first.i + 1]
    return degree.tag_ in ("JJ", "RB", "JJR", "RBR") and degree.i < noun.left_edge.i + 2


def reduced_relative(child: Token) -> bool:
    """A past participle hung on a noun ("talks in Ankara brokered by Turkey's president", "negotiations held in
    Doha", "the proposal drafted by France"): a fact about the noun's own occasion, not what the noun of talk, plan or
    wish is about."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in child.children) and child.head.pos_ == "NOUN"


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def scheduled_relative(verb: Token) -> bool:
    """A present-simple relative clause dated to a day of the week ("Lavrov, who arrives in Ankara on Monday", "the
    summit, which opens in Baku on Thursday"): news English puts a scheduled act in the present; it is still to come.
    A past ("who arrived on Monday") or a progressive is not here."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and child.lower_ in WEEKDAYS:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                p.dep_ == "pobj" and p.lower_ in WEEKDAYS for p in child.children):
            return True
    return False


LONG_SENTENCE = 18
"""Words from which a sentence is no headline: a long sentence in the simple present describes (round twenty-six)."""
NEWS_ANCHORS = frozenset({"today", "tonight", "tomorrow", "yesterday", "this", "next", "last", "again", "just",
                          "soon", "later"})
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "deny", "claim", "state", "insist",
                             "warn", "add", "note", "write", "argue", "estimate", "show", "suggest", "believe"})
"""Verbs of saying and finding: "Kyiv says Russia fired 40 drones overnight" is news told in the present."""


def characterising_present(verb: Token) -> bool:
    """The main verb of a long sentence (not a headline) in the simple present with no time of its own ("Iran arms
    the Houthis, funds Hezbollah and trains Shia militias in Iraq, giving Tehran reach across the region ...",
    "Qatar funds Hamas's government in Gaza with Israel's blessing, a policy that critics now blame ..."): the
    writer describes how things stand, as explainers and features do; news is told in the past, and a headline's
    present is short. A verb of saying ("Kyiv says Russia fired ..."), a date or a word of the day ("today", "this
    week", "again") keeps the clause a report."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    sent = verb.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < LONG_SENTENCE or sent[-1].text not in (".", "\u201d", '"'):
        return False
    if verb.lemma_.lower() in REPORTING_VERBS or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _named_actor(subject):
        return False  # "The decision follows Russia's missile attack on Odesa": news told about another act
    stack = [c for c in verb.children if c.dep_ not in ("conj", "advcl", "ccomp", "relcl", "acl", "parataxis")]
    while stack:
        tok = stack.pop()
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in NEWS_ANCHORS:
            return False
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return True




PATTERN_NOUNS = frozenset({"pattern", "script", "playbook", "routine", "cycle", "ritual", "formula", "template",
                           "sequence", "choreography", "drill", "dance"})
"""Nouns that announce, before a colon, the steps of a recurring pattern ("The pattern is familiar: Iran seizes a
tanker, Washington protests, ...", "The playbook never changes: ...", "It is a well-worn script: ...")."""


def pattern_after_colon(verb: Token) -> bool:
    """A clause in the simple present after a colon whose clause before it is about a pattern, script or routine
    ("The pattern is familiar: Iran seizes a tanker, Washington protests, and the ship is released months later"): the
    steps of what happens as a rule, not acts reported (round thirty-two). A past tense after the colon ("The pattern
    held: Iran seized a tanker on Monday") tells an occasion and is left alone."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ not in ("VBZ", "VBP") and not (verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in verb.children):
        return False
    sent = verb.sent
    colon = next((t for t in sent if t.text in (":", "\u2014", "--") and t.i < verb.i), None)
    if colon is None:
        return False
    return any(t.lemma_.lower() in PATTERN_NOUNS and t.dep_ in ("nsubj", "attr", "nsubjpass")
               for t in sent[:colon.i - sent.start])


def _named_actor(subject: Token) -> bool:
    """A subject that names an actor ("Iran", "The Wagner group", "Turkey's army"), not an act or a measure ("The
    decision", "The sanctions")."""
    return subject.pos_ == "PROPN" or subject.ent_type_ in ACTOR_ENTITIES or any(
        c.dep_ in ("compound", "poss", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTITIES)
        for c in subject.children)
