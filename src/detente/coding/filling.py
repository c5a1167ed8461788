"""The state a candidate's slots are filled in: what the named source and target steps read and write.

The coder fills each candidate's source and then its target by running short named steps in order
(:mod:`detente.coding.source_steps`, :mod:`detente.coding.target_steps`). A step looks at the candidate and the
actors found so far, and may find actors, recode the candidate, or drop it (a nominal with no actor reports
nothing). Most steps act only while their slot is still empty, so the first step that finds an actor wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.coding.candidate import Candidate
from detente.records.mention import ActorMentions, ResolvedActor

__all__ = ["Filling", "SentenceContext", "Slot", "Step", "run_steps"]

Slot = tuple[Candidate, list[ResolvedActor], list[ResolvedActor]]
"""A candidate with its resolved sources and targets."""


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What every step may read about the sentence: its candidates and the slots filled before this one."""

    sent: Span
    mentions: ActorMentions
    candidates: list[Candidate]
    slots: list[Slot]
    """The candidates already filled, in candidate order (a clause may take its host's actors from them)."""

    def filled(self, tok: Token) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        """The sources and targets already filled for the verb (not noun) candidate at ``tok``: a clause taking its
        host's actors. Empty lists when that candidate is not filled (yet)."""
        return next(((s, t) for c, s, t in self.slots if c.scope.i == tok.i and c.kind != "noun"), ([], []))


@dataclass(slots=True)
class Filling:
    """One candidate being filled: steps may replace ``cand`` (recode it, mark it presupposed) and set ``dropped``."""

    cand: Candidate
    sources: list[ResolvedActor]
    targets: list[ResolvedActor] = field(default_factory=list)
    dropped: bool = False

    def slot(self) -> Slot:
        """The filled candidate as the coder keeps it."""
        return self.cand, self.sources, self.targets


Step = Callable[[Filling, SentenceContext], None]


def run_steps(steps: Sequence[Step], filling: Filling, ctx: SentenceContext) -> bool:
    """Run ``steps`` in order; False as soon as one drops the candidate."""
    for step in steps:
        step(filling, ctx)
        if filling.dropped:
            return False
    return True
