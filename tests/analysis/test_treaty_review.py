"""Tests of treaty review proposals (detente.analysis.treaty_review)."""

from __future__ import annotations

from datetime import date

from tests.analysis.eventmix import Spec, write_events

from detente.analysis import TreatyRegistry, registry_updates
from detente.store import Store


def _proposals(specs: list[Spec]) -> list[tuple[str, tuple[str, ...], str | None]]:
    with Store.open(":memory:") as store:
        write_events(store, specs)
        return [(p.action, p.parties, p.treaty_id) for p in registry_updates(store, TreatyRegistry.load())]


def test_review_known_signing_is_not_flagged() -> None:
    assert _proposals([Spec(date(2025, 1, 17), "RUSGOV", "057", "IRNGOV", confidence=0.9,
                            sentence="Russia and Iran signed a comprehensive strategic partnership treaty.")]) == []


def test_review_new_signing_is_flagged() -> None:
    found = _proposals([Spec(date(2025, 11, 3), "SAUGOV", "057", "ISRGOV", confidence=0.9,
                             sentence="Saudi Arabia and Israel signed a normalisation agreement.")])
    assert found == [("signed", ("SAU", "ISR"), None)]


def test_review_signing_between_treaty_partners_names_latest_treaty() -> None:
    found = _proposals([Spec(date(2025, 11, 3), "RUSGOV", "057", "PRKGOV", confidence=0.9,
                             sentence="Russia and North Korea signed a new agreement on military cooperation.")])
    assert found == [("signed", ("RUS", "PRK"), "rus_prk_2024")]


def test_review_ratification_is_checked_against_entry_into_force() -> None:
    known = Spec(date(2024, 12, 4), "RUSGOV", "057", "PRKGOV", confidence=0.9,
                 sentence="Russia and North Korea ratified their partnership treaty, which took effect.")
    new = Spec(date(2025, 4, 8), "RUSGOV", "057", "IRNGOV", confidence=0.9,
               sentence="The Duma ratified the partnership treaty with Iran.")
    assert _proposals([known, new]) == [("ratified", ("RUS", "IRN"), "rus_irn_2025")]


def test_review_withdrawal_from_alliance_is_flagged() -> None:
    found = _proposals([Spec(date(2025, 9, 1), "ARMGOV", "161", "RUSGOV", confidence=0.8,
                             sentence="Armenia withdrew from the collective security treaty with Russia "
                                      "and its allies.")])
    assert [f[0] for f in found] == ["withdrew"] and found[0][1] == ("ARM",)
    assert found[0][2] in ("cst_1992", "csto")


def test_review_ignores_unconfident_and_non_asserted_events() -> None:
    assert _proposals([
        Spec(date(2025, 11, 3), "SAUGOV", "057", "ISRGOV", confidence=0.5, sentence="They signed an accord."),
        Spec(date(2025, 11, 3), "SAUGOV", "057", "ISRGOV", factuality="future", confidence=0.9,
             sentence="They will sign an accord."),
        Spec(date(2025, 9, 1), "ARMGOV", "161", "RUSGOV", confidence=0.9, sentence="Armenia recalled its envoy."),
    ]) == []
