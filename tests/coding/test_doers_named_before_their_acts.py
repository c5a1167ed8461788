"""Who does an act named before it (thirtieth round, docs/coding.md). A named noun right before an -ing clause with no
subject of its own is that clause's subject when it is the object of a verb of stance or of a preposition on one
("Washington condemned China sending warships", "Seoul condemned North Korea firing missiles", "warned against
Ukraine joining NATO"); an act's object before a bare participle is not ("Israeli jets struck Gaza killing 20"). A
country named before a forces' adjective does the act ("the US naval build-up"), and what an act answers ("in
response to", "in retaliation for") is an event of its own, not the theme of the act. An unnamed government,
authorities or junta acting on a town of one country, with no other country named but the nationality of those it
acts on, is that country's. None of these
sentences is a gold sentence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 6, 1)


def _roots(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington condemned China sending warships to the Philippines' waters.", ("CHN", "15", "PHL", "asserted")),
    ("The US criticised Russia deploying troops to Belarus.", ("RUS", "15", "BLR", "asserted")),
    ("Tokyo protested against China sending coast guard ships near the Senkaku Islands.",
     ("CHN", "15", "JPN", "asserted")),
    ("Seoul condemned North Korea firing ballistic missiles into the sea.", ("PRK", "19", "KOR", "asserted")),
    ("Manila criticised Beijing deploying warships near the Second Thomas Shoal.", ("CHN", "15", "PHL", "asserted")),
    ("Kyiv welcomed Germany sending Leopard tanks to Ukraine.", ("DEU", "07", "UKR", "asserted")),
])
def test_a_named_object_before_an_ing_clause_is_its_subject(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "not_source", "root"), [
    ("Washington condemned China sending warships to the Philippines' waters.", "USA", "15"),
    ("Turkey approved Finland and Sweden joining NATO.", "TUR", "05"),
    ("Russia warned against Ukraine joining NATO.", "RUS", "05"),
    ("Seoul condemned North Korea firing ballistic missiles into the sea.", "KOR", "19"),
    ("Kyiv welcomed Germany sending Leopard tanks to Ukraine.", "UKR", "07"),
])
def test_the_stance_taker_does_not_do_the_act(pipeline: Any, text: str, not_source: str, root: str) -> None:
    assert not any(s == not_source and c == root for s, c, _, _ in _roots(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck Gaza killing 20 people.", ("ISR", "19", "PSE", "asserted")),
    ("Russia struck Kharkiv, killing 12 civilians.", ("RUS", "19", "UKR", "asserted")),
])
def test_an_acts_object_before_a_participle_does_not_act(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    got = _roots(pipeline, text)
    assert expected in got and not any(s in ("PSE", "UKR") for s, _, _, _ in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicolas Maduro ordered the mobilisation of militia members in response to the US naval build-up in the "
     "Caribbean.", ("USA", "15", "VEN", "asserted")),
    ("Taipei raised its alert level in response to the Chinese naval build-up around the island.",
     ("CHN", "15", "TWN", "asserted")),
    ("Hezbollah fired rockets in retaliation for the Israeli air strikes on Beirut.", ("ISR", "19", "LBN", "asserted")),
])
def test_a_country_named_before_its_forces_act_does_it(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize("text", [
    "Hungary will not block the renewal of EU economic sanctions on Russia.",
    "Israel struck targets in Lebanon after the Iran nuclear talks stalled.",
])
def test_a_name_before_a_theme_or_topic_does_no_act(pipeline: Any, text: str) -> None:
    got = _roots(pipeline, text)
    assert not any(s == "IRN" for s, _, _, _ in got) and not any(c == "16" for _, c, _, _ in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("The government sent more troops to Minneapolis.", ("USA", "15", None, "asserted")),
    ("The authorities deployed riot police to Marseille.", ("FRA", "15", None, "asserted")),
    ("The junta arrested opposition leaders in Bamako.", ("MLI", "17", "MLI", "asserted")),
    ("The military government imposed a curfew in Yangon.", ("MMR", "17", "MMR", "asserted")),
    ("The government cut off internet access in Tigray.", ("ETH", "17", "ETH", "asserted")),
    # the nationality of those acted on is no other country the government could be of
    ("The junta expelled the French ambassador from Niamey.", ("NER", "17", "FRA", "asserted")),
    ("The authorities detained a British journalist in Tehran.", ("IRN", "17", "GBR", "asserted")),
])
def test_an_unnamed_government_acting_on_a_town_is_that_towns_countrys(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str]) -> None:
    assert expected in _roots(pipeline, text)


@pytest.mark.parametrize(("text", "not_source", "root"), [
    ("The government sent troops to Paris and Berlin.", ("FRA", "DEU"), "07"),  # two countries: whose is unsaid
    ("The government condemned the attack in Kyiv.", ("UKR",), "11"),  # the town is the attack's, not the government's
    ("The government expressed appreciation for China's assistance.", ("CHN",), "05"),  # a country named as such
])
def test_a_government_is_not_read_from_towns_of_several_countries_or_of_another_phrase(
        pipeline: Any, text: str, not_source: tuple[str, ...], root: str) -> None:
    got = _roots(pipeline, text)
    assert not any(s in not_source and c == root for s, c, _, _ in got), got


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Turkey protested Sweden allowing Koran burnings.", "allowing", "Sweden"),
    ("Washington condemned China sending warships to the Philippines' waters.", "sending", "China"),
    ("Russia warned against Ukraine joining NATO.", "joining", "Ukraine"),
    ("Turkey lifted its veto on Finland and Sweden joining NATO.", "joining", "Finland"),
    ("Russia struck Kharkiv, killing 12 civilians.", "killing", "Russia"),
    ("Russia spent months preparing the attack on Kyiv.", "preparing", "Russia"),
    ("Russia seized the plant owned by France's Danone, accusing the company of unfriendly acts.", "accusing",
     "Russia"),
])
def test_the_subject_of_an_ing_clause(nlp: Any, text: str, verb: str, subject: str) -> None:
    from detente.coding.clauses import subjects

    doc = nlp(text)
    found, _ = subjects(next(t for t in doc if t.text == verb))
    assert subject in [t.text for t in found]


@pytest.mark.parametrize(("text", "expected", "not_source"), [
    ("Washington sanctioned Moscow over its attacks on Ukrainian cities.", ("RUS", "19", "UKR", "asserted"), "USA"),
    ("The EU imposed new sanctions on Russia over its invasion of Ukraine.", ("RUS", "19", "UKR", "asserted"), None),
    ("Washington criticised Beijing over its military drills around Taiwan.", ("CHN", "15", "TWN", "asserted"), "USA"),
    ("North Korea supplied Russia with weapons for its war in Ukraine.", ("RUS", "19", "UKR", "asserted"), "PRK"),
])
def test_an_act_one_is_punished_or_blamed_over_is_ones_own(
        pipeline: Any, text: str, expected: tuple[str | None, str, str | None, str], not_source: str | None) -> None:
    got = _roots(pipeline, text)
    assert expected in got and not any(s == not_source and c == expected[1] for s, c, _, _ in got), got
