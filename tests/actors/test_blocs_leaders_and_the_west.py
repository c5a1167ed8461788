"""Actors that long news sentences name by description or by surname alone (round twenty-five, see
docs/actors-and-tenures.md, "Round twenty-five: blocs by description, leaders beside leaders, the West"):

* "the bloc's / the alliance's / the union's" + a title, sector word or head noun is the organisation's: the one the
  article named before (else the one its sentence names after); with none, "the bloc" is the EU and "the alliance"
  NATO, and "the union" (also a trade union) is nobody;
* a surname several listed people share, beside another state's leader in the sentence, is the one of them who
  leads a state on the date ("Trump met Kim in Hanoi"); a common family name (more than three listed bearers: "Li",
  "Wang", "Singh") alone needs its state named, even when every listed bearer served that one state;
* "the West" and "Western governments / officials / capitals" are no actor (our own gold set codes none);
* the Cook Islands and Niue are states of their own (COK, NIU) with their heads of government; the Commonwealth's
  leaders and summits are the Commonwealth (IGOCWN).

Sentences are our own, news style, 2018-2025.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The bloc's foreign-policy chief urged Israel to halt the offensive.", "2024-05-01",
     "The bloc's foreign-policy chief", "IGOEUREEC"),
    ("The bloc's top diplomat, Josep Borrell, urged Israel to halt the offensive.", "2024-05-01",
     "The bloc's top diplomat", "IGOEUREEC"),
    ("The bloc's foreign ministers agreed new sanctions on Iran.", "2024-05-01",
     "The bloc's foreign ministers", "IGOEUREEC"),
    ("The bloc's leaders agreed to open accession talks with Ukraine.", "2023-12-14",
     "The bloc's leaders", "IGOEUREEC"),
    ("The bloc's member states agreed to cap the price of Russian gas.", "2022-11-24",
     "The bloc's member states", "IGOEUREEC"),
    ("The bloc's trade commissioner imposed tariffs on Chinese electric vehicles.", "2024-07-04",
     "The bloc's trade commissioner", "IGOEUREEC"),
    ("The alliance's secretary-general warned Moscow against escalation.", "2024-05-01",
     "The alliance's secretary-general", "IGOWSTNAT"),
    ("The alliance's defence ministers met in Brussels as the UN warned of famine.", "2024-02-15",
     "The alliance's defence ministers", "IGOWSTNAT"),
    # the organisation the article names is the bloc
    ("ECOWAS lifted sanctions on Niger. The bloc's leaders said the junta must set a timetable.", "2024-02-24",
     "The bloc's leaders", "IGOWAFECW"),
    ("The bloc's top diplomat said ASEAN would send an envoy to Myanmar.", "2023-06-01",
     "The bloc's top diplomat", "IGOSEAASN"),
    ("The African Union suspended Gabon. The union's chairperson said the coup was unacceptable.", "2023-08-31",
     "The union's chairperson", "IGOAFRAFU"),
])
def test_the_bloc_s_people_are_the_organisation_s(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                  code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "code"), [
    ("The bloc's foreign-policy chief urged Israel to halt the offensive.", "2024-05-01", "ISRGOV"),
    ("The bloc's top diplomat said ASEAN would send an envoy to Myanmar.", "2023-06-01", "MMRGOV"),
    ("The alliance's secretary-general warned Moscow against escalation.", "2024-05-01", "IGOUNO"),
])
def test_the_bloc_s_people_are_not_the_sentence_s_country(resolver: Any, nlp: Any, text: str, day: str,
                                                          code: str) -> None:
    assert code not in set(mention_codes(resolver, nlp, text, day).values())


@pytest.mark.parametrize(("text", "day"), [
    ("The union's leader called a strike at the Ford plant.", "2024-05-01"),  # a trade union
    ("The opposition bloc's leader accused the government of fraud.", "2024-05-01"),
    ("The ruling alliance's candidate won the vote in Bihar.", "2024-05-01"),
    ("The BJP fell short of a majority, and the alliance's leaders met in Delhi to back Modi.", "2024-06-04"),
])
def test_other_blocs_name_no_organisation(resolver: Any, nlp: Any, text: str, day: str) -> None:
    assert not any(code.startswith("IGO") for code in mention_codes(resolver, nlp, text, day).values())


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Trump met Kim in Hanoi.", "2019-02-27", "Kim", "PRKGOV"),
    ("Kim arrived in Hanoi by train for his second summit with Trump.", "2019-02-26", "Kim", "PRKGOV"),
    ("Trump and Kim signed a joint statement in Singapore.", "2018-06-12", "Kim", "PRKGOV"),
    ("Kim pledged to work toward complete denuclearisation, Trump said.", "2018-06-12", "Kim", "PRKGOV"),
    ("Li met Scholz in Berlin to discuss trade.", "2024-04-16", "Li", "CHNGOV"),
    ("Putin and Kim toured a cosmodrome in the Russian Far East.", "2023-09-13", "Kim", "PRKGOV"),
])
def test_a_shared_surname_beside_a_foreign_leader_is_the_leader(resolver: Any, nlp: Any, text: str, day: str,
                                                                mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "word"), [
    ("Li said the economy would grow by five per cent.", "2024-05-01", "Li"),  # a common family name
    ("Wang said the talks had been useful.", "2024-05-01", "Wang"),
    ("Singh said the talks had been useful.", "2010-05-01", "Singh"),
    ("Kim met Kim in Pyongyang.", "2000-06-14", "Kim"),  # two Kims led states that day
    ("Kim oversaw a missile launch.", "2019-02-27", "Kim"),  # no leader beside him, no country named
])
def test_a_common_or_ambiguous_surname_alone_stays_unresolved(resolver: Any, nlp: Any, text: str, day: str,
                                                              word: str) -> None:
    assert word not in mention_codes(resolver, nlp, text, day)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Aliyev said Armenia must change its constitution.", "2024-06-01", "Aliyev", "AZEGOV"),  # two bearers
    ("Li said China's economy would grow by five per cent.", "2024-05-01", "Li", "CHNGOV"),  # China named
])
def test_surnames_of_few_bearers_or_with_their_state_named_still_resolve(resolver: Any, nlp: Any, text: str,
                                                                         day: str, mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day"), [
    ("The West imposed sweeping sanctions on Russia.", "2022-03-01"),
    ("Western governments condemned the annexation.", "2022-10-01"),
    ("Western officials warned that Russia could strike within days.", "2022-02-15"),
    ("Western capitals condemned Moscow's decision.", "2024-05-01"),
    ("Iran warned the West against reviving sanctions.", "2025-08-20"),
])
def test_the_west_is_no_actor(resolver: Any, nlp: Any, text: str, day: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert not any(code.startswith("GRP") for code in codes.values())
    assert "officials" not in codes and "Western officials" not in codes


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("New Zealand paused funding for the Cook Islands over its deals with China.", "2025-06-19", "Cook Islands",
     "COK"),
    ("Cook Islands Prime Minister Mark Brown signed a deal with China.", "2025-02-15",
     "Cook Islands Prime Minister Mark Brown", "COKGOV"),
    ("Wellington said Mark Brown's government had not consulted it.", "2025-02-15", "Mark Brown", "COKGOV"),
    ("Niue and Tonga signed a fisheries agreement.", "2024-05-01", "Niue", "NIU"),
    ("Samoa will host Commonwealth leaders in Apia next week.", "2024-10-18", "Commonwealth leaders", "IGOCWN"),
    ("King Charles opened the Commonwealth Heads of Government Meeting in Apia.", "2024-10-25",
     "Commonwealth Heads of Government Meeting", "IGOCWN"),
])
def test_small_states_and_the_commonwealth(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                           code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


def test_a_us_commonwealth_is_no_commonwealth_of_nations(resolver: Any, nlp: Any) -> None:
    codes = mention_codes(resolver, nlp, "The Commonwealth of Virginia sued the company.", "2021-06-01")
    assert "IGOCWN" not in codes.values()
