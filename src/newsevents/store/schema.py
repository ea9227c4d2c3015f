"""The database layout: one table per kind of item, every row carrying its ``doc_id``.

Why flat tables: analysts query the store with plain SQL (``newsevents query``), so actors and
locations are spread into columns (``source_code``, ``target_country``, ``location_lat``...)
instead of nested structs.  ``rows.py`` turns a Record into these rows and back.

The layout is versioned in ``schema_version``; ``migrate`` brings an older file up to date
step by step (one function per step in ``MIGRATIONS``), so a store written by an older
newsevents keeps opening.
"""

from __future__ import annotations

from typing import Callable

import duckdb

#: bump and add a step to MIGRATIONS whenever the DDL below changes
SCHEMA_VERSION = 2

_ACTOR_COLS = ("text", "name", "code", "country", "role", "org")


def actor_columns(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_{c}", "VARCHAR") for c in _ACTOR_COLS]


#: table -> ordered (column, type); the order is the insert order used by rows.py
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR NOT NULL PRIMARY KEY"), ("hash", "VARCHAR NOT NULL UNIQUE"),
        ("seq", "BIGINT NOT NULL"), ("lang", "VARCHAR"), ("date", "VARCHAR"),
        ("date_precision", "VARCHAR"), ("title", "VARCHAR"), ("source", "VARCHAR"),
        ("url", "VARCHAR"), ("outlet", "VARCHAR"), ("text", "VARCHAR NOT NULL"),
        ("path", "VARCHAR"), ("pipeline_version", "VARCHAR"), ("lexicon_version", "VARCHAR"),
        ("schema", "VARCHAR"), ("warnings", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
        # v2: the wire story this article copies (dedup/stories.py); its own doc_id if none
        ("story_id", "VARCHAR"),
    ],
    # v2: fingerprints of an article's sentences, to recognise republished wire copy
    "sentence_prints": [("doc_id", "VARCHAR NOT NULL"), ("print", "BIGINT")],
    "sentences": [
        ("doc_id", "VARCHAR NOT NULL"), ("sentence_id", "INTEGER"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("text", "VARCHAR"),
    ],
    "entities": [
        ("doc_id", "VARCHAR NOT NULL"), ("idx", "INTEGER"), ("text", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("type", "VARCHAR"), ("name", "VARCHAR"),
        ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ],
    "timexes": [
        ("doc_id", "VARCHAR NOT NULL"), ("idx", "INTEGER"), ("text", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("type", "VARCHAR"), ("value", "VARCHAR"),
    ],
    "quantities": [
        ("doc_id", "VARCHAR NOT NULL"), ("idx", "INTEGER"), ("text", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("value", "DOUBLE"),
        ("value_is_int", "BOOLEAN"), ("object", "VARCHAR"), ("approximate", "BOOLEAN"),
    ],
    "quotes": [
        ("doc_id", "VARCHAR NOT NULL"), ("idx", "INTEGER"), ("text", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), *actor_columns("speaker"),
    ],
    # one row per coded event mention in one document (GDELT's "mentions" grain); the
    # deduplicated real-world events are in global_events, linked by global_event_id
    "events": [
        ("doc_id", "VARCHAR NOT NULL"), ("idx", "INTEGER"), ("event_id", "VARCHAR"),
        ("sentence_id", "INTEGER"), ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"), ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"),
        ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"), ("plover", "VARCHAR"),
        ("date", "VARCHAR"), *actor_columns("source"), *actor_columns("target"),
        *actor_columns("reported_by"), ("location_name", "VARCHAR"),
        ("location_country", "VARCHAR"), ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"),
        ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("confidence", "DOUBLE"),
        ("rule", "VARCHAR"),
        # deduplication (dedup/): the key and day interval it was matched on, and the result
        ("dedup_key", "VARCHAR"), ("day_start", "DATE"), ("day_end", "DATE"),
        ("global_event_id", "BIGINT"),
    ],
    # one row per real-world event; counts follow GDELT 2.0 (NumMentions, NumSources,
    # NumArticles); descriptive columns are those of its first mention
    "global_events": [
        ("global_event_id", "BIGINT NOT NULL"), ("dedup_key", "VARCHAR"),
        ("day_start", "DATE"), ("day_end", "DATE"), ("date", "VARCHAR"),
        ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"), ("plover", "VARCHAR"),
        *actor_columns("source"), *actor_columns("target"),
        ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
        ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"),
        ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"),
        ("is_root_event", "BOOLEAN"), ("num_mentions", "INTEGER"), ("num_sources", "INTEGER"),
        ("num_articles", "INTEGER"), ("first_doc_id", "VARCHAR"), ("source_url", "VARCHAR"),
        ("date_added", "TIMESTAMP"),
        # v2: independent reports: articles that copy one wire story count once
        ("num_stories", "INTEGER"),
    ],
}

#: tables holding items of one document (deleted together, counted per document)
ITEM_TABLES = ("sentences", "entities", "timexes", "quantities", "quotes", "events")


def ddl() -> list[str]:
    stmts = [
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)",
    ]
    for table, cols in TABLES.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols)
        stmts.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    stmts += [
        # a view with the GDELT-style name for the per-document event rows
        "CREATE OR REPLACE VIEW mentions AS SELECT * FROM events",
    ]
    return stmts


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    has = con.execute("SELECT count(*) FROM information_schema.tables "
                      "WHERE table_name = 'schema_version'").fetchone()[0]
    if not has:
        return None
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0]


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Wire-copy stories: new columns and table, filled for the documents already stored."""
    from ..dedup.assign import recount
    from ..dedup.stories import find_story, sentence_prints, store_prints
    from ..record import Record, SentenceSpan
    con.execute("ALTER TABLE documents ADD COLUMN story_id VARCHAR")
    con.execute("ALTER TABLE global_events ADD COLUMN num_stories INTEGER")
    con.execute('CREATE TABLE sentence_prints ("doc_id" VARCHAR NOT NULL, "print" BIGINT)')
    docs = con.execute("SELECT doc_id, text FROM documents ORDER BY seq").fetchall()
    for doc_id, text in docs:
        spans = con.execute('SELECT sentence_id, start, "end" FROM sentences WHERE doc_id = ? '
                            'ORDER BY sentence_id', [doc_id]).fetchall()
        rec = Record(doc_id=doc_id, lang=None, date=None, text=text,
                     sentences=tuple(SentenceSpan(*s) for s in spans))
        prints = sentence_prints(rec)
        story = find_story(con, prints) or doc_id
        con.execute("UPDATE documents SET story_id = ? WHERE doc_id = ?", [story, doc_id])
        store_prints(con, doc_id, prints)
    ids = [r[0] for r in con.execute("SELECT global_event_id FROM global_events").fetchall()]
    recount(con, ids)


#: version -> function that upgrades a store from that version to version + 1
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2}


def create_or_migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create a fresh schema, or run the migration steps an older file needs (one transaction)."""
    from ..errors import StoreError
    version = current_version(con)
    con.execute("BEGIN TRANSACTION")
    try:
        if version is None:
            for stmt in ddl():
                con.execute(stmt)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
        elif version < SCHEMA_VERSION:
            while version < SCHEMA_VERSION:
                step = MIGRATIONS.get(version)
                if step is None:
                    raise StoreError(f"no migration from store schema version {version}")
                step(con)
                version += 1
                con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
        elif version > SCHEMA_VERSION:
            raise StoreError(f"the store has schema version {version}, newer than this "
                             f"newsevents understands ({SCHEMA_VERSION}); upgrade newsevents")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
