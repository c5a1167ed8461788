"""Actor mentions found in a parsed article, resolved to actors (stage 3 output)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from detente.records.actor import ActorCode, ActorRef


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedActor:
    """A span of the article that denotes an actor, and the actor it denotes on the article's date.

    Offsets: ``start``/``end`` are character offsets into the article text;
    ``token_start``/``token_end`` are token indices (end exclusive) into the article's Doc;
    ``head`` is the token index of the span's syntactic head.
    ``reason`` says how it was resolved (``"country name"``, ``"title 'president' of IRN on 2024-10-09"``,
    ``"pronoun -> Abbas Araghchi"``...), for ``detente actors lookup`` and debugging.
    """

    actor_code: ActorCode
    mention: str
    start: int
    end: int
    token_start: int
    token_end: int
    head: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    entity_id: str | None = None
    kind: str = "country"
    confidence: float = 1.0
    reason: str = ""

    def to_ref(self) -> ActorRef:
        """The event slot (``source``/``target``) for this mention."""
        return ActorRef(actor_code=self.actor_code, name=self.name, country=self.country,
                        sector=self.sector, mention=self.mention)


class ActorMentions:
    """All resolved actor mentions of one Doc, indexed by token.

    The coder asks: which actor does the token at index ``i`` belong to
    (``at_token``), and which actors lie within a token range (``within``).
    """

    __slots__ = ("_by_token", "_mentions")

    def __init__(self, mentions: Iterable[ResolvedActor] = ()) -> None:
        self._mentions = sorted(mentions, key=lambda m: (m.token_start, -m.token_end))
        self._by_token: dict[int, ResolvedActor] = {}
        for m in self._mentions:
            for i in range(m.token_start, m.token_end):
                self._by_token.setdefault(i, m)

    def __iter__(self) -> Iterator[ResolvedActor]:
        return iter(self._mentions)

    def __len__(self) -> int:
        return len(self._mentions)

    def at_token(self, i: int) -> ResolvedActor | None:
        """The mention covering token ``i``, or None."""
        return self._by_token.get(i)

    def within(self, token_start: int, token_end: int) -> list[ResolvedActor]:
        """Mentions lying entirely inside tokens ``[token_start, token_end)``, in text order."""
        return [m for m in self._mentions if m.token_start >= token_start and m.token_end <= token_end]
