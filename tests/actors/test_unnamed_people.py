"""People named by number, by sex or by their people, and towns listed with a surname's spelling: crowds ("Hundreds
of thousands marched through Hong Kong"), lone people ("a man", "two men") and peoples of several states ("displaced
Hutus") take the country their sentence gives them; "in Nondin and Soro" is a town, not Guillaume Soro. Sentences
are our own (see docs/actors-and-tenures.md, "The twentieth actors round")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated

codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Hundreds of thousands marched through Hong Kong against the bill.", "Hundreds of thousands", "HKGCVL"),
    ("Thousands marched through Paris against the pension reform.", "Thousands", "FRACVL"),
    ("Tens of thousands rallied in Tbilisi against the foreign agents law.", "Tens of thousands", "GEOCVL"),
    ("Hundreds protested in Nairobi against the finance bill.", "Hundreds", "KENCVL"),
    ("Thousands took to the streets of Belgrade.", "Thousands", "SRBCVL"),
    ("Dozens were arrested in Istanbul after the rally.", "Dozens", "TURCVL"),
    ("Millions voted in Jakarta on Wednesday.", "Millions", "IDNCVL"),
    ("Police in Dhaka fired on thousands outside the parliament.", "thousands", "BGDCVL"),
])
def test_a_bare_number_of_people_is_a_crowd_of_its_place(resolver: Any, nlp: Any, text: str, mention: str,
                                                         code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "word"), [
    ("Thousands of jobs were lost in Detroit.", "Thousands"),
    ("Millions of dollars were sent to Kyiv.", "Millions"),
    ("Thousands protested outside the US embassy in Belgrade.", "Thousands"),
    ("Thousands gathered for the concert.", "Thousands"),
    ("Hundreds of troops crossed into Lebanon.", "Hundreds"),
])
def test_a_number_of_things_or_of_a_crowd_of_no_one_country_is_no_crowd(resolver: Any, nlp: Any, text: str,
                                                                        word: str) -> None:
    assert not any(mention.startswith(word) for mention in codes(resolver, nlp, text))


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A man broke into Nancy Pelosi's San Francisco home and attacked her husband.", "A man", "USACVL"),
    ("A man pointed a pistol at Cristina Fernandez de Kirchner outside her Buenos Aires home.", "A man", "ARGCVL"),
    ("A man shot Shinzo Abe during a campaign speech in Nara.", "A man", "JPNCVL"),
    ("A woman was stabbed to death in Tehran.", "A woman", "IRNCVL"),
    ("Two men attacked a synagogue in Manchester.", "Two men", "GBRCVL"),
    ("Police in Minneapolis shot a man during a traffic stop.", "a man", "USACVL"),
])
def test_a_lone_person_is_a_civilian_of_the_one_country_named(resolver: Any, nlp: Any, text: str, mention: str,
                                                              code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize("text", [
    "A man set himself on fire outside the Israeli embassy in Washington.",  # two countries
    "Israeli troops shot a man in Jenin.",
    "A man from Syria stabbed three people in Solingen.",
    "He is a man of peace, Putin said of Xi.",  # an attribute, no party
    "A young man threw eggs at King Charles in York.",  # a modifier may say whose he is: left alone
    "A man was arrested.",  # no country at all
    "The man who shot Shinzo Abe was sentenced to life.",  # "the man" may be named before
    "Xi Jinping received Vladimir Putin in Beijing, and the two men signed a pact.",
    "Shehbaz Sharif met Asif Zardari in Lahore, where the two men agreed on a coalition.",
])
def test_a_lone_person_of_no_one_country_is_no_actor(resolver: Any, nlp: Any, text: str) -> None:
    found = codes(resolver, nlp, text)
    assert not any(m.lower().split()[-1] in ("man", "men", "woman") for m in found), found


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Rwandan army troops killed thousands of displaced Hutus when they fired on the camp.", "Hutus", "RWACVL"),
    ("Tuaregs fled the fighting in northern Mali.", "Tuaregs", "MLICVL"),
    ("Tamils protested in Colombo against the army.", "Tamils", "LKACVL"),
    ("Burundian police rounded up hundreds of Tutsis.", "Tutsis", "BDICVL"),
])
def test_a_people_of_several_states_is_of_the_one_named(resolver: Any, nlp: Any, text: str, mention: str,
                                                        code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "word"), [
    ("Tamils in Canada marched against Sri Lanka.", "Tamils"),  # a diaspora
    ("Hutus and Tutsis signed a peace deal in Arusha.", "Hutus"),  # no state of theirs named
    ("Rwanda accused Burundi of arming Hutus.", "Hutus"),  # two of their states
])
def test_a_people_with_no_one_state_named_is_no_actor(resolver: Any, nlp: Any, text: str, word: str) -> None:
    assert word not in codes(resolver, nlp, text)


@pytest.mark.parametrize("text", [
    "Burkina Faso's army killed at least 223 villagers in Nondin and Soro in February.",
    "Fighting was reported in Bouna and Soro on Monday.",
    "Ivorian troops clashed with rebels near Man and Soro.",
])
def test_a_surname_listed_with_a_town_is_a_town(resolver: Any, nlp: Any, text: str) -> None:
    assert "Soro" not in codes(resolver, nlp, text)


@pytest.mark.parametrize("text", [
    "Ouattara met Soro in Abidjan.",
    "Alassane Ouattara and Guillaume Soro signed the deal in Abidjan.",
])
def test_the_surname_beside_people_is_still_the_person(resolver: Any, nlp: Any, text: str) -> None:
    found = codes(resolver, nlp, text)
    assert found.get("Soro", found.get("Guillaume Soro")) == "CIVGOV"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The electoral commission declared William Ruto the winner.", "electoral commission", "KENGOV"),
    ("The election commission disqualified Imran Khan from the vote.", "election commission", "PAKGOV"),
    ("The constitutional court removed Yoon Suk Yeol from office.", "constitutional court", "KORJUD"),
    ("The constitutional court annulled the first round in Romania.", "constitutional court", "ROUJUD"),
    ("The electoral commission said turnout in Harare was low.", "electoral commission", "ZWEGOV"),
])
def test_electoral_and_constitutional_bodies_are_of_the_one_country_named(resolver: Any, nlp: Any, text: str,
                                                                          mention: str, code: str) -> None:
    assert codes(resolver, nlp, text)[mention] == code


@pytest.mark.parametrize(("text", "mention"), [
    ("The election commission barred two Russian nationals from observing the vote.", "election commission"),
    ("Putin met Xi before the constitutional court ruled in Moscow.", "constitutional court"),
])
def test_electoral_and_constitutional_bodies_of_no_one_country_stay_unresolved(resolver: Any, nlp: Any, text: str,
                                                                               mention: str) -> None:
    assert mention not in codes(resolver, nlp, text)
