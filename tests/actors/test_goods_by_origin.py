"""A country or demonym hyphened to "-made", "-built", "-supplied" ... names where a good comes from. Where the good is
what a trade measure falls on ("tariffs on Chinese-made cars", "banned imports of Russian-made uranium"), the country
is a mention of kind ``origin`` (the measure is aimed at it); where the good is used, fired, shot down, received or
exported, the maker is no actor of the sentence and no mention is made. Sentences are our own (see
docs/actors-and-tenures.md, "Round twenty-three: goods by origin, regions' offices, longer names")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import coded_actor_triples, resolve_mentions


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Washington raised tariffs on Chinese-made electric vehicles to 100 percent.", "2024-05-14", "CHN"),
    ("The EU imposed duties on Chinese-built ships.", "2024-03-01", "CHN"),
    ("India imposed anti-dumping duties on Chinese-made steel.", "2024-03-01", "CHN"),
    ("Brazil restored import taxes on Chinese-made electric vehicles.", "2024-01-01", "CHN"),
    ("Canada banned imports of Chinese-made surveillance cameras.", "2023-06-01", "CHN"),
    ("Washington imposed a ban on imports of Russian-made uranium.", "2024-05-14", "RUS"),
    ("Moscow banned imports of Ukrainian-made chocolate.", "2013-08-01", "UKR"),
    ("Lithuania banned Chinese-made phones from government use.", "2021-09-30", "CHN"),
    ("The EU opened an anti-subsidy investigation into Chinese-made electric cars.", "2023-10-04", "CHN"),
    ("Chinese-made electric vehicles will face tariffs of 100 percent in the United States.", "2024-05-14", "CHN"),
    ("Australia lifted its tariffs on Chinese-made solar panels.", "2024-03-01", "CHN"),
    ("Mexico imposed a 30 percent tariff on Chinese-made shoes and clothing.", "2024-03-01", "CHN"),
])
def test_the_origin_of_a_good_under_a_trade_measure_is_a_mention(resolver: Any, nlp: Any, text: str, day: str,
                                                                 code: str) -> None:
    origins = [m for m in resolve_mentions(resolver, nlp, text, day) if m.kind == "origin"]
    assert [m.actor_code for m in origins] == [code]
    assert origins[0].entity_id == f"country:{code}"


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Ukraine said it shot down 30 Iranian-made Shahed drones overnight.", "2023-10-01", "IRN"),
    ("Russian-made jets bombed Aleppo.", "2016-10-01", "RUS"),
    ("Kyiv used US-supplied weapons to strike the bridge.", "2024-01-10", "USA"),
    ("Poland received the first South Korean-built tanks.", "2022-12-06", "KOR"),
    ("Washington barred exports of US-made chips to China.", "2022-10-07", "USA"),
    ("The United States sanctioned suppliers of Iranian-made drones.", "2023-03-01", "IRN"),
    ("Moscow fired North Korean-made missiles at Kharkiv.", "2024-01-06", "PRK"),
    ("Syrian troops backed by Russian-made jets shelled Idlib.", "2019-06-01", "RUS"),
])
def test_a_good_used_received_or_exported_names_no_maker(resolver: Any, nlp: Any, text: str, day: str,
                                                          code: str) -> None:
    assert all(m.actor_code != code for m in resolve_mentions(resolver, nlp, text, day))


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("The Saudi-led coalition struck Sanaa.", "2019-06-01", "Saudi-led coalition", "SAU"),  # controls: other compounds
    ("Russia struck Kyiv with Iranian-made drones, Ukraine said.", "2023-10-01", "Ukraine", "UKR"),
])
def test_other_hyphened_names_keep_their_reading(resolver: Any, nlp: Any, text: str, day: str, mention: str,
                                                 code: str) -> None:
    found = {m.mention: m.actor_code for m in resolve_mentions(resolver, nlp, text, day)}
    assert found.get(mention) == code


@pytest.mark.parametrize(("text", "day", "triple"), [
    ("Washington raised tariffs on Chinese-made electric vehicles to 100 percent.", "2024-05-14", ("USAGOV", "CHN", "163")),
    ("Canada banned imports of Chinese-made surveillance cameras.", "2023-06-01", ("CAN", "CHN", "163")),
    ("India imposed anti-dumping duties on Chinese-made steel.", "2024-03-01", ("IND", "CHN", "163")),
])
def test_a_tariff_on_a_country_s_goods_targets_it(pipeline: Any, text: str, day: str,
                                                  triple: tuple[str, str, str]) -> None:
    assert triple in coded_actor_triples(pipeline, text, day)
