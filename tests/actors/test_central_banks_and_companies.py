"""Central banks (by their own names, as "X's central bank", and by their governors) are their state's government,
as the Federal Reserve is; companies that news names as actors are their state's business; investigators and
detectives are police of the place they act in; fishermen, clergy, asylum seekers and mediators take their
country's sector (CVL, REL, REF, GOV). Sentences are our own (see docs/actors-and-tenures.md, "Round
twenty-two: actors news names by role")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import codes_dated, mention_codes

codes = codes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Turkey's central bank raised its main rate to 50 percent.", "Turkey's central bank", "TURGOV"),
    ("Nigeria's central bank devalued the naira.", "Nigeria's central bank", "NGAGOV"),
    ("The People's Bank of China cut its reserve ratio.", "People's Bank of China", "CHNGOV"),
    ("The Bank of Japan ended negative rates.", "Bank of Japan", "JPNGOV"),
    ("The Reserve Bank of India held rates.", "Reserve Bank of India", "INDGOV"),
    ("The Bank of England raised rates.", "Bank of England", "GBRGOV"),
    ("The Central Bank of Nigeria devalued the naira.", "Central Bank of Nigeria", "NGAGOV"),
    ("The Bank of Russia raised its key rate.", "Bank of Russia", "RUSGOV"),
    ("The Bundesbank warned of a recession.", "Bundesbank", "DEUGOV"),
])
def test_central_banks_are_their_states_government(resolver: Any, nlp: Any, text: str, mention: str,
                                                   code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Elvira Nabiullina raised the key rate.", "2024-06-01", "Elvira Nabiullina", "RUSGOV"),
    ("Kazuo Ueda signalled a rate rise.", "2024-06-01", "Kazuo Ueda", "JPNGOV"),
    ("Haruhiko Kuroda defended the stimulus.", "2020-06-01", "Haruhiko Kuroda", "JPNGOV"),
    ("Pan Gongsheng said the bank would cut rates.", "2024-06-01", "Pan Gongsheng", "CHNGOV"),
    ("Jerome Powell told Congress that rates would stay high.", "2024-06-01", "Jerome Powell", "USAGOV"),
    ("Shaktikanta Das said inflation was easing.", "2023-06-01", "Shaktikanta Das", "INDGOV"),
    ("Christine Lagarde warned of inflation.", "2024-06-01", "Christine Lagarde", "IGOEUREEC"),  # the ECB, the EU's
    ("Christine Lagarde warned of a slowdown.", "2016-06-01", "Christine Lagarde", "IGOIMF"),  # then the IMF's chief
    ("Mario Draghi pledged to do whatever it takes.", "2012-07-26", "Mario Draghi", "IGOEUREEC"),
    ("Sobyanin said drones had been shot down.", "2024-06-01", "Sobyanin", "RUSGOV"),
])
def test_governors_and_mayors_on_the_date(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                          code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("BYD will build a plant in Hungary.", "BYD", "CHNBUS"),
    ("Washington sanctioned Elbit Systems.", "Elbit Systems", "ISRBUS"),
    ("Baykar delivered drones to Ukraine.", "Baykar", "TURBUS"),
    ("Rheinmetall will build a factory in Ukraine.", "Rheinmetall", "DEUBUS"),
    ("SpaceX launched the satellites.", "SpaceX", "USABUS"),
    ("Hanwha signed a deal with Poland.", "Hanwha", "KORBUS"),
    ("Ukrenergo cut power in Kyiv.", "Ukrenergo", "UKRBUS"),
])
def test_companies_are_their_states_business(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Investigators raided the offices of the ruling party in Bratislava.", "Investigators", "SVKCOP"),
    ("Chinese investigators questioned the crew.", "Chinese investigators", "CHNCOP"),
    ("Detectives arrested two men in Manchester.", "Detectives", "GBRCOP"),
])
def test_investigators_are_police(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code


@pytest.mark.parametrize(("text", "word"), [
    ("The central bank raised rates.", "central bank"),  # no country named
    ("Investigators found the plane's black box.", "Investigators"),  # no place named
    ("He banked the cheque at a central branch.", "central"),
])
def test_no_country_no_actor(resolver: Any, nlp: Any, text: str, word: str) -> None:
    assert not any(word in mention for mention in codes(resolver, nlp, text))


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Filipino fishermen were harassed by the Chinese coast guard.", "Filipino fishermen", "PHLCVL"),
    ("Nigerian bishops condemned the killings.", "Nigerian bishops", "NGAREL"),
    ("Tibetan monks protested.", "Tibetan monks", "CHNREL"),
    ("Sudanese asylum seekers were deported.", "Sudanese asylum seekers", "SDNREF"),
    ("Egyptian mediators met Hamas.", "Egyptian mediators", "EGYGOV"),
])
def test_people_named_by_their_calling(resolver: Any, nlp: Any, text: str, mention: str, code: str) -> None:
    assert codes(resolver, nlp, text).get(mention) == code
