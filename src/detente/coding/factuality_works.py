"""Acts told by a work (stage 4, round twenty-nine): what a book, film or exhibition depicts is its topic.

"The documentary depicts Russia's siege of Mariupol", "A new film explores Israel's war with Hezbollah", "The novel
tells the story of Iraq's invasion of Kuwait", "The museum commemorates Japan's occupation of Korea", "A documentary
about Russia's invasion of Ukraine won an Oscar": the sentence is news about a work, and the act it names is the
work's subject, not an event the sentence reports (as a title names one: factuality_titles.py). A report, study or
investigation is different: what it documents is a finding the gold sets code as the reported event ("The UN report
documents Russian strikes on hospitals"), so only works of art, memory and story count here.
"""

from __future__ import annotations

from spacy.tokens import Token

STORY_WORKS = frozenset({
    "book", "film", "movie", "documentary", "docudrama", "novel", "play", "memoir", "memoirs", "biography", "series",
    "miniseries", "drama", "podcast", "exhibition", "exhibit", "museum", "memorial", "monument", "song", "album",
    "poem", "opera", "musical", "painting", "mural", "comic", "novella", "screenplay", "sitcom", "thriller",
})
"""Works of story, art and memory (not reports or studies, whose findings are reported events)."""
TELLING_VERBS = frozenset({
    "depict", "portray", "explore", "recount", "tell", "chronicle", "dramatise", "dramatize", "recreate", "revisit",
    "retell", "commemorate", "document", "trace", "show", "follow", "examine", "relive", "recall", "honour", "honor",
    "celebrate", "remember", "evoke", "centre", "center", "focus", "imagine", "reimagine",
})
"""Verbs by which a work tells its subject ("depicts the siege", "tells the story of the invasion")."""
TOPIC_PREPS = frozenset({"about", "on", "of"})
_MAX_STEPS = 8


def work_topic(tok: Token) -> bool:
    """True when ``tok`` (an act noun, or a verb) lies in what a work of story, art or memory tells: the object of a
    verb of telling whose subject is such a work ("The documentary depicts Russia's siege of Mariupol", "The novel
    tells the story of Iraq's invasion of Kuwait"), or the phrase that names a work's subject ("a documentary about
    Russia's invasion of Ukraine", "a film on the Soviet invasion of Afghanistan")."""
    node = tok
    for _ in range(_MAX_STEPS):
        head = node.head
        if head.i == node.i or node.dep_ in ("relcl", "advcl", "conj", "parataxis", "nsubj", "nsubjpass", "csubj"):
            return False
        if node.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and head.head.lemma_.lower() in STORY_WORKS \
                and head.head.pos_ == "NOUN":
            return True  # "a documentary about Russia's invasion"
        if node.dep_ == "pobj" and head.lower_ in ("about", "on") and head.head.lemma_.lower() == "be" \
                and _work_subject(head.head):
            return True  # "The play is about America's war in Vietnam"
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in TELLING_VERBS and node.dep_ in (
                "dobj", "obj", "prep", "xcomp", "ccomp", "pcomp", "oprd") and _work_subject(head):
            return True  # "The documentary depicts Russia's siege of Mariupol"
        node = head
    return False


def _work_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in STORY_WORKS
               for c in verb.children)
