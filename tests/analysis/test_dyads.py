"""Tests of dyad time series (detente.analysis.dyads)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.analysis.eventmix import Spec, write_events

from detente.analysis import dyad_series
from detente.analysis.dyads import period_label, period_start
from detente.errors import UsageError
from detente.records import Factuality
from detente.store import Store


def test_dyad_series_counts_both_directions_by_month(shared_mix_store: Store) -> None:
    series = dyad_series(shared_mix_store, "RUS", "IRN")
    assert series.points[0].period == "2025-01" and series.points[-1].period == "2025-11"
    june = next(p for p in series.points if p.period == "2025-06")
    # RUSGOV -036-> IRNGOV and IRNGOV -061-> RUSBUS: both directions, country codes match any sector.
    assert (june.verbal_cooperation, june.material_cooperation, june.conflict) == (1, 1, 0)
    assert june.goldstein_sum == pytest.approx(10.4) and june.goldstein_mean == pytest.approx(5.2)
    assert june.top_codes == (("036", 1), ("061", 1))
    assert {e.event_code for e in june.evidence} == {"036", "061"}
    # the negated and hypothetical 057s and the future visit are not counted; the undated visit is apart
    assert series.total == 17 and series.undated == 1
    assert all(e.factuality is Factuality.ASSERTED for p in series.points for e in p.evidence)


def test_dyad_series_all_factualities_when_asked(shared_mix_store: Store) -> None:
    series = dyad_series(shared_mix_store, "IRN", "RUS", factuality=None)
    assert series.total == 20  # + negated, hypothetical, future


def test_dyad_series_actor_code_is_narrower_than_country(shared_mix_store: Store) -> None:
    mil = dyad_series(shared_mix_store, "RUSMIL", "IRNMIL")
    assert mil.total == 1 and mil.points[0].material_cooperation == 1


def test_dyad_series_fills_empty_periods_within_bounds(shared_mix_store: Store) -> None:
    series = dyad_series(shared_mix_store, "ISR", "IRN", by="week", since=date(2025, 6, 1), until=date(2025, 7, 6))
    assert [p.period for p in series.points][:3] == ["2025-W22", "2025-W23", "2025-W24"]
    assert len(series.points) == 6
    assert series.points[0].total == 0 and series.points[0].goldstein_mean is None
    assert sum(p.material_conflict for p in series.points) == 8


def test_dyad_series_grouping_internal_relations(shared_mix_store: Store) -> None:
    crink = dyad_series(shared_mix_store, "CRINK", "CRINK")
    pairs = {frozenset((e.source_country, e.target_country)) for p in crink.points for e in p.evidence}
    assert pairs == {frozenset(p) for p in (("RUS", "IRN"), ("RUS", "PRK"), ("CHN", "RUS"), ("CHN", "PRK"))}
    assert crink.total == 17 + 6 + 6 + 2


def test_dyad_series_rejects_bad_arguments(shared_mix_store: Store) -> None:
    with pytest.raises(UsageError) as info:
        dyad_series(shared_mix_store, "RUS", "IRN", by="year")  # type: ignore[arg-type]
    assert info.value.code == "D802"
    with pytest.raises(UsageError):
        dyad_series(shared_mix_store, "RUS", "IRN", since=date(2025, 2, 1), until=date(2025, 1, 1))


def test_dyad_series_empty_dyad_has_no_points(shared_mix_store: Store) -> None:
    assert dyad_series(shared_mix_store, "FRA", "BRA").points == ()


def test_period_helpers() -> None:
    assert period_start(date(2024, 12, 31), "week") == date(2024, 12, 30)
    assert period_label(date(2024, 12, 30), "week") == "2025-W01"
    assert period_label(date(2025, 3, 9), "day") == "2025-03-09"


_ACTORS = ["RUSGOV", "RUSMIL", "IRNGOV", "IRNMIL", "USAGOV", "CHNGOV"]
_CODES = ["036", "057", "062", "111", "163", "195"]
_FACTS = ["asserted", "asserted", "negated", "future", "hypothetical"]
_specs = st.lists(st.builds(
    Spec,
    day=st.one_of(st.none(), st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31))),
    source=st.sampled_from(_ACTORS), code=st.sampled_from(_CODES), target=st.sampled_from(_ACTORS),
    factuality=st.sampled_from(_FACTS)), max_size=30)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=_specs, by=st.sampled_from(["day", "week", "month"]))
def test_dyad_series_counts_sum_to_matching_asserted_events(tmp_path: Path, specs: list[Spec], by: str) -> None:
    with Store.open(":memory:") as store:
        write_events(store, specs)
        series = dyad_series(store, "RUS", "IRN", by=by)  # type: ignore[arg-type]
        expected = sum(1 for s in specs if s.factuality == "asserted"
                       and {s.source[:3], s.target[:3]} == {"RUS", "IRN"})
        assert series.total + series.undated == expected
        assert sum(p.cooperation + p.conflict for p in series.points) == series.total
        assert series.undated == sum(1 for s in specs if s.day is None and s.factuality == "asserted"
                                     and {s.source[:3], s.target[:3]} == {"RUS", "IRN"})


def test_dyad_series_grouping_membership_follows_event_date() -> None:
    specs = [Spec(date(2022, 6, 1), "FINGOV", "111", "RUSGOV"), Spec(date(2024, 6, 1), "FINGOV", "111", "RUSGOV"),
             Spec(date(2024, 7, 1), "IGOWSTNAT", "111", "RUSGOV"), Spec(date(2024, 8, 1), "USAGOV", "036", "RUSGOV")]
    with Store.open(":memory:") as store:
        write_events(store, specs)
        nato = dyad_series(store, "NATO", "RUS", by="month")
        org = dyad_series(store, "IGOWSTNAT", "RUS", by="month")
    # Finland joined on 2023-04-04: its 2022 event is not a NATO event; the IGO code counts as NATO.
    assert nato.total == 3 and nato.points[0].period == "2024-06"
    assert org.total == 1 and org.points[0].evidence[0].source_code == "IGOWSTNAT"
