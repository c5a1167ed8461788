"""Decisions to act (stage 4): an agreement to do something hostile is the hostile act, not a threat.

The intent frame turns "vowed to retaliate" or "pledged to impose sanctions" into a threat (13x) because a
promise of harm is a warning to its target. An agreement is different: "EU ministers agreed to suspend
visa-free travel for Georgian officials" reports a decision taken by the ones who will act, and news reports it
as the act about to happen. The frame is then not used, and the content is coded as the act itself (its
factuality comes from the frame verb: an agreement to act is future).
"""

from __future__ import annotations

from spacy.tokens import Token

DECISION_VERBS = frozenset({"agree"})
"""Intent-frame verbs that report a decision among the actors rather than a promise made to a target."""


def is_decision_to_act(verb: Token) -> bool:
    """Whether the frame verb reports a decision to act ("agreed to suspend"), not a vow ("vowed to suspend")."""
    return verb.lemma_.lower() in DECISION_VERBS
