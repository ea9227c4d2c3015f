"""`newsevents ingest`: idempotent re-runs, bad inputs, a kill in the middle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from conftest import shared_path
from newsevents.cli.main import cli

NEWSEVENTS = [sys.executable, "-m", "newsevents.cli.main"]
#: a pipeline that only splits sentences: for tests about storage, not analysis
FAST = '[pipeline]\ncomponents = ["language", "tokenize"]\n'


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
        ).fetchall()]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.slow
def test_ingest_dev_twice_changes_nothing(tmp_path):
    dev = shared_path("eval", "dev")
    db = tmp_path / "dev.duckdb"
    first = run("ingest", str(dev), "--db", str(db))
    n_articles = len(list(dev.glob("*.txt")))
    c1 = counts(db)
    stored = c1["documents"]
    assert f"{stored} ingested" in first.stderr
    assert stored + first.stderr.count("analysis failed") == n_articles
    assert c1["sentences"] > 10 * stored
    second = run("ingest", str(dev), "--db", str(db))
    assert f"0 ingested, {stored} skipped" in second.stderr
    assert counts(db) == c1


def _write(p: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    return p


def test_bad_inputs_reported_good_ones_stored(tmp_path):
    dev = shared_path("eval", "dev")
    folder = tmp_path / "in"
    folder.mkdir()
    good = [_write(folder / f.name, f.read_bytes()) for f in sorted(dev.glob("de-000[12].txt"))]
    _write(folder / "empty.txt", b"")
    _write(folder / "binary.txt", bytes(range(256)) * 8)
    text = (dev / "de-0003.txt").read_text("utf-8")
    _write(folder / "baddate.txt", "date 2021-13-45\n\n" + text.split("\n", 1)[1])
    db = tmp_path / "s.duckdb"
    cfg = _write(tmp_path / "fast.toml", FAST)
    res = subprocess.run([*NEWSEVENTS, "ingest", str(folder), str(tmp_path / "missing.txt"),
                          "--db", str(db), "--config", str(cfg)], capture_output=True, text=True)
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert "Traceback" not in res.stderr
    bad = [ln for ln in lines if "ingested" not in ln]
    assert len(bad) == 4, res.stderr
    for name in ("empty.txt", "binary.txt", "baddate.txt", "missing.txt"):
        assert sum(name in ln for ln in bad) == 1
    assert "2 ingested, 0 skipped (already stored), 4 failed" in lines[-1]
    assert counts(db)["documents"] == len(good)


def test_locked_or_foreign_database_one_line(tmp_path):
    dev = shared_path("eval", "dev")
    foreign = _write(tmp_path / "x.duckdb", "not a database")
    res = run("ingest", str(dev / "de-0001.txt"), "--db", str(foreign))
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0 and "not a DuckDB database" in res.stderr
    assert foreign.read_text() == "not a database"


def _copies(src: Path, dst: Path, n: int) -> int:
    """n files of real articles, each text made distinct by a numbered closing line."""
    dst.mkdir()
    texts = [p.read_text("utf-8") for p in sorted(src.glob("*.txt"))]
    for i in range(n):
        t = texts[i % len(texts)].rstrip() + f"\n\n(Archivnummer {i + 1})\n"
        (dst / f"copy-{i:04d}.txt").write_text(t, "utf-8")
    return n


@pytest.mark.slow
def test_kill_during_ingest_leaves_whole_documents(tmp_path):
    dev = shared_path("eval", "dev")
    total = _copies(dev, tmp_path / "in", 90)
    db = tmp_path / "k.duckdb"
    cfg = _write(tmp_path / "fast.toml", FAST)
    cmd = [*NEWSEVENTS, "ingest", str(tmp_path / "in"), "--db", str(db), "--config", str(cfg)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 60
    # wait for the first committed documents, then kill without warning
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    con = duckdb.connect(str(db), read_only=True)
    try:
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 < n_docs < total
        # no orphan rows, and every document ends with its last sentence stored
        assert con.execute("SELECT count(*) FROM sentences WHERE doc_id NOT IN "
                           "(SELECT doc_id FROM documents)").fetchone()[0] == 0
        short = con.execute(
            "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, max(\"end\") AS e, "
            "count(*) AS n, max(sentence_id) AS m FROM sentences GROUP BY doc_id) s "
            "USING (doc_id) WHERE s.e IS NULL OR s.e < length(rtrim(d.text)) - 1 "
            "OR s.n != s.m + 1").fetchall()
        assert short == []
    finally:
        con.close()

    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert f"{total - n_docs} ingested, {n_docs} skipped" in res.stderr
    assert counts(db)["documents"] == total


@pytest.mark.slow
def test_exports_of_real_pipeline_output(tmp_path):
    """Real events from the dev articles: GDELT rows have 61 fields, PLOVER objects the
    manual's required fields, records parse back identical to `extract`."""
    import csv
    import io
    import json

    from newsevents.export.gdelt import EVENT_FIELDS
    from newsevents.record import Record
    dev = shared_path("eval", "dev")
    db = tmp_path / "dev.duckdb"
    run("ingest", str(dev), "--db", str(db))
    gd = run("export", "--db", str(db), "--format", "gdelt").stdout
    rows = list(csv.reader(io.StringIO(gd), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and all(len(r) == len(EVENT_FIELDS) == 61 for r in rows)
    assert all(r[26] and r[28] == r[26][:2] for r in rows)  # EventCode, EventRootCode
    recs = [Record.from_dict(json.loads(x)) for x in run("export", "--db", str(db)).stdout
            .splitlines()]
    extracted = [Record.from_dict(json.loads(x)) for x in
                 run("extract", str(dev), "--format", "jsonl").stdout.splitlines()]
    assert recs == extracted
    for line in run("export", "--db", str(db), "--format", "plover").stdout.splitlines():
        o = json.loads(line)
        assert {"id", "date", "actor", "event"} <= set(o) and o["event"][0]


def test_analysis_failure_of_one_article_does_not_stop_the_batch(tmp_path):
    from newsevents.pipeline.base import Component
    from newsevents.registry import components

    @components.register("newsevents.test_fails_on_marker.v1")
    class FailsOnMarker(Component):
        """Stands for a component bug that only some article triggers."""
        languages = None

        def __call__(self, doc):
            if "(Archivnummer 2)" in doc.text:
                raise RuntimeError("index out of range")
            return doc

    dev = shared_path("eval", "dev")
    _copies(dev, tmp_path / "in", 3)
    cfg = _write(tmp_path / "c.toml", '[pipeline]\ncomponents = ["language", "tokenize", '
                 '"marker"]\n[components.marker]\nfactory = "newsevents.test_fails_on_marker.v1"\n')
    db = tmp_path / "f.duckdb"
    res = run("ingest", str(tmp_path / "in"), "--db", str(db), "--config", str(cfg))
    assert res.exit_code == 1
    assert "copy-0001.txt: analysis failed (RuntimeError: index out of range)" in res.stderr
    assert "2 ingested, 0 skipped (already stored), 1 failed" in res.stderr
    assert counts(db)["documents"] == 2
