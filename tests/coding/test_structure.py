"""Who acts on whom, on the real parser with the toy resolver: coordination, frames and their complements,
proposals and their owners, anaphors, inquiries, purposes (the structure rules of docs/coding.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.handbuilt import toy_mentions

from detente.coding import EventCoder
from detente.records import ActorCode, ActorMentions, Article, ArticleId, Event, ResolvedActor

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 3, 11)


@pytest.fixture(scope="module")
def coder(codebook: Any) -> EventCoder:
    return EventCoder(codebook)


def _code(nlp: Any, coder: EventCoder, text: str, mentions: ActorMentions | None = None) -> list[Event]:
    doc = nlp(text)
    article = Article(article_id=ArticleId("s1"), text=text, published_on=PUBLISHED)
    return coder.code(doc, mentions if mentions is not None else toy_mentions(doc), article=article)


def _triples(events: list[Event]) -> set[tuple[str | None, str, str | None, str]]:
    return {(e.source.country if e.source else None, e.root_code,
             e.target.country if e.target else None, e.factuality.value) for e in events}


def test_names_coordinated_on_another_word_of_the_first_name(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Barack Obama and Vladimir Putin will meet in Geneva next month.")
    assert _triples(events) == {("USA", "04", "RUS", "future"), ("RUS", "04", "USA", "future")}


def test_plural_pronoun_in_reported_speech_is_every_speaker(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France and Germany said they would sanction Iran.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("FRA", "16", "IRN"), ("DEU", "16", "IRN")}


def test_infinitive_after_an_appeal_is_what_is_asked(nlp: Any, coder: EventCoder) -> None:
    # the parser reads "to press Iran" as a purpose clause: it is the appeal's content, not a second event
    events = _code(nlp, coder, "France will appeal to Germany to press Iran for talks.")
    assert _triples(events) == {("FRA", "02", "DEU", "future")}


def test_complement_without_a_code_still_names_the_target(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah threatened to deliver painful blows to Israel.")
    assert _triples(events) == {("LBN", "13", "ISR", "asserted")}


def test_refusal_answers_the_owner_of_the_proposal(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran rejected an Israeli ultimatum to hand over the suspects.")
    assert _triples(events) == {("IRN", "12", "ISR", "asserted")}
    events = _code(nlp, coder, "Turkey rejected renewed calls by Russia's leaders for talks.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("TUR", "12", "RUS")}
    # what is requested is the request's content, not an event of its own
    events = _code(nlp, coder, "Serbia rejected a Croatian request to extradite the suspects.")
    assert _triples(events) == {("SRB", "12", "HRV", "asserted")}


def test_content_of_a_signed_agreement_is_not_a_second_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Israel and Egypt signed an agreement to resume trade talks.")
    assert {e.root_code for e in events} == {"05"} and {e.factuality.value for e in events} == {"asserted"}


def test_reported_obligation_is_an_appeal_even_when_its_content_has_no_code(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Germany said on Monday that Turkey must respect the court ruling.")
    assert _triples(events) == {("DEU", "02", "TUR", "asserted")}


def test_the_country_refers_back_to_the_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Finland's president said Russia had threatened to cut electricity supplies to the "
                               "country.")
    assert ("RUS", "13", "FIN", "asserted") in _triples(events)


def test_the_two_countries_refer_back_to_the_pair_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Egypt and Israel agreed to talks after Qatar mediated between the two countries.")
    assert {("QAT", "EGY"), ("QAT", "ISR")} <= {(s, t) for s, r, t, _ in _triples(events) if r == "04"}
    # the envoys Qatar sent act for Qatar
    events = _code(nlp, coder, "Qatar sent envoys to Egypt and Israel to mediate between the two countries.")
    mediation = {(s, t) for s, r, t, _ in _triples(events) if r == "04" and s == "QAT"}
    assert {("QAT", "EGY"), ("QAT", "ISR")} <= mediation and ("QAT", None) not in mediation


def test_inquiry_into_a_killing_targets_the_killer_not_the_victims(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey opened an investigation into the killing of Iranian diplomats.")
    assert _triples(events) == {("TUR", "09", None, "asserted")}
    events = _code(nlp, coder, "Turkey opened an investigation into crimes committed by Russian troops.")
    assert ("TUR", "09", "RUS", "asserted") in _triples(events)


def test_forces_readied_for_a_war_target_the_enemy(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Britain mobilized reservists for a war against Iran.")
    assert _triples(events) == {("GBR", "15", "IRN", "asserted")}


def test_right_of_someone_to_act_is_theirs_and_not_a_fact(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Poland defended the right of Ukraine to strike Russia.")
    fights = {t for t in _triples(events) if t[1] == "19"}
    assert fights == {("UKR", "19", "RUS", "hypothetical")}


def test_protest_by_people_named_after_a_state_body_is_a_demonstration(nlp: Any, coder: EventCoder) -> None:
    text = "Opponents of Serbia's parliament protested in Belgrade."
    doc = nlp(text)
    parliament = next(t for t in doc if t.lower_ == "parliament")
    serbia = doc[parliament.i - 2]
    mention = ResolvedActor(actor_code=ActorCode("SRBLEG"), mention=doc[serbia.i:parliament.i + 1].text,
                            start=serbia.idx, end=parliament.idx + len(parliament.text), token_start=serbia.i,
                            token_end=parliament.i + 1, head=parliament.i, country="SRB", sector="LEG")
    events = _code(nlp, coder, text, ActorMentions([mention]))
    assert [e.event_code for e in events] == ["141"]


def test_mass_expulsion_of_people_named_by_a_plural_demonym(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Pakistan expelled hundreds of thousands of Afghans.")
    assert [(e.event_code, e.target.country if e.target else None) for e in events] == [("201", "AFG")]


def test_withdrawal_targets_where_the_forces_were_massed(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Will Russia pull back the troops it has deployed near Finland's border?")
    assert ("RUS", "08", "FIN", "question") in _triples(events)


def test_thing_acted_on_belongs_to_its_of_phrase_or_apposition(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia seized the assets of Germany's largest bank.")
    assert _triples(events) == {("RUS", "17", "DEU", "asserted")}
    events = _code(nlp, coder, "Israel released the mayor of the town, a senior member of Hamas.")
    assert _triples(events) == {("ISR", "08", "PSE", "asserted")}


def test_demand_for_an_act_by_someone_is_aimed_at_them(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Poland demanded an apology by Russia for the massacre.")
    assert _triples(events) == {("POL", "10", "RUS", "asserted")}


def test_protest_purpose_names_its_target_and_is_not_a_second_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Kenyan students staged protests to demand reforms by the government.")
    assert _triples(events) == {("KEN", "14", "KEN", "asserted")}


def test_tier_naming_only_the_source_does_not_hide_the_next(nlp: Any, coder: EventCoder) -> None:
    # the complement's target is Iran itself ("Iranian dissidents"): the condition's subject is the one threatened
    events = _code(nlp, coder, "Iran threatened to fire its missiles at Iranian dissidents unless Iraq expelled them.")
    assert ("IRN", "13", "IRQ", "asserted") in _triples(events)
    # "its war with Iraq": a war, like a border or relations, stands for the other party of its "with" phrase
    events = _code(nlp, coder, "Iran threatened to launch an offensive in its war with Iraq.")
    assert ("IRN", "13", "IRQ", "asserted") in _triples(events)


def test_people_sent_to_do_something_act_for_the_sender(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey sent experts to Syria to investigate.")
    assert ("TUR", "09", "SYR", "asserted") in _triples(events)


def test_inquiry_into_wrongs_done_in_a_country_targets_it(nlp: Any, coder: EventCoder) -> None:
    # a guard for the victims rule above: wrongs done in a country, with no perpetrator named, are laid at its door
    events = _code(nlp, coder, "The court opened an investigation into alleged war crimes in Syria.")
    assert {(r, t) for _, r, t, _ in _triples(events)} == {("09", "SYR")}


def test_every_country_of_a_listed_of_phrase_acts(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "The leaders of France, Germany, Italy and Poland condemned Russia.")
    assert {s for s, r, t, _ in _triples(events) if r == "11" and t == "RUS"} == {"FRA", "DEU", "ITA", "POL"}


def test_ceasefire_broken_by_both_parties_is_coded_both_ways(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Israel and Hamas violated the ceasefire.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("ISR", "PSE"), ("PSE", "ISR")}


def test_forces_on_alert_along_a_border_target_the_other_side(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Pakistan placed its forces on high alert along the border with India.")
    assert _triples(events) == {("PAK", "15", "IND", "asserted")}


def test_veto_is_cast_in_the_body_and_the_draft_is_not_an_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia vetoed a French-drafted Security Council resolution that would have imposed "
                               "sanctions on Syria.")
    assert [(e.source.country if e.source else None, e.event_code, e.target.actor_code if e.target else None)
            for e in events] == [("RUS", "129", "IGOUNO")]


def test_nominal_restating_the_clause_event_with_its_target(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan will visit Moscow next week, the first trip to Russia by a Turkish leader "
                               "since 2020.")
    assert [(e.source.country if e.source else None, e.root_code, e.target.country if e.target else None)
            for e in events] == [("TUR", "04", "RUS")]


def test_content_of_a_decision_is_not_an_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hungary did not veto the decision to open talks with Ukraine.")
    assert all(e.root_code != "04" for e in events)


def test_an_explosion_is_no_actor(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey never investigated the explosion that killed dozens of Iranian pilgrims.")
    assert all(e.root_code == "09" for e in events)
    # the relative clause hung on the place of the explosion is still about the explosion
    events = _code(nlp, coder, "Turkey never investigated the explosion at the border camp that killed dozens of "
                               "Iranian pilgrims.")
    assert all(e.root_code == "09" for e in events)


def test_relative_clause_without_an_object_acts_on_its_noun(nlp: Any, coder: EventCoder) -> None:
    # "a diplomat it accused": the clause's object is the noun it is on; "it" is the main clause's subject
    events = _code(nlp, coder, "Turkey expelled a Russian diplomat it accused of espionage.")
    assert ("TUR", "11", "RUS", "asserted") in _triples(events)


def test_its_neighbour_is_the_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Armenia recalled its ambassador from Azerbaijan, accusing its neighbour of "
                               "provocations.")
    assert ("ARM", "11", "AZE", "asserted") in _triples(events)


def test_force_and_its_condition_answer_each_other(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Would India use nuclear weapons if Pakistan invaded?")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("IND", "20", "PAK"), ("PAK", "19", "IND")}


def test_visit_in_a_during_phrase_is_made_by_whom_the_pronoun_names(nlp: Any, coder: EventCoder) -> None:
    # "their" is every subject, and the visit is as future as the clause it times
    events = _code(nlp, coder, "France and Germany will criticise China during their visit to Beijing.")
    assert {("FRA", "04", "CHN", "future"), ("DEU", "04", "CHN", "future")} <= _triples(events)
    # "his": the one actor of the clause who is not of the country visited; the clause's denial is not the visit's
    events = _code(nlp, coder, "Armenia did not arrest Vladimir Putin during his visit to Armenia.")
    assert ("RUS", "04", "ARM", "asserted") in _triples(events)
