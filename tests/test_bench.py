"""`newsevents bench` runs and prints its figures (no timing assertions)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import shared_path
from newsevents.bench import format_report
from newsevents.cli.extract import sample_path
from newsevents.cli.main import cli


def test_bench_reports_both_pipelines(tmp_path):
    dev = shared_path("eval", "dev")
    # a short pipeline keeps the test fast; the bench machinery is the same for any config
    cfg = tmp_path / "c.toml"
    cfg.write_text('[pipeline]\ncomponents = ["language", "tokenize", "tag"]\n')
    res = CliRunner().invoke(cli, ["bench", sample_path(), str(dev / "en-0001.txt"),
                                   str(dev / "de-0002.txt"),
                                   "--repeat", "1", "--json", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    base, full = data["runs"]
    assert base["components"] == ["language", "tokenize"]
    assert full["components"] == ["language", "tokenize", "tag"]
    # the first German and the first English article are the warm-up: one is timed
    assert data["articles"] == 3 and base["articles"] == 1 and data["words"] > 500
    assert abs(sum(full["component_shares"].values()) - 1) < 1e-6
    assert set(full["component_shares"]) == set(full["components"])
    assert data["store_docs_per_second"] > 0
    out = format_report(data)
    for field in ("articles/s", "words/s", "tokenise-only", "full", "peak heap",
                  "tracemalloc", "ru_maxrss", "ratio full/tokenise-only", "component time shares",
                  "tokenize ", "store writes"):
        assert field in out


def test_one_language_alone_cannot_be_timed(tmp_path):
    res = CliRunner().invoke(cli, ["bench", sample_path(),
                                   str(shared_path("eval", "dev") / "en-0001.txt")])
    assert res.exit_code != 0 and "warm-up" in res.output and "Traceback" not in res.output
