"""Tests of the analysis records (detente.records.analysis)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from detente.errors import InvalidRecordError
from detente.records.analysis import (
    BaseRate,
    DyadPoint,
    Membership,
    Obligation,
    ObligationKind,
    Question,
    RelationLevel,
    ResolutionRule,
    Treaty,
)


def test_dyad_point_totals_and_mean() -> None:
    p = DyadPoint(period="2025-01", start=date(2025, 1, 1), end=date(2025, 2, 1), verbal_cooperation=2,
                  material_conflict=1, goldstein_sum=-2.0)
    assert (p.total, p.cooperation, p.conflict, p.goldstein_mean) == (3, 2, 1, pytest.approx(-2 / 3))
    assert DyadPoint(period="x", start=date(2025, 1, 1), end=date(2025, 1, 2)).goldstein_mean is None
    with pytest.raises(InvalidRecordError):
        DyadPoint(period="x", start=date(2025, 1, 2), end=date(2025, 1, 1))
    with pytest.raises(FrozenInstanceError):
        p.period = "y"  # type: ignore[misc]


def test_relation_level_is_ordered() -> None:
    assert [lv.rank for lv in RelationLevel] == list(range(7))
    assert RelationLevel.AT_WAR.rank < RelationLevel.NEUTRAL.rank < RelationLevel.ALLIED.rank


def test_membership_and_treaty_dates() -> None:
    m = Membership(code="FIN", joined=date(2023, 4, 4))
    assert not m.covers(date(2023, 4, 3)) and m.covers(date(2023, 4, 4))
    with pytest.raises(InvalidRecordError):
        Membership(code="X", joined=date(2020, 1, 1), left=date(2019, 1, 1))
    t = Treaty(treaty_id="t", name="T", kind="alliance", in_force=date(2000, 1, 1), terminated=date(2010, 1, 1),
               members=(Membership(code="AAA"), Membership(code="BBB", left=date(2005, 1, 1))),
               obligations=(Obligation(kind=ObligationKind.DEFENCE, excluded_pairs=(("AAA", "CCC"),)),))
    assert t.is_in_force(date(2000, 1, 1)) and not t.is_in_force(date(2010, 1, 1))
    assert t.members_on(date(2006, 1, 1)) == ("AAA",) and t.members_on(None) == ("AAA", "BBB")
    assert t.obligation_kinds("AAA", "BBB") == {ObligationKind.DEFENCE}
    assert t.obligation_kinds("CCC", "AAA") == frozenset()


def test_question_and_rule_invariants() -> None:
    rule = ResolutionRule(event_codes=("057",))
    with pytest.raises(InvalidRecordError):
        ResolutionRule()
    with pytest.raises(InvalidRecordError):
        ResolutionRule(event_codes=("057",), min_confidence=1.5)
    with pytest.raises(InvalidRecordError):
        Question(question_id="q", text="?", subjects=("RUS", "IRN"), rule=rule, opened_on=date(2025, 1, 1),
                 deadline=date(2025, 1, 1))
    with pytest.raises(InvalidRecordError):
        Question(question_id="q", text="?", subjects=("A", "B", "C"), rule=rule, opened_on=date(2025, 1, 1),
                 deadline=date(2026, 1, 1))


def test_base_rate_share() -> None:
    assert BaseRate(matching_events=0, years=1.0, per_year=0.0, partnerships=4, upgraded=1).upgrade_share == 0.25
    assert BaseRate(matching_events=0, years=0.0, per_year=None, partnerships=0, upgraded=0).upgrade_share is None
