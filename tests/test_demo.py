"""What `make demo` runs, on the bundled sample articles: ingest into a real store, then summarise."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.cli.app import main
from detente.records import Factuality
from detente.records.query import EventQuery
from detente.store import Store

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert exit_.value.code in (0, None)
    return db


def _pairs(db: Path, code: str) -> set[tuple[str | None, str | None]]:
    with Store.open(db) as store:
        events = store.query_events(EventQuery(code=code))
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_demo_stores_every_sample_article(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        summary = store.summary()
    assert summary.articles == 14


@pytest.mark.parametrize(("code", "pair"), [
    ("19", ("IRN", "ISR")),   # Iran fired ballistic missiles at Israel
    ("19", ("ISR", "IRN")),   # Israeli warplanes struck military targets in Iran
    ("19", ("RUS", "UKR")),   # Russia launched missiles and drones at Ukraine
    ("16", (None, "RUS")),    # the European Union adopted sanctions against Russia
])
def test_demo_codes_the_main_conflict_events_as_asserted(demo_db: Path, code: str,
                                                         pair: tuple[str | None, str]) -> None:
    pairs = _pairs(demo_db, code)
    if pair[0] is None:
        assert any(t == pair[1] for _, t in pairs), pairs
    else:
        assert pair in pairs, pairs


def test_demo_keeps_hypotheticals_out_of_asserted_counts(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        analysis = store.query_events(EventQuery(article_id="demo-014", factuality=None))
    asserted = [e for e in analysis if e.factuality is Factuality.ASSERTED]
    # The only asserted statement in the analysis piece is background; "would impose sanctions",
    # "would Russia come to Iran's defence?" and "doubt that Putin will sign" must not be asserted.
    assert not [e for e in asserted if e.root_code in {"16", "05", "06", "07"}], asserted
    assert any(e.factuality is not Factuality.ASSERTED for e in analysis)


def test_demo_summary_prints_the_overview(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["summary", "--db", str(demo_db)])
    assert exit_.value.code in (0, None)
    out = capsys.readouterr().out
    for heading in ("articles", "events by root class", "factuality", "top dyads", "evidence"):
        assert heading in out.lower(), heading


def test_demo_reingest_adds_nothing(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        before = store.count_events(EventQuery(factuality=None))
    with pytest.raises(SystemExit):
        main(["ingest", str(EXAMPLES), "--db", str(demo_db), "--quiet"])
    with Store.open(demo_db) as store:
        assert store.count_events(EventQuery(factuality=None)) == before
        assert store.summary().articles == 14
