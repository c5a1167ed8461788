"""Tests for detente.actors.pronouns: "it", "its", "they", "their" carried over to actors (real model)."""

from __future__ import annotations

from typing import Any

from tests.actors.mentions import (
    mentions_by_text,
    mentions_dated,
)

from detente.actors import ActorResolver
from detente.records import ResolvedActor

_found = mentions_by_text
_mentions = mentions_dated("2024-06-01")


def _at(mentions: list[ResolvedActor], text: str) -> ResolvedActor | None:
    return next((m for m in mentions if m.mention == text), None)


def test_pronouns_it_takes_the_subject_of_the_previous_sentence(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Turkey closed the strait to warships. It later reopened the route.")
    it = _at(mentions, "It")
    assert it is not None and it.actor_code == "TUR"
    assert it.confidence <= 0.5 and "previous sentence" in it.reason


def test_pronouns_it_in_a_reported_clause_takes_the_speaker(resolver: ActorResolver, nlp: Any) -> None:
    it = _at(_mentions(resolver, nlp, "Egypt said it would open the crossing on Friday."), "it")
    assert it is not None and it.actor_code == "EGY" and it.confidence == 0.6
    assert "governing clause" in it.reason


def test_pronouns_they_takes_a_plural_group(resolver: ActorResolver, nlp: Any) -> None:
    they = _at(_mentions(resolver, nlp, "The Houthis claimed the attack on the tanker. They promised more strikes."),
               "They")
    assert they is not None and they.actor_code == "YEMREBHTH"


def test_pronouns_its_with_a_sector_word_is_one_mention(resolver: ActorResolver, nlp: Any) -> None:
    m = _at(_mentions(resolver, nlp, "Russia pulled its troops back from the border."), "its troops")
    assert m is not None and (m.actor_code, m.country, m.sector) == ("RUSMIL", "RUS", "MIL")


def test_pronouns_it_after_a_non_actor_subject_is_unresolved(resolver: ActorResolver, nlp: Any) -> None:
    text = "Iran signed the agreement in 2015. The agreement collapsed three years later. It had limited enrichment."
    assert _at(_mentions(resolver, nlp, text), "It") is None


def test_pronouns_it_never_refers_to_a_person(resolver: ActorResolver, nlp: Any) -> None:
    assert _at(_mentions(resolver, nlp, "Putin arrived in Minsk on Monday. It announced new tariffs."), "It") is None


def test_pronouns_expletive_it_is_not_an_actor(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Syria rejected the plan. It is unclear whether talks will resume.")
    assert _at(mentions, "It") is None


def test_pronouns_coordinated_antecedent_is_ambiguous(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Russia and China held naval drills. They said the drills were routine.")
    assert _at(mentions, "They") is None


def test_pronouns_rival_subject_above_makes_a_possessive_ambiguous(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Serbia will react if Kosovo arrests its citizens.")
    assert _at(mentions, "its") is None


def test_pronouns_it_in_a_coordinated_clause_is_ambiguous(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Hamas attacked Israel and it responded within hours.")
    assert _at(mentions, "it") is None


def test_pronouns_it_before_become_refers_without_a_clause(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Finland applied to join NATO. It became a member the next year.")
    it = _at(mentions, "It")
    assert it is not None and it.actor_code == "FIN"
    unclear = _mentions(resolver, nlp, "Finland applied to join NATO. It remained unclear whether Turkey would agree.")
    assert _at(unclear, "It") is None


def test_pronouns_they_in_a_subordinate_clause_does_not_look_back(resolver: ActorResolver, nlp: Any) -> None:
    text = ("The Russians expected a request for help. Moscow is full of exiled officials who fled to ensure "
            "they would not face trial.")
    assert _at(_mentions(resolver, nlp, text), "they") is None


def test_pronouns_its_title_names_the_office_holder(resolver: ActorResolver, nlp: Any) -> None:
    m = _at(_mentions(resolver, nlp, "Turkey sent its foreign minister to Damascus.", "2025-01-15"),
            "its foreign minister")
    assert m is not None and (m.actor_code, m.name) == ("TURGOV", "Hakan Fidan")
    assert m.confidence < 0.9


def test_pronouns_they_with_two_plural_parties_is_ambiguous(resolver: ActorResolver, nlp: Any) -> None:
    mentions = _mentions(resolver, nlp, "Iranian officials met Saudi officials. They agreed to reopen embassies.")
    assert _at(mentions, "They") is None


def test_pronouns_coordinated_clauses_each_keep_their_speaker(resolver: ActorResolver, nlp: Any) -> None:
    text = "Israel's army said it struck targets in Lebanon, and Hezbollah said it fired rockets."
    its = [m for m in _mentions(resolver, nlp, text) if m.mention == "it"]
    assert [m.actor_code for m in its] == ["ISRMIL", "LBNREBHEZ"]


def test_pronouns_existential_sentence_gives_its_clause_subject(resolver: ActorResolver, nlp: Any) -> None:
    text = "There is little that Qatar can do alone. It has asked Egypt to help."
    it = _at(_mentions(resolver, nlp, text), "It")
    assert it is not None and it.actor_code == "QAT"
    mixed = "There is a sense that the talks failed because Qatar gave up. It has asked Egypt to help."
    assert _at(_mentions(resolver, nlp, mixed), "It") is None


def test_the_leader_stays_the_referent_of_his(resolver: ActorResolver, nlp: Any) -> None:
    found = _found(resolver, nlp, "Imran Khan's party demanded his release.", "2025-01-17")
    assert found["his"].entity_id == "person:imran-khan"
