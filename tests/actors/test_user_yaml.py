"""Tests of detente.actors.user_yaml: writing YAML user actor files (reading is tested in test_userfile.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml

from detente.actors import KnowledgeBase
from detente.actors.petrarch_format import UserActorEntry, UserAgentEntry, petrarch_to_user_toml
from detente.actors.user_yaml import petrarch_to_user_yaml, read_user_yaml, render_user_yaml

# A small dictionary in PETRARCH's format, written for these tests (fictional names).
ACTORS = """\
VALDORIA_ [VAL]
+VALDORIAN
ESKERIA [ESK]
NORTHERN_FRONT [VALREBNFR]
NOBODY [---]
TWIN_CITIES [VAL/ESK]
KING_ALDO [VAL]
\t[VALGOV 20100101-20150101]
"""
AGENTS = "SENATOR [~LEG]\nNAVY {NAVIES FLEETS} [~MIL]\nACTIVIST [~HRI]\n"


@pytest.fixture()
def dictionaries(tmp_path: Path) -> tuple[Path, Path]:
    actors, agents = tmp_path / "actors.txt", tmp_path / "agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


def _comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_petrarch_yaml_holds_what_the_toml_holds(dictionaries: tuple[Path, Path]) -> None:
    actors, agents = dictionaries
    as_toml = petrarch_to_user_toml(actors, agents)
    as_yaml = petrarch_to_user_yaml(actors, agents)
    assert yaml.safe_load(as_yaml) == tomllib.loads(as_toml)
    assert _comments(as_yaml) == _comments(as_toml)
    assert any("compound code VAL/ESK" in line for line in _comments(as_yaml))


def test_petrarch_yaml_and_toml_load_the_same_actors(dictionaries: tuple[Path, Path], tmp_path: Path) -> None:
    actors, agents = dictionaries
    toml_path, yaml_path = tmp_path / "out.toml", tmp_path / "out.yml"
    toml_path.write_text(petrarch_to_user_toml(actors, agents), encoding="utf-8")
    yaml_path.write_text(petrarch_to_user_yaml(actors, agents), encoding="utf-8")
    from_toml, from_yaml = KnowledgeBase.load([toml_path]), KnowledgeBase.load([yaml_path])
    assert from_yaml.actors() == from_toml.actors()
    assert [e.actor_code for e in from_yaml.lookup("Valdorian")] == ["VAL"]
    assert from_yaml.lookup("navies")[0].sector == "MIL"


def test_rendered_yaml_keeps_words_yaml_would_retype(tmp_path: Path) -> None:
    tricky = ("NO", "Yes", "on", "012", "2024-01-01", 'say "hi" \\ bye', "Ñandú: #1", "- dash", "null")
    entries: list[UserActorEntry | UserAgentEntry] = [
        UserActorEntry(name=name, kind="group", code="IRNREBXYZ", aliases=tricky, note="a note: with # signs")
        for name in tricky]
    entries.append(UserAgentEntry(word="off", sector="MIL"))
    path = tmp_path / "tricky.yaml"
    path.write_text(render_user_yaml(entries, header="line one\nline two"), encoding="utf-8")
    parsed, actor_lines, _, agent_lines = read_user_yaml(path)
    assert [a.name for a in parsed.actor] == list(tricky)
    assert all(a.aliases == tricky for a in parsed.actor)
    assert [(a.word, a.sector) for a in parsed.agent] == [("off", "MIL")]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(lines[n - 1].lstrip().startswith("- name:") for n in actor_lines)
    assert lines[agent_lines[0] - 1].lstrip().startswith("- word:")


def test_rendered_yaml_without_entries_is_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text(render_user_yaml([]), encoding="utf-8")
    parsed, *_ = read_user_yaml(path)
    assert parsed.actor == () and parsed.agent == ()
