"""Pure scoring functions for `make eval`: matching coded events against gold events.

Measurement only (no stage of the pipeline): precision/recall/F1 on (source country, target
country, root code) and on the full code, factuality accuracy, and per-file/per-root breakdowns.

Matching rules (docs/accuracy.md):

* Events are compared sentence by sentence (one gold record = one "sentence").
* Within a sentence, each gold event is matched greedily, in gold order, to the first
  still-unmatched predicted event with a compatible key; each predicted event is used at most
  once (one-to-one). With exact keys greedy matching equals the multiset intersection.
* The key is (source country, target country, root code) at the ``root`` level,
  (source country, target country, full code) at the ``code`` level, and (source country,
  target country) alone at the ``dyad`` level (actors right, event type ignored). For PLOVER
  gold the ``root`` and ``code`` levels both use the PLOVER event type.
* An actor's *country* is the first three letters of its CAMEO actor code (``IRNGOV`` -> IRN,
  ``LBNREBHEZ`` -> LBN); IGO codes keep the organisation (``IGOUNOMIL`` -> IGOUNO,
  ``IGOWSTNAT`` -> IGOWSTNAT); ``---`` (an unknown country) and a missing actor are None.
  A generic gold code (``IGO``, ``NGO``, ``IMG``) matches any predicted code it prefixes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "GENERIC_ACTOR_CODES",
    "SECTOR_CODES",
    "FileReport",
    "Prf",
    "ScoredEvent",
    "SentencePair",
    "asserted_in_eventless",
    "country_key",
    "error_kinds",
    "evaluate_pairs",
    "factuality_accuracy",
    "match_events",
    "per_root",
    "score",
]

SECTOR_CODES = frozenset({
    "GOV", "MIL", "REB", "OPP", "CVL", "BUS", "MED", "JUD", "LEG", "COP", "SPY", "ELI", "EDU",
    "REL", "LAB", "HRI", "NGO", "UAF", "CRM", "REF", "AGR", "HLH", "ENV", "MOD", "RAD", "INS",
})
"""CAMEO sector codes that may follow an IGO code (``IGOUNOMIL``) and are stripped from its key."""

GENERIC_ACTOR_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
"""Bare non-state type codes some gold sets use for any organisation of that type."""

ASSERTED = "asserted"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoredEvent:
    """One event reduced to what is scored.

    ``source``/``target`` are country keys (see :func:`country_key`); ``code`` is the full code
    (CAMEO digits or a PLOVER type) and ``root`` its class (the two-digit CAMEO root, or the
    PLOVER type itself). ``factuality`` is None when the gold set does not label it.
    """

    source: str | None
    target: str | None
    code: str
    root: str
    factuality: str | None = None

    @classmethod
    def from_codes(cls, source: str | None, target: str | None, code: str,
                   factuality: str | None = None, *, plover: bool = False) -> ScoredEvent:
        """Build a scored event from raw actor codes and an event code.

        >>> ScoredEvent.from_codes("IRNGOV", "ISR", "1951").key("root")
        ('IRN', 'ISR', '19')
        """
        root = code if plover else code[:2]
        return cls(source=country_key(source), target=country_key(target), code=code, root=root,
                   factuality=factuality)

    def key(self, level: str) -> tuple[str | None, str | None, str]:
        """The matching key at ``level`` (``"root"``, ``"code"`` or ``"dyad"``)."""
        if level == "dyad":
            return (self.source, self.target, "")
        return (self.source, self.target, self.root if level == "root" else self.code)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentencePair:
    """The gold and predicted events of one gold record."""

    sentence_id: str
    gold: tuple[ScoredEvent, ...]
    predicted: tuple[ScoredEvent, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Prf:
    """Counts of a comparison and the precision, recall and F1 they give.

    >>> Prf(tp=3, n_gold=4, n_pred=6).f1
    0.6
    """

    tp: int
    n_gold: int
    n_pred: int

    @property
    def precision(self) -> float:
        """Matched predictions over predictions (0 when nothing was predicted)."""
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """Matched gold events over gold events (0 when the gold has none)."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Prf) -> Prf:
        return Prf(tp=self.tp + other.tp, n_gold=self.n_gold + other.n_gold, n_pred=self.n_pred + other.n_pred)


@dataclass(frozen=True, slots=True, kw_only=True)
class FileReport:
    """Every figure `make eval` prints for one gold file."""

    name: str
    n_sentences: int
    root: Prf
    code: Prf
    dyad: Prf
    root_asserted: Prf
    code_asserted: Prf
    factuality: tuple[int, int] | None
    asserted_in_eventless: int
    per_root: dict[str, Prf] = field(default_factory=dict)
    misses: dict[str, int] = field(default_factory=dict)
    """Unmatched gold events (root level) counted by what the coder made of their sentence (:func:`error_kinds`)."""
    extras: dict[str, int] = field(default_factory=dict)
    """Unmatched predicted events (root level) counted by how they relate to the sentence's gold events."""


def country_key(actor_code: str | None) -> str | None:
    """The country part of a CAMEO actor code, or the organisation of an IGO code.

    >>> [country_key(c) for c in ("IRNGOV", "LBNREBHEZ", "IGOUNOMIL", "IGOWSTNAT", "---GOV", "pse", None)]
    ['IRN', 'LBN', 'IGOUNO', 'IGOWSTNAT', None, 'PSE', None]
    """
    if not actor_code:
        return None
    code = actor_code.strip().upper()
    if not code or code.startswith("---"):
        return None
    if code.startswith("IGO"):
        while len(code) > 6 and code[-3:] in SECTOR_CODES:
            code = code[:-3]
        return code
    return code[:3]


def actors_compatible(gold: str | None, predicted: str | None) -> bool:
    """True when a predicted actor key matches a gold one (generic gold codes match by prefix).

    >>> actors_compatible("IGO", "IGOUNO"), actors_compatible("IRN", "IRQ"), actors_compatible(None, None)
    (True, False, True)
    """
    if gold == predicted:
        return True
    return gold in GENERIC_ACTOR_CODES and predicted is not None and predicted.startswith(gold)


def match_events(gold: Sequence[ScoredEvent], predicted: Sequence[ScoredEvent],
                 level: str = "root") -> list[tuple[int, int]]:
    """Greedy one-to-one matching of one sentence's events; returns (gold index, predicted index) pairs.

    >>> g = [ScoredEvent.from_codes("IRN", "ISR", "190"), ScoredEvent.from_codes("ISR", "IRN", "190")]
    >>> p = [ScoredEvent.from_codes("ISRMIL", "IRN", "195"), ScoredEvent.from_codes("IRN", "ISR", "190")]
    >>> match_events(g, p)
    [(0, 1), (1, 0)]
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        gs, gt, gc = g.key(level)
        for pi, p in enumerate(predicted):
            if pi in used:
                continue
            ps, pt, pc = p.key(level)
            if gc == pc and actors_compatible(gs, ps) and actors_compatible(gt, pt):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score(pairs: Iterable[SentencePair], level: str = "root", *, asserted_only: bool = False) -> Prf:
    """Precision/recall/F1 over many sentences at ``level``.

    ``asserted_only`` keeps only predicted events labelled asserted; gold events are filtered the
    same way when the gold labels factuality (our own gold set) and kept whole otherwise.
    """
    total = Prf(tp=0, n_gold=0, n_pred=0)
    for pair in pairs:
        gold, pred = _view(pair, asserted_only)
        total = total + Prf(tp=len(match_events(gold, pred, level)), n_gold=len(gold), n_pred=len(pred))
    return total


def factuality_accuracy(pairs: Iterable[SentencePair]) -> tuple[int, int]:
    """(correct, total) factuality labels over root-level matches of gold events that carry a label."""
    correct = total = 0
    for pair in pairs:
        for gi, pi in match_events(pair.gold, pair.predicted, "root"):
            label = pair.gold[gi].factuality
            if label is None:
                continue
            total += 1
            correct += int(pair.predicted[pi].factuality == label)
    return correct, total


def asserted_in_eventless(pairs: Iterable[SentencePair]) -> int:
    """Predicted asserted events in sentences whose gold states no asserted event.

    A gold event without a factuality label (other gold sets) counts as stating an event.
    """
    count = 0
    for pair in pairs:
        if any(g.factuality in (None, ASSERTED) for g in pair.gold):
            continue
        count += sum(1 for p in pair.predicted if p.factuality == ASSERTED)
    return count


def per_root(pairs: Iterable[SentencePair]) -> dict[str, Prf]:
    """Root-level Prf per root class: gold counted under the gold root, predictions under theirs."""
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for pair in pairs:
        for g in pair.gold:
            n_gold[g.root] = n_gold.get(g.root, 0) + 1
        for p in pair.predicted:
            n_pred[p.root] = n_pred.get(p.root, 0) + 1
        for gi, _ in match_events(pair.gold, pair.predicted, "root"):
            root = pair.gold[gi].root
            tp[root] = tp.get(root, 0) + 1
    roots = sorted(set(n_gold) | set(n_pred))
    return {r: Prf(tp=tp.get(r, 0), n_gold=n_gold.get(r, 0), n_pred=n_pred.get(r, 0)) for r in roots}


MISS_KINDS = (
    "sentence coded nothing",
    "same actors, other root",
    "same root and source, no target",
    "same root and source, other target",
    "same root and target, no source",
    "same root and target, other source",
    "same root, other actors",
    "nothing alike coded",
)
"""Kinds of a missed gold event, from the most to the least of the event the coder found."""

EXTRA_KINDS = (
    "in sentences stating no event",
    "same actors as a gold event, other root",
    "same root as a gold event, other actors",
    "nothing alike in the gold",
)
"""Kinds of an unmatched predicted event."""


def error_kinds(pairs: Iterable[SentencePair]) -> tuple[dict[str, int], dict[str, int]]:
    """Root-level misses and extras counted by kind: where recall and precision are lost.

    These are aggregate counts, so they may be printed for a held-out split without showing a
    record. A missed gold event takes the first kind of :data:`MISS_KINDS` that fits, comparing it
    with every event predicted for its sentence; an extra prediction likewise with
    :data:`EXTRA_KINDS` and the sentence's gold events.

    >>> g = (ScoredEvent.from_codes("IRN", "ISR", "190"), ScoredEvent.from_codes("USA", "IRN", "163"))
    >>> p = (ScoredEvent.from_codes("IRN", "ISR", "173"),)
    >>> misses, extras = error_kinds([SentencePair(sentence_id="1", gold=g, predicted=p)])
    >>> misses["same actors, other root"], misses["nothing alike coded"], extras["same actors as a gold event, other root"]
    (1, 1, 1)
    """
    misses = dict.fromkeys(MISS_KINDS, 0)
    extras = dict.fromkeys(EXTRA_KINDS, 0)
    for pair in pairs:
        matched = match_events(pair.gold, pair.predicted, "root")
        matched_gold = {gi for gi, _ in matched}
        matched_pred = {pi for _, pi in matched}
        for gi, g in enumerate(pair.gold):
            if gi not in matched_gold:
                misses[_miss_kind(g, pair.predicted)] += 1
        for pi, p in enumerate(pair.predicted):
            if pi not in matched_pred:
                extras[_extra_kind(p, pair.gold)] += 1
    return misses, extras


def _miss_kind(gold: ScoredEvent, predicted: Sequence[ScoredEvent]) -> str:
    if not predicted:
        return "sentence coded nothing"
    same_root = [p for p in predicted if p.root == gold.root]
    if any(actors_compatible(gold.source, p.source) and actors_compatible(gold.target, p.target) for p in predicted):
        return "same actors, other root"
    for side, other in (("source", "target"), ("target", "source")):
        kept = [p for p in same_root if actors_compatible(getattr(gold, side), getattr(p, side))]
        if kept:
            lost = any(getattr(p, other) is None for p in kept)
            return f"same root and {side}, {'no' if lost else 'other'} {other}"
    return "same root, other actors" if same_root else "nothing alike coded"


def _extra_kind(predicted: ScoredEvent, gold: Sequence[ScoredEvent]) -> str:
    if not gold:
        return EXTRA_KINDS[0]
    if any(actors_compatible(g.source, predicted.source) and actors_compatible(g.target, predicted.target)
           for g in gold):
        return EXTRA_KINDS[1]
    if any(g.root == predicted.root for g in gold):
        return EXTRA_KINDS[2]
    return EXTRA_KINDS[3]


def evaluate_pairs(name: str, pairs: Sequence[SentencePair]) -> FileReport:
    """All figures for one gold file."""
    labelled = any(g.factuality is not None for pair in pairs for g in pair.gold)
    misses, extras = error_kinds(pairs)
    return FileReport(
        name=name,
        n_sentences=len(pairs),
        root=score(pairs, "root"),
        code=score(pairs, "code"),
        dyad=score(pairs, "dyad"),
        root_asserted=score(pairs, "root", asserted_only=True),
        code_asserted=score(pairs, "code", asserted_only=True),
        factuality=factuality_accuracy(pairs) if labelled else None,
        asserted_in_eventless=asserted_in_eventless(pairs),
        per_root=per_root(pairs),
        misses=misses,
        extras=extras,
    )


def _view(pair: SentencePair, asserted_only: bool) -> tuple[list[ScoredEvent], list[ScoredEvent]]:
    if not asserted_only:
        return list(pair.gold), list(pair.predicted)
    keep: Callable[[ScoredEvent], bool] = lambda e: e.factuality in (None, ASSERTED)  # noqa: E731
    pred = [p for p in pair.predicted if p.factuality == ASSERTED]
    return [g for g in pair.gold if keep(g)], pred
