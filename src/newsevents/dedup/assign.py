"""Link a stored document's event mentions to real-world events, incrementally.

Runs inside the writer's transaction for that document, so a crash leaves either the whole
document with its links and recounted events, or nothing of it.
"""

from __future__ import annotations

import datetime as dt
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


def _match(cands: list[list[Any]], start, end, window: int) -> list[Any] | None:
    """The candidate [gid, day_start, day_end] this mention belongs to: same key (given),
    dates within ``window`` days (undated only with undated); nearest start, then oldest."""
    if start is None:
        undated = [c for c in cands if c[1] is None]
        return min(undated, key=lambda c: c[0]) if undated else None
    w = dt.timedelta(days=window)
    near = [c for c in cands if c[1] is not None and c[1] <= end + w and c[2] >= start - w]
    if not near:
        return None
    return min(near, key=lambda c: (abs((c[1] - start).days), c[0]))


def assign_rows(con: duckdb.DuckDBPyConnection, doc_id: str, url: str | None,
                rows: list[dict[str, Any]], settings: DedupSettings = DedupSettings()
                ) -> list[int]:
    """Set ``global_event_id`` in each event row of a document about to be stored (dicts with
    the events table's columns), opening new events where none matches; return the ids
    touched.  Call ``recount`` with them once the event rows are inserted."""
    if not rows:
        return []
    keys = sorted({r["dedup_key"] for r in rows})
    cands: dict[str, list[list[Any]]] = {}
    for gid, key, s, e in con.execute(
            "SELECT global_event_id, dedup_key, day_start, day_end FROM global_events "
            "WHERE dedup_key IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall():
        cands.setdefault(key, []).append([gid, s, e])
    next_id = con.execute("SELECT coalesce(max(global_event_id), 0) + 1 "
                          "FROM global_events").fetchone()[0]
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    new: dict[int, dict[str, Any]] = {}
    narrowed: dict[int, tuple[Any, Any]] = {}
    touched: list[int] = []
    for r in rows:
        start, end = r["day_start"], r["day_end"]
        c = _match(cands.get(r["dedup_key"], []), start, end, settings.window_days)
        if c is None:
            gid = next_id
            next_id += 1
            cands.setdefault(r["dedup_key"], []).append([gid, start, end])
            new[gid] = {"global_event_id": gid, "dedup_key": r["dedup_key"],
                        "day_start": start, "day_end": end, **{k: r[k] for k in _COPY},
                        "first_doc_id": doc_id, "source_url": url, "date_added": now,
                        "is_root_event": False}
        else:
            gid = c[0]
            # a more precise report narrows the event's dates ("December" -> "December 31");
            # a vaguer or shifted one leaves them, so events do not drift along a chain
            inside = start is not None and c[1] <= start and end <= c[2]
            if inside and (start, end) != (c[1], c[2]):
                c[1], c[2] = start, end
                if gid in new:
                    new[gid]["day_start"], new[gid]["day_end"] = start, end
                else:
                    narrowed[gid] = (start, end)
        r["global_event_id"] = gid
        if gid not in touched:
            touched.append(gid)
    if new:
        names = list(next(iter(new.values())))
        insert_many(con, "global_events", names, [[g[n] for n in names] for g in new.values()])
    for gid, (s, e) in narrowed.items():
        con.execute("UPDATE global_events SET day_start = ?, day_end = ? "
                    "WHERE global_event_id = ?", [s, e, gid])
    return touched


def insert_many(con: duckdb.DuckDBPyConnection, table: str, names: list[str],
                rows: list[list[Any]], chunk: int = 300) -> None:
    """INSERT of many rows as multi-row VALUES statements (much faster than executemany)."""
    cols = ", ".join(f'"{n}"' for n in names)
    one = "(" + ", ".join("?" * len(names)) + ")"
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        con.execute(f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([one] * len(part)),
                    [v for row in part for v in row])


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
