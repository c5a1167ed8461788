"""Question resolution (analysis stage): match stored events and registry treaties against a question's rule.

Only events with the rule's factuality and confidence resolve a question; future, hypothetical,
negated and question events are shown as evidence for or against, never as resolution.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations, product
from typing import Literal

from detente.analysis.selection import StoreLike, dyad_events
from detente.analysis.treaties import PARTNERSHIP_KINDS, TreatyRegistry, country_of
from detente.records.analysis import (
    BaseRate,
    EventRef,
    Question,
    QuestionEvidence,
    QuestionStatus,
    Treaty,
    Verdict,
)
from detente.records.event import Factuality


def evaluate(store: StoreLike, question: Question, registry: TreatyRegistry, asof: date) -> Verdict:
    """The question's status as of ``asof`` (see docs/questions.md for the rule).

    Resolution: a registry treaty between the subjects carrying one of the rule's obligations whose
    ``treaty_stage`` date falls in ``[opened_on, deadline)`` and on or before ``asof``, or an event
    matching the pattern with the rule's factuality and confidence dated in that range. Otherwise
    ``resolved_no`` once ``asof`` reaches the deadline, else ``evidence_for``/``evidence_against``
    by which side has more items, else ``open``.
    """
    rule = question.rule
    last_day = min(asof, question.deadline - timedelta(days=1))
    evidence: list[QuestionEvidence] = []
    if rule.event_codes:
        for event in matching_events(store, question, registry, since=question.opened_on, until=asof,
                                     factuality=None):
            resolves = (event.factuality is rule.factuality and event.confidence >= rule.min_confidence
                        and event.event_date is not None and event.event_date <= last_day)
            stance: Literal["for", "against"] = "against" if event.factuality is Factuality.NEGATED else "for"
            evidence.append(QuestionEvidence(event=event, stance=stance, resolves=resolves))
    treaties_for: list[str] = []
    treaties_against: list[str] = []
    if rule.obligations:
        for treaty in _subject_treaties(question, registry, asof):
            stage_day = treaty.signed if rule.treaty_stage == "signed" else treaty.in_force
            if stage_day is None or not question.opened_on <= stage_day <= last_day:
                continue
            if _carries(treaty, question, registry, asof, set(rule.obligations)):
                treaties_for.append(treaty.treaty_id)
            else:
                treaties_against.append(treaty.treaty_id)
    resolving = [e for e in evidence if e.resolves]
    if treaties_for or resolving:
        parts = []
        if treaties_for:
            parts.append(f"registry: {', '.join(treaties_for)} carries "
                         f"{'/'.join(o.value for o in rule.obligations)} ({rule.treaty_stage})")
        if resolving:
            parts.append(f"{len(resolving)} {rule.factuality.value} matching event(s), first on "
                         f"{min(e.event.event_date for e in resolving if e.event.event_date)}")
        status, reason = QuestionStatus.RESOLVED_YES, "; ".join(parts)
    elif asof >= question.deadline:
        status, reason = QuestionStatus.RESOLVED_NO, f"deadline {question.deadline} passed without resolution"
    else:
        n_for = sum(1 for e in evidence if e.stance == "for")
        n_against = sum(1 for e in evidence if e.stance == "against") + len(treaties_against)
        summary = (f"{n_for} item(s) for, {n_against} against (non-resolving events and treaties "
                   "without the required obligation)")
        if n_for > n_against:
            status = QuestionStatus.EVIDENCE_FOR
        elif n_against > n_for:
            status = QuestionStatus.EVIDENCE_AGAINST
        else:
            status = QuestionStatus.OPEN
        reason = summary if (n_for or n_against) else "no matching evidence yet"
    return Verdict(question_id=question.question_id, asof=asof, status=status, reason=reason,
                   evidence=tuple(evidence), treaties_for=tuple(treaties_for),
                   treaties_against=tuple(treaties_against),
                   base_rate=base_rate(store, question, registry, asof))


def matching_events(store: StoreLike, question: Question, registry: TreatyRegistry, *,
                    since: date | None, until: date | None,
                    factuality: Factuality | None) -> list[EventRef]:
    """Events between the subjects whose code and sentence match the question's pattern."""
    rule = question.rule
    a, b = _subject_pair(question)
    events = dyad_events(store, a, b, since=since, until=until, factuality=factuality,
                         code_prefixes=rule.event_codes, registry=registry)
    if not rule.keywords:
        return events
    words = [k.lower() for k in rule.keywords]
    return [e for e in events if any(w in e.sentence.lower() for w in words)]


def base_rate(store: StoreLike, question: Question, registry: TreatyRegistry, asof: date) -> BaseRate:
    """Reference rates for a question.

    ``per_year``: asserted events matching the pattern between the subjects up to ``asof``,
    divided by the years the store covers (its earliest dated event to ``asof``).
    ``upgraded``/``partnerships``: registry partnership treaties (strategic partnership, friendship,
    security partnership) without the rule's obligations, and how many of them were followed by a
    later treaty between two of the same parties that carries one.
    """
    matches = 0
    years = 0.0
    if question.rule.event_codes:
        matches = len(matching_events(store, question, registry, since=None, until=asof,
                                      factuality=Factuality.ASSERTED))
        row = store.connection.execute("SELECT min(event_date) FROM events WHERE event_date <= ?",
                                       [asof]).fetchone()
        first = row[0] if row else None
        if first is not None:
            years = round(max((asof - first).days + 1, 1) / 365.25, 4)
    per_year = round(matches / years, 4) if years else None
    partnerships = upgraded = 0
    wanted = set(question.rule.obligations)
    if wanted:
        for treaty in registry.treaties:
            if treaty.kind not in PARTNERSHIP_KINDS or treaty.signed is None or treaty.obligation_kinds() & wanted:
                continue
            partnerships += 1
            parties = set(treaty.members_on(None))
            if any(later.signed is not None and later.signed > treaty.signed
                   and len(parties & set(later.members_on(None))) >= 2 and later.obligation_kinds() & wanted
                   for later in registry.treaties):
                upgraded += 1
    return BaseRate(matching_events=matches, years=years, per_year=per_year, partnerships=partnerships,
                    upgraded=upgraded)


def _subject_pair(question: Question) -> tuple[str, str]:
    subjects = question.subjects
    return (subjects[0], subjects[0]) if len(subjects) == 1 else (subjects[0], subjects[1])


def _countries(code: str, registry: TreatyRegistry, on: date) -> set[str]:
    members = registry.members(code, on)
    return set(members) if members is not None else {country_of(code)}


def _pairs(question: Question, registry: TreatyRegistry, on: date) -> set[tuple[str, str]]:
    a, b = _subject_pair(question)
    if a == b:
        return {tuple(sorted(p)) for p in combinations(sorted(_countries(a, registry, on)), 2)}  # type: ignore[misc]
    return {(x, y) for x, y in product(_countries(a, registry, on), _countries(b, registry, on)) if x != y}


def _subject_treaties(question: Question, registry: TreatyRegistry, on: date) -> list[Treaty]:
    seen: dict[str, Treaty] = {}
    for x, y in sorted(_pairs(question, registry, on)):
        for treaty in registry.between(x, y):
            seen.setdefault(treaty.treaty_id, treaty)
    return list(seen.values())


def _carries(treaty: Treaty, question: Question, registry: TreatyRegistry, on: date, wanted: set[object]) -> bool:
    members = set(treaty.members_on(None))
    return any(x in members and y in members and treaty.obligation_kinds(x, y) & wanted
               for x, y in _pairs(question, registry, on))
