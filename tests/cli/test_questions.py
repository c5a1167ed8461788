"""Tests of the `questions` CLI group (detente.cli.questions) through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from tests.analysis.eventmix import build_store, realistic_mix
from typer.testing import CliRunner

from detente.cli import questions
from detente.errors import DetenteError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "questions" / "russia_iran_defence_treaty.toml"
ENV = {"COLUMNS": "250"}
runner = CliRunner()


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    questions.register(app)
    return app


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "mix.duckdb"
    build_store(path, realistic_mix()).close()
    return path


def test_cli_questions_add_list_show_update_remove(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["questions", "add", str(EXAMPLE), "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "added russia-iran-defence-treaty" in result.output
    result = runner.invoke(app, ["questions", "list", "--db", str(db)], env=ENV)
    assert "russia-iran-defence-treaty" in result.output and "not yet updated" in result.output
    result = runner.invoke(app, ["questions", "update", "--asof", "2025-12-01", "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "evidence_against" in result.output
    result = runner.invoke(app, ["questions", "list", "--db", str(db)], env=ENV)
    assert "evidence_against" in result.output
    result = runner.invoke(app, ["questions", "show", "russia-iran-defence-treaty", "--asof", "2026-01-02",
                                 "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "resolved_no" in result.output and "rus_irn_2025" in result.output
    assert "does not provide for mutual military assistance" in result.output
    assert "base rate" in result.output
    result = runner.invoke(app, ["questions", "remove", "russia-iran-defence-treaty", "--db", str(db)], env=ENV)
    assert result.exit_code == 0 and "removed" in result.output
    result = runner.invoke(app, ["questions", "show", "russia-iran-defence-treaty", "--db", str(db)], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D602"


def test_cli_questions_add_invalid_file(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[question]\nid = "x"\n', encoding="utf-8")
    result = runner.invoke(app, ["questions", "add", str(bad), "--db", str(db)], env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D601"


def test_cli_questions_update_without_questions(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["questions", "update", "--db", str(db)], env=ENV)
    assert result.exit_code == 0 and "no questions to update" in result.output


def test_cli_questions_forecast_show_and_scores(app: typer.Typer, db: Path) -> None:
    runner.invoke(app, ["questions", "add", str(EXAMPLE), "--db", str(db)], env=ENV)
    result = runner.invoke(app, ["questions", "forecast", "russia-iran-defence-treaty", "0.8", "--by", "alice",
                                 "--note", "talks on a defence clause", "--on", "2025-03-01", "--db", str(db)],
                           env=ENV)
    assert result.exit_code == 0, result.output
    assert "alice 0.80 on 2025-03-01" in result.output
    runner.invoke(app, ["questions", "forecast", "russia-iran-defence-treaty", "0.1", "--on", "2025-06-01",
                        "--db", str(db)], env=ENV)
    result = runner.invoke(app, ["questions", "show", "russia-iran-defence-treaty", "--asof", "2025-12-01",
                                 "--db", str(db)], env=ENV)
    assert "forecasts" in result.output and "talks on a defence clause" in result.output
    assert "analyst" in result.output and "0.10" in result.output
    result = runner.invoke(app, ["questions", "scores", "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "no scored forecasts yet" in result.output and "open, not scored: russia-iran-defence-treaty" in result.output
    runner.invoke(app, ["questions", "update", "--asof", "2026-01-02", "--db", str(db)], env=ENV)
    result = runner.invoke(app, ["questions", "scores", "--db", str(db)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "0.6400" in result.output and "0.0100" in result.output  # alice 0.8 and analyst 0.1 on a "no"
    assert "open, not scored" not in result.output


def test_cli_questions_forecast_out_of_range_is_d604(app: typer.Typer, db: Path) -> None:
    runner.invoke(app, ["questions", "add", str(EXAMPLE), "--db", str(db)], env=ENV)
    result = runner.invoke(app, ["questions", "forecast", "russia-iran-defence-treaty", "1.2", "--db", str(db)],
                           env=ENV)
    assert isinstance(result.exception, DetenteError) and result.exception.code == "D604"
