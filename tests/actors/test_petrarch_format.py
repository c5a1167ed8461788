"""Tests of detente.actors.petrarch_format: PETRARCH dictionaries -> user actor file (TOML)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import GOLD, require_shared

from detente.actors.petrarch_format import (
    PetrarchActor,
    PetrarchAgent,
    PetrarchCode,
    UserActorEntry,
    UserAgentEntry,
    convert_actors,
    convert_agents,
    petrarch_to_user_toml,
    read_petrarch_actors,
    read_petrarch_agents,
    render_user_toml,
    write_user_actor_file,
)
from detente.errors import DetenteError

# Small dictionaries in PETRARCH's format, written for these tests (fictional names).
ACTORS = """\
<!-- A TEST DICTIONARY
     spanning two lines -->
<! -- a malformed comment opener PETRARCH files also contain -->
VALDORIA_ [VAL]   # the state
+VALDORIAN
+PORT_ESKER
ESKERIA [ESK]
NORTHERN_FRONT [VALREBNFR]
QUORLAND_ARMY [QRLMIL]
LEAGUE_OF_SEAS [IGOSEALOS]
NOBODY [---]
DISCARDED_NAME [+++]
TWIN_CITIES [VAL/ESK]
IMF [IMF]

MARSHAL_OREN   # dated codes, no default
\t[VALMIL <950601]
\t[VALGOV 19950601 - 19990815]
\t[VALREB >990816]
KING_ALDO [VAL]
\t[VALGOV 20100101-20150101]
"""

AGENTS = """\
<!-- agents -->
!PERSON! = MAN, MEN
SENATOR [~LEG]
MILITIA {} [~REB]
NAVY {NAVIES FLEETS} [~MIL]
COAST_GUARD!PERSON! [~MIL]
ACTIVIST [~HRI]
CHARITY [NGO~]
FOREIGN_MINISTER [~GOVFRM]
"""


@pytest.fixture()
def actor_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return path


@pytest.fixture()
def agent_file(tmp_path: Path) -> Path:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return path


def test_petrarch_reads_names_synonyms_and_codes(actor_file: Path) -> None:
    actors = {a.names[0]: a for a in read_petrarch_actors(actor_file)}
    assert actors["VALDORIA"].names == ("VALDORIA", "VALDORIAN", "PORT ESKER")
    assert actors["VALDORIA"].codes == (PetrarchCode(code="VAL"),)
    assert actors["NORTHERN FRONT"].codes[0].code == "VALREBNFR"
    assert "A TEST DICTIONARY" not in actors and "spanning two lines" not in " ".join(actors)


def test_petrarch_dated_codes_are_half_open_ranges(actor_file: Path) -> None:
    oren = next(a for a in read_petrarch_actors(actor_file) if a.names[0] == "MARSHAL OREN")
    assert oren.codes == (
        PetrarchCode(code="VALMIL", end=date(1995, 6, 1)),
        PetrarchCode(code="VALGOV", start=date(1995, 6, 1), end=date(1999, 8, 15)),
        PetrarchCode(code="VALREB", start=date(1999, 8, 16)),
    )
    assert oren.codes[1].covers(date(1995, 6, 1)) and not oren.codes[1].covers(date(1999, 8, 15))


def test_petrarch_eight_digit_dates(actor_file: Path) -> None:
    aldo = next(a for a in read_petrarch_actors(actor_file) if a.names[0] == "KING ALDO")
    assert aldo.codes[1] == PetrarchCode(code="VALGOV", start=date(2010, 1, 1), end=date(2015, 1, 1))


def test_petrarch_broken_code_block_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("GOOD [GDD]\nBROKEN [BRK\n", encoding="utf-8")
    with pytest.raises(DetenteError) as caught:
        read_petrarch_actors(path)
    assert caught.value.code == "D301"
    assert f"{path}:2:" in caught.value.message


def test_petrarch_backwards_date_range_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("X\n\t[XXXGOV 20150101-20100101]\n", encoding="utf-8")
    with pytest.raises(DetenteError) as caught:
        read_petrarch_actors(path)
    assert caught.value.code == "D301" and "ends before it starts" in caught.value.message


def test_petrarch_missing_file_is_d303(tmp_path: Path) -> None:
    with pytest.raises(DetenteError) as caught:
        read_petrarch_actors(tmp_path / "nope.txt")
    assert caught.value.code == "D303"


def test_convert_actors_picks_kind_from_the_code(actor_file: Path) -> None:
    entries, _ = convert_actors(read_petrarch_actors(actor_file))
    by_name = {e.name: e for e in entries}
    assert by_name["Valdoria"].kind == "country" and by_name["Valdoria"].code == "VAL"
    assert by_name["Valdoria"].aliases == ("Valdorian", "Port Esker")
    assert (by_name["Northern Front"].kind, by_name["Northern Front"].country, by_name["Northern Front"].sector) == (
        "group", "VAL", "REB")
    assert by_name["League Of Seas"].kind == "igo"
    assert by_name["Imf"].aliases == ("IMF",)


def test_convert_actors_declares_unknown_country_prefixes(actor_file: Path) -> None:
    entries, _ = convert_actors(read_petrarch_actors(actor_file))
    countries = {e.code for e in entries if e.kind == "country"}
    assert "QRL" in countries  # QRLMIL's country is declared nowhere else and is not an ISO code
    army = next(e for e in entries if e.name == "Quorland Army")
    assert (army.country, army.sector) == ("QRL", "MIL")


def test_convert_actors_drops_null_discard_and_reports_compounds(actor_file: Path) -> None:
    entries, notes = convert_actors(read_petrarch_actors(actor_file))
    names = {e.name for e in entries}
    assert "Nobody" not in names and "Discarded Name" not in names
    assert next(e for e in entries if e.name == "Twin Cities").code == "VAL"
    assert any("NOBODY" in n for n in notes) and any("compound code VAL/ESK" in n for n in notes)


def test_convert_actors_chooses_the_code_in_force_on_a_date(actor_file: Path) -> None:
    actors = read_petrarch_actors(actor_file)
    latest, _ = convert_actors(actors)
    in_1997, _ = convert_actors(actors, on=date(1997, 1, 1))
    before, _ = convert_actors(actors, on=date(1990, 1, 1))
    pick = {e.name: e for e in latest}, {e.name: e for e in in_1997}, {e.name: e for e in before}
    assert [p["Marshal Oren"].code for p in pick] == ["VALREB", "VALGOV", "VALMIL"]
    assert [p["King Aldo"].code for p in pick] == ["VAL", "VAL", "VAL"]
    assert pick[0]["King Aldo"].note and "VALGOV 2010-01-01..2015-01-01" in pick[0]["King Aldo"].note


def test_agents_plurals_macros_and_sectors(agent_file: Path) -> None:
    agents = read_petrarch_agents(agent_file)
    words = {a.words[0]: a for a in agents}
    assert words["SENATOR"].words == ("SENATOR", "SENATORS")
    assert words["MILITIA"].words == ("MILITIA",)
    assert words["NAVY"].words == ("NAVY", "NAVIES", "FLEETS")
    assert words["COAST GUARDMAN"].words == ("COAST GUARDMAN", "COAST GUARDMEN")
    entries, notes = convert_agents(agents)
    sectors = {e.word: e.sector for e in entries}
    assert sectors["senators"] == "LEG" and sectors["militia"] == "REB" and sectors["foreign minister"] == "GOV"
    assert "activist" not in sectors and "charity" not in sectors
    assert len(notes) == 2


def test_render_user_toml_parses_and_escapes() -> None:
    text = render_user_toml([
        UserActorEntry(name='The "Free" State', kind="country", code="FRE", aliases=("Free\\State",), note="a note"),
        UserAgentEntry(word="rangers", sector="MIL"),
    ])
    data = tomllib.loads(text)
    assert data["actor"][0] == {"name": 'The "Free" State', "kind": "country", "code": "FRE", "aliases": ["Free\\State"]}
    assert data["agent"] == [{"word": "rangers", "sector": "MIL"}]
    assert "# a note" in text


def test_converted_file_loads_into_the_knowledge_base(actor_file: Path, agent_file: Path, tmp_path: Path) -> None:
    from detente.actors import KnowledgeBase

    path = tmp_path / "converted.toml"
    path.write_text(petrarch_to_user_toml(actor_file, agent_file), encoding="utf-8")
    kb = KnowledgeBase.load([path])
    assert kb.lookup("Valdoria")[0].actor_code == "VAL"
    assert kb.lookup("Port Esker")[0].actor_code == "VAL"
    assert kb.lookup("Northern Front")[0].actor_code == "VALREBNFR"


def test_write_user_actor_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "out.toml"
    write_user_actor_file([UserActorEntry(name="Esk", kind="country", code="ESK")], path, header="made in a test")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"actor": [{"name": "Esk", "kind": "country", "code": "ESK"}]}


def test_convert_keeps_records_frozen() -> None:
    actor = PetrarchActor(names=("X",), codes=(PetrarchCode(code="XXX"),), line=1)
    with pytest.raises(AttributeError):
        actor.line = 2  # type: ignore[misc]
    assert PetrarchAgent(words=("A",), code="~GOV", line=1).code == "~GOV"


def test_shared_validation_dictionaries_convert_to_valid_toml(tmp_path: Path) -> None:
    folder = require_shared(GOLD / "petrarch_validation_dicts")
    text = petrarch_to_user_toml(folder / "PETR_Validate_actors_2_02.txt", folder / "PETR_Validate_agents_2_02.txt")
    data = tomllib.loads(text)
    assert len(data["actor"]) > 100 and len(data["agent"]) > 100
    from detente.actors import KnowledgeBase

    path = tmp_path / "validation.toml"
    path.write_text(text, encoding="utf-8")
    kb = KnowledgeBase.load([path])
    assert kb.lookup("Gondor")[0].actor_code == "GON"
    assert kb.lookup("Minas Tirith")[0].actor_code == "GON"
