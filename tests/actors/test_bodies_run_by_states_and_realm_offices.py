"""Bodies a state runs or controls ("the Russian-run administration of Kherson"), the heads of state of the
Commonwealth realms and their governors-general, foreign and defence ministers of small and middle states, and
plural sector words news uses for a country's people (round thirty, see docs/actors-and-tenures.md). Sentences are
our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import mention_codes


def _events(pipeline: Any, text: str, day: str) -> set[tuple[str | None, str | None, str, str]]:
    """(source, target, root, factuality) of every event coded in ``text`` published on ``day``."""
    return {(e.source.actor_code if e.source else None, e.target.actor_code if e.target else None, e.event_code[:2],
             str(e.factuality)) for e in pipeline.code_text(text, published_on=date.fromisoformat(day))}


# -- a body a state runs or controls is that state's ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Russian-run administration of Kherson ordered an evacuation.", "Russian-run administration of Kherson",
     "RUSGOV"),
    ("A Kremlin-controlled court jailed the journalist.", "Kremlin-controlled court", "RUSJUD"),
    ("The Chinese-run company won the contract.", "Chinese-run company", "CHNBUS"),
    ("The Moscow-controlled authorities in Donetsk held a vote.", "Moscow-controlled authorities", "RUSGOV"),
    ("Saudi-run media criticised the move.", "Saudi-run media", "SAUMED"),
    ("The British-run police force in Hong Kong was replaced.", "British-run police", "GBRCOP"),
    ("Syria's Iranian-controlled militias attacked US troops.", "Syria's Iranian-controlled militias", "SYRREB"),
    ("A Russian-administered court in Crimea sentenced the activist.", "Russian-administered court", "RUSJUD"),
    ("The Kremlin-controlled parliament approved the law.", "Kremlin-controlled parliament", "RUSLEG"),
    ("Chinese-operated ports in Greece handled the cargo.", "Chinese", "CHN"),  # no sector word: the usual rules
])
def test_a_body_a_state_runs_is_that_state_s(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-06-01").get(mention) == code


@pytest.mark.parametrize("text", [
    "Iran-run militias attacked the base.",              # proxies: not Iran's own act, no state of their own named
    "Iranian-controlled militias attacked the base.",
])
def test_militias_a_state_runs_are_not_its_own_forces(resolver: Any, nlp: Any, text: str) -> None:
    codes = mention_codes(resolver, nlp, text, "2024-06-01")
    assert not any(code.startswith("IRN") for code in codes.values()), codes


@pytest.mark.parametrize(("text", "code"), [
    ("The Hamas-run health ministry said 35 people were killed in the strike.", "PSEREBHMS"),
    ("The Houthi-run Saba news agency reported the strikes.", "YEMREBHTH"),
    ("The Taliban-run government banned women from universities.", "AFGGOV"),
    ("A Houthi-controlled court sentenced 17 people to death.", "YEMREBHTH"),
    ("The Saudi-led coalition struck Sanaa.", "SAU"),                       # "-led" unchanged
    ("The Moscow-installed governor of Zaporizhzhia ordered an evacuation.", "RUSGOV"),  # "-installed" unchanged
])
def test_a_body_a_group_runs_is_the_group_s_and_controls(resolver: Any, nlp: Any, text: str, code: str) -> None:
    assert code in mention_codes(resolver, nlp, text, "2024-06-01").values()


def test_a_body_a_people_dominates_is_not_their_state_s(resolver: Any, nlp: Any) -> None:
    # "-dominated" says who makes a body up, not who runs it
    codes = mention_codes(resolver, nlp, "The Serb-dominated police raided the offices in Banja Luka.", "2024-06-01")
    assert "SRBCOP" not in codes.values(), codes


def test_a_state_run_body_is_no_named_state(resolver: Any, nlp: Any) -> None:
    assert mention_codes(resolver, nlp, "The state-run news agency said the talks had failed.", "2024-06-01") == {}


def test_a_court_a_state_controls_codes_its_verdict(pipeline: Any) -> None:
    events = _events(pipeline, "A Kremlin-controlled court sentenced the American journalist to 16 years in prison "
                               "on Friday.", "2024-07-19")
    assert any(src == "RUSJUD" and root == "11" for src, _, root, _ in events), events


# -- the realms' monarch, governors-general, ministers of small and middle states -----------------------------------

@pytest.mark.parametrize(("country", "day", "name"), [
    ("BLZ", "2023-06-01", "King Charles III"),
    ("BHS", "2020-06-01", "Queen Elizabeth II"),
    ("PNG", "2024-06-01", "King Charles III"),
    ("SLB", "2024-06-01", "King Charles III"),
    ("TUV", "2024-06-01", "King Charles III"),
    ("LCA", "2024-06-01", "King Charles III"),
    ("VCT", "2024-06-01", "King Charles III"),
    ("ATG", "2024-06-01", "King Charles III"),
    ("KNA", "2024-06-01", "King Charles III"),
    ("GRD", "2021-06-01", "Queen Elizabeth II"),
    ("BRB", "2019-06-01", "Queen Elizabeth II"),
    ("MCO", "2024-06-01", "Prince Albert II"),
])
def test_heads_of_state_of_the_realms_and_monaco(kb: Any, country: str, day: str, name: str) -> None:
    assert [t.name for t in kb.holders(country, "head_of_state", date.fromisoformat(day))] == [name]


def test_barbados_has_no_monarch_after_the_republic(kb: Any) -> None:
    assert "Queen Elizabeth II" not in [t.name for t in kb.holders("BRB", "head_of_state", date(2022, 6, 1))]


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Queen Elizabeth met Barack Obama in London.", "2024-06-01", "Queen Elizabeth", "GBRGOV"),  # out of office
    ("King Charles met the prime minister of Belize.", "2023-06-01", "King Charles", "GBRGOV"),  # the home realm
    ("Governor-General Sam Mostyn swore in the new ministers.", "2024-09-01", "Sam Mostyn", "AUSGOV"),
    ("Governor-General David Hurley dissolved parliament.", "2022-01-01", "David Hurley", "AUSGOV"),
    ("Dame Cindy Kiro visited Samoa.", "2024-09-01", "Dame Cindy Kiro", "NZLGOV"),
    ("Prince Albert of Monaco met the French president.", "2024-09-01", "Prince Albert", "MCOGOV"),
    ("Ritish Ramful said the deal would be signed.", "2025-02-01", "Ritish Ramful", "MUSGOV"),
    ("Henry Sáenz visited the border with Mexico.", "2024-09-01", "Henry Sáenz", "GTMGOV"),
    ("Peya Mushelenga met his Chinese counterpart.", "2024-09-01", "Peya Mushelenga", "NAMGOV"),
    ("Selma Ashipala-Musavyi met her Chinese counterpart.", "2025-06-01", "Selma Ashipala-Musavyi", "NAMGOV"),
    ("Sabine Monauni met the Swiss foreign minister.", "2025-06-01", "Sabine Monauni", "LIEGOV"),
    ("Dominique Hasler met the Swiss foreign minister.", "2024-06-01", "Dominique Hasler", "LIEGOV"),
    ("Alexandra Hill Tinoco met the US secretary of state.", "2025-02-01", "Alexandra Hill Tinoco", "SLVGOV"),
])
def test_office_holders_of_the_realms_and_small_states(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


# -- plural sector words and named sets of states --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Myanmar's resistance forces captured a town.", "Myanmar's resistance forces", "MMRREB"),
    ("Ukrainian resistance fighters blew up a bridge.", "Ukrainian resistance fighters", "UKRREB"),
    ("Congolese armed groups attacked the camp.", "Congolese armed groups", "CODREB"),
    ("Israeli settlers torched cars in the West Bank.", "Israeli settlers", "ISRCVL"),
    ("Iraqi Kurdish officials met Turkish envoys.", "Turkish envoys", "TURGOV"),
    ("Serbia's Vucic met Chinese investors.", "Chinese investors", "CHNBUS"),
    ("The Sahel juntas announced a joint force.", "Sahel juntas", "IGOWAFAES"),
    ("Russia pledged weapons to the three Sahel juntas.", "three Sahel juntas", "IGOWAFAES"),
])
def test_plural_sector_words_and_sets_of_states(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-09-01").get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russian forces captured the village.", "Russian forces", "RUSMIL"),     # "forces" alone: the army
    ("Iranian diplomats met their Saudi counterparts.", "Iranian diplomats", "IRNGOV"),
])
def test_controls_sector_words(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, "2024-09-01").get(mention) == code
