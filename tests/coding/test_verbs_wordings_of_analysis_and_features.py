"""Wordings of analysis, opinion and long features that coded nothing or a wrong root: sides called out over something,
cozied up to, owned overtures, accusations and calls pushed back against, offers snubbed, funding slashed, arms sales
frozen, owned persecution, leaders jetting abroad, lifelines thrown, money handed, sabres rattled, military muscle
flexed, relenting, the press muzzled, tearing into a side, demands issued, sanctions ratcheted up, an owned
rapprochement, aid held up, olive branches extended, horns locked, partnerships inked, arms licences suspended, travel bans placed, blessings
given (docs/coding.md, "Lexicon, twenty-first round"). Each wording
is also checked where the same words state no event. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("Canada called out India over the killing of a Sikh activist.", ("CAN", "111", "IND")),
    ("Orban has cozied up to Beijing.", ("HUN", "050", "CHN")),
    ("Erdogan cozied up to Putin after the failed coup.", ("TUR", "050", "RUS")),
    ("The Kremlin's overtures to Riyadh alarmed Washington.", ("RUS", "030", "SAU")),
    ("Seoul made overtures to Pyongyang.", ("KOR", "030", "PRK")),
    ("India pushed back against Canada's accusations.", ("IND", "016", "CAN")),
    ("Germany pushed back against French calls for European sovereignty.", ("DEU", "120", "FRA")),
    ("Putin snubbed Macron's offer to mediate.", ("RUS", "120", "FRA")),
    ("Washington slashed funding for Ukraine.", ("USA", "162", "UKR")),
    ("Turkey froze arms sales to Israel.", ("TUR", "1622", "ISR")),
    ("Russia's persecution of Ukrainian activists intensified.", ("RUS", "175", "UKR")),
    ("China persecuted Uighur activists.", ("CHN", "175", "CHN")),
    ("Blinken jetted to Beijing for talks.", ("USA", "042", "CHN")),
    ("The IMF threw a lifeline to Pakistan.", ("IGO", "070", "PAK")),
    ("Washington extended a lifeline to Kyiv.", ("USA", "070", "UKR")),
    ("The EU handed Egypt 7.4 billion euros.", ("IGO", "071", "EGY")),
    ("Beijing rattled its sabre at Taipei.", ("CHN", "138", "TWN")),
    ("Russia rattled its nuclear sabre.", ("RUS", "138", None)),
    ("China flexed its military muscle near Taiwan.", ("CHN", "150", "TWN")),
    ("Turkey relented on its veto of Sweden.", ("TUR", "080", None)),
    ("Hungary muzzled independent media.", ("HUN", "1721", "HUN")),
    ("Ankara tore into Washington over its support for Kurdish fighters.", ("TUR", "111", "USA")),
    ("Moscow issued demands to NATO for security guarantees.", ("RUS", "100", "IGO")),
    ("Ankara made demands on Stockholm.", ("TUR", "100", "SWE")),
    ("Washington ratcheted up sanctions on Moscow.", ("USA", "163", "RUS")),
    ("Brussels ramped up sanctions against Minsk.", ("IGO", "163", "BLR")),
    ("Riyadh's rapprochement with Tehran surprised Washington.", ("SAU", "054", "IRN")),
    ("Hungary held up aid to Ukraine.", ("HUN", "162", "UKR")),
    ("Erdogan extended an olive branch to Assad.", ("TUR", "030", "SYR")),
    ("India and China locked horns over the border.", ("IND", "111", "CHN")),
    ("India and China locked horns over the border.", ("CHN", "111", "IND")),
    ("Washington crossed swords with Riyadh over oil output.", ("USA", "111", "SAU")),
    ("Washington and Hanoi inked a strategic partnership.", ("USA", "057", "VNM")),
    ("London suspended arms licences to Israel.", ("GBR", "1622", "ISR")),
    ("Beijing placed a travel ban on a Japanese lawmaker.", ("CHN", "163", "JPN")),
    ("Ankara gave its blessing to Sweden's NATO bid.", ("TUR", "050", "SWE")),
    ("Washington revoked export licences for Huawei.", ("USA", "163", "CHN")),
])
def test_wording_codes_its_act(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The singer cozied up to her co-star at the premiere.",
    "Investors pushed back against the plan.",
    "The ruling threw a lifeline to the embattled prime minister's career.",
    "The crisis rattled markets in Tokyo.",
    "The tech giant flexed its muscle in Europe.",
    "The referee called out the player over his conduct.",
    "Fans jetted to Qatar for the World Cup.",
    "The teacher relented and let the students leave.",
    "The company slashed funding for research.",
    "The band made overtures to a new label.",
    "The firm handed 5 million dollars to its shareholders.",
    "The coach snubbed the veteran striker.",
    "The storm rattled windows across the city.",
    "Analysts pushed back against the forecast.",
    "A bank muzzled its employees with gag clauses.",
    "The dog tore into the bag of food.",
    "Critics tore into the film.",
    "The strike held up deliveries to the port.",
    "The company ramped up tariffs on customers.",
    "The band's rapprochement with its former singer thrilled fans.",
    "The crisis placed heavy demands on the health service.",
    "The union presented its demands to management.",
    "Two rival coaches locked horns over the transfer.",
    "Two stags locked horns in the forest.",
    "The CEO extended an olive branch to the unions.",
    "The club inked a partnership with a sportswear brand.",
    "The priest gave his blessing to the couple.",
    "The agency suspended export licences for the drug maker.",
])
def test_same_words_stating_no_event_code_nothing(pipeline: Any, text: str) -> None:
    assert country_set(pipeline, text, _DAY) == set()
