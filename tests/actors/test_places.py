"""Tests for detente.actors.places: gazetteer cities, regions and sites as names of their country."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import (
    coded_actor_triples,
    codes_dated,
    codes_of,
    find_mention,
    mentions_by_text,
    resolve_mentions,
)

from detente.actors import ActorResolver, KnowledgeBase
from detente.actors.builder import KBBuilder
from detente.actors.places import NOT_ACTOR_PLACES, add_extra_places, add_places
from detente.actors.sources import data_dir, load_bundled
from detente.coding import Gazetteer
from detente.errors import DetenteError

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_resolve = resolve_mentions
_codes = codes_of
_found = mentions_by_text
_triples = coded_actor_triples
_codes_2025_10_01 = codes_dated("2025-10-01")


def test_places_city_looks_up_as_its_country(kb: KnowledgeBase) -> None:
    found = kb.lookup("Lviv")
    assert [(e.actor_code, e.kind, e.country) for e in found] == [("UKR", "place", "UKR")]
    assert found[0].confidence < 0.9 and "Lviv" in found[0].reason


def test_places_alias_spelling_is_indexed(kb: KnowledgeBase) -> None:
    assert [e.actor_code for e in kb.lookup("Odessa")] == ["UKR"]


def test_places_capital_keeps_its_government_code_first(kb: KnowledgeBase) -> None:
    assert kb.lookup("Tehran")[0].actor_code == "IRNGOV"


def test_places_held_by_another_party_are_not_actors(kb: KnowledgeBase) -> None:
    for name in ("Sevastopol", "Golan Heights", "Guantanamo Bay"):
        assert name in NOT_ACTOR_PLACES
        assert [(e.actor_code, e.kind) for e in kb.lookup(name)] == [("", "place")]
        assert "not coded as an actor" in kb.lookup(name)[0].reason


def test_places_outside_the_known_countries_are_left_out() -> None:
    builder = KBBuilder()
    load_bundled(builder, officeholders=False)
    digest = add_places(builder, Gazetteer.load())
    assert len(digest) == 12
    # a sea names no country of the knowledge base's
    assert [(e.kind, e.code) for e in builder.names[("south", "china", "sea")]] == [("place", "")]
    # Hong Kong is a territory of its own (countries.csv), so the city is its place as Nuuk is Greenland's
    assert [(e.kind, e.key, e.code) for e in builder.names[("hong", "kong")]] == [
        ("country", "country:HKG", ""), ("place", "country:HKG", "HKG")]
    assert [(e.kind, e.code) for e in builder.names[("kharkiv",)]] == [("place", "UKR")]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia is conducting military exercises in Alaska.", "Alaska", "USA"),
    ("Israeli tanks fired shells at targets in Jericho.", "Jericho", "PSE"),
    ("A roadside bombing near the town of Samarra killed a U.S. soldier.", "Samarra", "IRQ"),
    ("Syria's government used sarin in the attack on Khan Sheikhoun.", "Khan Sheikhoun", "SYR"),
    ("Police patrols were ordered across Sindh.", "Sindh", "PAK"),
    ("Myanmar's air force bombed a village in Sagaing region.", "Sagaing", "MMR"),
    ("Rebels shelled Srebrenica.", "Srebrenica", "BIH"),
])
def test_regions_and_towns_name_their_country(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                              code: str) -> None:
    m = find_mention(_resolve(resolver, nlp, text, None), mention)
    assert (m.actor_code, m.kind) == (code, "place")


def test_a_comma_ends_a_place_the_model_glues_to_the_next_name(resolver: ActorResolver, nlp: Any) -> None:
    # the small model tags "El Geneina, Human Rights Watch" as one ORG
    text = "Sudan's RSF militia carried out mass killings in El Geneina, Human Rights Watch said."
    assert _codes(_resolve(resolver, nlp, text, "2023-11-27"))["El Geneina"] == "SDN"


def test_places_left_out_on_purpose_are_not_places(resolver: ActorResolver, nlp: Any) -> None:
    found = _codes(_resolve(resolver, nlp, "Ben Rhodes said Florence Parly met officials in Georgia.",
                            "2019-05-01"))
    assert found.get("Georgia") == "GEO"  # the country, not the US state
    assert "Rhodes" not in found and found.get("Florence Parly") == "FRAGOV"


def test_places_file_adds_no_name_the_gazetteer_or_the_countries_already_have() -> None:
    gazetteer = Gazetteer.load()
    countries = data_dir().joinpath("countries.csv").read_text(encoding="utf-8").lower()
    text = data_dir().joinpath("places.csv").read_text(encoding="utf-8")
    names = [line.split(",")[0] for line in text.splitlines()[1:] if line and not line.startswith(("#", "name,"))]
    assert len(names) == len(set(names)) > 400
    assert [n for n in names if gazetteer.place(n) is not None] == []
    assert [n for n in names if f",{n.lower()}," in countries or f";{n.lower()};" in countries] == []


@pytest.mark.parametrize(("text", "code"), [
    ("name,kind,country,aliases\nAtlantis,island,GRC,\n", "D301"),
    ("name,kind,country,aliases\nAtlantis,city,ATL,\n", "D304"),
])
def test_places_file_errors_name_the_line(text: str, code: str) -> None:
    builder = KBBuilder()
    load_bundled(builder, officeholders=False)
    with pytest.raises(DetenteError) as err:
        add_extra_places(builder, text, where="places.csv")
    assert err.value.code == code and "places.csv:2" in str(err.value)


def test_a_regions_leaders_are_another_entity(resolver: ActorResolver, nlp: Any) -> None:
    found = _found(resolver, nlp, "Ethiopia's government and Tigray's leaders signed an agreement.", "2022-11-02")
    region, state = found["Tigray's leaders"], found["Ethiopia's government"]
    assert (region.actor_code, state.actor_code) == ("ETHGOV", "ETHGOV")
    assert (region.entity_id, state.entity_id) == ("place:tigray", "country:ETH")
    assert _found(resolver, nlp, "The leaders of Tigray rejected the deal.", "2022-11-02")[
        "leaders of Tigray"].entity_id == "place:tigray"


def test_a_regions_leaders_can_act_on_the_state(pipeline: Any) -> None:
    text = ("Tigray's leaders said they were ready to take part in peace talks with Ethiopia's government "
            "under African Union auspices.")
    assert ("ETHGOV", "ETHGOV", "036") in _triples(pipeline, text, "2022-10-05")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Gunmen abducted pupils in Nigeria's Niger state.", "Niger state", "NGA"),
    ("Iran's Azerbaijan province was hit by an earthquake.", "Azerbaijan province", "IRN"),
    ("Niger's state television said the junta had closed the border.", "Niger's state television", "NERMED"),
])
def test_a_region_named_after_a_country(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                        code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("name", "code"), [
    ("Karlsruhe", "DEU"), ("Kassel", "DEU"), ("Erfurt", "DEU"), ("Dortmund", "DEU"), ("Saarbrücken", "DEU"),
    ("Thuringia", "DEU"), ("North Rhine-Westphalia", "DEU"), ("Baden-Württemberg", "DEU"),
    ("Ltamenah", "SYR"), ("Latamneh", "SYR"), ("Saraqib", "SYR"), ("Ras al-Ain", "SYR"), ("Hmeimim", "SYR"),
])
def test_sixteenth_round_towns_and_states_are_places(kb: KnowledgeBase, name: str, code: str) -> None:
    # Sixteenth actors round: "the court in Karlsruhe" and the Syrian war's towns were no known places.
    assert [(e.actor_code, e.kind) for e in kb.lookup(name)] == [(code, "place")]


def test_a_court_seat_places_a_sector_word(resolver: ActorResolver, nlp: Any) -> None:
    assert _codes_2025_10_01(resolver, nlp, "Police in Karlsruhe arrested five men.")["Police"] == "DEUCOP"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Haitian gang kidnapped 17 missionaries east of Port-au-Prince.", "Port-au-Prince", "HTI"),
    ("A car bomb exploded south-west of Baghdad.", "Baghdad", "IRQ"),
    ("Russian troops advanced to 30 km north of Kyiv.", "Kyiv", "UKR"),
    ("Moscow rejected the plan.", "Moscow", "RUSGOV"),
])
def test_a_capital_after_a_compass_of_is_the_place(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                                   code: str) -> None:
    # Sixteenth actors round: "east of X" locates the act, as "near X" does.
    assert _codes_2025_10_01(resolver, nlp, text)[mention] == code


def test_a_surname_town_after_a_compass_of_is_the_town(resolver: ActorResolver, nlp: Any) -> None:
    # "Lagos" is also Ricardo Lagos (Chile): "east of Lagos" is the Nigerian city, as "near Lagos" is.
    codes = _codes_2025_10_01(resolver, nlp, "Gunmen kidnapped two Chinese engineers east of Lagos.")
    assert codes.get("Lagos") != "CHLGOV"
