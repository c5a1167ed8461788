"""Tests for detente.actors.userfile and kb_schema: user actor files merged over the bundled KB."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.actors import ActorResolver, KnowledgeBase
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
