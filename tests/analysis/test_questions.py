"""Tests of watched questions (detente.analysis.questions, resolution, question_files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.analysis.eventmix import CRINK, DEFENCE, EXAMPLE, Spec, write_events

from detente.analysis import (
    QuestionBook,
    QuestionStatus,
    TreatyRegistry,
    load_question_file,
    question_to_toml,
)
from detente.analysis.question_files import question_from_dict
from detente.errors import QuestionError
from detente.records.analysis import ObligationKind
from detente.store import Store


def test_question_file_example_loads() -> None:
    q = load_question_file(EXAMPLE)
    assert q.question_id == "russia-iran-defence-treaty"
    assert q.subjects == ("RUS", "IRN") and q.deadline == date(2026, 1, 1)
    assert q.rule.event_codes == ("057",) and q.rule.obligations == (ObligationKind.DEFENCE,)
    assert load_question_file(CRINK).subjects == ("CRINK",)


def test_question_toml_round_trip(tmp_path: Path) -> None:
    q = load_question_file(EXAMPLE)
    path = tmp_path / "q.toml"
    path.write_text(question_to_toml(q), encoding="utf-8")
    assert load_question_file(path) == q


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.pop("question"), "[question] table"),
    (lambda d: d["question"].pop("resolution"), "[question.resolution]"),
    (lambda d: d["question"]["resolution"].update(event_codes=["05x"]), "CAMEO code prefix"),
    (lambda d: d["question"]["resolution"].update(obligations=["protect"]), "obligations"),
    (lambda d: d["question"]["resolution"].update(event_codes=[], obligations=[]), "event_codes or obligations"),
    (lambda d: d["question"].update(deadline=date(2024, 1, 1)), "deadline"),
    (lambda d: d["question"].update(id="Bad Id"), "id must be"),
    (lambda d: d["question"].update(colour="red"), "unknown fields"),
])
def test_question_file_invalid_raises_d601(change: object, words: str) -> None:
    import tomllib
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    with pytest.raises(QuestionError) as info:
        question_from_dict(data, "q.toml")
    assert info.value.code == "D601" and words in info.value.message and "q.toml" in info.value.message


def test_question_book_update_is_cheap_without_questions(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    assert book.update() == [] and book.list() == []
    tables = mix_store.connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'question%'").fetchone()
    assert tables == (0,)


def test_question_russia_iran_partnership_is_evidence_against(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    q = book.add_file(EXAMPLE)
    (verdict,) = book.update(date(2025, 12, 1))
    assert verdict.status is QuestionStatus.EVIDENCE_AGAINST
    # the 2025 partnership treaty was signed in the window but carries no defence obligation
    assert verdict.treaties_against == ("rus_irn_2025",) and verdict.treaties_for == ()
    stances = {(e.event.factuality.value, e.stance, e.resolves) for e in verdict.evidence}
    assert stances == {("negated", "against", False), ("hypothetical", "for", False)}
    # the asserted signing of the partnership treaty does not mention defence: not a match
    assert all("partnership" not in e.event.sentence for e in verdict.evidence)
    assert verdict.base_rate is not None and verdict.base_rate.matching_events == 0
    assert book.last_verdict(q.question_id) is not None
    assert book.last_verdict(q.question_id).status is QuestionStatus.EVIDENCE_AGAINST  # type: ignore[union-attr]


def test_question_resolves_no_after_deadline(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    (verdict,) = book.update(date(2026, 1, 1))
    assert verdict.status is QuestionStatus.RESOLVED_NO


def test_question_resolves_yes_on_asserted_confident_event(mix_store: Store) -> None:
    write_events(mix_store, [Spec(date(2025, 11, 20), "RUSGOV", "057", "IRNGOV", confidence=0.9,
                                  sentence=DEFENCE)], prefix="new")
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    (verdict,) = book.update(date(2025, 12, 1))
    assert verdict.status is QuestionStatus.RESOLVED_YES
    assert [e.event.sentence for e in verdict.evidence if e.resolves] == [DEFENCE]
    # and stays resolved after the deadline
    assert book.update(date(2026, 6, 1))[0].status is QuestionStatus.RESOLVED_YES


def test_question_low_confidence_or_late_event_does_not_resolve(mix_store: Store) -> None:
    write_events(mix_store, [Spec(date(2025, 11, 20), "RUSGOV", "057", "IRNGOV", confidence=0.5, sentence=DEFENCE),
                             Spec(date(2026, 1, 5), "RUSGOV", "057", "IRNGOV", confidence=0.9, sentence=DEFENCE)],
                 prefix="weak")
    book = QuestionBook(mix_store)
    book.add_file(EXAMPLE)
    (verdict,) = book.update(date(2026, 2, 1))
    assert verdict.status is QuestionStatus.RESOLVED_NO
    assert sum(1 for e in verdict.evidence if e.stance == "for") == 3


def test_question_resolves_yes_from_registry_treaty(mix_store: Store, tmp_path: Path) -> None:
    extra = tmp_path / "treaty.toml"
    extra.write_text('''
[[treaty]]
id = "rus_irn_defence_test"
name = "A hypothetical Russia-Iran defence treaty (test data)"
kind = "defence_pact"
signed = 2025-11-01
source = "test"
members = [{ code = "RUS" }, { code = "IRN" }]

[[treaty.obligation]]
kind = "defence"
''', encoding="utf-8")
    book = QuestionBook(mix_store, TreatyRegistry.load([extra]))
    book.add_file(EXAMPLE)
    assert book.update(date(2025, 10, 31))[0].status is QuestionStatus.EVIDENCE_AGAINST
    (verdict,) = book.update(date(2025, 11, 1))
    assert verdict.status is QuestionStatus.RESOLVED_YES
    assert verdict.treaties_for == ("rus_irn_defence_test",)


def test_question_grouping_subject_covers_member_pairs(mix_store: Store) -> None:
    write_events(mix_store, [Spec(date(2025, 11, 2), "CHNGOV", "057", "PRKGOV", confidence=0.9,
                                  sentence="China and North Korea signed a new military assistance pact.")],
                 prefix="crink")
    book = QuestionBook(mix_store)
    book.add_file(CRINK)
    (verdict,) = book.update(date(2025, 12, 1))
    assert verdict.status is QuestionStatus.RESOLVED_YES


_NON_ASSERTED = st.sampled_from(["negated", "future", "hypothetical", "question"])


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=st.lists(_NON_ASSERTED, min_size=1, max_size=6),
       days=st.lists(st.dates(min_value=date(2025, 1, 1), max_value=date(2025, 12, 31)), min_size=6, max_size=6))
def test_question_non_asserted_events_never_resolve(facts: list[str], days: list[date]) -> None:
    specs = [Spec(days[i], "RUSGOV", "057", "IRNGOV", factuality=f, confidence=1.0, sentence=DEFENCE)
             for i, f in enumerate(facts)]
    with Store.open(":memory:") as store:
        write_events(store, specs)
        book = QuestionBook(store)
        book.add_file(EXAMPLE)
        (verdict,) = book.update(date(2025, 12, 31))
        assert verdict.status is not QuestionStatus.RESOLVED_YES
        assert len(verdict.evidence) == len(facts) and not any(e.resolves for e in verdict.evidence)


def test_question_log_records_changes_only(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    q = book.add_file(EXAMPLE)
    book.update(date(2025, 12, 1))
    book.update(date(2025, 12, 2))
    book.update(date(2026, 1, 2))
    changes = [(row["change"], row["status"]) for row in book.log(q.question_id)]
    assert changes == [("added", "open"), ("status", "evidence_against"), ("status", "resolved_no")]
    book.add_file(EXAMPLE)
    assert book.log(q.question_id)[-1]["change"] == "redefined"


def test_question_book_show_remove_and_unknown(mix_store: Store) -> None:
    book = QuestionBook(mix_store)
    q = book.add_file(EXAMPLE)
    assert book.show(q.question_id) == q and book.list() == [q]
    book.remove(q.question_id)
    assert book.list() == []
    with pytest.raises(QuestionError) as info:
        book.show(q.question_id)
    assert info.value.code == "D602"


def test_question_base_rate(mix_store: Store) -> None:
    write_events(mix_store, [Spec(date(2024, 5, 1), "RUSGOV", "057", "IRNGOV", confidence=0.9, sentence=DEFENCE)],
                 prefix="old")
    book = QuestionBook(mix_store)
    verdict = book.evaluate(load_question_file(EXAMPLE), date(2025, 4, 30))
    rate = verdict.base_rate
    assert rate is not None and rate.matching_events == 1
    assert rate.years == pytest.approx(1.0, abs=0.01) and rate.per_year == pytest.approx(1.0, abs=0.01)
    # registry: Russia-North Korea 2000 friendship treaty -> 2024 treaty with a defence obligation
    assert rate.upgraded == 1 and rate.partnerships >= 5
    assert rate.upgrade_share == pytest.approx(rate.upgraded / rate.partnerships)
