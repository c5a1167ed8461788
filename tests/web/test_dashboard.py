"""The dashboard in headless chromium: every page renders with data, the click-throughs work, screenshots for docs/.

One browser per session (the ``browser`` fixture); one server over its own seeded store per module, so the
ingest test adds nothing the API tests count. Every page must load with no console error and no failed request.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.api.seed import seed_store
from tests.api.server import API_TOKEN, run_server

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
VIEWPORT = {"width": 1360, "height": 900}


@pytest.fixture(scope="module")
def dashboard_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a freshly seeded store, for this module's pages."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    seed_store(path)
    with run_server(path) as url:
        yield url


class Page:
    """A browser tab that records console errors, failed requests and error responses."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.tab = browser.new_page(viewport=VIEWPORT)
        self.problems: list[str] = []
        self.tab.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                    if m.type == "error" else None)
        self.tab.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.tab.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        self.tab.on("response", lambda r: self.problems.append(f"HTTP {r.status}: {r.url}")
                    if r.status >= 400 else None)

    def open(self, hash_: str) -> Any:
        """Go to ``/#hash`` and wait until the page says it has rendered."""
        self.tab.goto(f"{self.base}/{hash_}")
        self.tab.wait_for_selector("body[data-ready=true]", timeout=30_000)
        return self.tab

    def shot(self, name: str) -> Path:
        """Save a full-page screenshot under docs/screenshots/."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.tab.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        return path


@pytest.fixture()
def page(browser: Any, dashboard_url: str) -> Iterator[Page]:
    """A fresh tab on the dashboard server; closed after the test."""
    tab = Page(browser, dashboard_url)
    yield tab
    tab.tab.close()


def test_dashboard_network_colours_edges_and_lists_relations(page: Page) -> None:
    tab = page.open("#/network")
    tab.wait_for_selector("#network-svg")
    codes = sorted(tab.eval_on_selector_all("#network-svg .node", "ns => ns.map(n => n.dataset.code)"))
    assert codes == ["CHN", "IRN", "ISR", "PRK", "RUS", "USA"]
    relations = tab.eval_on_selector_all("#network-svg line.edge", "ls => ls.map(l => l.dataset.relation)")
    assert len(relations) == 4 and all(relations)
    assert {"hostile", "at_war"} & set(relations) and {"cooperative", "partnered", "allied"} & set(relations)
    tab.click("#network-svg .node[data-code=IRN]")
    tab.wait_for_selector("#relations-table tbody tr")
    rows = tab.inner_text("#relations-table tbody")
    assert "ISR" in rows and "RUS" in rows
    page.shot("network")
    assert page.problems == []


def test_dashboard_dyad_from_network_shows_timeline_and_highlighted_evidence(page: Page) -> None:
    tab = page.open("#/network")
    tab.click("#network-svg .node[data-code=RUS]")
    tab.click("#relations-table a:text-is('IRN')")
    tab.wait_for_selector("#dyad-evidence li")
    assert tab.url.endswith("#/dyad/RUS/IRN")
    assert tab.locator("#dyad-timeline rect.bar").count() == 2
    items = tab.locator("#dyad-evidence li")
    assert items.count() == 4
    first = items.nth(0)
    assert first.locator("mark.src").inner_text() == "Vladimir Putin"
    assert first.locator("mark.tgt").inner_text() == "Masoud Pezeshkian"
    badges = tab.eval_on_selector_all("#dyad-evidence .badge", "bs => bs.map(b => b.textContent)")
    assert badges.count("asserted") == 3 and badges.count("question") == 1
    assert tab.locator("#dyad-state .badge").count() == 1
    page.shot("dyad")
    assert page.problems == []


def test_dashboard_event_table_filters_and_pages(page: Page) -> None:
    tab = page.open("#/events")
    tab.wait_for_selector("#events-table tbody tr")
    assert tab.locator("#events-table tbody tr").count() == 8
    page.shot("events")
    tab.select_option("#events-form select[name=factuality]", "all")
    tab.select_option("#events-form select[name=limit]", "10")
    tab.click("#events-form button[type=submit]")
    tab.wait_for_function("document.querySelector('#events-count').textContent.startsWith('10 shown of 11')")
    tab.click("#events-next")
    tab.wait_for_function("document.querySelector('#events-count').textContent.startsWith('1 shown of 11')")
    tab.click("#events-prev")
    tab.wait_for_function("document.querySelector('#events-count').textContent.startsWith('10 shown of 11')")
    tab.fill("#events-form input[name=code]", "19")
    tab.click("#events-form button[type=submit]")
    tab.wait_for_function("document.querySelector('#events-count').textContent.startsWith('3 shown of 3')")
    texts = tab.locator("#events-table tbody").inner_text()
    assert "did not fire back" in texts and "Israeli jets" in texts
    assert page.problems == []


def test_dashboard_map_draws_countries_and_event_places(page: Page) -> None:
    tab = page.open("#/map")
    tab.wait_for_selector("#map svg circle.place")
    assert tab.locator("#map path.land").count() > 100
    places = sorted(tab.eval_on_selector_all("#map circle.place", "cs => cs.map(c => c.dataset.name)"))
    assert places == ["Ashgabat", "Lima", "Moscow", "Pyongyang", "Tehran", "Tel Aviv"]
    assert "6 of 8 asserted events have a location" in tab.inner_text("#map-summary")
    page.shot("map")
    assert page.problems == []


def test_dashboard_questions_list_and_click_through(page: Page, dashboard_url: str) -> None:
    for body in ({"probability": 0.15, "by": "alice", "note": "no defence clause", "on": "2025-01-20"},
                 {"probability": 0.1, "by": "bob", "on": "2025-03-01"}):
        posted = httpx.post(f"{dashboard_url}/questions/russia-iran-defence-treaty/forecasts", json=body,
                            headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=30)
        assert posted.status_code == 201, posted.text
    tab = page.open("#/questions")
    tab.wait_for_selector("#questions-list .question")
    assert tab.locator("#questions-list .question").count() == 2
    page.shot("questions")
    tab.click("[data-question-id=russia-iran-defence-treaty] a")
    tab.wait_for_selector("#question-evidence li")
    assert tab.url.endswith("#/questions/russia-iran-defence-treaty")
    assert "mutual defence pact" in tab.inner_text("#question-evidence")
    assert tab.locator("#question-reason").inner_text()
    rows = tab.eval_on_selector_all("#question-forecasts tbody tr",
                                    "rs => rs.map(r => [...r.cells].map(c => c.textContent))")
    assert rows == [["2025-01-20", "alice", "0.15", "no defence clause"], ["2025-03-01", "bob", "0.10", ""]]
    page.shot("question")
    assert page.problems == []


def test_dashboard_question_without_forecasts_says_how_to_add_one(page: Page) -> None:
    tab = page.open("#/questions/crink-new-defence-pact")
    tab.wait_for_selector("#question-forecasts")
    assert "detente questions forecast crink-new-defence-pact" in tab.inner_text("#question-forecasts")
    assert page.problems == []


@pytest.mark.slow
def test_dashboard_ingest_box_codes_a_pasted_article(page: Page, nlp: Any) -> None:
    tab = page.open("#/ingest")
    tab.fill("#ingest-token", API_TOKEN)
    tab.fill("#ingest-date", "2024-10-02")
    tab.fill("#ingest-text", "Iran fired about 180 ballistic missiles at Israel on Tuesday. "
                             "China condemned the United States over its new sanctions.")
    tab.click("#ingest-submit")
    tab.wait_for_selector("#ingest-result .ingest-article", timeout=180_000)
    items = tab.locator("#ingest-result .ingest-article li")
    assert items.count() >= 1
    assert tab.locator("#ingest-result mark.src").count() >= 1
    assert "Iran" in tab.inner_text("#ingest-result")
    page.shot("ingest")
    assert page.problems == []


@pytest.mark.slow
def test_dashboard_ingest_box_uploads_a_jsonl_file(page: Page, nlp: Any, tmp_path: Path) -> None:
    upload = tmp_path / "two.jsonl"
    upload.write_text(
        '{"id": "up-1", "published_on": "2024-11-05", "text": "Russia condemned Ukraine over the attack."}\n'
        '{"id": "up-2", "published_on": "2024-11-06", "text": "Iran praised China for its support."}\n',
        encoding="utf-8")
    tab = page.open("#/ingest")
    tab.fill("#ingest-token", API_TOKEN)
    tab.set_input_files("#ingest-file", str(upload))
    tab.wait_for_function("document.querySelector('#ingest-text').value.includes('up-2')")
    tab.click("#ingest-submit")
    tab.wait_for_selector("#ingest-result .ingest-article[data-article-id=up-2]", timeout=180_000)
    ids = tab.eval_on_selector_all("#ingest-result .ingest-article", "as => as.map(a => a.dataset.articleId)")
    assert ids == ["up-1", "up-2"]
    assert page.problems == []


def test_dashboard_ingest_without_token_shows_the_coded_error(page: Page) -> None:
    tab = page.open("#/ingest")
    tab.evaluate("window.localStorage.removeItem('detente-token')")
    tab.fill("#ingest-token", "")
    tab.fill("#ingest-text", "Iran fired missiles at Israel.")
    tab.click("#ingest-submit")
    tab.wait_for_selector("#ingest-result .error")
    assert "D804" in tab.inner_text("#ingest-result .error")
    assert "Authorization: Bearer" in tab.inner_text("#ingest-result .error")
    assert page.problems and all("401" in p for p in page.problems)  # the refused POST, and nothing else


def test_dashboard_says_what_to_do_when_libraries_are_missing(page: Page) -> None:
    page.tab.route("**/static/vendor/**", lambda route: route.fulfill(
        status=503, content_type="application/json", body='{"code": "D903"}'))
    tab = page.open("#/network")
    assert tab.is_visible("#banner")
    assert "make web-deps" in tab.inner_text("#banner")


def test_dashboard_swagger_docs_work_offline(page: Page) -> None:
    page.tab.goto(f"{page.base}/docs")
    page.tab.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.tab.locator(".swagger-ui .opblock").count() >= 11
    assert page.problems == []
