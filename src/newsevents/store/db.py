"""The Store: a DuckDB file of analysed documents, one writer, many readers.

Why one transaction per document: a process killed mid-ingest (SIGKILL, power loss) must leave
a database that opens and holds only whole documents, so re-running the same ingest completes
it.  DuckDB's write-ahead log gives exactly that when each document's rows, its event links and
the recounted events are committed together.

Why the content hash: re-ingesting a folder must change nothing.  The key is the text's SHA-256,
combined with the outlet when the input names one, so the same wire story republished by a
second outlet is a second document (a second article about the same events), while the same
file read twice is skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import duckdb

from ..errors import QueryError, StoreError
from ..record import Record
from . import rows as R
from .schema import ITEM_TABLES, TABLES, create_or_migrate

_LOCK = re.compile(r"Could not set lock|Conflicting lock|lock on file", re.I)


def document_key(text: str, source: str | None = None) -> str:
    """The identity of an article for skipping: text hash, outlet-qualified when known."""
    h = hashlib.sha256()
    if source:
        h.update(source.strip().casefold().encode("utf-8") + b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The publishing outlet: the named source, else the URL's host (without www.)."""
    if source and source.strip():
        return source.strip()
    if url:
        host = urlparse(url).netloc.lower()
        return host[4:] if host.startswith("www.") else (host or None)
    return None


def _connect(path: str, read_only: bool, config: dict[str, Any] | None = None
             ) -> duckdb.DuckDBPyConnection:
    p = Path(path)
    if read_only and not p.exists():
        raise StoreError("no such database (create it with `newsevents ingest`)", path=path)
    if p.exists() and p.is_dir():
        raise StoreError("is a folder, not a database file", path=path)
    try:
        return duckdb.connect(str(p), read_only=read_only, config=config or {})
    except duckdb.Error as exc:
        msg = str(exc).splitlines()[0]
        if "not a valid DuckDB database" in msg:
            raise StoreError("not a DuckDB database (refusing to touch it)", path=path) from None
        if _LOCK.search(msg):
            pid = re.search(r"PID (\d+)", str(exc))
            who = f" (process {pid.group(1)})" if pid else ""
            raise StoreError(f"database is locked by another process{who}; wait for it to "
                             f"finish", path=path) from None
        raise StoreError(f"cannot open database: {msg}", path=path) from None


class Store:
    """A newsevents database.  Open with :func:`open_store`.

    Read API (pandas DataFrames, polars with ``as_polars=True``): ``events`` (deduplicated,
    with GDELT counts), ``mentions`` (one row per coded event in a document), ``documents``,
    ``entities``, ``timeline``; every one takes the shared filters of
    ``export.filters.Filters`` (since, until, country, root, actor, lang)::

        import newsevents
        with newsevents.open_store("news.duckdb") as st:
            attacks = st.events(root="19", country="IRQ", since="2021-01")
            monthly = st.timeline("month", dyad="USA-IRQ", quad=True)
            record = st.load_record(attacks.first_doc_id.iloc[0])
    """

    def __init__(self, path: str | Path, *, read_only: bool = True,
                 dedup: "Any | None" = None, config: dict[str, Any] | None = None):
        from ..dedup import DedupSettings
        self.path = str(path)
        self.read_only = read_only
        self.dedup = dedup or DedupSettings()
        self.con = _connect(self.path, read_only, config)
        try:
            if read_only:
                from .schema import SCHEMA_VERSION, current_version
                v = current_version(self.con)
                if v is None:
                    raise StoreError("not a newsevents database (no schema_version table)",
                                     path=self.path)
                if v < SCHEMA_VERSION:  # upgrade in place once, then read
                    self.con.close()
                    writer = _connect(self.path, False)
                    try:
                        create_or_migrate(writer)
                    finally:
                        writer.close()
                    self.con = _connect(self.path, True, config)
                elif v > SCHEMA_VERSION:
                    raise StoreError(f"the store has schema version {v}, newer than this "
                                     f"newsevents understands ({SCHEMA_VERSION}); upgrade "
                                     f"newsevents", path=self.path)
            else:
                create_or_migrate(self.con)
        except BaseException:
            self.con.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def has(self, key: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE hash = ?", [key]).fetchone() \
            is not None

    def add(self, record: Record, *, key: str | None = None, path: str | None = None,
            pipeline_version: str = "", lexicon_version: str = "",
            replacing: str | None = None) -> str | None:
        """Store one analysed document in one transaction; return its doc_id, or None when an
        article with the same key is already stored.  A doc_id already taken by another text
        gets the key's first 8 hex digits appended.  ``replacing``: the doc_id of an older
        analysis of this article, removed in the same transaction (re-analysis)."""
        from ..dedup.key import dedup_key, event_interval
        if self.read_only:
            raise StoreError("store opened read-only", path=self.path)
        key = key or document_key(record.text, record.source)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if replacing is not None:
                self._remove_rows(replacing)
            if con.execute("SELECT 1 FROM documents WHERE hash = ?", [key]).fetchone():
                con.execute("ROLLBACK")
                return None
            if con.execute("SELECT 1 FROM documents WHERE doc_id = ?",
                           [record.doc_id]).fetchone():
                record = replace(record, doc_id=f"{record.doc_id}~{key[:8]}")
            seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").fetchone()[0]
            from ..dedup.stories import find_story, sentence_prints, store_prints
            prints = sentence_prints(record)
            story = find_story(con, prints)
            doc = R.document_row(record, hash=key, seq=seq,
                                 outlet=outlet_of(record.source, record.url), path=path,
                                 pipeline_version=pipeline_version,
                                 lexicon_version=lexicon_version,
                                 ingested_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                                 story_id=story)
            self._insert("documents", [doc])
            store_prints(con, record.doc_id, prints)
            items = R.item_rows(record)
            for i, (row, ev) in enumerate(zip(items["events"], record.events)):
                span = event_interval(ev, record.date)
                row += [dedup_key(ev, record.doc_id, i), span[0] if span else None,
                        span[1] if span else None, None]
            touched: list[int] = []
            if items["events"]:
                from ..dedup import assign_rows
                names = R.columns("events")
                dicts = [dict(zip(names, row)) for row in items["events"]]
                touched = assign_rows(con, record.doc_id, record.url, dicts, self.dedup)
                items["events"] = [[d[n] for n in names] for d in dicts]
            for table in ITEM_TABLES:
                self._insert(table, items[table])
            if touched:
                from ..dedup import recount
                recount(con, touched)
            con.execute("COMMIT")
        except BaseException as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            if isinstance(exc, duckdb.Error):  # disk full, I/O error...: nothing half-written
                raise StoreError(f"cannot store {record.doc_id}: {str(exc).splitlines()[0]}",
                                 path=self.path) from None
            raise
        return record.doc_id

    def stored(self, key: str) -> dict[str, Any] | None:
        """doc_id and versions of the document stored under ``key``, if any."""
        rows = self._dicts("SELECT doc_id, pipeline_version, lexicon_version FROM documents "
                           "WHERE hash = ?", [key])
        return rows[0] if rows else None

    def remove(self, doc_id: str) -> bool:
        """Delete one document and its rows in one transaction; the events it mentioned are
        recounted (and dropped when nothing else mentions them).  False if not stored."""
        if self.read_only:
            raise StoreError("store opened read-only", path=self.path)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            found = self._remove_rows(doc_id)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        return found

    def _remove_rows(self, doc_id: str) -> bool:
        from ..dedup.assign import after_forget, forget_document
        con = self.con
        if not con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone():
            return False
        touched = forget_document(con, doc_id)
        for table in (*ITEM_TABLES, "sentence_prints"):
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        after_forget(con, touched)
        con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
        return True

    def _insert(self, table: str, rows: list[list[Any]]) -> None:
        if rows:
            from ..dedup.assign import insert_many
            insert_many(self.con, table, R.columns(table), rows)

    # -- reading ---------------------------------------------------------------------------
    def doc_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT doc_id FROM documents ORDER BY seq")
                .fetchall()]

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def load_record(self, doc_id: str) -> Record:
        docs = self._dicts("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        if not docs:
            raise StoreError(f"no document {doc_id!r} in the store", path=self.path)
        order = {"sentences": "sentence_id"}
        items = {t: self._dicts(f"SELECT * FROM {t} WHERE doc_id = ? ORDER BY "
                                f"{order.get(t, 'idx')}", [doc_id]) for t in ITEM_TABLES}
        return R.rows_to_record(docs[0], items)

    def records(self) -> Iterator[Record]:
        for d in self.doc_ids():
            yield self.load_record(d)

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def query(self, sql: str, params: list[Any] | None = None):
        """Run SQL; return (column names, rows).  Errors become QueryError."""
        try:
            cur = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()

    def rows(self, table: str, filters: "Any | None" = None) -> Iterator[dict[str, Any]]:
        """One table's filtered rows as dicts with DuckDB's Python types (dates, None)."""
        from ..export.filters import Filters, select_sql
        sql, params = select_sql(table, filters or Filters())
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(1000):
            for row in batch:
                yield dict(zip(names, row))

    def frame(self, table: str, filters: "Any | None" = None, *, as_polars: bool = False):
        """One table (or ``events``/``mentions``) as a DataFrame, filtered."""
        from ..export.filters import Filters, select_sql
        sql, params = select_sql(table, filters or Filters())
        if as_polars:
            try:
                import polars  # noqa: F401
            except ImportError:
                raise QueryError("polars is not installed: `pip install polars`, or use the "
                                 "pandas DataFrames (the default)") from None
            return self.con.sql(sql, params=params).pl()
        return self.con.execute(sql, params).df()

    def events(self, *, as_polars: bool = False, **filters):
        """Deduplicated real-world events with NumMentions/NumSources/NumArticles."""
        from ..export.filters import Filters
        return self.frame("events", Filters(**filters), as_polars=as_polars)

    def mentions(self, *, as_polars: bool = False, **filters):
        """Every coded event mention, with its document's date, language and outlet."""
        from ..export.filters import Filters
        return self.frame("mentions", Filters(**filters), as_polars=as_polars)

    def documents(self, *, as_polars: bool = False, **filters):
        from ..export.filters import Filters
        return self.frame("documents", Filters(**filters), as_polars=as_polars)

    def timeline(self, by: str = "month", *, dyad: str | None = None, quad: bool = False,
                 **filters):
        """Events per day/week/month with Goldstein sums and means (see ``timeline.py``)."""
        from ..export.filters import Filters
        from ..timeline import timeline
        return timeline(self, by, dyad=dyad, quad=quad, filters=Filters(**filters))

    def entities(self, *, as_polars: bool = False, **filters):
        from ..export.filters import Filters
        return self.frame("entities", Filters(**filters), as_polars=as_polars)


def open_store(path: str | Path, *, read_only: bool = True, **kwargs) -> Store:
    """Open a newsevents DuckDB store; ``read_only=False`` creates or migrates it."""
    return Store(path, read_only=read_only, **kwargs)
