"""Tests of relation states (detente.analysis.relations)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.analysis.eventmix import Spec, make_event, write_events

from detente.analysis import RelationLevel, Trend, relation_state, relations
from detente.analysis.relations import event_level_of
from detente.analysis.selection import row_to_ref
from detente.errors import UsageError
from detente.store import Store

ON = date(2025, 12, 1)



def test_relation_state_war_from_fights(shared_mix_store: Store) -> None:
    state = relation_state(shared_mix_store, "ISR", "IRN", on=date(2025, 7, 1), window_days=30)
    assert state.level is RelationLevel.AT_WAR and state.event_level is RelationLevel.AT_WAR
    assert state.treaty_level is None
    assert state.counts == (0, 0, 0, 8) and state.trend is Trend.WORSENING
    assert {e.event_code for e in state.evidence} == {"195", "190"}
    assert any("fight" in r for r in state.reasons)


def test_relation_state_defence_treaty_makes_allied(shared_mix_store: Store) -> None:
    state = relation_state(shared_mix_store, "RUS", "PRK", on=ON)
    assert state.event_level is RelationLevel.COOPERATIVE
    assert state.treaty_level is RelationLevel.ALLIED and state.level is RelationLevel.ALLIED
    assert state.treaties == ("rus_prk_2024",)


def test_relation_state_treaty_level_depends_on_entry_into_force(shared_mix_store: Store) -> None:
    before = relation_state(shared_mix_store, "RUS", "IRN", on=date(2025, 10, 1))
    after = relation_state(shared_mix_store, "RUS", "IRN", on=date(2025, 10, 2))
    assert before.treaty_level is None and before.level is RelationLevel.COOPERATIVE
    assert after.treaty_level is RelationLevel.PARTNERED and after.level is RelationLevel.PARTNERED
    assert "rus_irn_2025" in after.treaties


def test_relation_state_conflict_overrides_alliance() -> None:
    specs = [Spec(ON - timedelta(days=d), "TURMIL", "190", "GRCMIL") for d in (3, 10)]
    with Store.open(":memory:") as store:
        write_events(store, specs)
        state = relation_state(store, "TUR", "GRC", on=ON)
    assert state.treaty_level is RelationLevel.ALLIED
    assert state.event_level is RelationLevel.HOSTILE and state.level is RelationLevel.HOSTILE
    assert any("override" in r for r in state.reasons)


def test_relation_state_no_events_is_neutral_and_stable() -> None:
    with Store.open(":memory:") as store:
        state = relation_state(store, "FRA", "BRA", on=ON)
    assert state.level is RelationLevel.NEUTRAL and state.trend is Trend.STABLE and state.n_events == 0


def test_relation_state_trend_improving() -> None:
    specs = ([Spec(ON - timedelta(days=200 + d), "USAGOV", "112", "IRNGOV") for d in range(4)]
             + [Spec(ON - timedelta(days=10 + d), "USAGOV", "036", "IRNGOV") for d in range(4)])
    with Store.open(":memory:") as store:
        write_events(store, specs)
        state = relation_state(store, "USA", "IRN", on=ON)
    assert state.trend is Trend.IMPROVING
    assert state.previous_counts == (0, 0, 4, 0) and state.counts == (4, 0, 0, 0)
    assert state.level is RelationLevel.COOPERATIVE


def test_relation_state_rejects_bad_window(shared_mix_store: Store) -> None:
    with pytest.raises(UsageError):
        relation_state(shared_mix_store, "RUS", "IRN", window_days=0)


def test_relations_lists_counterparts_worst_first(shared_mix_store: Store) -> None:
    states = relations(shared_mix_store, "IRN", on=ON)
    assert [s.b for s in states] == ["ISR", "USA", "RUS"]
    assert [s.level for s in states] == [RelationLevel.AT_WAR, RelationLevel.HOSTILE, RelationLevel.PARTNERED]
    rus = relations(shared_mix_store, "RUS", on=ON)
    assert {s.b for s in rus} == {"IRN", "PRK", "CHN", "UKR", "ISR"}
    assert next(s for s in rus if s.b == "UKR").level is RelationLevel.AT_WAR


@pytest.mark.parametrize(("codes", "level"), [
    (["036", "061", "036"], RelationLevel.COOPERATIVE),
    (["036"], RelationLevel.NEUTRAL),
    (["111", "112", "036"], RelationLevel.TENSE),
    (["173", "036", "036"], RelationLevel.HOSTILE),
    (["190", "195", "190"], RelationLevel.AT_WAR),
])
def test_event_level_rules(codes: list[str], level: RelationLevel) -> None:
    refs = []
    for i, code in enumerate(codes):
        e = make_event(Spec(ON, "AAAGOV", code, "BBBGOV"), f"x{i}", 0)
        refs.append(row_to_ref((e.event_id, e.article_id, e.event_date, "AAAGOV", "AAA", "BBBGOV", "BBB",
                                e.event_code, int(e.quad_class), e.goldstein, "asserted", 0.8, "s")))
    assert event_level_of(refs)[0] is level


def test_relations_lists_only_counterparts_with_events_in_the_window() -> None:
    window = 30
    specs = ([Spec(ON - timedelta(days=d), "IRNGOV", "112", "ISRGOV") for d in (40, 45, 50)]  # previous window
             + [Spec(ON - timedelta(days=d), "RUSGOV", "036", "IRNGOV") for d in (0, 29)]  # both window edges
             + [Spec(ON + timedelta(days=1), "IRNGOV", "036", "CHNGOV")])  # after the day asked for
    with Store.open(":memory:") as store:
        write_events(store, specs)
        states = relations(store, "IRN", on=ON, window_days=window)
        isr = relation_state(store, "IRN", "ISR", on=ON, window_days=window)
    assert [s.b for s in states] == ["RUS"] and states[0].n_events == 2
    # ISR's events are still there: they lie in the previous window, which only the trend reads
    assert isr.n_events == 0 and sum(isr.previous_counts) == 3
