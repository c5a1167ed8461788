"""Refresh the README's CLI session and Python example with their real output (run after coder changes).

Runs each command on the bundled sample articles in a temporary folder and writes the transcript
between the <!-- cli-session --> / <!-- python-output --> markers of README.md.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

COMMANDS = [
    "detente ingest examples/articles --db news.duckdb",
    "detente events --db news.duckdb --dyad ISR IRN --format table",
    "detente code examples/articles/news.jsonl --factuality hypothetical --format table",
    "detente actors lookup \"Iran's president\" --on 2024-10-09",
    "detente explain 195",
    "detente relations IRN --on 2025-01-31 --db news.duckdb",
]

PYTHON = '''import detente

for event in detente.code_text(
    "Russia's Putin is scheduled to meet with Iran's president on Friday in Turkmenistan.",
    published_on="2024-10-09",
):
    print(event.source.actor_code, event.event_code, event.target.actor_code, event.factuality, event.event_date)
'''


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "COLUMNS": "150", "TERM": "dumb",
               "NO_COLOR": "1"}
        (Path(tmp) / "examples").symlink_to(ROOT / "examples")
        parts = []
        for command in COMMANDS:
            out = subprocess.run(command, shell=True, cwd=tmp, env=env, capture_output=True, text=True, check=False)
            parts.append(f"$ {command}\n{(out.stdout + out.stderr).rstrip()}\n")
        session = "```console\n" + "\n".join(parts) + "```"
        py = subprocess.run([sys.executable, "-c", PYTHON], cwd=tmp, env=env, capture_output=True, text=True,
                            check=True)
        python_out = "```\n" + py.stdout.rstrip() + "\n```"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = _between(readme, "cli-session", session)
    readme = _between(readme, "python-output", python_out)
    (ROOT / "README.md").write_text(readme, encoding="utf-8")


def _between(text: str, marker: str, body: str) -> str:
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: f"{start}\n{body}\n{end}", text)
    return text.replace(start, f"{start}\n{body}\n{end}")


if __name__ == "__main__":
    main()
