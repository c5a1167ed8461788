"""Tests for the wire form of detente.pipeline: the compact pickling of records between pipeline processes."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from multiprocessing.reduction import ForkingPickler

import pytest

from detente.pipeline import WIRE_CLASSES, register_wire_reducers
from detente.records import (
    ActorCode,
    ActorRef,
    Article,
    ArticleId,
    ArticleResult,
    Event,
    Problem,
    ResolvedActor,
)
from detente.records.event import CameoCode, Evidence, Factuality, Location, Plover, QuadClass


def _result() -> ArticleResult:
    iran = ActorRef(actor_code=ActorCode("IRN"), name="Iran", country="IRN", mention="Iran")
    event = Event(event_id="e1", article_id="a1", sentence_index=0,
                  evidence=Evidence(text="Iran fired missiles at Israel.", start=0, end=30),
                  event_date=date(2024, 10, 1), source=iran,
                  target=ActorRef(actor_code=ActorCode("ISR"), country="ISR", mention="Israel"),
                  event_code=CameoCode("195"), root_code=CameoCode("19"), plover=Plover(event_type="ASSAULT"),
                  quad_class=QuadClass.MATERIAL_CONFLICT, goldstein=-10.0, factuality=Factuality.ASSERTED,
                  location=Location(name="Tehran", country="IRN"), trigger="fired", attribution=iran)
    mention = ResolvedActor(actor_code=ActorCode("IRN"), mention="Iran", start=0, end=4, token_start=0,
                            token_end=1, head=0, country="IRN", reason="country name")
    problem = Problem(source="a1", article_id="a1", code="D001", message="m", hint="h")
    article = Article(article_id=ArticleId("a1"), text="Iran fired missiles at Israel.", published_on=date(2024, 10, 1))
    return ArticleResult(article=article, events=(event,), n_sentences=1, mentions=(mention,), problems=(problem,))


def test_wire_round_trip_gives_equal_records() -> None:
    register_wire_reducers()
    result = _result()
    back = pickle.loads(ForkingPickler.dumps(result))
    assert back == result
    assert back.events[0].source is back.events[0].attribution  # one object stays one object
    assert type(back.events[0].quad_class) is QuadClass and back.events[0].factuality is Factuality.ASSERTED


def test_wire_records_stay_frozen() -> None:
    register_wire_reducers()
    back = pickle.loads(ForkingPickler.dumps(_result()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.events[0].goldstein = 0.0


def test_wire_form_is_used_only_between_processes() -> None:
    register_wire_reducers()
    result = _result()
    assert b"_rebuild" in bytes(ForkingPickler.dumps(result))
    assert b"_rebuild" not in pickle.dumps(result)  # plain pickling elsewhere is untouched


def _record_types(value: object) -> set[type]:
    """The dataclass types of ``value`` and of every record nested in it (through tuples too)."""
    if isinstance(value, tuple):
        return set().union(*(_record_types(v) for v in value))
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return set()
    return {type(value)}.union(*(_record_types(getattr(value, f.name)) for f in dataclasses.fields(value)))


def test_wire_classes_cover_every_record_an_article_result_holds() -> None:
    """A record class added to a result (directly or nested) must be listed, or it crosses the slow way."""
    assert _record_types(_result()) <= set(WIRE_CLASSES)
    assert len(_record_types(_result())) == len(WIRE_CLASSES)  # the sample result holds one of each
