"""The import direction of docs/architecture.md, checked on the source (no imports executed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "detente"

# Layer of each top-level part; a module may import only from parts of a lower or equal layer
# (stages never import each other's internals: see test_stages_use_public_names_only).
LAYERS = {
    "errors": 0, "version": 0,
    "records": 1,
    "config": 2,
    "ingest": 3, "nlp": 3, "actors": 3, "coding": 3, "store": 3,
    "analysis": 4,
    "pipeline": 5, "parallel": 5, "runner": 6, "watch": 6,
    "scale": 7, "cli": 7, "api": 7, "web": 7,
    "__init__": 8, "__main__": 8,
}
STAGES = {"ingest", "nlp", "actors", "coding", "store", "analysis"}
# Public entry points a stage may use of another stage (the package itself, plus these modules).
PUBLIC_SUBMODULES = {"coding.codebook", "coding.dates", "coding.places", "store.schema"}


def _part(module: str) -> str:
    name = module.split(".")[1] if module.startswith("detente.") and module.count(".") >= 1 else "__init__"
    return name.removesuffix(".py")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [m for m in found if m == "detente" or m.startswith("detente.")]


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "node_modules" not in p.parts)


def _owner(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_layering_imports_point_downward(path: Path) -> None:
    owner = _owner(path)
    for module in _imports(path):
        if module == "detente":
            target = "__init__"
        else:
            target = module.split(".")[1]
        if target == owner:
            continue
        assert LAYERS[target] <= LAYERS[owner], f"{path.relative_to(SRC)} imports {module} (a higher layer)"
        if owner == "analysis":
            assert target not in {"nlp", "actors", "coding"} or module in {"detente.coding.codebook"}, (
                f"analysis must read the store, not run the NLP: {path.relative_to(SRC)} imports {module}")


@pytest.mark.parametrize("path", [p for p in _modules() if _owner(p) in STAGES], ids=lambda p: str(p.relative_to(SRC)))
def test_stages_use_public_names_only(path: Path) -> None:
    owner = _owner(path)
    for module in _imports(path):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] == owner or parts[1] not in STAGES:
            continue
        sub = ".".join(parts[1:3])
        assert len(parts) == 2 or sub in PUBLIC_SUBMODULES, (
            f"{path.relative_to(SRC)} reaches into {module}; import from detente.{parts[1]} instead")


def test_errors_imports_nothing_from_detente() -> None:
    assert _imports(SRC / "errors.py") == []
