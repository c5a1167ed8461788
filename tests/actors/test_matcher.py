"""Tests for detente.actors.matcher: longest-match lookup with case rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from detente.actors import KnowledgeBase
from detente.actors.matcher import find_hits, norms


def _hits(kb: Any, nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[h.start:h.end].text, h.kind) for h in find_hits(doc, kb, norms(doc))]


def test_matcher_prefers_the_longest_name(kb: Any, nlp: Any) -> None:
    assert _hits(kb, nlp, "The State Department and the West Bank.") == [("State Department", "metonym"),
                                                                         ("West Bank", "country")]


def test_matcher_acronyms_must_be_upper_case(kb: Any, nlp: Any) -> None:
    assert _hits(kb, nlp, "Let us go, said the UN envoy.") == [("UN", "igo"), ("envoy", "agent")]


def test_matcher_capitalised_names_must_be_capitalised(kb: Any, nlp: Any) -> None:
    assert ("Male", "capital") not in _hits(kb, nlp, "A male nurse spoke to reporters.")
    assert _hits(kb, nlp, "Turkey and turkey.") == [("Turkey", "country")]


def test_matcher_names_given_with_the_need_the(kb: Any, nlp: Any) -> None:
    assert ("West", "place") in _hits(kb, nlp, "The West reacted.")  # no actor since round twenty-five
    assert not any(kind == "place" and name == "West" for name, kind in _hits(kb, nlp, "West African leaders met."))


def test_matcher_folds_accents_and_apostrophes(kb: Any, nlp: Any) -> None:
    assert _hits(kb, nlp, "The Elysee and the Élysée.") == [("Elysee", "metonym"), ("Élysée", "metonym")]
    assert ("Russia", "country") in _hits(kb, nlp, "Russia’s army")


def test_matcher_surname_inside_a_longer_unknown_name_is_not_a_match(kb: Any, nlp: Any) -> None:
    hits = _hits(kb, nlp, "Supporters of former minister Ahmed Ben Salah blocked roads.")  # "Ahmed": Abiy Ahmed
    assert not any(kind == "person" for _, kind in hits)


def test_matcher_sentence_initial_first_name_keeps_the_surname_inside_the_name(nlp: Any, tmp_path: Path) -> None:
    rows = tmp_path / "officeholders_harris.csv"  # Simon Harris, Taoiseach 2024-2025 (Irish government list)
    rows.write_text("country,office,name,aliases,start,end,sector,source_kind\n"
                    "IRL,head_of_government,Simon Harris,Harris,2024-04-09,2025-01-23,GOV,official list\n",
                    encoding="utf-8")
    kb = KnowledgeBase.load([rows], officeholders=False)
    assert ("Harris", "person") in _hits(kb, nlp, "Harris spoke in Dublin.")
    doc = nlp("Kamala Harris spoke in Munich on Saturday.")
    assert doc[0].ent_type_ == "PERSON" and doc[1].ent_iob_ == "I"
    assert not any(kind == "person" for _, kind in _hits(kb, nlp, doc.text))


def test_matcher_the_names_no_person_unless_the_name_modifies_a_noun(kb: Any, nlp: Any) -> None:
    # "Hague" is also the surname of a British foreign secretary; "The Hague" is the Dutch seat of government.
    assert ("Hague", "person") not in _hits(kb, nlp, "The court in The Hague ruled on Monday.")
    assert ("Obama", "person") in _hits(kb, nlp, "The Obama administration imposed sanctions.")


def test_the_hague_is_the_netherlands(pipeline: Any) -> None:
    from detente.records import Article

    article = Article(article_id="hague", text="China rejected the ruling of the tribunal in The Hague.",
                      published_on=date(2016, 7, 12))
    [result] = list(pipeline.code_articles([article]))
    targets = {e.target.country for e in result.events if e.target}
    assert "GBR" not in targets


def test_matcher_a_country_that_begins_a_persons_name_is_no_country(kb: Any, nlp: Any) -> None:
    assert ("Jordan", "country") not in _hits(kb, nlp, "Jordan Peterson criticised the Canadian government.")
    assert ("Jordan", "country") in _hits(kb, nlp, "Jordan's King Abdullah met the president.")
