"""Who does what to whom (stage 4): the actor a slot token of an event candidate stands for.

The core of slot filling: a token's own mention, else the actor its apposition, possessor, modifier or
``of`` phrase names, a place in its phrase, the other party of "its border with X", a person pronoun's
one antecedent; and the comparisons of actors the other slot rules share (same country, distinct
entities, domestic counterparts) and the confidence of a coded event. The rules beyond this live in
:mod:`~detente.coding.anaphors`, :mod:`~detente.coding.crowds`, :mod:`~detente.coding.place_targets`,
:mod:`~detente.coding.addressees`, :mod:`~detente.coding.joint_acts`, :mod:`~detente.coding.recoding` and
:mod:`~detente.coding.nominals`; :mod:`~detente.coding.rule_codes` says which codes each applies to.
:class:`detente.coding.coder.EventCoder` applies them.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import antecedent, coordinated, grammatical_subjects, hyphen_partners
from detente.records.actor import ActorCode, ActorRef
from detente.records.mention import ActorMentions, ResolvedActor

_FALLBACK_DEPS = ("appos", "poss", "compound", "amod", "nmod")
LAUNCH_VERBS = frozenset({"launch", "fire", "shoot", "lob"})
"""Verbs of a weapon's launch: "a drone launched from Yemen" is reached through the place it came from."""
SENT_VERBS = frozenset({"send", "dispatch", "deploy"})
"""Verbs of people sent to act: "troops sent by Rwanda" act for Rwanda."""
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "relation", "relationship", "tie", "war", "conflict",
                          "dispute", "feud", "standoff", "rift", "tension", "tensions", "row", "spat"})
"""Nouns that stand for the other party of their "with" phrase: "its border with Belarus", "relations with the US",
"its war with Iraq", "tensions with India", "its row with Beijing"."""
RELATED_PARTY_NOUNS = frozenset({"ally", "neighbour", "neighbor", "partner", "rival", "enemy", "foe", "adversary"})
"""Nouns for another party than their possessor or "of" phrase: "Israel's militia ally in southern Lebanon" is not
Israel, "the allies of Russia" are not Russia; a modifier still says which they are ("NATO allies", "its European
Community partners"), and an apposition who ("its neighbour, Eritrea")."""
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
PERSON_KINDS = frozenset({"person", "title"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Pronouns that stand for one person: the one person named before them in the sentence ("where Donald Trump hosted
him", after "Asim Munir ... made a visit")."""
PHRASE_PLACE_PREPS = ("of", "including", "in", "inside", "near", "along", "around", "outside", "at")
"""Prepositions inside a slot's phrase whose object says whose it is or where it lies ("the leaders of Iran", "nine
sites in Pakistan", "the towns around Kyiv")."""
UTTERANCE_NOUNS = frozenset({
    "post", "statement", "remark", "comment", "message", "letter", "article", "speech", "tweet", "video", "editorial",
    "report", "interview", "broadcast", "communique", "declaration", "note",
})
"""Things said or written: their "by"/"from" phrase names who says what they say ("a post by China's consul general
that appeared to threaten ...")."""
TERRITORY_NOUNS = frozenset({"territory", "soil", "land", "airspace", "waters"})
"""Nouns of a country's ground after "on" or "in": "targets on Polish territory", "killed two men on Lebanese soil",
"drones in Romanian airspace" stand for the country whose ground it is."""
TRADE_NOUNS: dict[str, tuple[str, ...]] = {
    "import": ("from",), "export": ("to",), "shipment": ("to", "from"), "good": ("from",), "product": ("from",),
    "sale": ("to",),
}
"""Traded things whose preposition names the trading partner ("imports from China", "exports to Russia")."""
BOUND_VERBS = frozenset({"bind", "bound", "head", "destine"})
"""Participles of where a ship or cargo is going ("bound for Israel", "headed to Gaza")."""
BASED_VERBS = frozenset({"base", "headquarter"})
"""Participles that place a body in the country it belongs to ("a group based in Trinidad")."""
NON_STATE_SECTORS = frozenset({"REB", "OPP", "INS", "MED", "LAB", "CVL", "BUS", "EDU", "REL", "NGO", "PTY", "HLH"})
"""Sectors outside a state's government: their appeals to it are events within one country."""
ORIGIN_PEOPLE_NOUNS = frozenset({
    "gunman", "gunmen", "fighter", "troop", "soldier", "militant", "mercenary", "commando", "sniper", "hacker",
    "official", "diplomat", "delegate", "delegation", "negotiator", "envoy", "emissary", "representative", "minister",
    "inspector", "investigator", "monitor", "observer", "expert", "agent", "officer", "team", "unit", "contingent",
    "rescuer", "lawmaker", "legislator", "parliamentarian", "senator", "volunteer",
})
"""People and groups acting for where they come from: "gunmen from a Mexican cartel", "troops from Australia and the
United States", "inspectors from the IAEA", "a delegation from Kyiv" act for the group or country their "from" phrase
names (twenty-second round). Not migrants or refugees, who left their country rather than act for it, nor things
("imports from China", which :data:`TRADE_NOUNS` reads)."""
LED_VERBS = frozenset({"lead", "head", "command", "spearhead", "chair"})
LED_BODIES = frozenset({"delegation", "coalition", "force", "mission", "team", "alliance", "contingent", "troop",
                        "army", "militia", "group", "government", "administration", "junta", "council", "bloc",
                        "operation", "campaign", "offensive", "committee", "commission", "panel", "summit"})
"""Bodies and undertakings that act for whoever leads them ("a delegation led by JD Vance", "the Saudi-led ..." is the
actor data's; "the coalition led by Saudi Arabia"). Not crowds: "protesters led by Pashinyan" are not his government."""
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece", "negotiator", "envoy",
                          "advocate", "lawyer", "ambassador"})
"""People who speak or act for the body of their "for" phrase: "a spokesman for the Iranian foreign ministry", "the
chief negotiator for Hamas", "Washington's special envoy for Ukraine" is not Ukraine's, so an envoy's own possessor
or modifier wins before (twenty-second round)."""
TIME_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute", "moment", "time", "eve", "anniversary",
                        "aftermath", "wake", "start", "beginning", "end", "outset", "run-up", "height"})
"""Heads of time phrases, which stand for no actor ("in the first hours of the invasion", "on the eve of talks")."""


def confidence(cand: Candidate, source: ResolvedActor | None, target: ResolvedActor | None) -> float:
    """The coder's own estimate (0-1) from lexicon specificity, the parse path and the actors' confidence.

    Starts at 0.45; +0.05 per pattern element beyond the lemma (at most +0.15); +0.15 when both
    actors resolved; +0.1 when the source is the trigger's own subject (not inherited from another
    clause); -0.05 for a bare nominal event; times the mean confidence of the resolved actors.
    """
    score = 0.45 + 0.05 * min(cand.specificity - 1, 3)
    if source is not None and target is not None:
        score += 0.15
    if source is not None and not cand.inherited:
        score += 0.1
    if cand.kind == "noun":
        score -= 0.05
    actors = [a.confidence for a in (source, target) if a is not None]
    if actors:
        score *= sum(actors) / len(actors)
    return round(min(0.95, max(0.05, score)), 2)


def _person_antecedent(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The person an unresolved "he/she/him/her" stands for: the one person (or office-holder) named before it in
    the sentence, leaving out the subject of its own clause for an object ("Asim Munir made a visit to the White
    House, where Donald Trump hosted him" = Munir). None when two or more are named, or none."""
    if tok.lower_ not in PERSON_PRONOUNS or tok.dep_ == "poss":
        return None
    clause = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = ({t.i for s in grammatical_subjects(clause) for t in s.subtree}
           if tok.dep_ not in ("nsubj", "nsubjpass") else set())
    people: dict[str, ResolvedActor] = {}
    for m in mentions.within(tok.sent.start, tok.i):
        if m.kind in PERSON_KINDS and not any(m.token_start <= i < m.token_end for i in own):
            people.setdefault(m.entity_id or str(m.actor_code), m)
    return next(iter(people.values())) if len(people) == 1 else None


def other_side(sources: list[ResolvedActor | None], targets: list[ResolvedActor | None], *,
                keep_named: bool = False, leaving: bool = False) -> list[ResolvedActor | None]:
    """The targets that are not of a source's own country (none left: no target); with ``keep_named``, also the
    named people and bodies of that country (not the country or a place in it). With ``leaving`` (a withdrawal), for
    an armed group, rebels or other actor outside the state its own country is the other side ("the PKK is pulling
    all its fighters out of Turkey", "the MNDAA pulled its fighters out of Lashio": from the state)."""
    own = {actor_country(s) for s in sources if s is not None}
    kept = [t for t in targets if t is None or actor_country(t) not in own
            or (keep_named and (t.kind not in ("country", "place") or _body_by_noun(t)))
            or any(leaving and s is not None and actor_country(s) == actor_country(t) and t.kind in ("country", "place")
                   and str(s.actor_code)[3:6] in NON_STATE_SECTORS and len(str(t.actor_code)) == 3
                   for s in sources)]
    return kept or [None]


ARMED_NON_STATE = frozenset({"REB", "INS"})
"""Sectors of armed groups that fight their own state: a side of their own in a country's conflicts."""


def rival_sides(these: list[ResolvedActor], those: list[ResolvedActor]) -> bool:
    """True when ``these`` and ``those`` are sides that may answer each other: of no shared country, or of one country
    with an armed group on one side and not on the other ("Colombia suspended the talks after the ELN attacked a
    base": COL and COLREBELN; thirty-second round)."""
    if not these or not those:
        return False
    if not same_country(these, those):
        return True
    armed = {str(a.actor_code)[3:6] in ARMED_NON_STATE for a in these}
    other = {str(a.actor_code)[3:6] in ARMED_NON_STATE for a in those}
    return len(armed) == len(other) == 1 and armed != other


def _body_by_noun(actor: ResolvedActor) -> bool:
    """An actor the resolver read from a title or sector word of a country ("the former defence minister", "Delhi's
    chief minister"): a person or body of it, not the country itself nor a capital standing for it (thirty-second
    round)."""
    return str(actor.actor_code)[3:6] in OFFICE_SECTORS and any(w[:1].islower() for w in actor.mention.split())


OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP"})
"""Sectors of office-holders and politicians one investigates ("the defence minister", "Delhi's chief minister"); not
civilians or soldiers, who are as often an inquiry's victims ("a strike on a bus evacuating civilians", "the deaths of
three soldiers")."""


def plain_country_repeats(sources: list[ResolvedActor], targets: list[ResolvedActor],
                          doc: Doc) -> list[ResolvedActor]:
    """The targets less a bare country that only repeats another actor of the event: the source's own country
    beside a foreign target ("Sanchez refused to commit Spain to NATO's new goal": aimed at NATO, Spain is what
    is committed), or a country named as the owner of a person or thing beside a part of its state ("downgrade
    ties with New Delhi and expel India's high commissioner": one event with India's government, not a second with
    India). Places and countries listed side by side ("attacked Kyiv and Odesa") all stay."""
    own = {actor_country(s) for s in sources}
    foreign = any(actor_country(t) not in own for t in targets)

    def repeats(t: ResolvedActor) -> bool:
        if t.kind != "country" or len(str(t.actor_code)) != 3:
            return False
        if foreign and actor_country(t) in own:
            return True
        return doc[t.head].dep_ in ("poss", "amod", "compound") and any(
            u is not t and actor_country(u) == actor_country(t) and len(str(u.actor_code)) > 3
            and str(u.actor_code)[3:6] not in NON_STATE_SECTORS for u in targets)
    return [t for t in targets if not repeats(t)] if len(targets) > 1 else targets


def domestic_counterpart(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Two actors of one country in different sectors, one of them outside the state ("rebels" and "the government",
    "the opposition" and "the president"; a bare country code is the state): each can address or act on the
    other."""
    sa, sb = str(a.actor_code)[3:6], str(b.actor_code)[3:6]
    return sa != sb and (sa in NON_STATE_SECTORS or sb in NON_STATE_SECTORS)


def distinct_entities(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Two mentions with the same code that the resolver knows to be different entities: "Donald Trump
    criticised Joe Biden" (USAGOV -> USAGOV) is a domestic event, not an actor acting on itself."""
    return a.entity_id is not None and b.entity_id is not None and a.entity_id != b.entity_id


def same_country(a: list[ResolvedActor], b: list[ResolvedActor]) -> bool:
    return bool({actor_country(x) for x in a} & {actor_country(x) for x in b})


def country_of(ref: ActorRef | None) -> str | None:
    return (ref.country or str(ref.actor_code)[:3]) if ref is not None else None


def actor_country(actor: ResolvedActor) -> str:
    return actor.country or str(actor.actor_code)[:3]


def new_other_country(actor: ResolvedActor, own: set[str], found: list[ResolvedActor]) -> bool:
    """True when ``actor``'s country is none of ``own`` (the source's) and none already in ``found``: a fallback
    that wants exactly one other country counts each country once."""
    country = actor_country(actor)
    return country not in own and all(actor_country(f) != country for f in found)


def pronoun_subject(cand: Candidate) -> bool:
    tier = cand.sources[0] if cand.sources else ()
    return len(tier) == 1 and tier[0].lower_ in SPEAKER_PRONOUNS


def first_tier(tiers: tuple[tuple[Token, ...], ...], mentions: ActorMentions, *,
                besides: list[ResolvedActor] | None = None, places: bool = True) -> list[ResolvedActor]:
    """The actors of the first tier in which some token resolves; with ``besides``, a tier that resolves only to
    those actors (the same code, not known to be another entity) counts as not resolved; without ``places``, a
    place in a token's phrase does not stand for whoever holds it."""
    for tier in tiers:
        out: list[ResolvedActor] = []
        for tok in tier:
            for actor in resolve_all(tok, mentions, places=places):
                # "Ethiopia's government and Tigray's leaders signed a peace deal": one code, two parties the
                # resolver tells apart (the state and the government of one of its regions) stay two
                if all(a.actor_code != actor.actor_code or distinct_entities(a, actor) for a in out):
                    out.append(actor)
        if out and besides and all(any(b.actor_code == a.actor_code and not distinct_entities(a, b)
                                        for b in besides) for a in out):
            continue
        if out:
            return out
    return []


def _paired(tok: Token, mentions: ActorMentions) -> list[Token]:
    """The other side of a hyphened pair ("Russian-Ukrainian talks"), not of two places or two names of one country
    ("the Warsaw-Lublin railway line" names a line, not two parties)."""
    own = mentions.at_token(tok.i)
    return [p for p in hyphen_partners(tok) if (m := mentions.at_token(p.i)) is None or (
        m.kind != "place" and (own is None or own.country != m.country))]


def resolve_all(tok: Token, mentions: ActorMentions, *, places: bool = True) -> list[ResolvedActor]:
    """Like :func:`resolve`, but a head noun whose modifiers or ``of`` phrase are coordinated gives every
    actor: "the foreign ministers of Russia and Ukraine", "U.S. and Russian officials"."""
    tok = antecedent(tok)
    own = mentions.at_token(tok.i)
    found: list[ResolvedActor] = []
    related = tok.lemma_.lower() in RELATED_PARTY_NOUNS
    for child in tok.children:
        owners: list[Token] = []
        if describing_agent(child):
            continue
        if child.dep_ in ("amod", "compound", "nmod") or (child.dep_ == "poss" and not related):
            owners = [child]
        elif child.dep_ == "prep" and child.lower_ == "of" and not related:
            owners = [p for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ == "from" and _origin_people(tok):
            owners = [p for p in child.children if p.dep_ == "pobj"]
        for owner in owners:
            # "the leaders of France, Germany, Britain and Poland": the whole list; "Russian-Ukrainian talks": the pair
            chain = [*coordinated(owner), *_paired(owner, mentions)]
            actors = [a for a in (mentions.at_token(t.i) for t in chain) if a is not None]
            if len(actors) > 1:
                found.extend(actors)
    if found:  # the coordinated modifiers win over a mention that covers only the last of them
        return found
    if own is not None:
        return [own]
    single = resolve(tok, mentions, places=places)
    if single is None:
        return []
    if single.head != tok.i and 0 <= single.head < len(tok.doc):
        # "tariffs on all goods from Canada and Mexico": a list the phrase reaches through gives every actor in it
        reached = tok.doc[single.head]
        listed = [a for a in (mentions.at_token(t.i) for t in [*coordinated(reached), *_paired(reached, mentions)])
                  if a is not None]
        if len(listed) > 1 and any(a.actor_code == single.actor_code for a in listed):
            return list({a.actor_code: a for a in listed}.values())
    return [single]


def resolve(tok: Token, mentions: ActorMentions, *, places: bool = True) -> ResolvedActor | None:
    """The actor a slot token denotes: its own mention, else that of an apposition, possessor,
    modifier ("Iranian officials") or ``of`` phrase ("the leaders of Iran"); with ``places``, also a place
    the phrase names ("nine sites in Pakistan")."""
    tok = antecedent(tok)
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    if tok.lemma_.lower() in TIME_NOUNS:  # "in the first hours of the Russian invasion": a time, not whose it is
        return None
    if brokering_participle(tok) is not None:
        return None  # "resumed Qatari-mediated talks": the mediator is no party to the talks
    if tok.lower_ in PERSON_PRONOUNS:
        return _person_antecedent(tok, mentions)
    if tok.lemma_.lower() in BORDER_NOUNS:  # "its border with Belarus", "relations with the US": the other side
        found = _prep_actor(tok, ("with",), mentions)
        if found is not None:
            return found
    if tok.lemma_.lower() in UTTERANCE_NOUNS:
        # "a social media post by China's consul general in Osaka ... that appeared to threaten Sanae Takaichi",
        # "a report by Amnesty that accused Israel of ...": what is said is said by its author
        found = _prep_actor(tok, ("by", "from"), mentions)
        if found is not None:
            return found
    trade = TRADE_NOUNS.get(tok.lemma_.lower())
    if trade:  # "a tariff on all imports from the European Union", "restrictions on exports to Russia": the partner
        found = _prep_actor(tok, trade, mentions)
        if found is not None:
            return found
    related = tok.lemma_.lower() in RELATED_PARTY_NOUNS  # "Israel's militia ally": not Israel
    for dep in _FALLBACK_DEPS:
        for child in tok.children:
            if child.dep_ == dep and not (related and dep == "poss") and not describing_agent(child):
                # "Japan, whose citizen China detained": "whose" stands for the noun the relative clause is on
                found = mentions.at_token(antecedent(child).i)
                if found is not None:
                    return found
    inside = [m for m in mentions.within(tok.left_edge.i, tok.i)  # "the Iranian embassy compound"
              if not (related and tok.doc[m.head].dep_ == "poss") and not _go_between(tok, tok.doc[m.head])
              and not describing_agent(tok.doc[m.head])]
    if inside:
        return inside[-1]
    # "sign the Nakamal agreement, Australia's offer of ...", "seized the Stena Impero, Britain's tanker": a thing
    # named again by an apposition with a named owner is that owner's (twenty-sixth round)
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and tok.pos_ in ("NOUN", "PROPN")):
        found = next((a for c in appos.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                      and (a := mentions.at_token(c.i)) is not None), None)
        if found is not None:
            return found
    if _origin_people(tok):  # "gunmen from a Mexican cartel", "troops from Chad": whom they come from
        found = _prep_actor(tok, ("from",), mentions)
        if found is not None:
            return found
    if tok.lemma_.lower() in SPOKES_NOUNS:  # "a spokesman for the Iranian foreign ministry": whom he speaks for
        found = _prep_actor(tok, ("for",), mentions)
        if found is not None:
            return found
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        # "Mohamed Hamdan Dagalo, the man he now calls a war criminal": an apposition is the name it is set after
        # (seventeenth round)
        found = mentions.at_token(tok.head.i)
        if found is not None:
            return found
    if tok.pos_ == "NOUN":
        # "condemned the annexation of the West Bank by Israel", "the killing of aid workers by Israeli forces": a
        # noun's "by" phrase names whose act it is, before the people or place it was done to
        found = _prep_actor(tok, ("by",), mentions)
        if found is not None:
            return found
        # "a strike over an employment bill signed by the labour minister", "condemned the attack carried out by
        # Hamas": a thing acted on that a participle says was done by someone is theirs (a subject is not: "tanks
        # supplied by Washington have arrived" is no act of Washington's)
        found = next((a for c in tok.children if tok.dep_ not in ("nsubj", "nsubjpass")
                      and c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() not in SENT_VERBS for g in c.children if g.dep_ == "agent"
                      for p in g.children if p.dep_ == "pobj" and (a := resolve_nested(p, mentions)) is not None), None)
        if found is not None:
            return found
    for child in tok.children:
        # "any ship bound for Israel", "vessels headed to Gaza": a ship is reached through where it is going
        if child.dep_ == "acl" and child.lemma_.lower() in BOUND_VERBS:
            found = _prep_actor(child, ("for", "to"), mentions)
            if found is not None and found.kind != "place":  # a country, not a waterway or port it passes
                return found
    for child in tok.children:
        # "shot down a drone launched from Yemen", "a missile fired from Lebanon": a weapon is reached through where
        # it was launched from
        # "the drone, which was launched from Yemen": a passive relative clause says so too (twenty-second round)
        if child.lemma_.lower() in LAUNCH_VERBS and child.tag_ == "VBN" and (child.dep_ == "acl" or (
                child.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in child.children))):
            found = _prep_actor(child, ("from",), mentions)
            if found is not None:
                return found
        # "a delegation led by Vice-President JD Vance", "the coalition led by Saudi Arabia": a body acts for whoever
        # leads it (twenty-second round)
        if (child.dep_ == "acl" and child.lemma_.lower() in LED_VERBS and child.tag_ == "VBN"
                and tok.lemma_.lower() in LED_BODIES):
            found = next((a for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                          and (a := resolve_nested(p, mentions)) is not None), None)
            if found is not None:
                return found
        # "troops sent by Rwanda attacked ...": people sent act for whoever sent them
        if child.dep_ == "acl" and child.lemma_.lower() in SENT_VERBS and child.tag_ == "VBN":
            found = next((a for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                          and (a := resolve_nested(p, mentions)) is not None), None)
            if found is not None:
                return found
    for child in tok.children:
        # "a newspaper based in Christian east Beirut", "a terror group based in Trinidad": a body is of the
        # country it is based in
        if child.dep_ == "acl" and child.lemma_.lower() in BASED_VERBS:
            found = _prep_actor(child, ("in",), mentions)
            if found is not None and len(actor_country(found)) == 3:
                return dataclasses.replace(found, actor_code=ActorCode(actor_country(found)), sector=None,
                                           reason=f"based in {found.mention}")
    # "the leaders of Iran"; "nine sites in Pakistan", "an apartment block in Dnipro": a place in the
    # phrase stands for whoever holds it
    # "24 hostages, including 13 Israelis": the people named in the phrase
    # "declined to sign the final declaration of the AI summit in Paris": a gathering is not its host's
    preps = PHRASE_PLACE_PREPS if places and tok.lemma_.lower() not in GATHERING_NOUNS else ("of",)
    found = _prep_actor(tok, tuple(p for p in preps if p != "of") if related else preps, mentions)
    if found is not None and 0 <= found.head < len(tok.doc) and named_waters(tok.doc[found.head]):
        found = None  # "detained the Kiwala in the Gulf of Finland": open water, not Finland's ground
    if found is None and places:  # "strike any targets on Polish territory"
        found = next((a for t in territory_objects([tok]) if (a := resolve_nested(t, mentions)) is not None), None)
    return found


WATER_NOUNS = frozenset({"gulf", "sea", "bay", "strait", "straits", "channel", "sound", "bight"})
"""Bodies of water named after a country ("the Gulf of Finland", "the Sea of Japan", "the Bay of Bengal", "the Gulf of
Mexico"): open water or several countries' coasts, not the named country's ground (thirty-first round)."""


def named_waters(tok: Token) -> bool:
    """True for a country named only inside a body of water's name ("in the Gulf of Finland"): a ship detained there
    is no act on Finland."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in WATER_NOUNS


GO_BETWEEN_VERBS = frozenset({"broker", "mediate", "host", "facilitate"})
TALK_NOUNS = frozenset({"talk", "negotiation", "dialogue", "meeting"})
"""Talks, and the participles that name who brokers or hosts them: "the US-brokered ceasefire talks", "Qatari-mediated
talks", "the Saudi-hosted talks in Jeddah" are held by their parties; the go-between is none of them
(twenty-third round)."""


def _go_between(talks: Token, name: Token) -> bool:
    """True when ``name`` hangs on a "-brokered/-mediated/-hosted" participle before the talks noun ``talks``."""
    part = name.head
    return (name.dep_ in ("npadvmod", "compound", "amod", "nmod") and part.i != name.i
            and brokering_participle(part) == talks)


DESCRIBING_VERBS = frozenset({
    "patrol", "monitor", "supervise", "police", "observe", "mandate", "sponsor", "fund", "finance", "train", "arm",
    "equip", "recognise", "recognize", "designate", "sanction", "list", "ban", "administer", "protect", "declare",
    "accredit", "certify", "inspire", "license", "licence"})
"""Participles after a name that say who watches, pays for or named a thing, not whose it is: "the UN-patrolled
buffer zone", "a UN-designated terrorist group", "the EU-funded clinic". Holding participles ("Russian-held",
"Russian-occupied", "state-owned", "UN-run") say whose it is, and making ones ("Chinese-made cars") whose goods they
are (an origin a trade measure concerns), and are not here."""


def describing_agent(name: Token) -> bool:
    """True when ``name`` hangs on a describing participle before a noun ("UN" in "the UN-patrolled buffer zone"):
    the name is no actor of the noun's phrase (twenty-sixth round)."""
    if name.i + 2 >= len(name.doc) or name.nbor(1).text != "-":
        return False
    part = name.nbor(2)
    return part.tag_ == "VBN" and part.dep_ == "amod" and part.lemma_.lower() in DESCRIBING_VERBS


def brokering_participle(part: Token) -> Token | None:
    """The talks noun a "-brokered/-mediated/-hosted" participle stands before ("the US-brokered ceasefire talks":
    through the compound), else None."""
    if part.tag_ != "VBN" or part.dep_ != "amod" or part.lemma_.lower() not in GO_BETWEEN_VERBS:
        return None
    noun = part.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.lemma_.lower() in TALK_NOUNS else None


def _origin_people(tok: Token) -> bool:
    """True when ``tok`` names people or a group who act for where they come from (:data:`ORIGIN_PEOPLE_NOUNS`)."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in ORIGIN_PEOPLE_NOUNS
                                               or tok.lower_ in ORIGIN_PEOPLE_NOUNS)


def territory_objects(heads: list[Token]) -> list[Token]:
    """The country's-ground nouns after "on" hung on ``heads`` ("on Polish territory", "on Russian soil"); "on"
    before anything else names a topic or a target, not a place."""
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in TERRITORY_NOUNS]


GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "meeting", "gathering", "session", "assembly",
                             "ceremony", "congress", "convention", "dialogue", "retreat", "sideline", "sidelines"})
"""Gatherings: "denounced sanctions at the BRICS summit in Kazan", "pledged aid at a conference in Paris" say where
and when an act was done, not whose the thing acted on is; "the final declaration of the AI summit in Paris" is the
summit's, not its host's (twenty-third round)."""
WHERE_PREPS = frozenset({"at", "in", "during"})


def _prep_actor(tok: Token, preps: tuple[str, ...], mentions: ActorMentions, *,
                depth: int = 0) -> ResolvedActor | None:
    for prep in preps:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not (prep in WHERE_PREPS and pobj.lemma_.lower() in GATHERING_NOUNS):
                        found = resolve_nested(pobj, mentions)
                        # "an inquiry into the crackdown in Iran"; not "the declaration of the AI summit in Paris",
                        # whose host is where it met, not whose the declaration is
                        if found is None and depth < 1 and pobj.lemma_.lower() not in GATHERING_NOUNS:
                            found = _prep_actor(pobj, preps, mentions, depth=depth + 1)
                        if found is not None:
                            return found
    return None


def resolve_nested(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """An actor at ``tok`` or its possessor/modifier ("Russia's Kursk region", "the Polish border")."""
    found = mentions.at_token(tok.i)
    if found is not None:
        return found
    related = tok.lemma_.lower() in RELATED_PARTY_NOUNS
    for child in tok.children:
        # "a US congressional delegation": a name before an adjective is parsed as "nmod" (twenty-sixth round)
        if child.dep_ in ("amod", "compound", "nmod") or (child.dep_ == "poss" and not related):
            found = mentions.at_token(child.i)
            if found is not None:
                return found
    if tok.pos_ == "PROPN":
        # "at a school in Arras, France": a town the actor data does not know, placed by the country set after it
        # (nineteenth round)
        return next((a for c in tok.children if c.dep_ == "appos" and (a := mentions.at_token(c.i)) is not None
                     and a.kind == "country"), None)
    return None
