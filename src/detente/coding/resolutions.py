"""Vetoed resolutions (stage 4): a veto of a resolution is cast against the body that would adopt it.

"Russia and China chose not to veto the resolution authorising a no-fly zone over Libya", "Russia vetoed the
resolution demanding a ceasefire in Gaza": what the resolution would do names its subject (Libya, Gaza), not whom the
veto is cast against. A resolution a veto can stop is one of the UN Security Council, the only body whose
resolutions news reports as vetoed; a body named in the phrase ("an EU resolution", "in the European Parliament"),
or the resolution's drafter named before it ("an American draft resolution"), is kept by the pattern's own slots
(twenty-fourth round).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from detente.coding.candidate import Candidate
from detente.coding.clauses import direct_objects
from detente.coding.verbs import expand_quantity
from detente.records.actor import ActorCode
from detente.records.mention import ActorMentions, ResolvedActor

VETO_CODE = "129"
RESOLUTION_NOUNS = frozenset({"resolution"})
UNITED_NATIONS = ActorCode("IGOUNO")


def vetoed_resolution(cand: Candidate, mentions: ActorMentions) -> Token | None:
    """The resolution a veto (or a veto not cast) turns down, as its direct object, or None; None too for one whose
    drafter or body is named before it ("an American draft resolution", "a Security Council resolution")."""
    if cand.code != VETO_CODE or cand.kind == "noun":
        return None
    heads = [cand.scope, *(t for t in cand.trigger if t.pos_ in ("VERB", "AUX"))]
    for obj in (expand_quantity(o) for h in heads for o in direct_objects(h)):
        if obj.lemma_.lower() in RESOLUTION_NOUNS:
            named = any(mentions.at_token(t.i) is not None for t in obj.subtree if t.i < obj.i)
            return None if named else obj
    return None


def resolution_body(resolution: Token, source: ResolvedActor) -> ResolvedActor:
    """The UN, as the body whose resolution ``source`` vetoes (located on the resolution's noun)."""
    return dataclasses.replace(
        source, actor_code=UNITED_NATIONS, mention=resolution.text, start=resolution.idx,
        end=resolution.idx + len(resolution.text), token_start=resolution.i, token_end=resolution.i + 1,
        head=resolution.i, name="United Nations", country=None, sector="IGO", entity_id="igo:IGOUNO", kind="igo",
        confidence=round(source.confidence * 0.8, 2), reason="the body whose resolution is vetoed")
