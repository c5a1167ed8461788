"""Whom an act is aimed at when its frame, not its object, says so (stage 4).

A purpose clause ("to deter Iran"), an answered act ("in response to the US build-up"), a condition
("if India invaded"), what a refusal refuses or is made despite, what a protest demands and of whom,
the perpetrator of what an inquiry is into, the host clause of a purpose infinitive, the one other
country a threat's sentence names, and a deontic "should" that makes a statement an appeal.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    direct_objects,
    grammatical_subjects,
    prep_objects,
    reporting_verb,
    to_infinitive,
)
from detente.coding.contents import protest_purposes
from detente.coding.participants import (
    BORDER_NOUNS,
    actor_country,
    brokering_participle,
    first_tier,
    resolve,
    resolve_all,
    same_country,
)
from detente.coding.place_targets import PLACE_TARGET_PREPS, PROTEST_PLACE_PREPS, STATIONED_PREPS
from detente.coding.verbs import expand_quantity
from detente.records.mention import ActorMentions, ResolvedActor

DEMANDED_OF_PREPS = frozenset({"by", "from", "on", "of"})
"""Prepositions that name whom a protest's demand is addressed to ("reforms by the government", "call on X")."""
DEONTIC_MODALS = frozenset({"should", "must", "ought"})
"""Modals of obligation: "X should/must do Y, Z said" is Z's appeal to X."""
VIOLENCE_NOUNS = frozenset({
    "killing", "death", "murder", "assassination", "shooting", "torture", "abduction", "kidnapping",
    "disappearance", "poisoning", "attack", "bombing", "massacre", "crime", "atrocity", "abuse", "violation",
})
"""Acts an inquiry may be "into": their victims are not the inquiry's target, their perpetrator is."""
WRONGDOING_NOUNS = frozenset({"crime", "atrocity", "abuse", "violation"})
CHARGE_NOUNS = frozenset({"complaint", "allegation", "accusation", "report", "claim", "charge"})
"""What an inquiry looks into when it is into charges: the wrongs charged ("complaints of abuses by police")."""
"""Wrongs an inquiry into which, with no perpetrator named, is aimed at the country they were done in."""
RULE_NOUNS = frozenset({"government", "rule", "regime", "presidency", "administration", "leadership", "watch",
                        "tenure", "command"})
"""What wrongs are done "under": "crimes committed under the government of X" are laid at X's door."""
CONDITION_WORDS = frozenset({"if", "unless"})
DETERRING_VERBS = frozenset({"deter", "intimidate", "pressure", "pressurize", "pressurise", "warn", "threaten",
                             "coerce", "counter", "signal", "dissuade"})
"""Purpose verbs that name whom a show of force is aimed at: "moved warships into the Mediterranean to deter Iran"."""
PURPOSE_TARGET_PREPS = frozenset({"against", "on", "with"})
ANSWERED_MARKS = frozenset({"after", "following"})
REQUEST_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "pressure", "urging", "ultimatum", "entreaty",
                           "protest", "objection"})
"""What a refusal may be made "despite": whoever demanded, called or pressed is the one refused."""
ANSWER_PREPS: dict[tuple[str, str], tuple[str, ...]] = {
    ("in", "response"): ("to",), ("in", "retaliation"): ("for", "against"), ("in", "reprisal"): ("for",),
    ("in", "reaction"): ("to",), ("in", "answer"): ("to",),
    ("in", "protest"): ("at", "over", "against"),
}
"""Phrases whose object is the act an act answers: "in response to", "in retaliation for"; and "in protest at/over/
against" another's act ("recalled its ambassador in protest at the Algerian decision": aimed at Algeria; twenty-second
round)."""
AIMING = frozenset({"aim", "direct", "target"})
"""Participles that name whom a show of force or a campaign is aimed at."""
HOST_TARGET_PREPS = frozenset({"to", "with", "into"})
"""Prepositions of a host verb whose object its purpose infinitive is also aimed at ("travelled to Kyiv to ...")."""


def conditional_counterparts(verb: Token, sources: list[ResolvedActor],
                              mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a conflictual act with no target of its own is aimed at when a condition pairs it with another
    actor's act: in "Would Pakistan use nuclear weapons if India invaded?" the weapons would be used against
    India, and the invasion India might make is of Pakistan. The condition's subject for the act it
    conditions, the conditioned clause's subject for the condition; only another country than the source's."""
    own = {actor_country(s) for s in sources}
    if is_condition(verb):
        others = grammatical_subjects(verb.head)
    else:
        others = [t for c in verb.children if c.dep_ == "advcl" and is_condition(c) for t in grammatical_subjects(c)]
    found = first_tier((tuple(others),), mentions)
    return [a for a in found if actor_country(a) not in own]


def is_condition(clause: Token) -> bool:
    """True for an "if/unless" clause on a verb ("if India invaded")."""
    return clause.dep_ == "advcl" and clause.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in clause.children)


ORIGIN_VERBS = frozenset({"import", "make", "produce", "manufacture", "ship", "export", "source", "originate"})
"""Participles that say where goods come from: "brandy imported from the European Union"."""


def goods_origin(tok: Token) -> list[Token]:
    """Where the goods ``tok`` come from, by a participle on them ("an anti-dumping investigation into brandy
    imported from the European Union", "a probe into steel made in China"): a trade inquiry into goods is aimed at
    the country or bloc that sells them (nineteenth round)."""
    return [p for clause in tok.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            and clause.lemma_.lower() in ORIGIN_VERBS
            for p in prep_objects([clause], frozenset({"from", "in"}))]


def investigated_parties(tok: Token) -> list[Token]:
    """Whom an inquiry into an act of violence is aimed at: the act's perpetrator ("crimes committed by Croat
    forces", "Russia's killing of ..."), never its victims ("an investigation into the killing of Armenian
    soldiers" has no target); any other target token stands for itself."""
    tok = expand_quantity(tok)  # "hundreds of complaints of abuses by police"
    if tok.lemma_.lower() in CHARGE_NOUNS:  # "complaints of abuses by police and soldiers": the abuses charged
        charged = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.lemma_.lower() in VIOLENCE_NOUNS]
        if charged:
            return investigated_parties(charged[0])
    if tok.lemma_.lower() not in VIOLENCE_NOUNS:
        prep = tok.head
        victim = (tok.dep_ == "pobj" and prep.lower_ in ("of", "on", "against")
                  and prep.head.lemma_.lower() in VIOLENCE_NOUNS)
        # "investigate the killings of civilians by Sudan's warring parties": the victims' act's perpetrators
        return investigated_parties(prep.head) if victim else [tok, *goods_origin(tok)]
    found = [c for c in tok.children if c.dep_ == "poss"]
    for clause in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        found += [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        # "crimes committed under the government of Mikheil Saakashvili": done under whose rule (seventeenth round)
        found += [o for p in prep_objects([clause], frozenset({"under"})) if p.lemma_.lower() in RULE_NOUNS
                  for o in prep_objects([p], frozenset({"of"}))]
    found += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    found += [c for p in found for c in p.conjuncts if c.pos_ in ("NOUN", "PROPN")]  # "by police and soldiers"
    if not found and tok.lemma_.lower() in WRONGDOING_NOUNS:
        # "an investigation into possible crimes against humanity in Venezuela": wrongs done in a country are
        # laid at the door of those who hold it (deaths or killings in a place are not)
        found = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                 for p in c.children if p.dep_ == "pobj"]
    return found


def purpose_targets(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a show of force is aimed at, from its purpose clause ("to deter Iran", "to pressure Taiwan", "to restore
    order in Niger") or the fight it readies for ("for a war against Iraq")."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in DETERRING_VERBS:
            found = [a for obj in clause.children if obj.dep_ in ("dobj", "obj")
                     for a in resolve_all(obj, mentions)]
            if found:
                return found
    # "placed its forces on alert along the border with India": the other side of the border
    places = [verb, *direct_objects(verb), *prep_objects([verb], frozenset({"on", "in", "at"}))]
    for tok in prep_objects(places, STATIONED_PREPS):
        if tok.lemma_.lower() in BORDER_NOUNS:
            found = resolve_all(tok, mentions)
            if found:
                return found
    # "deployed warships to guard its waters against Chinese fishing boats": what the purpose is against
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"):
        found = [a for tok in prep_objects([clause, *direct_objects(clause)], frozenset({"against"}))
                 for a in resolve_all(tok, mentions)]
        if found:
            return found
    # "stepped up readiness after North Korea blew up the roads": the act the posture answers
    for clause in (c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWERED_MARKS for m in c.children)):
        found = first_tier((tuple(grammatical_subjects(clause)),), mentions)
        if found:
            return found
    # "ordered the activation of a standby force to restore constitutional order in Niger": where the purpose is
    purposes = [c for h in (verb, *direct_objects(verb)) for c in h.children
                if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
                and to_infinitive(c)]
    for tok in prep_objects(purposes, PLACE_TARGET_PREPS):
        where = resolve(tok, mentions)
        if where is not None and where.kind in ("place", "country"):
            return [where]
    # "mobilized reservists for a possible war against Iraq": the war the forces are readied for
    for prep in (c for h in (verb, *direct_objects(verb)) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for purpose in (p for p in prep.children if p.dep_ == "pobj"):
            found = [a for tok in prep_objects([purpose], PURPOSE_TARGET_PREPS) for a in resolve_all(tok, mentions)]
            if found:
                return found
    return []


def protest_targets(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a protest is aimed at, from what it demands and of whom: "staged demonstrations to demand reforms
    by President Suharto's government", "blocked roads to press their demands from Bouteflika's government"."""
    own = {s.actor_code for s in sources}
    opposed = _opposed_in_protest(verb)
    if opposed:
        found = [a for a in first_tier((tuple(opposed),), mentions) if a.actor_code not in own] or [
            a for a in first_tier((tuple(o for t in opposed for o in t.children if o.dep_ in ("poss", "compound")),),
                                  mentions) if a.actor_code not in own]
        if found:
            return found[:1]
    for clause in protest_purposes(verb):
        addressed = [t for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in DEMANDED_OF_PREPS]
        found = [a for tok in [*addressed, *direct_objects(clause)] for a in resolve_all(tok, mentions)
                 if a.actor_code not in own]
        if found:
            return found[:1]
    return []


PROTEST_EVENT_NOUNS = frozenset({"strike", "walkout", "stoppage", "protest", "demonstration", "rally", "march",
                                 "boycott", "sit-in", "shutdown"})
"""Protests named by a noun in which a crowd acts ("walked out in a nationwide strike against ...")."""


def _opposed_in_protest(verb: Token) -> list[Token]:
    """What a protest verb's "in a strike/protest against X" opposes: "unions walked out in a nationwide strike
    against Emmanuel Macron's pension overhaul" (X, whose owner the caller reads when X names no actor)
    (sixteenth round)."""
    events = [p for p in prep_objects([verb], frozenset({"in"})) if p.lemma_.lower() in PROTEST_EVENT_NOUNS]
    return prep_objects(events, frozenset({"against"}))


def answered_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom an act done "in response to", "in retaliation for" or "in reprisal for" another's act is aimed at: that
    act's owner ("would deploy militia members across Venezuela in response to the US naval build-up" = USA); and
    an act "aimed at" someone ("began joint drills in a show of force aimed at North Korea" = PRK)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            answered = [g for g in noun.children if g.dep_ == "prep" and g.lower_ in ANSWER_PREPS.get(
                (prep.lower_, noun.lemma_.lower()), ())]
            acts = [a for g in answered for a in g.children if a.dep_ == "pobj"]
            # "the US naval build-up": the parser may read the owner as an nmod
            owners = [o for act in acts for o in act.children if o.dep_ in ("poss", "amod", "compound", "nmod")]
            owners += prep_objects(acts, frozenset({"by", "of"}))
            # "in a show of force aimed at North Korea"
            owners += prep_objects([a for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in AIMING],
                                   frozenset({"at", "against"}))
            found = [a for a in first_tier((tuple(owners),), mentions) if not same_country([a], sources)]
            if found:
                return found
    return []


def strained_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a show of force taken "amid" a strain with another is aimed at: "put its navy on alert amid rising
    tensions with Ankara", "moved troops to the border amid a standoff with India" (the other party of the strain
    noun's "with" phrase, never the source's own country)."""
    strains = [p for p in prep_objects([verb], frozenset({"amid", "amidst", "during"}))
               if p.lemma_.lower() in BORDER_NOUNS]
    found = [a for p in strains if (a := resolve(p, mentions)) is not None]
    return [a for a in found if not same_country([a], sources)][:1]


def threatened_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a threat that names no one is aimed at: the one other country the sentence names ("Islamabad warned
    that any attempt to divert its share of the Indus waters would be an act of war, a day after India put the
    treaty in abeyance" = IND), not where the act happens ("in Brussels"); nothing when it names none or several."""
    own = {actor_country(s) for s in sources}
    where = {t.i for p in prep_objects([verb], PROTEST_PLACE_PREPS) for t in p.subtree}
    named: dict[str, ResolvedActor] = {}
    # "Russia, which invaded Ukraine in 2022, threatened to ...": what a relative clause or apposition on the one who
    # threatens says of it is background, not whom the threat is aimed at (twenty-second round)
    where |= {t.i for s in (grammatical_subjects(verb) or grammatical_subjects(verb.head)) for c in s.children
              if c.dep_ in ("relcl", "appos") for t in c.subtree}
    # "did not send a delegation to the US-brokered ceasefire talks": the go-between is no party (twenty-third round)
    where |= {t.i for p in verb.sent if brokering_participle(p) is not None for t in p.subtree}
    for m in mentions.within(verb.sent.start, verb.sent.end):
        if m.country and len(m.country) == 3 and m.country not in own and m.kind != "place" and m.head not in where:
            named.setdefault(m.country, m)
    return list(named.values()) if len(named) == 1 else []


HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "keep"})
HOLDER_PREPS = frozenset({"in", "by"})


def stated_holder(sent: Span, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whoever the sentence says holds the people whose release is asked: the "in"/"by" phrase of "held", "detained",
    "jailed" ("a gendarme who has been held in Venezuela since crossing from Colombia": VEN, where the one other
    country named would be ambiguous) (seventeenth round)."""
    own = {actor_country(s) for s in sources}
    for verb in (t for t in sent if t.tag_ == "VBN" and t.lemma_.lower() in HOLDING_VERBS):
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in HOLDER_PREPS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = mentions.at_token(obj.i)
                if found is not None and found.country and len(found.country) == 3 and found.country not in own:
                    return [found]
    return []


def mediated_parties(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions,
                     bystanders: Collection[str] = ()) -> list[ResolvedActor]:
    """Between whom a mediation that names no one is made: every actor of another country the sentence names ("urged
    Thailand and Cambodia to exercise restraint, and Malaysia's Anwar Ibrahim offered to help broker a ceasefire";
    "handed the city back to Myanmar's military under a truce brokered by China": the rebels and the army), one
    per country and sector (the rebels once, however often named), not places, nor ``bystanders`` (the countries of
    those appealing to the parties, "Erdogan urged India and Pakistan to show restraint")."""
    own = {actor_country(s) for s in sources} | set(bystanders)
    named: dict[str, ResolvedActor] = {}
    # "..., officials in Kyiv said": who reports the mediation is no party to it (seventeenth round)
    report = reporting_verb(verb)
    speakers = {t.i for s in (grammatical_subjects(report) if report is not None else []) for t in s.subtree}
    for m in mentions.within(verb.sent.start, verb.sent.end):
        if m.country and len(m.country) == 3 and m.country not in own and m.kind != "place" \
                and m.head not in speakers:
            named.setdefault(str(m.actor_code)[:6], m)
    return list(named.values())


def purpose_host_target(verb: Token, mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom a purpose infinitive with no target of its own is aimed at: whom the clause it serves reaches
    ("telephoned Erdogan to offer his condolences", "visited Kyiv to express support", "met Xi to reaffirm
    ties"): the host verb's object, dative or "to/with" phrase."""
    host = verb.head
    if (verb.dep_ not in ("xcomp", "advcl") or host.pos_ != "VERB" or grammatical_subjects(verb)
            or not to_infinitive(verb)):
        return []
    slots = [*direct_objects(host), *prep_objects([host], HOST_TARGET_PREPS)]
    return first_tier((tuple(slots),), mentions)


def despite_askers(cand: Candidate) -> list[Token]:
    """Whom a refusal answers when it is made "despite" a request: its owner ("refuses to free Bazoum despite
    repeated demands from ECOWAS" = ECOWAS, "declined to resign despite pressure by the anti-corruption
    commission")."""
    heads = [cand.scope, *cand.trigger, *(c for c in cand.scope.children if c.dep_ in ("xcomp", "ccomp"))]
    asks = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "despite"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in REQUEST_NOUNS]
    return [o for noun in asks for o in (*(c for c in noun.children if c.dep_ == "poss"),
                                         *prep_objects([noun], frozenset({"from", "by", "of"})))]


REFUSED_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "pcomp"})
"""Children of a refusing verb that hold what is refused."""
REFUSED_PREPS = frozenset({"of", "for", "to", "on", "with", "from", "against", "into"})
"""Prepositions on a refusing verb that may hold what is refused ("refused to take part in", "opted out of");
time and reason phrases ("on Monday", "despite", "after") do not."""


def refused_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """The first actor of another country named in what a refusal refuses: its object, its complement, a gerund the
    parser hangs on it ("ruled out sending troops to Haiti") or its object preposition. A refusal names what it
    turns down; whom that concerns is the one refused ("vetoed the decision to open EU membership talks" = the EU).
    The source's own country named there ("the invitation for Argentina to join") is passed over."""
    own = {actor_country(s) for s in sources}
    holders = [c for c in verb.children if c.dep_ in REFUSED_DEPS
               or (c.dep_ == "advcl" and c.tag_ == "VBG")
               or (c.dep_ == "prep" and c.lower_ in REFUSED_PREPS and not any(
                   t.ent_type_ in ("DATE", "TIME") for t in c.subtree))]
    return _first_party_in(sorted(holders, key=lambda t: t.i), own, mentions, subjects=("nsubj",),
                           place_ok=lambda tok: False)


def _first_party_in(holders: list[Token], own: set[str], mentions: ActorMentions, *, subjects: Collection[str],
                    place_ok: Callable[[Token], bool]) -> list[ResolvedActor]:
    """The first actor of another country than ``own`` named in the phrases ``holders``, at most
    :data:`REFUSED_DEPTH` below its phrase and not a clause subject of the kinds ``subjects`` there; a place counts
    only where ``place_ok`` says so (refusals and apologies: whom the refused or regretted thing concerns)."""
    for holder in holders:
        for tok in holder.subtree:
            found = mentions.at_token(tok.i)
            if found is None or actor_country(found) in own or tok.dep_ in subjects \
                    or _depth_below(tok, holder) > REFUSED_DEPTH:
                continue
            if found.kind == "place" and not place_ok(tok):
                continue
            return [found]
    return []


APOLOGY_CODE = "055"
AIMED_PREPS = frozenset({"on", "against", "at", "into"})
"""Prepositions of an act whose object, a place, is what the act was aimed at ("the raid on Mexico's embassy")."""


def apologised_party(verb: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whom an apology with no "to" phrase is made to: the party its "for" phrase says was wronged, the first actor of
    another country named in the act apologised for ("never apologised for the raid on Mexico's embassy", "failed to
    apologise for insulting Pedro Sánchez's wife"). A place counts only as what the act was aimed at ("the strike on
    Doha"), not where it was (seventeenth round)."""
    own = {actor_country(s) for s in sources}
    nouns = [verb, *direct_objects(verb)]  # "offered an apology for ..."
    holders = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "for"]
    return _first_party_in(holders, own, mentions, subjects=("nsubj", "nsubjpass"),
                           place_ok=lambda tok: tok.dep_ == "pobj" and tok.head.lower_ in AIMED_PREPS)


REFUSED_DEPTH = 4
"""How far below the refused object an actor may lie and still be whom the refusal concerns: "the decision to open
EU membership talks" (3) is about the EU; "an invitation to attend a meeting ... to debate plans for independence
from Israel" (8) is not about Israel."""


def _depth_below(tok: Token, top: Token) -> int:
    """Dependency steps from ``top`` down to ``tok``, not counting names of the same thing (appositions, compounds,
    adjectives, possessors): "Rosselkhozbank, the Russian state lender" is one step from "on"."""
    depth = 0
    while tok.i != top.i and tok.head is not tok:
        depth += tok.dep_ not in ("appos", "compound", "amod", "poss", "nmod")
        tok = tok.head
    return depth


def deontic(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in verb.children)


def deontic_heads(sent: Span) -> list[Token]:
    """The words of ``sent`` that :func:`deontic` holds of, in text order, from one walk over the sentence's
    auxiliaries (a modal's head is its verb; the parse keeps both in one sentence) rather than a walk over the
    children of every word."""
    heads = {t.head.i for t in sent if t.dep_ == "aux" and t.lower_ in DEONTIC_MODALS}
    doc = sent.doc
    return [doc[i] for i in sorted(heads) if sent.start <= i < sent.end]
