"""detente.analysis — stage 6: the geopolitical model read from the store.

Dyad time series, relation states, the treaty and alliance registry, the actor network and
watched questions. Everything here reads the store; nothing re-parses text.
"""

from detente.analysis.dyads import dyad_series
from detente.analysis.network import ActorNetwork, build_network
from detente.analysis.plot import plot_dyad
from detente.analysis.question_files import load_question_file, question_to_toml
from detente.analysis.questions import QuestionBook
from detente.analysis.relations import relation_state, relations
from detente.analysis.treaties import TreatyRegistry
from detente.analysis.treaty_review import registry_updates
from detente.records.analysis import (
    DyadPoint,
    DyadSeries,
    Forecast,
    ForecasterScore,
    Obligation,
    ObligationKind,
    Question,
    QuestionStatus,
    RelationLevel,
    RelationState,
    ResolutionRule,
    Score,
    Scoreboard,
    Treaty,
    TreatyUpdateProposal,
    Trend,
    Verdict,
)

__all__ = [
    "ActorNetwork",
    "DyadPoint",
    "DyadSeries",
    "Forecast",
    "ForecasterScore",
    "Obligation",
    "ObligationKind",
    "Question",
    "QuestionBook",
    "QuestionStatus",
    "RelationLevel",
    "RelationState",
    "ResolutionRule",
    "Score",
    "Scoreboard",
    "Treaty",
    "TreatyRegistry",
    "TreatyUpdateProposal",
    "Trend",
    "Verdict",
    "build_network",
    "dyad_series",
    "load_question_file",
    "plot_dyad",
    "question_to_toml",
    "registry_updates",
    "relation_state",
    "relations",
]
