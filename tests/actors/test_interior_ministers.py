"""Interior ministers and home secretaries (people.csv, sixteenth actors round): their government's, on and
around their dates; and tenures of IGO officials on dates outside them."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Home Secretary Priti Patel approved the extradition.", "2022-06-17", "Priti Patel", "GBRGOV"),
    ("Suella Braverman said the boats must be stopped.", "2023-03-07", "Suella Braverman", "GBRGOV"),
    ("Darmanin ordered the police to clear the camp.", "2021-11-25", "Darmanin", "FRAGOV"),
    ("Nancy Faeser banned the group.", "2023-11-02", "Nancy Faeser", "DEUGOV"),
    ("Salvini closed Italian ports to rescue ships.", "2019-06-15", "Salvini", "ITAGOV"),
    ("Kolokoltsev said the police would act.", "2024-03-25", "Kolokoltsev", "RUSGOV"),
    ("Soylu accused the United States of backing the PKK.", "2021-02-15", "Soylu", "TURGOV"),
    ("Ihor Klymenko said Russian drones hit Odesa.", "2024-05-01", "Ihor Klymenko", "UKRGOV"),
    ("Merrick Garland announced charges against the hackers.", "2022-03-24", "Merrick Garland", "USAGOV"),
])
def test_interior_ministers_are_their_governments(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                  mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day)[mention] == code


def test_a_shared_surname_stays_unresolved_alone(resolver: ActorResolver, nlp: Any) -> None:
    # Priti Patel (UK) and Kash Patel (FBI) share the automatic surname: alone it names neither.
    assert "Patel" not in mention_codes(resolver, nlp, "Patel approved the extradition.", "2022-06-17")


@pytest.mark.parametrize(("name", "day", "code"), [
    # In office at the EU/AU: the IGO; before and after, by the convention for former office holders, the
    # country and sector of the last (or first) national office (Borrell Spain's foreign minister 2018-2019,
    # Faki Chad's foreign minister 2008-2017).
    ("Josep Borrell", "2021-01-01", "IGOEUREEC"),
    ("Josep Borrell", "2019-06-01", "ESPGOV"),
    ("Josep Borrell", "2025-06-01", "ESPGOV"),
    ("Moussa Faki", "2018-01-01", "IGOAFRAFU"),
    ("Moussa Faki", "2010-01-01", "TCDGOV"),
    ("Moussa Faki", "2026-01-01", "TCDGOV"),
])
def test_igo_officials_outside_their_igo_tenure(resolver: ActorResolver, nlp: Any, name: str, day: str,
                                                code: str) -> None:
    assert mention_codes(resolver, nlp, f"{name} criticised the elections.", day)[name] == code
