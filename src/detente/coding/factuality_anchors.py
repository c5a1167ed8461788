"""Acts long-form writing names as a former past or as play, not as the news (round twenty-five).

Features and explainers describe their actors by what they once did: "Turkey once backed the rebels" sums up a past
the writer assumes; and sport borrows the words of war: "Spain's footballers laid siege to the English goal" is a
match, not a siege. Each test looks for the cue in the sentence's grammar (the adverb "once" between subject and
verb, a subject named by a sport), so a report in the same words without it ("Russia once again struck Kharkiv",
"Spain's navy laid siege to the port") stays an event (docs/factuality.md, "Round twenty-five").

Tried and left: an act after "after / since" measured by years ("Eight years after Myanmar's army drove 700,000
Rohingya into Bangladesh, ...") is coded by the gold set as an event, so a time anchor stays one.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["formerly", "sports_side"]

NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "describe", "term", "liken", "compare", "say"})
"""Verbs of calling someone something: what a subject once called another is a view it stated, which is coded as a
statement whatever its date ("Erdogan met Netanyahu, a leader he once called a terrorist"), as the gold codes views
in relative clauses ("the man he now calls a war criminal")."""


def formerly(verb: Token) -> bool:
    """True for an act in a simple past with the adverb "once" between its subject and itself ("Turkey once backed the
    rebels fighting Assad", "the Wagner group, whose fighters once marched on Moscow", "Erdogan, who once called
    Netanyahu a terrorist"): a past the writer sums up, not the news. "once again", "once more" repeat an act and are
    news ("Russia once again struck Kharkiv"); "once" opening a clause ("Once Russia withdrew, ...") is a conjunction,
    found by a subject after it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        # "Ethiopia, which once sent troops to Somalia to fight al-Shabaab": the purpose of a former act
        return formerly(verb.head)
    if not _past_tense(verb) or verb.lemma_.lower() in NAMING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return False
    for child in verb.children:
        if child.dep_ != "advmod" or child.lower_ != "once" or not subject.i < child.i < verb.i:
            continue
        after = verb.doc[child.i + 1] if child.i + 1 < len(verb.doc) else None
        if after is not None and after.lower_ in ("again", "more"):
            continue
        if any(c.lower_ in ("again", "more") for c in child.children):
            continue
        return True
    return False


def _past_tense(verb: Token) -> bool:
    """A simple or past-perfect past, active or passive ("backed", "was once ruled", "had once hosted")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ in ("VBZ", "VBP") for a in aux):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in aux))


SPORTS_PEOPLE = frozenset({
    "footballer", "cricketer", "athlete", "striker", "midfielder", "goalkeeper", "fencer", "boxer", "sprinter",
    "swimmer", "gymnast", "winger", "batsman", "batter", "pitcher", "tennis", "sportsman", "sportswoman", "olympian",
    "rugby", "football", "soccer", "cricket", "hockey", "basketball", "volleyball", "handball", "netball",
})
"""Words that name a person or team by a sport ("Spain's footballers", "India's cricketers", "the rugby team",
"Ukraine's fencer Olga Kharlan"): the acts of such a subject are play."""
TEAM_WORDS = frozenset({"player", "team", "squad", "side", "forward", "captain", "coach", "defender", "eleven"})
"""Words that name a person or team by a sport only when the sentence is about a game ("Argentina's players attacked
relentlessly after the break", "The Iranian team refused to sing the anthem before their match"): "regional
players", "the negotiating team" and "the Russian side" are the actors of politics."""
SPORT_WORDS = frozenset({
    "match", "tournament", "championship", "championships", "league", "olympics", "olympic", "stadium", "wicket",
    "wickets", "innings", "medal", "football", "soccer", "rugby", "cricket", "tennis", "hockey", "basketball",
    "volleyball", "fencing", "semi-final", "quarter-final", "semifinal", "quarterfinal", "goalkeeper", "striker",
    "footballer", "footballers", "kick-off", "shoot-out", "scoreline", "fixture",
})
"""Words that make a sentence a report of a game (not "final", "goal", "half" or "game", which politics uses too)."""


def sports_side(tok: Token) -> bool:
    """True when the act's subject is named by a sport ("Spain's footballers laid siege to the English goal",
    "Brazil's forwards bombarded the Serbian goal" in a match report): a player's or a team's act on the field is
    play, not an act of the country it represents. A coordinated verb takes its head's subject."""
    node = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _sport_named(subject)
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _sport_named(subject: Token) -> bool:
    """A subject noun named by a sport, itself or by a compound or apposition ("the football team", "Ukraine's fencer
    Olga Kharlan")."""
    words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "appos"))]
    if any(w.lemma_.lower() in SPORTS_PEOPLE or w.lower_ in SPORTS_PEOPLE for w in words):
        return True
    if not any(w.lemma_.lower() in TEAM_WORDS for w in words):
        return False
    return any(t.lower_ in SPORT_WORDS for t in subject.sent)
