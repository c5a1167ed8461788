"""The docs stay true: generated pages are current, links resolve, every route and setting is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_docs_generated_pages_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_docs.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("page", sorted([ROOT / "README.md", *DOCS.glob("*.md")]), ids=lambda p: p.name)
def test_docs_relative_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_docs_every_cli_command_has_a_section() -> None:
    from typer.main import get_command

    from detente.cli.app import app

    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    group = get_command(app)
    names = group.list_commands(None)  # type: ignore[attr-defined, arg-type]
    assert names
    for name in names:
        assert f"## `detente {name}`" in reference, name


def test_docs_every_rest_route_is_documented(tmp_path: Path) -> None:
    from detente.api import create_app
    from detente.config import Settings

    page = (DOCS / "rest-api.md").read_text(encoding="utf-8")
    app = create_app(Settings(db_path=tmp_path / "docs.duckdb"))
    api_paths = {p for p in app.openapi()["paths"] if p != "/" and not p.startswith("/static")}
    assert api_paths
    for path in sorted(api_paths):
        assert path in page, f"{path} missing from docs/rest-api.md"


def test_docs_every_setting_is_documented() -> None:
    from detente.config import Settings

    page = (DOCS / "config.md").read_text(encoding="utf-8")
    for name in Settings.__dataclass_fields__:
        assert f"`{name}`" in page, name
    source = (ROOT / "src" / "detente" / "config.py").read_text(encoding="utf-8")
    for var in set(re.findall(r"DETENTE_[A-Z_]+", source)):
        assert var in page, var
