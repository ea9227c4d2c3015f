"""`newsevents bench` runs and prints its figures (no timing assertions)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.bench import format_report
from newsevents.cli.extract import sample_path
from newsevents.cli.main import cli


def test_bench_reports_both_pipelines():
    res = CliRunner().invoke(cli, ["bench", sample_path(), "--repeat", "1", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    base, full = data["runs"]
    assert base["components"] == ["language", "tokenize"]
    assert len(full["components"]) > len(base["components"])
    assert data["articles"] == 1 and base["articles"] == 1 and data["words"] > 200
    assert abs(sum(full["component_shares"].values()) - 1) < 1e-6
    assert set(full["component_shares"]) == set(full["components"])
    out = format_report(data)
    for field in ("articles/s", "words/s", "tokenise-only", "full", "peak heap",
                  "tracemalloc", "ru_maxrss", "ratio full/tokenise-only", "component time shares",
                  "tokenize "):
        assert field in out
