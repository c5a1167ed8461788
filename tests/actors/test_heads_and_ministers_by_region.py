"""Heads of state and government, foreign and defence ministers of the regions the newest gold batches cover (Latin
America and the Caribbean, Africa, South and Southeast Asia, the Balkans, the Pacific), filled where the lists had
left the office empty (``officeholders_k.csv``; docs/actors-and-tenures.md, "The seventeenth actors round (office
holders)"): a title on a date names the holder of the office and codes as the holder's country; before and after
the tenure it names the predecessor, the successor, or no one where none is on record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.actors.mentions import code_and_name as _holder

from detente.actors import ActorResolver, KnowledgeBase


@pytest.mark.parametrize(("text", "day", "mention", "code", "holder"), [
    ("Bolivia's defence minister denied that troops had fired on the marchers.", "2024-06-27",
     "Bolivia's defence minister", "BOLGOV", "Edmundo Novillo"),
    ("The Bolivian foreign minister summoned Chile's consul over the Silala waters.", "2021-09-01",
     "Bolivian foreign minister", "BOLGOV", "Rogelio Mayta"),
    ("El Salvador's foreign minister defended the state of exception at the OAS.", "2022-06-01",
     "El Salvador's foreign minister", "SLVGOV", "Alexandra Hill Tinoco"),
    ("Belize's foreign minister said the dispute with Guatemala belonged in The Hague.", "2023-04-01",
     "Belize's foreign minister", "BLZGOV", "Eamon Courtenay"),
    ("Jamaica's foreign minister called for a multinational force in Haiti.", "2023-08-01",
     "Jamaica's foreign minister", "JAMGOV", "Kamina Johnson-Smith"),
    ("The prime minister of Saint Vincent and the Grenadines hosted the talks between Guyana and Venezuela.",
     "2023-12-14", "prime minister of Saint Vincent and the Grenadines", "VCTGOV", "Ralph Gonsalves"),
    ("Zimbabwe's foreign minister rejected the sanctions as illegal.", "2022-06-01",
     "Zimbabwe's foreign minister", "ZWEGOV", "Frederick Shava"),
    ("Zimbabwe's foreign minister rejected the sanctions as illegal.", "2024-06-01",
     "Zimbabwe's foreign minister", "ZWEGOV", "Amon Murwira"),
    ("Namibia's defence minister met his Russian counterpart in Windhoek.", "2023-06-01",
     "Namibia's defence minister", "NAMGOV", "Frans Kapofi"),
    ("The president of Mauritius received India's foreign minister.", "2025-03-01", "president of Mauritius",
     "MUSGOV", "Dharam Gokhool"),
    ("Benin's foreign minister condemned the coup in Niger.", "2019-06-01", "Benin's foreign minister",
     "BENGOV", "Aurélien Agbénonci"),
    ("Sri Lanka's defence minister ordered the navy to stop the trawlers.", "2025-02-01",
     "Sri Lanka's defence minister", "LKAGOV", "Anura Kumara Dissanayake"),
    ("The Maldivian foreign minister asked India to withdraw its troops.", "2020-06-01",
     "Maldivian foreign minister", "MDVGOV", "Abdulla Shahid"),
    ("The Maldivian defence minister signed an agreement with Turkey.", "2024-03-01",
     "Maldivian defence minister", "MDVGOV", "Ghassan Maumoon"),
    ("Laos's foreign minister chaired the ASEAN meeting on Myanmar.", "2024-07-25", "Laos's foreign minister",
     "LAOGOV", "Saleumxay Kommasith"),
    ("Kosovo's defence minister said Serbia had massed troops on the border.", "2022-12-15",
     "Kosovo's defence minister", "XKXGOV", "Armend Mehaj"),
    ("The prime minister of Vanuatu signed a security pact with Australia.", "2022-12-13",
     "prime minister of Vanuatu", "VUTGOV", "Ishmael Kalsakau"),
    ("The prime minister of Vanuatu met China's ambassador in Port Vila.", "2018-06-01",
     "prime minister of Vanuatu", "VUTGOV", "Charlot Salwai"),
    ("Tonga's king opened the parliament in Nuku'alofa.", "2020-06-01", "Tonga's king", "TONGOV", "Tupou VI"),
    ("Tonga's prime minister thanked New Zealand for the aid after the eruption.", "2022-01-20",
     "Tonga's prime minister", "TONGOV", "Siaosi Sovaleni"),
    ("Samoa's prime minister rejected China's offer to build a port.", "2022-06-01", "Samoa's prime minister",
     "WSMGOV", "Fiame Naomi Mataafa"),
    ("The Fijian foreign minister met his Chinese counterpart in Suva.", "2023-06-01", "Fijian foreign minister",
     "FJIGOV", "Sitiveni Rabuka"),
    ("The Solomon Islands' foreign minister defended the security deal with Beijing.", "2022-05-01",
     "Solomon Islands' foreign minister", "SLBGOV", "Jeremiah Manele"),
    ("Ireland's defence minister sent peacekeepers to the Golan Heights.", "2018-06-01",
     "Ireland's defence minister", "IRLGOV", "Leo Varadkar"),
    ("Ireland's defence minister sent peacekeepers to Chad.", "2010-06-01", "Ireland's defence minister", "IRLGOV",
     "Tony Killeen"),
    ("Ecuador's defence minister said the army would take control of the prisons.", "2024-01-10",
     "Ecuador's defence minister", "ECUGOV", "Gian Carlo Loffredo"),
    ("Paraguay's foreign minister recognised the opposition leader as interim president.", "2019-02-01",
     "Paraguay's foreign minister", "PRYGOV", "Luis Alberto Castiglioni"),
    ("Uruguay's foreign minister defended the purchase of Venezuelan oil.", "2013-06-01",
     "Uruguay's foreign minister", "URYGOV", "Luis Almagro"),
    ("Samoa's foreign minister met the Australian foreign minister in Apia.", "2015-06-01",
     "Samoa's foreign minister", "WSMGOV", "Tuilaepa Sailele Malielegaoi"),
    ("Tuvalu's foreign minister gave his speech standing knee-deep in the sea.", "2021-11-08",
     "Tuvalu's foreign minister", "TUVGOV", "Simon Kofe"),
    ("Seychelles' president asked India to build the naval base.", "2021-06-01", "Seychelles' president",
     "SYCGOV", "Wavel Ramkalawan"),
    ("Peru's foreign minister recalled the ambassador to Mexico.", "2023-03-01", "Peru's foreign minister",
     "PERGOV", "Ana Cecilia Gervasi"),
    ("Colombia's foreign minister met the US secretary of state.", "2025-03-01", "Colombia's foreign minister",
     "COLGOV", "Laura Sarabia"),
    ("Nicaragua's foreign minister denounced the sanctions.", "2020-06-01", "Nicaragua's foreign minister",
     "NICGOV", "Denis Moncada"),
    ("Sierra Leone's foreign minister met his Russian counterpart.", "2024-06-01", "Sierra Leone's foreign minister",
     "SLEGOV", "Timothy Musa Kabba"),
    ("Trinidad and Tobago's foreign minister met Venezuela's president in Caracas.", "2013-06-01",
     "Trinidad and Tobago's foreign minister", "TTOGOV", "Winston Dookeran"),
    ("The Honduran foreign minister asked Washington to restore the aid.", "2010-06-01",
     "Honduran foreign minister", "HNDGOV", "Mario Canahuati"),
    # the heads of the OAS and the OECD, coded as the organisation during their tenure
    ("The OAS secretary general condemned the election in Venezuela.", "2019-01-10", "OAS secretary general",
     "IGOOAS", "Luis Almagro"),
    ("The OAS secretary general visited Haiti after the earthquake.", "2010-02-01", "OAS secretary general",
     "IGOOAS", "José Miguel Insulza"),
    ("The OECD secretary general said growth would slow.", "2022-06-01", "OECD secretary general", "IGOOEC",
     "Mathias Cormann"),
])
def test_a_title_names_the_holder_on_the_date(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                              mention: str, code: str, holder: str) -> None:
    assert _holder(resolver, nlp, text, day, mention) == (code, holder)


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    ("Novillo said the general had acted alone.", "2024-06-27", "Novillo", "BOLGOV"),
    ("Courtenay accused Guatemala of stalling at the court.", "2022-06-01", "Courtenay", "BLZGOV"),
    ("Kapofi said the army would help fight the drought.", "2022-06-01", "Kapofi", "NAMGOV"),
    ("Murwira told the envoys that the sanctions had failed.", "2024-06-01", "Murwira", "ZWEGOV"),
    ("Gonsalves said the region must remain a zone of peace.", "2023-12-14", "Gonsalves", "VCTGOV"),
    ("Kalsakau said the security pact would not be signed in its present form.", "2023-06-01", "Kalsakau",
     "VUTGOV"),
    ("Sovaleni asked Australia for more help after the tsunami.", "2022-01-20", "Sovaleni", "TONGOV"),
    ("Saleumxay met Myanmar's junta leader in Naypyidaw.", "2023-01-12", "Saleumxay", "LAOGOV"),
    ("Kofe warned that the islands could disappear.", "2022-06-01", "Kofe", "TUVGOV"),
    # one person, two posts: the name codes as the post held on the article's date
    ("Almagro met Brazil's foreign minister in Montevideo.", "2013-06-01", "Almagro", "URYGOV"),
    ("Almagro called the election in Venezuela a fraud.", "2019-01-10", "Almagro", "IGOOAS"),
    ("Ramdin met Venezuela's foreign minister in Paramaribo.", "2021-03-01", "Ramdin", "SURGOV"),
    ("Gurria said the recovery would be slow.", "2015-01-10", "Gurria", "IGOOEC"),
    ("Uzumcu said the inspectors had reached Damascus.", "2013-10-11", "Uzumcu", "IGOOPW"),
    ("Fernando Arias said the report on Douma would be published.", "2020-06-01", "Fernando Arias", "IGOOPW"),
    ("Vitorino called for safe routes for migrants crossing the Mediterranean.", "2020-06-01", "Vitorino",
     "IGOUNOIOM"),
])
def test_a_holders_name_codes_as_their_country(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                               mention: str, code: str) -> None:
    assert _holder(resolver, nlp, text, day, mention)[0] == code


@pytest.mark.parametrize(("text", "day", "mention", "holder"), [
    # before a tenure the title names the predecessor, after it the successor
    ("Zimbabwe's foreign minister rejected the sanctions as illegal.", "2020-06-01",
     "Zimbabwe's foreign minister", "Sibusiso Moyo"),
    ("Belize's foreign minister said the dispute with Guatemala belonged in The Hague.", "2019-04-01",
     "Belize's foreign minister", "Wilfred Elrington"),
    ("Namibia's defence minister met his Russian counterpart in Windhoek.", "2018-06-01",
     "Namibia's defence minister", "Penda Ya Ndakolo"),
    ("The prime minister of Vanuatu met China's ambassador in Port Vila.", "2021-06-01",
     "prime minister of Vanuatu", "Bob Loughman"),
    ("Samoa's prime minister rejected China's offer to build a port.", "2019-06-01", "Samoa's prime minister",
     "Tuilaepa Sailele Malielegaoi"),
    ("The Solomon Islands' foreign minister defended the security deal with Beijing.", "2018-06-01",
     "Solomon Islands' foreign minister", None),
    # and no one where no holder is on record: a tenure that stops where the successor's day is not known,
    # or a holder left out
    ("Peru's foreign minister recalled the ambassador to Mexico.", "2021-05-01", "Peru's foreign minister", None),
    ("Bolivia's defence minister denied that troops had fired on the marchers.", "2019-11-20",
     "Bolivia's defence minister", None),
    ("The Maldivian foreign minister asked India to withdraw its troops.", "2025-03-01",
     "Maldivian foreign minister", None),
])
def test_outside_a_tenure_the_title_names_someone_else(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                       mention: str, holder: str | None) -> None:
    assert _holder(resolver, nlp, text, day, mention)[1] == holder


@pytest.mark.parametrize(("country", "office", "day", "holder"), [
    ("BOL", "foreign_minister", "2018-01-10", "Fernando Huanacuni"),
    ("BOL", "foreign_minister", "2019-03-01", "Diego Pary"),
    ("CHL", "defence_minister", "2019-10-20", "Alberto Espina"),
    ("ZWE", "defence_minister", "2018-03-01", "Kembo Mohadi"),
    ("MUS", "head_of_state", "2012-05-01", "Monique Ohsan Bellepeau"),  # acting
    ("STP", "head_of_state", "2010-06-01", "Fradique de Menezes"),
    ("LKA", "defence_minister", "2023-06-01", "Ranil Wickremesinghe"),  # a ministry the president kept
    ("MDV", "foreign_minister", "2015-01-10", "Dunya Maumoon"),
    ("MDV", "defence_minister", "2020-01-10", "Mariya Ahmed Didi"),
    ("LAO", "defence_minister", "2012-01-10", "Douangchay Phichit"),
    ("LAO", "defence_minister", "2020-01-10", "Chansamone Chanyalath"),
    ("VUT", "head_of_state", "2016-01-10", "Baldwin Lonsdale"),
    ("VUT", "head_of_state", "2023-01-10", "Nikenike Vurobaravu"),
    ("VUT", "head_of_government", "2014-01-10", "Moana Carcasses Kalosil"),
    ("VUT", "head_of_government", "2023-09-20", "Sato Kilman"),
    ("TON", "head_of_state", "2010-01-10", "George Tupou V"),
    ("TON", "head_of_government", "2016-01-10", "Akilisi Pohiva"),
    ("WSM", "head_of_state", "2020-01-10", "Vaaletoa Sualauvi II"),
    ("IRL", "defence_minister", "2014-06-01", "Enda Kenny"),  # after Shatter's resignation
    ("IRL", "defence_minister", "2025-06-01", "Simon Harris"),
])
def test_office_holder_on_a_date(kb: KnowledgeBase, country: str, office: str, day: str, holder: str) -> None:
    assert [t.name for t in kb.holders(country, office, date.fromisoformat(day))] == [holder]


@pytest.mark.parametrize(("country", "office", "day"), [
    ("VUT", "head_of_state", "2014-09-10"),  # between Abil's term and Lonsdale's election (acting speaker)
    ("TON", "head_of_government", "2019-09-25"),  # between Pōhiva's death and Tuʻiʻonetoa's election
    ("VUT", "head_of_state", "2020-01-10"),  # Tallis Obed Moses, left out ("Moses" as a surname)
])
def test_no_holder_where_none_is_on_record(kb: KnowledgeBase, country: str, office: str, day: str) -> None:
    assert kb.holders(country, office, date.fromisoformat(day)) == []
