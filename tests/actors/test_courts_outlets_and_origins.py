"""Courts named by the city they sit in, nationality by birth, the nationality of an IGO's staff, the editions of news
outlets, companies named by their owner's country, press officers, "official" as an adjective, a name word the
parser tags as something else, bases named in an apposition, and office holders of 2024-2025 (round twenty-eight,
see docs/actors-and-tenures.md). Sentences are our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import mention_codes


def _events(pipeline: Any, text: str, day: str) -> set[tuple[str | None, str | None, str, str]]:
    """(source, target, root, factuality) of every event coded in ``text`` published on ``day``."""
    return {(e.source.actor_code if e.source else None, e.target.actor_code if e.target else None, e.event_code[:2],
             str(e.factuality)) for e in pipeline.code_text(text, published_on=date.fromisoformat(day))}


# -- a court "in" a city is the judiciary of the city's state ---------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A court in Rome ruled that the migrants must be brought back.", "court in Rome", "ITAJUD"),
    ("An appeals court in Rome freed the third group of migrants.", "appeals court in Rome", "ITAJUD"),
    ("A court in Istanbul sentenced the journalist to four years in prison.", "court in Istanbul", "TURJUD"),
    ("A court in Moscow extended the detention of the reporter.", "court in Moscow", "RUSJUD"),
    ("A judge in Buenos Aires ordered the arrest of the businessman.", "judge in Buenos Aires", "ARGJUD"),
    ("Prosecutors in Munich charged three men with spying for Russia.", "Prosecutors in Munich", "DEUJUD"),
    ("A court in Ho Chi Minh City sentenced the property tycoon to death.", "court in Ho Chi Minh City", "VNMJUD"),
])
def test_a_court_in_a_city_is_that_state_s_judiciary(resolver: Any, nlp: Any, text: str, mention: str,
                                                      code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-04-01").get(mention) == code


@pytest.mark.parametrize("text", [
    "The court in Strasbourg ruled that Turkey had violated his rights.",   # the European court
    "A court in Luxembourg ruled that the sanctions were lawful.",          # the EU's courts
])
def test_a_court_in_an_international_court_s_seat_is_no_state_s(resolver: Any, nlp: Any, text: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2024-04-01")
    assert not any(code.endswith("JUD") for code in codes.values()), codes


def test_the_city_of_a_court_is_no_government(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "A court in Rome ruled that the migrants must be brought back.", "2024-04-01")
    assert "ITAGOV" not in codes.values(), codes


def test_a_court_in_a_city_codes_its_verdict(pipeline: Any) -> None:
    events = _events(pipeline, "A court in Istanbul sentenced the Kurdish politician to four years in prison on "
                               "Tuesday.", "2024-04-01")
    assert any(src == "TURJUD" and root == "11" for src, _, root, _ in events), events


# -- nationality by birth -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The suspect, a Saudi-born doctor who had lived in Germany since 2006, drove a car into the crowd.",
     "Saudi-born doctor", "SAUCVL"),
    ("A Syrian-born man stabbed three people in Solingen.", "Syrian-born man", "SYRCVL"),
    ("An Iraqi-born journalist was arrested in Istanbul.", "Iraqi-born journalist", "IRQMED"),
    ("Police arrested an Afghan-born man after the attack in Mannheim.", "Afghan-born man", "AFGCVL"),
    ("A Russia-born businessman was charged with exporting chips.", "Russia-born businessman", "RUSBUS"),
])
def test_a_person_born_in_a_state_is_its_national(resolver: Any, nlp: Any, text: str, mention: str,
                                                   code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-12-21").get(mention) == code


@pytest.mark.parametrize(("text", "absent"), [
    ("A Paris-born gunman attacked a synagogue.", "Paris"),              # a city says where, not whose
    ("The Somali-born lawmaker criticised the ban.", "Somali"),          # an office serves the state they live in
])
def test_a_birthplace_names_no_actor_for_cities_and_offices(resolver: Any, nlp: Any, text: str, absent: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2024-12-21")
    assert not any(absent in mention for mention in codes), codes


def test_an_attacker_born_abroad_is_coded_by_birth(pipeline: Any) -> None:
    events = _events(pipeline, "A Syrian-born man stabbed three people in Solingen.", "2024-08-24")
    assert ("SYRCVL", "DEUCVL", "18", "asserted") in events, events


# -- the staff of an IGO ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iran freed Johan Floderus, a Swedish EU official, on Saturday.", "Johan Floderus", "IGOEUREEC"),
    ("Iran freed Jan Kowalski, a Polish EU diplomat, on Saturday.", "Jan Kowalski", "IGOEUREEC"),
])
def test_a_person_described_as_an_igo_official_is_the_igo_s(resolver: Any, nlp: Any, text: str, mention: str,
                                                             code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-06-15").get(mention) == code


@pytest.mark.parametrize(("text", "absent"), [
    ("Iran freed Jan Kowalski, a Polish EU diplomat, on Saturday.", "Polish"),
    ("A Spanish UN official was killed in Gaza.", "Spanish"),
    ("Russia detained two Ukrainian OSCE monitors in Luhansk.", "Ukrainian"),
])
def test_the_nationality_of_an_igo_s_staff_is_no_actor(resolver: Any, nlp: Any, text: str, absent: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2024-06-15")
    assert absent not in codes, codes


def test_an_igo_official_freed_is_the_igo_freed(pipeline: Any) -> None:
    events = _events(pipeline, "Iran freed Jan Kowalski, a Polish EU diplomat, on Saturday.", "2024-06-15")
    assert ("IRN", "IGOEUREEC", "08", "asserted") in events, events
    assert not any(tgt == "POL" for _, tgt, _, _ in events), events


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Two Nepali UN peacekeepers were killed in Lebanon.", "Nepali", "NPL"),   # troops: their state sends them
    ("Iran freed Johan Floderus, a Swedish national, on Saturday.", "Swedish", "SWE"),
])
def test_troops_and_nationals_keep_their_state(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-06-15").get(mention) == code


# -- editions of news outlets --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Azerbaijani police raided the Baku office of Sputnik Azerbaijan.", "Sputnik Azerbaijan", "RUSMED"),
    ("Sputnik Azerbaijan reported the arrests.", "Sputnik Azerbaijan", "RUSMED"),
    ("France banned RT France from broadcasting.", "RT France", "RUSMED"),
    ("Iran jailed the relatives of BBC Persian journalists.", "BBC Persian", "GBRMED"),
    ("RT Arabic said Moscow would respond.", "RT Arabic", "RUSMED"),
])
def test_an_outlet_s_edition_is_the_outlet(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-07-01").get(mention) == code


def test_the_city_of_an_outlet_s_office_is_no_government(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "Azerbaijani police raided the Baku office of Sputnik Azerbaijan.",
                          "2025-07-01")
    assert codes.get("Baku") == "AZE", codes


def test_a_ban_on_an_edition_falls_on_the_outlet(pipeline: Any) -> None:
    events = _events(pipeline, "France banned RT France from broadcasting.", "2022-03-01")
    assert any(tgt == "RUSMED" for _, tgt, _, _ in events), events
    assert not any(tgt == "FRA" for _, tgt, _, _ in events), events


# -- companies by owner, and companies by name --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Hague placed Nexperia, the Chinese-owned chipmaker, under state supervision.", "Chinese-owned chipmaker",
     "CHNBUS"),
    ("Germany seized control of a Russian-owned refinery company in Schwedt.", "Russian-owned refinery company",
     "RUSBUS"),
    ("Police raided a Turkish-owned newspaper in Berlin.", "Turkish-owned newspaper", "TURMED"),
    ("Niger nationalised Somair, the uranium mine operated by France's Orano.", "France's Orano", "FRABUS"),
    ("Washington added Wingtech to its export blacklist.", "Wingtech", "CHNBUS"),
    ("Glencore agreed to pay a fine in Switzerland.", "Glencore", "CHEBUS"),
])
def test_companies_by_owner_and_by_name(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-06-20").get(mention) == code


def test_a_nationalised_foreign_company_is_its_state_s(pipeline: Any) -> None:
    events = _events(pipeline, "Niger nationalised Somair, the uranium mine operated by France's Orano.", "2025-06-20")
    assert ("NER", "FRABUS", "17", "asserted") in events, events


# -- press officers, "official" as an adjective, ministries in their capital -----------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Pentagon press secretary Kingsley Wilson said troops would deploy.", "Pentagon press secretary", "USAGOV"),
    ("The Kremlin press service said Putin had spoken to Erdogan.", "Kremlin press service", "RUSGOV"),
    ("The Russian press reported the arrests.", "Russian press", "RUSMED"),            # control: the media
    ("Iran's official IRNA news agency said the talks would resume.", "Iran's official IRNA", "IRNMED"),
    ("An Iranian official said the talks would resume.", "Iranian official", "IRNGOV"),  # control: a person
    ("The defence ministry in Moscow said its forces had taken the village.", "ministry", "RUSGOV"),
])
def test_press_officers_official_and_ministries(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-03-01").get(mention) == code


def test_an_official_news_agency_is_no_government(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "China's official Xinhua news agency said Xi would attend.", "2025-03-01")
    assert "CHNGOV" not in {code for mention, code in codes.items() if mention != "Xi"}, codes


# -- a capitalised name word the parser tags as another part of speech -----------------------------------------------

@pytest.mark.parametrize("text", [
    "A court sentenced the property tycoon Truong My Lan to death on Thursday.",
    "Vietnamese tycoon Truong My Lan was sentenced to death.",
])
def test_a_listed_surname_ending_a_longer_unknown_name_is_no_one(resolver: Any, nlp: Any, text: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2024-04-12")
    assert "CHNGOV" not in codes.values(), codes   # "Lan" alone is China's finance minister Lan Fo'an


def test_a_listed_surname_alone_still_counts(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "China's finance minister Lan Fo'an met Scott Bessent. Lan said growth "
                                         "would pick up.", "2025-05-01")
    assert codes.get("Lan") == "CHNGOV", codes


# -- regions and bases -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("West Papuan separatist fighters freed a New Zealand pilot.", "West Papuan separatist", "IDNREB"),
    ("Iran fired a barrage of missiles at Al Udeid, the largest American base in the Middle East.", "Al Udeid",
     "USAMIL"),
])
def test_regions_and_bases(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-06-24").get(mention) == code


def test_separatists_of_a_region_free_a_hostage(pipeline: Any) -> None:
    events = _events(pipeline, "West Papuan separatist fighters freed a New Zealand pilot on Saturday.", "2024-09-21")
    assert any(src == "IDNREB" and tgt is not None and tgt.startswith("NZL") and root == "08"
               for src, tgt, root, _ in events), events


# -- office holders and opposition leaders of 2023-2025 ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The Seychelles president met Narendra Modi.", "2025-11-05", "Seychelles president", "SYCGOV"),
    ("Tshering Tobgay met Narendra Modi.", "2024-06-01", "Tshering Tobgay", "BTNGOV"),
    ("Tidjane Thiam was removed from the electoral roll.", "2025-05-01", "Tidjane Thiam", "CIVOPP"),
    ("Thiam said the PDCI would boycott the vote.", "2025-06-01", "Thiam", "CIVOPP"),
    ("Cellou Dalein Diallo criticised the junta.", "2024-05-01", "Cellou Dalein Diallo", "GINOPP"),
])
def test_leaders_of_2023_2025(resolver: Any, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("country", "office", "day", "name"), [
    ("SYC", "head_of_state", "2025-11-01", "Patrick Herminie"),
    ("SYC", "head_of_state", "2025-10-01", "Wavel Ramkalawan"),   # in office until the swearing-in
    ("MDG", "head_of_government", "2025-11-01", "Herintsalama Rajaonarivelo"),
    ("BTN", "head_of_government", "2025-06-01", "Tshering Tobgay"),
])
def test_holders_on_the_date(kb: Any, country: str, office: str, day: str, name: str) -> None:
    assert [t.name for t in kb.holders(country, office, date.fromisoformat(day))] == [name]


# -- office holders installed by another state ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Moscow-installed governor of Zaporizhzhia said the plant was safe.",
     "Moscow-installed governor of Zaporizhzhia", "RUSGOV"),
    ("Russian-installed officials in Kherson ordered an evacuation.", "Russian-installed officials", "RUSGOV"),
    ("Russian-appointed authorities in Donetsk reported shelling.", "Russian-appointed authorities", "RUSGOV"),
    ("The Russian-installed leader of occupied Kherson was killed.", "Russian-installed leader", "RUSGOV"),
    ("A UN-appointed investigator said war crimes had been committed.", "UN", "IGOUNO"),   # control
])
def test_an_installed_office_is_the_installer_s(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-03-01").get(mention) == code


def test_an_installed_governor_is_no_office_of_the_place(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "The Moscow-installed governor of Zaporizhzhia said the plant was safe.",
                          "2025-03-01")
    assert "UKRGOV" not in codes.values(), codes


# -- parties and commanders of 2024-2025 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The ANC and the Democratic Alliance signed a statement of intent to govern together.", "2024-06-15",
     "Democratic Alliance", "ZAFOPPDAL"),
    ("The Democratic Alliance threatened to quit the government.", "2025-03-01", "Democratic Alliance", "ZAFGOV"),
    ("Iran's army chief Amir Hatami warned Israel.", "2025-07-01", "Amir Hatami", "IRNMIL"),
    ("Amir Hatami said Iran would respond.", "2019-07-01", "Amir Hatami", "IRNGOV"),   # then defence minister
])
def test_parties_and_commanders(resolver: Any, nlp: Any, text: str, day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


# -- Georgia, the US state ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Georgia grand jury indicted Donald Trump on racketeering charges.", "Georgia", "USA"),
    ("Fani Willis, the Fulton County district attorney in Georgia, charged Trump.", "Georgia", "USA"),
    ("Georgia Governor Brian Kemp declared a state of emergency.", "Georgia Governor", "USAGOV"),
    ("Georgia's secretary of state certified the results.", "Georgia's secretary of state", "USAGOV"),
    ("Protesters marched in Atlanta and across Georgia.", "Georgia", "USA"),
    ("The US state of Georgia executed a prisoner.", "Georgia", "USA"),
    # the country
    ("Georgia's parliament passed the foreign agents law.", "Georgia's parliament", "GEOLEG"),
    ("Georgia suspended talks on joining the European Union.", "Georgia", "GEO"),
    ("Russia invaded Georgia in 2008.", "Georgia", "GEO"),
    ("Protesters in Tbilisi accused Georgia's government of betraying Europe.", "Georgia's government", "GEOGOV"),
    ("Georgia's president Salome Zourabichvili refused to leave office.",
     "Georgia's president Salome Zourabichvili", "GEOGOV"),
])
def test_georgia_the_us_state_and_the_country(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-11-01").get(mention) == code


def test_a_us_state_s_indictment_is_no_georgian_act(pipeline: Any) -> None:
    events = _events(pipeline, "A Georgia grand jury indicted Donald Trump on racketeering charges.", "2023-08-15")
    assert not any("GEO" in (src or "") + (tgt or "") for src, tgt, _, _ in events), events


# -- central bank governors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Victoria Rodriguez Ceja said Banxico would cut rates.", "Victoria Rodriguez Ceja", "MEXGOV"),
    ("Santiago Bausili said Argentina's central bank would lift controls.", "Santiago Bausili", "ARGGOV"),
    ("Jameel Ahmad said the State Bank of Pakistan would cut rates.", "Jameel Ahmad", "PAKGOV"),
    ("Perry Warjiyo said Bank Indonesia would cut rates.", "Perry Warjiyo", "IDNGOV"),
    ("Lesetja Kganyago said the SARB would hold rates.", "SARB", "ZAFGOV"),
])
def test_central_bank_governors(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2025-06-01").get(mention) == code


def test_a_common_given_name_alone_stays_unresolved(resolver: Any, nlp: Any) -> None:
    assert mention_codes(resolver, nlp, "Ahmad said the talks had failed.", "2025-06-01") == {}
