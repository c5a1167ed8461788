"""Tests of benchmarks/scoring.py: matching rules, P/R/F1, factuality and breakdowns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.benchmarks.bench_modules import load_benchmark

scoring = load_benchmark("scoring")
ScoredEvent = scoring.ScoredEvent
SentencePair = scoring.SentencePair


def ev(source: str | None, target: str | None, code: str, fact: str | None = None) -> object:
    return ScoredEvent.from_codes(source, target, code, fact)


def pair(gold: list[object], predicted: list[object], sid: str = "s1") -> object:
    return SentencePair(sentence_id=sid, gold=tuple(gold), predicted=tuple(predicted))


def test_country_key_strips_sector_keeps_igo_and_nulls_unknown() -> None:
    assert scoring.country_key("IRNGOV") == "IRN"
    assert scoring.country_key("LBNREBHEZ") == "LBN"
    assert scoring.country_key("IGOUNOMIL") == "IGOUNO"
    assert scoring.country_key("IGOWSTNAT") == "IGOWSTNAT"
    assert scoring.country_key("---GOV") is None
    assert scoring.country_key("") is None
    assert scoring.country_key("pse") == "PSE"


def test_scored_event_root_is_two_digits_or_plover_type() -> None:
    assert ev("IRN", "ISR", "1951").root == "19"
    plover = ScoredEvent.from_codes("IRN", None, "ASSAULT", plover=True)
    assert plover.root == "ASSAULT" and plover.code == "ASSAULT"


def test_match_events_is_one_to_one() -> None:
    gold = [ev("IRN", "ISR", "190"), ev("IRN", "ISR", "195")]
    predicted = [ev("IRNMIL", "ISR", "193")]
    assert scoring.match_events(gold, predicted, "root") == [(0, 0)]
    assert scoring.match_events(predicted, gold, "root") == [(0, 0)]


def test_match_events_code_level_needs_the_full_code() -> None:
    gold = [ev("IRN", "ISR", "190")]
    assert scoring.match_events(gold, [ev("IRN", "ISR", "195")], "code") == []
    assert scoring.match_events(gold, [ev("IRN", "ISR", "190")], "code") == [(0, 0)]


def test_match_events_direction_matters() -> None:
    assert scoring.match_events([ev("IRN", "ISR", "190")], [ev("ISR", "IRN", "190")], "root") == []


def test_match_events_dyad_level_ignores_the_code() -> None:
    assert scoring.match_events([ev("IRN", "ISR", "190")], [ev("IRN", "ISR", "042")], "dyad") == [(0, 0)]


def test_generic_gold_code_matches_by_prefix_only_one_way() -> None:
    assert scoring.match_events([ev("IGO", "JPN", "040")], [ev("IGOASNAPE", "JPN", "041")], "root") == [(0, 0)]
    assert scoring.match_events([ev("IGOUNO", "JPN", "040")], [ev("IGO", "JPN", "041")], "root") == []


def test_missing_target_matches_only_missing_target() -> None:
    assert scoring.match_events([ev("RUS", None, "154")], [ev("RUS", None, "154")], "root") == [(0, 0)]
    assert scoring.match_events([ev("RUS", None, "154")], [ev("RUS", "UKR", "154")], "root") == []


def test_score_counts_precision_recall_f1() -> None:
    pairs = [
        pair([ev("IRN", "ISR", "190"), ev("USA", "IRN", "163")], [ev("IRN", "ISR", "195"), ev("RUS", "UKR", "190")]),
        pair([], [ev("CHN", "TWN", "150")], "s2"),
    ]
    prf = scoring.score(pairs, "root")
    assert (prf.tp, prf.n_gold, prf.n_pred) == (1, 2, 3)
    assert prf.precision == pytest.approx(1 / 3)
    assert prf.recall == pytest.approx(1 / 2)
    assert prf.f1 == pytest.approx(0.4)


def test_prf_is_zero_when_nothing_predicted_or_gold() -> None:
    empty = scoring.Prf(tp=0, n_gold=0, n_pred=0)
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_score_asserted_only_filters_predictions_and_labelled_gold() -> None:
    pairs = [pair([ev("DEU", "UKR", "072", "future")], [ev("DEU", "UKR", "072", "future")]),
             pair([ev("IRN", "ISR", "190", "asserted")], [ev("IRN", "ISR", "190", "asserted")], "s2")]
    everything = scoring.score(pairs, "root")
    asserted = scoring.score(pairs, "root", asserted_only=True)
    assert (everything.tp, everything.n_gold, everything.n_pred) == (2, 2, 2)
    assert (asserted.tp, asserted.n_gold, asserted.n_pred) == (1, 1, 1)


def test_score_asserted_only_keeps_unlabelled_gold() -> None:
    pairs = [pair([ev("ARN", "GON", "064")], [ev("ARN", "GON", "064", "future")])]
    asserted = scoring.score(pairs, "root", asserted_only=True)
    assert (asserted.tp, asserted.n_gold, asserted.n_pred) == (0, 1, 0)


def test_factuality_accuracy_counts_matched_labelled_events_only() -> None:
    pairs = [pair([ev("IRN", "ISR", "190", "hypothetical"), ev("USA", "IRN", "163", "asserted")],
                  [ev("IRN", "ISR", "190", "asserted"), ev("USA", "IRN", "163", "asserted"),
                   ev("RUS", "UKR", "190", "asserted")])]
    assert scoring.factuality_accuracy(pairs) == (1, 2)


def test_asserted_in_eventless_counts_sentences_without_asserted_gold() -> None:
    pairs = [
        pair([], [ev("IRN", "ISR", "190", "asserted"), ev("IRN", "ISR", "190", "future")]),
        pair([ev("DEU", "UKR", "072", "future")], [ev("DEU", "UKR", "072", "asserted")], "s2"),
        pair([ev("IRN", "ISR", "190", "asserted")], [ev("RUS", "UKR", "190", "asserted")], "s3"),
        pair([ev("ARN", "GON", "064")], [ev("ARN", "GON", "064", "asserted")], "s4"),
    ]
    assert scoring.asserted_in_eventless(pairs) == 2


def test_per_root_breakdown_counts_gold_and_predictions_by_their_roots() -> None:
    pairs = [pair([ev("IRN", "ISR", "190"), ev("USA", "IRN", "163")], [ev("IRN", "ISR", "195"), ev("USA", "IRN", "111")])]
    table = scoring.per_root(pairs)
    assert set(table) == {"19", "16", "11"}
    assert (table["19"].tp, table["19"].n_gold, table["19"].n_pred) == (1, 1, 1)
    assert (table["16"].tp, table["16"].n_gold, table["16"].n_pred) == (0, 1, 0)
    assert (table["11"].tp, table["11"].n_gold, table["11"].n_pred) == (0, 0, 1)


def test_evaluate_pairs_reports_factuality_only_for_labelled_gold() -> None:
    unlabelled = scoring.evaluate_pairs("x", [pair([ev("ARN", "GON", "064")], [ev("ARN", "GON", "064", "asserted")])])
    labelled = scoring.evaluate_pairs("y", [pair([ev("ARN", "GON", "064", "future")], [ev("ARN", "GON", "064", "future")])])
    assert unlabelled.factuality is None
    assert labelled.factuality == (1, 1)
    assert labelled.root.f1 == 1.0 and labelled.code.f1 == 1.0 and labelled.dyad.f1 == 1.0


_codes = st.sampled_from(["IRN", "ISR", "USAGOV", "RUSMIL", "IGOUNO", None])
_events = st.builds(lambda s, t, c, f: ScoredEvent.from_codes(s, t, c, f), _codes, _codes,
                    st.sampled_from(["190", "195", "042", "111", "0841"]),
                    st.sampled_from(["asserted", "future", "negated"]))


@given(st.lists(st.tuples(st.lists(_events, max_size=4), st.lists(_events, max_size=4)), max_size=6))
def test_score_is_bounded_and_perfect_on_identical_events(sentences: list[tuple[list[object], list[object]]]) -> None:
    pairs = [pair(g, p, str(i)) for i, (g, p) in enumerate(sentences)]
    for level in ("root", "code", "dyad"):
        prf = scoring.score(pairs, level)
        assert 0 <= prf.tp <= min(prf.n_gold, prf.n_pred)
        assert 0.0 <= prf.f1 <= 1.0
    mirror = [pair(g, g, str(i)) for i, (g, _) in enumerate(sentences)]
    prf = scoring.score(mirror, "code")
    assert prf.tp == prf.n_gold == prf.n_pred


def test_error_kinds_sorts_each_miss_by_what_the_coder_found() -> None:
    sentences = [
        pair([ev("IRN", "ISR", "190")], [], "nothing"),
        pair([ev("IRN", "ISR", "190")], [ev("IRNMIL", "ISR", "173")], "root"),
        pair([ev("IRN", "ISR", "190")], [ev("IRN", None, "195")], "no target"),
        pair([ev("IRN", "ISR", "190")], [ev("IRN", "SYR", "190")], "other target"),
        pair([ev("IRN", "ISR", "190")], [ev(None, "ISR", "190")], "no source"),
        pair([ev("IRN", "ISR", "190")], [ev("SYR", "ISR", "190")], "other source"),
        pair([ev("IRN", "ISR", "190")], [ev("USA", "SYR", "190")], "other actors"),
        pair([ev("IRN", "ISR", "190")], [ev("USA", "CHN", "040")], "unlike"),
        pair([ev("IRN", "ISR", "190")], [ev("IRN", "ISR", "190")], "hit"),
    ]
    misses, extras = scoring.error_kinds(sentences)
    assert list(misses) == list(scoring.MISS_KINDS)
    assert set(misses.values()) == {1}
    assert extras == {"in sentences stating no event": 0, "same actors as a gold event, other root": 1,
                      "same root as a gold event, other actors": 5, "nothing alike in the gold": 1}


def test_error_kinds_counts_extras_in_eventless_sentences_and_totals_add_up() -> None:
    sentences = [pair([], [ev("RUS", "UKR", "190"), ev("UKR", "RUS", "190")]),
                 pair([ev("RUS", "UKR", "190"), ev("RUS", "UKR", "111")], [ev("RUS", "UKR", "190")])]
    misses, extras = scoring.error_kinds(sentences)
    assert extras["in sentences stating no event"] == 2 and sum(extras.values()) == 2
    assert misses["same actors, other root"] == 1 and sum(misses.values()) == 1
    report = scoring.evaluate_pairs("x", sentences)
    assert sum(report.misses.values()) == report.root.n_gold - report.root.tp
    assert sum(report.extras.values()) == report.root.n_pred - report.root.tp
