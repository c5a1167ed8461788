"""Tests for detente.actors.roles through the resolver: IGO chiefs, envoys, names introduced by a role,
heads of countries from office-holder rows, and possessive surnames chosen by their country.

Office holders come from the two test fixtures (officeholders_fixture.csv, officeholders_roles.csv), not
from the bundled lists, so that these tests check the rules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.actors.mentions import find_mention, resolve_mentions

from detente.actors import ActorResolver, KnowledgeBase

DATA = Path(__file__).parent / "data"
FIXTURES = [DATA / "officeholders_fixture.csv", DATA / "officeholders_roles.csv"]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    """Over the test office holders and roles instead of the bundled ones, so these tests stay put."""
    return ActorResolver(KnowledgeBase.load(FIXTURES, officeholders=False))


@pytest.fixture(scope="module")
def no_rows() -> ActorResolver:
    """A resolver whose knowledge base has no office holders at all."""
    return ActorResolver(KnowledgeBase.load([], officeholders=False))


@pytest.mark.parametrize(("text", "mention", "code", "name"), [
    ("The IAEA chief said Iran had expanded enrichment.", "IAEA chief", "IGOUNOIAE", "Rafael Grossi"),
    ("The head of the IAEA warned of a crisis.", "head of the IAEA", "IGOUNOIAE", "Rafael Grossi"),
    ("NATO's chief said allies must spend more.", "NATO's chief", "IGOWSTNAT", "Mark Rutte"),
    ("The NATO secretary-general visited Kyiv.", "NATO secretary-general", "IGOWSTNAT", "Mark Rutte"),
    ("The chief of NATO met Ukraine's president.", "chief of NATO", "IGOWSTNAT", "Mark Rutte"),
    ("The European Commission president said the bloc would respond.", "European Commission president",
     "IGOEUREEC", "Ursula von der Leyen"),
    ("The European Council president chaired the summit.", "European Council president", "IGOEUREEC",
     "António Costa"),
    ("The Commission president said the bloc would respond.", "Commission president", "IGOEUREEC",
     "Ursula von der Leyen"),
    ("The UN secretary-general called for a ceasefire.", "UN secretary-general", "IGOUNO", "António Guterres"),
    ("The UN chief called for a ceasefire.", "UN chief", "IGOUNO", "António Guterres"),
    ("The EU's foreign policy chief visited Kyiv.", "EU's foreign policy chief", "IGOEUREEC", "Kaja Kallas"),
    ("The EU's top diplomat visited Kyiv.", "EU's top diplomat", "IGOEUREEC", "Kaja Kallas"),
    ("The ICC prosecutor sought arrest warrants.", "ICC prosecutor", "IGOUNOICC", "Karim Khan"),
    ("The AU Commission chairperson called for talks.", "AU Commission chairperson", "IGOAFRAFU",
     "Moussa Faki Mahamat"),
    ("The Arab League chief condemned the strike.", "Arab League chief", "IGOARBARL", "Ahmed Aboul Gheit"),
])
def test_roles_igo_chief_by_title_is_the_holder_on_the_date(resolver: ActorResolver, nlp: Any, text: str,
                                                            mention: str, code: str, name: str) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-12-12"), mention)
    assert (m.actor_code, m.name, m.kind) == (code, name, "person")


def test_roles_igo_chief_changes_with_the_date(resolver: ActorResolver, nlp: Any) -> None:
    text = "NATO's chief said allies must spend more."
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-06-01"), "NATO's chief").name == "Jens Stoltenberg"
    assert find_mention(resolve_mentions(resolver, nlp, text, "2024-12-01"), "NATO's chief").name == "Mark Rutte"
    text = "The head of the IAEA visited Tehran."
    assert find_mention(resolve_mentions(resolver, nlp, text, "2015-07-14"), "head of the IAEA").name == "Yukiya Amano"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The WHO director-general warned of famine.", "WHO director-general", "IGOUNOWHO"),
    ("The head of the WHO warned of famine.", "head of the WHO", "IGOUNOWHO"),
    ("The WHO chief warned of famine.", "WHO chief", "IGOUNOWHO"),
    ("The ICC chief defended the court.", "ICC chief", "IGOUNOICC"),  # no head office: president or prosecutor
])
def test_roles_igo_chief_without_holder_codes_the_igo(resolver: ActorResolver, nlp: Any, text: str,
                                                      mention: str, code: str) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, text, "2024-12-12"), mention)
    assert (m.actor_code, m.kind) == (code, "igo")


def test_roles_igo_chief_named_with_title_but_no_holder_codes_the_igo(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "WHO chief Tedros Adhanom Ghebreyesus warned of famine.", "2024-03-01")
    first = find_mention(mentions, "WHO chief Tedros Adhanom Ghebreyesus")
    assert (first.actor_code, first.name) == ("IGOUNOWHO", "Tedros Adhanom Ghebreyesus")


@pytest.mark.parametrize("text", [
    "The IAEA chief inspector arrived in Tehran.",
    "The UN human rights chief condemned the killings.",
    "The head of the UN agency spoke to reporters.",
])
def test_roles_chief_word_that_is_not_the_igo_head_names_no_holder(resolver: ActorResolver, nlp: Any,
                                                                   text: str) -> None:
    assert not any(m.kind == "person" for m in resolve_mentions(resolver, nlp, text, "2024-12-12"))


@pytest.mark.parametrize(("text", "surname", "code"), [
    ("Russia's UN ambassador Vassily Nebenzia rejected the draft. Nebenzia said the text was biased.",
     "Nebenzia", "RUSGOV"),
    ("Vassily Nebenzia, Russia's envoy to the United Nations, rejected the draft. Nebenzia said it was biased.",
     "Nebenzia", "RUSGOV"),
    ("Amir Saeid Iravani, Iran's envoy to the United Nations, wrote to the council. Iravani said Iran would "
     "respond.", "Iravani", "IRNGOV"),
    ("Iran's ambassador to the UN, Amir Saeid Iravani, wrote to the council. Iravani said Iran would respond.",
     "Iravani", "IRNGOV"),
    ("The US envoy to NATO, Julianne Smith, said allies were united. Smith added that aid was coming.",
     "Smith", "USAGOV"),
    ("Israel's envoy to the UN Gilad Erdan tore up the charter. Erdan said the vote was shameful.",
     "Erdan", "ISRGOV"),
    ("China's UN envoy Fu Cong said Beijing opposed sanctions. Fu said talks were the only way.", "Fu", "CHNGOV"),
    ("Russia's permanent representative to the UN, Vassily Nebenzia, objected. Nebenzia called it a sham.",
     "Nebenzia", "RUSGOV"),
])
def test_roles_envoy_to_an_organisation_codes_as_their_country(resolver: ActorResolver, nlp: Any, text: str,
                                                               surname: str, code: str) -> None:
    mentions = resolve_mentions(resolver, nlp, text, "2024-03-01")
    assert find_mention(mentions, surname).actor_code == code
    assert not any(m.actor_code.startswith("IGO") for m in mentions)  # the UN is where they serve


def test_roles_envoy_phrase_takes_in_where_they_serve(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Russia's ambassador to the EU said Moscow would retaliate.", "2024-03-01")
    assert [(m.mention, m.actor_code) for m in mentions] == [("Russia's ambassador to the EU", "RUSGOV"),
                                                             ("Moscow", "RUSGOV")]


def test_roles_name_taught_by_the_article_wins_over_a_known_surname(resolver: ActorResolver, nlp: Any) -> None:
    # "Li" alone is the surname of Li Keqiang and Li Qiang in the fixture; here it is the envoy.
    mentions = resolve_mentions(resolver, nlp, "China's ambassador to the IAEA, Li Song, criticised the report. Li said "
                        "the agency was biased.", "2024-03-01")
    li = find_mention(mentions, "Li")
    assert (li.actor_code, li.name) == ("CHNGOV", "Li Song")


@pytest.mark.parametrize(("text", "mention", "day", "name"), [
    ("The Philippine president visited Tokyo.", "Philippine president", "2024-03-01", "Ferdinand Marcos Jr."),
    ("The Philippine president visited Tokyo.", "Philippine president", "2019-03-01", "Rodrigo Duterte"),
    ("Kenya's president spoke in Nairobi.", "Kenya's president", "2024-03-01", "William Ruto"),
    ("The Kenyan president spoke in Nairobi.", "Kenyan president", "2020-03-01", "Uhuru Kenyatta"),
    ("New Zealand's prime minister announced sanctions.", "New Zealand's prime minister", "2022-03-01",
     "Jacinda Ardern"),
    ("New Zealand's prime minister announced sanctions.", "New Zealand's prime minister", "2024-03-01",
     "Christopher Luxon"),
    ("The president of the Philippines visited Tokyo.", "president of the Philippines", "2024-03-01",
     "Ferdinand Marcos Jr."),
])
def test_roles_head_of_a_country_from_office_holder_rows(resolver: ActorResolver, no_rows: ActorResolver,
                                                         nlp: Any, text: str, mention: str, day: str,
                                                         name: str) -> None:
    m = find_mention(resolve_mentions(resolver, nlp, text, day), mention)
    assert (m.actor_code[3:], m.name, m.kind) == ("GOV", name, "person")
    bare = find_mention(resolve_mentions(no_rows, nlp, text, day), mention)  # no holder on record: the country's government
    assert (bare.actor_code, bare.name, bare.kind) == (m.actor_code, None, "country")


@pytest.mark.parametrize(("text", "mention", "day", "name"), [
    ("North Korea's Kim oversaw a missile launch.", "North Korea's Kim", "2024-03-01", "Kim Jong Un"),
    ("South Korea's Kim resigned over the decree.", "South Korea's Kim", "2024-12-04", "Kim Yong-hyun"),
    ("South Korea's Kim spoke.", "South Korea's Kim", "2024-12-20", "Kim Yong-hyun"),  # most recently in office
])
def test_roles_possessive_country_chooses_among_shared_surnames(resolver: ActorResolver, nlp: Any, text: str,
                                                                mention: str, day: str, name: str) -> None:
    assert find_mention(resolve_mentions(resolver, nlp, text, day), mention).name == name


def test_roles_shared_surname_without_a_country_stays_unresolved(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Kim oversaw a missile launch. Japan's Kim protested.", "2024-03-01")
    assert not any(m.kind == "person" for m in mentions)
    assert find_mention(mentions, "Japan").actor_code == "JPN"  # the country still counts


def test_roles_known_person_named_as_chief_of_an_igo_without_holders(nlp: Any, tmp_path: Path) -> None:
    rows = tmp_path / "officeholders_eth.csv"  # Tedros Adhanom, Ethiopia's foreign minister 2012-2016
    rows.write_text("country,office,name,aliases,start,end,sector,source_kind\n"
                    "ETH,foreign_minister,Tedros Adhanom,Tedros Adhanom Ghebreyesus,2012-11-29,2016-11-01,GOV,"
                    "official list\n", encoding="utf-8")
    resolver = ActorResolver(KnowledgeBase.load([rows], officeholders=False))
    mentions = resolve_mentions(resolver, nlp, "WHO chief Tedros Adhanom Ghebreyesus warned of famine.", "2024-03-01")
    m = find_mention(mentions, "WHO chief Tedros Adhanom Ghebreyesus")
    assert (m.actor_code, m.entity_id) == ("IGOUNOWHO", "person:tedros-adhanom")
    alone = find_mention(resolve_mentions(resolver, nlp, "Tedros Adhanom Ghebreyesus warned of famine.", "2024-03-01"),
                  "Tedros Adhanom Ghebreyesus")
    assert alone.actor_code == "ETHGOV"  # without the title, the knowledge base's last office


@pytest.mark.parametrize(("text", "mention", "later", "code"), [
    ("Russian opposition leader Ilya Varlamov was detained. Varlamov denied the charges.",
     "Russian opposition leader Ilya Varlamov", "Varlamov", "RUSOPP"),
    ("Kremlin critic Boris Akunin was put on a wanted list. Akunin lives abroad.",
     "Kremlin critic Boris Akunin", "Akunin", "RUSOPP"),
    ("American journalist Alsu Kurmasheva was released. Kurmasheva flew to Germany.",
     "American journalist Alsu Kurmasheva", "Kurmasheva", "USAMED"),
    ("Ukrainian lawmaker Oleksiy Goncharenko spoke in Kyiv. Goncharenko urged more aid.",
     "Ukrainian lawmaker Oleksiy Goncharenko", "Goncharenko", "UKRLEG"),
    ("Iranian general Amir Hajizadeh warned Israel. Hajizadeh said missiles were ready.",
     "Iranian general Amir Hajizadeh", "Hajizadeh", "IRNMIL"),
    ("Chinese businessman Guo Wengui was convicted in New York. Guo had fled China in 2014.",
     "Chinese businessman Guo Wengui", "Guo", "CHNBUS"),
    ("Israeli judge Aharon Barak resigned from the panel. Barak cited personal reasons.",
     "Israeli judge Aharon Barak", "Barak", "ISRJUD"),
])
def test_roles_person_introduced_with_country_and_role_noun_is_learned_with_its_sector(
        resolver: ActorResolver, nlp: Any, text: str, mention: str, later: str, code: str) -> None:
    mentions = resolve_mentions(resolver, nlp, text, "2024-08-01")
    first, again = find_mention(mentions, mention), find_mention(mentions, later)
    assert (first.actor_code, first.kind, first.country, first.sector) == (code, "person", code[:3], code[3:])
    assert first.confidence < 0.8 and "from the role noun" in first.reason
    assert (again.actor_code, again.name) == (code, first.name)


def test_roles_role_noun_without_a_country_learns_no_name(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "Wall Street Journal reporter Evan Gershkovich was freed. "
                                "Gershkovich flew home.", "2024-08-01")
    assert [m.mention for m in mentions if "Gershkovich" in m.mention] == []


def test_roles_role_noun_without_a_name_stays_a_sector_word(resolver: ActorResolver, nlp: Any) -> None:
    mentions = resolve_mentions(resolver, nlp, "A Ukrainian lawmaker said the vote was delayed.", "2024-08-01")
    m = find_mention(mentions, "Ukrainian lawmaker")
    assert (m.actor_code, m.kind, m.name) == ("UKRLEG", "country", None)
