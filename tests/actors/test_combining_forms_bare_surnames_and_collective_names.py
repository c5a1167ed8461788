"""Combining forms of states hyphened before a second state ("Sino-Russian", "Franco-German", "the Russo-Ukrainian
war"), Arabic surnames without their article after the first mention ("Sharaa said", "Sudani"), collective names
("Amnesty", "the Gulf states", "Palestine Action") and office holders a census found missing (round thirty-two, see
docs/actors-and-tenures.md). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

DAY = "2025-12-01"


# -- combining forms: the state's demonym, only before a second state's name ----------------------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("Sino-Russian naval exercises began near Japan on Tuesday.", {"Sino": "CHN", "Russian": "RUS"}),
    ("Sino-US trade talks resumed in London on Monday.", {"Sino": "CHN", "US": "USA"}),
    ("Beijing hailed Sino-African ties as Ramaphosa arrived.", {"Beijing": "CHNGOV"}),
    ("Sino-Japanese relations soured after Takaichi's remarks.", {"Sino": "CHN", "Japanese": "JPN"}),
    ("Franco-German talks on the fighter jet collapsed on Monday.", {"Franco": "FRA", "German": "DEU"}),
    ("The Franco-British summit opened in London.", {"Franco": "FRA", "British": "GBR"}),
    ("Indo-Pakistani talks resumed in Geneva.", {"Indo": "IND", "Pakistani": "PAK"}),
    ("The Indo-Bangladesh border was sealed on Friday.", {"Indo": "IND", "Bangladesh": "BGD"}),
    ("The Russo-Ukrainian war entered its fourth year.", {"Russo": "RUS", "Ukrainian": "UKR"}),
    ("Anglo-Irish relations improved after the vote.", {"Anglo": "GBR", "Irish": "IRL"}),
    ("The Greco-Turkish dispute over the Aegean flared again.", {"Greco": "GRC", "Turkish": "TUR"}),
    ("An Italo-Albanian migrant deal was struck down.", {"Italo": "ITA", "Albanian": "ALB"}),
])
def test_a_combining_form_before_a_state_is_that_state(resolver: Any, nlp: Any, text: str,
                                                       codes: dict[str, str]) -> None:
    found = mention_codes(resolver, nlp, text, DAY)
    for mention, code in codes.items():
        assert found.get(mention) == code, found


@pytest.mark.parametrize(("text", "word", "state"), [
    ("The Indo-Pacific command said Chinese jets harassed a US plane.", "Indo", "IND"),   # a region follows
    ("Anglo-Saxon countries share intelligence.", "Anglo", "GBR"),
    ("Greco-Roman wrestlers from Iran won gold.", "Greco", "GRC"),
    ("Franco ruled Spain until 1975.", "Franco", "FRA"),                                  # never alone
    ("Franco said he would stay at the club.", "Franco", "FRA"),
    ("Linguists study Sino-Tibetan languages.", "Sino", "CHN"),
])
def test_a_combining_form_elsewhere_is_no_state(resolver: Any, nlp: Any, text: str, word: str, state: str) -> None:
    assert not mention_codes(resolver, nlp, text, DAY).get(word, "").startswith(state)


# -- Arabic surnames without the article after the first mention -------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("On Monday, Sharaa accused Israel of violating Syrian sovereignty.", "Sharaa", "SYRGOV"),
    ("In Damascus, Sharaa received the Saudi foreign minister.", "Sharaa", "SYRGOV"),
    ("Trump praised Sharaa on Tuesday.", "Sharaa", "SYRGOV"),
    ("Sudani met Erdogan in Ankara on Monday.", "Sudani", "IRQGOV"),
    ("On Friday, Jubeir met Blinken.", "Jubeir", "SAUGOV"),
    ("Rubio met Shaibani in Washington on Friday.", "Shaibani", "SYRGOV"),
    ("Iraq's prime minister Mohammed Shia al-Sudani met Erdogan; Sudani urged him to release water.", "Sudani",
     "IRQGOV"),
    ("Washington warned Sadr against joining the protests.", "Sadr", "IRQ"),
    ("Hamas said Hayya would lead the delegation to Cairo.", "Hayya", "PSEREBHMS"),
])
def test_a_surname_without_its_article_is_its_bearer(resolver: Any, nlp: Any, text: str, mention: str,
                                                     code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention, "")[:len(code)] == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Sheikh Tamim met Trump in Doha.", "Sheikh", None),                 # a title, not Hussein al-Sheikh
    ("Burhan met Sisi in Cairo.", "Sisi", "EGYGOV"),                     # controls: listed before
    ("Sadiq Khan criticised the government.", "Sadiq", None),             # a given name
    ("Egypt's president Abdel Fattah el-Sisi met Macron.", "Egypt's president Abdel Fattah el-Sisi", "EGYGOV"),
    ("Sisi met Macron in Cairo.", "Sisi", "EGYGOV"),
])
def test_bare_surnames_that_are_titles_or_given_names_stay_unread(resolver: Any, nlp: Any, text: str, mention: str,
                                                                  code: str | None) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


# -- collective names -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Amnesty accused Israeli forces of killing civilians in Gaza.", "Amnesty", "NGOAMN"),
    ("Amnesty said on Tuesday that Egyptian authorities had detained protesters.", "Amnesty", "NGOAMN"),
    ("Human Rights Watch and Amnesty urged Saudi Arabia to free the activists.", "Amnesty", "NGOAMN"),
    ("The Gulf monarchies condemned Israel's strike on Qatar.", "Gulf monarchies", "IGOARBGCC"),
    ("The Gulf states pledged $5 billion to rebuild Gaza.", "Gulf states", "IGOARBGCC"),
    ("Gulf Arab states called on Iran to halt its attacks.", "Gulf Arab states", "IGOARBGCC"),
    ("Trump toured the Gulf countries in May.", "Gulf countries", "IGOARBGCC"),
    ("Britain banned Palestine Action under anti-terrorism laws.", "Palestine Action", "GBROPP"),
    ("Palestine Action activists broke into an air base.", "Palestine Action activists", "GBROPP"),
])
def test_collective_names(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention, "")[:len(code)] == code


@pytest.mark.parametrize(("text", "mention"), [
    ("An amnesty for rebels was announced by the government of Colombia.", "amnesty"),   # a pardon, no actor
    ("Palestine accused Israel of genocide.", "Palestine"),                               # control: the state
])
def test_collective_name_controls(resolver: Any, nlp: Any, text: str, mention: str) -> None:
    found = mention_codes(resolver, nlp, text, DAY)
    assert found.get(mention) in (None, "PSE")


# -- office holders a census found missing -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Sylvie Baipo-Temon met Lavrov in Moscow.", "Sylvie Baipo-Temon", "CAFGOV"),
    ("Luca Beccari met Pope Leo at the Vatican.", "Luca Beccari", "SMRGOV"),
    ("Mauritanian Foreign Minister Mohamed Salem Ould Merzoug met Tebboune.",
     "Mauritanian Foreign Minister Mohamed Salem Ould Merzoug", "MRTGOV"),
    ("Lejone Mpotjoane criticised US tariffs.", "Lejone Mpotjoane", "LSOGOV"),
    ("Kerrie Symmonds welcomed the Caricom delegation.", "Kerrie Symmonds", "BRBGOV"),
    ("Hugo de Zela met Rubio in Washington.", "Hugo de Zela", "PERGOV"),
    ("Celestin Simpore visited troops in Djibo.", "Celestin Simpore", "BFAGOV"),
    ("Guinea's junta leader Mamadi Doumbouya met Tinubu.", "Mamadi Doumbouya", "GINGOV"),
])
def test_office_holders_of_the_census(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, DAY).get(mention) == code


# -- a name listed for one person out of office yields to the leader in office who bears it ----------------------------

@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Lee met Takaichi in Tokyo on Saturday.", "2025-12-01", "Lee", "KORGOV"),          # beside a foreign leader
    ("South Korea said Lee would visit Washington.", "2025-12-01", "Lee", "KORGOV"),    # the country named
    ("Seoul said Lee would attend the APEC summit.", "2025-10-01", "Lee", "KORGOV"),
    ("Lee met Xi in Beijing.", "2023-12-01", "Lee", "SGPGOV"),                          # controls: in office then
    ("Singapore's senior minister Lee Hsien Loong met Xi, and Lee praised China.", "2025-12-01", "Lee", "SGPGOV"),
    ("Lee met Xi in Beijing.", "2024-12-01", "Lee", "SGPGOV"),                          # no Korean leader Lee yet
])
def test_a_listed_name_out_of_office_yields_to_the_leader_in_office(resolver: Any, nlp: Any, text: str, day: str,
                                                                     mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code
