"""Scale-out engines give the serial pipeline's records, in order, and survive bad articles.

The dev articles of ../shared/eval/dev are analysed by ``Pipeline(config)`` directly (the
reference) and by each engine; records are compared with ``to_dict()``.

The working tree is shared with other engineers who edit code and language data while tests
run.  A worker process imports the files as they are when it starts, this process imported
them when the session began: if the tree changed in between, outputs differ for reasons that
are not ours.  ``_tree_fingerprint`` (stat of every file under src/newsevents) detects that and
such a comparison is skipped with a message.  In CI nothing changes and every comparison runs.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import shared_path
from newsevents.article import Article
from newsevents.errors import ConfigError, InputError
from newsevents.record import Record
from newsevents.scale import analyse, is_failure, records_bag, to_parquet_dataset
from newsevents.scale.chunks import chunked
from newsevents.scale.parquet import PARTITION, arrow_schema
from newsevents.scale.worker import canonical_config, pipeline_for
from newsevents.settings import load_config

SRC = Path(__file__).resolve().parents[1] / "src" / "newsevents"


def _tree_fingerprint() -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in SRC.rglob("*") if p.is_file() and "__pycache__" not in p.parts))


@pytest.fixture(scope="module")
def dev_articles() -> list[Article]:
    from newsevents.readers import ReadFailure, read_inputs
    items = list(read_inputs([str(shared_path("eval", "dev"))]))
    articles = [a for a in items if not isinstance(a, ReadFailure)]
    assert len(articles) >= 5
    return articles


@pytest.fixture(scope="module")
def config() -> dict:
    return load_config()


#: the tree as this test process imported it
SESSION_TREE = _tree_fingerprint()


@pytest.fixture(scope="module")
def reference(dev_articles, config) -> list[dict]:
    """The serial pipeline's records of the dev articles: what every engine must reproduce.

    Built with this thread's cached pipeline, which the serial engine then reuses warm: so the
    serial test also shows that a pipeline's caches never change its output.
    """
    pipe = pipeline_for(config)
    return [pipe(a).to_dict() for a in dev_articles]


def assert_same_as_reference(expected: list[dict], records) -> list[dict]:
    got = [r.to_dict() for r in records]
    if _tree_fingerprint() != SESSION_TREE:
        pytest.skip("src/newsevents changed since this test session started, so workers "
                    "loaded other code or data than the reference (shared working tree)")
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g == e, f"{e['doc_id']}: engine output differs from the serial pipeline"
    return got


# --- small pieces ------------------------------------------------------------------------------

def test_chunked_is_lazy_and_keeps_order():
    consumed = []

    def source():
        for i in range(10):
            consumed.append(i)
            yield i

    it = chunked(source(), 4)
    assert next(it) == [0, 1, 2, 3]
    assert consumed == [0, 1, 2, 3]  # nothing read ahead of the chunk asked for
    assert list(it) == [[4, 5, 6, 7], [8, 9]]
    with pytest.raises(ValueError):
        next(chunked([1], 0))


def test_pipeline_cache_is_keyed_on_the_config(config):
    reordered = dict(reversed(list(config.items())))
    assert canonical_config(reordered) == canonical_config(config)
    assert pipeline_for(config) is pipeline_for(reordered)
    other = {**config, "pipeline": {"components": ["language", "tokenize"]}}
    assert pipeline_for(other) is not pipeline_for(config)
    assert pipeline_for(other).names == ["language", "tokenize"]


def test_bad_engine_or_config_fails_before_any_work(dev_articles, config):
    with pytest.raises(ConfigError, match="unknown engine"):
        analyse(dev_articles, config, engine="spark")
    broken = {**config, "pipeline": {"components": ["no_such_stage"]}}
    with pytest.raises(ConfigError, match="no_such_stage"):
        analyse(dev_articles, broken, engine="local", workers=2)
    with pytest.raises(ConfigError):
        analyse(dev_articles, config, engine="local", workers=0)


# --- engines -----------------------------------------------------------------------------------

def test_serial_engine_matches_the_pipeline(reference, dev_articles, config):
    records = assert_same_as_reference(reference, analyse(dev_articles, config, chunk_size=4))
    assert sum(len(r["events"]) for r in records) > 0


class Counting:
    """An input stream that counts how far an engine has read it."""

    def __init__(self, items):
        self.items, self.read = list(items), 0

    def __iter__(self):
        for item in self.items:
            self.read += 1
            yield item


def _with_broken(articles: list[Article]) -> list[Article]:
    """The dev articles with one article in the middle that makes the pipeline raise."""
    broken = Article(text=12345, doc_id="broken-0001", date="2021-12-31",  # type: ignore[arg-type]
                     date_precision="day")
    mid = len(articles) // 2
    return [*articles[:mid], broken, *articles[mid:]]


def test_local_engine_matches_serial_and_marks_the_failing_article(reference, dev_articles,
                                                                    config):
    mixed = _with_broken(dev_articles)
    mid = len(dev_articles) // 2
    stream = Counting(mixed)
    seen = []
    for record in analyse(stream, config, engine="local", workers=2, chunk_size=2):
        if not seen:  # bounded in flight: 2 chunks per worker, not the whole input
            assert stream.read <= 2 * 2 * 2 < len(mixed)
        seen.append(record)
    failed = seen.pop(mid)
    assert failed.doc_id == "broken-0001" and is_failure(failed)
    assert "analysis failed" in failed.warnings[-1]
    assert failed.events == () and failed.date == "2021-12-31"
    assert_same_as_reference(reference, seen)
    assert not any(is_failure(r) for r in seen)


def test_serial_engine_marks_the_failing_article_too(dev_articles, config):
    mixed = _with_broken(dev_articles[:2])
    records = list(analyse(mixed, config))
    assert [r.doc_id for r in records] == [a.id for a in mixed]
    assert [is_failure(r) for r in records] == [False, True, False]


class _KillsTheWorker:
    """Unpickling this in a worker process ends that process, as an OOM kill would."""

    def __reduce__(self):
        return (os._exit, (3,))


@pytest.mark.slow
def test_a_dying_worker_costs_only_its_own_article(reference, dev_articles, config):
    arts = dev_articles[:3]
    killer = Article(text="Der Präsident reiste nach Paris.", doc_id="killer",
                     title=_KillsTheWorker())  # type: ignore[arg-type]
    mixed = [arts[0], killer, arts[1], arts[2]]
    records = list(analyse(mixed, config, engine="local", workers=1, chunk_size=2))
    assert [r.doc_id for r in records] == [a.id for a in mixed]
    assert is_failure(records[1]) and "BrokenProcessPool" in records[1].warnings[-1]
    assert_same_as_reference(reference[:3], [records[0], records[2], records[3]])


def _cluster(processes: bool):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=processes,
                                    dashboard_address=None)


def _dask_run_and_parquet(reference, dev_articles, config, client, out, *, reanalyse: bool):
    """The dask engine reproduces the reference, and its Parquet dataset has the right rows.

    ``reanalyse``: the dataset is written from ``records_bag`` (analysis and writing on the
    workers); else from a bag of the records already computed (the writer alone).
    """
    import dask.bag as db
    import duckdb

    if reanalyse:
        results = list(analyse(dev_articles, config, engine="dask", client=client,
                               chunk_size=2))
    else:  # the streaming itself: one partition per window, two windows in flight
        from newsevents.scale.daskbag import analyse_dask
        stream = Counting(dev_articles)
        results = []
        for record in analyse_dask(stream, config, client=client, chunk_size=2, window=1):
            if not results:
                assert stream.read <= 2 * 2 < len(dev_articles)
            results.append(record)
    records = assert_same_as_reference(reference, results)

    bag = records_bag(dev_articles, config, chunk_size=3) if reanalyse else \
        db.from_sequence(results, partition_size=3)
    counts = to_parquet_dataset(bag, out, client=client)
    n_events = sum(len(r["events"]) for r in records)
    months = {r["date"][:7] for r in records}
    assert counts == {"documents": len(records), "events": n_events}
    assert {p.name for p in (out / "documents").iterdir()} == {f"{PARTITION}={m}" for m in months}

    def per_month(table):
        return dict(duckdb.sql(
            f"SELECT {PARTITION}, count(*) FROM read_parquet('{out}/{table}/*/*.parquet', "
            f"hive_partitioning=true) GROUP BY 1").fetchall())

    expected_docs: dict[str, int] = {}
    expected_events: dict[str, int] = {}
    for r in records:
        m = r["date"][:7]
        expected_docs[m] = expected_docs.get(m, 0) + 1
        if r["events"]:
            expected_events[m] = expected_events.get(m, 0) + len(r["events"])
    assert per_month("documents") == expected_docs
    assert per_month("events") == expected_events
    ids = duckdb.sql(f"SELECT doc_id FROM read_parquet('{out}/documents/*/*.parquet')").fetchall()
    assert sorted(i for (i,) in ids) == sorted(a.id for a in dev_articles)


@pytest.fixture(scope="module")
def thread_client():
    """A LocalCluster of two worker threads in this process (starts in a second or two)."""
    from distributed import Client
    with _cluster(processes=False) as cluster, Client(cluster) as client:
        yield client


def test_dask_engine_on_threads_matches_serial_and_writes_parquet(reference, dev_articles,
                                                                  config, thread_client,
                                                                  tmp_path):
    """Two worker threads in this process: each builds its own pipeline (thread-local)."""
    _dask_run_and_parquet(reference, dev_articles, config, thread_client, tmp_path / "ds",
                          reanalyse=False)


def test_dask_window_lost_to_killed_workers_costs_only_the_culprit(reference, dev_articles,
                                                                   config, thread_client,
                                                                   monkeypatch):
    """distributed gives up on a task (KilledWorker): its window is re-run article by article.

    The worker threads run in this process, so patching the partition function stands in
    for a worker that dies whenever it meets one particular article.
    """
    from distributed import KilledWorker

    from newsevents.scale import daskbag

    real = daskbag.analyse_chunk

    def dies_on_the_killer(config, articles, key=None):
        if any(a.doc_id == "killer" for a in articles):
            raise KilledWorker("analyse", SimpleNamespace(address="tcp://127.0.0.1:1"), 3)
        return real(config, articles, key)

    monkeypatch.setattr(daskbag, "analyse_chunk", dies_on_the_killer)
    killer = Article(text="Der Präsident reiste nach Paris.", doc_id="killer")
    mixed = [*dev_articles[:3], killer, *dev_articles[3:5]]
    records = list(daskbag.analyse_dask(mixed, config, client=thread_client, chunk_size=2,
                                        window=1))
    assert [r.doc_id for r in records] == [a.id for a in mixed]
    assert is_failure(records[3]) and "KilledWorker" in records[3].warnings[-1]
    assert_same_as_reference(reference[:5], records[:3] + records[4:])


@pytest.mark.slow
def test_dask_engine_on_processes_matches_serial_and_writes_parquet(reference, dev_articles,
                                                                    config, tmp_path):
    """Two worker processes: the config travels, each process rebuilds and caches a pipeline."""
    from distributed import Client
    with _cluster(processes=True) as cluster, Client(cluster) as client:
        _dask_run_and_parquet(reference, dev_articles, config, client, tmp_path / "ds",
                              reanalyse=True)


# --- parquet from a plain iterable -----------------------------------------------------------

def _small_records(config, dev_articles) -> list[Record]:
    return list(analyse(dev_articles[:3], config))


def test_parquet_from_records_round_trips_columns_and_null_month(config, dev_articles,
                                                                 tmp_path):
    import pyarrow.dataset as ds

    recs = _small_records(config, dev_articles)
    undated = dataclasses.replace(recs[0], doc_id="undated", date=None, date_precision=None)
    counts = to_parquet_dataset([*recs, undated], tmp_path, part_size=2)
    assert counts["documents"] == 4
    assert counts["events"] == sum(len(r.events) for r in recs) + len(undated.events)

    docs = ds.dataset(tmp_path / "documents", format="parquet", partitioning="hive").to_table()
    assert set(docs.column_names) == set(arrow_schema("documents").names)
    rows = {r["doc_id"]: r for r in docs.to_pylist()}
    assert rows["undated"][PARTITION] is None  # Hive's default partition reads back as NULL
    assert rows[recs[1].doc_id][PARTITION] == recs[1].date[:7]
    assert rows[recs[1].doc_id]["text"] == recs[1].text

    events = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    if recs[0].events:
        first = [e for e in events.to_pylist() if e["doc_id"] == recs[0].doc_id]
        assert [e["cameo"] for e in sorted(first, key=lambda e: e["idx"])] == \
            [e.cameo for e in recs[0].events]
        assert all(e["dedup_key"] and e["global_event_id"] is None for e in first)


def test_parquet_refuses_to_mix_with_an_existing_dataset(config, dev_articles, tmp_path):
    recs = _small_records(config, dev_articles)[:1]
    to_parquet_dataset(recs, tmp_path)
    with pytest.raises(InputError, match="overwrite"):
        to_parquet_dataset(recs, tmp_path)
    assert to_parquet_dataset(recs, tmp_path, overwrite=True)["documents"] == 1
    with pytest.raises(InputError, match="no such table"):
        to_parquet_dataset(recs, tmp_path / "x", tables=("documents", "nonsense"))


# --- CLI ---------------------------------------------------------------------------------------

@pytest.mark.slow
def test_extract_with_workers_prints_what_the_serial_extract_prints(dev_articles):
    from click.testing import CliRunner

    from newsevents.cli.main import cli

    files = [a.path for a in dev_articles[:4]]
    runner = CliRunner()
    serial = runner.invoke(cli, ["extract", "--format", "jsonl", *files])
    scaled = runner.invoke(cli, ["extract", "--format", "jsonl", "--workers", "2", *files])
    assert serial.exit_code == 0 and scaled.exit_code == 0, scaled.output
    assert scaled.output.count("\n") == 4
    if _tree_fingerprint() != SESSION_TREE:
        pytest.skip("src/newsevents changed since this test session started")
    assert scaled.output == serial.output


def test_records_from_a_different_install_are_flagged():
    from newsevents.pipeline.core import PIPELINE_VERSION
    from newsevents.scale.worker import flag_version_mismatch, install_versions

    rec = Record(doc_id="x", lang="de", date="2021-12-31", text="Merkel reiste nach Paris.")
    here = install_versions()
    assert here[0] == PIPELINE_VERSION and len(here[1]) == 12
    assert flag_version_mismatch([rec], here) == [rec]
    assert flag_version_mismatch([rec], None) == [rec]
    [flagged] = flag_version_mismatch([rec], ("0.0.0", "000000000000"))
    assert "differs from the client's" in flagged.warnings[-1]
    assert "0.0.0" in flagged.warnings[-1] and flagged.text == rec.text
