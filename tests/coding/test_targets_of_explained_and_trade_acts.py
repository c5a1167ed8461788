"""Targets of acts whose code lets them stand without one (docs/coding.md, "Structure, twenty-first round"): an act
explained by a participle accusing someone is aimed at the accused, a measure on goods at the country a "from" names
as where they come from, and a protest at an embassy at the country it belongs to. Each with sentences where the rule
must not fire. None of these sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import root_set

pytestmark = pytest.mark.slow

_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada suspended trade talks on Friday, accusing India of meddling in its affairs.", ("CAN", "16", "IND")),
    ("Azerbaijan withdrew from the negotiations, accusing Armenia of stalling.", ("AZE", "16", "ARM")),
    ("Sudan's army suspended its participation in the ceasefire talks, accusing the RSF of breaking the truce.",
     ("SDN", "16", "SDN")),
])
def test_an_act_explained_by_accusing_someone_is_aimed_at_the_accused(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize(("text", "root"), [
    # not an accusation: the participle names no one the act is aimed at
    ("Russia suspended its participation in the grain deal, citing attacks on its fleet.", "16"),
    # the accusation has a subject of its own: it is another's
    ("Turkey suspended the talks after Greece accused Ankara of stalling.", "16"),
])
def test_no_accused_no_target(pipeline: Any, text: str, root: str) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert all(t is None for s, r, t in coded if r == root and s in ("RUS", "TUR"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The US imposed tariffs on steel imports from China.", ("USA", "16", "CHN")),
    ("India raised duties on goods from China.", ("IND", "16", "CHN")),
    ("China suspended purchases of soybeans from the United States.", ("CHN", "16", "USA")),
])
def test_a_measure_on_goods_is_aimed_at_where_they_come_from(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # two countries of origin: no one target
    "The US reduced its imports of oil from Venezuela and Iran.",
    # goods named by no origin
    "Japan imposed export controls on chipmaking equipment.",
    # people, not goods, from a place
    "Hungary suspended aid to refugees arriving from Serbia.",
])
def test_no_single_origin_no_target(pipeline: Any, text: str) -> None:
    assert all(t is None for _, r, t in root_set(pipeline, text, _DAY) if r == "16")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Philippines protested at the Chinese embassy in Manila.", ("PHL", "14", "CHN")),
    ("Thousands of Serbs demonstrated in front of the US embassy in Belgrade.", ("SRB", "14", "USA")),
])
def test_a_protest_at_an_embassy_is_aimed_at_its_country(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in root_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    # an embassy of no named country
    "Hundreds of people protested near the embassy district in Kabul.",
    # the protesters' own embassy
    "Ukrainians protested outside their own embassy in Warsaw.",
])
def test_no_foreign_embassy_no_foreign_target(pipeline: Any, text: str) -> None:
    coded = root_set(pipeline, text, _DAY)
    assert all(t is None or t == s for s, r, t in coded if r == "14")
