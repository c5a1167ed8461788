"""`detente actors import-petrarch`: PETRARCH dictionaries become a usable --actors file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from detente.cli.app import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    return int(exit_.value.code or 0), capsys.readouterr().err


def test_import_petrarch_writes_a_user_file_the_kb_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "actors.txt"
    source.write_text("ARNOR [ARN]\n+ARNORIAN\nFORNOST [ARNGOV]\n", encoding="utf-8")
    out = tmp_path / "arnor.toml"
    status, err = _run(["actors", "import-petrarch", str(source), "-o", str(out)], capsys)
    assert status == 0 and "--actors" in err
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    codes = {entry["code"] for entry in data["actor"]}
    assert {"ARN", "ARNGOV"} <= codes

    from detente.actors import KnowledgeBase

    kb = KnowledgeBase.load([out], officeholders=False)
    assert any(e.actor_code == "ARN" for e in kb.lookup("Arnorian"))


def test_import_petrarch_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "actors.txt"
    source.write_text("ARNOR [ARN]\n", encoding="utf-8")
    out = tmp_path / "arnor.toml"
    out.write_text("# mine\n", encoding="utf-8")
    status, err = _run(["actors", "import-petrarch", str(source), "-o", str(out)], capsys)
    assert status == 1 and "error[D503]" in err
    assert out.read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.parametrize("name", ["arnor.yaml", "arnor.YML"])
def test_import_petrarch_writes_yaml_for_a_yaml_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       name: str) -> None:
    import yaml

    source = tmp_path / "actors.txt"
    source.write_text("ARNOR [ARN]\n+ARNORIAN\nFORNOST [ARNGOV]\n", encoding="utf-8")
    out = tmp_path / name
    status, err = _run(["actors", "import-petrarch", str(source), "-o", str(out)], capsys)
    assert status == 0 and "--actors" in err
    text = out.read_text(encoding="utf-8")
    assert "[[actor]]" not in text
    assert {entry["code"] for entry in yaml.safe_load(text)["actor"]} >= {"ARN", "ARNGOV"}

    from detente.actors import KnowledgeBase

    kb = KnowledgeBase.load([out], officeholders=False)
    assert any(e.actor_code == "ARN" for e in kb.lookup("Arnorian"))
