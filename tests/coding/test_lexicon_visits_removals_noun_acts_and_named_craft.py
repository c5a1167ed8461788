"""Visits told with "come to", removals from office by a high court, acts named as nouns, things welcomed, prisoners
moved, capitalised plural forces and ships named by an apposition (docs/coding.md, "Round thirty-two: visits, removals,
noun acts and named craft").

A leader who "comes to" a capital or a country visits it (042), whatever the clause's factuality; power, an end, an
agreement or another's aid that one "comes to" is no place, and wars and migrants that come somewhere are no visitors.
A constitutional or supreme court that removes or ousts someone "as prime minister" rules against him (116), as it does
when it removes him "from office"; a president who removes his minister is left alone. A navy's "harassment of" ships
is a show of force (150) and a state's "suspension of" a treaty with a partner a cut in relations (160), as the verbs
are. A package, a decision or a deal welcomed is no guest hosted (043 is for people). Prisoners "taken to" a place are
moved, not captured (181 stays for those "taken prisoner"). "Sent 700 Marines", a capitalised plural the model leaves
unlemmatised, sends forces as "troops" does; a ship or tanker named and described in apposition ("the Galaxy Leader, a
cargo ship") is the craft the apposition says, seized or detained as property (1711), not a place captured. Money
"earmarked" or "set aside" for a side is aid pledged (0331) and an aid package "unveiled" for it aid given (071), as
one announced; a side that "said nothing about", "stayed silent on" or "kept quiet about" a matter declines to comment
(011); a side that "backtracks" or "rows back" on a plan yields (080); a ritual offering sent to a shrine is a symbolic
act (017). A person released by full name is freed (0841), his country read from the description after his name. None
of these sentences is a gold sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.coding.coded import country_facts

_DAY = date(2025, 3, 1)


def _coded(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(source country, CAMEO code, target country, factuality) of each event of ``text``."""
    return set(country_facts(pipeline, text, _DAY))


def _rooted(pipeline: Any, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """The same with the code cut to its root class; an organisation of states (which has no country of its own) is
    "IGO"."""
    return {(s or _igo(e), c[:2], t, f) for e, (s, c, t, f) in zip(
        pipeline.code_text(text, published_on=_DAY), country_facts(pipeline, text, _DAY), strict=True)}


def _igo(event: Any) -> str | None:
    """ "IGO" for an event's source that is an organisation of states (a code starting "IGO"), else None."""
    return "IGO" if event.source is not None and event.source.actor_code.startswith("IGO") else None


@pytest.mark.parametrize(("text", "event"), [
    # a court removing an office holder "as" his office
    ("Pakistan's Supreme Court removed Yousaf Raza Gilani as prime minister.", ("PAK", "11", "PAK", "asserted")),
    ("Thailand's Constitutional Court removed Paetongtarn Shinawatra as prime minister on Friday.",
     ("THA", "11", "THA", "asserted")),
    # coming to a capital or a country
    ("Putin will come to Turkey in the spring.", ("RUS", "04", "TUR", "future")),
    ("The Chinese premier came to Canberra on Saturday for talks.", ("CHN", "04", "AUS", "asserted")),
    ("Modi came to Moscow last July, his first trip since the war began.", ("IND", "04", "RUS", "asserted")),
    ("Xi Jinping will not come to Washington this year.", ("CHN", "04", "USA", "negated")),
    # acts named as nouns
    ("Manila protested the Chinese navy's harassment of Philippine vessels.", ("CHN", "15", "PHL", "asserted")),
    ("China's harassment of Philippine boats has intensified, Manila said.", ("CHN", "15", "PHL", "asserted")),
    ("Pakistan condemned India's suspension of the Indus Waters Treaty with Pakistan.",
     ("IND", "16", "PAK", "asserted")),
    # capitalised plural forces
    ("Washington will send 2,000 Marines to Israel.", ("USA", "07", "ISR", "future")),
    ("The Pentagon said it would send 700 Marines to Los Angeles.", ("USA", "15", None, "future")),
    # a person released by name, his country from the description after it
    ("Iran released Cecile Kohler, a French teacher, on Tuesday.", ("IRN", "08", "FRA", "asserted")),
    ("China released Yang Hengjun, an Australian writer.", ("CHN", "08", "AUS", "asserted")),
    ("Will Minsk release Ihar Losik, the jailed journalist?", ("BLR", "08", "BLR", "question")),
    # plans backtracked on: yielding
    ("Mexico backtracked on its plan to tax remittances.", ("MEX", "08", None, "asserted")),
    ("Hungary backtracked on its threat to veto aid to Ukraine.", ("HUN", "08", None, "asserted")),
    ("The British government rowed back on its pledge to cut aid to Kenya.", ("GBR", "08", None, "asserted")),
    # money earmarked or set aside, aid packages unveiled
    ("Britain earmarked 3 billion pounds for Ukraine's defence.", ("GBR", "03", "UKR", "asserted")),
    ("Germany set aside 500 million euros for Syria's reconstruction.", ("DEU", "03", "SYR", "asserted")),
    ("The EU unveiled a 50 billion euro aid package for Ukraine.", ("IGO", "07", "UKR", "asserted")),
    ("Washington unveiled a $2 billion aid package for Israel.", ("USA", "07", "ISR", "asserted")),
    # nothing said, silence kept
    ("Putin said nothing about the drone attack on the Kremlin.", ("RUS", "01", None, "asserted")),
    ("Xi stayed silent on the North Korean troops in Russia.", ("CHN", "01", None, "asserted")),
    ("Beijing has remained silent about the arrests.", ("CHN", "01", None, "asserted")),
    ("The Kremlin kept quiet about the talks with Washington.", ("RUS", "01", None, "asserted")),
    # a ritual offering sent to a shrine
    ("Japanese Prime Minister Ishiba sent a ritual offering to the Yasukuni shrine.", ("JPN", "01", None, "asserted")),
])
def test_coded(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)


@pytest.mark.parametrize(("text", "event"), [
    # ships named and described in apposition, and tankers detained: property seized
    ("Iran seized the Advantage Sweet, a Marshall Islands-flagged tanker.", ("IRN", "1711", "MHL", "asserted")),
    ("France detained a Russian shadow fleet tanker off Brittany.", ("FRA", "1711", "RUS", "asserted")),
    # controls: a named ship, a town named and described, a crew detained
    ("The Houthis seized the Galaxy Leader, a British-owned cargo ship.", ("YEM", "1711", "GBR", "asserted")),
    ("Russian forces captured Avdiivka, a town near Donetsk.", ("RUS", "192", "UKR", "asserted")),
    ("Iran detained the crew of a Greek tanker.", ("IRN", "173", "GRC", "asserted")),
])
def test_full_code(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _coded(pipeline, text)


@pytest.mark.parametrize(("text", "root"), [
    # a thing welcomed hosts no one
    ("Israel welcomed the aid package approved by Congress.", "04"),
    ("Kyiv welcomed the new package of European sanctions.", "04"),
    # prisoners moved to a place
    ("The army took the prisoners to Kabul.", "18"),
    ("Taliban fighters took the prisoners to a jail in Kandahar.", "18"),
    # "come to" with no visit
    ("The war came to Kyiv in February 2022.", "04"),
    ("Migrants came to Italy in record numbers last year.", "04"),
    ("Hamas came to power in Gaza in 2007.", "04"),
    ("Russia and Ukraine came to an agreement on grain exports.", "04"),
    # a president removing his own minister
    ("President Ruto removed Kithure Kindiki as interior minister.", "11"),
    # things released
    ("The singer released a new album.", "08"),
    ("The police released the names of the victims.", "08"),
    ("Netflix released Martin Scorsese's new film.", "08"),
    # money set aside at home, silence with no actor, offerings of shares
    ("The ministry earmarked funds for new schools.", "03"),
    ("The witness remained silent during the trial.", "01"),
    ("Aramco unveiled a share offering.", "01"),
])
def test_not_coded(pipeline: Any, text: str, root: str) -> None:
    assert not {e for e in _rooted(pipeline, text) if e[1] == root}


@pytest.mark.parametrize(("text", "event"), [
    # controls: the senses that stay
    ("Erdogan welcomed Putin to Ankara on Monday.", ("TUR", "04", "RUS", "asserted")),
    ("The Saudi crown prince welcomed Biden in Jeddah.", ("SAU", "04", "USA", "asserted")),
    ("Israeli soldiers took three Palestinians prisoner in Jenin.", ("ISR", "18", "PSE", "asserted")),
    ("Russian troops took 20 Ukrainian soldiers prisoner near Bakhmut.", ("RUS", "18", "UKR", "asserted")),
    ("The United States came to Ukraine's aid in 2022.", ("USA", "07", "UKR", "asserted")),
    ("Kenya's Supreme Court removed the deputy president from office.", ("KEN", "11", "KEN", "asserted")),
    ("Chinese coast guard ships harassed Philippine vessels near Scarborough Shoal.",
     ("CHN", "15", "PHL", "asserted")),
    ("India suspended the Indus Waters Treaty with Pakistan.", ("IND", "16", "PAK", "asserted")),
    ("The United States sent Marines to Haiti.", ("USA", "07", "HTI", "asserted")),
])
def test_controls(pipeline: Any, text: str, event: tuple[str | None, str, str | None, str]) -> None:
    assert event in _rooted(pipeline, text)
