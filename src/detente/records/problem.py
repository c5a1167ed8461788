"""Problem: a reported, non-fatal failure of one input (any stage)."""

from __future__ import annotations

from dataclasses import dataclass

from detente.errors import DetenteError


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One input that could not be processed, and why.

    Problems are yielded next to results, counted in run summaries and stored in
    the ``problems`` table; the rest of the batch goes on.

    >>> p = Problem(source="a.jsonl", line=3, code="D103", message="a.jsonl:3: broken JSON line")
    >>> p.render()
    'error[D103]: a.jsonl:3: broken JSON line'
    """

    source: str
    code: str
    message: str
    hint: str = ""
    line: int | None = None
    article_id: str | None = None

    @classmethod
    def from_error(cls, err: DetenteError, *, source: str, line: int | None = None,
                   article_id: str | None = None) -> Problem:
        """The problem record for a caught ``DetenteError``."""
        return cls(source=source, line=line, code=err.code, message=err.message, hint=err.hint,
                   article_id=article_id)

    def render(self) -> str:
        """``error[CODE]: message`` plus a ``hint:`` line when there is one."""
        text = f"error[{self.code}]: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text
