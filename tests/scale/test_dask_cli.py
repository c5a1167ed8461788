"""`detente code --engine dask`: option checks, and one real LocalCluster run through the CLI."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.scale.news import write_shards

from detente.cli.app import main


def _run(args: list[str]) -> int:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    return int(exit_.value.code or 0)


@pytest.mark.parametrize(("args", "code"), [
    (["--scheduler", "tcp://127.0.0.1:8786"], "D801"),
    (["--partitions", "2"], "D801"),
    (["--engine", "dask"], "D801"),
    (["--engine", "spark", "--output-dir", "out"], "D802"),
])
def test_dask_cli_refuses_inconsistent_options(args: list[str], code: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    write_shards(tmp_path / "in", 2, 1)
    assert _run(["code", str(tmp_path / "in"), *args]) == 2
    assert f"error[{code}]" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.dask
def test_dask_cli_writes_partitions_and_reports_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_shards(tmp_path / "in", 20, 2)
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "cut\n', encoding="utf-8")
    status = _run(["code", str(tmp_path / "in"), "--engine", "dask", "--output-dir", str(tmp_path / "out"),
                   "--partitions", "2"])
    err = capsys.readouterr().err
    assert status == 3 and "error[D103]" in err
    assert "2 partitions on LocalCluster" in err and "20 articles" in err and "1 problems" in err
    parts = sorted((tmp_path / "out").glob("part-*.parquet"))
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet"]
    assert sum(pq.read_table(p).num_rows for p in parts) > 20
    assert len(paths) == 2
