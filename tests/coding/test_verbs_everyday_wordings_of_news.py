"""Everyday news wordings that coded nothing at all: criticism spoken out or railed, turning to a side for help, money
disbursed or channelled in any currency, relief shipped, children and prisoners returned, protesters gathering outside,
military pressure stepped up, visa services suspended, funding pulled, ties mended, countermeasures vowed or taken,
backing down, boats blocked at sea, weapons handed, visa rules relaxed, candidate status granted, hands shaken, leaders
heading abroad, proceedings opened, loans announced, pledges and requests made (docs/coding.md, "Lexicon, twentieth
round"). Each wording is also checked where the same words state no event. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_set

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "triple"), [
    ("The Lithuanian president spoke out against China.", ("LTU", "111", "CHN")),
    ("The Polish prime minister railed against Brussels.", ("POL", "111", "IGO")),
    ("Seoul called out Pyongyang for its missile tests.", ("KOR", "111", "PRK")),
    ("The German chancellor weighed in on Poland's election.", ("DEU", "010", "POL")),
    ("Georgia turned to Turkey for help.", ("GEO", "023", "TUR")),
    ("Haiti reached out to Kenya for help.", ("HTI", "023", "KEN")),
    ("Ukraine sought German support.", ("UKR", "023", "DEU")),
    ("Sri Lanka turned to India for a loan.", ("LKA", "0231", "IND")),
    ("Kyiv turned to Berlin for tanks.", ("UKR", "0232", "DEU")),
    ("The World Bank disbursed 300 million euros to Moldova.", ("IGO", "071", "MDA")),
    ("Japan channelled 500 million dollars to Ukraine.", ("JPN", "071", "UKR")),
    ("Jordan airlifted food to Gaza.", ("JOR", "073", "PSE")),
    ("Turkey shipped tents to Syria.", ("TUR", "073", "SYR")),
    ("Ukraine returned 50 Russian prisoners.", ("UKR", "0841", "RUS")),
    ("Belarus handed back two Lithuanian civilians.", ("BLR", "0841", "LTU")),
    ("Hundreds of protesters gathered outside the French embassy in Niamey.", ("NER", "141", "FRA")),
    ("Tens of thousands turned out against Netanyahu in Tel Aviv.", ("ISR", "141", "ISR")),
    ("China increased military pressure on the Philippines.", ("CHN", "150", "PHL")),
    ("Russia stepped up military activity near Finland.", ("RUS", "150", "FIN")),
    ("Pakistan suspended visa services for Afghans.", ("PAK", "172", "AFG")),
    ("The United States pulled funding for UNRWA.", ("USA", "162", "IGO")),
    ("Turkey gave the green light to Finland's NATO membership.", ("TUR", "050", "FIN")),
    ("Egypt and Qatar mended ties.", ("EGY", "054", "QAT")),
    ("Ethiopia and Eritrea buried the hatchet.", ("ERI", "054", "ETH")),
    ("Rwanda mended ties with Burundi.", ("RWA", "054", "BDI")),
    ("France and Germany bolstered their alliance.", ("FRA", "050", "DEU")),
    ("Russia and China forged closer ties.", ("RUS", "050", "CHN")),
    ("Ukraine put the Russian defence minister on a wanted list.", ("UKR", "173", "RUS")),
    ("Sweden gave Ukraine an air-defence system.", ("SWE", "072", "UKR")),
    ("China vowed countermeasures against Lithuania.", ("CHN", "130", "LTU")),
    ("China took countermeasures against Lithuania.", ("CHN", "160", "LTU")),
    ("Russia unleashed drones on Kyiv.", ("RUS", "195", "UKR")),
    ("The Chinese coast guard blocked Philippine boats near the shoal.", ("CHN", "191", "PHL")),
    ("Iran refused to back down.", ("IRN", "124", None)),
    ("France handed Ukraine Caesar howitzers.", ("FRA", "072", "UKR")),
    ("China eased visa rules for French citizens.", ("CHN", "081", "FRA")),
    ("The EU granted Ukraine candidate status.", ("IGO", "050", "UKR")),
    ("Xi shook hands with Modi.", ("CHN", "040", "IND")),
    ("Blinken headed to Israel for talks.", ("USA", "042", "ISR")),
    ("Israel pressed the United States for more bombs.", ("ISR", "0232", "USA")),
    ("The European Commission opened proceedings against Hungary.", ("IGO", "115", "HUN")),
    ("Japan announced a loan to the Philippines.", ("JPN", "071", "PHL")),
    ("Germany made a pledge of 2 billion euros to Ukraine.", ("DEU", "030", "UKR")),
    ("Kyiv made a plea to Washington for more missiles.", ("UKR", "0232", "USA")),
    ("Jordan made a request for aid from the EU.", ("JOR", "023", "IGO")),
])
def test_wording_codes_its_act(pipeline: Any, text: str, triple: tuple[str | None, str, str | None]) -> None:
    assert triple in country_set(pipeline, text, _DAY)


@pytest.mark.parametrize("text", [
    "The Pope spoke out against violence.",
    "The singer called out for help.",
    "Students turned to the internet for help.",
    "Investors turned to gold for safety.",
    "Fans gathered outside the stadium in Madrid.",
    "Crowds gathered outside Buckingham Palace to celebrate the coronation.",
    "Voters turned out in large numbers in Indonesia.",
    "Shoppers converged on the mall.",
    "The students returned to school in Kabul.",
    "The club channelled its money into youth football.",
    "The charity shipped food to its warehouses.",
    "The coach backed down over the row with the referee.",
    "Dockworkers blocked ships in the port of Antwerp.",
    "Greenpeace activists blocked a Russian tanker.",
    "The referee gave the green light to the goal.",
    "The team forged closer ties with its sponsors.",
    "The couple mended fences after the row.",
    "Inflation stepped up pressure on the central bank.",
    "The coach shook hands with the referee.",
    "The referee handed the player a yellow card.",
    "Investors relaxed their rules for new funds.",
    "Migrants headed to Italy in small boats.",
    "Ukrainian refugees headed to Poland.",
    "The storm headed to Florida.",
    "The team headed to Qatar for the World Cup.",
    "Markets headed for a record week.",
    "The company announced a loan for its new factory.",
    "The player made a promise to his fans.",
    "The minister made a commitment to reform.",
])
def test_same_words_stating_no_event_code_nothing(pipeline: Any, text: str) -> None:
    assert country_set(pipeline, text, _DAY) == set()
