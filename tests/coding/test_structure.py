"""Who acts on whom, on the real parser with the toy resolver: coordination, frames and their complements,
proposals and their owners, anaphors, inquiries, purposes (the structure rules of docs/coding.md)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest
from tests.coding.coded import toy_coded, toy_triples
from tests.coding.handbuilt import toy_mentions

from detente.coding import EventCoder
from detente.records import ActorCode, ActorMentions, Article, ArticleId, Event, ResolvedActor

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 3, 11)


_code = partial(toy_coded, published_on=PUBLISHED, article_id="s1")
_triples = toy_triples


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
    events = _code(nlp, coder, text, mentions=ActorMentions([mention]))
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


# --- sixth round -------------------------------------------------------------------------------------------------


def test_saying_coordinated_with_another_verb_has_its_subject(nlp: Any, coder: EventCoder) -> None:
    # "announced" has no subject of its own: the speaker of "it would sanction" is Canada, through the conjunction
    events = _code(nlp, coder, "Canada did not condemn Iran and announced that it would sanction Russia.")
    assert ("CAN", "16", "RUS", "future") in _triples(events)


def test_help_a_sending_is_for_is_not_a_second_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Egypt sent doctors to Lebanon to help treat the wounded.")
    assert [e.root_code for e in events] == ["07"]


def test_person_pronoun_is_the_one_person_named_before(nlp: Any, coder: EventCoder) -> None:
    # "him" is not the subject of its own clause (Putin), so it is the one other person named: Erdogan
    events = _code(nlp, coder, "Erdogan made a visit to Russia, where Vladimir Putin praised him.")
    assert ("RUS", "05", "TUR", "asserted") in _triples(events)
    # two people named before "he": left open
    events = _code(nlp, coder, "Erdogan met Putin after he criticised Israel.")
    assert all(e.source is None for e in events if e.root_code == "11")


def test_force_on_unnamed_people_with_no_other_country_is_domestic(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Pakistan's army killed 30 villagers.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("PAK", "PAK")}
    # another country named: the villagers are not taken for the source's own people
    events = _code(nlp, coder, "Russian troops killed 30 villagers in Ukraine.")
    assert all(t != "RUS" for _, _, t, _ in _triples(events))


def test_joint_act_with_a_partner_is_coded_both_ways(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Egypt will hold joint naval drills with France next month.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("EGY", "06", "FRA"), ("FRA", "06", "EGY")}
    # without "joint" the act is the source's only ("sign a deal with" is mutual by itself: the signing-pair rule)
    events = _code(nlp, coder, "Egypt will share intelligence with France next month.")
    assert ("FRA", "EGY") not in {(s, t) for s, _, t, _ in _triples(events)}


def test_joining_an_act_is_doing_it(nlp: Any, coder: EventCoder) -> None:
    # the joiner attacks too, as hypothetically as the condition says; Israel's own attacks stay asserted
    events = _code(nlp, coder, "Hezbollah vowed to strike Israel if Iran joined Russia's attacks on Ukraine.")
    triples = _triples(events)
    assert ("IRN", "19", "UKR", "hypothetical") in triples
    assert ("RUS", "19", "UKR", "asserted") in triples


def test_crowd_is_of_the_place_of_what_it_acted_on(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Protesters set fire to the government building in Kyiv.")
    assert {s for s, r, _, _ in _triples(events) if r == "14"} == {"UKR"}


def test_own_hostile_act_said_to_come_on_a_condition_is_a_threat(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey said it would sanction Sweden unless Sweden changed its laws.")
    assert _triples(events) == {("TUR", "13", "SWE", "asserted")}
    # what another country would do is a report, not a threat by the speaker
    events = _code(nlp, coder, "Turkey said Russia would strike Ukraine if talks failed.")
    assert ("RUS", "19", "UKR", "hypothetical") in _triples(events)
    assert all(e.root_code != "13" for e in events)


def test_infinitive_description_acts_through_its_noun(nlp: Any, coder: EventCoder) -> None:
    # "the first Western delegation to visit Tehran" names no actor: no visit by nobody
    events = _code(nlp, coder, "Canada held talks with Iran on Tuesday, the first Western delegation to visit Tehran "
                               "in years.")
    assert _triples(events) == {("CAN", "04", "IRN", "asserted")}
    # named, it restates the clause's event (same source, class and target country), and is not coded twice
    events = _code(nlp, coder, "Japan held talks with Iran, the first Japanese delegation to visit Tehran in years.")
    assert len(events) == 1


def test_more_kinds_of_crowd_are_the_people_of_their_place(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Inmates rioted at a prison in Iraq.")
    assert {s for s, _, _, _ in _triples(events)} == {"IRQ"}


def test_the_two_leaders_are_the_last_two_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin called Erdogan on Monday and the two leaders agreed to hold talks.")
    assert {("RUS", "03", "TUR", "asserted"), ("TUR", "03", "RUS", "asserted")} <= _triples(events)


def test_each_other_is_each_the_other(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "India and Pakistan blamed one another for the clashes.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("IND", "11", "PAK"), ("PAK", "11", "IND")}


def test_toll_of_an_attack_is_not_a_second_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russian troops shelled Odesa, killing 12 civilians.")
    assert [e.root_code for e in events] == ["19"]
    # a relative clause the parser hangs on the attack's place: no killing by Lebanon
    events = _code(nlp, coder, "Hezbollah claimed the bombing at a checkpoint in Lebanon, which killed 20 people.")
    assert all(e.root_code != "18" for e in events)


def test_place_in_a_statements_topic_is_no_target(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey declined to comment on the explosions near a base in Syria.")
    assert _triples(events) == {("TUR", "01", None, "asserted")}


def test_place_hung_on_an_attack_verb_holds_its_object(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Israeli forces killed 20 militants in Lebanon.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("ISR", "LBN")}


def test_refusal_despite_a_request_answers_its_owner(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran refused to free the prisoners despite repeated demands from France.")
    assert _triples(events) == {("IRN", "12", "FRA", "asserted")}


def test_show_of_force_is_aimed_by_place_purpose_and_what_it_answers(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "China held naval drills around Japan.")
    assert _triples(events) == {("CHN", "15", "JPN", "asserted")}
    events = _code(nlp, coder, "Japan deployed warships to guard its islands against Russian ships.")
    assert ("JPN", "15", "RUS", "asserted") in _triples(events)
    events = _code(nlp, coder, "India raised its military readiness after Pakistan fired missiles.")
    assert ("IND", "15", "PAK", "asserted") in _triples(events)


def test_intent_to_act_together_is_coded_both_ways(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France and Egypt agreed to strengthen military cooperation.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("FRA", "03", "EGY"), ("EGY", "03", "FRA")}


def test_release_in_exchange_is_coded_both_ways(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran freed two French citizens in exchange for an Iranian diplomat held in France.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("IRN", "08", "FRA"), ("FRA", "08", "IRN")}


def test_the_nation_with_no_other_country_is_the_sources_own(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan apologised to the nation for the slow response.")
    assert _triples(events) == {("TUR", "05", "TUR", "asserted")}


def test_unnamed_police_are_the_police_of_where_they_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Police arrested dozens of protesters in Kyiv.")
    assert _triples(events) == {("UKR", "17", "UKR", "asserted")}


def test_protesters_acting_on_a_countrys_institution_are_its_people(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Protesters stormed Ukraine's parliament.")
    assert _triples(events) == {("UKR", "14", "UKR", "asserted")}


def test_nominal_inside_what_is_demanded_is_part_of_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Will France demand that Israel halt its offensive in Gaza?")
    assert _triples(events) == {("FRA", "10", "ISR", "question")}


def test_complement_between_two_parties_is_aimed_at_both(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey offered to host a summit between Russia and Ukraine.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("TUR", "03", "RUS"), ("TUR", "03", "UKR")}


def test_inquiry_may_target_a_named_person_of_its_own_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkish prosecutors will investigate Erdogan over the bribes.")
    assert _triples(events) == {("TUR", "09", "TUR", "future")}
    # the own country as a place is still no target
    events = _code(nlp, coder, "Turkish police investigated the killing of a journalist in Ankara.")
    assert _triples(events) == {("TUR", "09", None, "asserted")}


def test_finite_verb_hung_on_a_noun_has_the_head_noun_as_subject(nlp: Any, coder: EventCoder) -> None:
    # the parser finds no main verb and hangs "called" on "summit"; the plan (France's) did the calling
    events = _code(nlp, coder, "France's ten-point plan, published on the eve of the summit, called on Russia to "
                               "withdraw its troops.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("FRA", "02", "RUS")}


def test_troops_sent_act_for_a_sender_met_through_a_predicate(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey is unlikely to send troops to fight alongside Russia.")
    assert _triples(events) == {("TUR", "06", "RUS", "hypothetical")}


def test_place_deep_in_the_objects_phrase_holds_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah fighters hijacked a bus carrying soldiers in northern Israel.")
    assert _triples(events) == {("LBN", "18", "ISR", "asserted")}
    events = _code(nlp, coder, "Turkish inspectors investigated traces of uranium found at sites in Iran.")
    assert _triples(events) == {("TUR", "09", "IRN", "asserted")}


# --- seventh round ---------------------------------------------------------------------------------------------


def test_named_nominal_in_the_object_of_another_act_is_what_it_is_about(nlp: Any, coder: EventCoder) -> None:
    # the sanctions exist already; the sentence reports only that Hungary will not block their renewal
    events = _code(nlp, coder, "Hungary will not block the renewal of NATO sanctions on Iran, diplomats said.")
    assert {(e.root_code, e.factuality.value) for e in events} == {("12", "negated")}
    # with no act around it, the named nominal is still reported
    events = _code(nlp, coder, "NATO sanctions on Iran took effect on Monday.")
    assert {(e.root_code, e.target.country if e.target else None) for e in events} == {("16", "IRN")}


def test_refusal_is_aimed_at_whom_what_it_refuses_concerns(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Denmark ruled out lifting its sanctions on Gazprom, the Russian energy giant.")
    assert _triples(events) == {("DNK", "12", "RUS", "asserted")}
    events = _code(nlp, coder, "Sweden turned down an invitation for Sweden to join NATO.")
    assert {(e.root_code, e.target.actor_code if e.target else None) for e in events} == {("12", "IGOWSTNAT")}
    # an actor far down in what is refused is not whom the refusal concerns
    events = _code(nlp, coder, "Japan rejected an invitation to attend a meeting next week to debate plans for a "
                               "pipeline from Russia.")
    assert {t for _, _, t, _ in _triples(events)} == {None}


def test_infinitive_on_an_ultimatum_is_what_it_asks_for(nlp: Any, coder: EventCoder) -> None:
    # "to withdraw" is the parser's purpose clause on "gave"; the withdrawal is asked, not done
    events = _code(nlp, coder, "Germany gave Russia a month to withdraw its troops from Ukraine.")
    assert _triples(events) == {("DEU", "13", "RUS", "asserted")}


def test_nominal_ahead_of_a_report_is_still_to_come(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey is weighing the request, officials said ahead of Erdogan's visit to Iran.")
    assert _triples(events) == {("TUR", "04", "IRN", "future")}
    # on a past narrative clause the visit may have happened since: its own label
    events = _code(nlp, coder, "Iran freed two sailors in advance of Erdogan's visit to Tehran.")
    assert ("TUR", "04", "IRN", "asserted") in _triples(events)


# ---------------------------------------------------------------- eighth round


def _with_place(nlp: Any, text: str, word: str, country: str) -> tuple[Any, ActorMentions]:
    """The toy mentions of ``text`` plus ``word`` as a place of ``country`` (a city the toy resolver lacks)."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    place = ResolvedActor(actor_code=ActorCode(country), mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                          token_start=tok.i, token_end=tok.i + 1, head=tok.i, country=country, kind="place",
                          reason="test place")
    return doc, ActorMentions([*toy_mentions(doc).within(0, len(doc)), place])


def _code_doc(coder: EventCoder, doc: Any, mentions: ActorMentions) -> list[Event]:
    article = Article(article_id=ArticleId("s1"), text=doc.text, published_on=PUBLISHED)
    return coder.code(doc, mentions, article=article)


def test_offence_after_the_object_names_no_second_target(nlp: Any, coder: EventCoder) -> None:
    # "for the death of ..." is what Putin is blamed for; the one who died is not a second target
    events = _code(nlp, coder, "France blamed Putin for the death of a Ukrainian journalist.")
    assert {(e.root_code, e.target.actor_code if e.target else None) for e in events} == {("11", "RUSGOV")}
    # without an object, the pattern's preposition still names the target
    events = _code(nlp, coder, "Israeli troops fired at Hezbollah positions.")
    assert ("19", "LBN") in {(e.root_code, e.target.country if e.target else None) for e in events}


def test_demand_is_made_of_whoever_is_to_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France demanded the withdrawal of Russian troops from Ukraine.")
    assert _triples(events) == {("FRA", "10", "RUS", "asserted")}
    # with no one named as the actor, the place left is the target
    events = _code(nlp, coder, "France demanded a withdrawal of foreign troops from Syria.")
    assert _triples(events) == {("FRA", "10", "SYR", "asserted")}


def test_passive_subject_is_the_target_and_the_preposition_a_place(nlp: Any, coder: EventCoder) -> None:
    # "shot ... at a rally in Odesa": one shooting of the man named, not a second one at the place
    events = _code(nlp, coder, "Araghchi was shot in the leg at a rally in Odesa on Saturday.")
    assert [(e.source, e.target.actor_code if e.target else None) for e in events] == [(None, "IRNGOV")]


def test_protest_with_no_target_is_aimed_at_the_authorities_where_it_is_held(nlp: Any, coder: EventCoder) -> None:
    doc, mentions = _with_place(nlp, "Thousands of Kenyans demonstrated in Nairobi on Sunday.", "Nairobi", "KEN")
    events = _code_doc(coder, doc, mentions)
    assert {(e.source.country if e.source else None, e.root_code, e.target.actor_code if e.target else None)
            for e in events} == {("KEN", "14", "KENGOV")}
    # abroad, the holder of the place only for people held there; exiles protesting abroad are not protesting
    # against their host
    events = _code(nlp, coder, "Iranian prisoners rioted at a jail in Turkey.")
    assert _triples(events) == {("IRN", "14", "TUR", "asserted")}
    events = _code(nlp, coder, "Iranian exiles protested in Turkey on Sunday.")
    assert _triples(events) == {("IRN", "14", None, "asserted")}
    # a nationwide strike is held nowhere in particular
    events = _code(nlp, coder, "Kenyan workers went on strike across Kenya.")
    assert {t for _, _, t, _ in _triples(events)} == {None}


def test_agentless_hypothetical_passive_is_no_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran said it hoped French officials would be arrested.")
    assert all(e.root_code != "17" for e in events)
    # with its agent named, the supposed arrest is an event of that agent
    events = _code(nlp, coder, "Iran said it hoped French officials would be arrested by Germany.")
    assert ("DEU", "17", "FRA", "hypothetical") in _triples(events)


def test_state_act_in_an_agentless_passive_is_done_where_it_happens(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Two French journalists were detained in Iran on Monday.")
    assert {(e.source.actor_code if e.source else None, e.root_code, e.target.country if e.target else None)
            for e in events} == {("IRNGOV", "17", "FRA")}
    # an attack may be anyone's: no source from the place
    events = _code(nlp, coder, "Two French journalists were attacked in Iran on Monday.")
    assert {e.source for e in events} == {None}


def test_body_based_in_a_place_is_of_its_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "A militant group based in Pakistan attacked India.")
    assert _triples(events) == {("PAK", "19", "IND", "asserted")}


def test_towns_around_a_city_are_of_its_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russian troops pulled back from the towns around Kyiv.")
    assert _triples(events) == {("RUS", "08", "UKR", "asserted")}


def test_released_prisoners_with_no_other_country_named_are_the_states_own(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Belarus released 14 political prisoners on Thursday.")
    assert _triples(events) == {("BLR", "08", "BLR", "asserted")}
    events = _code(nlp, coder, "Iran revoked the licences of five independent media outlets.")
    assert _triples(events) == {("IRN", "17", "IRN", "asserted")}


def test_purpose_reaches_whom_its_host_clause_reaches(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Putin telephoned Erdogan on Monday to offer his condolences over the earthquake.")
    assert _triples(events) == {("RUS", "04", "TUR", "asserted"), ("RUS", "01", "TUR", "asserted")}


def test_participle_pronoun_refers_back_to_whom_the_host_clause_reached(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Sweden expelled two Russian diplomats, accusing them of spying.")
    assert ("SWE", "11", "RUS", "asserted") in _triples(events)
    events = _code(nlp, coder, "Turkey suspended talks with Hezbollah, accusing the guerrillas of war crimes.")
    assert ("TUR", "11", "LBN", "asserted") in _triples(events)


def test_document_infinitive_hung_on_the_verb_is_its_content(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia and Belarus signed an agreement on Monday to boost trade.")
    assert {r for _, r, _, _ in _triples(events)} == {"05"}


def test_bare_government_in_a_time_clause_is_the_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Washington eased sanctions on Syria after the government agreed to hold elections.")
    assert ("SYR", "03", None, "asserted") in _triples(events)
    # two other countries named: no telling which
    events = _code(nlp, coder, "Washington eased sanctions on Syria and Iran after the government agreed to talks.")
    assert all(s != "SYR" and s != "IRN" for s, _, _, _ in _triples(events))
    # one country named through a part of it: its domestic affairs, the government is its own
    events = _code(nlp, coder, "Hezbollah said the government must free the prisoners.")
    assert ("LBN", "02", "LBN", "asserted") in _triples(events)
    # one country named only as the other side is not whose government it is
    events = _code(nlp, coder, "The government expressed appreciation for China's assistance.")
    assert all(s is None for s, r, _, _ in _triples(events) if r == "05")


def test_the_countrys_institution_is_the_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France suspended Mali and urged the country's junta to hold elections.")
    assert ("FRA", "02", "MLI", "asserted") in _triples(events)


def test_gerund_after_to_is_the_frames_complement(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Mali committed to holding elections in 2024.")
    assert {(s, r) for s, r, _, _ in _triples(events)} == {("MLI", "03")}


def test_up_to_n_misread_as_a_particle_is_still_the_object(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.")
    assert {(r, t) for _, r, t, _ in _triples(events)} == {("18", "RUS")}


def test_appeal_within_one_country_between_rebels_and_the_state(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah announced that Lebanon must agree to major constitutional changes.")
    assert ("LBN", "02", "LBN", "asserted") in _triples(events)
    # the state speaking of itself makes no appeal
    events = _code(nlp, coder, "Tehran announced that Iran must agree to major constitutional changes.")
    assert all(r != "02" for _, r, _, _ in _triples(events))


def test_participle_on_a_document_is_its_content(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia vetoed a Security Council resolution calling for a ceasefire in Syria.")
    assert {r for _, r, _, _ in _triples(events)} == {"12"}


def test_people_abducted_from_a_place_are_of_its_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Gunmen abducted 303 pupils from a school in Mali on Friday.")
    assert {(r, t) for _, r, t, _ in _triples(events)} == {("18", "MLI")}
    # rockets fired from a place are no attack on it
    events = _code(nlp, coder, "Hezbollah fired rockets from Lebanon on Friday.")
    assert all(t != "LBN" for _, _, t, _ in _triples(events))


def test_participle_demand_of_a_protest_is_a_demand_of_its_own(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Thousands of Kenyans marched through Nairobi on Thursday, demanding the resignation "
                               "of the Kenyan president.")
    assert {(s, r) for s, r, _, _ in _triples(events)} == {("KEN", "14"), ("KEN", "10")}
    # a purpose infinitive is what the protest is for, not a second event
    events = _code(nlp, coder, "Kenyan workers went on strike on Monday to press for a higher minimum wage.")
    assert {r for _, r, _, _ in _triples(events)} == {"14"}


def test_gerund_object_read_as_an_adverbial_clause_is_the_frames_complement(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Germany ruled out sending tanks to Ukraine.")
    assert _triples(events) == {("DEU", "12", "UKR", "asserted")}
    # after a comma, a participle is an act of its own
    events = _code(nlp, coder, "Germany sent tanks to Ukraine, ignoring warnings from Russia.")
    assert ("DEU", "07", "UKR", "asserted") in _triples(events)


def test_appeal_answered_by_the_host_clause_was_made_to_its_actor(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France sent troops to Mali after Mali appealed for help.")
    assert ("MLI", "02", "FRA", "asserted") in _triples(events)
    # an attack answers no appeal
    events = _code(nlp, coder, "Russia attacked Ukraine after Kyiv appealed for calm.")
    assert ("UKR", "02", "RUS", "asserted") not in _triples(events)


def test_joint_action_the_speakers_own_state_is_to_take_is_no_appeal(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Tehran and Moscow should share intelligence, an Iranian diplomat argued.")
    assert all(r != "02" for _, r, _, _ in _triples(events))
    # what another country alone should do is an appeal to it
    events = _code(nlp, coder, "Moscow should share intelligence, an Iranian diplomat argued.")
    assert ("IRN", "02", "RUS", "asserted") in _triples(events)


def test_all_sides_are_every_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "China urged all sides to exercise restraint after clashes between India and Pakistan.")
    assert {(s, r, t) for s, r, t, _ in _triples(events) if r == "02"} == {("CHN", "02", "IND"), ("CHN", "02", "PAK")}


def test_agreeing_to_swap_is_each_side_with_the_other(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia and Ukraine agreed to exchange prisoners.")
    assert _triples(events) == {("RUS", "03", "UKR", "asserted"), ("UKR", "03", "RUS", "asserted")}


def test_inquiry_into_violence_against_victims_is_aimed_at_its_perpetrators(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Will France investigate the killings of civilians by Syria's warring parties?")
    assert _triples(events) == {("FRA", "09", "SYR", "question")}


def test_troops_sent_to_fight_for_another_are_military_aid(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "North Korea could send thousands more soldiers to fight for Russia.")
    assert {(e.source.country if e.source else None, e.event_code, e.target.country if e.target else None)
            for e in events} == {("PRK", "072", "RUS")}


def test_goods_supplied_by_a_country_go_where_their_clause_takes_them(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Tanks supplied by Germany have arrived in Ukraine.")
    assert _triples(events) == {("DEU", "07", "UKR", "asserted")}
    # things arriving are no visit by no one
    events = _code(nlp, coder, "A missile landed in Poland on Tuesday.")
    assert all(r != "04" for _, r, _, _ in _triples(events))


def test_a_joint_thing_of_others_is_not_done_together(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "India did not sign the joint statement of NATO ministers.")
    assert _triples(events) == {("IND", "05", None, "negated")} or all(
        s == "IND" for s, _, _, _ in _triples(events))


def test_the_first_to_act_is_the_one_described_and_labelled_as_its_clause(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Will Japan become the first government to recognise Syria?")
    assert _triples(events) == {("JPN", "05", "SYR", "question")}


def test_relative_clause_on_the_object_names_whom_it_was_aimed_at(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France lifted the sanctions it had imposed on Syria.")
    assert ("FRA", "08", "SYR", "asserted") in _triples(events)


def test_participle_of_the_same_kind_aimed_at_no_one_is_part_of_its_host(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Georgian protesters clashed with police in Tbilisi, torching cars and houses.")
    assert [e.root_code for e in events] == ["14"]


def test_crowd_described_by_a_participle_has_its_hosts_actor(nlp: Any, coder: EventCoder) -> None:
    doc, mentions = _with_place(nlp, "Protesters demanding the resignation of Kenya's president clashed with police "
                                     "in Nairobi.", "Nairobi", "KEN")
    events = _code_doc(coder, doc, mentions)
    assert {e.source.country if e.source else None for e in events} == {"KEN"}


def test_time_clause_inside_a_question_is_not_asked(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Will Erdogan meet Putin when Erdogan flies to Iran this week?")
    assert ("TUR", "04", "IRN", "future") in _triples(events)
    assert ("TUR", "04", "RUS", "question") in _triples(events)


def test_relative_clause_with_its_own_subject_in_refused_content_is_an_event(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Armenia refused to sign the final declaration of the NATO summit Armenia hosted.")
    assert {r for _, r, _, _ in _triples(events)} == {"12", "04"}


def test_act_in_response_to_anothers_act_is_aimed_at_its_owner(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran will deploy more troops across Iran in response to the Israeli naval build-up.")
    assert ("IRN", "15", "ISR", "future") in _triples(events)


def test_traded_goods_name_the_trading_partner(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "France threatened to slap a tariff on all imports from China.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("FRA", "CHN")}


def test_boycotted_election_is_the_countrys_but_a_time_phrase_is_no_slot(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Georgian opposition parties will boycott the election.")
    assert _triples(events) == {("GEO", "14", "GEO", "future")}
    events = _code(nlp, coder, "Will Kenyans take to the streets again before the elections?")
    assert {t for _, _, t, _ in _triples(events)} == {None}


def test_unnamed_troops_a_military_speaker_reports_are_its_own(nlp: Any, coder: EventCoder) -> None:
    mentions_text = "Iran's army chief told officers that soldiers would not fire on the crowds."
    doc = nlp(mentions_text)
    chief = next(t for t in doc if t.text == "army")
    army = ResolvedActor(actor_code=ActorCode("IRNMIL"), mention="Iran's army", start=0, end=chief.idx + 4,
                         token_start=0, token_end=chief.i + 1, head=chief.i, country="IRN", sector="MIL",
                         reason="test")
    events = _code_doc(coder, doc, ActorMentions([army]))
    assert {(e.source.actor_code if e.source else None, e.root_code, e.factuality.value) for e in events} == {
        ("IRNMIL", "17", "negated")}


def test_free_relative_object_names_what_was_hit(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Russia struck what it said were military sites in Ukraine.")
    assert _triples(events) == {("RUS", "19", "UKR", "asserted")}


def test_the_others_is_each_other(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Neither Armenia nor Azerbaijan had committed genocide against the other's people.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_threat_naming_no_one_is_aimed_at_the_one_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Pakistan warned that any attempt to divert its water would be treated as an act of "
                               "war, a day after India suspended the treaty.")
    assert ("PAK", "13", "IND", "asserted") in _triples(events)
    events = _code(nlp, coder, "North Korea threatened to use nuclear weapons.")
    assert {t for _, _, t, _ in _triples(events)} == {None}


def test_ship_bound_for_a_country_is_reached_through_it(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hezbollah threatened to attack any ship bound for Israel.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("LBN", "13", "ISR")}


def test_show_of_force_is_aimed_where_its_purpose_is(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "NATO ordered the activation of a standby force to restore order in Mali.")
    assert {(r, t) for _, r, t, _ in _triples(events)} == {("15", "MLI")}


def test_negotiation_naming_no_one_is_with_the_one_other_country_named(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Armenia agreed to meet Azerbaijan's leader but said Armenia would not negotiate "
                               "over the border.")
    assert ("ARM", "04", "AZE", "negated") in _triples(events)
    # two parties named as its subject negotiate with each other, not with where they meet
    events = _code(nlp, coder, "France and India will relaunch negotiations in Qatar on Friday.")
    assert {(s, t) for s, _, t, _ in _triples(events)} == {("FRA", "IND"), ("IND", "FRA")}


def test_subject_the_parser_hangs_on_a_fronted_phrase(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "With the signing of a Memorandum of Understanding (MOU) on Cessation of Hostilities, "
                               "Syria and Hezbollah have agreed to allow unimpeded humanitarian access.")
    assert {s for s, _, _, _ in _triples(events)} == {"SYR", "LBN"}


def test_infinitive_read_as_an_adverbial_clause_is_the_frames_complement(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Erdogan offered on Friday to mediate between Syria and Iraq.")
    assert {(s, r, t) for s, r, t, _ in _triples(events)} == {("TUR", "03", "SYR"), ("TUR", "03", "IRQ")}
    events = _code(nlp, coder, "France called for Israel to release the prisoners.")
    assert _triples(events) == {("FRA", "02", "ISR", "asserted")}


def test_what_one_is_pressed_to_do_is_the_pressed_partys_and_not_done(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Washington put pressure on Israel to allow more aid into Syria.")
    assert {(s, f) for s, _, _, f in _triples(events)} == {("ISR", "hypothetical")}


def test_standing_practice_is_no_event(nlp: Any, coder: EventCoder) -> None:
    for text in ("France and Germany have long cooperated on defence.", "For decades, Russia has sold arms to India.",
                 "Turkey has traditionally backed Azerbaijan."):
        assert _code(nlp, coder, text) == [], text
    # a span with a number is a period of its own; a repeated act is still reported
    assert _code(nlp, coder, "Russia has sold arms to India for two years.")


def test_allegation_is_aimed_at_the_one_alleged_to_act(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Serbia charged that Turkey was violating the truce.")
    assert _triples(events) == {("SRB", "11", "TUR", "asserted")}


def test_a_bare_country_is_no_second_target_beside_its_people(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Hamas fighters took more than 200 Israelis hostage in southern Israel.")
    assert len([e for e in events if e.root_code == "18"]) == 1


def test_weather_and_named_storms_are_no_actors(nlp: Any, coder: EventCoder) -> None:
    for text in ("Monsoon rains killed 40 people in Pakistan.", "Hurricane Ian killed dozens of people in Mexico."):
        assert _code(nlp, coder, text) == [], text


def test_named_demand_with_a_that_clause_is_made_of_its_subject(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Turkey brushed aside Syria's demand that it withdraw its troops.")
    assert ("SYR", "10", "TUR", "asserted") in _triples(events)
    # the demanded withdrawal is not coded as an act of its own
    assert all(r != "08" for _, r, _, _ in _triples(events))


# Ninth round (docs/coding.md "Structure readings of the ninth round")

def test_purpose_after_help_is_done_for_the_sender(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Britain sent troops to help defend Lebanon.")
    assert ("GBR", "05", "LBN", "asserted") in _triples(events)
    assert all(s is not None for s, r, _, _ in _triples(events) if r == "05")


def test_the_island_and_the_kingdom_refer_back_to_the_one_other_country(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Japan said China had threatened to blockade the island.")
    assert ("CHN", "13", "JPN", "asserted") in _triples(events)
    events = _code(nlp, coder, "Saudi Arabia said Iran had fired missiles at the kingdom.")
    assert ("IRN", "19", "SAU", "asserted") in _triples(events)
    # two other countries named before it: "the island" is left open
    events = _code(nlp, coder, "France and Japan said China had threatened to blockade the island.")
    assert all(t is None for _, r, t, _ in _triples(events) if r == "13")


def test_that_clause_after_tell_is_aimed_at_its_subject_and_coded_once(nlp: Any, coder: EventCoder) -> None:
    events = _code(nlp, coder, "Iran told reporters that France must release the sailors.")
    assert _triples(events) == {("IRN", "10", "FRA", "asserted")}
    # the infinitive keeps the hearer as the one who is to act
    events = _code(nlp, coder, "Iran told France to release the sailors.")
    assert ("IRN", "10", "FRA", "asserted") in _triples(events)
