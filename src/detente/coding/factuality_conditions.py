"""Conditions and occasions whose acts the sentence does not report as done (round thirty-two).

* **A denied inverted condition** (:func:`denied_inverted_condition`): "Had Biden not withdrawn from Afghanistan, the
  Taliban would not have taken Kabul", "Were Israel not to retaliate, Iran would strike again". The clause opened by
  "Had / Were / Should" before its subject with "not" supposes the act away; the act itself is taken for granted and
  the sentence reports neither it nor its absence (the DEV gold codes only the main clause of "Had Zelensky not backed
  down ..."). It is no event; before, the "not" made it `negated`, the opposite of what happened.
* **An occasion named by a time noun** (:func:`occasion_relative`): "Trump will lift sanctions the day Putin signs a
  ceasefire", "Israel will withdraw the moment Hamas frees the hostages": a present-simple relative clause on "the day
  / the moment / the minute ..." that dates a planned or supposed act is part of the plan, as a present-simple "once"
  or "when" clause is; it takes its host's label.
* **The act another reacts to** (:func:`reaction_topic`): "Beijing did not comment on the seizure of the Chinese vessel
  by Philippine coast guards", "Egypt did not mention the Israeli raid on Rafah", "Washington did not object to the
  Israeli strike on Iran": a definite event noun whose doer is named, as the topic of a verb of comment, reaction or
  judgement, is taken as having happened, whatever is said of the reaction ("India has not condemned Russia's
  invasion" codes the invasion asserted in the DEV gold); before, the reaction's denial reached the act.
* **An act kept from a further effect** (:func:`kept_from_doer`): "Israel's air defences prevented the Iranian attack
  from causing major damage", "The ceasefire stopped the Russian offensive from reaching Kharkiv": with a "from" gerund,
  the object of "prevent / stop / keep / block" is the one kept from acting, and it was there; a definite act noun
  there keeps its own reading (it was `negated`). Without "from" ("prevented an Iranian attack") nothing changes.
* **Another's act named as the object of a counterfactual question** (:func:`asked_counterfactual_object`): "Could
  Washington have prevented Hamas's attack on Israel?", "Might Europe have averted Russia's invasion?": what is asked
  is whether the subject could have acted; the owned act ("Hamas's attack") is taken as having happened.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["INVERTED_OPENERS", "OCCASION_NOUNS", "REACTION_VERBS", "asked_counterfactual_object",
           "denied_inverted_condition", "occasion_relative", "reaction_topic", "kept_from_doer"]

INVERTED_OPENERS = frozenset({"had", "were", "should"})
"""Auxiliaries that open an inverted condition: "Had X not ...", "Were X to ...", "Should X ..."."""
OCCASION_NOUNS = frozenset({"day", "moment", "minute", "instant", "second", "hour", "week", "month", "year", "night",
                            "morning", "time"})
"""Time nouns that, with "the" and a relative clause, name an occasion: "the day Putin signs", "the moment Hamas frees"."""
_MODALS = frozenset({"could", "would", "might", "should", "can", "may"})
_MAX_STEPS = 6
REACTION_VERBS = frozenset({
    "comment", "respond", "react", "reply", "mention", "address", "speak", "object", "protest", "condemn",
    "criticise", "criticize", "denounce", "welcome", "praise", "explain", "justify", "apologise", "apologize",
    "investigate", "acknowledge", "remark", "retaliate", "answer",
})
"""Verbs whose object or "on / to / about / for" phrase is an act already done that they take up: "did not comment on
the seizure", "has not reacted to the strike", "did not mention the raid", "did not object to the strike"."""
_TOPIC_PREPS = frozenset({"on", "to", "about", "for", "over"})


def denied_inverted_condition(scope: Token) -> bool:
    """True when ``scope`` is (or is the infinitive of) a clause opened by "Had", "Were" or "Should" before its subject
    and denied with "not": "Had Biden not withdrawn from Afghanistan, ...", "Were Israel not to retaliate, ..."."""
    clause = scope
    if clause.dep_ == "xcomp" and clause.head.lower_ in INVERTED_OPENERS:
        clause = clause.head  # "Were Israel not to retaliate": "Were" heads the parse
    opener = clause if clause.lower_ in INVERTED_OPENERS else next(
        (c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_OPENERS), None)
    if opener is None or opener.i != opener.sent.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.i < opener.i:
        return False
    if not any(t.dep_ == "neg" and t.lower_ in ("not", "n't", "never") and t.i < scope.i
               and t.head.i in (clause.i, scope.i) for t in opener.sent):
        return False
    # the condition is followed, after a comma, by its main clause
    return any(t.text == "," and t.i > scope.i for t in opener.sent)


def occasion_relative(trigger: Token) -> Token | None:
    """The host verb of the present-simple relative clause on a time noun that ``trigger`` heads (or is coordinated
    in): "signs" in "will lift sanctions the day Putin signs a ceasefire" -> "lift"; None otherwise."""
    node = trigger
    for _ in range(_MAX_STEPS):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "relcl" or node.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in node.children):
        return None
    noun = node.head
    if noun.lower_ not in OCCASION_NOUNS or noun.dep_ not in ("npadvmod", "pobj", "advmod", "dobj") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    host = noun.head
    for _ in range(2):
        # "from the day Putin signs" (a preposition), "will resume talks the week Moscow withdraws" (hung on the object)
        if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
            break
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return None
    return host


def asked_counterfactual_object(trigger: Token) -> bool:
    """True when ``trigger`` is an event noun owned by a named actor ("Hamas's attack") that is the object of a verb in
    the modal perfect ("could have prevented"), in a sentence that asks."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "pobj"):
        return False
    owner = next((c for c in trigger.children if c.dep_ == "poss" or (
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < trigger.i)), None)
    if owner is None or owner.tag_ == "PRP$" or owner.pos_ not in ("PROPN", "NOUN"):
        return False  # "the Hamas attack", "Hamas's attack"; not "its attack" (an imagined act of the subject's own)
    verb = trigger.head
    if trigger.dep_ == "pobj":
        verb = verb.head
    if verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
        return False
    first = verb.sent[0]
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children) or first.lower_ in _MODALS
    return modal and verb.sent.text.rstrip().rstrip("\"'”’)»").endswith("?")


def reaction_topic(trigger: Token) -> bool:
    """True when ``trigger`` is a definite event noun whose doer is named ("the Israeli raid", "the seizure ... by
    Philippine coast guards", "Russia's strike") and that is the object, or the "on / to / about / for / over" phrase,
    of a verb of comment, reaction or judgement (:data:`REACTION_VERBS`)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "pobj"):
        return False
    verb = trigger.head
    if trigger.dep_ == "pobj":
        if verb.lower_ not in _TOPIC_PREPS or verb.dep_ != "prep":
            return False
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REACTION_VERBS:
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ != "PRP$" for c in children):
        return False
    return any(c.dep_ == "poss" and c.tag_ != "PRP$"
               or c.dep_ in ("amod", "compound") and c.i < trigger.i and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                                         or c.pos_ == "PROPN")
               or c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
               for c in children)


_KEEPING_VERBS = frozenset({"prevent", "stop", "keep", "block", "bar", "deter", "restrain", "hold"})


def kept_from_doer(trigger: Token) -> bool:
    """True when ``trigger`` is a definite or owned event noun that is the object of "prevent / stop / keep ..." with
    a "from" gerund of its own ("prevented the Iranian attack from causing major damage")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in _KEEPING_VERBS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               or c.dep_ == "poss" for c in trigger.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and c.i > trigger.i
               and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)
