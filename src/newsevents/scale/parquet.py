"""Records to a Parquet dataset partitioned by publication year-month.

Layout (Hive-style, readable by duckdb, pyarrow, pandas, Spark)::

    OUT/documents/year_month=2021-12/part-00000-0.parquet
    OUT/events/year_month=2021-12/part-00000-0.parquet
    OUT/events/year_month=__HIVE_DEFAULT_PARTITION__/...   (articles without a month)

The rows are the store's own flat rows (``newsevents.store.rows``: one place knows how a
Record becomes columns), so ``SELECT ... FROM read_parquet('OUT/events/*/*.parquet',
hive_partitioning=true)`` sees the same columns as the ``events`` table of a DuckDB store.
Differences, because a Parquet dataset is written by many workers with no shared state:
documents have no ``seq`` (there is no global counter); events carry their ``dedup_key`` and
day interval but ``global_event_id`` stays empty (linking mentions across documents needs the
whole corpus: ingest into a store for that).  Every table gets a ``year_month`` column: the
partition, i.e. the *publication* month of the document, also for its events.

Column types come from the store's schema, so every file of a table has the same Arrow schema
even when a partition holds only NULLs in some column.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa

from ..errors import InputError
from ..record import Record
from .chunks import chunked
from .worker import install_versions

#: tables written by default; any item table of the store may be added
DEFAULT_TABLES = ("documents", "events")
PARTITION = "year_month"
_DROPPED = {"documents": {"seq"}}

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
          "DATE": pa.date32()}


def arrow_schema(table: str) -> pa.Schema:
    from ..store.schema import TABLES
    fields = [pa.field(c, _ARROW[t.split()[0]]) for c, t in TABLES[table]
              if c not in _DROPPED.get(table, ())]
    return pa.schema([*fields, pa.field(PARTITION, pa.string())])


def year_month(record: Record) -> str | None:
    """The partition of a record: YYYY-MM of its publication date, None without a month."""
    d = record.date or ""
    return d[:7] if len(d) >= 7 else None


def record_rows(record: Record, tables: Iterable[str] = DEFAULT_TABLES,
                written_at: dt.datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """The flat rows of one record per table, as dicts keyed by column name."""
    from ..dedup.key import event_interval, event_key
    from ..store import document_key, outlet_of
    from ..store import rows as R

    ym = year_month(record)
    out: dict[str, list[dict[str, Any]]] = {}
    items = None
    for table in tables:
        cols = R.columns(table)
        if table == "documents":
            pv, lv = install_versions()
            raw = [R.document_row(record, hash=document_key(record.text, record.source), seq=0,
                                  outlet=outlet_of(record.source, record.url), path=None,
                                  pipeline_version=pv, lexicon_version=lv,
                                  ingested_at=written_at)]
        else:
            items = items if items is not None else R.item_rows(record)
            raw = items[table]
            if table == "events":
                raw = [row + [event_key(ev), *(event_interval(ev, record.date) or (None, None)),
                              None] for row, ev in zip(raw, record.events)]
        drop = _DROPPED.get(table, set())
        out[table] = [{**{c: v for c, v in zip(cols, row) if c not in drop}, PARTITION: ym}
                      for row in raw]
    return out


def write_part(records: Iterable[Record], out_dir: str | Path, part: int,
               tables: Iterable[str] = DEFAULT_TABLES) -> dict[str, int]:
    """Write one part (a chunk or a Dask partition) of every table; return rows per table."""
    import pyarrow.dataset as ds

    tables = tuple(tables)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in tables}
    for record in records:
        for t, rs in record_rows(record, tables, now).items():
            rows[t].extend(rs)
    for t in tables:
        if not rows[t]:
            continue
        schema = arrow_schema(t)
        ds.write_dataset(pa.Table.from_pylist(rows[t], schema=schema), Path(out_dir) / t,
                         format="parquet", partitioning=ds.partitioning(
                             pa.schema([schema.field(PARTITION)]), flavor="hive"),
                         basename_template=f"part-{part:05d}-{{i}}.parquet",
                         existing_data_behavior="overwrite_or_ignore")
    return {t: len(rows[t]) for t in tables}


def _prepare(out_dir: Path, tables: tuple[str, ...], overwrite: bool) -> None:
    for t in tables:
        d = out_dir / t
        if d.exists() and any(d.iterdir()):
            if not overwrite:
                raise InputError("the output folder already holds a dataset; pass "
                                 "overwrite=True to replace it", path=str(d))
            shutil.rmtree(d)
    out_dir.mkdir(parents=True, exist_ok=True)


def to_parquet_dataset(records, out_dir: str | Path, *, tables: Iterable[str] = DEFAULT_TABLES,
                       overwrite: bool = False, client=None,
                       part_size: int = 1000) -> dict[str, int]:
    """Write ``records`` (a ``dask.bag`` of Records, or any iterable) as a Parquet dataset.

    A bag is written partition by partition on the workers (nothing goes back through the
    client but row counts); with a ``client`` the work runs there, else on the active Dask
    scheduler.  A plain iterable is written in parts of ``part_size`` records.  Returns the
    number of rows written per table.
    """
    from ..store.schema import TABLES

    tables = tuple(tables)
    unknown = [t for t in tables if t not in TABLES or t == "global_events"]
    if unknown:
        raise InputError(f"no such table for a Parquet dataset: {', '.join(unknown)}")
    out = Path(out_dir)
    _prepare(out, tables, overwrite)
    if _is_bag(records):
        import dask
        parts = [dask.delayed(write_part)(p, str(out), i, tables)
                 for i, p in enumerate(records.to_delayed())]
        counts = client.gather(client.compute(parts)) if client is not None \
            else dask.compute(*parts)
    else:
        counts = [write_part(chunk, out, i, tables)
                  for i, chunk in enumerate(chunked(records, part_size))]
    return {t: sum(c[t] for c in counts) for t in tables}


def _is_bag(obj) -> bool:
    try:
        import dask.bag as db
    except ImportError:
        return False
    return isinstance(obj, db.Bag)
