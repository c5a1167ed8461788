"""Finance and interior ministers, central bank governors and intelligence chiefs of 2023-2026 (people.csv, round
thirty-three): each is their state's (or the court's) on a day within the tenure; controls: the holder before or
after, a surname left out because it names too many people, and a surname two listed people share."""

from __future__ import annotations

from typing import Any

import pytest
from tests.actors.mentions import mention_codes

from detente.actors import ActorResolver


@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    # finance ministers and treasurers
    ("Finance Minister Nirmala Sitharaman presented the budget.", "2024-07-23", "Nirmala Sitharaman", "INDGOV"),
    ("Jörg Kukies met his French counterpart in Paris.", "2024-12-01", "Jörg Kukies", "DEUGOV"),
    ("Kukies warned Washington against new tariffs.", "2025-02-01", "Kukies", "DEUGOV"),
    ("Eric Lombard presented France's budget to parliament.", "2025-06-01", "Eric Lombard", "FRAGOV"),
    ("Roland Lescure said France would cut its deficit.", "2025-11-01", "Roland Lescure", "FRAGOV"),
    ("Katsunobu Kato met Scott Bessent in Washington.", "2025-06-01", "Katsunobu Kato", "JPNGOV"),
    ("Satsuki Katayama said Japan would act against sharp yen moves.", "2025-11-01", "Satsuki Katayama", "JPNGOV"),
    ("Treasurer Jim Chalmers criticised Beijing's trade curbs.", "2024-06-01", "Jim Chalmers", "AUSGOV"),
    ("Chalmers said Australia would respond to the tariffs.", "2025-06-01", "Chalmers", "AUSGOV"),
    ("Mohammed al-Jadaan said Saudi Arabia would keep spending.", "2025-06-01", "Mohammed al-Jadaan", "SAUGOV"),
    ("Abdolnaser Hemmati said the sanctions hurt Iran's economy.", "2024-12-01", "Abdolnaser Hemmati", "IRNGOV"),
    ("Purbaya Yudhi Sadewa said Indonesia would spend more.", "2025-10-01", "Purbaya Yudhi Sadewa", "IDNGOV"),
    # interior ministers, central bank governors
    ("Clare O'Neil cancelled the visa of the activist.", "2023-06-01", "Clare O'Neil", "AUSGOV"),
    ("Andriy Pyshnyi said the central bank would hold rates.", "2024-06-01", "Andriy Pyshnyi", "UKRGOV"),
    # intelligence chiefs and the ICC's president
    ("Ken McCallum warned of Iranian plots in Britain.", "2024-10-08", "Ken McCallum", "GBRSPY"),
    ("Richard Moore warned that Russia was sabotaging Europe.", "2024-09-07", "Richard Moore", "GBRSPY"),
    ("David Zini briefed Netanyahu on the hostages.", "2025-11-01", "David Zini", "ISRSPY"),
    ("Tomoko Akane rejected the American sanctions.", "2025-06-01", "Tomoko Akane", "IGOUNOICC"),
    # controls: holders before and after, already listed
    ("Christian Lindner said Germany would not borrow more.", "2024-06-01", "Christian Lindner", "DEUGOV"),
    ("Lindner walked out of the coalition talks.", "2017-11-20", "Lindner", "DEUOPP"),
    ("Reeves attacked the government's spending plans.", "2024-01-10", "Reeves", "GBROPP"),
    ("Shunichi Suzuki warned against speculative yen moves.", "2024-06-01", "Shunichi Suzuki", "JPNGOV"),
    ("Blaise Metreweli warned of Russian aggression.", "2025-11-01", "Blaise Metreweli", "GBRSPY"),
    ("Ronen Bar briefed the security cabinet.", "2024-06-01", "Ronen Bar", "ISRSPY"),
    ("McCallum said Canada would send troops.", "2003-01-01", "McCallum", "CANGOV"),
])
def test_holders_are_their_states_on_their_dates(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                 mention: str, code: str) -> None:
    assert mention_codes(resolver, nlp, text, day).get(mention) == code


@pytest.mark.parametrize(("text", "day", "mention"), [
    # a surname two listed people bear stays unresolved where neither is named in full
    ("McCallum warned of Iranian plots in Britain.", "2024-10-08", "McCallum"),
    ("Moore warned that Russia was sabotaging Europe.", "2024-09-07", "Moore"),
    # surnames too common to stand alone are not listed; a street is not a minister
    ("Bailey said rates would fall.", "2025-06-01", "Bailey"),
    ("Banks on Lombard Street rallied.", "2025-06-01", "Lombard Street"),
])
def test_shared_or_common_surnames_stay_unresolved(resolver: ActorResolver, nlp: Any, text: str, day: str,
                                                   mention: str) -> None:
    codes = mention_codes(resolver, nlp, text, day)
    assert mention not in codes and mention.split()[0] not in codes
