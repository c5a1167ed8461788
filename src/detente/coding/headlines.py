"""Headlines with no verb the parser found (stage 4): "Russia, Ukraine swap prisoners".

Headlines write "and" as a comma and put the verb in its bare present form, which is also a noun ("swap",
"exchange", "trade", "strike"). The parser then reads the whole line as one noun phrase: the first name as the
root, the second name and the verb as compounds of the object ("Ukraine swap prisoners" in apposition to
"Russia"), and no clause is left for the coder to read. Repairing the one clause such a line can be — two names
acting together, the bare verb, its object — gives the lexicon the verb and object it reads everywhere else.

The repair is a copy of the sentence with the clause's arcs (the original parse is left as it is: actors were
resolved on it); the candidates found on the copy are mapped back to the sentence's own tokens.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from detente.coding.candidate import Candidate
from detente.coding.verbs import Lexicon

_NAME_TAGS = frozenset({"NNP", "NNPS"})


def repaired_headline(sent: Span, lexicon: Lexicon) -> Span | None:
    """The sentence reparsed as the clause "A and B <verb> <object> ..." when it is a verbless headline "A, B <verb>
    <object> ..." (or "A and B ...") whose verb the lexicon knows, else None.

    The shape is strict: the sentence has no clause (a verb read as a compound is none); it opens with a name, a
    comma or "and", and a second name; the word
    after the second name is a bare singular common noun (a headline's plural-subject verb has no -s, so "Iran, US
    talks" is a noun phrase) that is a verb in the lexicon and is read as a compound of the noun after it, which is
    its object ("swap prisoners", "exchange fire"). "Russia, Ukraine prisoner swap" and "China, US trade war" with no
    pattern for the pair name no clause and stay as they are."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" for t in sent):
        return None
    toks = list(sent)
    first_end = _name_end(toks, 0)
    if first_end is None or first_end + 1 >= len(toks) or toks[first_end].lower_ not in (",", "and"):
        return None
    second_end = _name_end(toks, first_end + 1)
    if second_end is None or second_end + 1 >= len(toks):
        return None
    verb = toks[second_end]
    obj = verb.head
    if (verb.tag_ not in ("NN", "VB", "VBP") or verb.dep_ != "compound" or obj.i <= verb.i
            or obj.pos_ not in ("NOUN", "PROPN") or not lexicon.has_verb(verb.lemma_.lower())
            or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in verb.children)):
        return None
    first = _name_head(toks[:first_end])
    second = _name_head(toks[first_end + 1:second_end])
    if first is None or second is None:
        return None
    return _rebuilt(sent, verb, obj, first, second, first_end, second_end)


def repaired_reduced_clause(sent: Span, lexicon: Lexicon) -> Span | None:
    """The sentence reparsed with its noun as the subject of the participle after it, when the parser read a
    headline's or a short report's "<noun phrase> <verb>-ed ..." as one noun phrase ("Indian and Chinese troops
    disengaged from the Galwan Valley": "troops" the root, "disengaged" a relative clause on it), else None.

    Only an intransitive reading is repaired: the participle's lexicon pattern takes no object, so the noun cannot
    be what was acted on ("Protesters killed in Yangon", a passive, is left as it is); the sentence has no other
    clause, and the participle follows the noun phrase with no auxiliary, subject or object of its own."""
    root = sent.root
    clauses = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ != "compound"]
    if root.pos_ not in ("NOUN", "PROPN") or len(clauses) != 1:
        return None
    verb = clauses[0]
    if (verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in ("VBD", "VBN") or verb.i != root.i + 1
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "mark") for c in verb.children)):
        return None
    match = lexicon.match_verb(verb)
    if match is None or match.pattern.objects:
        return None

    def arc(tok: Token) -> tuple[Token, str]:
        if tok.i == verb.i:
            return verb, "ROOT"
        if tok.i == root.i:
            return verb, "nsubj"
        if tok.head.i == root.i and tok.i > verb.i:
            return verb, tok.dep_  # a closing stop or a phrase the parser hung on the noun
        return tok.head, tok.dep_

    return _copy(sent, arc, {verb.i: ("VERB", "VBD")})


QUESTION_MODALS = frozenset({"will", "would", "could", "can", "should", "might", "may", "must"})
LOOSE_OBJECTS = frozenset({"npadvmod", "dobj", "appos", "attr"})
"""How the parser hangs the object on a verb it read as a root noun ("Will Washington sanction Turkey?")."""


def repaired_modal_question(sent: Span, lexicon: Lexicon) -> Span | None:
    """The sentence reparsed as "<modal> <name> <verb> <object> ...?" when the parser read the bare verb after the
    question's name subject as a modifier of the object ("Will Beijing mass forces across the Taiwan Strait?": "mass"
    an adjective of "forces", the name the root; "Could Belgrade mass troops on Kosovo's border?": the modal the root,
    "mass troops" its subject), else None (nineteenth round).

    The shape is strict: a question that opens with a modal and a name (with "the" before it), then a word that the
    lexicon knows as a verb, tagged as an adjective or noun and hung on the noun after it as a modifier; the name and
    the modal hold no verb of their own. English puts a bare verb there and nothing else: a name is no determiner,
    so "Will Beijing mass forces" has no noun phrase "Beijing mass forces". The same holds when the word is read as
    the root noun with the name as its compound and the object loose after it ("Will Washington sanction
    Turkey?")."""
    toks = list(sent)
    if len(toks) < 4 or toks[0].lower_ not in QUESTION_MODALS or toks[0].tag_ != "MD" or toks[-1].text != "?":
        return None
    name_end = _name_end(toks, 1)
    if name_end is None or name_end + 1 >= len(toks):
        return None
    verb = toks[name_end]
    subject = _name_head(toks[1:name_end])
    # "Will Washington sanction Turkey?": the verb read as the root noun, the name its compound, the object loose
    rooted = verb.dep_ == "ROOT" and subject is not None and subject.head.i == verb.i
    obj = next((c for c in verb.children if c.i > verb.i and c.dep_ in LOOSE_OBJECTS), verb) if rooted else verb.head
    if (subject is None or verb.pos_ not in ("ADJ", "NOUN") or (verb.dep_ not in ("amod", "compound") and not rooted)
            or obj.i != verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN") or not lexicon.has_verb(verb.lemma_.lower())
            or sent.root.i not in (toks[0].i, subject.i, obj.i, verb.i)):
        return None
    name_words = {t.i for t in toks[1:name_end]}
    root = sent.root

    def arc(tok: Token) -> tuple[Token, str]:
        if tok.i == verb.i:
            return verb, "ROOT"
        if tok.i == toks[0].i:
            return verb, "aux"
        if tok.i == subject.i:
            return verb, "nsubj"
        if tok.i in name_words:
            return (tok.head, tok.dep_) if tok.head.i in name_words else (subject, "compound")
        if tok.i == obj.i:
            return verb, "dobj"
        if tok.head.i == root.i or tok.head.i == toks[0].i:
            return verb, tok.dep_  # "again", "if tensions flare", the question mark: on the clause
        return tok.head, tok.dep_

    return _copy(sent, arc, {verb.i: ("VERB", "VB")})


def repaired_finite_modifier(sent: Span) -> Span | None:
    """The sentence reparsed as "<noun phrase> <verb>-ed <object>" when the parser, finding no verb, read the finite
    verb as a modifier of the name after it and the name before it as that name's compound ("Netanyahu's trip to
    Washington angered Tehran": "trip" the root, "angered Tehran" the object of "to"), else None (twenty-third round).

    A past-tense form (tagged VBD, not a participle) modifies no noun; the sentence has no other verb, the name before
    it hangs on the name after it, and that name is a preposition's object inside the root noun's phrase: the name
    before the verb ends the phrase, and the verb is the sentence's, with the root noun for subject."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") or t.tag_ == "VBD"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    obj = verb.head
    if verb.tag_ != "VBD" or verb.dep_ != "amod" or obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN") \
            or obj.dep_ != "pobj" or verb.i == sent.start:
        return None
    name = sent.doc[verb.i - 1]
    prep = obj.head
    if name.tag_ not in _NAME_TAGS or name.head.i != obj.i or name.dep_ not in ("compound", "nmod") \
            or prep.head.i != root.i:
        return None

    def arc(tok: Token) -> tuple[Token, str]:
        if tok.i == verb.i:
            return verb, "ROOT"
        if tok.i == root.i:
            return verb, "nsubj"
        if tok.i == name.i:
            return prep, "pobj"
        if tok.i == obj.i:
            return verb, "dobj"
        if tok.head.i == obj.i and tok.i < verb.i:
            return name, tok.dep_  # the words of the name before the verb
        if tok.head.i == root.i and tok.i > obj.i:
            return verb, tok.dep_  # the closing stop, a phrase after the object
        return tok.head, tok.dep_

    return _copy(sent, arc, {verb.i: ("VERB", "VBD")})


def repaired_name_subject(sent: Span, lexicon: Lexicon) -> Span | None:
    """The sentence reparsed as "<Name> <verb>-ed <object> ..." when the parser read a sentence-initial name that is
    also an English word as the root noun and the past verb after it as an adjective of the object ("Trump imposed
    tariffs on Chinese steel": "Trump" the root, "imposed" a modifier of "tariffs"; "Trump fired missiles at Syria"),
    else None (twenty-seventh round).

    The shape is strict: the sentence opens with a capitalised word (with no determiner) that is the root, a noun or
    name, and the next word is a finite past verb the lexicon knows (tagged VBD, or VBN with no auxiliary), read as a
    modifier of a noun after it that hangs on the root; a past-tense form modifies no noun, and a bare name before it
    is its subject."""
    toks = list(sent)
    if len(toks) < 3:
        return None
    name, verb = toks[0], toks[1]
    root = sent.root
    obj = verb.head
    if (root.i != name.i or not name.text[:1].isupper() or name.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in ("det", "poss") for c in name.children)
            or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "compound") or not verb.text.islower()
            or obj.i <= verb.i or obj.head.i != name.i or obj.pos_ not in ("NOUN", "PROPN")
            or not lexicon.has_verb(verb.lemma_.lower())):
        return None

    def arc(tok: Token) -> tuple[Token, str]:
        if tok.i == verb.i:
            return verb, "ROOT"
        if tok.i == name.i:
            return verb, "nsubj"
        if tok.i == obj.i:
            return verb, ("dobj" if obj.dep_ in LOOSE_OBJECTS or obj.dep_ == "npadvmod" else obj.dep_)
        if tok.head.i == name.i:
            return verb, tok.dep_  # the closing stop, phrases and clauses the parser hung on the root name
        return tok.head, tok.dep_

    return _copy(sent, arc, {verb.i: ("VERB", "VBD"), name.i: ("PROPN", "NNP")})


AUXILIARY_LEMMAS = frozenset({"have", "be", "do", "get"})


def repaired_title_participle(sent: Span, lexicon: Lexicon) -> Span | None:
    """The sentence reparsed with a past participle before a titled name as that name's modifier, when the parser read
    it as the clause's verb ("Police detained suspended President Yoon Suk Yeol": "detained" an auxiliary of
    "suspended"; "Investigators detained impeached President Yoon", "Prosecutors charged deposed President Pedro
    Castillo": the participle a clause of its own that takes the name for object), else None (twenty-third round).

    English puts no verb right after a finite past verb with no auxiliary between them, so "<verb>-ed <participle>
    <Name>" is the verb, then a participle describing the name ("suspended", "ousted", "jailed"): the finite verb is a
    lexicon verb in the past tense (no form of "have", "be", "do" or "get", which do take a participle), the next word
    is a past participle, the next a proper name that is the participle's direct object, and the verb has no object
    of its own."""
    toks = list(sent)
    for k in range(len(toks) - 2):
        verb, part = toks[k], toks[k + 1]
        lemma = _past_lemma(verb, lexicon)
        if (verb.tag_ != "VBD" or lemma is None or lemma in AUXILIARY_LEMMAS or part.tag_ not in ("VBN", "VBD")
                or not part.lower_.endswith("ed") or toks[k + 2].tag_ not in _NAME_TAGS):
            continue
        obj = next((c for c in part.children if c.dep_ == "dobj" and c.tag_ in _NAME_TAGS and c.i > part.i), None)
        aux = verb.dep_ == "aux" and verb.head.i == part.i
        clause = part.head.i == verb.i and part.dep_ in ("advcl", "ccomp", "xcomp", "conj", "dep")
        if obj is None or not (aux or clause) or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        return _copy(sent, _title_participle_arcs(verb, part, obj, aux=aux), {verb.i: ("VERB", "VBD"),
                                                                             part.i: ("ADJ", "JJ")},
                     lemmas={verb.i: lemma})
    return None


def _past_lemma(verb: Token, lexicon: Lexicon) -> str | None:
    """The lexicon verb a past form stands for: its lemma, or, when the parser read it as an auxiliary and left it
    unlemmatised ("detained"), the form less its ending ("detain", "charge")."""
    lemma = verb.lemma_.lower()
    if lemma in AUXILIARY_LEMMAS:
        return lemma
    low = verb.lower_
    for form in (lemma, low[:-2] if low.endswith("ed") else "", low[:-1] if low.endswith("ed") else ""):
        if form and lexicon.has_verb(form):
            return form
    return None


def _title_participle_arcs(verb: Token, part: Token, obj: Token, *, aux: bool) -> Callable[[Token], tuple[Token, str]]:
    """The arcs of :func:`repaired_title_participle`'s copy: the participle a modifier of the name, the name the
    verb's object, whatever else hung on the participle on the verb (which takes the participle's place when the
    parser read the verb as its auxiliary)."""

    def arc(tok: Token) -> tuple[Token, str]:
        if tok.i == verb.i:
            if aux:
                return (verb, "ROOT") if part.dep_ == "ROOT" else (part.head, part.dep_)
            return tok.head, tok.dep_
        if tok.i == part.i:
            return obj, "amod"
        if tok.i == obj.i:
            return verb, "dobj"
        if tok.head.i == part.i:
            return verb, tok.dep_
        return tok.head, tok.dep_

    return arc


def copy_with_arcs(sent: Span, arc: Callable[[Token], tuple[Token, str]]) -> Span:
    """A copy of ``sent`` (a one-sentence doc) whose words keep their tags and take the arcs ``arc`` gives."""
    return _copy(sent, arc, {})


def mapped_back(cand: Candidate, sent: Span) -> Candidate:
    """``cand``, found on the repaired copy of ``sent``, with the sentence's own tokens in its slots."""
    doc = sent.doc

    def own(tok: Token) -> Token:
        return doc[sent.start + tok.i]

    def tiers(found: tuple[tuple[Token, ...], ...]) -> tuple[tuple[Token, ...], ...]:
        return tuple(tuple(own(t) for t in tier) for tier in found)

    changes: dict[str, object] = {}
    for field in dataclasses.fields(cand):
        value = getattr(cand, field.name)
        if isinstance(value, Token):
            changes[field.name] = own(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, tuple) for v in value):
            changes[field.name] = tiers(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, Token) for v in value):
            changes[field.name] = tuple(own(v) for v in value)
        elif isinstance(value, frozenset | set) and value and all(isinstance(v, int) for v in value):
            changes[field.name] = type(value)(sent.start + v for v in value)
    return dataclasses.replace(cand, **changes)  # type: ignore[arg-type]


def _name_end(toks: list[Token], start: int) -> int | None:
    """The index after a run of proper-name words (with "the" before it) starting at ``start``, or None."""
    i = start
    if i < len(toks) and toks[i].lower_ == "the":
        i += 1
    begin = i
    while i < len(toks) and toks[i].tag_ in _NAME_TAGS:
        i += 1
    return i if i > begin else None


def _name_head(name: list[Token]) -> Token | None:
    """The last proper-name word of a name ("Korea" of "North Korea"), the word its mention is resolved by."""
    words = [t for t in name if t.tag_ in _NAME_TAGS]
    return words[-1] if words else None


def _rebuilt(sent: Span, verb: Token, obj: Token, first: Token, second: Token, first_end: int,
             second_end: int) -> Span:
    """A copy of ``sent`` whose arcs are the clause's: the verb the root, the first name its subject with the
    second coordinated to the first, the object its direct object; every name word keeps its arc inside its name,
    and what hung on the first name or the object's compounds now hangs on the verb."""
    toks = list(sent)
    first_words = {t.i for t in toks[:first_end]}
    second_words = {t.i for t in toks[first_end + 1:second_end]}

    def arc(tok: Token) -> tuple[Token, str]:
        head, dep = tok.head, tok.dep_
        if tok.i == verb.i:
            head, dep = verb, "ROOT"
        elif tok.i == first.i:
            head, dep = verb, "nsubj"
        elif tok.i == second.i:
            head, dep = first, "conj"
        elif tok.i == obj.i:
            head, dep = verb, "dobj"
        elif tok.i in first_words or tok.i in second_words:
            name = first_words if tok.i in first_words else second_words
            if head.i not in name:
                head = first if tok.i in first_words else second
        elif tok.i == toks[first_end].i:
            head, dep = first, ("punct" if tok.text == "," else "cc")
        elif head.i in first_words or head.i in second_words or head.i == verb.i or (
                head.i == obj.i and dep in ("compound", "appos")):
            head = verb
        return head, dep

    return _copy(sent, arc, {verb.i: ("VERB", "VBP")})


def _copy(sent: Span, arc: Callable[[Token], tuple[Token, str]], retagged: dict[int, tuple[str, str]],
          lemmas: dict[int, str] | None = None) -> Span:
    """A new one-sentence doc with the words, tags, lemmas and entities of ``sent``, each word's arc given by ``arc``
    (its new head, a word of the sentence, and its label), and the words of ``retagged`` (doc indices) given a new
    part of speech and tag, and those of ``lemmas`` a new lemma."""
    toks = list(sent)
    arcs = [arc(t) for t in toks]
    heads = [head.i - sent.start for head, _ in arcs]
    deps = [dep for _, dep in arcs]
    pos = [retagged[t.i][0] if t.i in retagged else t.pos_ for t in toks]
    tags = [retagged[t.i][1] if t.i in retagged else t.tag_ for t in toks]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in toks]
    copy = Doc(sent.doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               tags=tags, pos=pos, lemmas=[(lemmas or {}).get(t.i, t.lemma_) for t in toks], heads=heads, deps=deps, ents=ents)
    return copy[:]
