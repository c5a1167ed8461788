"""The sixth actors round: regions and towns as places, misspelt names, regional adjectives and rebel
words, armed groups of older wire text, heads of UN offices and agencies, more heads of state, and US
and British government departments (docs/actors-and-tenures.md, "The sixth actors round").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import find_mention

from detente.actors import ActorResolver, KnowledgeBase
from detente.actors.builder import KBBuilder
from detente.actors.places import add_extra_places
from detente.actors.sources import data_dir, load_bundled
from detente.actors.spelling import SpellingIndex, country_slip, one_edit
from detente.coding import Gazetteer
from detente.errors import DetenteError
from detente.records import ResolvedActor


def _resolve(resolver: ActorResolver, nlp: Any, text: str, day: str | None) -> list[ResolvedActor]:
    return list(resolver.resolve(nlp(text), date.fromisoformat(day) if day else None))


def _codes(mentions: list[ResolvedActor]) -> dict[str, str]:
    return {m.mention: m.actor_code for m in mentions}


# -- places.csv: regions and towns ------------------------------------------------------------------


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


# -- misspelt names -------------------------------------------------------------------------------------


def test_one_edit_and_country_slips() -> None:
    assert one_edit("bouteflicka", "bouteflika") and one_edit("gbago", "gbagbo") and one_edit("isreal", "israel")
    assert not one_edit("austria", "australia") and not one_edit("iran", "iran")
    assert country_slip("ethopia", "ethiopia") and country_slip("britian", "britain")
    # changed letters and first letters are names, not slips
    assert not country_slip("angela", "angola") and not country_slip("olivia", "bolivia")
    assert not country_slip("roland", "poland") and not country_slip("herman", "german")
    assert SpellingIndex(["gambia", "zambia"]).near("sambia") == ("gambia", "zambia")


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Ethopia has agreed to re-open its borders to UN peacekeepers.", None, "Ethopia", "ETH"),
    ("Isreali troops shelled the town.", None, "Isreali troops", "ISRMIL"),
    ("President Abdelaziz Bouteflicka threatened to impose a curfew.", "2001-06-01",
     "President Abdelaziz Bouteflicka", "DZAGOV"),
    ("Rebels dismissed an appeal from President Laurent Gbago to lay down their arms.", "2002-11-01",
     "President Laurent Gbago", "CIVGOV"),
    ("Rwandan rebels demanded the removal of President Juvenal Habyariman.", "1992-08-01",
     "President Juvenal Habyariman", "RWAGOV"),
])
def test_names_with_one_slip_are_read(resolver: ActorResolver, nlp: Any, text: str, day: str | None,
                                      mention: str, code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, day), mention).actor_code == code


@pytest.mark.parametrize("text", [
    "Roland Dumas met Angela Merkel.",
    "Greene criticised Olivia on Tuesday.",
    "Herman said it would not happen.",
])
def test_first_names_and_surnames_are_not_read_as_misspelt_countries(resolver: ActorResolver, nlp: Any,
                                                                     text: str) -> None:
    codes = {m.actor_code for m in _resolve(resolver, nlp, text, "2019-05-01")}
    assert not codes & {"POL", "AGO", "GRC", "BOL", "DEU"}


def test_a_person_slip_needs_the_exact_first_name(resolver: ActorResolver, nlp: Any) -> None:
    assert "DZAGOV" not in {m.actor_code for m in _resolve(resolver, nlp, "Ahmed Bouteflicka spoke.", "2001-06-01")}


# -- regional adjectives and rebel words ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Chechen rebels attacked a convoy.", "Chechen rebels", "RUSREB"),
    ("Basque separatists bombed a bar.", "Basque separatists", "ESPREB"),
    ("Uighur activists protested.", "Uighur activists", "CHNOPP"),
    ("Afghan mujahideen shelled the city.", "Afghan mujahideen", "AFGREB"),
    ("An Afghan guerrilla commander said the offensive would go on.", "Afghan guerrilla", "AFGREB"),
])
def test_regional_adjectives_and_rebel_words(resolver: ActorResolver, nlp: Any, text: str, mention: str,
                                             code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, None), mention).actor_code == code


# -- armed groups and movements of older wire text -----------------------------------------------------


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The president would lift the ban on the Islamic Salvation Front.", None, "Islamic Salvation Front",
     "DZAOPPFIS"),
    ("The KLA attacked Serbian police.", "1998-06-01", "KLA", "SRBREBKLA"),
    ("The IRA declared a ceasefire.", "1997-07-20", "IRA", "GBRREBIRA"),
    ("The Taliban captured Mazar-i-Sharif.", "1998-08-08", "Taliban", "AFGGOV"),
    ("The Taliban attacked a police post.", "2008-08-08", "Taliban", "AFGREBTAL"),
    ("The Khmer Rouge emptied the cities.", "1975-05-01", "Khmer Rouge", "KHMGOV"),
    ("The Khmer Rouge surrendered.", "1998-12-01", "Khmer Rouge", "KHMREBKRG"),
    ("The ANC called for sanctions.", "1990-06-01", "ANC", "ZAFOPPANC"),
    ("The ANC criticised the opposition.", "2000-06-01", "ANC", "ZAFGOV"),
    ("Renamo rebels attacked a train.", "1990-06-01", "Renamo rebels", "MOZREBREN"),
])
def test_armed_groups_of_older_wire_text(resolver: ActorResolver, nlp: Any, text: str, day: str | None,
                                         mention: str, code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, day), mention).actor_code == code


# -- heads of UN offices and agencies, more heads of state, government departments ---------------------


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("UN human rights chief Volker Turk urged Uganda's president not to sign the bill.", "2023-03-21",
     "Volker Turk", "IGOUNO"),
    ("Antonio Guterres visited a camp in Jordan.", "2012-03-21", "Antonio Guterres", "IGOUNOHCR"),
    ("Antonio Guterres visited a camp in Jordan.", "2019-03-21", "Antonio Guterres", "IGOUNO"),
    ("Cindy McCain warned of famine in Gaza.", "2024-03-21", "Cindy McCain", "IGOUNOWFP"),
    ("Michelle Bachelet criticised Venezuela.", "2019-07-04", "Michelle Bachelet", "IGOUNO"),
    ("Michelle Bachelet criticised Venezuela.", "2015-07-04", "Michelle Bachelet", "CHLGOV"),
    ("Irfaan Ali agreed to meet Nicolas Maduro.", "2023-12-07", "Irfaan Ali", "GUYGOV"),
    ("Albin Kurti rejected the demands.", "2023-06-01", "Albin Kurti", "XKXGOV"),
    ("The US Treasury imposed sanctions on Rosneft.", "2025-10-22", "US Treasury", "USAGOV"),
    ("The Commerce Department tightened export controls.", "2023-10-17", "Commerce Department", "USAGOV"),
    ("Britain's Home Office said the asylum rules would change.", "2024-01-10", "Britain's Home Office",
     "GBRGOV"),
])
def test_heads_of_un_agencies_more_states_and_departments(resolver: ActorResolver, nlp: Any, text: str,
                                                          day: str, mention: str, code: str) -> None:
    assert find_mention(_resolve(resolver, nlp, text, day), mention).actor_code == code


def test_an_igo_official_row_has_no_sector(kb: KnowledgeBase) -> None:
    person = kb.entity("person:filippo-grandi")
    assert person is not None and (person.actor_code, person.sector, person.country) == ("IGOUNOHCR", None, None)


def test_a_title_before_a_country_office_still_names_the_holder(resolver: ActorResolver, nlp: Any) -> None:
    m = find_mention(_resolve(resolver, nlp, "Kosovo's prime minister criticised Serbia.", "2023-06-01"),
                     "Kosovo's prime minister")
    assert (m.actor_code, m.name) == ("XKXGOV", "Albin Kurti")
