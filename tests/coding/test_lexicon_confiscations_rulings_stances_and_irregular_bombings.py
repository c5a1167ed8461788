"""Breadth of the weak roots, round twenty-eight (docs: "Round twenty-eight: confiscations, rulings, stances and
irregular bombings"). Aid trucks or inspectors let in with a "to" clause ("allowed aid trucks to enter Gaza");
a chargé d'affaires recalled; a company or its assets put under state control (confiscation, 1711); border markers,
buoys and barriers removed or torn down; field hospitals, shelters and refugee camps set up for another country's
people; sanctions loosened; troop presence reduced on a border; borders reinforced, troops redeployed, bombers flown
over a country; a vehicle driven into a crowd; courts ruling that someone acted unlawfully (a negated ruling clears);
diplomats ordered or told to leave (174, where a mission or troops stay 166); the blame taken (015) or put on another
(112); acts called regrettable or hypocritical, or "a provocation" when the parser reads the object's last noun as a
verb (111, not a telephone call); parties quitting a coalition (160, no retreat of forces); concern or optimism stated with a copula ("was
concerned by", "remains concerned about"); militants bombing, grenades hurled, bombs planted (183, not an air attack);
a foreign police mission led; smoke bombs set off in a chamber; a fast begun; attacks, arms supplies or cooperation
stopped ("stopped attacking ships": de-escalation, not an attack); talks cut off; ties or arms exports to a side
reviewed (014); firefighting planes and water bombers sent; a commitment to an act stated ("remains committed to
supporting Ukraine": intent); bombers striking targets (an air strike, 195; a suicide bomber stays 183). Each family is also checked where the
same words state no event. None of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2024, 5, 1)


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, root class, target country, factuality) of each event of ``text``."""
    return {(s, c[:2], t, f) for s, c, t, f in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "event"), [
    # 08: let in with a "to" clause, sanctions loosened, presence reduced
    ("Israel allowed aid trucks to enter northern Gaza.", ("ISR", "08", "PSE", "asserted")),
    ("Egypt allowed aid convoys to enter Gaza.", ("EGY", "08", "PSE", "asserted")),
    ("Israel permitted aid trucks to enter Gaza through Kerem Shalom.", ("ISR", "08", "PSE", "asserted")),
    ("Washington loosened sanctions on Venezuela's oil sector.", ("USA", "08", "VEN", "asserted")),
    ("Brussels softened its sanctions on Belarus.", (None, "08", "BLR", "asserted")),
    ("Serbia reduced its troop presence on the Kosovo border.", ("SRB", "08", "XKX", "asserted")),
    # acts stopped: attacks (087), arms supplies (1622), cooperation (160)
    ("The Houthis stopped attacking ships in the Red Sea.", ("YEM", "08", None, "asserted")),
    ("Russia stopped shelling Kharkiv.", ("RUS", "08", "UKR", "asserted")),
    ("Hezbollah ceased firing rockets at Israel.", ("LBN", "08", "ISR", "asserted")),
    ("Germany stopped supplying weapons to Israel.", ("DEU", "16", "ISR", "asserted")),
    ("Iran stopped cooperating with the IAEA.", ("IRN", "16", None, "asserted")),
    # talks cut off (164), ties reviewed (014), firefighting planes sent (073)
    ("Beijing cut off military talks with Washington.", ("CHN", "16", "USA", "asserted")),
    ("Washington is reviewing its relationship with Riyadh.", ("USA", "01", "SAU", "asserted")),
    ("Greece sent firefighting planes to Turkey.", ("GRC", "07", "TUR", "asserted")),
    ("Canada sent water bombers to Greece.", ("CAN", "07", "GRC", "asserted")),
    # a stated commitment to an act: the intent to do it
    ("Japan remains committed to supporting Ukraine.", ("JPN", "03", "UKR", "asserted")),
    ("Biden reaffirmed America's commitment to defending Taiwan.", ("USA", "03", "TWN", "asserted")),
    # 16: a chargé recalled, a party quitting a coalition
    ("Iraq expelled the Swedish ambassador and recalled Iraq's charge d'affaires from Stockholm.",
     ("IRQ", "16", "SWE", "asserted")),
    ("Geert Wilders pulled his Freedom Party out of Dick Schoof's coalition.", ("NLD", "16", "NLD", "asserted")),
    ("The FDP withdrew from Olaf Scholz's coalition.", (None, "16", "DEU", "asserted")),
    ("The Greens quit the German coalition government.", (None, "16", "DEU", "asserted")),
    # 17: property confiscated, markers removed, diplomats told to leave
    ("Moscow placed the local subsidiaries of Germany's Uniper under state control.", ("RUS", "17", "DEU", "asserted")),
    ("Azerbaijani troops tore down Armenian border markers.", ("AZE", "17", "ARM", "asserted")),
    ("Russian border guards removed the buoys installed by Estonia on the Narva river.",
     ("RUS", "17", "EST", "asserted")),
    ("Chinese coast guard ships removed the floating barrier installed by the Philippines at Scarborough Shoal.",
     ("CHN", "17", "PHL", "asserted")),
    ("Mali's junta ordered the French ambassador to leave within 72 hours.", ("MLI", "17", "FRA", "asserted")),
    ("Moscow told the Estonian ambassador to leave Russia by Friday.", ("RUS", "17", "EST", "asserted")),
    # 07: field hospitals, shelters, camps; a police mission led
    ("Jordan set up a field hospital in Gaza.", ("JOR", "07", "PSE", "asserted")),
    ("Egypt opened a field hospital for wounded Palestinians in Rafah.", ("EGY", "07", "PSE", "asserted")),
    ("Turkey built a camp for Syrian refugees near the border.", ("TUR", "07", "SYR", "asserted")),
    ("Poland opened shelters for Ukrainian refugees.", ("POL", "07", "UKR", "asserted")),
    ("Kenya leads the UN-backed police mission in Haiti.", ("KEN", "07", "HTI", "asserted")),
    ("Kenya offered to lead a multinational police force in Haiti.", ("KEN", "03", "HTI", "asserted")),
    # 15: borders reinforced, troops redeployed, bombers flown over
    ("Turkey reinforced its border with Syria.", ("TUR", "15", "SYR", "asserted")),
    ("Russia redeployed troops to Kursk.", ("RUS", "15", None, "asserted")),
    ("The US flew B-52 bombers over South Korea.", ("USA", "15", "KOR", "asserted")),
    # 11: rulings against a side, blame put on another
    ("Britain's Supreme Court ruled that Boris Johnson had acted unlawfully in suspending parliament.",
     ("GBR", "11", "GBR", "asserted")),
    ("The International Court of Justice ruled that Israel must prevent acts of genocide in Gaza.",
     (None, "11", "ISR", "asserted")),
    ("Brazil's electoral court barred Jair Bolsonaro from office, ruling that he had abused his power.",
     ("BRA", "11", "BRA", "asserted")),
    ("Trump put the blame on China.", ("USA", "11", "CHN", "asserted")),
    ("Seoul called North Korea's missile launch a provocation.", ("KOR", "11", "PRK", "asserted")),
    ("Beijing called the American sanctions hypocritical.", ("CHN", "11", "USA", "asserted")),
    ("Israel pinned the blame on Hamas for the explosion at the hospital.", ("ISR", "11", "PSE", "asserted")),
    # 01: blame taken, concern stated with a copula
    ("Moscow took the blame for the downing of the Azerbaijani airliner.", ("RUS", "01", "AZE", "asserted")),
    ("Israel assumed responsibility for the strike on the aid convoy.", ("ISR", "01", None, "asserted")),
    ("The EU remains concerned about China's support for Russia.", (None, "01", "CHN", "asserted")),
    # 18: vehicles driven into crowds, irregular bombings, grenades, planted bombs
    ("A man drove a truck into a crowd in New Orleans, killing 14 people.", ("USA", "18", "USA", "asserted")),
    ("Militants bombed a mosque in Kunduz.", ("AFG", "18", "AFG", "asserted")),
    ("Insurgents bombed a bus carrying soldiers in Balochistan.", ("PAK", "18", "PAK", "asserted")),
    ("Assailants hurled a grenade at a rally in Dhaka.", (None, "18", "BGD", "asserted")),
    ("Militants planted a bomb near a police station in Peshawar.", ("PAK", "18", "PAK", "asserted")),
    # bombers striking: an air strike, a suicide bomber striking: a suicide bombing
    ("American bombers struck more than 85 targets in Iraq and Syria.", ("USA", "19", "IRQ", "asserted")),
    ("Russian bombers pounded Aleppo.", ("RUS", "19", "SYR", "asserted")),
    ("A suicide bomber struck a mosque in Peshawar.", (None, "18", "PAK", "asserted")),
    # 14: smoke bombs in a chamber, a fast
    ("Opposition lawmakers set off smoke bombs in the Serbian parliament.", (None, "14", "SRB", "asserted")),
    ("Imran Khan went on a fast in Adiala jail.", ("PAK", "14", None, "asserted")),
])
def test_round_twenty_eight_wording_codes_its_act(pipeline: Any, text: str,
                                                  event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "code"), [
    # a company's assets put under state control are confiscated (1711), as the gold sets code "seized control of"
    ("Moscow placed the local subsidiaries of Germany's Uniper under state control.", "1711"),
    ("Russia seized control of the Russian assets of Danone.", "1711"),
    ("Mali's junta ordered the French ambassador to leave within 72 hours.", "174"),
    ("Mali ordered the UN peacekeeping mission to leave the country.", "166"),
])
def test_round_twenty_eight_full_codes(pipeline: Any, text: str, code: str) -> None:
    assert code in {c for _, c, _, _ in country_facts(pipeline, text, _DAY)}


@pytest.mark.parametrize(("text", "absent"), [
    # the wrong roots these wordings took before
    ("Geert Wilders pulled his Freedom Party out of Dick Schoof's coalition.", "08"),
    ("The FDP withdrew from Olaf Scholz's coalition.", "08"),
    ("Militants bombed a mosque in Kunduz.", "19"),
    ("Mali's junta ordered the French ambassador to leave within 72 hours.", "16"),
    ("Opposition deputies hurled smoke grenades across the floor of Serbia's parliament.", "18"),
    ("Biden said Moscow bears responsibility for the war in Ukraine.", "01"),
    ("Seoul called North Korea's missile launch a provocation.", "04"),
    ("The Houthis stopped attacking ships in the Red Sea.", "19"),
    ("Russia stopped shelling Kharkiv.", "19"),
    ("Germany stopped supplying weapons to Israel.", "07"),
    ("Iran stopped cooperating with the IAEA.", "05"),
])
def test_round_twenty_eight_wording_no_longer_takes_the_wrong_root(pipeline: Any, text: str, absent: str) -> None:
    assert absent not in {root for _, root, _, _ in _rooted(pipeline, text)}


@pytest.mark.parametrize(("text", "kept"), [
    # the codes the new entries must not take over
    ("Israel bombed a school in Gaza.", ("ISR", "19", "PSE", "asserted")),
    ("Rioters threw petrol bombs at police in Belfast.", ("GBR", "14", "GBR", "asserted")),
    ("Russia withdrew its troops from Kherson.", ("RUS", "08", "UKR", "asserted")),
    ("Mali ordered the UN peacekeeping mission to leave the country.", ("MLI", "16", None, "asserted")),
    ("French farmers drove tractors into Paris.", ("FRA", "14", "FRA", "asserted")),
    ("Armenia withdrew from the CSTO.", ("ARM", "16", None, "asserted")),
    ("Beijing demanded that Washington stop arming Taiwan.", ("CHN", "10", "USA", "asserted")),
    ("The Houthis attacked ships in the Red Sea.", ("YEM", "19", None, "asserted")),
])
def test_round_twenty_eight_neighbouring_codes_stay(pipeline: Any, text: str,
                                                    kept: tuple[str | None, str, str | None, str]) -> None:
    assert kept in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Israel opened a new hospital in Tel Aviv.", "07"),
    ("Protesters set up a camp outside parliament in Tbilisi.", "07"),
    ("China's Zijin took over the copper mine in Serbia.", "17"),
    ("The police removed the barrier outside the Russian embassy.", "17"),
    ("Germany reduced its presence in Mali.", "08"),
    ("The court ruled in favour of Imran Khan.", "11"),
    ("The court ruled that Imran Khan had not broken the law.", "11"),
    ("The International Court of Justice ruled that neither Serbia nor Croatia had committed genocide.", "11"),
    ("The Supreme Court will rule on Trump's immunity next month.", "11"),
    ("Russian forces cut off the road to the town.", "16"),
])
def test_round_twenty_eight_control_codes_no_such_act(pipeline: Any, text: str, absent: str) -> None:
    assert absent not in {root for _, root, _, _ in _rooted(pipeline, text)}


@pytest.mark.parametrize("text", [
    "Analysts are optimistic about the economy.",
    "He drove the car into a ditch in Bavaria.",
    "Fans set off flares during the match.",
    "Muslims began the Ramadan fast.",
    "Taiwan lowered its alert level after the storm.",
    "The weather was bad.",
    "Farmers removed the markers from their fields.",
    "The company is committed to reducing emissions.",
])
def test_round_twenty_eight_control_states_no_event(pipeline: Any, text: str) -> None:
    assert not any(f == "asserted" for _, _, _, f in _rooted(pipeline, text))
