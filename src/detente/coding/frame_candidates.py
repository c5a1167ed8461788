"""Frames and their complements: a verb or predicate that frames another event ("urged Iran to negotiate",
"is ready to meet", "threatened to retaliate if attacked") is one event coded by what it frames; the complement is
its content, not an event of its own.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    OBJECT_CONTROL,
    OWN_POSSESSIVES,
    datives,
    direct_objects,
    for_subject,
    grammatical_subjects,
    is_passive,
    prep_objects,
    subjects,
    to_infinitive,
)
from detente.coding.sending import HELPING_VERBS, PROTECTION_FORCE
from detente.coding.verb_slots import carried_goods, from_match, light_object, owners_of
from detente.coding.verbs import Lexicon, VerbMatch, expand_quantity
from detente.records.event import CameoCode

EXCHANGE_VERBS = frozenset({"swap", "exchange", "trade"})
"""Verbs of an act each side does to the other ("agreed to swap prisoners")."""


_FRAME_OWN_PREPS = frozenset({"on", "upon", "to", "with"})


CONDITION_MARKS = frozenset({"if", "unless", "should"})
"""Marks of a condition clause: "would retaliate if Israel attacked" (the condition is not what is threatened)."""


_ADDRESSEE_FRAMES = frozenset({"appeal", "demand", "allegation", "insist"})
"""Frames aimed at the subject of their clause complement: "demanded that Israel withdraw", "alleged that Iran had
armed the rebels"."""


_ASKING_FRAMES = frozenset({"appeal", "demand", "insist"})
"""Frames of asking, whose "from" phrase names whom the asking is addressed to: "demanded an apology from NATO",
"requested assistance from the UN"."""


_REMOVAL_NOUNS = frozenset({
    "withdrawal", "pullout", "pull-out", "removal", "departure", "exit", "evacuation", "retreat", "expulsion",
    "ouster", "eviction", "pullback", "drawdown",
})
"""What is asked when its "from" phrase is where someone is to leave, not who is asked: "demanded the withdrawal of
Russian troops from Ukraine"."""


MOBILISATION_ROOT = "15"
OFFERING_VERBS = frozenset({"offer", "pledge", "promise", "commit", "undertake"})
"""Intent verbs that offer something to whoever it goes to: forces offered to a country are help for it. Not "vow" or
"swear" ("vowed to send troops into Gaza" is a threat), nor "agree", a decision coded as the act itself."""


def forces_offered(comp: Token, comp_code: CameoCode | None) -> CameoCode | None:
    """ "Canada offered to send police to Haiti", "Kenya pledged to deploy 1,000 officers to Haiti", "is ready to send
    troops to Mozambique": police or troops offered to a named country are an offer of protection or peacekeeping
    (the intent frame codes 074 as 0334), not a threat of mobilisation (13x); a mobilisation offered with no country
    to go to keeps its code ("pledged to send more troops to the border")."""
    if comp_code is None or comp_code[:2] != MOBILISATION_ROOT:
        return comp_code
    heads = [comp, *direct_objects(comp)]
    # the parser hangs "to" on "send" as a dative; a named place ("to Haiti"), not a common noun ("to the border")
    for prep in (c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        if any(o.dep_ == "pobj" and ((o.pos_ == "PROPN" and o.ent_type_ != "PERSON") or _country_named_before(o))
               for o in prep.children):
            return PROTECTION_FORCE
    return comp_code


_COUNTRY_NOUNS = frozenset({"country", "nation", "island", "republic", "kingdom", "state"})


def _country_named_before(noun: Token) -> bool:
    """ "whose country leads the mission in Haiti, pledged to send 600 more police to *the Caribbean nation*": "the
    (adjective) nation/country" refers back to a country named before it, a named country as much as a name is
    (twenty-fifth round)."""
    return (noun.lemma_.lower() in _COUNTRY_NOUNS and noun.tag_ == "NN"
            and [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")] == ["the"]
            and any(t.ent_type_ == "GPE" for t in noun.doc[noun.sent.start:noun.i]))


PLAIN_TARGET_PREPS = frozenset({"to", "against", "at", "on", "with"})
"""Prepositions that name whom an act without a code of its own is aimed at (used for frames' complements)."""


def condition_clauses(comp: Token) -> list[Token]:
    """The condition clauses of a frame's complement ("would retaliate *if Israel attacked*"), or of a verb joined to
    it ("threatened to open the gates and send refugees on to Europe *if the EU criticised* his offensive": the
    condition of both)."""
    verbs = [comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]


def frame_candidate(verb: Token, code: CameoCode, frame_name: str, comp: Token,
                     comp_targets: list[Token], match: VerbMatch | None,
                     conditions: Collection[Token] = (), *, coded: bool = True) -> Candidate:
    sources, inherited = subjects(verb)
    own = [t for t in direct_objects(verb) if t.i != comp.i]
    own += prep_objects([verb], _FRAME_OWN_PREPS) + datives(verb)
    told = _told_clause(verb, comp.head)
    if told is not None and told.i == comp.i:  # "warned protesters holed up at the mosque that ...": the protesters
        own += grammatical_subjects(comp.head)
    if frame_name in _ASKING_FRAMES:
        own += asked_from(verb, comp)
    tiers: list[tuple[Token, ...]] = [tuple(own)]
    # "demanded that Israel withdraw"; "told reporters that France must release the sailors": a "that" clause
    # after "tell" names who is to act as its subject, whoever hears it
    # "The court allowed Ouattara to run": the one let, which the parser makes the subject of the complement
    if comp.pos_ in ("VERB", "AUX") and (frame_name in _ADDRESSEE_FRAMES or (
            frame_name in ("tell", "permit") and comp.dep_ == "ccomp")):
        tiers.append(tuple(grammatical_subjects(comp) or for_subject(comp)))
    plain = [t for t in comp_targets if not own_forces(t) and not (t.dep_ == "poss" and own_forces(t.head))]
    deterred = [t for c in conditions if not is_passive(c) for t in grammatical_subjects(c) if t.pos_ != "PRON"]
    if frame_name == "threat" and deterred:
        # "threatened to cut off Russian gas to Europe if the EU imposed sanctions", "threatened to cut off the transit
        # of Russian gas ... if the EU ...": a threat made if another acts deters that other. An act of no code of its
        # own names no sure target (goods, routes, places on the way), and goods named by their origin ("Russian
        # gas") name no target at all: the condition's subject comes first. A coded act keeps its own target ("could
        # sever ties with Israel if Washington recognised ..."); a pronoun ("if it were attacked") comes last
        origins = [t for t in plain if t.dep_ == "amod"]
        if not coded:
            tiers.append(tuple(deterred))
        tiers.append(tuple(t for t in plain if t not in origins))
        tiers.extend([tuple(deterred), tuple(origins)] if coded else [tuple(origins)])
    else:
        tiers.append(tuple(plain))
    if comp.pos_ in ("NOUN", "PROPN"):
        # "rejected an Australian ultimatum", "rejected calls by Belarus's rulers for aid", "rejected a United
        # Nations appeal": a noun complement's owner is whom the refusal (acceptance, demand...) answers
        tiers.append(tuple(owners_of(comp)))
    if frame_name == "threat":  # "warned it would retaliate if Israel attacked": aimed at whoever the condition names
        tiers.append(tuple(t for c in conditions for t in grammatical_subjects(c)))
    words = match.word_tokens if match is not None else ()
    # "the two delegations agreed to swap prisoners": an exchange is done by each side with the other
    # "pledging to come to each other's aid": what each promises the other (seventeenth round)
    mutual = comp.lemma_.lower() in EXCHANGE_VERBS or _reciprocal_in(comp)
    return Candidate(code=code, trigger=(verb, *words), scope=verb, sources=(tuple(sources),),
                     targets=tuple(tiers), needs_target=False, specificity=3, inherited=inherited, kind="frame",
                     mutual=mutual)


def _reciprocal_in(comp: Token) -> bool:
    """True when a clause complement names "each other" or "one another" ("to come to each other's aid")."""
    return comp.pos_ in ("VERB", "AUX") and any(
        (t.lower_ == "other" and any(c.lower_ == "each" for c in t.children))
        or (t.lower_ == "another" and t.i > 0 and t.doc[t.i - 1].lower_ == "one") for t in comp.subtree)


FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "military", "navy", "fleet", "warship", "unit",
                         "contingent", "personnel", "peacekeeper", "jet", "aircraft"})


def own_forces(tok: Token) -> bool:
    """True for the actor's own forces named by a possessive pronoun ("refused to withdraw its troops", "threatened
    to deploy its troops to the border"): what the act moves, not whom it is aimed at (sixteenth round)."""
    head = expand_quantity(tok)
    return head.lemma_.lower() in FORCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children)


TELLING_VERBS = frozenset({"warn", "tell", "remind", "assure", "inform", "notify", "caution", "advise"})
"""Verbs that take the one told and then a "that" clause ("warned protesters that officers could use live rounds")."""


def _told_clause(verb: Token, child: Token) -> Token | None:
    """The "that" clause a telling verb's object is told, when the parser read the object and a participle on it as a
    clause of their own ("police warned [protesters holed up at the mosque] that officers could use live rounds":
    "holed" made the verb of "protesters", the "that" clause its complement) (sixteenth round); else None."""
    if (verb.lemma_.lower() not in TELLING_VERBS or child.head.i != verb.i or child.dep_ != "ccomp"
            or child.tag_ not in ("VBD", "VBN") or direct_objects(verb)
            or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in child.children)
            or not any(c.dep_ == "nsubj" for c in child.children)):
        return None
    return next((g for g in child.children if g.dep_ == "ccomp" and g.i > child.i and g.pos_ in ("VERB", "AUX")
                 and any(t.lower_ == "that" and t.i < g.i for t in g.subtree)), None)


def asked_from(verb: Token, comp: Token) -> list[Token]:
    """Whom an asking frame asks, by its "from" phrase on the verb or on the noun asked for ("demanded an apology
    from NATO", "sought an explanation from Beijing", "called for restraint from both sides"); none when what is
    asked is a removal, whose "from" names the place to leave ("demanded the withdrawal of troops from Ukraine")."""
    if comp.lemma_.lower() in _REMOVAL_NOUNS:
        return []
    hosts = [verb, comp] if comp.pos_ in ("NOUN", "PROPN") else [verb]
    return prep_objects(hosts, frozenset({"from"}))


def predicate_candidate(word: Token, lexicon: Lexicon, consumed: set[int], folded: set[int]) -> Candidate | None:
    """ "Russia is ready to negotiate", "expressed willingness to help": an intent stated by a predicate."""
    frame = lexicon.predicate_frame(word)
    if frame is None:
        return None
    # "open to a truce", "ready for an immediate ceasefire with Thailand"
    complement = frame_complement(word, lexicon, noun_preps=frozenset({"to", "for"}))
    if complement is None:
        return None
    comp_token, comp_code, comp_targets = complement
    code = frame.code_for(forces_offered(comp_token, comp_code) if frame.name == "intent" else comp_code)
    if code is None:
        return None
    (consumed if comp_token.pos_ in ("NOUN", "PROPN") else folded).add(comp_token.i)
    kept = {t.i for c in condition_clauses(comp_token) for t in c.subtree}  # as for verb frames: the content is one event
    folded.update(t.i for t in comp_token.subtree if t.pos_ in ("VERB", "AUX") and t.i not in kept)
    head = word.head
    if _object_predicate(word):
        # "Iran left the door open to talks", "kept the option open": an adjective after the object of leave/keep
        # says what the verb's subject makes of it; that subject is the one ready (seventeenth round)
        head = head.head
        sources, _ = subjects(head)
    elif word.dep_ in ("acomp", "attr", "oprd"):
        sources, _ = subjects(head)
    elif word.pos_ == "NOUN":
        own = [c for c in word.children if c.dep_ == "poss"]
        sources = own or (subjects(head)[0] if word.dep_ in ("dobj", "obj") else [])
    else:
        sources = []
    return Candidate(code=code, trigger=(word,), scope=word if word.pos_ == "NOUN" else head,
                     sources=(tuple(sources),), targets=(tuple(comp_targets),), specificity=3,
                     inherited=True, kind="frame")


def _object_predicate(word: Token) -> bool:
    """True for an adjective the parser hangs on a verb's direct object after it, where English puts what the verb
    makes of the object ("left the door open", "kept its options open"): a predicate of the object, said by the verb's
    subject, not a modifier (a modifying adjective comes before its noun)."""
    return (word.dep_ == "amod" and word.pos_ == "ADJ" and word.i > word.head.i
            and word.head.dep_ in ("dobj", "obj") and word.head.head.pos_ in ("VERB", "AUX"))


CONTINUING_VERBS = frozenset({"continue", "keep", "resume"})
"""Verbs of carrying on an act, looked through to the act as "help" is ("offered to keep observing the limits");
not "stop" or "cease", which undo it."""


def frame_complement(verb: Token, lexicon: Lexicon, *, noun_preps: frozenset[str] = frozenset(), lemmas: Collection[str] = (),
                by_agent: bool = False) -> tuple[Token, CameoCode | None, list[Token]] | None:
    """The clause or event noun a frame word governs, its code and its target tokens.

    ``noun_preps``: the event noun may also be the object of these prepositions ("open to a truce", "ready for a
    ceasefire").
    ``lemmas``: object nouns the frame codes by their lemma ("demanded the release of ...").
    ``by_agent``: any object noun whose agent a "by" phrase names is the complement, aimed at that agent.
    """
    # "committed to handing power back to civilians": a gerund after "to" is a clause complement too; so is a
    # gerund object the parser reads as an adverbial clause ("ruled out sending troops")
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    gerunds += [c for c in verb.children if _gerund_object(verb, c)]
    # "offered on Friday to mediate", "called for Israel to release the prisoners": a "to"-infinitive the parser
    # reads as an adverbial clause (after a time phrase, or with "for" and a subject of its own) is the complement
    gerunds += [c for c in verb.children if _infinitive_complement(verb, c)]
    for child in [*verb.children, *gerunds]:
        child = _told_clause(verb, child) or child
        if (child.dep_ in ("xcomp", "ccomp", "acl") or child in gerunds or _control_infinitive(verb, child)) \
                and child.pos_ in ("VERB", "AUX"):
            code, targets = clause_code(child, lexicon)
            if code is None:  # "threatened to deliver devastating blows to the United States": whom it is aimed at
                targets = _plain_targets(child)
            else:  # "offered to host a peace summit between Russia and Ukraine": the parties it is for
                targets = [*targets, *prep_objects([child, *direct_objects(child)], frozenset({"between"}))]
            helped = [c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            if child.lemma_.lower() in HELPING_VERBS | CONTINUING_VERBS and helped:
                # "willingness to help train Ukrainian pilots": the help is the training; "offered to
                # continue supplying gas to Europe": the act carried on is the act
                inner, inner_targets = clause_code(helped[0], lexicon)
                if inner is not None:
                    code, targets = inner, inner_targets
            return child, code, targets
    for child in verb.children:
        nouns = [child] if child.dep_ in ("dobj", "obj") else []
        if child.dep_ == "prep" and child.lower_ in noun_preps:
            nouns = [p for p in child.children if p.dep_ == "pobj"]
        for obj in nouns:
            noun = expand_quantity(obj)
            entry = lexicon.match_noun(noun)
            goods = carried_goods(noun) if entry is None else None  # "pledged 40 trucks of aid to Sudan"
            carried = lexicon.match_noun(goods) if goods is not None else None
            if carried is not None and goods is not None and carried.code.startswith("07"):
                noun, entry = goods, carried
            if entry is not None:
                return noun, entry.code, prep_objects([noun, verb], entry.target_preps)
            if noun.lemma_.lower() in lemmas:  # "the release of the jailed leaders", "the president's resignation"
                owners = [c for c in noun.children if c.dep_ == "poss"]
                return noun, None, prep_objects([noun], frozenset({"of"})) + owners
            agents = prep_objects([noun], frozenset({"by"})) if by_agent else []
            if agents:  # "demanded an immediate admission by Moscow that ...": what Moscow is to do
                return noun, None, agents
    return None


def no_reason_not_to(noun: Token, lexicon: Lexicon) -> tuple[Candidate, Token] | None:
    """ "Pyongyang had no reason not to sit down with Washington", "sees no reason not to extend the deal": the two
    negations state a readiness, coded as the intent frame codes "is ready to" (036 for a meeting), by the one who
    has (or sees) no reason."""
    if noun.lemma_.lower() != "reason" or noun.dep_ not in ("dobj", "obj") or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    intent = lexicon.frame_named("intent")
    content = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and any(n.dep_ == "neg" for n in c.children)), None)
    if intent is None or content is None:
        return None
    code, targets = clause_code(content, lexicon)
    framed = intent.code_for(code, content.lemma_.lower()) if code is not None else None
    sources = subjects(noun.head)[0]
    if framed is None or not sources:
        return None
    return (Candidate(code=framed, trigger=(noun,), scope=noun.head, sources=(tuple(sources),),
                      targets=(tuple(targets),), specificity=3, inherited=True, kind="frame"), content)


def stated_relatives(comp: Token) -> set[int]:
    """The tokens of relative clauses with a subject of their own inside a frame's content ("refused to sign the
    declaration of the CSTO summit *he hosted*", "demanded that Russia return the children *it deported*"): what they
    say is a fact the content refers to, an event of its own, not part of what is refused or demanded."""
    out: set[int] = set()
    for tok in comp.subtree:
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


# "as" or "while" before a clause of its own that says what was going on at the time; not one that says by what
# account or plan the content is to be done ("withdraw as agreed", "as it had promised")
SIMULTANEITY_MARKS = frozenset({"as", "while"})
_DEGREE_WORDS = frozenset({"long", "soon", "far", "much", "well", "just", "such", "same"})
ACCOUNT_VERBS = frozenset({"say", "promise", "agree", "expect", "plan", "demand", "request", "ask", "pledge", "announce",
                           "report", "intend", "hope", "want", "require", "stipulate", "envisage", "claim", "predict",
                           "foresee", "fear", "warn", "suggest", "propose", "order", "instruct", "vow", "note",
                           "state", "do", "insist", "understand", "know", "believe", "think", "see"})


def stated_circumstances(comp: Token) -> set[int]:
    """The tokens of "as"/"while" clauses with a subject of their own and a past or ongoing verb inside a frame's
    content ("called on young Congolese to join the army *as M23 fighters consolidated their hold on Goma*", "urged
    Europe to send air defences *while Russia was pounding Kharkiv*"): what they say was happening at the time, an event
    of its own stated by the writer, not part of what is asked or promised (eighteenth round)."""
    out: set[int] = set()
    for tok in comp.subtree:
        # on a verb: "as long as", "as soon as" hang on their adverb and make a condition or a time
        if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.lemma_.lower() in ACCOUNT_VERBS \
                or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in SIMULTANEITY_MARKS]
        if not marks or (marks[0].i > 0 and tok.doc[marks[0].i - 1].lower_ in _DEGREE_WORDS):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children):
            continue
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):  # "as Russia would see it": no fact
            continue
        # a simple present may be a plan's time ("will withdraw as the talks begin"): past and ongoing acts only
        if tok.tag_ == "VBD" or (tok.tag_ in ("VBG", "VBN") and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)):
            out.update(t.i for t in tok.subtree)
    return out


def _infinitive_complement(verb: Token, clause: Token) -> bool:
    """A "to"-infinitive adverbial clause after ``verb`` with no subject ("offered on Friday to mediate") or with
    "for" and a subject ("called for Israel to release")."""
    if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.i < verb.i or not to_infinitive(clause):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return (not marks and not subject) or (marks == {"for"} and subject)


def _gerund_object(verb: Token, clause: Token) -> bool:
    """ "ruled out sending American troops to Haiti": a gerund right after the verb (or its particle), with no comma,
    subject or conjunction of its own, that the parser reads as an adverbial clause is the verb's object."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children):
        return False
    between = verb.doc[verb.i + 1:clause.left_edge.i]
    return all(t.dep_ == "prt" and t.head.i == verb.i for t in between)


def _control_infinitive(verb: Token, clause: Token) -> bool:
    """ "Will Kyiv appeal to Beijing to press Moscow?": after a verb of asking with an addressee, a subjectless
    "to"-infinitive the parser read as a purpose clause (advcl) is the verb's complement (what is asked)."""
    return (clause.dep_ == "advcl" and verb.lemma_.lower() in OBJECT_CONTROL and clause.i > verb.i
            and to_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))


def _plain_targets(clause: Token) -> list[Token]:
    """Who a complement without a code of its own is aimed at: its object and the objects of "to/against/at/on/
    with" on it or its object ("deliver blows to X", "boycott contact with X")."""
    objects = direct_objects(clause)
    return [*objects, *datives(clause), *prep_objects([clause, *objects], PLAIN_TARGET_PREPS)]


def clause_code(clause: Token, lexicon: Lexicon) -> tuple[CameoCode | None, list[Token]]:
    match = lexicon.match_verb(clause)
    if match is not None:
        cand = from_match(match)
        return match.pattern.code, [t for tier in cand.targets for t in tier]
    light = light_object(clause, lexicon)
    if light is not None:
        noun, entry = light
        return entry.code, prep_objects([noun, clause], entry.target_preps)
    return None, []


NOUN_FRAMES = {"13": "threat", "10": "demand", "02": "appeal", "03": "intent"}
"""Event nouns that frame an infinitive as their verbs do, by their own code's root: "Russia's threat to use nuclear
weapons against Ukraine" is a threat (the use is what is threatened), "an offer to mediate" an intent, "a call to
release the hostages" an appeal."""


def noun_frame(noun: Token, lexicon: Lexicon) -> tuple[CameoCode, Token, list[Token]] | None:
    """For an event noun of a framing class with a subjectless "to"-infinitive: its code by what it frames (as the
    verb frame codes it), the infinitive (its content, not an event of its own) and the content's targets."""
    if noun.pos_ != "NOUN":
        return None
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and to_infinitive(c)
                   and not grammatical_subjects(c)), None)
    if clause is None:
        return None
    entry = lexicon.match_noun(noun)
    frame = lexicon.frame_named(NOUN_FRAMES.get(str(entry.code)[:2], "")) if entry is not None else None
    if frame is None:
        return None
    content, targets = clause_code(clause, lexicon)
    code = frame.code_for(content, clause.lemma_.lower()) if content is not None else None
    if code is None:
        return None
    return code, clause, targets
