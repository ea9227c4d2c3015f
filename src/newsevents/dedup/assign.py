"""Link a stored document's event mentions to real-world events, incrementally.

Runs inside the writer's transaction for that document, so a crash leaves either the whole
document with its links and recounted events, or nothing of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb


@dataclass(frozen=True, slots=True)
class DedupSettings:
    #: mentions whose date intervals lie this many days apart or closer can be one event
    window_days: int = 1

    @classmethod
    def from_config(cls, config: dict[str, Any] | None) -> "DedupSettings":
        table = (config or {}).get("dedup", {})
        return cls(window_days=int(table.get("window_days", 1)))


_COPY = ["date", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
         "source_text", "source_name", "source_code", "source_country", "source_role",
         "source_org", "target_text", "target_name", "target_code", "target_country",
         "target_role", "target_org", "location_name", "location_country", "location_lat",
         "location_lon", "negated", "hypothetical"]


def _find(con, key: str, start, end, window: int) -> int | None:
    if start is None:
        row = con.execute("SELECT min(global_event_id) FROM global_events "
                          "WHERE dedup_key = ? AND day_start IS NULL", [key]).fetchone()
    else:
        row = con.execute(
            "SELECT global_event_id FROM global_events WHERE dedup_key = ? "
            "AND day_start IS NOT NULL "
            "AND day_start <= ?::DATE + ?::INTEGER AND day_end >= ?::DATE - ?::INTEGER "
            "ORDER BY abs(date_diff('day', day_start, ?::DATE)), global_event_id LIMIT 1",
            [key, end, window, start, window, start]).fetchone()
    return row[0] if row else None


def assign_document(con: duckdb.DuckDBPyConnection, doc_id: str,
                    settings: DedupSettings = DedupSettings()) -> list[int]:
    """Give every event row of ``doc_id`` a ``global_event_id``; return the ids touched."""
    cols = ["idx", "dedup_key", "day_start", "day_end", "sentence_id", *_COPY]
    rows = con.execute(
        f"SELECT {', '.join(cols)} FROM events WHERE doc_id = ? ORDER BY idx", [doc_id]
    ).fetchall()
    touched: list[int] = []
    for values in rows:
        r = dict(zip(cols, values))
        gid = _find(con, r["dedup_key"], r["day_start"], r["day_end"], settings.window_days)
        if gid is None:
            gid = con.execute("SELECT coalesce(max(global_event_id), 0) + 1 "
                              "FROM global_events").fetchone()[0]
            names = ["global_event_id", "dedup_key", "day_start", "day_end", *_COPY,
                     "first_doc_id", "source_url", "date_added", "is_root_event"]
            url = con.execute("SELECT url FROM documents WHERE doc_id = ?",
                              [doc_id]).fetchone()[0]
            vals = [gid, r["dedup_key"], r["day_start"], r["day_end"], *(r[c] for c in _COPY),
                    doc_id, url, None, False]
            con.execute(f"INSERT INTO global_events ({', '.join(names)}) VALUES "
                        f"({', '.join('?' * len(names))})", vals)
            con.execute("UPDATE global_events SET date_added = current_timestamp "
                        "WHERE global_event_id = ?", [gid])
        else:
            # a more precise report narrows the event's dates ("December" -> "December 31");
            # a vaguer or shifted one leaves them, so events do not drift along a chain
            con.execute("UPDATE global_events SET day_start = ?::DATE, day_end = ?::DATE "
                        "WHERE global_event_id = ? AND ?::DATE IS NOT NULL "
                        "AND ?::DATE >= day_start AND ?::DATE <= day_end "
                        "AND (?::DATE > day_start OR ?::DATE < day_end)",
                        [r["day_start"], r["day_end"], gid, r["day_start"], r["day_start"],
                         r["day_end"], r["day_start"], r["day_end"]])
        con.execute("UPDATE events SET global_event_id = ? WHERE doc_id = ? AND idx = ?",
                    [gid, doc_id, r["idx"]])
        if gid not in touched:
            touched.append(gid)
    recount(con, touched)
    return touched


def recount(con: duckdb.DuckDBPyConnection, ids: list[int]) -> None:
    """GDELT counts from the linked mentions: NumMentions = mentions, NumArticles = distinct
    documents, NumSources = distinct outlets; IsRootEvent when a mention opens its article;
    beyond GDELT, num_stories = independent reports (wire copies of one story count once)."""
    if not ids:
        return
    con.execute(
        """
        UPDATE global_events g SET num_mentions = s.m, num_articles = s.a, num_sources = s.o,
               is_root_event = s.root, num_stories = s.st
        FROM (SELECT e.global_event_id AS gid, count(*) AS m, count(DISTINCT e.doc_id) AS a,
                     count(DISTINCT coalesce(d.outlet, d.doc_id)) AS o,
                     bool_or(e.sentence_id = 0) AS root,
                     count(DISTINCT coalesce(d.story_id, d.doc_id)) AS st
              FROM events e JOIN documents d USING (doc_id)
              WHERE e.global_event_id IN (SELECT unnest(?::BIGINT[]))
              GROUP BY e.global_event_id) s
        WHERE g.global_event_id = s.gid
        """, [ids])


def forget_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[int]:
    """Before a document's rows are deleted: the events it mentions.  Call
    ``after_forget`` with them once its event rows are gone."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT global_event_id FROM events WHERE doc_id = ? "
        "AND global_event_id IS NOT NULL", [doc_id]).fetchall()]


def after_forget(con: duckdb.DuckDBPyConnection, ids: list[int]) -> None:
    """Events no longer mentioned disappear; the others take their description from their
    earliest remaining mention and are recounted."""
    if not ids:
        return
    con.execute("DELETE FROM global_events WHERE global_event_id IN (SELECT unnest(?::BIGINT[])) "
                "AND global_event_id NOT IN (SELECT global_event_id FROM events "
                "WHERE global_event_id IS NOT NULL)", [ids])
    sets = ", ".join(f"{c} = m.{c}" for c in _COPY)
    con.execute(
        f"""
        UPDATE global_events g SET {sets}, first_doc_id = m.doc_id, source_url = m.url
        FROM (SELECT e.*, d.url, row_number() OVER (PARTITION BY e.global_event_id
                                                    ORDER BY d.seq, e.idx) AS rn
              FROM events e JOIN documents d USING (doc_id)
              WHERE e.global_event_id IN (SELECT unnest(?::BIGINT[]))) m
        WHERE m.rn = 1 AND g.global_event_id = m.global_event_id
        """, [ids])
    recount(con, ids)
