"""`newsevents bench` runs and prints its figures (no timing assertions)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.cli.extract import sample_path
from newsevents.cli.main import cli


def test_bench_prints_its_fields():
    res = CliRunner().invoke(cli, ["bench", sample_path(), "--repeat", "1"])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for field in ("articles/s", "words/s", "tokenise-only", "full", "peak heap",
                  "tracemalloc", "ru_maxrss", "ratio full/tokenise-only", "component time shares",
                  "tokenize "):
        assert field in out


def test_bench_json_has_both_runs():
    res = CliRunner().invoke(cli, ["bench", sample_path(), "--json"])
    data = json.loads(res.stdout)
    base, full = data["runs"]
    assert base["components"] == ["language", "tokenize"]
    assert len(full["components"]) > len(base["components"])
    assert data["articles"] == 1 and base["articles"] == 1
    assert abs(sum(full["component_shares"].values()) - 1) < 1e-6
