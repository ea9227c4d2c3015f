"""Bad input never produces a traceback: one line per bad file, the batch goes on, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import shared_path


def run_cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsevents.cli.main", *args],
                          capture_output=True, text=True, **kw)


@pytest.fixture()
def batch(tmp_path):
    good = shared_path("eval", "dev", "en-0004.txt")
    (tmp_path / "good.txt").write_bytes(good.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "latin1.txt").write_bytes("date 2021-12-31\n\nDie Regierung in München "
                                          "äußerte sich.".encode("latin-1"))
    (tmp_path / "header.txt").write_text("date 2021-13-45\n\nThe talks resumed.")
    with open(tmp_path / "huge.txt", "wb") as fh:  # 50 MB, sparse
        fh.truncate(50_000_000)
    return tmp_path


EXPECTED = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "binary.txt": "binary file",
    "latin1.txt": "not valid UTF-8",
    "header.txt": "malformed date header",
    "huge.txt": "file too large",
}


def test_bad_files_reported_one_line_each_batch_goes_on(batch):
    out = run_cli("extract", str(batch), str(batch / "missing.txt"), "--format", "jsonl")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    for name, reason in EXPECTED.items():
        [line] = [ln for ln in lines if f"{name}:" in ln]
        assert reason in line, line
    assert any("missing.txt" in ln and "no such file" in ln for ln in lines)
    assert len(lines) == len(EXPECTED) + 1
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["good"]


def test_usage_errors_are_one_line():
    out = run_cli("extract")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    out = run_cli("extract", "--sample", "--date", "yesterday")
    assert out.returncode == 2 and "--date" in out.stderr and "Traceback" not in out.stderr
    out = run_cli("extract", "--sample", "--config", "/nonexistent/config.toml")
    assert out.returncode == 2 and "config file not found" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_sample_summary():
    out = run_cli("extract", "--sample")
    assert out.returncode == 0, out.stderr
    assert "(de, 2021-12-31)" in out.stdout and "sentences" in out.stdout


def test_a_pipeline_failure_on_one_article_loses_nothing_else(tmp_path):
    """A bug that only one article triggers is reported in one line; the others come out."""
    from click.testing import CliRunner

    from newsevents.cli.main import cli
    from newsevents.pipeline.base import Component
    from newsevents.registry import components

    @components.register("tests.fails_on_marker.v1")
    class FailsOnMarker(Component):
        name = "fails_on_marker"
        requires = ("tokens",)
        languages = None

        def __call__(self, doc):
            if "Sollbruchstelle" in doc.text:
                raise ValueError("triggered")
            return doc

    (tmp_path / "a.txt").write_text("date 2021-12-31\n\nDie Regierung in Bagdad dankte der Koalition.")
    (tmp_path / "b.txt").write_text("date 2021-12-31\n\nEine Sollbruchstelle im Text.")
    (tmp_path / "c.txt").write_text("date 2021-12-31\n\nDie USA zogen ihre Truppen ab.")
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('[pipeline]\ncomponents = ["language", "tokenize", "fails"]\n'
                   '[components.fails]\nfactory = "tests.fails_on_marker.v1"\n')
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                   str(tmp_path / "c.txt"), "--config", str(cfg),
                                   "--format", "jsonl"])
    assert res.exit_code == 1
    assert [json.loads(x)["doc_id"] for x in res.stdout.splitlines()] == ["a", "c"]
    assert "b.txt: analysis failed (ValueError: triggered)" in res.stderr
