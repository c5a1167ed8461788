"""Titles, recurrences and states that name acts without reporting them (stage 4; docs/factuality.md, "Round
twenty-two").

A news desk's feed carries more than reports: the titles of explainers and timelines ("Timeline: Russia's invasion
of Ukraine", "What we know about the Israeli strike on Iran"), the titles of books, films and reports quoted in a
sentence ('Her book, "How China Blockades Taiwan", became a bestseller'), generic statements of what happens each
time something else does ("Whenever Israel strikes Syria, Russia condemns the attack"), and states that have lasted
("The Israeli blockade of Gaza has lasted for seventeen years", "Venezuela is still subject to an American oil
embargo", "Hezbollah is backed by Iran"). None of them reports an act done on a day; each test here reads one such
form, and :func:`detente.coding.factuality_background.habitual` (a state or practice: no event) or
:func:`detente.coding.factuality_background.name_word` (a name or title: no event) applies it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "GENRE_LABELS",
    "late_subject",
    "span_of_acts",
    "enduring_subject",
    "explainer_topic",
    "quoted_title",
    "recurring",
    "regime_lived_under",
    "standing_backing",
]

GENRE_LABELS = frozenset({
    "timeline", "explainer", "factbox", "fact box", "q&a", "q & a", "analysis", "opinion", "comment", "editorial",
    "backgrounder", "profile", "fact check", "fact-check", "factcheck", "in depth", "in-depth", "key facts",
    "in pictures", "in charts", "in maps", "graphic", "graphics", "quiz", "obituary", "review", "what we know",
    "what to know", "the big picture", "long read", "essay", "podcast", "video", "watch", "listen",
})
"""Labels a desk puts before a colon to name a piece that explains, sums up or argues ("Timeline:", "Factbox:",
"Q&A:", "Analysis:"): the acts its title names are its topic, not news it reports. "Live updates:" and "Breaking:"
introduce reports and are not here."""
KNOWING_VERBS = frozenset({"know", "learn", "understand"})
"""Verbs of an explainer's title about an act ("What we know about the Israeli strike on Iran", "Everything you need
to know about the sanctions on Russia")."""


def explainer_topic(noun: Token) -> bool:
    """A nominal act in the title of an explainer or timeline: after a genre label and a colon ("Timeline: Russia's
    invasion of Ukraine", "Q&A: What Israel's strike on Iran means for oil markets"), or the topic of a present
    "know about" ("What we know about the Israeli strike on Iran"). Only nominal acts: a clause after the label may
    still report ("Analysis: Israel strikes Lebanon again" is left to the clause's own tests)."""
    sent = noun.sent
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is not None and colon.i < noun.i and 0 < colon.i - sent.start <= 4:
        label = sent.doc[sent.start:colon.i].text.lower().strip()
        if label in GENRE_LABELS and _title_phrase(noun, colon):
            return True
    if colon is not None and noun.i < colon.i and _rubric_topic(noun, colon):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "about":
        return False
    verb = prep.head
    return (verb.lemma_.lower() in KNOWING_VERBS and verb.tag_ in ("VB", "VBP", "VBZ")
            and any(t.lower_ in ("what", "everything", "all") for t in sent[:3]))


_WH_WORDS = frozenset({"what", "why", "how", "who", "where", "when", "which"})
RUBRIC_WORDS = frozenset({"latest", "live", "briefing", "updates", "update", "explained", "recap", "glance", "news",
                          "roundup", "round-up", "diary", "blog", "timeline", "factbox", "key"})
"""Words that close a desk's rubric before its colon ("Israel-Hamas war latest:", "Ukraine war briefing:", "Gaza
war explained:"), round twenty-nine."""


def _rubric_topic(noun: Token, colon: Token) -> bool:
    """A nominal act in a desk's rubric before the colon, the rubric closed by a rubric word ("Israel-Hamas war
    latest: what we know on day 200", "Ukraine war briefing: Kyiv braces for winter") or followed by a genre label
    ("Israel's strike on Iran: what we know"): the story's name, not a report (round twenty-nine). No finite verb may
    come before the colon ("Russia attacked Kyiv overnight: ..." reports)."""
    sent = noun.sent
    if colon.i - sent.start > 10:
        return False
    before = sent.doc[sent.start:colon.i]
    last = next((t for t in reversed(list(before)) if not t.is_punct), None)
    rubric_at = last.i if last is not None and last.lower_ in RUBRIC_WORDS else -1
    rubric = rubric_at >= 0
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX") and t.i != rubric_at for t in before):
        return False
    if rubric:
        return True
    after = " ".join(t.lower_ for t in sent.doc[colon.i + 1:min(colon.i + 5, sent.end)] if not t.is_punct)
    return any(after == label or after.startswith(label + " ") for label in GENRE_LABELS if " " in label)


def _title_phrase(noun: Token, colon: Token) -> bool:
    """The noun is named by the title after the label, not the subject or object of a clause that reports ("Analysis:
    Russia's invasion has reshaped Europe, the minister said" states a finding): no finite verb above it after the
    colon, unless the title is a wh-question of the explainer ("Q&A: What Israel's strike on Iran means")."""
    first = next((t for t in noun.doc[colon.i + 1:noun.i + 1] if not t.is_punct), None)
    if first is not None and first.lower_ in _WH_WORDS:
        return True
    node = noun
    while node.head.i != node.i:
        node = node.head
        if node.i > colon.i and node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return True


QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’", "``", "''"})
WORK_NOUNS = frozenset({
    "book", "film", "movie", "documentary", "report", "article", "essay", "paper", "study", "play", "song", "novel",
    "series", "show", "podcast", "exhibition", "column", "op-ed", "lecture", "album", "memoir", "title", "headline",
    "poem", "chapter", "bestseller", "programme", "program", "episode", "thesis", "dissertation", "textbook",
})
"""Works whose title may name an act: 'her book, "How China Blockades Taiwan"', 'the report "Russia's War on
Ukraine"'."""
TITLING_WORDS = frozenset({"titled", "entitled", "headlined", "headed", "subtitled"})
"""Participles that introduce a title ('a report titled "Israel's Siege of Gaza"'); "called" and "so-called" are not
here: 'Russia's so-called "special military operation"' names a real act."""


def quoted_title(tok: Token) -> bool:
    """An event word inside quotation marks that are the title of a work: the quoted words hang on a noun of
    :data:`WORK_NOUNS` (in apposition or as its name) or follow "titled / entitled". A quotation of what someone said
    ('"We will strike Iran," Netanyahu said') hangs on a verb of saying and is not a title."""
    sent = tok.sent
    opening = next((t for t in reversed(sent[:tok.i - sent.start]) if t.text in QUOTES), None)
    closing = next((t for t in sent[tok.i - sent.start + 1:] if t.text in QUOTES), None)
    if opening is None or closing is None:
        return False
    inside = range(opening.i + 1, closing.i)
    before = sent.doc[opening.i - 1] if opening.i > sent.start else None
    if before is not None and (before.lower_ in TITLING_WORDS or before.lemma_.lower() in WORK_NOUNS):
        return True
    for word in sent.doc[opening.i + 1:closing.i]:
        head = word.head
        if head.i in inside or head.i == word.i:
            continue
        if head.lemma_.lower() in WORK_NOUNS or head.lower_ in TITLING_WORDS:
            return True
    return False


RECURRING_TIME_DETS = frozenset({"every", "each", "any"})


def _recurrence_mark(clause: Token) -> bool:
    """The clause opens with "whenever", "every time", "each time" or "any time"."""
    for child in clause.children:
        if child.lower_ == "whenever" and child.dep_ in ("advmod", "mark"):
            return True
        if child.dep_ in ("npadvmod", "advmod", "tmod", "mark") and child.lemma_.lower() == "time" and child.i < clause.i \
                and any(d.dep_ == "det" and d.lower_ in RECURRING_TIME_DETS for d in child.children):
            return True
    return False


def recurring(verb: Token) -> bool:
    """A generic statement of what happens each time: the clause opened by "whenever / every time / each time"
    ("Whenever Israel strikes Syria, ...") and the clause it is hung on ("..., Russia condemns the attack"). Neither
    reports one act; the sentence states a pattern."""
    if verb.dep_ in ("advcl", "ccomp") and _recurrence_mark(verb):
        return True
    return any(c.dep_ in ("advcl", "ccomp") and c.i < verb.i and _recurrence_mark(c) for c in verb.children) or any(
        c.dep_ == "advcl" and c.i > verb.i and _recurrence_mark(c) for c in verb.children)


ENDURING_VERBS = frozenset({"last", "persist", "endure", "hold"})
"""Verbs that, in a perfect with an act noun as subject, say the act has gone on or stood ("The blockade of Gaza has
lasted for seventeen years", "The ceasefire has largely held"): a state described, not an event."""


def enduring_subject(noun: Token) -> bool:
    """A nominal act as the subject of a perfect of :data:`ENDURING_VERBS` with no object ("The Israeli blockade of
    Gaza has lasted for seventeen years", "The truce between Israel and Hezbollah has largely held"). A simple past
    ("the siege lasted three days") sums up an act that may be news and is left alone, as is "has held talks"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ENDURING_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "obj") for c in verb.children)


REGIME_STATE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "blockade", "siege", "occupation", "ban",
                                "restriction", "restrictions", "curfew", "quarantine"})
"""Measures and conditions a country or a place lives under ("remains under Western sanctions", "is subject to an
American oil embargo", "Gaza, under Israeli blockade")."""
STATE_VERBS = frozenset({"be", "remain", "stay", "live", "languish", "suffer", "chafe", "struggle", "labour", "labor"})


def regime_lived_under(noun: Token) -> bool:
    """A measure named as a condition its subject lives in: the object of "under" or "subject to" after a verb of
    being ("Iran remains under heavy Western sanctions", "Venezuela is still subject to an American oil embargo",
    "Cuba has been under a US trade embargo for sixty years"). "was placed under sanctions" imposes them and is not
    here (its verb is no verb of being)."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in REGIME_STATE_NOUNS:
        return False
    prep = noun.head
    if prep.lower_ == "under":
        verb = prep.head
    elif prep.lower_ == "to" and prep.head.lower_ == "subject":
        verb = prep.head.head
    else:
        return False
    return verb.lemma_.lower() in STATE_VERBS


BACKING_PASSIVES = frozenset({"back", "support", "fund", "finance", "sponsor", "bankroll", "arm", "equip", "train",
                              "recognise", "recognize"})
"""Verbs whose present passive with an actor as subject describes a standing relation: "Hezbollah is backed by
Iran", "The Houthis are armed by Tehran", "Taiwan is recognised by 12 countries"."""
_CHANGE_WORDS = frozenset({"now", "newly", "finally", "formally", "officially", "today", "just", "first", "again",
                           "increasingly"})


def standing_backing(verb: Token) -> bool:
    """A present passive ("is backed", "are funded") of :data:`BACKING_PASSIVES` whose subject names an actor, with no
    word of change or date: a relation described ("Hezbollah is backed by Iran"), not an act reported. "was backed"
    and "has been backed" are left alone, and so is a proposal or a resolution as subject ("The resolution is
    backed by 50 states" may report the backing)."""
    if verb.lemma_.lower() not in BACKING_PASSIVES or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if [a.lower_ for a in aux] not in (["is"], ["are"]):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ in ("ORG", "GPE", "NORP")):
        return False
    tokens = [t for c in verb.children if c.dep_ not in ("advcl", "ccomp", "xcomp", "conj", "relcl")
              for t in c.subtree]
    return not any(t.lower_ in _CHANGE_WORDS or t.ent_type_ in ("DATE", "TIME") for t in tokens)


SPAN_HEADS = frozenset({"month", "year", "decade", "century", "generation"})
"""Plural spans that sum up the acts they count ("months of Russian bombardment", "years of war", "decades of
Israeli occupation"); "days of fighting" and "weeks of talks" may be this week's news and are not here."""


def span_of_acts(noun: Token) -> bool:
    """An act noun counted by a long span ("Mariupol was left in ruins by months of Russian bombardment", "decades of
    Israeli occupation"): many acts summed up as a state, not one reported."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    span = prep.head
    return span.pos_ == "NOUN" and span.tag_ == "NNS" and span.lemma_.lower() in SPAN_HEADS


_UNTIL_WORDS = frozenset({"until", "till", "before"})


def late_subject(verb: Token) -> bool:
    """A past act of a subject whose death the sentence itself names as the end of a span ("Islam Karimov, who ruled
    Uzbekistan from 1989 until his death, crushed all dissent", "Franco, in power until his death in 1975, ...") or
    who is "the late X": a life summed up, not news. A date on the act itself keeps it an event ("the late president
    visited Kyiv in May 2024" is left to the dated tests)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if any(c.dep_ == "amod" and c.lower_ == "late" and c.i < subject.i for c in subject.children) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return True
    parts = [c for c in subject.children if c.dep_ in ("relcl", "appos", "acl", "prep")]
    parts += [c for c in verb.children if c.dep_ == "prep" and subject.i < c.i < verb.i]  # "X, in power until ..."
    for part in parts:
        for tok in part.subtree:
            if tok.lemma_.lower() == "death" and tok.dep_ == "pobj" and tok.head.lower_ in _UNTIL_WORDS and any(
                    d.dep_ == "poss" for d in tok.children):
                return True
    return False
