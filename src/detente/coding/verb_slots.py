"""The slots of a matched verb pattern: which tokens may be the source and the target of the event a lexicon
verb pattern codes (passives, objects, prepositions, owners of the thing acted on, receivers of goods, claimed acts,
refused proposals).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.aid_owners import owning_receivers
from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    agents,
    coordinated,
    datives,
    direct_objects,
    grammatical_subjects,
    inherited_passive_subject,
    is_passive,
    participle_subject,
    prep_objects,
    question_passive_subject,
    subjects,
    to_infinitive,
)
from detente.coding.contents import DOCUMENT_NOUNS
from detente.coding.mass_violence import mass_code
from detente.coding.participants import LAUNCH_VERBS
from detente.coding.rule_codes import EXPULSION_PREFIX, INQUIRY_ROOTS
from detente.coding.sending import sender
from detente.coding.verbs import Lexicon, NounEntry, VerbMatch, expand_quantity

RECEIVING_VERBS = frozenset({"use", "receive", "get", "deploy", "obtain", "acquire", "buy", "operate", "fire",
                             "launch", "purchase", "import"})
"""Verbs whose subject, in a relative clause on transferred goods, is their recipient:
"supplied drones that Russia used" -> Russia received the drones."""


DEMAND_ROOT = "10"


AID_ROOT = "07"


OFFENCE_PREPS = frozenset({"for", "of", "with", "over"})
"""Prepositions that bring the reason or the thing given after a verb's object ("blamed Putin for the death of
Navalny", "accused Iran of attacks on shipping", "supplied Ukraine with arms"), not a second target."""


ACT_POS = frozenset({"VERB", "NOUN"})
"""A preposition's object that is a gerund or common noun ("against meddling", "against interference") names an act
or a thing, which may stand for an actor only through its modifiers or the places in its phrase."""


CLAIM_PREFIX = "015"
"""Claims of responsibility: their target is the target of the act claimed."""


CLAIMED_ACT_PREPS = frozenset({"on", "against", "at", "in", "into"})


REFUSAL_ROOT = "12"


OWNER_PREPS = frozenset({"by", "from"})
"""Prepositions that name whose proposal, appeal or ultimatum a noun is: "calls by Belarus's rulers",
"an appeal from President Gbagbo"."""


def _clause_objects(clauses: list[Token]) -> list[Token]:
    return [o for c in clauses for o in direct_objects(c)]


STATEMENT_ROOT = "01"
# what a hope or prospect of an accord is held out for: its "with" phrase names the other side ("no prospect of a deal
# with Azerbaijan", "little hope of talks with the ELN", "no chance of peace with Russia")
ACCORD_NOUNS = frozenset({"deal", "agreement", "accord", "treaty", "settlement", "peace", "ceasefire", "truce",
                          "talk", "talks", "negotiation", "dialogue", "compromise", "reconciliation", "normalisation",
                          "normalization", "rapprochement", "breakthrough"})


def content_clauses(noun: Token) -> list[Token]:
    """The clauses a noun holds as its content ("hope that X would ...", "no sign Moscow was ready ...")."""
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
            and not to_infinitive(c)]


def from_match(match: VerbMatch) -> Candidate:
    verb, pattern = match.verb, match.pattern
    sources, inherited = subjects(verb)
    targets: list[Token] = []
    if pattern.object_is_target:
        if is_passive(verb):
            targets.extend(t for c in verb.children if c.dep_ == "nsubjpass" for t in coordinated(c))
            split = question_passive_subject(verb)
            targets.extend(coordinated(split) if split is not None else ())
            if not targets:
                targets.extend(inherited_passive_subject(verb))
        else:
            # "found Trump guilty": the parser reads a small clause, whose subject is the verb's object
            targets.extend(direct_objects(verb) or [t for c in verb.children if c.dep_ in ("ccomp", "oprd")
                                                    and c.pos_ == "ADJ" and c.i > verb.i
                                                    for g in c.children if g.dep_ == "nsubj" for t in coordinated(g)])
            if not targets and match.object_token is not None and match.object_token.dep_ == "nsubj" \
                    and match.object_token.head.dep_ in ("ccomp", "xcomp") and match.object_token.head.head.i == verb.i:
                # "let Polish researchers exhume the remains", "permitted UN monitors to enter": the one let, which
                # the parser makes the subject of the verb's complement (the lexicon's matcher reads it so)
                targets.extend(coordinated(match.object_token))
    elif match.object_token is not None:
        # "took 200 people hostage": with two objects, the one that is not the pattern's is the one affected
        targets.extend(t for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != match.object_token.i
                       and expand_quantity(c).i != match.object_token.i for t in coordinated(c))
    targets.extend(datives(verb))
    targets.extend(shifted_receivers(match))
    # the pattern's prepositions may hang on the object ("vetoed a resolution in the Security Council") when the
    # object is a thing, not the target
    heads = ([verb] if pattern.object_is_target else [verb, *direct_objects(verb)]) if match.object_token is None \
        else [verb, match.object_token, *direct_objects(verb)]
    # "mediate in a dispute between X and Y": the prepositions may also hang on the object of the pattern's own
    # preposition
    heads += [p for w in match.word_tokens if w.pos_ == "ADP" for p in w.children if p.dep_ == "pobj"]
    preps = pattern.target_preps
    if pattern.object_is_target and pattern.object_prep is None and pattern.words \
            and pattern.words[-1] in OFFENCE_PREPS and targets and not is_passive(verb):
        # "blamed Putin for the death of Navalny", "charged him with the murder of a journalist": with its
        # object named, a pattern's own last preposition brings the offence, not a second target
        preps = preps - {pattern.words[-1]}
        heads = heads[:1]
    if pattern.object_is_target and pattern.object_prep is None and targets and is_passive(verb):
        # "Uribe was shot in the head at a campaign event": the passive subject is the one acted on; the pattern's
        # preposition ("shoot at") then says where it happened
        preps = frozenset()
    if pattern.code.startswith(EXPULSION_PREFIX) and is_passive(verb) and not sources:
        # "Four Iranian diplomats were expelled from Azerbaijan": the country they are sent away from is the one
        # that expels them (the place-authority rule), not their own; "from" on the expelled noun still names theirs
        targets.extend(prep_objects([h for h in heads if h is not verb], preps))
        targets.extend(prep_objects([verb], preps - {"from"}))
    else:
        targets.extend(prep_objects(heads, preps))
    # "handed over evidence of war crimes to the ICC": the lexicon's matcher finds the pattern's own last preposition
    # hung on M of "N of M"; it names the target wherever the parser hung it (eighteenth round)
    targets.extend(p for w in match.word_tokens if w.pos_ == "ADP" and w.lower_ in preps
                   and all(w.head.i != h.i for h in heads) for p in w.children if p.dep_ == "pobj")
    tiers: list[tuple[Token, ...]] = [tuple(targets)]
    if pattern.object_is_target and not is_passive(verb) and direct_objects(verb):
        # "cautioned Washington against meddling in Hong Kong", "warned Moscow against interference in Moldova's
        # elections": with the one warned named, the act after the preposition is what the warning is about; it
        # and the places in it are a target only when the object names no actor
        # ("against any move against Taiwan": what the act is aimed at is inside it)
        acts = [t for t in targets if t.dep_ == "pobj" and t.pos_ in ACT_POS and t.head.head.i == verb.i]
        inner = tuple(t for t in targets if t in acts or any(a in acts for a in t.ancestors))
        if inner:
            tiers = [tuple(t for t in targets if t not in inner), inner]
    if pattern.code.startswith(DEMAND_ROOT) and match.object_token is not None:
        # "demanded the withdrawal of Russian troops from Ukraine": a demand is made of whoever is to act, the
        # "of" phrase of the act demanded; the place they are to leave is the target only when no one is named
        doers = prep_objects([match.object_token], frozenset({"of"}))
        tiers = [tuple(doers), tuple(t for t in targets if t not in doers)]
    if match.object_token is not None and pattern.code.startswith("07"):
        misparsed = [c for c in match.object_token.children if c.dep_ == "nmod"]  # "gave Ukraine economic aid"
        tiers.append(tuple(_receivers(match.object_token) + _coordinated_receivers(verb) + misparsed
                           + owning_receivers(match.object_token)))
    elif pattern.code.startswith(CLAIM_PREFIX):
        # "claimed responsibility for the rocket barrage on Tel Aviv": the target of the act claimed
        claimed_on = [verb] if match.object_token is None else [verb, match.object_token]
        acts = prep_objects(claimed_on, frozenset({"for"}))
        tiers.append(tuple(prep_objects([expand_quantity(a) for a in acts] + acts, CLAIMED_ACT_PREPS)))
        # "took responsibility for the drone strike that killed ten Afghan civilians in Kabul": what a relative
        # clause on the act claimed says it hit, where (sixteenth round)
        relatives = [r for a in acts for r in expand_quantity(a).children if r.dep_ == "relcl"]
        tiers.append((*_clause_objects(relatives), *prep_objects(relatives, CLAIMED_ACT_PREPS)))
        if pattern.own_act:
            # "acknowledged that its bombs had struck the Chinese embassy", "conceded that its troops had fired on
            # Georgian villages": an act admitted in a clause is aimed at what its object or prepositions name
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            tiers.append((*_clause_objects(clauses), *prep_objects(clauses, CLAIMED_ACT_PREPS)))
    elif not pattern.object_is_target and (match.object_token is not None or direct_objects(verb)):
        # "seized Ukrainian ships", "struck Iran's nuclear sites", "released Palestinian prisoners",
        # "rejected Washington's offer", "approved Sweden's accession", "vetoed a Security Council resolution":
        # the owner of the thing acted on
        thing = match.object_token if match.object_token is not None else direct_objects(verb)[0]
        # a possessor or a name before the thing before an adjective: "vetoed a US-drafted Security Council
        # resolution" is cast in the Council
        # a name after a named possessor is the thing's own name, not a second owner ("rejected Washington's Gaza
        # plan", "banned Sheikh Hasina's Awami League"); after "its" it may be the other party ("froze its EU
        # accession talks")
        owner = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if thing.pos_ == "PROPN" and owner is None and thing.ent_type_ not in ("GPE", "LOC", "FAC"):
            # "suspended the BBC and Voice of America": a body's name the pattern lists as its object is what is
            # acted on; a place there is not ("democratize Serbia") (seventeenth round)
            tiers.append(tuple(coordinated(thing)))
        # "froze EU accession talks": a name compounded on the thing's own compound noun too (seventeenth round)
        compounds = [c for c in thing.children if c.dep_ == "compound"]
        compounds += [g for c in compounds if c.pos_ == "NOUN" for g in c.children
                      if g.dep_ == "compound" and g.pos_ == "PROPN"]
        tiers.append(tuple(c for c in [*thing.children, *compounds] if c.dep_ == "poss"
                           or (c.dep_ == "compound" and (owner is None or c.i < owner.i))))
        # "expelled French and Ivorian diplomats": each demonym of a coordination
        tiers.append(tuple(t for c in thing.children if c.dep_ == "amod" for t in coordinated(c)))
        # "condemned the annexation of the West Bank by Israel", "rejected a proposal by Egypt": whose act or proposal
        # it is, by its "by" phrase
        tiers.append(tuple(prep_objects([thing], frozenset({"by"}))))
        # "began clearing roadblocks set up by supporters of Evo Morales": whose it is, by the agent of a participle
        # that says who made or put it there (seventeenth round)
        tiers.append(tuple(t for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in agents(c)))
        # "upheld a death sentence against Mohamed Morsi", "dropped the charges against Trump", "lifted the sanctions
        # against Belarus": whom the thing acted on is against
        tiers.append(tuple(prep_objects([thing], frozenset({"against"}))))
        # then whose it is by its "of" phrase or apposition ("the assets of Germany's Uniper", "released the mayor
        # of the West Bank city of Nablus, a member of Hamas")
        tiers.append(tuple(prep_objects([thing], frozenset({"of"}))))
        tiers.append(tuple(c for c in thing.children if c.dep_ == "appos"))
        # "shot down a drone launched from Yemen": whose weapon it is, by where it was launched from
        tiers.append(tuple(t for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in LAUNCH_VERBS
                           for t in prep_objects([c], frozenset({"from"}))))
        # last resort: the people the object names ("released 24 hostages, including 13 Israelis"); not the
        # place it is in ("signed an agreement in Beijing" is no agreement with China)
        tiers.append(tuple(prep_objects([thing], frozenset({"including"}))))
        # "lifted most of the sanctions they had slapped on Niger": whom a relative clause says it was aimed at
        relatives = [r for r in expand_quantity(thing).children if r.dep_ == "relcl"]
        tiers.append(tuple(prep_objects(relatives, frozenset({"on", "against"}))))
        if pattern.code.startswith(STATEMENT_ROOT):
            # "saw little hope that the Trump administration would change course", "saw no sign Moscow was ready to
            # end the war": a hope, fear or sign is about the subject of the clause it holds (seventeenth round)
            tiers.append(tuple(t for c in content_clauses(thing) for t in grammatical_subjects(c)))
            # "sees no prospect of a peace deal with Azerbaijan", "saw no hope of talks with the ELN": a hope or
            # prospect of an accord or of talks is about the other side of them (eighteenth round)
            accords = [a for a in prep_objects([thing], frozenset({"of", "for"})) if a.lemma_.lower() in ACCORD_NOUNS]
            tiers.append(tuple(prep_objects([thing, *accords], frozenset({"with", "between"}))))
        if pattern.code[:2] in INQUIRY_ROOTS:
            # "investigate alleged crimes committed under the government of Mikheil Saakashvili": the thing looked
            # into, which the coder's inquiry step reads for whoever did it (seventeenth round)
            tiers.append((thing,))
    if pattern.code.startswith(REFUSAL_ROOT) and not is_passive(verb):
        # "rejected recent calls by Belarus's rulers": a refusal answers whoever made the proposal
        things = [match.object_token] if match.object_token is not None else direct_objects(verb)
        tiers.append(tuple(t for thing in things for t in owners_of(thing)))
        # "Students ... demanded snap elections, a call Vucic has repeatedly rebuffed": a call set after a clause is
        # that clause's, made by its subject
        tiers.append(tuple(t for thing in things if thing.dep_ in ("npadvmod", "appos")
                           and thing.head.pos_ in ("VERB", "AUX") and thing.lemma_.lower() in DOCUMENT_NOUNS
                           for t in grammatical_subjects(thing.head)))
    if pattern.code.startswith(AID_ROOT) and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # "Abrams tanks supplied by Washington have arrived in Ukraine", "drones supplied by Ankara have given
        # Azerbaijani forces an edge": the goods' receiver is where the clause they are the subject of takes them
        host = verb.head.head
        tiers.append(tuple(prep_objects([host], frozenset({"in", "into", "to"})) + datives(host)))
    if pattern.object_is_target and not is_passive(verb):
        # "Japan condemned the launch by North Korea": an active verb has no "by" agent; the parser hung the object's
        # "by" phrase (whose act it is) on the verb
        tiers.append(tuple(prep_objects([verb], frozenset({"by"}))))
    if pattern.code.startswith(AID_ROOT) and match.object_token is None and not pattern.object_is_target:
        # "Britain has armed Ukraine", "Iran funds the Houthis": an aid verb whose object names no goods has the
        # receiver for object
        tiers.append(tuple(direct_objects(verb)))
    if inherited and sender(verb):  # "sent personnel to Bosnia to investigate": last resort, where they were sent
        tiers.append(tuple(prep_objects([verb.head], frozenset({"to", "into"}))))
    trigger = (verb, *match.word_tokens, *([match.object_token] if match.object_token is not None else []))
    givers = _givers(verb, match) if pattern.code.startswith(AID_ROOT) else []
    if givers:
        # "Ukraine received weapons from Germany": receiving is giving seen from the other side; the giver acts
        return Candidate(code=pattern.code, trigger=trigger, scope=verb, sources=(tuple(givers),),
                         targets=(tuple(sources),), needs_target=pattern.needs_target,
                         specificity=pattern.specificity, inherited=False, kind="verb")
    if not sources and is_passive(verb):
        sources = _instigators(verb)
    source_tiers = (tuple(sources),) if not inherited else (tuple(sources), tuple(participle_subject(verb)),
                                                           tuple(sender(verb)))
    return Candidate(code=mass_code(pattern.code, verb), trigger=trigger, scope=verb, sources=source_tiers,
                     targets=tuple(tiers), needs_target=pattern.needs_target, specificity=pattern.specificity,
                     inherited=inherited, kind="verb", mutual=pattern.mutual)


def shifted_receivers(match: VerbMatch) -> list[Token]:
    """The receiver put before the goods, which the lexicon's matcher took for the pattern's own "to"/"for": "gave
    Ukraine Leopard tanks", "sold India S-400 missile systems", "sent Kyiv HIMARS rocket launchers" (the parser hangs
    the name on the goods as a compound, so it is no dative of the verb) (sixteenth round). Not for "for": a name
    before what is bought is as often where it comes from ("Taiwan bought US weapons")."""
    return [tok for word, tok in zip(match.pattern.words, match.word_tokens, strict=False)
            if word == "to" and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("compound", "nmod")
            for tok in coordinated(tok)]


GETTING_VERBS = frozenset({"receive", "get", "obtain", "accept", "secure", "win"})
"""Verbs of receiving: an aid pattern on them ("received weapons from Germany", "secured a loan from the IMF") has the
giver in its "from" phrase and the receiver for subject (verbs.toml writes such patterns with "from")."""


def _givers(verb: Token, match: VerbMatch) -> list[Token]:
    """The "from" party of an aid received ("received weapons from Germany" -> Germany; in a passive, "aid was received
    from Japan", Japan gives too, to no one named); empty for any other verb."""
    if verb.lemma_.lower() not in GETTING_VERBS or "from" not in match.pattern.words:
        return []
    heads = [verb] if match.object_token is None else [verb, match.object_token]
    return prep_objects(heads, frozenset({"from"}))


def owners_of(thing: Token) -> list[Token]:
    """Whose thing a noun is: its possessor, modifiers and "by/from" phrase ("an Australian ultimatum",
    "calls by Belarus's rulers", "a United Nations appeal", "an appeal from President Gbagbo")."""
    own = [c for c in thing.children if c.dep_ in ("poss", "amod", "compound")]
    return own + prep_objects([thing], OWNER_PREPS)


def _instigators(verb: Token) -> list[Token]:
    """Who ordered a passive act without a ``by``-agent: "killed on the Kremlin's orders", "arrested on the
    orders of the president" -> [Kremlin], [president]."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "under", "at"):
            for order in prep.children:
                if order.dep_ == "pobj" and order.lemma_.lower() in ("order", "instruction", "behest", "command"):
                    owners = [c for c in order.children if c.dep_ == "poss"]
                    return owners or prep_objects([order], frozenset({"of"}))
    return []


def _receivers(goods: Token) -> list[Token]:
    out: list[Token] = []
    for child in goods.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in RECEIVING_VERBS and not is_passive(child):
            out.extend(t for c in child.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                       for t in coordinated(c))
    return out


def _coordinated_receivers(verb: Token) -> list[Token]:
    """ "Iran supplied and Russia used the drones": the subject of a coordinated receiving verb."""
    return [t for c in verb.children
            if c.dep_ == "conj" and c.lemma_.lower() in RECEIVING_VERBS and not is_passive(c)
            for g in c.children if g.dep_ == "nsubj" for t in coordinated(g)]

def light_object(verb: Token, lexicon: Lexicon) -> tuple[Token, NounEntry] | None:
    """The event noun a light verb takes as its object ("imposed sanctions", "launched a wave of attacks") with its
    lexicon entry; None when ``verb`` is no light verb or its object names no event."""
    if not lexicon.light_verb(verb):
        return None
    for obj in direct_objects(verb)[:1]:
        noun = expand_quantity(obj)
        entry = lexicon.match_noun(noun)
        if entry is not None:
            return noun, entry
        goods = carried_goods(noun)
        entry = lexicon.match_noun(goods) if goods is not None else None
        if goods is not None and entry is not None and entry.code.startswith(AID_ROOT):
            return goods, entry
    return None


CARRIERS = frozenset({"truck", "lorry", "plane", "aircraft", "ship", "vessel", "boat", "train", "box", "bag", "sack",
                      "parcel", "carton", "kit", "load"})
"""Vehicles and containers that stand for the goods they carry: "delivered 40 trucks of aid to Gaza"."""


SUMS = frozenset({"billion", "million", "trillion"})
"""Bare sums that stand for what they are "in": "gave billions in military aid to Ukraine"."""


def carried_goods(noun: Token) -> Token | None:
    """The goods a vehicle, container or bare sum stands for ("40 trucks *of aid*", "billions *in military aid*"),
    else None. Only aid is read so (the caller checks the code): "sent 40 trucks of soldiers" names no aid, and
    "killed thousands in Gaza" is no sum."""
    lemma = noun.lemma_.lower()
    preps = ("of",) if lemma in CARRIERS else ("in", "of") if lemma in SUMS else ()
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
    if lemma in SUMS and noun.dep_ in ("dobj", "obj"):
        # "delivered millions in humanitarian aid": the parser may hang the "in" phrase on the verb, right after the sum
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in"
                    and c.i == noun.right_edge.i + 1]
    for prep in phrases:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            return expand_quantity(pobj)
    return None
