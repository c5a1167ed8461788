"""Acts in an "until" clause of an open host are its condition, not events (docs/factuality.md, "Round thirty").

"The strikes would go on until the group stopped firing", "Israel will keep fighting until Hamas releases the
hostages": the host (future, negated) is coded; the act after "until" is not, in any factuality. An "until" clause of
a past fact keeps its event ("Russia shelled Kharkiv until Ukrainian forces retreated").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

pytestmark = pytest.mark.slow

_DAY = date(2024, 5, 1)


@pytest.mark.parametrize(("text", "source", "root"), [
    ("American warplanes pounded Houthi targets on Saturday, and the Pentagon said the strikes would go on until "
     "the group stopped firing at shipping in the Red Sea.", "YEM", "08"),
    ("Israel will keep fighting until Hamas releases all the hostages.", "PSE", "08"),
    ("Israel said it would keep fighting until Hamas released all the hostages.", "PSE", "08"),
    ("Ukraine will not negotiate until Russia withdraws its troops from Ukrainian territory.", "RUS", "08"),
    ("The sanctions will remain in place until Russia withdraws its forces from Ukraine.", "RUS", "08"),
    ("Washington said the sanctions would stay until Moscow ended its attacks on Ukraine.", "RUS", "08"),
    ("The blockade will continue until Qatar cuts ties with Iran, Saudi Arabia said.", "QAT", "16"),
    ("The United States will keep arming Ukraine until Russia ends the invasion.", "RUS", "19"),
    ("India said talks could not resume until Pakistan stopped supporting militants.", "PAK", "16"),
    ("The European Union will keep the embargo until Iran frees the detained diplomats.", "IRN", "08"),
    ("Israel will continue strikes on Lebanon until Hezbollah withdraws from the border.", "LBN", "08"),
    ("North Korea will not return to talks until the United States lifts sanctions.", "USA", "08"),
    ("Hamas said it would not free any more hostages until Israel halted its bombardment of Gaza.", "ISR", "19"),
    ("The embassy will stay closed until Iran apologises for the attack.", "IRN", "05"),
    ("Israel vowed to keep fighting until Hamas releases the hostages.", "PSE", "08"),
    ("The ceasefire will hold until Israel attacks Lebanon again.", "ISR", "19"),
])
def test_an_act_until_which_an_open_host_runs_is_no_event(pipeline: Any, text: str, source: str,
                                                           root: str) -> None:
    facts = country_facts(pipeline, text, _DAY)
    assert not [f for f in facts if f[0] == source and f[1][:2] == root], facts


@pytest.mark.parametrize(("text", "event"), [
    # the open host itself is still coded
    ("American warplanes pounded Houthi targets on Saturday, and the Pentagon said the strikes would go on until "
     "the group stopped firing at shipping in the Red Sea.", ("USA", "195", "YEM", "asserted")),
    ("Israel will keep fighting until Hamas releases all the hostages.", ("ISR", "190", "PSE", "future")),
    ("Ukraine will not negotiate until Russia withdraws its troops from Ukrainian territory.",
     ("UKR", "046", "RUS", "negated")),
    ("Azerbaijan will not sign a peace treaty until Armenia amends its constitution.",
     ("AZE", "057", "ARM", "negated")),
    # an "until" clause of a past fact is a fact
    ("Russia shelled Kharkiv until Ukrainian forces retreated from the city.", ("RUS", "194", "UKR", "asserted")),
    ("Israel did not strike Gaza until Hamas fired rockets at Tel Aviv.", ("PSE", "195", "ISR", "asserted")),
])
def test_until_controls(pipeline: Any, text: str, event: tuple[str, str, str | None, str]) -> None:
    assert event in country_facts(pipeline, text, _DAY)
