"""Carry-over of "it", "its", "they", "their" to a country, organisation or group (stage 3, actors).

Conservative: a pronoun takes the subject of the clause that governs it ("Iran said it would...",
"Russia withdrew its troops"), else the main subject of the previous sentence or the one before, and only
when that subject is an actor mention of the right kind and number; anything else leaves it unresolved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from detente.actors.knowledge_base import KnowledgeBase
from detente.actors.names import name_key
from detente.records import ResolvedActor

SUBJECT_PRONOUNS: dict[str, str] = {"it": "singular", "they": "plural"}
POSSESSIVE_PRONOUNS: dict[str, str] = {"its": "singular", "their": "plural"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose "it" subject is usually expletive or a thing ("it is unclear", "it seems", "it took").
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "take", "cost", "happen", "mean"})
# ... and verbs whose "it" is expletive only before a clause ("it remains unclear whether...").
_CLAUSE_EXPLETIVE_HEADS = frozenset({"remain", "become"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
# Dependencies through which a clause may take its subject's referent from a governing clause.
_CLIMB_DEPS = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj", "iobj", "poss", "attr",
                         "npadvmod", "acl", "amod", "compound", "nmod", "appos", "dative", "oprd"})
_MAX_CLIMB = 8

# number(mention) -> "singular", "plural", "either" (groups: "Hamas said it", "the Houthis said they"),
# or None (persons, places: never "it"/"they" here).
NumberOf = Callable[[ResolvedActor], str | None]


def is_referring(token: Token) -> bool:
    """True when ``token`` is a subject "it"/"they" or a possessive "its"/"their" that may refer to an actor."""
    word = token.lower_
    if word in POSSESSIVE_PRONOUNS:
        return token.dep_ == "poss"
    if word not in SUBJECT_PRONOUNS or token.dep_ not in _SUBJECT_DEPS:
        return False
    if word == "it":
        head = token.head
        lemma = head.lemma_.lower()
        if lemma in _EXPLETIVE_HEADS:
            return False  # "It is unclear whether...", "it seems"
        if lemma in _CLAUSE_EXPLETIVE_HEADS and any(
                c.dep_ in _CLAUSE_DEPS for t in (head, *head.children) for c in t.children):
            return False  # "It remains unclear whether..."
        if token.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in head.children):
            return False  # "It is expected that Iran will..."
    return True


def antecedent(doc: Doc, token: Token, sentences: list[Span], sentence: int,
               by_token: Mapping[int, ResolvedActor], number_of: NumberOf) -> tuple[ResolvedActor, str] | None:
    """The actor mention ``token`` (a pronoun accepted by :func:`is_referring`) refers to, and how found.

    Args:
        doc: the article.
        token: the pronoun.
        sentences: the article's sentences, in order.
        sentence: the index of the pronoun's sentence.
        by_token: the mentions resolved so far, by token index.
        number_of: the grammatical number of a mention (see ``NumberOf``).
    """
    word = token.lower_
    wanted = SUBJECT_PRONOUNS.get(word) or POSSESSIVE_PRONOUNS[word]
    subject, blocked = _governing_subject(token)
    if blocked:
        return None
    if subject is not None:
        found = _actor_subject(subject, by_token, number_of, wanted)
        if found is None or _rival_above(subject, token, found, by_token, number_of, wanted):
            return None
        return found, "the subject of the governing clause"
    # The pronoun's clause is the sentence's main clause: a compatible actor earlier in the same sentence
    # makes it ambiguous ("After talks with Iran, it said..."); otherwise look back one or two sentences.
    start = sentences[sentence].start
    earlier = (by_token.get(i) for i in range(start, token.i))
    if any(m is not None and _agrees(m, number_of, wanted) for m in earlier):
        return None
    for back in (1, 2):
        if sentence - back < 0:
            return None
        root = sentences[sentence - back].root
        if any(c.dep_ == "mark" for c in root.children):
            return None  # a subordinate clause standing as a sentence ("That a new regime suspends...")
        subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
        if not subjects:  # "There is plenty that Iran can offer Russia. It already supplied...":
            subjects = [t for t in sentences[sentence - back] if t.dep_ in _SUBJECT_DEPS]
            if not subjects:  # the clauses' subjects, when they are all one actor
                continue
            actors = [_mention_at(t, by_token) for t in subjects]
            if None in actors or len({m.actor_code for m in actors if m is not None}) != 1:
                return None
        mention = _mention_at(subjects[0], by_token)
        if mention is None:
            return None  # a subject that is not an actor ("The deal collapsed. It...")
        if any(c.dep_ == "conj" for c in subjects[0].children):
            return None  # "Russia and China said... They"
        if _agrees(mention, number_of, wanted):
            if wanted == "plural" and _other_plural(sentences[sentence - back], mention, by_token, number_of):
                return None  # "Iranian officials met Saudi officials. They agreed...": both, or either
            where = "the previous sentence" if back == 1 else "the sentence before the previous one"
            return mention, f"the subject of {where}"
    return None


def _governing_subject(token: Token) -> tuple[Token | None, bool]:
    """The subject of the nearest clause above ``token`` that precedes it, and whether the search was blocked.

    A possessive looks at its own clause first ("Russia withdrew its troops"); a subject pronoun starts
    above its own clause ("Iran said it would"). Crossing a coordination of clauses blocks the search
    ("Hamas attacked Israel and it responded" is ambiguous), and so does any other link that the search
    does not climb: only a pronoun of the main clause may look back to earlier sentences.
    """
    node = token.head if token.dep_ == "poss" else token
    own_clause = token.dep_ != "poss"
    for _ in range(_MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX") and not own_clause:
            for child in node.children:
                if child.dep_ in _SUBJECT_DEPS and child.i < token.i and not _contains(child, token):
                    return child, False
        if node.pos_ in ("VERB", "AUX"):
            own_clause = False
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return None, False
        if node.dep_ not in _CLIMB_DEPS and node.dep_ not in _SUBJECT_DEPS:
            return None, True  # a coordinated clause, a relative clause...: not the main clause
        node = node.head
    return None, True


def _rival_above(subject: Token, token: Token, found: ResolvedActor, by_token: Mapping[int, ResolvedActor],
                 number_of: NumberOf, wanted: str) -> bool:
    """A clause above the one that gave ``found`` has another compatible actor as its subject:
    "Iran would retaliate if Israel attacked its oil facilities" is ambiguous."""
    node = subject.head
    for _ in range(_MAX_CLIMB):
        if node.dep_ in ("ROOT", "conj") or node.head.i == node.i:
            return False  # a coordinated clause has its own subject ("..., and Hezbollah said it fired")
        node = node.head
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and not _contains(child, token):
                other = _mention_at(child, by_token)
                if other is not None and other.actor_code != found.actor_code and _agrees(other, number_of, wanted):
                    return True
    return False


def _other_plural(sentence: Span, subject: ResolvedActor, by_token: Mapping[int, ResolvedActor],
                  number_of: NumberOf) -> bool:
    """Another actor of the sentence could be "they" too (a different code, plural or either)."""
    seen = (by_token.get(i) for i in range(sentence.start, sentence.end))
    return any(m is not None and m.actor_code != subject.actor_code and _agrees(m, number_of, "plural")
               for m in seen)


def _contains(head: Token, token: Token) -> bool:
    return head.left_edge.i <= token.i <= head.right_edge.i


def _mention_at(subject: Token, by_token: Mapping[int, ResolvedActor]) -> ResolvedActor | None:
    mention = by_token.get(subject.i)
    if mention is None:
        return None
    return mention if mention.head == subject.i or mention.token_end - 1 == subject.i else None


def _actor_subject(subject: Token, by_token: Mapping[int, ResolvedActor], number_of: NumberOf,
                   wanted: str) -> ResolvedActor | None:
    if any(c.dep_ == "conj" for c in subject.children):
        return None
    mention = _mention_at(subject, by_token)
    return mention if mention is not None and _agrees(mention, number_of, wanted) else None


def _agrees(mention: ResolvedActor, number_of: NumberOf, wanted: str) -> bool:
    number = number_of(mention)
    return number is not None and number in (wanted, "either")


def mention_number(mention: ResolvedActor, doc: Doc, kb: KnowledgeBase) -> str | None:
    """Grammatical number of an actor mention for "it"/"they" (None: a person or a place).

    Country names are singular ("the United States ... it"), plural demonyms and plural sector words
    plural ("the Russians", "Iranian officials"); groups and groupings take either ("Hamas said it",
    "the Houthis said they").
    """
    if mention.kind == "igo":
        return "singular"
    if mention.kind in ("group", "grouping"):
        return "either"
    if mention.kind != "country":
        return None
    head = doc[mention.head]
    word = head.lower_
    if word in SUBJECT_PRONOUNS or word in POSSESSIVE_PRONOUNS:
        return SUBJECT_PRONOUNS.get(word) or POSSESSIVE_PRONOUNS[word]
    if mention.sector is None:
        entries = kb.entries(name_key(mention.mention))
        plural = bool(entries) and entries[0].kind == "demonym" and mention.mention.endswith("s")
        return "plural" if plural else "singular"
    return "plural" if head.tag_ in ("NNS", "NNPS") else "singular"
