"""Validity and coverage of our own gold file, benchmarks/data/gold_events.jsonl."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest
from tests.conftest import GOLD, require_shared

from detente.actors.kb_schema import SECTORS

GOLD_FILE = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "gold_events.jsonl"
FACTUALITIES = ("asserted", "negated", "hypothetical", "future", "question")
ROOTS = [f"{n:02d}" for n in range(1, 21)]
# The IGO codes the gold file may use: the codes the bundled knowledge base gives international
# organisations (src/detente/actors/data/igos.toml; docs/actors-and-tenures.md lists them), so a gold
# writer codes an organisation by the project's documented convention.
IGOS_FILE = Path(__file__).resolve().parents[2] / "src" / "detente" / "actors" / "data" / "igos.toml"
IGO_CODES = set(re.findall(r'^code\s*=\s*"(IGO[A-Z]*)"', IGOS_FILE.read_text(encoding="utf-8"), flags=re.M))
# Non-governmental organisations the knowledge base codes without a country (Human Rights Watch NGOHRW, ...;
# src/detente/actors/data/groups.toml).
GROUPS_FILE = IGOS_FILE.with_name("groups.toml")
NGO_CODES = set(re.findall(r'^code\s*=\s*"(NGO[A-Z]*)"', GROUPS_FILE.read_text(encoding="utf-8"), flags=re.M))
# XKX: Kosovo (no ISO code); IMG: CAMEO's code for transnational armed groups, which the knowledge base
# gives groups such as al-Qaeda (IMGREBALQ) and the gold may use as a bare type ("IMGREB").
NON_ISO_COUNTRIES = {"XKX", "IMG"}
SECTORS = SECTORS - {"IGO"}  # the CAMEO sectors detente accepts (docs/actors-and-tenures.md)
# Phenomena the gold file must cover, with the minimum number of sentences for each.
PHENOMENA_MINIMUM = {
    "passive": 5, "passive_no_agent": 4, "coordination_sources": 10, "coordination_targets": 6,
    "relative_clause": 6, "apposition": 4, "reported_speech": 15, "metonym": 15, "title_on_date": 15,
    "demonym": 15, "igo": 15, "armed_group": 15, "no_event": 40, "question": 20, "negation": 20,
}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with GOLD_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _events(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for r in records for e in r["events"]]


def test_gold_has_at_least_300_sentences_with_unique_ids_and_texts(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 300
    ids = Counter(r["id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(r["text"] for r in records)
    assert [t for t, n in texts.items() if n > 1] == []


def test_gold_records_have_the_documented_fields(records: list[dict[str, Any]]) -> None:
    for r in records:
        assert set(r) == {"id", "text", "published_on", "events", "phenomena"}, r["id"]
        assert r["text"].strip() == r["text"] and r["text"][-1] in ".?!", r["id"]
        date.fromisoformat(r["published_on"])
        assert isinstance(r["phenomena"], list) and r["phenomena"], r["id"]
        for e in r["events"]:
            assert set(e) == {"source", "target", "code", "factuality"}, r["id"]


def test_gold_codes_are_cameo_codes(records: list[dict[str, Any]], codebook: Any) -> None:
    for r in records:
        for e in r["events"]:
            code = e["code"]
            assert re.fullmatch(r"\d{3,4}", code), (r["id"], code)
            assert code[:2] in ROOTS, (r["id"], code)
            assert codebook.get(code).code == code, (r["id"], code)


def test_gold_factuality_labels_are_valid(records: list[dict[str, Any]]) -> None:
    assert {e["factuality"] for e in _events(records)} <= set(FACTUALITIES)


@pytest.mark.parametrize("side", ["source", "target"])
def test_gold_actor_codes_are_country_sector_or_igo_codes(records: list[dict[str, Any]], side: str) -> None:
    for r in records:
        for e in r["events"]:
            code = e[side]
            if code is None:
                continue
            if code.startswith("IGO"):
                assert code in IGO_CODES, (r["id"], code)
                continue
            if code.startswith("NGO"):
                assert code in NGO_CODES, (r["id"], code)
                continue
            country, sector = code[:3], code[3:6]
            assert country in NON_ISO_COUNTRIES or pycountry.countries.get(alpha_3=country), (r["id"], code)
            assert sector == "" or sector in SECTORS, (r["id"], code)


def test_gold_events_have_a_source_or_a_target(records: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in records for e in r["events"] if e["source"] is None and e["target"] is None] == []


@pytest.mark.parametrize("root", ROOTS)
def test_gold_covers_every_root_class_in_at_least_8_sentences(records: list[dict[str, Any]], root: str) -> None:
    sentences = sum(1 for r in records if any(e["code"][:2] == root for e in r["events"]))
    assert sentences >= 8


@pytest.mark.parametrize("label", FACTUALITIES)
def test_gold_has_at_least_25_events_of_each_factuality(records: list[dict[str, Any]], label: str) -> None:
    assert sum(1 for e in _events(records) if e["factuality"] == label) >= 25


def test_gold_has_about_15_percent_sentences_without_events(records: list[dict[str, Any]]) -> None:
    empty = [r for r in records if not r["events"]]
    assert 0.12 <= len(empty) / len(records) <= 0.20
    assert all("no_event" in r["phenomena"] for r in empty)
    assert not any("no_event" in r["phenomena"] for r in records if r["events"])


@pytest.mark.parametrize("phenomenon", sorted(PHENOMENA_MINIMUM))
def test_gold_covers_each_phenomenon(records: list[dict[str, Any]], phenomenon: str) -> None:
    n = sum(1 for r in records if phenomenon in r["phenomena"])
    assert n >= PHENOMENA_MINIMUM[phenomenon]


def test_gold_passive_without_agent_has_no_source(records: list[dict[str, Any]]) -> None:
    tagged = [r for r in records if "passive_no_agent" in r["phenomena"]]
    assert tagged and all(any(e["source"] is None for e in r["events"]) for r in tagged)


def question_rule_holds(r: dict[str, Any]) -> bool:
    """A question codes its own act as `question`; the acts it presupposes keep their own label."""
    labels = {e["factuality"] for e in r["events"]}
    if not r["text"].endswith("?"):
        return "question" not in labels
    # future: a plan the question presupposes ("… when the two meet on Friday?"); negated: an act it presupposes
    # was not done ("…, now that the Argentine has skipped the Mercosur summit?")
    if not labels <= {"question", "hypothetical", "asserted", "future", "negated"}:
        return False
    # asserted only: an act the question names as done ("Will the army's inquiry into the killing hold anyone to
    # account?", "Could Washington's curbs on chips push Beijing...?"), the question's own act uncoded
    return not r["events"] or "question" in labels or "nominal_event" in r["phenomena"]


def test_gold_questions_end_with_a_question_mark(records: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in records if not question_rule_holds(r)] == []


def test_gold_sentences_are_not_taken_from_the_shared_gold_sets(records: list[dict[str, Any]]) -> None:
    folder = require_shared(GOLD)
    shared: set[str] = set()
    for path in folder.glob("*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            shared.update(" ".join(json.loads(line)["text"].lower().split()) for line in fh if line.strip())
    ours = {" ".join(r["text"].lower().split()) for r in records}
    assert ours.isdisjoint(shared)


RESERVE_FILES = sorted((GOLD_FILE.parent / "reserve").glob("*.jsonl"))


@pytest.mark.parametrize("path", RESERVE_FILES, ids=[p.name for p in RESERVE_FILES])
def test_reserve_batches_are_valid_and_disjoint_from_the_gold_file(
    path: Path, records: list[dict[str, Any]], codebook: Any
) -> None:
    """A blind reserve batch (benchmarks/data/reserve/) follows the gold file's format and codes, and shares no
    id or text with it, so merging it later is a plain append. Only failing ids are shown, never its texts."""
    with path.open(encoding="utf-8") as fh:
        reserve = [json.loads(line) for line in fh if line.strip()]
    assert reserve
    assert not {r["id"] for r in reserve} & {r["id"] for r in records}
    assert not {r["text"] for r in reserve} & {r["text"] for r in records}
    assert len({r["id"] for r in reserve}) == len(reserve)
    bad = []
    for r in reserve:
        if set(r) != {"id", "text", "published_on", "events", "phenomena"} or not r["phenomena"]:
            bad.append(r["id"])
        if "passive_no_agent" in r["phenomena"] and not any(e["source"] is None for e in r["events"]):
            bad.append(r["id"])  # the gold file's own tag rule (test_gold_passive_without_agent_has_no_source)
        if not question_rule_holds(r):
            bad.append(r["id"])
        for e in r["events"]:
            ok = (set(e) == {"source", "target", "code", "factuality"} and e["factuality"] in FACTUALITIES
                  and codebook.get(e["code"]).code == e["code"])
            for code in (e["source"], e["target"]):
                if code is not None and not (code in IGO_CODES or code in NGO_CODES or code[:3] in NON_ISO_COUNTRIES
                                             or pycountry.countries.get(alpha_3=code[:3])):
                    ok = False
            if not ok:
                bad.append(r["id"])
    assert bad == []
