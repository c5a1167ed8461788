"""The lexicon's per-verb and per-word memos give what the direct reads they replace give."""

from __future__ import annotations

import dataclasses
from typing import Any

from detente.coding.verbs import Lexicon, _child_word_any, _object_heads, _VerbScratch, parse_pattern
from detente.records.event import CameoCode

_SENTENCES = [
    "Russia pulled back from Kyiv and backed away from the deal.",
    "The ministry dismissed the charges as baseless and ruled out talks.",
    "Iran handed over evidence to the court, took in refugees and called on Israel to release the prisoners.",
    "The troops were sent back by the army, while China and India agreed to direct talks with Pakistan.",
    "They ethnically cleansed the town, forced 1,000 refugees from their homes and allowed inspectors back in.",
]
_WORDS = ["back", "from", "away", "as", "baseless", "out", "over", "to", "in", "on", "by", "with", "ethnically",
          "back|away", "out|over", "of", "into", "up"]


def test_scratch_child_word_is_the_direct_read(nlp: Any) -> None:
    checked = 0
    for doc in nlp.pipe(_SENTENCES):
        for verb in (t for t in doc if t.pos_ in ("VERB", "AUX")):
            scratch = _VerbScratch(verb)
            for word in _WORDS:
                assert scratch.child_word(word) == _child_word_any(verb, word), (verb.text, word)
                checked += scratch.child_word(word) is not None
            for prep in (None, "from", "to", "over", "in", "of"):
                assert _object_heads(verb, prep, scratch) == _object_heads(verb, prep), (verb.text, prep)
    assert checked >= 10  # the sentences do attach the words


def test_remembered_noun_entries_still_look_at_each_words_modifiers(nlp: Any) -> None:
    """The memo keeps a word's entries by lemma; whether one applies is still decided on each word."""
    lexicon = Lexicon.load()
    trade_war, war, ready = nlp("It is a trade war."), nlp("It is a war."), nlp("Iran is ready to meet.")
    for _ in range(2):  # the second time from the memo
        assert lexicon.match_noun(trade_war[4]) is None  # "a trade war" is no war
        assert lexicon.match_noun(war[3]) is not None
        assert lexicon.match_noun(trade_war[4]) is None
        assert lexicon.predicate_frame(ready[2]) is not None and lexicon.predicate_frame(ready[0]) is None


def test_pattern_objects_by_word_keep_every_modifier() -> None:
    pattern = parse_pattern("impose [sanction|embargo|arms_embargo] on", CameoCode("163"))
    assert pattern.object_words == {"sanction": (None,), "embargo": (None, "arms")}
    assert dataclasses.replace(pattern, objects=(("tariff", None),)).object_words == {"tariff": (None,)}
