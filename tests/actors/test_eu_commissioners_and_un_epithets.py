"""Members of the European Commission by their own names, on the article's date (their national offices before), and
the UN and its agencies by the epithets wire copy gives them ("the world body", "the UN food agency", "the UN's top
court"). Round twenty-five, see docs/actors-and-tenures.md. Sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Andrius Kubilius said Europe must spend more on defence.", "2025-03-01", "Andrius Kubilius", "IGOEUREEC"),
    ("Kubilius said Europe must spend more on defence.", "2025-09-01", "Kubilius", "IGOEUREEC"),
    ("Valdis Dombrovskis urged Kyiv to speed up reforms.", "2025-03-01", "Valdis Dombrovskis", "IGOEUREEC"),
    ("Hoekstra said the EU would cut emissions by 90 per cent.", "2025-09-01", "Hoekstra", "IGOEUREEC"),
    ("Stephane Sejourne unveiled the industrial plan.", "2025-03-01", "Stephane Sejourne", "IGOEUREEC"),
    ("Hadja Lahbib announced 120 million euros of aid for Gaza.", "2025-03-01", "Hadja Lahbib", "IGOEUREEC"),
    ("Henna Virkkunen opened an investigation into X.", "2025-03-01", "Henna Virkkunen", "IGOEUREEC"),
    ("Jozef Sikela signed a deal with Kenya.", "2025-03-01", "Jozef Sikela", "IGOEUREEC"),
    ("Marta Kos visited Belgrade to press Serbia on reforms.", "2025-03-01", "Marta Kos", "IGOEUREEC"),
    ("Dubravka Suica met Egyptian officials in Cairo.", "2025-03-01", "Dubravka Suica", "IGOEUREEC"),
    ("Raffaele Fitto visited Rome.", "2025-03-01", "Raffaele Fitto", "IGOEUREEC"),
    ("Thierry Breton warned Musk over the spread of disinformation on X.", "2024-08-12", "Thierry Breton",
     "IGOEUREEC"),
    # before Brussels, their countries' offices
    ("Andrius Kubilius said Lithuania would cut spending.", "2010-05-01", "Andrius Kubilius", "LTUGOV"),
    ("Wopke Hoekstra met Antony Blinken in Washington.", "2022-06-01", "Wopke Hoekstra", "NLDGOV"),
    ("Stephane Sejourne met Dmytro Kuleba in Kyiv.", "2024-03-01", "Stephane Sejourne", "FRAGOV"),
    ("Hadja Lahbib summoned the Iranian ambassador.", "2023-06-01", "Hadja Lahbib", "BELGOV"),
])
def test_european_commissioners_on_the_date(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                            code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The world body said aid could not reach Gaza.", "2024-05-01", "world body", "IGOUNO"),
    ("The world body's human rights office condemned the executions.", "2024-05-01", "world body", "IGOUNO"),
    ("The UN's top court ordered Israel to halt the offensive in Rafah.", "2024-05-24", "UN's top court",
     "IGOUNOICJ"),
    ("The UN children's agency said 14,000 children had been killed.", "2024-05-01", "UN children's agency",
     "IGOUNOKID"),
    ("The UN food agency warned of famine in Sudan.", "2024-05-01", "UN food agency", "IGOUNOWFP"),
    ("The UN health agency declared mpox a global emergency.", "2024-08-14", "UN health agency", "IGOUNOWHO"),
    ("The UN cultural agency added the site to its danger list.", "2024-05-01", "UN cultural agency",
     "IGOUNOSCO"),
    ("The UN atomic watchdog said its inspectors had been barred.", "2024-05-01", "UN atomic watchdog",
     "IGOUNOIAE"),
])
def test_un_agencies_by_their_epithets(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                       code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_a_body_of_the_world_that_is_not_the_un(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "FIFA, football's world governing body, suspended Russia.", "2022-02-28")
    assert "IGOUNO" not in codes.values()
