"""Negated events ("did not attack") are stored, but kept out of event tables, exports and
time series unless asked for with --negated."""

from __future__ import annotations

import subprocess
import sys


def cli(*args):
    return subprocess.run([sys.executable, "-m", "newsevents.cli.main", *args],
                          capture_output=True, text=True)


def test_negated_events_left_out_of_counts_by_default(tmp_path):
    art = tmp_path / "neg.txt"
    art.write_text("date 2021-12-31\n\nDie USA haben den Irak nicht angegriffen. "
                   "Russland griff die Ukraine an.\n", encoding="utf-8")
    db = str(tmp_path / "neg.duckdb")
    assert cli("ingest", str(art), "--db", db).returncode == 0
    stored = cli("query", "--db", db, "--format", "csv",
                 "SELECT source_country, negated FROM events ORDER BY source_country").stdout
    assert stored.split() == ["source_country,negated", "RUS,False", "USA,True"]

    default = cli("export", "--db", db, "--format", "gdelt").stdout.splitlines()
    everything = cli("export", "--db", db, "--format", "gdelt", "--negated").stdout.splitlines()
    assert len(default) == 1 and "RUS" in default[0]
    assert len(everything) == 2

    counts = cli("timeline", "--db", db, "--by", "month", "--format", "csv").stdout
    assert counts.splitlines()[1].startswith("2021-12,1,")
    counts_all = cli("timeline", "--db", db, "--by", "month", "--format", "csv", "--negated").stdout
    assert counts_all.splitlines()[1].startswith("2021-12,2,")
