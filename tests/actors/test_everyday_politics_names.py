"""Actors of everyday politics (trade, law, elections, migration): mobs and crowds placed by their town, unions,
congressional parties, movements with national branches, a state's own law officers, agencies and the people of
2019-2025 news. Sentences are our own (see docs/actors-and-tenures.md, "The nineteenth actors round")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A mob in Sialkot beat a factory manager to death.", "mob", "PAKCVL"),
    ("A crowd in Jaranwala set fire to churches.", "crowd", "PAKCVL"),
    ("Rioters in Southport attacked a mosque.", "Rioters", "GBRCVL"),
    ("Mobs in Makassar torched the regional parliament.", "Mobs", "IDNCVL"),
    ("Protesters rallied in Oran against the water cuts.", "Protesters", "DZACVL"),
    ("Police clashed with migrants in Tapachula.", "Tapachula", "MEX"),
    ("Border agents detained migrants near Eagle Pass.", "Eagle Pass", "USA"),
])
def test_crowds_take_the_country_of_their_town(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


def test_a_crowd_with_no_place_is_no_actor(resolver: Any, nlp: Any) -> None:
    assert "crowd" not in codes(resolver, nlp, "The crowd cheered as the results were read.")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Germany's train drivers' union, the GDL, will strike for six days.", "Germany's train drivers' union",
     "DEULAB"),
    ("The GDL called another strike at Deutsche Bahn.", "GDL", "DEULABGDL"),
    ("The GDL called another strike at Deutsche Bahn.", "Deutsche Bahn", "DEUBUS"),
    ("Britain's biggest rail union rejected the pay offer.", "Britain's biggest rail union", "GBRLAB"),
    ("The RMT union announced a walkout on the Underground.", "RMT union", "GBRLABRMT"),
    ("Kenya's doctors' union called off its strike.", "Kenya's doctors' union", "KENLAB"),
    ("South Korea's largest labour federation held a rally.", "South Korea's largest labour federation", "KORLAB"),
    ("The CFDT and Force Ouvrière joined the protest.", "CFDT", "FRALABCFD"),
    ("The CFDT and Force Ouvrière joined the protest.", "Force Ouvrière", "FRALABFOU"),
])
def test_unions(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


def test_the_european_union_is_no_labour_union(resolver: Any, nlp: Any) -> None:
    assert codes(resolver, nlp, "The European Union imposed duties on Chinese cars.")["European Union"] == "IGOEUREEC"


@pytest.mark.parametrize(("text", "mention"), [
    ("More than a dozen congressional Democrats urged Joe Biden to give up his bid.", "congressional Democrats"),
    ("House Republicans voted to impeach Alejandro Mayorkas.", "House Republicans"),
    ("Republican senators blocked the border bill.", "Republican senators"),
])
def test_congressional_parties_are_the_us_legislature(resolver: Any, nlp: Any, text: str, mention: str) -> None:
    assert codes(resolver, nlp, text)[mention] == "USALEG"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Jordan outlawed the Muslim Brotherhood on Wednesday.", "Muslim Brotherhood", "JOROPP"),
    ("Jordan's Muslim Brotherhood denied any link to the plot.", "Jordan's Muslim Brotherhood", "JOROPP"),
    ("Syria's Muslim Brotherhood welcomed the fall of Assad.", "Syria's Muslim Brotherhood", "SYROPP"),
    ("A Kuwaiti court jailed members of the Muslim Brotherhood.", "Muslim Brotherhood", "KWTOPP"),
    # the movement itself: named alone, with its home, or with a state that has no branch of it
    ("The Muslim Brotherhood called for protests.", "Muslim Brotherhood", "EGYOPPMBR"),
    ("Egypt's Muslim Brotherhood called for protests.", "Egypt's Muslim Brotherhood", "EGYOPPMBR"),
    ("Egypt and Jordan cracked down on the Muslim Brotherhood.", "Muslim Brotherhood", "EGYOPPMBR"),
    ("The UAE designated the Muslim Brotherhood a terrorist group.", "Muslim Brotherhood", "EGYOPPMBR"),
])
def test_a_movement_named_with_the_state_of_one_of_its_branches(resolver: Any, nlp: Any, text: str, mention: str,
                                                                 code: str) -> None:
    assert codes(resolver, nlp, text, "2025-04-23")[mention] == code


@pytest.mark.parametrize(("text", "code"), [
    ("Spain's Supreme Court opened an investigation into the attorney general, Alvaro Garcia Ortiz.", "ESPJUD"),
    ("Israel's cabinet voted to dismiss the attorney general.", "ISRJUD"),
    ("The prosecutor general asked Ukraine's parliament to lift the lawmaker's immunity.", "UKRJUD"),
    ("Pakistan's government removed the chief justice.", "PAKJUD"),
])
def test_a_states_own_law_officer_is_of_the_one_country_named(resolver: Any, nlp: Any, text: str, code: str) -> None:
    found = codes(resolver, nlp, text)
    assert code in found.values()


def test_foreigners_pursued_do_not_give_the_law_officer_a_country(resolver: Any, nlp: Any) -> None:
    found = codes(resolver, nlp, "The attorney general charged two Chinese nationals with spying.")
    assert "CHNJUD" not in found.values()


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("India's financial crimes agency arrested the chief minister.", "India's financial crimes agency", "INDCOP"),
    ("The Justice Department indicted the senator.", "Justice Department", "USAJUD"),
    ("Brazil's Justice Department opened a case.", "Brazil's Justice Department", "BRAJUD"),
    ("ICE agents arrested hundreds of migrants.", "ICE", "USACOP"),
    ("The Border Patrol detained migrants.", "Border Patrol", "USACOP"),
    ("Pakistan's National Accountability Bureau arrested the former minister.",
     "Pakistan's National Accountability Bureau", "PAKJUD"),
    ("NABU charged the former deputy prime minister.", "NABU", "UKRJUD"),
    ("The MACC charged the former prime minister.", "MACC", "MYSJUD"),
    ("The BfV classified the AfD as extremist.", "BfV", "DEUSPY"),
    ("South Korea's National Intelligence Service said troops had been sent.",
     "South Korea's National Intelligence Service", "KORSPY"),
    ("Poland's Constitutional Tribunal ruled against EU law.", "Poland's Constitutional Tribunal", "POLJUD"),
])
def test_agencies_and_courts(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


def test_ice_in_lower_case_is_ice(resolver: Any, nlp: Any) -> None:
    assert codes(resolver, nlp, "The ice on the river melted.") == {}


@pytest.mark.parametrize(("text", "mention", "code", "day"), [
    ("Chega came third in Portugal.", "Chega", "PRTOPPCHG", "2024-03-11"),
    ("The Sweden Democrats backed the budget.", "Sweden Democrats", "SWEOPPSDE", "2024-06-01"),
    ("Junts demanded an amnesty law.", "Junts", "ESPOPPJNT", "2023-11-01"),
    ("The EFF marched on parliament.", "EFF", "ZAFOPPEFF", "2024-06-01"),
    ("Howard Lutnick said tariffs would stay.", "Howard Lutnick", "USAGOV", "2025-04-10"),
    ("Scott Bessent met He Lifeng in Geneva.", "Scott Bessent", "USAGOV", "2025-05-10"),
    ("Katherine Tai criticised China's subsidies.", "Katherine Tai", "USAGOV", "2023-06-01"),
    ("Maros Sefcovic flew to Washington for tariff talks.", "Maros Sefcovic", "IGOEUREEC", "2025-04-14"),
    ("Piyush Goyal said the trade deal was close.", "Piyush Goyal", "INDGOV", "2025-03-01"),
    ("Rachel Reeves promised to fix the public finances.", "Rachel Reeves", "GBROPP", "2023-10-09"),
    ("Rachel Reeves raised taxes on employers.", "Rachel Reeves", "GBRGOV", "2024-10-30"),
    ("Geert Wilders pulled his party out of the coalition.", "Geert Wilders", "NLDOPP", "2025-06-03"),
    ("Herbert Kickl failed to form a government.", "Herbert Kickl", "AUTOPP", "2025-02-12"),
    ("Mamata Banerjee accused the BJP of vote theft.", "Mamata Banerjee", "INDOPP", "2024-06-01"),
    ("John Steenhuisen joined the unity government.", "John Steenhuisen", "ZAFGOV", "2024-07-01"),
    ("Alberto Nunez Feijoo called for early elections.", "Alberto Nunez Feijoo", "ESPOPP", "2024-06-01"),
    ("Hakeem Jeffries said Democrats would oppose the bill.", "Hakeem Jeffries", "USALEG", "2025-03-01"),
    ("Gali Baharav-Miara warned the cabinet.", "Gali Baharav-Miara", "ISRJUD", "2025-03-01"),
    ("Italy flew Osama Elmasry back to Tripoli.", "Osama Elmasry", "LBYCOP", "2025-01-22"),
    ("Kemi Badenoch signed the trade deal.", "Kemi Badenoch", "GBRGOV", "2023-06-01"),
    ("Kemi Badenoch said Britain should leave the convention.", "Kemi Badenoch", "GBROPP", "2024-12-01"),
    ("Robert Jenrick defended the Rwanda plan.", "Robert Jenrick", "GBRGOV", "2023-06-01"),
    ("Roberta Metsola said the vote was valid.", "Roberta Metsola", "IGOEUREEC", "2024-06-01"),
    ("Margrethe Vestager fined Apple.", "Margrethe Vestager", "IGOEUREEC", "2024-03-04"),
    ("Margrethe Vestager presented the budget.", "Margrethe Vestager", "DNKGOV", "2013-06-01"),
    ("Magnus Brunner proposed new return rules.", "Magnus Brunner", "IGOEUREEC", "2025-03-11"),
    ("Ylva Johansson presented the migration pact.", "Ylva Johansson", "IGOEUREEC", "2023-06-01"),
    ("Robert Lighthizer said tariffs would rise.", "Robert Lighthizer", "USAGOV", "2019-05-10"),
    ("Steven Mnuchin flew to Beijing for trade talks.", "Steven Mnuchin", "USAGOV", "2019-05-10"),
    ("Janet Yellen visited Beijing.", "Janet Yellen", "USAGOV", "2023-07-06"),
    ("Kirstjen Nielsen visited the border.", "Kirstjen Nielsen", "USAGOV", "2019-03-01"),
    ("Christian Lindner rejected the budget.", "Christian Lindner", "DEUGOV", "2023-06-01"),
    ("Christian Lindner attacked Scholz.", "Christian Lindner", "DEUOPP", "2025-01-10"),
    ("Robert Habeck defended the heating law.", "Robert Habeck", "DEUGOV", "2023-06-01"),
])
def test_parties_and_people_of_the_day(resolver: Any, nlp: Any, text: str, mention: str, code: str, day: str) -> None:
    assert codes(resolver, nlp, text, day)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Syrian officers ended mediation between rival militias in Tripoli, the north Lebanese port.", "Tripoli", "LBN"),
    ("Clashes in Tripoli, Lebanon's second city, killed five people.", "Tripoli", "LBN"),
    ("The Lebanese army deployed troops in Tripoli after clashes.", "Tripoli", "LBN"),
    # Libya's capital wherever Lebanon is not named, or Libya is too
    ("Fighting in Tripoli killed five people, Libya's health ministry said.", "Tripoli", "LBY"),
    ("Tripoli said it would not accept the deal.", "Tripoli", "LBYGOV"),
    ("Lebanon's prime minister flew to Tripoli to meet Libya's leaders.", "Tripoli", "LBYGOV"),
])
def test_a_town_that_shares_a_capitals_name(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text, "2014-01-01")[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The US Trade Representative said the tariffs would stay.", "US Trade Representative", "USAGOV"),
    ("The USTR opened an investigation into Chinese shipbuilding.", "USTR", "USAGOV"),
    ("MOFCOM said China would fight to the end.", "MOFCOM", "CHNGOV"),
    ("The Bundesrat approved the bill.", "Bundesrat", "DEULEG"),
    ("The Conseil d'Etat suspended the decree.", "Conseil d'Etat", "FRAJUD"),
    # European courts by their seats, not the towns' countries
    ("The Strasbourg court ruled against Britain.", "Strasbourg court", "IGOEURCOE"),
    ("Britain may leave the ECHR, the minister said.", "ECHR", "IGOEURCOE"),
    ("The Luxembourg court ruled against Hungary.", "Luxembourg court", "IGOEUREEC"),
    ("MEPs voted to suspend the trade deal.", "MEPs", "IGOEUREEC"),
    ("Police in Strasbourg arrested a man.", "Strasbourg", "FRA"),
])
def test_trade_and_interior_offices_and_european_courts(resolver: Any, nlp: Any, text: str, mention: str,
                                                         code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Brussels court convicted the former MEP.", "Brussels court", "BELJUD"),
    ("Brussels prosecutors charged three people.", "Brussels prosecutors", "BELJUD"),
    ("Brussels police arrested two men.", "Brussels police", "BELCOP"),
    ("Brussels officials said the bloc would respond.", "Brussels officials", "IGOEUREEC"),
    ("Brussels imposed sanctions on Rwanda.", "Brussels", "IGOEUREEC"),
    ("A Luxembourg court convicted the banker.", "Luxembourg court", "LUXJUD"),
    ("A Strasbourg court jailed the man.", "Strasbourg court", "FRAJUD"),
])
def test_a_seat_of_european_bodies_with_a_city_body_after_it(resolver: Any, nlp: Any, text: str, mention: str,
                                                              code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Hungary's state broadcaster aired the speech.", "Hungary's state broadcaster", "HUNMED"),
    ("A Russian TV station aired the interview.", "Russian TV station", "RUSMED"),
    ("Turkey's media regulator fined Halk TV.", "Turkey's media regulator", "TURGOV"),
    ("Turkey's media regulator fined Halk TV.", "Halk TV", "TURMED"),
    ("Russia blocked the independent broadcaster TV Rain.", "TV Rain", "RUSMED"),
    ("Hong Kong police raided Apple Daily.", "Apple Daily", "HKGMED"),
    ("Geo News was taken off air.", "Geo News", "PAKMED"),
    ("Prothom Alo was attacked by a mob.", "Prothom Alo", "BGDMED"),
    ("Israel banned Al Mayadeen.", "Al Mayadeen", "LBNMED"),
    ("RT was banned in the EU.", "RT", "RUSMED"),
    ("Haaretz reported the raid.", "Haaretz", "ISRMED"),
])
def test_broadcasters_and_outlets(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


def test_the_channel_is_no_broadcaster(resolver: Any, nlp: Any) -> None:
    assert codes(resolver, nlp, "Migrants crossed the Channel in small boats.") == {}
