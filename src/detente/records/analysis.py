"""Analysis records (stage 6 output): dyad series, relation states, treaties, questions and verdicts.

All are frozen, slotted, keyword-only dataclasses; the analysis stage builds them from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from detente.errors import DetenteError
from detente.records.event import Factuality

Granularity = Literal["day", "week", "month"]
"""The period length of a dyad series."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRef:
    """A light reference to one stored event: enough to show it as evidence and count it."""

    event_id: str
    article_id: str
    event_date: date | None
    source_code: str | None
    source_country: str | None
    target_code: str | None
    target_country: str | None
    event_code: str
    quad_class: int
    goldstein: float
    factuality: Factuality
    confidence: float
    sentence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadPoint:
    """One period of a dyad series: counts by quad class, Goldstein sum/mean, top codes, evidence.

    ``start`` is inclusive and ``end`` exclusive; ``period`` is its label (``2025-01``,
    ``2025-W03`` or ``2025-01-17``).
    """

    period: str
    start: date
    end: date
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    goldstein_sum: float = 0.0
    top_codes: tuple[tuple[str, int], ...] = ()
    evidence: tuple[EventRef, ...] = ()

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise DetenteError.make("D001", record="DyadPoint", detail=f"period {self.start}..{self.end} is empty")

    @property
    def total(self) -> int:
        """Number of events in the period."""
        return (self.verbal_cooperation + self.material_cooperation
                + self.verbal_conflict + self.material_conflict)

    @property
    def cooperation(self) -> int:
        """Verbal plus material cooperation."""
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        """Verbal plus material conflict."""
        return self.verbal_conflict + self.material_conflict

    @property
    def goldstein_mean(self) -> float | None:
        """Mean Goldstein weight of the period's events; None when it has none."""
        return self.goldstein_sum / self.total if self.total else None


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadSeries:
    """The time series of events between ``a`` and ``b`` (both directions).

    ``undated`` counts matching events without an ``event_date``: they cannot be placed
    in a period, so ``sum(p.total for p in points) + undated`` is the number of matching events.
    """

    a: str
    b: str
    by: Granularity
    since: date | None
    until: date | None
    factuality: Factuality | None
    points: tuple[DyadPoint, ...] = ()
    undated: int = 0

    @property
    def total(self) -> int:
        """Number of dated events in the series."""
        return sum(p.total for p in self.points)


class RelationLevel(StrEnum):
    """The ordinal relation scale, from worst to best (see docs/analysis.md)."""

    AT_WAR = "at_war"
    HOSTILE = "hostile"
    TENSE = "tense"
    NEUTRAL = "neutral"
    COOPERATIVE = "cooperative"
    PARTNERED = "partnered"
    ALLIED = "allied"

    @property
    def rank(self) -> int:
        """Position on the scale: 0 (at war) to 6 (allied).

        >>> RelationLevel.ALLIED.rank > RelationLevel.TENSE.rank
        True
        """
        return list(RelationLevel).index(self)


class Trend(StrEnum):
    """How a relation moved between the previous window and the current one."""

    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationState:
    """The state of the relation between ``a`` and ``b`` on a date, with what drove it.

    ``counts`` are the window's events by quad class (1..4 in order); ``event_level`` is what
    events alone say, ``treaty_level`` what the registry says (None without a treaty in force).
    """

    a: str
    b: str
    on: date
    window_days: int
    level: RelationLevel
    event_level: RelationLevel
    treaty_level: RelationLevel | None
    trend: Trend
    counts: tuple[int, int, int, int]
    goldstein_mean: float | None
    previous_counts: tuple[int, int, int, int]
    previous_goldstein_mean: float | None
    treaties: tuple[str, ...] = ()
    evidence: tuple[EventRef, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def n_events(self) -> int:
        """Number of asserted events in the current window."""
        return sum(self.counts)


class ObligationKind(StrEnum):
    """ATOP-style obligation types."""

    DEFENCE = "defence"
    OFFENCE = "offence"
    NEUTRALITY = "neutrality"
    NON_AGGRESSION = "non_aggression"
    CONSULTATION = "consultation"


@dataclass(frozen=True, slots=True, kw_only=True)
class Obligation:
    """One obligation of a treaty.

    ``members`` lists who owes it (empty: every member); ``excluded_pairs`` lists member pairs
    between whom it does not apply (e.g. a suspended obligation).
    """

    kind: ObligationKind
    article: str | None = None
    members: tuple[str, ...] = ()
    excluded_pairs: tuple[tuple[str, str], ...] = ()
    conditions: str | None = None

    def binds(self, a: str, b: str) -> bool:
        """True when the obligation applies between members ``a`` and ``b``."""
        if self.members and not (a in self.members or b in self.members):
            return False
        return (a, b) not in self.excluded_pairs and (b, a) not in self.excluded_pairs


@dataclass(frozen=True, slots=True, kw_only=True)
class Membership:
    """A party to a treaty or a member of a grouping over ``[joined, left)`` (None: open end)."""

    code: str
    joined: date | None = None
    left: date | None = None

    def __post_init__(self) -> None:
        if self.joined and self.left and self.left <= self.joined:
            raise DetenteError.make("D001", record="Membership",
                                    detail=f"{self.code} leaves ({self.left}) before joining ({self.joined})")

    def covers(self, day: date) -> bool:
        """True when the member belonged on ``day``."""
        return (self.joined is None or self.joined <= day) and (self.left is None or day < self.left)


@dataclass(frozen=True, slots=True, kw_only=True)
class Treaty:
    """A treaty, alliance or partnership from the registry, with members, dates and obligations.

    ``in_force`` is inclusive and ``terminated`` exclusive. ``code`` names the treaty as a grouping
    (``NATO``) and ``actor_codes`` are its organisation's own CAMEO codes (``IGOWSTNAT``).
    """

    treaty_id: str
    name: str
    kind: str
    members: tuple[Membership, ...]
    signed: date | None = None
    in_force: date | None = None
    terminated: date | None = None
    obligations: tuple[Obligation, ...] = ()
    code: str | None = None
    actor_codes: tuple[str, ...] = ()
    source: str | None = None
    notes: str | None = None

    def is_in_force(self, day: date) -> bool:
        """True when the treaty was in force on ``day``."""
        return (self.in_force is not None and self.in_force <= day
                and (self.terminated is None or day < self.terminated))

    def members_on(self, day: date | None) -> tuple[str, ...]:
        """The member codes on ``day`` (every member ever, when ``day`` is None)."""
        return tuple(dict.fromkeys(m.code for m in self.members if day is None or m.covers(day)))

    def obligation_kinds(self, a: str | None = None, b: str | None = None) -> frozenset[ObligationKind]:
        """The obligation kinds of the treaty (between ``a`` and ``b`` when both are given)."""
        return frozenset(o.kind for o in self.obligations if a is None or b is None or o.binds(a, b))


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    """A named set of countries with a time-varying membership and no treaty of its own (e.g. CRINK)."""

    code: str
    name: str
    members: tuple[Membership, ...]
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TreatyUpdateProposal:
    """A registry change suggested by coded events, flagged for a person to review (never applied)."""

    action: Literal["signed", "ratified", "withdrew"]
    parties: tuple[str, ...]
    treaty_id: str | None
    event: EventRef
    note: str


class QuestionStatus(StrEnum):
    """Where a watched question stands."""

    OPEN = "open"
    EVIDENCE_FOR = "evidence_for"
    EVIDENCE_AGAINST = "evidence_against"
    RESOLVED_YES = "resolved_yes"
    RESOLVED_NO = "resolved_no"


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolutionRule:
    """What resolves a question: matching events and/or a registry treaty with given obligations.

    An event matches when it links the subjects (either direction), its code starts with one of
    ``event_codes`` and, when ``keywords`` are given, its sentence contains one of them. Only
    matches with ``factuality`` and ``confidence >= min_confidence`` resolve the question.
    ``treaty_stage`` says which registry date counts: ``signed`` or ``in_force``.
    """

    event_codes: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    obligations: tuple[ObligationKind, ...] = ()
    treaty_stage: Literal["signed", "in_force"] = "signed"
    factuality: Factuality = Factuality.ASSERTED
    min_confidence: float = 0.6

    def __post_init__(self) -> None:
        if not self.event_codes and not self.obligations:
            raise DetenteError.make("D001", record="ResolutionRule",
                                    detail="needs event_codes or obligations (or both)")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise DetenteError.make("D001", record="ResolutionRule",
                                    detail=f"min_confidence {self.min_confidence} outside 0..1")


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """A watched binary question with its resolution rule, open date and deadline (exclusive)."""

    question_id: str
    text: str
    subjects: tuple[str, ...]
    rule: ResolutionRule
    opened_on: date
    deadline: date
    kind: Literal["binary"] = "binary"
    resolution_sources: str | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        if self.deadline <= self.opened_on:
            raise DetenteError.make("D001", record="Question",
                                    detail=f"deadline {self.deadline} is not after opened_on {self.opened_on}")
        if not 1 <= len(self.subjects) <= 2:
            raise DetenteError.make("D001", record="Question",
                                    detail=f"subjects must be one grouping or two codes, got {self.subjects}")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionEvidence:
    """An event linked to a question: its stance and whether it counts towards resolution."""

    event: EventRef
    stance: Literal["for", "against"]
    resolves: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class BaseRate:
    """Reference rates shown next to a question (see docs/questions.md for what is computed)."""

    matching_events: int
    years: float
    per_year: float | None
    partnerships: int
    upgraded: int

    @property
    def upgrade_share(self) -> float | None:
        """Share of registry partnerships whose parties later signed a treaty with the rule's obligations."""
        return self.upgraded / self.partnerships if self.partnerships else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """The status of a question as of a date, with its evidence events, treaties and base rate."""

    question_id: str
    asof: date
    status: QuestionStatus
    reason: str
    evidence: tuple[QuestionEvidence, ...] = ()
    treaties_for: tuple[str, ...] = ()
    treaties_against: tuple[str, ...] = ()
    base_rate: BaseRate | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Forecast:
    """A time-stamped probability that a watched question resolves yes, by a person or a model."""

    question_id: str
    probability: float
    made_on: date
    by: str = "analyst"
    note: str | None = None
    logged_at: datetime | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.probability <= 1.0:
            raise DetenteError.make("D001", record="Forecast",
                                    detail=f"probability {self.probability} outside 0..1")


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """One forecaster's score on one resolved question (see docs/questions.md, "Forecasts and scores").

    ``brier`` is the mean of ``(p - o)**2`` and ``log_loss`` the mean of ``-ln(p_o)`` over the
    forecaster's scored days (``days``); lower is better for both.
    """

    question_id: str
    forecaster: str
    outcome: bool
    resolved_on: date
    days: int
    brier: float
    log_loss: float


@dataclass(frozen=True, slots=True, kw_only=True)
class ForecasterScore:
    """One forecaster's scores averaged over the resolved questions they forecast (each question equally)."""

    forecaster: str
    questions: int
    brier: float
    log_loss: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Scoreboard:
    """All scores of a store: per question and forecaster, per forecaster, and the questions still open."""

    scores: tuple[Score, ...] = ()
    forecasters: tuple[ForecasterScore, ...] = ()
    open_questions: tuple[str, ...] = ()
