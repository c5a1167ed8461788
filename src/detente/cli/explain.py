"""`detente explain`: what a CAMEO code means (name, description, Goldstein, quad class, PLOVER)."""

from __future__ import annotations

import typer

from detente.coding.codebook import CameoEntry, Codebook
from detente.errors import DetenteError

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def register(app: typer.Typer) -> None:
    """Add ``explain`` to ``app``."""
    app.command("explain")(explain)


def explain(
    code: str | None = typer.Argument(None, help="A CAMEO code: a root class (19), 3 or 4 digits (195, 0312)."),
    search: str | None = typer.Option(None, "--search", "-s", help="List the codes whose name or description "
                                      "contains these words."),
) -> None:
    """Explain a CAMEO event code, list a root class with its codes, or search the codebook.

    Raises:
        CodebookError: D401 for an unknown code.
        UsageError: D801 when neither a code nor --search is given.
    """
    codebook = Codebook.load()
    if search is not None:
        found = codebook.search(search)
        if not found:
            typer.echo(f"no CAMEO code matches {search!r}")
            return
        for entry in found:
            typer.echo(_one_line(entry))
        return
    if code is None:
        raise DetenteError.make("D801", reason="give a CAMEO code (e.g. 195) or --search WORDS")
    entry = codebook.get(code)
    typer.echo(render_entry(codebook, entry))


def render_entry(codebook: Codebook, entry: CameoEntry) -> str:
    """The multi-line explanation of ``entry``: meaning, weights, PLOVER, parent and children."""
    plover = entry.plover.event_type + (f" (mode: {entry.plover.mode})" if entry.plover.mode else "")
    if entry.plover_context:
        plover += f" [context: {entry.plover_context}]"
    lines = [
        f"{entry.code}  {entry.name}",
        f"  {entry.description}",
        f"  Goldstein:  {entry.goldstein:+.1f}",
        f"  quad class: {int(entry.quad_class)} ({QUAD_NAMES[int(entry.quad_class)]})",
        f"  PLOVER:     {plover}",
    ]
    if entry.parent is not None:
        parent = codebook.get(entry.parent)
        lines.append(f"  parent:     {_one_line(parent)}")
    children = codebook.children(entry.code)
    if children:
        lines.append("  children:")
        for child in children:
            lines.append(f"    {_one_line(child)}")
            if entry.is_root:
                lines.extend(f"      {_one_line(grandchild)}" for grandchild in codebook.children(child.code))
    lines.append(f"  ({codebook.version})")
    return "\n".join(lines)


def _one_line(entry: CameoEntry) -> str:
    return f"{entry.code:<5} {entry.name}  [{entry.goldstein:+.1f}, {entry.plover.event_type}]"
