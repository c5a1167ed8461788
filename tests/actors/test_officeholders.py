"""Office holders on a date: the bundled lists' coverage, holders by name and by office, and heads of IGOs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from tests.actors.mentions import (
    codes_dated,
    find_mention,
    mention_codes,
    resolve_mentions,
)

from detente.actors import ActorResolver, KnowledgeBase

# {mention: actor code} of a text on an ISO date; a suffix names the date used where a test gives none
_resolve = resolve_mentions
_codes = mention_codes
_codes_2025_10_01 = codes_dated("2025-10-01")
_codes_2024_06_01 = codes_dated("2024-06-01")


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


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Lt. Gen. Prosper Avril resigned yesterday.", None, "Prosper Avril", "HTIGOV"),
    ("Eyadema met Kerekou in Lome.", None, "Eyadema", "TGOGOV"),
    ("Zia-ul-Haq met Lee Kuan Yew.", "1985-06-01", "Lee Kuan Yew", "SGPGOV"),
    ("Zia-ul-Haq met Lee Kuan Yew.", "1985-06-01", "Zia-ul-Haq", "PAKGOV"),
    ("Perez de Cuellar said the talks would resume.", "1985-06-01", "Perez de Cuellar", "IGOUNO"),
    ("Papandreou met Vranitzky in Vienna.", "1987-03-01", "Vranitzky", "AUTGOV"),
])
def test_heads_of_older_text_and_smaller_states(resolver: ActorResolver, nlp: Any, text: str, day: str | None,
                                                mention: str, code: str) -> None:
    assert _codes(resolver, nlp, text, day)[mention] == code


def test_papandreou_is_the_one_in_office_on_the_date(resolver: ActorResolver, nlp: Any) -> None:
    # Andreas in 1987, his son George (in the office-holder lists already) in 2010
    for day, name in (("1987-03-01", "Andreas Papandreou"), ("2010-03-01", "George Papandreou")):
        found = list(resolver.resolve(nlp("Papandreou spoke in Athens."), date.fromisoformat(day)))
        assert [m.name for m in found if m.mention == "Papandreou"] == [name]


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Mike Pence", "2019-05-01", "USAGOV"),
    ("Kamala Harris", "2022-06-01", "USAGOV"),
    ("JD Vance", "2025-03-01", "USAGOV"),
    ("Al Gore", "1998-03-01", "USAGOV"),
    ("Pope Leo XIV", "2025-06-01", "VATGOV"),
    ("Pope Francis", "2020-06-01", "VATGOV"),
    ("Karoline Leavitt", "2025-06-01", "USAGOV"),
    ("Andriy Yermak", "2024-06-01", "UKRGOV"),
    ("Mohammad Bagher Ghalibaf", "2025-06-01", "IRNLEG"),
    ("Greta Thunberg", "2025-10-06", "SWECVL"),
    ("Boualem Sansal", "2025-11-12", "FRACVL"),
    ("Teresa Ribera", "2025-06-01", "IGOEUREEC"),
    ("Jordan Bardella", "2025-06-01", "FRAOPP"),  # "Jordan" is a given name here, not the country
])
def test_vice_presidents_aides_popes_and_private_persons(resolver: ActorResolver, nlp: Any, name: str, day: str, code: str) -> None:
    assert _codes_2025_10_01(resolver, nlp, f"{name} spoke on Monday.", day)[name] == code


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Ariel Henry resigned.", "Ariel Henry", "2024-03-12", "HTIGOV"),
    ("Garry Conille met gang leaders.", "Garry Conille", "2024-08-01", "HTIGOV"),
    ("Jimmy Cherizier threatened a civil war.", "Jimmy Cherizier", "2024-03-05", "HTICRM"),
    ("Rosario Murillo denounced the sanctions.", "Rosario Murillo", "2023-05-01", "NICGOV"),
    ("Duwa Lashi La declared a people's defensive war.", "Duwa Lashi La", "2023-09-07", "MMROPP"),
    ("Maryam Nawaz visited Lahore.", "Maryam Nawaz", "2024-05-01", "PAKGOV"),
    ("Mohsin Naqvi met the Afghan envoy.", "Mohsin Naqvi", "2024-06-01", "PAKGOV"),
    ("Amit Shah visited Imphal.", "Amit Shah", "2023-05-29", "INDGOV"),
    ("Ajit Doval met Wang Yi.", "Ajit Doval", "2024-12-18", "INDGOV"),
    ("Samvel Shahramanyan signed a decree dissolving the republic.", "Samvel Shahramanyan", "2023-09-28",
     "AZEREB"),
    ("Azerbaijan arrested Ruben Vardanyan.", "Ruben Vardanyan", "2023-09-27", "ARM"),  # out of office (round 27)
])
def test_office_holders_and_leaders_on_their_dates(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                             code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, text, day).get(mention) == code


def test_haiti_prime_ministers_follow_each_other(resolver: ActorResolver, nlp: Any) -> None:
    found = resolver.resolve(nlp("Haiti's prime minister asked for help."), date(2025, 3, 1))
    names = {m.name for m in found}
    assert "Alix Didier Fils-Aimé" in names


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Patricia Bullrich sent federal forces to Rosario.", "Patricia Bullrich", "2024-03-10", "ARGGOV"),
    ("Patricia Bullrich criticised the government.", "Patricia Bullrich", "2021-05-01", "ARGOPP"),
    ("Enrique Manalo summoned the Chinese envoy.", "Enrique Manalo", "2023-08-07", "PHLGOV"),
    ("Gilberto Teodoro accused China of aggression.", "Gilberto Teodoro", "2024-06-18", "PHLGOV"),
    ("Abdoulaye Diop addressed the UN.", "Abdoulaye Diop", "2023-06-16", "MLIGOV"),
    ("Kamchybek Tashiev accused Tajikistan.", "Kamchybek Tashiev", "2022-09-16", "KGZSPY"),
    ("Tarek William Saab charged the candidate.", "Tarek William Saab", "2024-09-03", "VENJUD"),
    ("Consuelo Porras raided the electoral tribunal.", "Consuelo Porras", "2023-09-29", "GTMJUD"),
    ("Juan Jose Zuniga was arrested.", "Juan Jose Zuniga", "2024-06-26", "BOLMIL"),
    ("Keiko Fujimori conceded.", "Keiko Fujimori", "2021-07-20", "PEROPP"),
])
def test_ministers_prosecutors_and_opposition_leaders_on_their_dates(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                                  code: str) -> None:
    assert _codes_2024_06_01(resolver, nlp, text, day).get(mention) == code


def _uncovered(kb: KnowledgeBase, country: str, office: str, start: date, end: date) -> list[date]:
    """The first of each month from ``start`` to ``end`` on which ``office`` of ``country`` has no holder."""
    days, day = [], start
    while day < end:
        if not kb.holders(country, office, day):
            days.append(day)
        day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return days


_COMPLETE = [
    ("GBR", "defence_minister"), ("FRA", "defence_minister"), ("JPN", "foreign_minister"),
    ("JPN", "defence_minister"), ("IND", "foreign_minister"), ("IND", "defence_minister"),
    ("ITA", "foreign_minister"), ("CAN", "foreign_minister"), ("AUS", "foreign_minister"),
    ("KOR", "foreign_minister"), ("KOR", "defence_minister"), ("MEX", "foreign_minister"),
    ("IDN", "foreign_minister"), ("IDN", "defence_minister"), ("ARG", "foreign_minister"),
    ("ARG", "defence_minister"), ("ZAF", "foreign_minister"), ("ZAF", "defence_minister"),
    ("UKR", "head_of_government"), ("UKR", "foreign_minister"), ("POL", "head_of_government"),
    ("KAZ", "foreign_minister"), ("LTU", "head_of_government"), ("LVA", "head_of_government"),
    ("EST", "head_of_government"), ("NLD", "foreign_minister"), ("NLD", "defence_minister"),
    ("ESP", "foreign_minister"), ("ESP", "defence_minister"), ("NOR", "defence_minister"),
    ("TWN", "head_of_government"), ("VNM", "foreign_minister"), ("VNM", "defence_minister"),
    ("JOR", "head_of_government"), ("DZA", "head_of_government"), ("MAR", "foreign_minister"),
    ("NPL", "head_of_government"), ("CUB", "foreign_minister"), ("VEN", "foreign_minister"),
]


@pytest.mark.parametrize(("country", "office"), _COMPLETE)
def test_office_has_a_holder_every_month_since_1995(kb: KnowledgeBase, country: str, office: str) -> None:
    assert _uncovered(kb, country, office, date(1995, 1, 1), date(2026, 11, 1)) == []


@pytest.mark.parametrize(("country", "office", "day", "name"), [
    ("JPN", "foreign_minister", "1996-06-01", "Yukihiko Ikeda"),
    ("IND", "foreign_minister", "1997-06-01", "Inder Kumar Gujral"),
    ("IDN", "foreign_minister", "1998-06-01", "Ali Alatas"),
    ("GBR", "defence_minister", "1998-06-01", "George Robertson"),
    ("FRA", "defence_minister", "1996-06-01", "Charles Millon"),
    ("UKR", "head_of_government", "1996-10-01", "Pavlo Lazarenko"),
    ("TWN", "head_of_government", "2025-01-01", "Cho Jung-tai"),
    ("TWN", "foreign_minister", "2020-01-01", "Wu Jaushieh"),
    ("VNM", "foreign_minister", "2016-01-01", "Phạm Bình Minh"),
    ("THA", "defence_minister", "2016-01-01", "Prawit Wongsuwon"),
    ("PHL", "foreign_minister", "2020-01-01", "Teodoro Locsin"),
    ("MYS", "defence_minister", "2015-01-01", "Hishammuddin Hussein"),
    ("SGP", "defence_minister", "2015-01-01", "Ng Eng Hen"),
    ("RWA", "foreign_minister", "2015-01-01", "Louise Mushikiwabo"),
    ("COD", "foreign_minister", "2023-01-01", "Christophe Lutundula"),
    ("KEN", "defence_minister", "2023-06-01", "Aden Duale"),
    ("COL", "defence_minister", "2007-06-01", "Juan Manuel Santos"),
    ("LKA", "foreign_minister", "2023-01-01", "Ali Sabry"),
    ("IGOUNOWHO", "director_general", "2020-04-01", "Tedros Adhanom"),
    ("IGOIMF", "director_general", "2015-01-01", "Christine Lagarde"),
    ("IGOWBK", "director_general", "2024-01-01", "Ajay Banga"),
    ("IGOOPC", "secretary_general", "2020-01-01", "Mohammed Barkindo"),
    ("IGOWTO", "director_general", "2022-01-01", "Ngozi Okonjo-Iweala"),
    ("IGOEUREEC", "commission_president", "1997-01-01", "Jacques Santer"),
    ("IGOWSTNAT", "secretary_general", "1995-06-01", "Willy Claes"),
    ("IGOUNOIAE", "director_general", "1995-06-01", "Hans Blix"),
])
def test_holder_on_a_date(kb: KnowledgeBase, country: str, office: str, day: str, name: str) -> None:
    assert [t.name for t in kb.holders(country, office, date.fromisoformat(day))] == [name]


def test_a_person_who_held_two_offices_is_one_person(kb: KnowledgeBase) -> None:
    # Tokayev's 1990s foreign ministry is written with the spelling of his later offices: one entity
    assert kb.lookup("Kassym-Jomart Tokayev", on=date(1997, 1, 1))[0].actor_code == "KAZGOV"
    assert kb.lookup("Tokayev", on=date(1997, 1, 1))[0].actor_code == "KAZGOV"


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Alatas said Jakarta would release political prisoners.", "Alatas", "1998-06-11", "IDNGOV"),
    ("Udovenko told reporters Ukraine would sign the charter.", "Udovenko", "1997-06-06", "UKRGOV"),
    ("Robertson said Britain would keep its planes in the Gulf.", "Robertson", "1998-12-12", "GBRGOV"),
    ("Robertson said NATO would stay in Kosovo.", "Robertson", "2001-01-01", "IGOWSTNAT"),
    ("Tedros said the outbreak was not yet a pandemic.", "Tedros", "2019-11-11", "IGOUNOWHO"),
    ("Tedros said Ethiopia would not accept the ruling.", "Tedros", "2014-06-06", "ETHGOV"),
    ("Georgieva said the fund would cut its forecast.", "Georgieva", "2022-10-10", "IGOIMF"),
    ("Michel Camdessus flew to Jakarta.", "Michel Camdessus", "1998-01-10", "IGOIMF"),
    ("Haitham al-Ghais said oil demand would keep rising.", "Haitham al-Ghais", "2023-06-06", "IGOOPC"),
    ("Locsin summoned the Chinese ambassador.", "Locsin", "2022-02-02", "PHLGOV"),
    ("Joseph Wu said China was using the drills as a pretext.", "Joseph Wu", "2022-08-05", "TWNGOV"),
    ("Pham Binh Minh said Vietnam welcomed the ruling.", "Pham Binh Minh", "2016-07-07", "VNMGOV"),
    ("Kasit Piromya criticised Cambodia.", "Kasit Piromya", "2010-05-05", "THAGOV"),
    ("Nduhungirehe said Kigali would not withdraw its troops.", "Nduhungirehe", "2024-10-10", "RWAGOV"),
    ("Gujral criticised the nuclear tests.", "Gujral", "1998-05-05", "INDGOV"),
    ("Lazarenko signed a gas deal with Gazprom.", "Lazarenko", "1997-01-15", "UKRGOV"),
    ("Mikhail Gorbachev met Kohl.", "Mikhail Gorbachev", "1990-02-02", "RUSGOV"),
    ("Shevardnadze met Baker in Moscow.", "Shevardnadze", "1989-05-05", "RUSGOV"),
    ("Shevardnadze met Clinton in Washington.", "Shevardnadze", "1998-05-05", "GEOGOV"),
])
def test_office_holders_by_name_on_the_date(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                            code: str) -> None:
    assert _codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Pelosi arrived in Taipei despite Chinese warnings.", "Pelosi", "2022-08-02", "USALEG"),
    ("Mitch McConnell blocked the bill.", "Mitch McConnell", "2015-05-05", "USALEG"),
    ("Jake Sullivan met Wang Yi in Vienna.", "Jake Sullivan", "2024-05-05", "USAGOV"),
    ("Ramzan Kadyrov sent fighters to Kursk.", "Ramzan Kadyrov", "2024-09-09", "RUSGOV"),
    ("Gholamhossein Mohseni-Ejei ordered the arrests.", "Gholamhossein Mohseni-Ejei", "2024-05-05", "IRNJUD"),
    ("The GCC secretary-general condemned the attack.", "GCC secretary-general", "2024-05-05", "IGOARBGCC"),
    ("The ECOWAS Commission president said the bloc would act.", "ECOWAS Commission president", "2023-08-01",
     "IGOWAFECW"),
    ("Kao Kim Hourn called for restraint.", "Kao Kim Hourn", "2024-05-05", "IGOSEAASN"),
    ("Surin Pitsuwan called for restraint.", "Surin Pitsuwan", "2010-05-05", "IGOSEAASN"),
    ("Hugo Chavez met Castro in Havana.", "Castro", "1999-03-03", "CUBGOV"),
    ("Castro met Chinese officials.", "Castro", "2023-03-03", "HNDGOV"),
    ("Kabila met Museveni.", "Kabila", "1998-03-03", "CODGOV"),
    ("KLA leader Hashim Thaci signed the accord.", "Hashim Thaci", "1999-03-18", "SRBREBKLA"),
])
def test_legislative_leaders_advisers_and_regional_igo_chiefs(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str, code: str) -> None:
    codes = _codes(resolver, nlp, text, day)
    assert any(code == c and mention in m for m, c in codes.items()), codes


def test_a_name_two_listed_people_share_is_left_open(resolver: ActorResolver, nlp: Any) -> None:
    # "Kabila" before May 1997: the rebel leader Laurent-Desire Kabila (no office yet) or his son (none
    # either): neither is in office, so the name resolves to no one rather than to the later president
    assert _codes(resolver, nlp, "Kabila met Museveni.", "1997-03-03").get("Kabila") is None


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Esmaeil Baghaei condemned the strikes.", "Esmaeil Baghaei", "2025-05-05", "IRNGOV"),
    ("Sami Abu Zuhri accused Israel of stalling.", "Sami Abu Zuhri", "2024-05-05", "PSEREBHMS"),
    ("Mohammed al-Bukhaiti threatened US ships.", "Mohammed al-Bukhaiti", "2024-05-05", "YEMREBHTH"),
    ("Qais al-Khazali demanded a US withdrawal.", "Qais al-Khazali", "2024-05-05", "IRQREBAAH"),
    ("Harakat al-Nujaba fighters attacked US troops.", "Harakat al-Nujaba", "2024-01-28", "IRQREBNUJ"),
    ("Sergei Ryabkov warned Washington.", "Sergei Ryabkov", "2024-05-05", "RUSGOV"),
    ("Zhang Youxia met Russian officials.", "Zhang Youxia", "2024-05-05", "CHNMIL"),
    ("Anil Chauhan said the strikes were precise.", "Anil Chauhan", "2025-05-10", "INDMIL"),
    ("Minni Minnawi called for a ceasefire.", "Minni Minnawi", "2024-05-05", "SDNGOV"),
    ("Lawrence Kanyuka said the rebels had taken the town.", "Lawrence Kanyuka", "2024-05-05", "CODREBM23"),
    ("Muhoozi Kainerugaba threatened Kenya.", "Muhoozi Kainerugaba", "2022-10-05", "UGAMIL"),
    ("Jay Tarriela accused China of aggression.", "Jay Tarriela", "2024-05-05", "PHLMIL"),
    ("Alexandre de Moraes ordered the arrest.", "Alexandre de Moraes", "2024-05-05", "BRAJUD"),
])
def test_spokesmen_militias_and_commanders_by_name(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str, code: str) -> None:
    codes = _codes(resolver, nlp, text, day)
    assert any(code == c and mention in m for m, c in codes.items()), codes


def test_a_role_row_says_its_dates(kb: KnowledgeBase) -> None:
    # Minni Minnawi led a rebel faction until he became Darfur's governor in 2021: the date decides
    assert kb.lookup("Minni Minnawi", on=date(2015, 1, 1))[0].actor_code == "SDNREB"
    assert kb.lookup("Minni Minnawi", on=date(2023, 1, 1))[0].actor_code == "SDNGOV"


@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Gyula Horn met NATO officials.", "Gyula Horn", "1997-03-03", "HUNGOV"),
    ("Kiro Gligorov met Greek officials.", "Kiro Gligorov", "1996-03-03", "MKDGOV"),
    ("Haris Silajdzic met US officials.", "Haris Silajdzic", "1995-03-03", "BIHGOV"),
    ("Gennady Zyuganov criticised Yeltsin.", "Gennady Zyuganov", "1996-03-03", "RUSOPP"),
    ("Richard Butler accused Iraq of obstruction.", "Richard Butler", "1998-03-03", "IGOUNO"),
    ("Wesley Clark ordered the air strikes.", "Wesley Clark", "1999-03-24", "IGOWSTNAT"),
    ("Crown Prince Abdullah met Clinton.", "Crown Prince Abdullah", "1998-09-25", "SAUGOV"),
    ("Paul Bremer dissolved the Iraqi army.", "Paul Bremer", "2003-05-23", "USAGOV"),
    ("Carlos Castano ordered the massacre.", "Carlos Castano", "1998-03-03", "COLUAFAUC"),
    ("El Chapo was recaptured in Sinaloa.", "El Chapo", "2016-01-08", "MEXCRMSIN"),
    ("Raul Cedras went into exile.", "Raul Cedras", "1994-10-13", "HTIMIL"),
    ("Issaias Afewerki met Meles Zenawi.", "Issaias Afewerki", "1998-03-03", "ERIGOV"),
    ("Nur Misuari met government negotiators.", "Nur Misuari", "2000-03-03", "PHLGOV"),
])
def test_office_holders_of_the_1990s_by_name_alone(resolver: ActorResolver, nlp: Any, text: str, mention: str, day: str,
                                     code: str) -> None:
    codes = _codes(resolver, nlp, text, day)
    assert any(code == c and mention in m for m, c in codes.items()), codes


def test_mozambiques_president_is_still_chapo(resolver: ActorResolver, nlp: Any) -> None:
    # "El Chapo" is the longer name; "Chapo" alone stays Daniel Chapo's
    assert _codes(resolver, nlp, "Chapo met South African officials.", "2025-03-03").get("Chapo") == "MOZGOV"
