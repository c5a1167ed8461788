"""Treaty review (analysis stage): coded signing, ratification and withdrawal events that the registry lacks.

Proposals are flagged for a person to review; the registry file is never changed here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from detente.analysis.selection import EVENT_COLUMNS, StoreLike, party, row_to_ref
from detente.analysis.treaties import TreatyRegistry
from detente.records.analysis import EventRef, Treaty, TreatyUpdateProposal
from detente.records.event import Factuality

REVIEW_MIN_CONFIDENCE = 0.7
"""Events below this confidence never produce a proposal."""
SAME_STAGE_DAYS = 31
"""A registry date within this many days of the event's date means the registry already knows it."""
SIGN_CODES = ("057",)
"""CAMEO prefixes of signing a formal agreement."""
WITHDRAW_ROOTS = ("12", "16")
"""CAMEO roots (reject; reduce relations) under which withdrawals from treaties are coded."""

_RATIFY = re.compile(r"\bratif", re.IGNORECASE)
_WITHDRAW = re.compile(r"\b(withdr[ae]w\w*|denounc\w*|pull(?:ed|s|ing)? out|suspend\w*|exit\w*|quit\w*)\b",
                       re.IGNORECASE)
_TREATY = re.compile(r"\b(treaty|treaties|pact|alliance|agreement|accord|charter|convention)\b", re.IGNORECASE)


def registry_updates(store: StoreLike, registry: TreatyRegistry, *, since: date | None = None,
                     min_confidence: float = REVIEW_MIN_CONFIDENCE) -> list[TreatyUpdateProposal]:
    """Registry changes suggested by asserted, confident events, for review.

    * ``signed``: a CAMEO 057 event between two parties, unless the registry records a treaty between
      them signed within :data:`SAME_STAGE_DAYS` of the event;
    * ``ratified``: the same, when the sentence speaks of ratification (checked against ``in_force``);
    * ``withdrew``: a reject/reduce-relations event (roots 12, 16) whose sentence speaks of
      withdrawing from a treaty, pact or alliance, unless the registry already records the party leaving.
    """
    where = ["factuality = ?", "confidence >= ?", "source.actor_code IS NOT NULL",
             "(" + " OR ".join("event_code LIKE ?" for _ in SIGN_CODES + WITHDRAW_ROOTS) + ")"]
    params: list[object] = [Factuality.ASSERTED.value, min_confidence, *(f"{c}%" for c in SIGN_CODES + WITHDRAW_ROOTS)]
    if since is not None:
        where.append("event_date >= ?")
        params.append(since)
    rows = store.connection.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE {' AND '.join(where)} ORDER BY event_date NULLS LAST, event_id",
        params).fetchall()
    proposals: list[TreatyUpdateProposal] = []
    for row in rows:
        event = row_to_ref(row)
        proposal = _propose(event, registry)
        if proposal is not None:
            proposals.append(proposal)
    return proposals


def _propose(event: EventRef, registry: TreatyRegistry) -> TreatyUpdateProposal | None:
    src = party(event.source_code, event.source_country)
    tgt = party(event.target_code, event.target_country)
    if src is None:
        return None
    day = event.event_date
    if event.event_code.startswith(SIGN_CODES):
        if tgt is None or tgt == src:
            return None
        ratify = bool(_RATIFY.search(event.sentence))
        known = registry.between(src, tgt)
        for known_treaty in known:
            stage = known_treaty.in_force if ratify else known_treaty.signed
            if day is not None and stage is not None and abs((stage - day).days) <= SAME_STAGE_DAYS:
                return None
        latest = max(known, key=lambda t: t.signed or date.min, default=None)
        note = (f"the registry has {len(known)} treaty(ies) between {src} and {tgt}, latest {latest.treaty_id}; "
                "is this a new treaty or a new stage?" if latest else
                f"the registry has no treaty between {src} and {tgt}; add one if a treaty was signed")
        return TreatyUpdateProposal(action="ratified" if ratify else "signed", parties=(src, tgt),
                                    treaty_id=latest.treaty_id if latest else None, event=event, note=note)
    if not (_WITHDRAW.search(event.sentence) and _TREATY.search(event.sentence)):
        return None
    treaty = _withdrawal_treaty(registry, src, tgt, event.target_code, day)
    if treaty is None:
        return TreatyUpdateProposal(action="withdrew", parties=(src,) + ((tgt,) if tgt else ()), treaty_id=None,
                                    event=event, note="no registry treaty in force binds these parties; check the text")
    if day is not None and any(m.code == src and m.left is not None and abs((m.left - day).days) <= SAME_STAGE_DAYS
                               for m in treaty.members):
        return None
    return TreatyUpdateProposal(action="withdrew", parties=(src,), treaty_id=treaty.treaty_id, event=event,
                                note=f"set a 'left' date for {src} in {treaty.treaty_id} (or 'terminated') if confirmed")


def _withdrawal_treaty(registry: TreatyRegistry, src: str, tgt: str | None, tgt_code: str | None,
                       day: date | None) -> Treaty | None:
    on = day or date.today()
    for treaty in registry.of(src, on - timedelta(days=1)):
        if tgt_code is not None and (tgt_code in treaty.actor_codes or tgt_code == treaty.code):
            return treaty
        if tgt is not None and tgt in treaty.members_on(on - timedelta(days=1)):
            return treaty
    return None
