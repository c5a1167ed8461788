"""Event records: invariants, the spec's JSON form, and round trips."""

from __future__ import annotations

import json
from datetime import date

import pytest

from detente.errors import InvalidRecordError
from detente.records import ActorCode, ActorRef, Event, Evidence, Factuality, Location, Plover, QuadClass
from detente.records.event import FLAT_FIELDS, CameoCode, make_event_id

SPEC_KEYS = ["event_id", "article_id", "sentence_index", "evidence", "event_date", "source", "target", "event_code",
             "root_code", "plover", "quad_class", "goldstein", "factuality", "location", "confidence"]


def _event(**changes: object) -> Event:
    values: dict[str, object] = dict(
        event_id="e1", article_id="s003-01", sentence_index=0,
        evidence=Evidence(text="Russia's Putin is scheduled to meet with Iran's president on Friday in Turkmenistan.",
                          start=0, end=84),
        event_date=date(2024, 10, 11),
        source=ActorRef(actor_code=ActorCode("RUSGOV"), name="Vladimir Putin", country="RUS", sector="GOV",
                        mention="Russia's Putin"),
        target=ActorRef(actor_code=ActorCode("IRNGOV"), name="Masoud Pezeshkian", country="IRN", sector="GOV",
                        mention="Iran's president"),
        event_code=CameoCode("036"), root_code=CameoCode("03"), plover=Plover(event_type="CONSULT"),
        quad_class=QuadClass.VERBAL_COOPERATION, goldstein=4.0, factuality=Factuality.FUTURE,
        location=Location(name="Turkmenistan", country="TKM", lat=38.97, lon=59.56), confidence=0.74,
    )
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def test_event_to_dict_has_the_spec_keys_in_order() -> None:
    data = _event().to_dict()
    assert list(data)[: len(SPEC_KEYS)] == SPEC_KEYS
    assert data["source"]["actor_code"] == "RUSGOV"
    assert data["plover"] == {"event_type": "CONSULT", "mode": None}
    assert data["factuality"] == "future" and data["quad_class"] == 1


def test_event_round_trips_through_json() -> None:
    event = _event()
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


def test_event_round_trips_with_null_target_and_location() -> None:
    event = _event(target=None, location=None, event_date=None)
    assert Event.from_dict(event.to_dict()) == event


def test_event_flat_dict_has_every_flat_field() -> None:
    flat = _event(target=None).to_flat_dict()
    assert set(FLAT_FIELDS) <= set(flat)
    assert flat["source_actor_code"] == "RUSGOV" and flat["target_actor_code"] is None


@pytest.mark.parametrize("changes", [
    {"event_code": CameoCode("36x")}, {"root_code": CameoCode("19")}, {"confidence": 1.5}, {"goldstein": -11.0},
])
def test_event_rejects_broken_invariants(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidRecordError):
        _event(**changes)


def test_evidence_rejects_negative_offsets() -> None:
    with pytest.raises(InvalidRecordError):
        Evidence(text="x", start=5, end=2)


def test_make_event_id_is_stable_and_sensitive_to_each_part() -> None:
    base = make_event_id("a", 1, (3, 9), "RUSGOV", "036", "IRNGOV")
    assert base == make_event_id("a", 1, (3, 9), "RUSGOV", "036", "IRNGOV")
    variants = {make_event_id("b", 1, (3, 9), "RUSGOV", "036", "IRNGOV"),
                make_event_id("a", 2, (3, 9), "RUSGOV", "036", "IRNGOV"),
                make_event_id("a", 1, (3, 10), "RUSGOV", "036", "IRNGOV"),
                make_event_id("a", 1, (3, 9), "RUS", "036", "IRNGOV"),
                make_event_id("a", 1, (3, 9), "RUSGOV", "042", "IRNGOV"),
                make_event_id("a", 1, (3, 9), "RUSGOV", "036", None)}
    assert base not in variants and len(variants) == 6


def test_factuality_only_asserted_counts() -> None:
    assert [f.value for f in Factuality if f.counts] == ["asserted"]
