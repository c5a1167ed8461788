"""The error catalogue: codes unique, families by range, messages filled, every code documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente import errors
from detente.errors import CATALOGUE, DetenteError

DOCS = Path(__file__).resolve().parents[1] / "docs" / "errors.md"
RANGES = {"InvalidRecordError": "D0", "InputError": "D1", "ModelError": "D2", "KnowledgeBaseError": "D3",
          "CodebookError": "D4", "StoreError": "D5", "QuestionError": "D6", "ConfigError": "D7",
          "UsageError": "D8", "NotFoundError": "D9"}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_errors_code_is_in_its_family_range(code: str) -> None:
    entry = CATALOGUE[code]
    assert entry.code == code
    assert code.startswith(RANGES[entry.family])
    assert entry.hint, f"{code} has no hint"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_errors_make_builds_the_family_class(code: str) -> None:
    err = DetenteError.make(code, path="x.jsonl", line=3, reason="r", value="v", record="R", detail="d")
    assert type(err).__name__ == CATALOGUE[code].family
    assert isinstance(err, DetenteError)
    assert err.render().startswith(f"error[{code}]: ")


def test_errors_message_carries_real_values() -> None:
    err = DetenteError.make("D103", path="feeds/a.jsonl", line=14, reason="Expecting value")
    assert isinstance(err, errors.InputError)
    assert err.message == "feeds/a.jsonl:14: broken JSON line: Expecting value"
    assert "hint:" in err.render()


def test_errors_unknown_template_field_stays_visible() -> None:
    err = DetenteError.make("D101", path="a.txt")
    assert "{reason}" in err.message


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_errors_every_code_is_documented(code: str) -> None:
    assert f"`{code}`" in DOCS.read_text(encoding="utf-8"), f"{code} missing from docs/errors.md"
