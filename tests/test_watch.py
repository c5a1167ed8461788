"""detente.watch and `detente watch`: a feed served on loopback, polled twice, ingests new items only."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.cli.app import main
from detente.errors import DetenteError
from detente.store import Store
from detente.watch import is_url, parse_interval, poll_once, watch

ITEMS = [
    ("wire-1", "Russia and Ukraine swap prisoners", "2024-10-18",
     "Russia and Ukraine exchanged 95 prisoners of war on Friday after mediation by the United Arab Emirates."),
    ("wire-2", "Israel strikes Iran", "2024-10-26",
     "Israel struck military targets in Iran early on Saturday, the Israeli military said."),
    ("wire-3", "China and India agree on border patrols", "2024-10-21",
     "China and India agreed on Monday on patrolling arrangements along their disputed border."),
]
RFC822 = {"2024-10-18": "Fri, 18 Oct 2024 09:00:00 +0000", "2024-10-26": "Sat, 26 Oct 2024 07:00:00 +0000",
          "2024-10-21": "Mon, 21 Oct 2024 12:00:00 +0000"}


def _rss(items: list[tuple[str, str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>https://wire.example.org/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>{RFC822[day]}</pubDate><description>{text}</description></item>"
        for guid, title, day, text in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Loopback Wire</title>'
            f"<link>https://wire.example.org/</link><description>test feed</description>{entries}</channel></rss>")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server in a thread serving tmp_path/site; yields (feed URL, feed file)."""
    site = tmp_path / "site"
    site.mkdir()
    feed = site / "feed.rss"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.rss", feed
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _urls(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        return [r[0] for r in store.connection.execute("SELECT url FROM articles ORDER BY url").fetchall()]


def test_watch_parse_interval_units() -> None:
    assert parse_interval("10m") == 600 and parse_interval("90s") == 90 and parse_interval("2h") == 7200
    assert parse_interval("45") == 45 and parse_interval("1.5m") == 90


@pytest.mark.parametrize("bad", ["", "m", "ten minutes", "0s", "-5m"])
def test_watch_parse_interval_rejects_nonsense(bad: str) -> None:
    with pytest.raises(DetenteError) as err:
        parse_interval(bad)
    assert err.value.code == "D801"


def test_watch_is_url_only_for_http() -> None:
    assert is_url("https://example.org/rss") and is_url("http://127.0.0.1:8000/feed")
    assert not is_url("feeds/wire.rss") and not is_url("file:///tmp/x")


@pytest.mark.slow
def test_watch_second_poll_adds_only_the_new_item(served: tuple[str, Path], pipeline: Any, store: Any) -> None:
    url, feed = served
    feed.write_text(_rss(ITEMS[:2]), encoding="utf-8")
    sleeps: list[float] = []

    def add_item(seconds: float) -> None:
        sleeps.append(seconds)
        feed.write_text(_rss(ITEMS), encoding="utf-8")  # the feed grows between the polls

    first, second = watch(store, pipeline, url, every_s=0.5, polls=2, sleep=add_item)
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= 0.5
    assert (first.items, first.new) == (2, 2) and first.events > 0
    assert (second.items, second.new) == (3, 1) and second.run is not None
    urls = [r[0] for r in store.connection.execute("SELECT url FROM articles ORDER BY url").fetchall()]
    assert urls == [f"https://wire.example.org/{g}" for g in ("wire-1", "wire-2", "wire-3")]
    assert [r.command for r in store.runs()] == ["watch", "watch"]
    third = poll_once(store, pipeline, url)
    assert (third.items, third.new, third.run) == (3, 0, None)
    assert len(store.runs()) == 2


@pytest.mark.slow
def test_watch_a_folder_ingests_new_files_only(tmp_path: Path, pipeline: Any, store: Any) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.rss").write_text(_rss(ITEMS[:1]), encoding="utf-8")
    assert poll_once(store, pipeline, str(folder)).new == 1
    (folder / "b.rss").write_text(_rss(ITEMS[1:]), encoding="utf-8")
    report = poll_once(store, pipeline, str(folder))
    assert (report.items, report.new) == (3, 2)
    assert store.connection.execute("SELECT count(*) FROM articles").fetchall() == [(3,)]


@pytest.mark.slow
def test_watch_unreachable_feed_is_a_d101_problem(pipeline: Any, store: Any) -> None:
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = poll_once(store, pipeline, f"http://127.0.0.1:{port}/feed.rss", timeout=5)
    assert report.new == 0 and [p.code for p in report.problems] == ["D101"]
    assert f"127.0.0.1:{port}" in report.problems[0].message
    assert [p.code for p in store.problems()] == ["D101"]


@pytest.mark.slow
def test_watch_cli_once_against_the_loopback_feed(served: tuple[str, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    url, feed = served
    feed.write_text(_rss(ITEMS[:1]), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    with pytest.raises(SystemExit) as exit_:
        main(["watch", url, "--once", "--db", str(db)])
    assert exit_.value.code == 0
    assert "1 items, 1 new" in capsys.readouterr().err
    feed.write_text(_rss(ITEMS), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["watch", url, "--once", "--db", str(db), "--every", "1m"])
    assert exit_.value.code == 0
    assert "3 items, 2 new" in capsys.readouterr().err
    assert _urls(db) == [f"https://wire.example.org/{g}" for g in ("wire-1", "wire-2", "wire-3")]
