"""Who did what to whom, from the dependency parse (stage 4): sources, targets and speakers of a trigger.

Works on spaCy's English (ClearNLP-style) labels: nsubj/nsubjpass/agent, dobj/dative/prep+pobj,
conj, xcomp/ccomp/advcl/pcomp, relcl, appos.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Token

__all__ = [
    "OBJECT_CONTROL",
    "SPEECH_VERBS",
    "antecedent",
    "between_parties",
    "coordinated",
    "demander_participle",
    "direct_objects",
    "gapped_relative_object",
    "grammatical_subjects",
    "hyphen_partners",
    "infinitival_relative",
    "is_condition",
    "is_passive",
    "participle_subject",
    "prep_objects",
    "reduced_relative_object",
    "reporting_verb",
    "speaker",
    "subjects",
    "to_infinitive",
]

OBJECT_CONTROL = frozenset({
    "send", "dispatch", "urge", "ask", "tell", "order", "persuade", "allow", "help", "invite", "force", "call",
    "appeal", "press", "encourage", "implore", "convince", "authorize", "authorise", "instruct", "direct",
    "pressure", "push", "accuse", "blame", "charge", "warn", "advise", "permit", "enable", "require",
    "prompt", "lead", "cause", "spur", "compel", "oblige", "provoke", "drive",
})
"""Verbs whose object, not their subject, does the complement: "sent its diplomat to see Putin", "turned back two
US military planes, prompting Donald Trump to slap tariffs on Colombian goods"."""

SPEECH_VERBS = frozenset({
    "say", "tell", "report", "announce", "state", "confirm", "add", "note", "insist", "declare", "write",
    "claim", "argue", "stress", "acknowledge", "admit", "assert", "reveal", "disclose", "explain", "warn",
    "allege", "testify", "tweet", "post", "reply", "respond", "remark", "emphasize", "emphasise",
})
"""Verbs of reporting: the speaker of their complement is the event's ``attribution``."""

_CONTROL_PREPS = frozenset({"on", "upon", "to", "with"})  # "called on X to", "appealed to X to", "pleaded with X to"
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
HOLDING_COMPLEMENTS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"})
"""Bare nouns that say in what state an object is held ("held him hostage", "kept them captive", "took 12 soldiers
prisoner"): the parser often reads them as the object, above all where the object is a relative clause's noun ("a
pilot they had held hostage")."""
HOLDING_VERBS = frozenset({"hold", "keep", "take"})


def holding_complement(tok: Token) -> bool:
    """True for "hostage" in "held hostage", "captive" in "kept captive", "prisoner" in "took prisoner": a bare noun
    after a verb of holding that is the state its object is held in, not the object (twenty-eighth round)."""
    return (tok.lower_ in HOLDING_COMPLEMENTS and tok.head.lemma_.lower() in HOLDING_VERBS and tok.i > tok.head.i
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children))
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def _phoned(verb: Token) -> bool:
    """True for "call" with a direct object and no "on"/"upon" ("Macron called Putin to demand a ceasefire", "Biden
    called Netanyahu to urge restraint"): a telephone call made for a purpose of the caller's, not a call on the
    object to act ("called on Russia to withdraw"; twenty-second round)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in ("dobj", "obj") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """True when ``verb`` has the infinitive marker "to" ("offered *to* mediate", "sent troops *to* help")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def coordinated(token: Token) -> list[Token]:
    """``token`` and the nouns coordinated with it: "France and Germany" -> [France, Germany].

    Two parser slips of news text are read as the coordination they are: a list of three or more names
    parsed as an apposition followed by a conjunct ("The US, Russia, and Switzerland met": Russia an
    apposition of US, Switzerland a conjunct of Russia), and a conjunct hung on another word of the
    first name than the one the verb points to ("Barack Obama and Vladimir Putin": "Barack" the subject,
    "Putin" a conjunct of "Obama").
    """
    out = [token]
    stack = [c for t in _same_name(token) for c in t.children if c.dep_ == "conj"]
    stack += [c for c in token.children if _listed_apposition(c)]
    while stack:
        t = stack.pop(0)
        if t.pos_ in ("VERB", "AUX") or t in out:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" or _listed_apposition(c))
    return out


def hyphen_partners(token: Token) -> list[Token]:
    """The modifier the parser hung on ``token`` right before a hyphen, when the two are a pair of names or demonyms
    ("Russian" in "Russian-Ukrainian talks", "Iran" in "Iran-US talks"): the other side of a joint act; else []
    (sixteenth round)."""
    doc = token.doc
    return [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i + 2 == token.i
            and doc[c.i + 1].text == "-" and c.pos_ in ("PROPN", "ADJ") and token.pos_ in ("PROPN", "ADJ")]


def _same_name(token: Token) -> list[Token]:
    """``token`` and the other words of the named entity it is part of (its children within the entity)."""
    bounds = entity_bounds(token)
    if bounds is None:
        return [token]
    start, end = bounds
    return [token, *(t for t in token.doc[start:end] if t.i != token.i and start <= t.head.i < end)]


def entity_bounds(token: Token) -> tuple[int, int] | None:
    """The (start, end) token offsets of the named entity ``token`` is part of, or None.

    Read from the IOB tags of the words around it: ``doc.ents`` builds a span for every entity of the
    document on each access, which made this lookup the coder's costliest line.
    """
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _listed_apposition(tok: Token) -> bool:
    """An "apposition" that is really a list member: a proper name set off by a comma and itself coordinated
    with "and/or" ("The US, Russia, and Switzerland"), the last member also a common noun ("Australia, the United
    States and a dozen partner nations"); a true apposition renames, it is not followed by a conjunct of its own."""
    return (tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN"
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in tok.children)
            and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children))


MOVE_NOUNS = frozenset({"move", "step", "decision", "measure", "action"})
"""Nouns that, set after a clause as its apposition ("Chad ended the agreement, a move that will force out the last
French troops"), name the act of that clause: what the move does, its actor does."""


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("drones that Russia used": that -> drones), else ``token``; for "a
    move that ..." set after a clause, the subject of that clause."""
    if token.tag_ in _RELATIVE_TAGS:
        clause = token.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.head.dep_ != "ROOT":
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            noun = clause.head
            if (noun.lemma_.lower() in MOVE_NOUNS and noun.dep_ in ("npadvmod", "appos")
                    and noun.head.pos_ in ("VERB", "AUX") and token.dep_ == "nsubj"):
                actors = grammatical_subjects(noun.head)
                return actors[0] if actors else noun
            return noun
    return token


def is_passive(verb: Token) -> bool:
    """True for a passive verb ("was attacked", "attacked by" in a reduced relative, "Was Navalny killed?")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)) or (
        question_passive_subject(verb) is not None) or _reduced_passive_clause(verb) or _agent_participle(verb)


def _agent_participle(verb: Token) -> bool:
    """ "Backed by Russian air power, Syrian forces retook Aleppo", "Armed by Iran, the Houthis ...": a past participle
    clause fronted before its host, with a "by" agent and no subject or auxiliary of its own, is passive; its agent
    acts on the host clause's subject (twenty-fifth round)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark") for c in verb.children))


def is_condition(clause: Token) -> bool:
    """True for a clause that is an "if/unless" condition of the verb it hangs on ("... unless the government reversed
    its decision")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)


CONDITION_ONLY_MARKS = frozenset({"if", "unless", "provided", "providing"})
"""Marks that make any clause they open a condition, however the parser attaches it (not "whether", which
opens the complement of "asked whether", already hypothetical by its governor)."""
NEGATION_WORDS = frozenset({"not", "n't", "never"})
"""Words whose "neg" arc on a verb denies it (round twenty-eight: the threats and the judged acts read them)."""
CARRYING_ON_PARTICLES = frozenset({"on", "ahead", "forward"})
"""Particles that make a verb one of going on with an act ("pressed ahead with its offensive", "will push on with the
assault"): the "with" act is carried on, not asked for as after "pressed Israel to" (round twenty-six)."""


def between_parties(thing: Token) -> list[Token]:
    """The parties of ``thing``'s "between" phrase, each conjunct ("the deal between Russia and North Korea" ->
    [Russia, Korea]), or none."""
    return [t for p in thing.children if p.dep_ == "prep" and p.lower_ == "between"
            for o in p.children if o.dep_ == "pobj" for t in coordinated(o)]


REDUCED_CLAUSE_MARKS = frozenset({"if", "once", "when", "unless", "until", "though", "although", "while", "whether"})


def _reduced_passive_clause(verb: Token) -> bool:
    """ "if convicted, he could be sentenced to death", "once elected, she would ...": a past participle after a
    subordinating conjunction, with no subject or auxiliary of its own, is a passive clause whose subject is its
    host's (he is convicted), not an act of the host's subject (seventeenth round)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in REDUCED_CLAUSE_MARKS for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children))


def gapped_relative_object(verb: Token) -> list[Token]:
    """ "expelled a diplomat it accused of spying", "the Armenians it detained": a relative clause with a subject
    of its own and no object, introduced by no relative word (or by "that/which/whom" read as its object), has
    its noun as object. Not when a relative adverb or a stranded preposition takes the noun ("the city where
    Russia attacked", "the country it fought against")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS for c in children) or any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "nsubjpass", "auxpass") and not holding_complement(c)
            for c in children):
        return []
    if any(c.tag_ == "WRB" or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children))
           for c in children):
        return []
    return coordinated(verb.head)


def host_subjects(verb: Token) -> list[Token]:
    """For a relative clause, the subject of the clause its noun belongs to: in "Will Moscow pull back the troops
    it has massed?" a pronoun subject of *massed* most often stands for that subject (Moscow)."""
    if verb.dep_ != "relcl":
        return []
    node = verb.head
    for _ in range(3):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return grammatical_subjects(node)
        if node.dep_ == "ROOT":
            break
    return []


def question_passive_subject(verb: Token) -> Token | None:
    """The subject of a passive question the parser split ("Was Navalny killed ...?" read as "Was [Navalny
    killed]": *killed* a participle on the subject of an initial "be"), else None."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl":
        return None
    noun = verb.head
    root = noun.head
    if (noun.dep_ == "nsubj" and root.lemma_.lower() == "be" and root.dep_ == "ROOT" and root.i < noun.i
            and root.i == root.sent.start):
        return noun
    return None


def inherited_passive_subject(verb: Token) -> list[Token]:
    """The one a subjectless passive clause is done to: the subject of the clause it hangs on ("After being attacked
    by Azerbaijan, Armenia appealed to Russia": Armenia was attacked)."""
    if not is_passive(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "pcomp" and (head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep"):
        return grammatical_subjects(head.head)
    if verb.dep_ in ("advcl", "conj") and not any(c.dep_ == "mark" for c in verb.children):
        return grammatical_subjects(head)
    if verb.dep_ == "advcl" and _reduced_passive_clause(verb):
        # "if convicted, he could be sentenced to death", "once freed, the hostages were flown to Doha": the host's
        # subject is the one the reduced clause is done to (twenty-eighth round)
        return grammatical_subjects(head)
    return []


def grammatical_subjects(verb: Token) -> list[Token]:
    """The subject tokens of ``verb`` itself (active or passive), through coordination."""
    return _subject_tokens(verb, _SUBJECT_DEPS)


def _subject_tokens(verb: Token, deps: Collection[str]) -> list[Token]:
    """The subjects of ``verb`` with the ``deps`` relations, through coordination: a second subject is a coordination
    the parser missed ("The United States as well as Britain recalled ...": both hang on the verb), and "X, along
    with Y" / "X, together with Y" names Y as acting with X."""
    own = [c for c in verb.children if c.dep_ in deps]
    if not own:
        return []
    out = [antecedent(t) for s in own for t in coordinated(s)]
    out += [t for s in own for t in _headline_pair(verb, s) if t not in out]
    out += [t for s in own for t in owned_first_conjunct(s) if t not in out]
    return out + [t for head in (verb, *own) for t in _co_agents(head) if t not in out]


def owned_first_conjunct(subject: Token) -> list[Token]:
    """ "Sudan's army and rebel groups signed a ceasefire", "Mali's junta and armed groups": the parser reads the
    possessed first noun as a modifier of the second ("army" an nmod of "groups", with "and rebel" hung on it). A
    noun right after a possessor (its own, or the phrase's read as the second noun's) with an "and" after it modifies
    no noun: it is the first of two subjects ("Russia's energy and defence ministries" has no possessed noun first)."""
    out = []
    for c in subject.children:
        if c.dep_ not in ("nmod", "compound") or c.pos_ != "NOUN" or c.i >= subject.i or c.i < 2:
            continue
        owner = c.doc[c.i - 1]
        if ((owner.tag_ == "POS" and owner.head.dep_ == "poss" and owner.head.head.i in (c.i, subject.i))
                and any(g.dep_ == "cc" and g.lower_ == "and" and g.i > c.i for g in c.children)):
            out.append(c)
    return out


HEADLINE_PAIR_DEPS = frozenset({"dep", "npadvmod", "nmod", "appos", "compound"})
"""Relations the parser gives the first name of a headline's "A, B <verb>" ("Iran, US negotiate in Oman")."""


def _headline_pair(verb: Token, subject: Token) -> list[Token]:
    """The first name of a headline that writes "and" as a comma ("Iran, US negotiate in Oman", "Armenia, Azerbaijan
    hold talks"): a name that opens the sentence, hung on the verb or the subject, with only a comma between it and
    the subject. It acts with the subject (the parser reads it as a loose modifier)."""
    doc = subject.doc
    # "North Korea, South Korea hold rare talks": the second name read as an apposition that no comma closes
    second = [a for a in subject.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.right_edge.i + 1 == verb.i
              and doc[a.left_edge.i - 1].text == "," and subject.pos_ == "PROPN"
              and subject.left_edge.i == subject.sent.start]
    if second:
        return second
    inside = {t.i for t in subject.subtree}
    left = subject.i  # the subject's own words: "the United States", not the first name the parser hung on it
    while left - 1 in inside and doc[left - 1].text != ",":
        left -= 1
    if left < 2 or doc[left - 1].text != "," or subject.pos_ != "PROPN":
        return []
    return [t for head in (verb, subject) for t in head.children
            if t.pos_ == "PROPN" and t.dep_ in HEADLINE_PAIR_DEPS and t.i == left - 2
            and t.left_edge.i == t.sent.start and t.i < subject.i]


CO_AGENT_WORDS = frozenset({"along", "together"})
"""Words that make a "with" phrase a second agent: "France, along with Germany, urged Iran", "Japan, together with
Australia, condemned the launch"."""


def _co_agents(head: Token) -> list[Token]:
    """The objects of "along with" / "together with" hung on ``head`` (either word may head the phrase)."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ not in ("prep", "advmod"):
            continue
        if child.lower_ in CO_AGENT_WORDS:
            withs = [g for g in child.children if g.dep_ == "prep" and g.lower_ == "with"]
        elif child.lower_ == "with" and any(g.lower_ in CO_AGENT_WORDS for g in child.children):
            withs = [child]
        else:
            continue
        out.extend(t for w in withs for p in w.children if p.dep_ == "pobj" for t in coordinated(p))
    return out


def for_subject(clause: Token) -> list[Token]:
    """The subject a "for X to ..." infinitive names when the parser hung "for X" elsewhere ("pressed in Anchorage
    for Ukraine to withdraw", with "for Ukraine" on "Anchorage"): the object of a "for" right before its "to"."""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or grammatical_subjects(clause) or to.i == 0:
        return []
    before = clause.doc[to.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "for" and before.head.i != clause.head.i:
        return coordinated(before)
    return []


ORDERING_VERBS = frozenset({"order", "instruct", "direct", "command"})


def ordered_passive(verb: Token) -> bool:
    """True for a passive infinitive that an ordering verb takes with its object ("ordered the troops to be
    withdrawn", "ordered two nuclear submarines to be positioned near Russia"): the object is what the act is done
    to, and the one who orders is who has it done (nineteenth round)."""
    return (verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VBN" and verb.head.lemma_.lower() in ORDERING_VERBS
            and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in verb.children))


def subjects(verb: Token, *, depth: int = 0) -> tuple[list[Token], bool]:
    """The tokens that did the act of ``verb`` and whether they were inherited from another clause.

    Active: the subject; passive: the ``by``-agent (none: empty); a verb without its own subject takes
    the subject of the verb it is coordinated with, or its controller (the object of "send/urge X to",
    else the subject of the governing verb); a reduced relative ("drones supplied by Iran") its agent.
    """
    if depth > 6:
        return [], True
    if is_passive(verb):
        if psych_passive(verb):  # "Japan was concerned by North Korea's launches": Japan voices the concern
            return [t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c)], False
        found = agents(verb)
        if not found and ordered_passive(verb):
            # "Putin ordered the troops to be withdrawn from the border": the one who orders it has it done
            return _host_subjects(verb.head, depth), True
        return found, False
    own = _subject_tokens(verb, ("nsubj", "csubj"))
    misread = _fronted_participle_subject(own, verb)
    if misread:
        return misread, False
    if own:
        return own, False
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return [inverted], False
    head = verb.head
    if head.i == verb.i:
        return stranded_subject(verb), False
    dep = verb.dep_
    if dep == "conj":
        return _host_subjects(head, depth), True
    if dep == "csubj":  # "Seeking to ease tensions, Australia's prime minister travelled": the fronted clause's subject
        fronted = _fronted_participle_subject([verb], head)
        if fronted:
            return fronted, True
    if demander_participle(verb):
        # "demanded that Warsaw comply with the order, threatening financial penalties": the demander's own act
        return _host_subjects(head.head, depth), True
    if dep in ("xcomp", "advcl", "pcomp", "ccomp") or (dep == "pobj" and verb.tag_ == "VBG"):
        governor = head.head if dep in ("pcomp", "pobj") and head.pos_ == "ADP" else head
        if governor.dep_ == "advmod" and governor.pos_ in ("ADV", "ADJ") and governor.head.pos_ in ("VERB", "AUX"):
            # "India has stopped short of condemning Russia", "came close to striking": the adverb's "of/to" phrase
            # belongs to the verb it modifies, whose subject acts (twenty-third round)
            governor = governor.head
        if dep == "xcomp" and governor.pos_ == "ADP" and governor.dep_ == "prep" \
                and governor.head.pos_ in ("VERB", "AUX"):
            # "Is Erdogan about to send troops into Syria?": the parser hangs the infinitive on "about", a phrase of
            # the verb whose subject acts (twenty-fifth round)
            governor = governor.head
        # "criticized Washington for supplying", "accused Iran of sending": the object does the act
        by_object = (governor.lemma_.lower() in OBJECT_CONTROL and not _phoned(governor)
                     and not _comma_participle(verb)) or (dep in ("pcomp", "pobj") and head.lower_ in ("for", "of"))
        gerund_subject = _accusative_gerund_subject(verb, governor) if dep in ("xcomp", "advcl") else None
        if gerund_subject is not None:  # "condemned China sending warships to the Philippines": China sends them
            return [t for t in coordinated(gerund_subject)], True
        pressed = pressed_party(governor) if dep in ("advcl", "xcomp") else []
        if pressed:  # "put pressure on Israel to allow more aid": Israel is to allow it
            return pressed, True
        if by_object:
            objects = direct_objects(governor) or prep_objects([governor], _CONTROL_PREPS)
            if objects:
                return objects, True
        return _host_subjects(governor, depth), True
    if dep in ("acomp", "attr", "oprd"):  # "Russia is unlikely to attack": through the predicate
        return _host_subjects(head, depth), True
    root = verb.sent.root
    if dep == "acl" and verb.tag_ == "VBD" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
        # "Beijing's twelve-point paper, released on ..., called on Russia to ...": with no main verb found, the
        # parser hangs the finite verb on a noun; the sentence's head noun is its subject
        return [root], True
    if _finite_after_apposition(verb):
        # "Donald Trump, the president-elect, threatened on Monday to impose tariffs": a past form set off after a
        # name and its apposition, in a sentence with no other main verb, is the name's own finite verb
        return [root], True
    if _fronted_phrase_clause(verb):
        # "Behind closed doors in Geneva, Iranian diplomats negotiated with British officials": the parser read
        # the clause after a fronted phrase as a second object of its preposition
        return [antecedent(t) for t in coordinated(head)], False
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in PRESSING_NOUNS:
        # "put pressure on Israel to allow more aid into Gaza", "an appeal to Iran to release the sailors": whoever
        # is pressed or appealed to is to act
        pressed = prep_objects([head], frozenset({"on", "to"}))
        if pressed:
            return pressed, True
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in head.children if c.dep_ == "poss"]
        if not owners:  # "defended the right of Russian troops to fire": the "of" phrase owns the right
            owners = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i
                      for p in c.children if p.dep_ == "pobj"]
        if (not owners and verb.tag_ == "VBG" and head.i < verb.i and verb.doc[verb.i - 1].text != ","
                and _named_actor(head)
                and head.dep_ in ("dobj", "obj", "pobj")):
            # "Turkey protested Sweden allowing Koran burnings": a name right before an -ing clause is its subject
            # (not after a comma: "seized the plant owned by France's Danone, accusing the company": the seizer's)
            owners = list(coordinated(head))
        if not owners and head.dep_ in ("dobj", "obj") and head.head.pos_ in ("VERB", "AUX"):
            owners = subjects(head.head, depth=depth + 1)[0]  # "Russia has no plans to attack"
        if not owners and verb.tag_ == "VBG" and head.i < verb.i:
            # "fired tear gas at pensioners protesting outside Congress": an -ing participle after a noun is a
            # reduced relative clause, whose subject is that noun (seventeenth round)
            owners = [head]
        return owners, True
    if infinitival_relative(verb):  # "the first Australian leader to visit China": the leader visits
        return [verb.head], True
    return [], False


ACTOR_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entity types that name an actor (a state, a people, a body, a person)."""
OWN_POSSESSIVES = frozenset({"its", "their", "our"})
"""The possessive pronouns a state, a body or a people uses of what is its own ("its troops", "their envoy", "our
forces")."""


def _named_actor(token: Token) -> bool:
    """A noun phrase that names an actor: a proper name, or a noun with one as its modifier ("Russian troops",
    "China's navy"); not a common noun or a span of time ("spent months preparing")."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
        return False
    heads = [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTITIES for t in heads)


STANCE_VERBS = frozenset({
    "approve", "back", "support", "endorse", "welcome", "accept", "favour", "favor", "oppose", "resist", "reject",
    "condemn", "criticise", "criticize", "denounce", "protest", "decry", "block", "veto", "delay", "fear", "prevent",
    "stop", "allow", "permit", "tolerate", "see", "watch", "report", "warn", "object", "complain", "push", "insist",
    "agree", "rule", "caution"})
"""Verbs of a stance on another's act, whose object is that act's doer when an -ing clause follows it ("Turkey approved
Sweden joining NATO", "condemned China sending warships", "warned against Ukraine joining NATO")."""
GERUND_PREPS = frozenset({"on", "to", "against", "about", "over", "for", "of"})
"""Prepositions of "a veto on Sweden joining", "objections to Kyiv joining", "warned against Ukraine joining"."""


def _accusative_gerund_subject(verb: Token, governor: Token) -> Token | None:
    """The named noun right before an -ing clause with no subject of its own, which is the clause's own subject: the
    object of a verb of stance ("Washington condemned China sending warships", "Turkey approved Finland and Sweden
    joining NATO") or of a preposition on such a verb or on a noun ("warned against Ukraine joining NATO", "lifted its
    veto on Finland and Sweden joining NATO"). Not after a comma ("struck Gaza, killing 20": the striker kills), nor a
    "to" infinitive ("urged Iran to stop": the verb's control), nor a noun that names no one ("spent months
    preparing the attack"); an act's object before a bare -ing ("struck Gaza killing 20") is left to the act."""
    doc = verb.doc
    if (verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text == ","
            or any(c.dep_ in ("aux", "mark", "nsubj", "nsubjpass") for c in verb.children)):
        return None
    stance = governor.lemma_.lower() in STANCE_VERBS
    phrases = [(o, stance) for o in direct_objects(governor)]
    for host in (governor, *direct_objects(governor)):
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ in GERUND_PREPS):
            ok = host.pos_ == "NOUN" or host.lemma_.lower() in STANCE_VERBS
            phrases += [(o, ok) for o in prep.children if o.dep_ == "pobj"]
    for phrase, ok in phrases:
        if ok and phrase.right_edge.i + 1 == verb.i and phrase.i < verb.i and _named_actor(phrase):
            return phrase
    return None


def _comma_participle(verb: Token) -> bool:
    """True for an -ing participle clause set off by a comma with no subject or conjunction of its own ("Lebanon asked
    the Security Council to extend the mandate, *warning* that ..."): it says what the host clause's subject does as
    it acts, so the host's object does not control it as it controls a "to" complement (twenty-fifth round)."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


DEMANDING_VERBS = frozenset({"demand", "insist", "urge", "ask", "request", "order", "tell", "call", "press"})
"""Verbs whose "that" clause states what another is to do (sixteenth round: :func:`demander_participle`)."""


def _fronted_participle_subject(own: list[Token], verb: Token) -> list[Token]:
    """ "Seeking to ease tensions with Beijing, Australia's prime minister travelled to China": the parser may read a
    fronted -ing clause as the clausal subject and the real subject as an apposition to the clause's last noun; the
    apposition that ends right before the verb, after a comma, is the subject (twenty-fifth round)."""
    if len(own) != 1 or own[0].dep_ != "csubj" or own[0].tag_ != "VBG" or own[0].i != verb.sent.start:
        return []
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i)])
    for tok in own[0].subtree:
        if tok.dep_ == "appos" and tok.right_edge.i == start - 1 and tok.left_edge.i > 0 \
                and verb.doc[tok.left_edge.i - 1].text == ",":
            return [tok]
    return []


def demander_participle(verb: Token) -> bool:
    """True when ``verb`` is a participle set off by a comma at the end of what a demand asks ("demanded that Warsaw
    comply with the order, threatening financial penalties", "demanded that Oslo lift its blockade, warning of
    retaliation"): the parser hangs it on the clause asked for, but it says what the demander does as it demands,
    and the one asked is to do only what the clause says (sixteenth round)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    clause = verb.head
    if (clause.dep_ == "xcomp" and clause.i < verb.i and verb.lemma_.lower() in STANCE_PARTICIPLES
            and clause.head.lemma_.lower() in OBJECT_CONTROL | DEMANDING_VERBS and direct_objects(clause.head)):
        # "Poland ordered Belarus to close its consulate, accusing Minsk of espionage", "told Russia's ambassador to
        # leave, saying ...": a participle of saying or judging after the "to" complement of one who has another act
        # is the asker's own word, not part of what is asked (twenty-fifth round)
        return True
    return (clause.dep_ == "ccomp" and clause.i < verb.i and clause.head.lemma_.lower() in DEMANDING_VERBS
            and any(c.dep_ == "nsubj" for c in clause.children))


STANCE_PARTICIPLES = SPEECH_VERBS | frozenset({
    "accuse", "blame", "cite", "threaten", "condemn", "criticize", "criticise", "denounce", "describe", "call",
    "vow", "pledge", "promise", "deny", "dismiss", "reject", "brand", "label"})
"""Verbs of saying, judging and threatening: as a participle after a complement, the asker's own words."""


def _host_subjects(host: Token, depth: int) -> list[Token]:
    """The subjects of the clause a subjectless verb hangs on: its own, else those it inherits in turn."""
    return grammatical_subjects(host) or subjects(host, depth=depth + 1)[0]


def _fronted_phrase_clause(verb: Token) -> bool:
    """True for the main verb of a clause after a fronted prepositional phrase that the parser hung on that phrase:
    the sentence's root is the preposition, the clause's subject a second object of it after a comma (a preposition
    has one object), and the verb a participle on that subject with no "by" agent."""
    noun, prep = verb.head, verb.head.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.dep_ != "pobj" or prep.dep_ != "ROOT" \
            or prep.pos_ != "ADP" or any(c.dep_ == "agent" for c in verb.children):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) > 1 and objects[0].i < noun.i and any(
        t.text == "," for t in verb.doc[objects[0].i:noun.i])


PRESSING_NOUNS = frozenset({"pressure", "appeal", "call", "plea", "demand", "ultimatum", "request"})
"""Nouns whose "on/to X" names who is to do what their infinitive says ("pressure on Israel to allow aid")."""


def pressed_party(verb: Token) -> list[Token]:
    """Whom a light verb with a pressing noun ("put pressure on X", "made an appeal to X") presses: X."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PRESSING_NOUNS]
    return prep_objects([verb, *nouns], frozenset({"on", "to"})) if nouns else []


def stranded_subject(verb: Token) -> list[Token]:
    """ "With the signing of a memorandum on a ceasefire, the Sudanese government and SPLM/A have agreed to ...":
    the parser may hang the subject on a noun of the fronted phrase as a conjunct. For a main verb with no
    subject, the conjuncts ending right before it (and its auxiliaries) and starting after a comma are its
    subject."""
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    if start == verb.sent.start:
        return []
    last = verb.doc[start - 1]
    head = last
    while head.dep_ != "conj" and head.head.i > head.i and head.head.i < start:
        head = head.head  # up from a word inside the last conjunct to the conjunct
    while head.dep_ == "conj" and head.head.dep_ == "conj":
        head = head.head
    if head.dep_ != "conj":
        return []
    first = head.head if head.head.i > head.i else head
    if first.dep_ == "conj":  # the first conjunct after the comma is itself a conjunct of the fronted noun
        left = first.left_edge.i
        if left > verb.sent.start and verb.doc[left - 1].text == ",":
            return [first, *(c for c in first.children if c.dep_ == "conj" and c.i < start)]
    return []


def infinitival_relative(verb: Token) -> bool:
    """True for a "to"-infinitive relative clause on a noun: "the first delegation *to visit* Bucharest"."""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and to_infinitive(verb)


AUXILIARY_WORDS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "have", "has", "had", "having", "'ve",
    "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
    "'ll", "wo", "ca", "sha", "need", "dare", "to", "going", "gon", "got", "get", "gets", "not", "n't",
})
"""The words English uses as auxiliaries: any other word the parser tags as one is a misread subject."""


def _inverted_subject(verb: Token) -> Token | None:
    """A name the parser hung on a subjectless verb as a modifier: "Could Erdogan host Putin?" (a compound
    between an inverted auxiliary and the verb), "Nauru cut ties with Taiwan" (a clause-initial name read
    as an adverb). It is the verb's subject."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    # "Will Modi visit Pakistan?": an unknown name after the inverted auxiliary read as a second auxiliary
    named = next((a for a in aux[1:] if a.lower_ not in AUXILIARY_WORDS and a.text[:1].isupper()), None)
    if named is not None:
        return named
    first = verb.left_edge.i
    for child in verb.children:
        if child.dep_ not in ("compound", "npadvmod", "advmod") or child.i > verb.i or child.ent_type_ in (
                "DATE", "TIME"):
            continue
        if aux and child.pos_ in ("PROPN", "NOUN", "PRON") and aux[0].i < child.i:
            return child
        if child.pos_ == "PROPN" and child.left_edge.i == first and verb.dep_ in ("ROOT", "ccomp", "conj"):
            return child
    return None


def _finite_after_apposition(verb: Token) -> bool:
    """True for a past form the parser read as a participle on the sentence's head noun ("Moussa Faki Mahamat, the
    African Union Commission chairman, condemned the attempt ...") though the noun has an apposition closed by a
    comma right before the verb and the verb has no ``by`` agent: English sets off a name's title that way before
    its own verb; a reduced relative ("the drones, supplied by Iran, ...") comes with a main verb of its own."""
    root = verb.sent.root
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i == root.i and root.pos_ in ("NOUN", "PROPN")
            and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and any(c.dep_ == "appos" and c.i < verb.i for c in root.children)
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children))


def participle_subject(verb: Token) -> list[Token]:
    """The noun a participle clause is set off after: "Iran, having lobbed missiles, ..." -> [Iran].

    A fallback for subjectless adverbial clauses when the parse attached them elsewhere.
    """
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBG"):
        return []
    first = min(t.i for t in verb.subtree)
    before = first - 1
    doc = verb.doc
    if before >= 0 and doc[before].text == ",":
        before -= 1
    # "Sudan sent a delegation to Jeddah, negotiating with ...": a noun the host clause governs (its object, or the
    # object of its preposition) is no subject the participle is set off after
    if before >= 0 and doc[before].pos_ in ("PROPN", "NOUN") and doc[before].i < verb.i \
            and doc[before].dep_ not in ("pobj", "dobj", "obj", "dative", "attr"):
        return [doc[before]]
    return []


PSYCH_VERBS = frozenset({"concern", "worry", "alarm", "trouble", "disturb", "dismay", "anger", "upset", "frustrate",
                         "disappoint", "outrage", "shock", "irritate", "annoy", "offend", "sadden", "dishearten",
                         "infuriate", "enrage", "appal", "appall", "perturb", "unsettle", "distress", "alienate"})
"""Verbs of feeling whose passive subject is the one who feels ("was alarmed by", "is concerned by"): in a passive
the subject has the reaction and states it, the "by" phrase names what it is about."""


def psych_passive(verb: Token) -> bool:
    """``verb`` is a passive of a verb of feeling with a subject of its own ("Japan was concerned by North Korea's
    launches", "Paris was angered by the decision"): its subject, not the agent, is the one who reacts (eighteenth
    round)."""
    return verb.lemma_.lower() in PSYCH_VERBS and is_passive(verb) and any(
        c.dep_ == "nsubjpass" for c in verb.children)


def agents(verb: Token) -> list[Token]:
    """The ``by`` phrase of a passive: "attacked by Israel" -> [Israel]."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return coordinated(pobj)
    return []


def direct_objects(verb: Token) -> list[Token]:
    """The direct objects of ``verb`` (through coordination; a relative pronoun gives its antecedent).

    A verb coordinated before another that has the object shares it ("Iran supplied and Russia used
    the drones").
    """
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and not holding_complement(child):
            return [antecedent(t) for t in coordinated(child)]
    counted = up_to_object(verb) or free_relative_object(verb)
    if counted:
        return counted
    # "voted down a bill": the parser may hang the object on the particle, which takes none of its own (seventeenth
    # round)
    on_particle = [g for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1
                   for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if on_particle:
        return [antecedent(t) for t in coordinated(on_particle[0])]
    # only a verb whose own words end before the coordination shares the next one's object: "did not travel to the
    # summit and sent Lavrov instead" is no travelling to Lavrov
    own_words = any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct", "prt", "advmod", "neg")
                    for c in verb.children)
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > verb.i and not own_words:
            for grand in child.children:
                if grand.dep_ in ("dobj", "obj"):
                    return [antecedent(t) for t in coordinated(grand)]
    return reduced_relative_object(verb) or gapped_relative_object(verb)


def free_relative_clause(verb: Token) -> Token | None:
    """The clause of a free relative object ("bombed *what New Delhi called a training camp*", "struck *what it said
    were military sites*"): a complement clause that starts with "what"."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i > verb.i and child.left_edge.lower_ == "what" \
                and child.left_edge.tag_ == "WP":
            return child
    return None


def free_relative_object(verb: Token) -> list[Token]:
    """What a free relative object names: the noun it calls or says the thing is ("a training camp", "military
    sites")."""
    clause = free_relative_clause(verb)
    if clause is None:
        return []
    named = [t for t in clause.subtree if t.dep_ in ("oprd", "attr") and t.pos_ in ("NOUN", "PROPN")]
    return coordinated(named[0]) if named else []


def up_to_object(verb: Token) -> list[Token]:
    """ "kidnapped up to 16 Russian advisers": the parser may read "up" as a particle and "to 16 ... advisers" as
    its prepositional phrase; a counted noun there is the verb's object ("up to N" is a quantity)."""
    for prt in (c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" and c.i == verb.i + 1):
        for prep in (c for c in prt.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == prt.i + 1):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if any(c.dep_ == "nummod" for c in noun.children) or noun.pos_ == "NUM":
                    return [antecedent(t) for t in coordinated(noun)]
    return []


def reduced_relative_object(verb: Token) -> list[Token]:
    """ "began deporting thousands of Afghans living in the country": the parser often reads an object followed by
    a participle as the subject of a clause of its own ("thousands ... living", an advcl of *deporting*). A verb
    with no object whose participle clause starts right after it with that subject has it as its object."""
    if verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN") or clause.i < verb.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.left_edge.i == verb.i + 1 and subject.pos_ in ("NOUN", "PROPN"):
            return coordinated(subject)
    return []


def datives(verb: Token) -> list[Token]:
    """Indirect objects: "gave Iran aid" -> [Iran]; "sent troops to Syria" (parsed as dative) -> [Syria]."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dative":
            if child.pos_ == "ADP":
                out.extend(t for p in child.children if p.dep_ == "pobj" for t in coordinated(p))
            else:
                out.extend(coordinated(child))
    return out


NON_TARGET_PHRASES = frozenset({"according", "due", "thanks", "owing", "prior", "contrary", "regardless", *CO_AGENT_WORDS})
"""First words of phrasal prepositions whose object is a report's source, a cause, a time or a second agent, never
whom an act is aimed at ("according to the UN", "due to Russian pressure", "thanks to Qatari mediation", "prior to the
visit", "along with Germany")."""


def prep_objects(heads: Iterable[Token], preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to any of ``heads`` ("talks with Iran" -> Iran).

    Looks one level into a phrasal preposition ("out of", "away from").
    """
    out: list[Token] = []
    if not preps:
        return out
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("prep", "dative", "agent", "prt", "advmod"):
                continue
            if child.lower_ in preps:
                out.extend(t for p in child.children if p.dep_ in ("pobj",) for t in coordinated(p))
                if child.lower_ not in ABSOLUTE_PREPS:
                    out.extend(t for p in child.children if p.dep_ == "pcomp" for t in _clause_object(p))
            if child.lower_ in NON_TARGET_PHRASES:
                continue  # "According to the UN, the UAE delivered food aid to Sudan": a source of the report
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in preps:
                    out.extend(t for p in grand.children if p.dep_ == "pobj" for t in coordinated(p))
    return out


ABSOLUTE_PREPS = frozenset({"with", "without"})
"""Prepositions that open a circumstance with a subject and participle, not an object: "signed the declaration with
Donald Trump looking on"."""


def _clause_object(pcomp: Token) -> list[Token]:
    """ "fired on coca growers marching towards Cochabamba", "opened fire on villagers fleeing the town": the parser
    reads the object with its participle as a clause, the object its subject. The subject of a participle clause
    that is a preposition's object is whom the preposition names."""
    if pcomp.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("mark", "aux", "auxpass") for c in pcomp.children):
        return []
    return [t for c in pcomp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pcomp.i
            and c.pos_ in ("NOUN", "PROPN") for t in coordinated(c)]


def reporting_verb(trigger: Token) -> Token | None:
    """The verb of saying whose complement holds ``trigger``: "Israel said Iran attacked" -> said."""
    node = trigger
    for _ in range(12):
        head = node.head
        if head.i == node.i or node.dep_ in ("relcl", "appos"):
            return None
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
            return head
        node = head
    return None


def speaker(trigger: Token) -> Token | None:
    """Who is reported as saying the clause of ``trigger``: "Israel said Iran attacked" -> Israel.

    Also "according to X" attached anywhere on the path up.
    """
    node = trigger
    for _ in range(12):
        for child in node.children:
            if child.lower_ == "according":
                for to in child.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
            # "Hungary did not arrest Netanyahu and announced that it would leave the ICC": a verb of saying
            # coordinated with another has that verb's subject
            found = subjects(head)[0]
            return found[0] if found else None
        if node.dep_ in ("relcl", "appos"):
            return None
        node = head
    return None
