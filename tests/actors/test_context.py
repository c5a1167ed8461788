"""Tests for detente.actors.context: the article state behind pronouns and definite descriptions."""

from __future__ import annotations

from detente.actors.context import ArticleContext
from detente.records import ActorCode, ResolvedActor


def _person(name: str, code: str, i: int) -> ResolvedActor:
    return ResolvedActor(actor_code=ActorCode(code), mention=name, start=i, end=i + 1, token_start=i,
                         token_end=i + 1, head=i, name=name, country=code[:3], sector="GOV",
                         entity_id=f"person:{name.lower()}", kind="person")


def test_context_pronoun_takes_the_only_person_nearby() -> None:
    ctx = ArticleContext()
    ctx.note(_person("A", "IRNGOV", 0), 0)
    assert ctx.pronoun_referent(1) is not None
    assert ctx.pronoun_referent(3) is None


def test_context_pronoun_with_two_persons_needs_a_single_subject() -> None:
    ctx = ArticleContext()
    ctx.note(_person("A", "IRNGOV", 0), 0, subject=True)
    ctx.note(_person("B", "RUSGOV", 2), 0)
    assert ctx.pronoun_referent(1) is None
    referent = ctx.pronoun_referent(1, subject=True)
    assert referent is not None and referent.name == "A"


def test_context_description_needs_a_compatible_office() -> None:
    ctx = ArticleContext()
    ctx.note(_person("A", "IRNGOV", 0), 0, office="head_of_state")
    assert ctx.description_referent("emissary", 1) is None
    ctx.note(_person("B", "IRNGOV", 3), 1, office="foreign_minister")
    referent = ctx.description_referent("emissary", 2)
    assert referent is not None and referent.name == "B"


def test_context_country_prefers_the_same_sentence_then_the_most_mentioned() -> None:
    ctx = ArticleContext()
    ctx.country_counts.update(["IRN", "IRN", "RUS"])
    ctx.note(_person("B", "RUSGOV", 3), 4)
    assert ctx.context_country(4)[0] == "RUS"
    assert ctx.context_country(5)[0] == "IRN"


def test_context_country_takes_the_previous_subject_before_the_most_mentioned() -> None:
    ctx = ArticleContext()
    ctx.country_counts.update(["ISR", "ISR", "ISR", "IRN"])
    assert ctx.context_country(2, "IRN") == ("IRN", "the previous sentence's subject")
    assert ctx.context_country(2)[0] == "ISR"
    ctx.note(_person("B", "RUSGOV", 3), 2)
    assert ctx.context_country(2, "IRN")[0] == "RUS"  # a country earlier in the sentence still wins


def test_context_unknown_person_blocks_pronoun_carry_over() -> None:
    ctx = ArticleContext()
    ctx.note(_person("A", "ISRGOV", 3), 0)
    ctx.note_unknown(0, 0, subject=True)
    assert ctx.pronoun_referent(1) is None
    assert ctx.pronoun_referent(1, subject=True) is None  # the subject was the person we cannot code
