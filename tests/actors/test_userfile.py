"""Tests for detente.actors.userfile, kb_schema and user_yaml: user actor files (TOML, YAML) merged over the bundled KB."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.actors import ActorResolver, KnowledgeBase
from detente.actors.names import name_key
from detente.errors import KnowledgeBaseError

GONDOR = '''\
# detente user actor file: merged over the bundled knowledge base (user entries win on conflicts)
[[actor]]
name = "Gondor"
kind = "country"
code = "GON"
aliases = ["Gondorian", "Gondorians"]
metonyms = ["Minas Tirith"]

[[actor]]
name = "Aragorn"
kind = "person"
country = "GON"
sector = "GOV"
aliases = ["Elessar", "King Elessar"]
[[actor.tenure]]
office = "head_of_state"
country = "GON"
start = "2001-01-01"
end = "2005-01-01"

[[actor]]
name = "Brotherhood of Arnor"
kind = "group"
code = "GONREBARN"
aliases = ["the Brotherhood"]

[[agent]]
word = "rangers"
sector = "MIL"
'''


def _write(tmp_path: Path, text: str, name: str = "actors.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_countries_persons_groups_and_agents(tmp_path: Path) -> None:
    kb = KnowledgeBase.load([_write(tmp_path, GONDOR)])
    assert kb.lookup("Gondor")[0].actor_code == "GON"
    assert kb.lookup("Minas Tirith")[0].actor_code == "GONGOV"
    assert kb.lookup("Elessar", on=date(2003, 1, 1))[0].actor_code == "GONGOV"
    assert "head_of_state of GON" in kb.lookup("Elessar", on=date(2003, 1, 1))[0].reason
    assert kb.lookup("Brotherhood of Arnor")[0].actor_code == "GONREBARN"
    assert kb.lookup("rangers")[0].sector == "MIL"
    assert [t.name for t in kb.holders("GON", "head_of_state", date(2004, 12, 31))] == ["Aragorn"]
    assert kb.holders("GON", "head_of_state", date(2005, 1, 1)) == []


def test_user_file_changes_the_version(tmp_path: Path) -> None:
    assert KnowledgeBase.load([_write(tmp_path, GONDOR)]).version != KnowledgeBase.load().version


def test_user_entries_win_over_bundled_ones(tmp_path: Path) -> None:
    text = '[[actor]]\nname = "Tehran Club"\nkind = "group"\ncode = "IRNBUSTCL"\naliases = ["Tehran"]\n'
    kb = KnowledgeBase.load([_write(tmp_path, text)])
    assert kb.lookup("Tehran")[0].actor_code == "IRNBUSTCL"


def test_user_agents_and_names_are_used_by_the_resolver(tmp_path: Path, nlp: Any) -> None:
    kb = KnowledgeBase.load([_write(tmp_path, GONDOR)])
    mentions = list(ActorResolver(kb).resolve(nlp("Gondorian rangers attacked the Brotherhood."), date(2003, 5, 1)))
    assert [(m.mention, m.actor_code) for m in mentions] == [("Gondorian rangers", "GONMIL"),
                                                              ("Brotherhood", "GONREBARN")]


@pytest.mark.parametrize(("text", "code", "line"), [
    ('[[actor]]\nname = "X"\nkind = "country"\n', "D301", 1),
    ('[[actor]]\nname = "X"\nkind = "planet"\ncode = "XXX"\n', "D301", 3),
    ('\n[[actor]]\nname = "X"\nkind = "person"\ncountry = "QQQ"\n', "D304", 2),
    ('[[actor]]\nname = "X"\nkind = "person"\ncountry = "IRN"\nsector = "ZZZ"\n', "D306", 1),
    ('[[actor]]\nname = "X"\nkind = "person"\ncountry = "IRN"\n\n[[actor.tenure]]\noffice = "head_of_state"\n'
     'start = "2020-01-01"\nend = "2019-01-01"\n', "D305", 6),
    ('[[agent]]\nword = "x"\nsector = "NOPE"\n', "D306", 1),
])
def test_bad_user_entries_report_path_and_line(tmp_path: Path, text: str, code: str, line: int) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == code
    assert f"{path}:{line}" in info.value.message


def test_unreadable_or_broken_user_file_is_d303(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([_write(tmp_path, "[[actor]\nname=")])
    assert info.value.code == "D303"
    with pytest.raises(KnowledgeBaseError) as missing:
        KnowledgeBase.load([tmp_path / "missing.toml"])
    assert missing.value.code == "D303"


def test_bad_officeholder_csv_rows_report_path_and_line(tmp_path: Path) -> None:
    header = "country,office,name,aliases,start,end,sector,source_kind\n"
    cases = [("IRN,head_of_state,A B,,2020-01-01,2019-01-01,GOV,t\n", "D305"),
             ("QQQ,head_of_state,A B,,2020-01-01,,GOV,t\n", "D304"),
             ("IRN,emperor,A B,,2020-01-01,,GOV,t\n", "D301"),
             ("IRN,head_of_state,A B,,2020-13-01,,GOV,t\n", "D301"),
             ("IRN,head_of_state,A B,,2020-01-01,,XXX,t\n", "D306")]
    for number, (row, code) in enumerate(cases):
        path = _write(tmp_path, "# comment\n" + header + row, f"officeholders_{number}.csv")
        with pytest.raises(KnowledgeBaseError) as info:
            KnowledgeBase.load([path], officeholders=False)
        assert info.value.code == code, row
        assert f"{path}:3" in info.value.message


# -- YAML ---------------------------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "actors"

GONDOR_YAML = '''\
# the GONDOR file above, in YAML
actor:
  - name: Gondor
    kind: country
    code: GON
    aliases: [Gondorian, Gondorians]
    metonyms: [Minas Tirith]
  - name: Aragorn
    kind: person
    country: GON
    sector: GOV
    aliases: [Elessar, King Elessar]
    tenure:
      - office: head_of_state
        country: GON
        start: 2001-01-01
        end: 2005-01-01
  - name: Brotherhood of Arnor
    kind: group
    code: GONREBARN
    aliases: [the Brotherhood]
agent:
  - word: rangers
    sector: MIL
'''


def _snapshot(kb: KnowledgeBase, names: list[str], path: Path) -> dict[str, Any]:
    """Everything the user file can change, through the public API, with the file's path:line left out."""
    days = (None, date(2000, 6, 1), date(2003, 1, 1), date(2004, 1, 1), date(2010, 1, 1))
    actors = kb.actors()
    return {
        "actors": actors,
        "tenures": {a.entity_id: kb.tenures_of(a.entity_id) for a in actors},
        "offices": kb.offices(),
        "members": {a.actor_code: [kb.members(a.actor_code, day) for day in days] for a in actors
                    if a.kind in ("igo", "grouping")},
        "countries": [code for code in ("GON", "ARN", "IRN") if kb.is_country(code)],
        "entries": {name: [replace(e, source="") for e in kb.entries(name_key(name))] for name in names},
        "lookups": {(name, day): [replace(x, reason=re.sub(re.escape(str(path)) + r"(:\d+)?", "FILE", x.reason))
                                  for x in kb.lookup(name, on=day)] for name in names for day in days},
    }


def _names(path: Path) -> list[str]:
    """Every name, alias, metonym and agent word of a TOML user file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    names = [w for actor in data.get("actor", []) for w in (actor["name"], *actor.get("aliases", ()),
                                                             *actor.get("metonyms", ()))]
    return names + [agent["word"] for agent in data.get("agent", [])] + ["Tehran", "Putin", "troops"]


@pytest.mark.parametrize(("toml_text", "yaml_text"), [(GONDOR, GONDOR_YAML), (None, None)],
                         ids=["inline", "examples"])
def test_yaml_and_toml_files_give_identical_knowledge_bases(tmp_path: Path, toml_text: str | None,
                                                             yaml_text: str | None) -> None:
    if toml_text is None or yaml_text is None:
        toml_path, yaml_path = EXAMPLES / "gondor.toml", EXAMPLES / "gondor.yaml"
    else:
        toml_path, yaml_path = _write(tmp_path, toml_text), _write(tmp_path, yaml_text, "actors.yaml")
    names = _names(toml_path)
    from_toml = _snapshot(KnowledgeBase.load([toml_path]), names, toml_path)
    from_yaml = _snapshot(KnowledgeBase.load([yaml_path]), names, yaml_path)
    assert from_toml["actors"] != _snapshot(KnowledgeBase.load(), names, toml_path)["actors"]
    assert from_yaml == from_toml


def test_yaml_example_file_codes_its_actors_on_dates() -> None:
    kb = KnowledgeBase.load([EXAMPLES / "gondor.yaml"])
    assert [t.country for t in kb.offices_of("person:aragorn", date(2004, 1, 1))] == ["GON", "ARN"]
    assert kb.lookup("Minas Tirith")[0].actor_code == "GONGOV"
    assert kb.members("IGOWSTCOW", date(2003, 1, 1)) == ["GON"]
    assert kb.members("IGOWSTCOW", date(2004, 1, 1)) == ["GON", "ARN"]


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".YAML"])
def test_yaml_file_is_chosen_by_extension(tmp_path: Path, suffix: str) -> None:
    kb = KnowledgeBase.load([_write(tmp_path, GONDOR_YAML, "actors" + suffix)])
    assert kb.lookup("Elessar", on=date(2003, 1, 1))[0].actor_code == "GONGOV"
    assert kb.lookup("rangers")[0].sector == "MIL"


def test_empty_yaml_file_adds_nothing(tmp_path: Path) -> None:
    kb = KnowledgeBase.load([_write(tmp_path, "# nothing yet\n", "empty.yml")])
    assert kb.actors() == KnowledgeBase.load().actors()


@pytest.mark.parametrize("name", ["actors.json", "actors.txt", "actors.tml"])
def test_unknown_extension_is_d303_naming_the_supported_ones(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, GONDOR, name)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == "D303" and str(path) in info.value.message
    assert all(s in info.value.message for s in (".toml", ".yaml", ".yml", ".csv"))


@pytest.mark.parametrize(("text", "code", "line", "says"), [
    # D301: a missing code, an unknown kind / key / office, a value of the wrong type, a duplicate key.
    ("actor:\n  - name: X\n    kind: country\n", "D301", 2, "needs a code"),
    ("actor:\n  - name: X\n    kind: planet\n    code: XXX\n", "D301", 3, "kind"),
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    colour: red\n", "D301", 5, "colour"),
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    tenure:\n      - office: emperor\n"
     "        start: 2020-01-01\n", "D301", 6, "emperor"),
    ("actor:\n  - name: X\n    kind: person\n    aliases: [A, B, C]\n    country: IRN\n    tenure:\n"
     "      - office: head_of_state\n", "D301", 7, "start"),
    ("actor:\n  - name: Norway\n    kind: country\n    code: NO\n", "D301", 4, "quotes"),
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    name: Y\n", "D301", 5, "duplicate key 'name'"),
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    tenure:\n      - office: head_of_state\n"
     "        start: 2020-13-01\n", "D301", 7, "2020-13-01"),
    ("- name: X\n  kind: person\n", "D301", 1, "mapping"),
    ("actor:\n  name: X\n  kind: person\n", "D301", 1, "actor"),
    # D304: an unknown country, on the actor or in a tenure.
    ("\nactor:\n  - name: X\n    kind: person\n    country: QQQ\n", "D304", 3, "QQQ"),
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    tenure:\n      - office: head_of_state\n"
     "        country: QQQ\n        start: 2020-01-01\n", "D304", 6, "QQQ"),
    # D305: a tenure ending before it starts, at its end date.
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    tenure:\n      - office: head_of_state\n"
     "        start: 2020-01-01\n        end: 2019-01-01\n", "D305", 8, "2019-01-01"),
    # D306: an unknown sector of an actor or an agent.
    ("actor:\n  - name: X\n    kind: person\n    country: IRN\n    sector: ZZZ\n", "D306", 2, "ZZZ"),
    ("agent:\n  - word: x\n    sector: NOPE\n", "D306", 2, "NOPE"),
])
def test_bad_yaml_entries_report_path_and_line(tmp_path: Path, text: str, code: str, line: int, says: str) -> None:
    path = _write(tmp_path, text, "actors.yaml")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == code, info.value.message
    assert f"{path}:{line}:" in info.value.message
    assert says in info.value.message
    assert info.value.hint


def test_yaml_tenure_lines_count_every_tenure_of_the_file(tmp_path: Path) -> None:
    text = ("actor:\n  - name: Group X\n    kind: group\n    code: IRNREBXXX\n    tenure:\n"
            "      - office: head_of_state\n        start: 2001-01-01\n"
            "  - name: Y\n    kind: person\n    country: IRN\n    tenure:\n      - office: emperor\n"
            "        start: 2020-01-01\n")
    path = _write(tmp_path, text, "actors.yaml")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == "D301" and f"{path}:12:" in info.value.message


@pytest.mark.parametrize(("text", "where"), [
    ("actor:\n  - name: X\n     kind: person\n", "line 3"),
    ("actor: [\n", "line 2"),
    ("agent:\n\t- word: x\n", "line 2"),
    ("actor: []\n---\nagent: []\n", "line 2"),
])
def test_broken_yaml_is_d303_with_line(tmp_path: Path, text: str, where: str) -> None:
    path = _write(tmp_path, text, "actors.yaml")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == "D303" and str(path) in info.value.message
    assert "not YAML" in info.value.message and where in info.value.message


def test_yaml_loads_no_python_objects(tmp_path: Path) -> None:
    path = _write(tmp_path, "actor: !!python/object/apply:os.system ['true']\n", "actors.yaml")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == "D301" and f"{path}:1:" in info.value.message


def test_missing_yaml_file_is_d303(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([tmp_path / "missing.yaml"])
    assert info.value.code == "D303"


@pytest.mark.parametrize(("name", "text", "line"), [
    ("bad.toml", '[[actor]]\nname = "X"\nkind = "grouping"\ncode = "GRPXXX"\nmembers = ["IRN:2020-13-01"]\n', 1),
    ("bad.yaml", 'actor:\n  - name: X\n    kind: grouping\n    code: GRPXXX\n    members: ["IRN:2020-13-01"]\n', 2),
])
def test_bad_member_dates_report_the_entry_line(tmp_path: Path, name: str, text: str, line: int) -> None:
    path = _write(tmp_path, text, name)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path])
    assert info.value.code == "D301" and info.value.message.startswith(f"{path}:{line}: bad member 'IRN:2020-13-01'")
