"""Meetings named with their host (docs/coding.md, "Structure, seventeenth round"): whoever travels to, attends or
meets for "a summit hosted by X" is hosted by X, and attending it with no place named is a visit to X. None of these
sentences is a gold sentence; each reading has a case where it must not fire."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None]]:
    return root_set(pipeline, text, _DAY)


def test_the_host_hosts_each_leader_who_flew_in(pipeline: Any) -> None:
    roots = _roots(pipeline, "Abdel Fattah el-Sisi and Somalia's Hassan Sheikh Mohamud flew to Asmara for a summit "
                             "hosted by Eritrea's Isaias Afwerki.")
    assert {("ERI", "04", "EGY"), ("ERI", "04", "SOM"), ("EGY", "04", "ERI"), ("SOM", "04", "ERI")} <= roots
    assert ("ERI", "04", None) not in roots


def test_talks_hosted_by_a_third_state_host_both_sides(pipeline: Any) -> None:
    roots = _roots(pipeline, "Ukrainian and Russian negotiators met in Istanbul for talks hosted by Turkey.")
    assert {("TUR", "04", "UKR"), ("TUR", "04", "RUS"), ("UKR", "04", "RUS"), ("RUS", "04", "UKR")} <= roots
    assert ("UKR", "04", "TUR") not in roots  # meeting each other, not visiting the host


def test_attending_a_hosted_summit_visits_the_host(pipeline: Any) -> None:
    assert _roots(pipeline, "Macron attended a summit hosted by Germany.") == {("FRA", "04", "DEU"),
                                                                              ("DEU", "04", "FRA")}


def test_no_host_no_hosting(pipeline: Any) -> None:
    assert _roots(pipeline, "Macron attended a summit in Rome.") == {("FRA", "04", "ITA")}


def test_praising_a_hosted_summit_makes_no_guest(pipeline: Any) -> None:
    roots = _roots(pipeline, "The delegates praised a summit hosted by Germany.")
    assert not any(r[1] == "04" and r[2] is not None for r in roots)
