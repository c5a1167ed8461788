"""Every record type that crosses a stage boundary, and nothing else.

Records are frozen, slotted, keyword-only dataclasses; closed vocabularies are enums
whose values are the strings of ``shared/spec/events.md``.
"""

from detente.records.actor import Actor, ActorCode, ActorRef, Tenure
from detente.records.analysis import (
    BaseRate,
    DyadPoint,
    DyadSeries,
    EventRef,
    Granularity,
    Grouping,
    Membership,
    Obligation,
    ObligationKind,
    Question,
    QuestionEvidence,
    QuestionStatus,
    RelationLevel,
    RelationState,
    ResolutionRule,
    Treaty,
    TreatyUpdateProposal,
    Trend,
    Verdict,
)
from detente.records.article import Article, ArticleId
from detente.records.cluster import EventCluster
from detente.records.event import (
    CameoCode,
    Event,
    Evidence,
    Factuality,
    Location,
    Plover,
    QuadClass,
)
from detente.records.mention import ActorMentions, ResolvedActor
from detente.records.problem import Problem
from detente.records.result import ArticleResult

__all__ = [
    "BaseRate",
    "DyadPoint",
    "DyadSeries",
    "EventRef",
    "Granularity",
    "Grouping",
    "Membership",
    "Obligation",
    "ObligationKind",
    "Question",
    "QuestionEvidence",
    "QuestionStatus",
    "RelationLevel",
    "RelationState",
    "ResolutionRule",
    "Treaty",
    "TreatyUpdateProposal",
    "Trend",
    "Verdict",
    "Actor",
    "ActorCode",
    "ActorMentions",
    "ActorRef",
    "Article",
    "ArticleId",
    "ArticleResult",
    "CameoCode",
    "Event",
    "EventCluster",
    "Evidence",
    "Factuality",
    "Location",
    "Plover",
    "Problem",
    "QuadClass",
    "ResolvedActor",
    "Tenure",
]
