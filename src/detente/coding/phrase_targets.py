"""Whom an act needing a target reaches when its pattern's own slots name no one: the actor named deep inside the
phrase of what it acts on.

"The European Union's ban on Iranian crude imports", "lifted its veto on opening accession talks with Ukraine",
"tightened controls on exports of chips to China", "froze its cooperation on security matters with India": the
lexicon's slots ("ban on X", "lift veto", "controls on X") end at a noun that names no actor, but the phrase below it
names exactly one other country, and that country is whom the act concerns (twentieth round). Only the phrase of the
act's own object or prepositions is read, never a clause with its own subject, a relative clause or where the act
took place ("condemned the attack on a hospital in Kyiv" is aimed at no place).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.participants import actor_country, new_other_country
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["origin_actors", "phrase_actors"]

PHRASE_DEPS = frozenset({
    "dobj", "obj", "prep", "pobj", "pcomp", "amod", "compound", "nmod", "poss", "conj", "cc", "det", "nummod",
    "npadvmod", "quantmod", "case",
})
"""Links that stay inside one noun phrase and its prepositional and gerund complements. Not "relcl", "acl",
"ccomp", "advcl" or "appos": a clause or description of its own says something else about the noun."""
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "around", "outside", "from", "into", "within",
                         "off", "along", "beyond", "throughout"})
"""Prepositions of where something is or comes from: a country named after them places the thing, it is not whom
the act concerns ("projects in Mali", "the attack on a hospital in Kyiv", "off the coast of Sucre": twenty-sixth
round)."""
VESSEL_NOUNS = frozenset({"boat", "ship", "vessel", "trawler", "tanker", "fisherman", "sailor", "crew", "aircraft",
                          "plane", "jet", "drone", "national", "citizen"})
"""Craft and people a "from" phrase names the country of ("detained two fishing boats from Trinidad and Tobago",
"seized a tanker from Iran"), even where the parser hangs the phrase on the verb (twenty-sixth round)."""
ASIDE_PREPS = frozenset({
    "than", "as", "like", "unlike", "despite", "besides", "except", "after", "before", "during", "since", "until",
    "amid", "following",
})
"""Prepositions of comparison, concession and time: what they name is no one the act reaches ("received more asylum
applications than any other EU country", "tightened controls after talks with China")."""
ACTOR_KINDS = frozenset({"country", "demonym", "igo", "group", "person", "agent", "grouping", "capital", "metonym",
                         "origin"})
"""Mention kinds that stand for an actor the act can concern (not a mere place)."""

MAX_DEPTH = 7
GOODS_NOUNS = frozenset({
    "import", "export", "good", "product", "shipment", "purchase", "produce", "commodity", "delivery", "supply",
    "sale",
})
"""Trade flows and goods: "from" after them names the country they come from, which a measure against them is aimed
at ("tariffs on steel imports from China", "duties on goods from China"; twenty-first round), not a place."""


def _phrase(roots: list[Token]) -> list[Token]:
    """The words below ``roots`` reached through phrase links only, in text order."""
    out: dict[int, Token] = {}
    stack = [(r, 0) for r in roots]
    while stack:
        tok, depth = stack.pop()
        if tok.i in out or depth > MAX_DEPTH:
            continue
        out[tok.i] = tok
        stack.extend((c, depth + 1) for c in tok.children if c.dep_ in PHRASE_DEPS and c.pos_ != "AUX"
                     and not (c.pos_ == "VERB" and c.tag_ != "VBG") and c.lower_ not in ASIDE_PREPS)
    return sorted(out.values(), key=lambda t: t.i)


def _goods_origin(prep: Token) -> bool:
    """True for a "from" on goods: on the goods noun itself, or hung by the parser on the measure or its verb whose
    "on" phrase names the goods ("imposed tariffs on steel imports from China", "duties on goods from China")."""
    head = prep.head
    for node in (head, *(c for c in head.children if c.dep_ in ("dobj", "obj"))):
        if node.lemma_.lower() in GOODS_NOUNS or any(
                c.dep_ == "prep" and c.lower_ == "on" and g.dep_ == "pobj" and g.lemma_.lower() in GOODS_NOUNS
                for c in node.children for g in c.children):
            return True
    return False


PART_NOUNS = frozenset({"coast", "outskirts", "edge", "shore", "shores", "waters", "north", "south", "east",
                        "west", "centre", "center", "heart", "capital", "region", "province", "part", "city", "port",
                        "island", "islands", "side", "area", "district"})
"""Parts of a place ("the coast of Sucre", "the outskirts of Kyiv"): a place phrase on them places what they are of."""


def _craft_origin(prep: Token) -> bool:
    """True for a "from" on craft or people taken ("boats from Trinidad and Tobago"), on the noun or on its verb."""
    head = prep.head
    nodes = (head, *(c for c in head.children if c.dep_ in ("dobj", "obj")))
    return any(n.lemma_.lower() in VESSEL_NOUNS for n in nodes)


def _placed(tok: Token) -> bool:
    """True for a name in a place phrase: the object of "in/at/near ...", or a word inside one."""
    node = tok
    for _ in range(5):
        if node.dep_ == "pobj":
            prep = node.head
            if prep.lower_ == "of" and prep.head.lemma_.lower() in PART_NOUNS:
                node = prep.head  # "off the coast of Sucre", "on the outskirts of Kyiv": the part is placed
                continue
            return prep.lower_ in PLACE_PREPS and not (prep.lower_ == "from" and (
                _goods_origin(prep) or _craft_origin(prep)))
        if node.dep_ not in ("compound", "amod", "poss", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def phrase_actors(scope: Token, kind: str, sources: list[ResolvedActor],
                  mentions: ActorMentions) -> list[ResolvedActor]:
    """The one actor of another country named in the phrase of the act's object and prepositions (for a noun, its
    own prepositional phrases, not its owner, which is the source); none when the phrase names none, only the
    source's own, or several countries."""
    if kind == "noun":
        roots = [c for c in scope.children if c.dep_ == "prep" and c.lower_ not in ASIDE_PREPS]
    else:
        roots = [c for c in scope.children if c.dep_ in ("dobj", "obj", "prep") and c.lower_ not in ASIDE_PREPS]
    words = _phrase(roots)
    if not words:
        return []
    at = {i: m for m in mentions.within(words[0].i, words[-1].i + 1) for i in range(m.token_start, m.token_end)}
    own = {actor_country(s) for s in sources}
    found: list[ResolvedActor] = []
    for tok in words:
        m = at.get(tok.i)
        if m is None or m.head != tok.i or m.kind not in ACTOR_KINDS or _placed(tok):
            continue
        if new_other_country(m, own, found):
            found.append(m)
    return found if len(found) == 1 else []


def origin_actors(scope: Token, sources: list[ResolvedActor], mentions: ActorMentions) -> list[ResolvedActor]:
    """The one country whose goods the act's object names by their maker ("is weighing tariffs on Chinese-made
    electric vehicles"): the resolver gives such an `origin` mention only for goods under a trade measure, so it
    names whom the measure concerns. None when no such goods, only the source's own, or several countries."""
    objects = [c for c in scope.children if c.dep_ in ("dobj", "obj", "prep", "nsubjpass")]
    spans = [(min(t.i for t in o.subtree), max(t.i for t in o.subtree) + 1) for o in objects]
    own = {actor_country(s) for s in sources}
    found: list[ResolvedActor] = []
    for start, end in spans:
        for m in mentions.within(start, end):
            if m.kind == "origin" and new_other_country(m, own, found):
                found.append(m)
    return found if len(found) == 1 else []
