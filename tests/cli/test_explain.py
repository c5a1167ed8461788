"""Tests of `detente explain` through CliRunner on a Typer app built here."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from detente.cli import explain
from detente.errors import CodebookError, UsageError


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    explain.register(app)

    @app.callback()
    def _main() -> None:
        """Test app."""

    return app


def test_explain_code_prints_meaning_weights_and_plover(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain", "195"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "195  Employ aerial weapons" in out
    assert "Goldstein:  -10.0" in out
    assert "quad class: 4 (material conflict)" in out
    assert "PLOVER:     ASSAULT (mode: heavy-weapons)" in out
    assert "parent:     19 " in out


def test_explain_root_lists_children_and_grandchildren(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain", "13"])
    assert result.exit_code == 0, result.output
    for code in ("130", "138", "1385", "139"):
        assert f"\n    {code}" in result.output or f"\n      {code}" in result.output


def test_explain_search_lists_matches(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain", "--search", "missile"])
    assert result.exit_code == 0
    assert "195" in result.output and "Employ aerial weapons" in result.output


def test_explain_search_without_match_says_so(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain", "--search", "zeppelin"])
    assert result.exit_code == 0
    assert "no CAMEO code matches 'zeppelin'" in result.output


def test_explain_unknown_code_raises_d401(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain", "999"])
    assert isinstance(result.exception, CodebookError)
    assert result.exception.code == "D401"


def test_explain_without_code_or_search_is_usage_error(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["explain"])
    assert isinstance(result.exception, UsageError)
    assert result.exception.code == "D801"
