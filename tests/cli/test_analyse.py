"""Tests of the analysis CLI commands (detente.cli.analyse) through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import typer
from tests.analysis.eventmix import build_store, realistic_mix
from typer.testing import CliRunner

from detente.cli import analyse
from detente.errors import DetenteError

ENV = {"COLUMNS": "250"}


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    analyse.register(app)
    return app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "mix.duckdb"
    build_store(path, realistic_mix()).close()
    return path


runner = CliRunner()


def test_cli_dyad_table_evidence_and_plot(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    plot = tmp_path / "rus_irn.svg"
    result = runner.invoke(app, ["dyad", "RUS", "IRN", "--db", str(db), "--evidence", "--plot", str(plot)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "2025-01" in result.output and "2025-11" in result.output
    assert "17 dated events, 1 undated" in result.output
    assert "comprehensive strategic partnership treaty" in result.output
    assert "<svg" in plot.read_text(encoding="utf-8")


def test_cli_dyad_uses_detente_db_env_and_week(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["dyad", "ISR", "IRN", "--by", "week", "--since", "2025-06-01",
                                 "--until", "2025-06-30"], env={**ENV, "DETENTE_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert "2025-W24" in result.output and "9 dated events" not in result.output


def test_cli_dyad_bad_date_and_missing_store(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["dyad", "RUS", "IRN", "--db", str(db), "--since", "June"], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D803"
    result = runner.invoke(app, ["dyad", "RUS", "IRN", "--db", str(tmp_path / "none.duckdb")], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D501"


def test_cli_relations_lists_states(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["relations", "IRN", "--on", "2025-12-01", "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip().startswith("│")]
    order = [line.split("│")[1].strip() for line in lines if line.split("│")[1].strip() in ("ISR", "USA", "RUS")]
    assert order == ["ISR", "USA", "RUS"]
    assert "at_war" in result.output and "partnered" in result.output and "rus_irn_2025" in result.output


def test_cli_treaties_list_show_between(app: typer.Typer) -> None:
    result = runner.invoke(app, ["treaties"], env=ENV)
    assert result.exit_code == 0, result.output
    assert "nato" in result.output and "rus_irn_2025" in result.output
    result = runner.invoke(app, ["treaties", "list", "--of", "IRN", "--on", "2025-11-01"], env=ENV)
    assert "rus_irn_2025" in result.output and "nato" not in result.output
    result = runner.invoke(app, ["treaties", "show", "rus_prk_2024"], env=ENV)
    assert result.exit_code == 0 and "Article 4" in result.output and "defence" in result.output
    result = runner.invoke(app, ["treaties", "between", "FIN", "SWE", "--on", "2024-03-07"], env=ENV)
    assert "nato" in result.output
    result = runner.invoke(app, ["treaties", "show", "nope"], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D902"


def test_cli_treaties_extra_file_and_review(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    extra = tmp_path / "t.toml"
    extra.write_text('[[treaty]]\nid = "test_pact"\nname = "Test pact"\nkind = "defence_pact"\n'
                     'source = "test"\nmembers = [{code = "IRN"}, {code = "VEN"}]\n', encoding="utf-8")
    result = runner.invoke(app, ["treaties", "--treaties", str(extra), "between", "IRN", "VEN"], env=ENV)
    assert "test_pact" in result.output
    result = runner.invoke(app, ["treaties", "review", "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "nothing to review" in result.output


def test_cli_network_graphml_and_json(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    result = runner.invoke(app, ["network", "-o", str(out), "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "bloc 0: CHN, IRN, PRK, RUS" in result.output
    assert set(nx.read_graphml(out).nodes) == {"RUS", "IRN", "PRK", "CHN", "ISR", "USA", "UKR"}
    result = runner.invoke(app, ["network", "-o", str(out), "--db", str(db)], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D503"
    js = tmp_path / "net.json"
    result = runner.invoke(app, ["network", "--format", "json", "--since", "2025-06-01", "--until", "2025-06-30",
                                 "-o", str(js), "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert json.loads(js.read_text(encoding="utf-8"))["since"] == "2025-06-01"
