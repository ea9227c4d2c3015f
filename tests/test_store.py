"""The DuckDB store: round trip, skipping, bad files, locks, schema versions."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

import pytest

from newsevents.errors import StoreError
from newsevents.store import SCHEMA_VERSION, document_key, open_store
from test_store_helpers import rich_record, seed_sentences


@pytest.fixture()
def rich():
    return rich_record(seed_sentences())


def test_round_trip_real_record(tmp_path, rich, seed_record):
    with open_store(tmp_path / "s.duckdb", read_only=False) as st:
        doc_id = st.add(rich, path="de-0001.txt", pipeline_version="0.1.0",
                        lexicon_version="x")
        assert doc_id == rich.doc_id
        back = st.load_record(doc_id)
    assert back == rich
    assert back.to_dict() == rich.to_dict()
    # int and float quantities keep their type; a quote without speaker stays without
    assert type(back.quantities[0].value) is int and type(back.quantities[1].value) is float
    assert back.quotes[1].speaker is None and back.events[3].target is None
    # the plain pipeline output round-trips too
    with open_store(tmp_path / "p.duckdb", read_only=False) as st:
        assert st.load_record(st.add(seed_record)) == seed_record


def test_rows_one_per_item_with_doc_id(tmp_path, rich):
    with open_store(tmp_path / "s.duckdb", read_only=False) as st:
        st.add(rich)
        c = st.counts()
        assert c["documents"] == 1 and c["sentences"] == len(rich.sentences)
        assert c["entities"] == 2 and c["quotes"] == 2 and c["events"] == 4
        cols, rows = st.query("SELECT source_code, target_code, trigger_text, location_name, "
                              "negated FROM events WHERE doc_id = ? ORDER BY idx", [rich.doc_id])
        assert rows[0] == ("IRQGOV", "IGOMIL", "bedankte", "Irak", False)
        cols, rows = st.query("SELECT pipeline_version, lexicon_version, hash FROM documents")
        assert rows[0][2] == document_key(rich.text)


def test_same_content_skipped_and_doc_id_clash(tmp_path, rich):
    with open_store(tmp_path / "s.duckdb", read_only=False) as st:
        assert st.add(rich) == rich.doc_id
        before = st.counts()
        assert st.add(rich) is None
        assert st.counts() == before
        # another text under the same doc_id is stored under a distinct id
        other = replace(rich, text=rich.text + " ", events=())
        new_id = st.add(other)
        assert new_id != rich.doc_id and new_id.startswith(rich.doc_id)
        assert st.load_record(new_id).text == other.text
        # the same text from a named outlet is another article (a republication)
        assert st.add(replace(rich, source="Kurier")) is not None


def test_not_a_duckdb_file_is_left_alone(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("my notes, not a database\n")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        open_store(bad, read_only=False)
    assert bad.read_text() == "my notes, not a database\n"
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.duckdb")


def test_locked_database_is_one_clear_error(tmp_path):
    db = tmp_path / "s.duckdb"
    open_store(db, read_only=False).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            open_store(db, read_only=False)
    finally:
        holder.kill()
        holder.wait()
    open_store(db).close()  # usable again once the other writer is gone


def test_schema_version_and_migration_hook(tmp_path, monkeypatch):
    from newsevents.store import schema
    db = tmp_path / "s.duckdb"
    with open_store(db, read_only=False) as st:
        assert st.query("SELECT max(version) FROM schema_version")[1] == [(SCHEMA_VERSION,)]
        st.con.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION - 1])
    ran = []
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION - 1,
                        lambda con: ran.append(con.execute("SELECT 1").fetchone()))
    with open_store(db) as st:  # a reader upgrades an older file in place, then reads
        assert ran == [(1,)] and st.read_only
        assert st.query("SELECT max(version) FROM schema_version")[1] == [(SCHEMA_VERSION,)]
    with open_store(db, read_only=False) as st:
        assert ran == [(1,)]  # once only
        st.con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer"):
        open_store(db, read_only=False)


def test_read_only_store_refuses_writes(tmp_path, rich):
    db = tmp_path / "s.duckdb"
    open_store(db, read_only=False).close()
    with open_store(db) as st:
        with pytest.raises(StoreError):
            st.add(rich)


def test_remove_recounts_and_drops_events(tmp_path, rich):
    with open_store(tmp_path / "s.duckdb", read_only=False) as st:
        st.add(rich)
        st.add(replace(rich, doc_id="kurier-1", source="Kurier"))
        assert set(st.events().num_articles) == {2}
        assert st.remove(rich.doc_id) and not st.remove(rich.doc_id)
        g = st.events()
        assert len(g) == 3 and set(g.num_articles) == {1}
        assert set(g.first_doc_id) == {"kurier-1"}
        st.remove("kurier-1")
        assert all(n == 0 for n in st.counts().values())


def test_ingest_update_reanalyses_other_versions(tmp_path):
    from click.testing import CliRunner
    from newsevents.cli.main import cli
    from newsevents.cli.extract import sample_path
    db = tmp_path / "u.duckdb"
    cfg = tmp_path / "fast.toml"
    cfg.write_text('[pipeline]\ncomponents = ["language", "tokenize"]\n')
    args = ["ingest", sample_path(), "--db", str(db), "--config", str(cfg)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    with open_store(db, read_only=False) as st:
        before = st.counts()
        st.con.execute("UPDATE documents SET lexicon_version = 'older'")
    res = CliRunner().invoke(cli, args)
    assert "0 ingested, 1 skipped" in res.stderr  # without --update: kept as is
    res = CliRunner().invoke(cli, [*args, "--update"])
    assert "0 ingested, 1 updated, 0 skipped" in res.stderr
    res = CliRunner().invoke(cli, [*args, "--update"])
    assert "0 ingested, 0 updated, 1 skipped" in res.stderr  # now current
    with open_store(db) as st:
        assert st.counts() == before
        assert st.query("SELECT lexicon_version != 'older' FROM documents")[1] == [(True,)]
