"""Tests of `detente actors lookup|list` through CliRunner on a Typer app built here."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from detente.cli import actors
from detente.errors import KnowledgeBaseError, NotFoundError, UsageError

GONDOR = ('[[actor]]\nname = "Gondor"\nkind = "country"\ncode = "GON"\nmetonyms = ["Minas Tirith"]\n\n'
          '[[actor]]\nname = "Aragorn"\nkind = "person"\ncountry = "GON"\n[[actor.tenure]]\n'
          'office = "head_of_state"\nstart = "2001-01-01"\nend = "2005-01-01"\n')


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    actors.register(app)

    @app.callback()
    def _main() -> None:
        """Test app."""

    return app


def test_actors_lookup_shows_code_and_why(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "lookup", "the Kremlin"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("RUSGOV")
    assert "why: metonym 'Kremlin': stands for RUSGOV" in result.output


def test_actors_lookup_on_a_date_with_a_user_file(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "gondor.toml"
    path.write_text(GONDOR, encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "lookup", "Aragorn", "--on", "2003-01-01", "--actors", str(path)])
    assert result.exit_code == 0, result.output
    assert "GONGOV" in result.output and "head_of_state of GON on 2003-01-01" in result.output
    later = CliRunner().invoke(app, ["actors", "lookup", "Aragorn", "--on", "2010-01-01", "--actors", str(path)])
    assert "out of office on 2010-01-01" in later.output


def test_actors_lookup_officeholder_csv_file(app: typer.Typer, tmp_path: Path) -> None:
    toml = tmp_path / "gondor.toml"
    toml.write_text(GONDOR, encoding="utf-8")
    csv = tmp_path / "officeholders_gondor.csv"
    csv.write_text("country,office,name,aliases,start,end,sector,source_kind\n"
                   "GON,foreign_minister,Faramir Hurin,Faramir,2002-03-01,,GOV,test\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "lookup", "Faramir", "--on", "2004-01-01", "--actors", str(toml),
                                      "--actors", str(csv)])
    assert result.exit_code == 0, result.output
    assert "GONGOV" in result.output and "foreign_minister of GON on 2004-01-01" in result.output


def test_actors_lookup_overlapping_tenures_fail_with_d302(app: typer.Typer, tmp_path: Path) -> None:
    toml = tmp_path / "gondor.toml"
    toml.write_text(GONDOR, encoding="utf-8")
    csv = tmp_path / "officeholders_gondor.csv"
    csv.write_text("country,office,name,aliases,start,end,sector,source_kind\n"
                   "GON,head_of_state,Denethor,,1990-01-01,2003-01-01,GOV,test\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "lookup", "Gondor", "--actors", str(toml), "--actors", str(csv)])
    assert isinstance(result.exception, KnowledgeBaseError)
    assert result.exception.code == "D302" and "Aragorn" in result.exception.message


def test_actors_lookup_unknown_name_is_d901(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "lookup", "Narnia"])
    assert isinstance(result.exception, NotFoundError)
    assert result.exception.code == "D901"


def test_actors_lookup_bad_date_is_d803(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "lookup", "Iran", "--on", "11/10/2024"])
    assert isinstance(result.exception, UsageError)
    assert result.exception.code == "D803"


def test_actors_list_filters_by_country_and_kind(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "list", "--country", "IRN", "--kind", "group"])
    assert result.exit_code == 0, result.output
    assert "Islamic Revolutionary Guard Corps" in result.output
    assert "IRNMIL" in result.output
    assert "Hezbollah" not in result.output


def test_actors_list_rejects_unknown_kind(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "list", "--kind", "planet"])
    assert isinstance(result.exception, UsageError)


def test_actors_lookup_resolves_a_phrase_on_a_date(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["actors", "lookup", "the American president", "--on", "2019-06-01"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("USAGOV") and "Donald Trump" in result.output
    assert "title 'president' of USA (demonym) on 2019-06-01" in result.output
