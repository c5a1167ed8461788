"""REST shell: pydantic wire models, each with ``from_record()`` from the library's records.

Field names are those of ``shared/spec/events.md`` and of the records; dates are ISO strings.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from detente.records import (
    ActorRef,
    DyadPoint,
    DyadSeries,
    Event,
    EventRef,
    Problem,
    Question,
    QuestionEvidence,
    RelationState,
    Treaty,
    Verdict,
)
from detente.records.analysis import BaseRate, Forecast, ForecasterScore, Grouping, Score, Scoreboard


class ErrorOut(BaseModel):
    """Every error answer: the catalogue code, what went wrong and what to do."""

    code: str = Field(examples=["D902"])
    message: str
    hint: str


class ActorRefOut(BaseModel):
    """The ``source``/``target`` of an event."""

    actor_code: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    mention: str | None = None

    @classmethod
    def from_record(cls, ref: ActorRef | None) -> ActorRefOut | None:
        """The wire form of ``ref`` (None stays None)."""
        return None if ref is None else cls(**ref.to_dict())  # type: ignore[arg-type]


class EvidenceOut(BaseModel):
    """The sentence an event was read from and its offsets in the article body."""

    text: str
    start: int
    end: int


class PloverOut(BaseModel):
    """The PLOVER event type and mode."""

    event_type: str
    mode: str | None = None


class LocationOut(BaseModel):
    """Where an event happened."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventOut(BaseModel):
    """One coded event, exactly the spec's JSON object."""

    event_id: str
    article_id: str
    sentence_index: int
    evidence: EvidenceOut
    event_date: date | None
    source: ActorRefOut | None
    target: ActorRefOut | None
    event_code: str
    root_code: str
    plover: PloverOut
    quad_class: int
    goldstein: float
    factuality: str
    location: LocationOut | None = None
    confidence: float
    trigger: str | None = None
    attribution: ActorRefOut | None = None

    @classmethod
    def from_record(cls, event: Event) -> EventOut:
        """The wire form of ``event`` (its ``to_dict()``)."""
        return cls.model_validate(event.to_dict())


class EventPage(BaseModel):
    """A page of events; pass ``next_cursor`` as ``cursor`` to get the next one (null: last page)."""

    events: list[EventOut]
    count: int
    total: int
    next_cursor: str | None


class ArticleOut(BaseModel):
    """A stored article's metadata (the body is left out of lists)."""

    article_id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_on: date | None = None


class EventDetail(BaseModel):
    """One event with the article it was read from."""

    event: EventOut
    article: ArticleOut | None


class ArticleIn(BaseModel):
    """One article in the input format of ``shared/spec/events.md``."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_on: str | None = Field(default=None, examples=["2024-10-11"])


class CodedArticleOut(BaseModel):
    """An ingested article with its coded events (every factuality)."""

    article_id: str
    title: str | None = None
    published_on: date | None = None
    already_stored: bool
    events: list[EventOut]


class ProblemOut(BaseModel):
    """An input that could not be processed."""

    source: str
    code: str
    message: str
    hint: str = ""
    article_id: str | None = None

    @classmethod
    def from_record(cls, problem: Problem) -> ProblemOut:
        """The wire form of ``problem``."""
        return cls(source=problem.source, code=problem.code, message=problem.message, hint=problem.hint,
                   article_id=problem.article_id)


class IngestOut(BaseModel):
    """What ``POST /articles`` did: the run, each article and its events, and any problems."""

    run_id: str
    articles: list[CodedArticleOut]
    events: int
    problems: list[ProblemOut]


class EventRefOut(BaseModel):
    """A light reference to a stored event, as analyses list their evidence."""

    event_id: str
    article_id: str
    event_date: date | None
    source_code: str | None
    target_code: str | None
    event_code: str
    quad_class: int
    goldstein: float
    factuality: str
    confidence: float
    sentence: str

    @classmethod
    def from_record(cls, ref: EventRef) -> EventRefOut:
        """The wire form of ``ref``."""
        return cls(event_id=ref.event_id, article_id=ref.article_id, event_date=ref.event_date,
                   source_code=ref.source_code, target_code=ref.target_code, event_code=ref.event_code,
                   quad_class=ref.quad_class, goldstein=ref.goldstein, factuality=ref.factuality.value,
                   confidence=ref.confidence, sentence=ref.sentence)


class DyadPointOut(BaseModel):
    """One period of a dyad series."""

    period: str
    start: date
    end: date
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    cooperation: int
    conflict: int
    total: int
    goldstein_sum: float
    goldstein_mean: float | None
    top_codes: list[tuple[str, int]]
    evidence: list[EventRefOut]

    @classmethod
    def from_record(cls, p: DyadPoint) -> DyadPointOut:
        """The wire form of ``p`` (with its derived totals)."""
        return cls(period=p.period, start=p.start, end=p.end, verbal_cooperation=p.verbal_cooperation,
                   material_cooperation=p.material_cooperation, verbal_conflict=p.verbal_conflict,
                   material_conflict=p.material_conflict, cooperation=p.cooperation, conflict=p.conflict,
                   total=p.total, goldstein_sum=p.goldstein_sum, goldstein_mean=p.goldstein_mean,
                   top_codes=list(p.top_codes), evidence=[EventRefOut.from_record(e) for e in p.evidence])


class DyadSeriesOut(BaseModel):
    """The time series of events between ``a`` and ``b`` (both directions)."""

    a: str
    b: str
    by: str
    since: date | None
    until: date | None
    factuality: str | None
    total: int
    undated: int
    points: list[DyadPointOut]

    @classmethod
    def from_record(cls, s: DyadSeries) -> DyadSeriesOut:
        """The wire form of ``s``."""
        return cls(a=s.a, b=s.b, by=s.by, since=s.since, until=s.until,
                   factuality=s.factuality.value if s.factuality else None, total=s.total, undated=s.undated,
                   points=[DyadPointOut.from_record(p) for p in s.points])


class RelationStateOut(BaseModel):
    """Where a pair stands on the at_war..allied scale on a date, and why."""

    a: str
    b: str
    on: date
    window_days: int
    level: str
    event_level: str
    treaty_level: str | None
    trend: str
    counts: list[int]
    n_events: int
    goldstein_mean: float | None
    previous_counts: list[int]
    previous_goldstein_mean: float | None
    treaties: list[str]
    reasons: list[str]
    evidence: list[EventRefOut]

    @classmethod
    def from_record(cls, r: RelationState) -> RelationStateOut:
        """The wire form of ``r``."""
        return cls(a=r.a, b=r.b, on=r.on, window_days=r.window_days, level=r.level.value,
                   event_level=r.event_level.value, treaty_level=r.treaty_level.value if r.treaty_level else None,
                   trend=r.trend.value, counts=list(r.counts), n_events=r.n_events,
                   goldstein_mean=r.goldstein_mean, previous_counts=list(r.previous_counts),
                   previous_goldstein_mean=r.previous_goldstein_mean, treaties=list(r.treaties),
                   reasons=list(r.reasons), evidence=[EventRefOut.from_record(e) for e in r.evidence])


class NetworkNodeOut(BaseModel):
    """An actor of the network with its community and centrality values."""

    model_config = ConfigDict(extra="allow")

    id: str
    events: int
    community: int | None


class NetworkEdgeOut(BaseModel):
    """The events between two actors, by quad class."""

    model_config = ConfigDict(extra="allow")

    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    relation: str | None = None


class NetworkOut(BaseModel):
    """The actor network over a window (``ActorNetwork.to_json()``)."""

    level: str
    since: date | None
    until: date | None
    nodes: list[NetworkNodeOut]
    edges: list[NetworkEdgeOut]
    communities: list[list[str]]

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> NetworkOut:
        """The wire form of an ``ActorNetwork.to_json()`` document."""
        return cls.model_validate(data)


class MembershipOut(BaseModel):
    """A party to a treaty or member of a grouping over ``[joined, left)``."""

    code: str
    joined: date | None = None
    left: date | None = None


class ObligationOut(BaseModel):
    """One ATOP-style obligation of a treaty."""

    kind: str
    article: str | None = None
    members: list[str] = []
    conditions: str | None = None


class TreatyOut(BaseModel):
    """A registry treaty with its members, dates and obligations."""

    treaty_id: str
    name: str
    kind: str
    code: str | None
    signed: date | None
    in_force: date | None
    terminated: date | None
    members: list[MembershipOut]
    obligations: list[ObligationOut]
    source: str | None
    notes: str | None

    @classmethod
    def from_record(cls, t: Treaty) -> TreatyOut:
        """The wire form of ``t``."""
        return cls(treaty_id=t.treaty_id, name=t.name, kind=t.kind, code=t.code, signed=t.signed,
                   in_force=t.in_force, terminated=t.terminated,
                   members=[MembershipOut(code=m.code, joined=m.joined, left=m.left) for m in t.members],
                   obligations=[ObligationOut(kind=o.kind.value, article=o.article, members=list(o.members),
                                              conditions=o.conditions) for o in t.obligations],
                   source=t.source, notes=t.notes)


class GroupingOut(BaseModel):
    """A named set of countries without a treaty of its own (e.g. CRINK)."""

    code: str
    name: str
    members: list[MembershipOut]
    notes: str | None

    @classmethod
    def from_record(cls, g: Grouping) -> GroupingOut:
        """The wire form of ``g``."""
        return cls(code=g.code, name=g.name, notes=g.notes,
                   members=[MembershipOut(code=m.code, joined=m.joined, left=m.left) for m in g.members])


class TreatiesOut(BaseModel):
    """The registry (or the part of it a filter selected)."""

    version: str
    treaties: list[TreatyOut]
    groupings: list[GroupingOut]


class ResolutionIn(BaseModel):
    """What resolves a question (the ``[question.resolution]`` table of a question file)."""

    model_config = ConfigDict(extra="forbid")

    event_codes: list[str] = []
    keywords: list[str] = []
    obligations: list[Literal["defence", "offence", "neutrality", "non_aggression", "consultation"]] = []
    treaty_stage: Literal["signed", "in_force"] = "signed"
    factuality: Literal["asserted", "negated", "hypothetical", "future", "question"] = "asserted"
    min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)


class QuestionIn(BaseModel):
    """A watched question, as in a question file (docs/questions.md); ``replace`` redefines an existing id."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=120)
    text: str = Field(min_length=1)
    subjects: list[str] = Field(min_length=1, max_length=2)
    opened_on: date
    deadline: date
    resolution: ResolutionIn
    resolution_sources: str | None = None
    notes: str | None = None
    replace: bool = False


class QuestionEvidenceOut(BaseModel):
    """An event linked to a question, its stance and whether it counts towards resolution."""

    stance: str
    resolves: bool
    event: EventRefOut

    @classmethod
    def from_record(cls, item: QuestionEvidence) -> QuestionEvidenceOut:
        """The wire form of ``item``."""
        return cls(stance=item.stance, resolves=item.resolves, event=EventRefOut.from_record(item.event))


class BaseRateOut(BaseModel):
    """Reference rates shown next to a question."""

    matching_events: int
    years: float
    per_year: float | None
    partnerships: int
    upgraded: int
    upgrade_share: float | None

    @classmethod
    def from_record(cls, rate: BaseRate) -> BaseRateOut:
        """The wire form of ``rate``."""
        return cls(matching_events=rate.matching_events, years=rate.years, per_year=rate.per_year,
                   partnerships=rate.partnerships, upgraded=rate.upgraded, upgrade_share=rate.upgrade_share)


class VerdictOut(BaseModel):
    """A question's status as of a date, with its evidence, treaties and base rate.

    ``n_for`` counts evidence events for; ``n_against`` evidence events against plus treaties against.
    """

    asof: date
    status: str
    reason: str
    n_for: int
    n_against: int
    evidence: list[QuestionEvidenceOut]
    treaties_for: list[str]
    treaties_against: list[str]
    base_rate: BaseRateOut | None

    @classmethod
    def from_record(cls, v: Verdict) -> VerdictOut:
        """The wire form of ``v``."""
        return cls(asof=v.asof, status=v.status.value, reason=v.reason,
                   n_for=sum(1 for e in v.evidence if e.stance == "for"),
                   n_against=sum(1 for e in v.evidence if e.stance == "against") + len(v.treaties_against),
                   evidence=[QuestionEvidenceOut.from_record(e) for e in v.evidence],
                   treaties_for=list(v.treaties_for), treaties_against=list(v.treaties_against),
                   base_rate=BaseRateOut.from_record(v.base_rate) if v.base_rate else None)


class QuestionOut(BaseModel):
    """A watched question with its rule and, when evaluated, its verdict."""

    question_id: str
    text: str
    subjects: list[str]
    opened_on: date
    deadline: date
    event_codes: list[str]
    keywords: list[str]
    obligations: list[str]
    treaty_stage: str
    factuality: str
    min_confidence: float
    resolution_sources: str | None
    notes: str | None
    status: str
    verdict: VerdictOut | None

    @classmethod
    def from_record(cls, q: Question, verdict: Verdict | None) -> QuestionOut:
        """The wire form of ``q`` and its verdict (status ``open`` while there is none)."""
        rule = q.rule
        return cls(question_id=q.question_id, text=q.text, subjects=list(q.subjects), opened_on=q.opened_on,
                   deadline=q.deadline, event_codes=list(rule.event_codes), keywords=list(rule.keywords),
                   obligations=[o.value for o in rule.obligations], treaty_stage=rule.treaty_stage,
                   factuality=rule.factuality.value, min_confidence=rule.min_confidence,
                   resolution_sources=q.resolution_sources, notes=q.notes,
                   status=verdict.status.value if verdict else "open",
                   verdict=VerdictOut.from_record(verdict) if verdict else None)


class ForecastIn(BaseModel):
    """A probability that a question resolves yes, as ``detente questions forecast ID P`` logs it.

    ``probability`` outside 0..1 is refused with ``D604`` (the library's check, so CLI and REST agree).
    """

    model_config = ConfigDict(extra="forbid")

    probability: float = Field(description="Probability that the question resolves yes, 0..1.", examples=[0.15])
    by: str = Field(default="analyst", min_length=1, max_length=200, description="Who (or which model) forecasts.")
    note: str | None = Field(default=None, description="The evidence that moved the forecast.")
    on: date | None = Field(default=None, description="The day the forecast is for (default: today).",
                            examples=["2025-01-20"])


class ForecastOut(BaseModel):
    """One logged forecast (``made_on`` is the day it is for; ``logged_at`` when it was recorded, UTC)."""

    question_id: str
    probability: float
    made_on: date
    by: str
    note: str | None
    logged_at: datetime | None

    @classmethod
    def from_record(cls, f: Forecast) -> ForecastOut:
        """The wire form of ``f``."""
        return cls(question_id=f.question_id, probability=f.probability, made_on=f.made_on, by=f.by, note=f.note,
                   logged_at=f.logged_at)


class ScoreOut(BaseModel):
    """One forecaster's Brier and log score on one resolved question (means over scored days; lower is better)."""

    question_id: str
    forecaster: str
    outcome: bool
    resolved_on: date
    days: int
    brier: float
    log_loss: float

    @classmethod
    def from_record(cls, s: Score) -> ScoreOut:
        """The wire form of ``s``."""
        return cls(question_id=s.question_id, forecaster=s.forecaster, outcome=s.outcome, resolved_on=s.resolved_on,
                   days=s.days, brier=s.brier, log_loss=s.log_loss)


class ForecasterScoreOut(BaseModel):
    """One forecaster's scores averaged over the resolved questions they were scored on."""

    forecaster: str
    questions: int
    brier: float
    log_loss: float

    @classmethod
    def from_record(cls, m: ForecasterScore) -> ForecasterScoreOut:
        """The wire form of ``m``."""
        return cls(forecaster=m.forecaster, questions=m.questions, brier=m.brier, log_loss=m.log_loss)


class ScoreboardOut(BaseModel):
    """Every score of the store (what ``detente questions scores`` prints) and the questions not yet scored."""

    scores: list[ScoreOut]
    forecasters: list[ForecasterScoreOut]
    open_questions: list[str]

    @classmethod
    def from_record(cls, board: Scoreboard) -> ScoreboardOut:
        """The wire form of ``board``."""
        return cls(scores=[ScoreOut.from_record(s) for s in board.scores],
                   forecasters=[ForecasterScoreOut.from_record(m) for m in board.forecasters],
                   open_questions=list(board.open_questions))


class OfficeHolderOut(BaseModel):
    """A person holding an office of the actor's country today."""

    name: str
    office: str
    actor_code: str
    start: date


class ActorOut(BaseModel):
    """What the knowledge base knows about an actor code, and how many stored events name it."""

    code: str
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    reason: str | None
    aliases: list[str]
    members: list[str]
    office_holders: list[OfficeHolderOut]
    events: dict[str, int]


class HealthOut(BaseModel):
    """Whether the server is up, its versions and what its store holds."""

    status: str
    versions: dict[str, str]
    model_loaded: bool
    auth: bool
    dashboard_missing: list[str] = Field(description="npm packages the dashboard needs that are not installed")
    store: dict[str, Any]
