"""Slots that refer back to actors named earlier in the sentence (stage 4).

"the country", "the two countries", "both sides", "all parties", "its neighbour", a bare "the government"
subject, "the two leaders", "its territory" in reported speech, a participle's "them", "his/their"
owning a nominal event in a time phrase, and "the politician" or "the journalist" after the one person named:
each stands for actors the sentence has already named.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import (
    OWN_POSSESSIVES,
    coordinated,
    direct_objects,
    grammatical_subjects,
    prep_objects,
    speaker,
)
from detente.coding.crowds import group_actor
from detente.coding.nominals import times_clause
from detente.coding.participants import actor_country, first_tier, resolve, resolve_all
from detente.records.mention import ActorMentions, ResolvedActor

ANAPHORIC_NOUNS = frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "government", "kingdom",
                             "republic", "island", "enclave", "territory", "strip"})
"""Nouns that, as "the two X" or "both X", refer back to a pair of countries named earlier in the sentence."""
SINGULAR_ANAPHORS = frozenset({"country", "nation", "kingdom", "republic", "island", "enclave", "territory", "strip"})
"""Nouns that, as "the X", refer back to the one other country named earlier ("to the country"; "defend Taiwan if
China attacked the island"; "the kingdom", "the republic" likewise; "Trump's plan for Gaza ... a stabilisation force
for the enclave", "the territory", "the strip" for a territory named before). Only when exactly one other country is
named."""
LAND_ANAPHORS = frozenset({"island", "enclave", "territory", "strip"})
"""Singular anaphors that name a land, not a state acting: "the island" is the country acted on before it."""
ALL_PARTIES_NOUNS = frozenset({"side", "party"})
"""Nouns that, as "all sides" or "all parties", stand for every country a sentence names besides the source's."""
PAIR_NOUNS = frozenset({"leader", "man", "woman", "president", "minister", "premier", "delegation", "army", "party"})
"""Heads that, as "the two X" or "both X", refer back to two actors named earlier ("the two leaders agreed")."""
PERSON_PAIR_NOUNS = frozenset({"leader", "man", "woman", "president", "minister", "premier"})
"""Pair heads that stand for people: "the two presidents" are two people named before, when two are."""
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
"""As "its neighbour", the one other country named earlier ("Algeria cut ties with Morocco, accusing its neighbour
of hostile acts")."""
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
REGIME_NOUNS = frozenset({"government", "junta", "regime", "authorities", "leadership"})
"""Nouns that, as a bare "the X" subject, stand for the government of a country named before them."""
BACK_PRONOUNS = frozenset({"them", "him", "her", "it"})
"""Object pronouns of a participle clause that refer back to whom the host clause reached."""


def anaphoric_targets(cand: Candidate, sources: list[ResolvedActor],
                       mentions: ActorMentions) -> list[ResolvedActor]:
    """A target slot that refers back to countries named earlier in the sentence: "the country" is the one
    country named before it that is not the source's ("Moldova's president said Moscow had threatened to cut
    gas supplies to the country" = MDA); "the two countries", "both sides", "the two neighbours" are the last
    two ("will visit Mauritania and Senegal to mediate between the two neighbours"); "all sides", "all parties" are
    every other country the sentence names ("urged all sides to exercise restraint after clashes between India and
    Pakistan"). Nothing when the sentence leaves it open (two candidates for "the country")."""
    own = {actor_country(s) for s in sources}
    for tok in (t for tier in cand.targets for t in tier):
        place = _place_named_before(tok, mentions)
        if place is not None:
            return [place]
        # "demanded that the country's junta free ...": the country's institution is the country
        tok = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in SINGULAR_ANAPHORS
                    and [g.lower_ for g in c.children if g.dep_ == "det"] == ["the"]), tok)
        lemma = tok.lemma_.lower()
        # "accusing its neighbour of hostile acts": the source's neighbour is the other country named
        its_neighbour = lemma in NEIGHBOUR_NOUNS and tok.tag_ == "NN" and [
            c.lower_ for c in tok.children if c.dep_ in ("poss", "det")] == ["its"]
        if lemma not in ANAPHORIC_NOUNS | ALL_PARTIES_NOUNS or (not its_neighbour and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)):
            continue
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        # "urged all sides to exercise restraint": every other country the sentence names, before or after
        every = bool(words & {"all"}) and lemma in ALL_PARTIES_NOUNS
        wanted = 2 if words & {"two", "both"} else 1 if (
            words == {"the"} and tok.tag_ in ("NN", "NNP")) or its_neighbour else 0
        if every:
            wanted = -1
        if not wanted or (wanted == 1 and lemma not in SINGULAR_ANAPHORS and not its_neighbour):
            continue
        named: list[ResolvedActor] = []
        for m in mentions.within(tok.sent.start, tok.sent.end if every else tok.i):
            country = m.country
            if country and len(country) == 3 and country not in own and all(n.country != country for n in named) \
                    and not _described_aside(m, tok):
                named.append(m)
        if wanted == 1 and not named and not its_neighbour and all(
                actor_country(m) in own or _described_aside(m, tok)
                for m in mentions.within(tok.sent.start, tok.sent.end)):
            # "Yoon apologised to the nation": with no other country in the sentence, the source's own
            named = [s for s in sources if s.country][:1]
        if wanted == 2 and len(named) < 2:
            # "threatened sanctions on both countries if North Korea supplied Russia with weapons", "condemned both
            # countries after Armenia and Azerbaijan exchanged fire": a pair named only later in the sentence, when
            # it names exactly two other countries in all (thirty-first round)
            later: list[ResolvedActor] = []
            for m in mentions.within(tok.i + 1, tok.sent.end):
                country = m.country
                if country and len(country) == 3 and country not in own and m.kind != "place" \
                        and all(n.country != country for n in (*named, *later)) and not _described_aside(m, tok):
                    later.append(m)
            if len(named) + len(later) == 2:
                named = [*named, *later]
        if wanted == 1 and len(named) > 1 and lemma in LAND_ANAPHORS:
            # "Would the US defend Taiwan if China attacked the island?": a land is what is acted on or spoken of,
            # not one of the actors doing so; the one other country not named as a subject (twenty-third round)
            named = [m for m in named if tok.doc[m.head].dep_ not in ("nsubj", "nsubjpass")]
        if (wanted == 1 and len(named) == 1) or (wanted == 2 and len(named) >= 2) or (wanted == -1 and named):
            picked = named if wanted == -1 else named[-wanted:]
            return [group_actor(tok, m.country or "", None, confidence=m.confidence * 0.8,
                                reason=f"'{tok.text}' refers back to {m.mention} in the sentence")
                    for m in picked]
    return []


def _described_aside(mention: ResolvedActor, tok: Token) -> bool:
    """True when ``mention`` is only a demonym describing a thing ("could use its foreign agents law, which it
    modelled on an American statute, to shut down the country's broadcasters"): a country named as the origin or
    style of a thing is not what "the country" refers back to (twenty-fifth round)."""
    head = tok.doc[mention.head]
    return head.dep_ == "amod" and mention.token_end - mention.token_start == 1 and head.head.pos_ == "NOUN"


PLACE_ANAPHORS = frozenset({"town", "city", "village", "port", "capital", "stronghold", "enclave", "camp"})
"""Nouns that, as "the X", refer back to the last place the sentence named before them ("killed in Ardamata ...
when the RSF overran the town") (seventeenth round)."""


def _place_named_before(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The last place named before ``tok`` in its sentence when ``tok`` is a bare "the town/city/village ..." (no
    possessor, "of" phrase or name of its own), else None."""
    if tok.lemma_.lower() not in PLACE_ANAPHORS or tok.tag_ != "NN" or mentions.at_token(tok.i) is not None:
        return None
    words = [c for c in tok.children if c.dep_ in ("det", "poss", "compound", "nummod", "prep", "appos", "acl",
                                                     "relcl")]
    if [c.lower_ for c in words] != ["the"]:
        return None
    places = [m for m in mentions.within(tok.sent.start, tok.i) if m.kind == "place" and m.country]
    if places:
        return places[-1]
    if tok.lemma_.lower() == "capital":
        # "Damascus denied that its forces had used chemical weapons near the capital": with no place named before,
        # the capital of the one country the whole sentence names, when a name names it ("Russian missiles struck
        # the capital" names only the attackers' people, and the capital is another's; nineteenth round)
        named = [m for m in mentions.within(tok.sent.start, tok.sent.end) if m.country and len(m.country) == 3]
        countries = {actor_country(m) for m in named}
        if len(countries) == 1 and any(tok.doc[m.head].dep_ != "amod" for m in named):
            country = countries.pop()
            return group_actor(tok, country, None, confidence=0.5, reason=f"'the capital' of {country}", kind="place")
    return None


def anaphoric_pair(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """A subject that refers back to a pair named earlier in the sentence: "the two leaders", "both sides", "the
    two" are the last two actors of different countries named before it ("Putin called Xi and the two leaders
    agreed to hold talks" = Putin and Xi, each with the other for a joint act)."""
    for tok in (t for tier in cand.sources[:1] for t in tier):
        words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        pair = (tok.lower_ in ("two", "both") and tok.pos_ in ("NUM", "DET", "PRON")) or (
            bool(words & {"two", "both"}) and tok.lemma_.lower() in ANAPHORIC_NOUNS | PAIR_NOUNS)
        if not pair or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            continue
        named: list[ResolvedActor] = []
        before = [m for m in mentions.within(tok.sent.start, tok.i) if not _scene_place(m, tok)]
        people = [m for m in before if m.kind == "person"]
        if tok.lemma_.lower() in PERSON_PAIR_NOUNS and len({actor_country(m) for m in people}) >= 2:
            # "Modi met Xi Jinping at the BRICS summit, and the two leaders agreed ...": the two people named
            before = people
        for m in before:
            if all(actor_country(n) != actor_country(m) for n in named):
                named.append(m)
        return named[-2:] if len(named) >= 2 else []
    return []


SCENE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
"""Prepositions whose object is where an act happens ("met Trump *in Budapest*"), not one of its parties."""


def _scene_place(mention: ResolvedActor, tok: Token) -> bool:
    """True when ``mention`` is only the place where something named before ``tok`` happened: a place or capital
    that is the object of "in", "at", "near" ("when Putin might sit down with Trump in Budapest, ... the two
    presidents": Putin and Trump, not Trump and Hungary; twenty-fifth round)."""
    head = tok.doc[mention.head]
    return (mention.kind in ("place", "capital", "country") and head.dep_ == "pobj"
            and head.head.lower_ in SCENE_PREPS)


def adjunct_pronoun(noun: Token) -> Token | None:
    """The "his/her/their" owning a nominal event in a time phrase on a clause ("during his visit"), else None."""
    if not times_clause(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)



def adjunct_owner(cand: Candidate, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """Whose the nominal event of a time phrase is, when a pronoun says so: "their" is every subject of the clause
    ("The leaders of France and Poland will demand a ceasefire during their visit to Kyiv"); an unresolved
    "his/her" is the one actor of the clause, subject or object, who is not of the country the event is aimed
    at ("Takaichi praised Trump during his visit to Tokyo": Trump's visit). Nothing when the clause leaves it
    open."""
    noun = cand.scope
    pronoun = adjunct_pronoun(noun)
    verb = noun.head.head
    subject_tokens = tuple(t for s in grammatical_subjects(verb) for t in coordinated(s))
    if pronoun is None or not subject_tokens:
        return []
    if pronoun.lower_ == "their":
        found = first_tier((subject_tokens,), mentions)
        return found if len(found) > 1 else []
    if sources:
        return []
    aimed = {actor_country(t) for t in first_tier(cand.targets, mentions)}
    phrase = noun.head
    others = [t for t in (*direct_objects(verb), *prep_objects([verb], frozenset(
        {"on", "to", "with", "for"}))) if t.i not in {x.i for x in phrase.subtree}]
    actors = first_tier((subject_tokens,), mentions) + first_tier((tuple(others),), mentions)
    outside = [a for a in actors if actor_country(a) not in aimed]
    return outside if aimed and len(outside) == 1 else []


def speaker_possessions(cand: Candidate, sources: list[ResolvedActor],
                         mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Poland said the missile that hit its territory was fired by Russia": an unresolved "its/their" on a
    target inside reported speech is the speaker's, when the speaker is not the source's own country."""
    owners = [t for tier in cand.targets[:1] for t in tier
              for c in t.children if c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES]
    if not owners:
        return []
    own = {actor_country(s) for s in sources}
    said_by = speaker(cand.scope)
    who = resolve(said_by, mentions) if said_by is not None else None
    if who is None or actor_country(who) in own:
        # "Brazil may take the United States to the WTO over the tariffs Trump imposed on its exports": in a relative
        # clause on what the host clause is about, "its" is the host clause's subject's
        who = _host_subject(cand.scope, mentions)
    if who is None or actor_country(who) in own:
        return []
    return [who]


def speakers_people(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """ "Japan's foreign ministry said its minister had met his Chinese counterpart": an unresolved subject owned by
    "its/their/our" inside reported speech is the speaker's (its country's minister, its own troops)."""
    owned = [t for t in cand.sources[0] for c in t.children if c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES] \
        if cand.sources else []
    said_by = speaker(cand.scope) if owned else None
    who = resolve(said_by, mentions, places=False) if said_by is not None else None
    return [who] if who is not None else []


def _host_subject(verb: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The actor subject of the clause a relative clause's noun belongs to, else None."""
    if verb.dep_ != "relcl":
        return None
    node = verb.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            subjects = grammatical_subjects(node)
            return resolve(subjects[0], mentions) if subjects else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def anaphoric_source(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """The country a bare "the government", "the junta" or "the regime" subject stands for: the one country the
    sentence names ("Myanmar's opposition said the junta must free Aung San Suu Kyi"); with several named, only as
    the subject of a time or reason clause, the one named before it other than the main clause's subject's
    ("Washington eased sanctions on Venezuela after the government agreed to hold elections" = Venezuela, "ECOWAS
    lifted its sanctions on Mali after the junta committed to ..." = Mali). Nothing when that leaves none or two."""
    tier = cand.sources[0] if cand.sources else ()
    if len(tier) != 1:
        return []
    tok = tier[0]
    clause = tok.head
    if (tok.lemma_.lower() not in REGIME_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass")
            or [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "compound", "amod")] != ["the"]):
        return []
    named_here = [m for m in mentions.within(tok.sent.start, tok.sent.end) if m.country and len(m.country) == 3]
    countries = {m.country for m in named_here}
    # one country, named through a part of it ("Myanmar's opposition"): the sentence is about its domestic affairs;
    # "The government expressed appreciation for China's assistance" names China only as the other side
    domestic = len(countries) == 1 and any(len(str(m.actor_code)) > 3 for m in named_here)
    mains: set[str] = set()
    if not domestic:
        # with several countries named, only in a time or reason clause, and not the main clause's subject's
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
            return []
        main = clause.head
        while main.dep_ in ("conj", "advcl", "xcomp", "ccomp") and main.head is not main:
            main = main.head
        mains = {actor_country(a) for t in grammatical_subjects(main) for a in resolve_all(t, mentions)}
    named: dict[str, ResolvedActor] = {}
    for m in mentions.within(tok.sent.start, tok.sent.end if domestic else tok.i):
        country = m.country
        if country and len(country) == 3 and country not in mains:
            named.setdefault(country, m)
    if len(named) != 1:
        return []
    (country, m), = named.items()
    return [group_actor(tok, country, "GOV", confidence=m.confidence * 0.8,
                        reason=f"'the {tok.text}' refers back to {m.mention} in the sentence")]


def participle_clause_host(verb: Token) -> Token | None:
    """The clause a participle set after it belongs to: the verb it hangs on ("expelled two diplomats, accusing them of
    spying"), or, where the parser hung a participle set off by a comma on the clause's object or on an apposition to
    it ("nationalised Somair, the uranium mine operated by France's Orano, accusing the company of ..."), the verb
    whose object that is (twenty-eighth round)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl":
        return verb.head if verb.head.pos_ == "VERB" else None
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    for _ in range(3):
        if node.dep_ in ("dobj", "obj") and node.head.pos_ == "VERB":
            return node.head
        if node.dep_ not in ("appos", "conj"):
            return None
        node = node.head
    return None


def back_reference(cand: Candidate) -> bool:
    """True for a participle clause on a verb ("..., accusing them of spying") whose target slot is a pronoun or a
    definite noun with nothing of its own ("the guerrillas", "the group"): it refers back to the host clause
    (:func:`participle_clause_host`)."""
    verb = cand.scope
    if participle_clause_host(verb) is None or any(
            c.dep_ in ("oprd", "acomp") for c in verb.children):  # "calling it a liberation group": a judgement
        return False
    slots = [t for tier in cand.targets[:1] for t in tier]
    return bool(slots) and all(t.lower_ in BACK_PRONOUNS or (
        t.pos_ == "NOUN" and [c.lower_ for c in t.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")]
        == ["the"]) for t in slots)


CONSULT_ROOT = "04"
ADJUNCT_PREPS = frozenset({"after", "during", "following", "in", "at"})
"""Prepositions of a phrase that sets a clause in a meeting or call: "said after a phone call with al-Burhan",
"told reporters during talks with Putin", "said in a call with Erdogan", "at a meeting with Modi, Biden said"."""


def adjunct_subject(cand: Candidate, mentions: ActorMentions) -> list[ResolvedActor]:
    """Who held a call, talks or a meeting named with no owner in a phrase on a clause: that clause's subject
    ("the Turkish presidency said after a phone call with army chief al-Burhan": Turkey called Sudan's leader);
    "his", "her" or "their" on the noun is that subject too ("In his first call with Zelensky, Xi said": Xi's
    call; nineteenth round); nothing when the subject is among the other party."""
    noun = cand.scope
    prep = noun.head
    if (cand.kind != "noun" or cand.code[:2] != CONSULT_ROOT or noun.dep_ != "pobj"
            or prep.lower_ not in ADJUNCT_PREPS or prep.head.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "the", *OWNER_PRONOUNS)
                   for c in noun.children)):
        return []
    found = first_tier((tuple(grammatical_subjects(prep.head)),), mentions)
    others = {actor_country(t) for t in first_tier(cand.targets, mentions)}
    return [] if not others or any(actor_country(a) in others for a in found) else found


PERSON_ANAPHOR_NOUNS = frozenset({
    "politician", "leader", "president", "minister", "premier", "mayor", "lawmaker", "senator", "legislator",
    "activist", "dissident", "journalist", "reporter", "blogger", "tycoon", "billionaire", "businessman", "cleric",
    "general", "commander", "candidate", "opponent", "critic", "lawyer", "rapper", "singer", "writer", "academic",
    "economist", "laureate", "envoy", "diplomat", "ambassador", "official", "chief", "ex-president", "strongman",
    "veteran", "firebrand", "populist", "nationalist", "incumbent", "challenger", "defendant", "man", "woman",
})
"""Heads of a definite description that refers back to a person named earlier in the sentence: "dissolved Ousmane
Sonko's party days after the politician was arrested", "freed Evan Gershkovich a year after it detained the
journalist", "three years after the opposition leader was jailed"."""
DESCRIPTION_MODIFIERS = frozenset({"amod", "compound", "det", "nmod"})


def person_named_before(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The one person named before ``tok`` in its sentence when ``tok`` is a definite description of a person ("the
    politician", "the opposition leader", "the former prime minister", "the jailed journalist") that names no one of
    its own (no name, possessor, "of" phrase or apposition); None when no person, or two different people, are named
    before it (twenty-ninth round)."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower() or tok.lemma_.lower() not in PERSON_ANAPHOR_NOUNS \
            or tok.tag_ not in ("NN", "NNP"):
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets != ["the"] or any(c.dep_ not in DESCRIPTION_MODIFIERS | {"punct", "case"} or c.pos_ == "PROPN"
                              or (c.dep_ == "nmod" and c.pos_ != "NOUN") for c in tok.children if c.i < tok.i) \
            or any(c.dep_ in ("prep", "appos", "acl", "relcl") or c.pos_ == "PROPN" for c in tok.children
                   if c.i > tok.i):
        return None
    if any(mentions.at_token(c.i) is not None for c in tok.children):
        return None  # "the Turkish leader": a description with a people of its own is resolved as such
    people = {m.actor_code: m for m in mentions.within(tok.sent.start, tok.i)
              if m.kind == "person" and m.token_end <= tok.i}
    if len(people) != 1:
        return None
    return next(iter(people.values()))


BODY_ANAPHORS = {
    "bloc": frozenset({"igo"}), "alliance": frozenset({"igo"}), "union": frozenset({"igo"}),
    "organisation": frozenset({"igo", "group"}), "organization": frozenset({"igo", "group"}),
    "agency": frozenset({"igo"}), "watchdog": frozenset({"igo"}), "grouping": frozenset({"igo"}),
    "body": frozenset({"igo"}), "group": frozenset({"group"}), "militia": frozenset({"group"}),
    "movement": frozenset({"group"}),
}
"""Heads of a definite description that refers back to an organisation named earlier in the sentence, with the
kinds of actor each may stand for: "the bloc", "the alliance", "the agency" for a body of states ("ECOWAS suspended
Niger, and the bloc threatened military intervention"); "the group", "the militia" for an armed group ("Hamas released
four hostages, and Israel said the group had violated the truce")."""
BODY_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "punct", "quantmod", "npadvmod"})


def body_named_before(tok: Token, mentions: ActorMentions) -> ResolvedActor | None:
    """The one organisation of the wanted kind (:data:`BODY_ANAPHORS`) named before ``tok`` in its sentence when
    ``tok`` is "the bloc", "the 27-nation bloc", "the militant group" and names no actor of its own; None when none,
    or two, are named before it (twenty-ninth round)."""
    kinds = BODY_ANAPHORS.get(tok.lemma_.lower()) or BODY_ANAPHORS.get(tok.lower_)
    # a lower-case word the tagger took for a name ("the bloc" as PROPN) is still a common noun
    if kinds is None or tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower() or tok.tag_ not in ("NN", "NNP") \
            or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:  # "the militias it backs": several
        return None
    if any(c.dep_ not in BODY_MODIFIERS for c in tok.children if c.i < tok.i) \
            or any(c.dep_ in ("prep", "appos") or c.pos_ == "PROPN" for c in tok.children if c.i > tok.i) \
            or mentions.within(tok.left_edge.i, tok.i + 1):
        return None  # "the Palestinian group", "the group's leader", "the alliance of Sahel states": its own words
    found = {m.actor_code: m for m in mentions.within(tok.sent.start, tok.i)
             if m.kind in kinds and m.token_end <= tok.i}
    return next(iter(found.values())) if len(found) == 1 else None
