"""The filters every reader of the store shares (CLI export, timeline, the Python API).

Why one module: ``--since/--until/--country/--root/--actor/--lang`` must mean the same in
``newsevents export``, ``newsevents timeline`` and ``Store.events(...)``; each table kind
just says which columns those filters look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import QueryError


def _list(v: str | Iterable[str] | None) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        v = v.split(",")
    return [x.strip() for x in v if x and x.strip()]


def _pad(date: str, low: bool) -> str:
    """'2021' -> '2021-00-00' (low) or '2021-99-99' (high): lexicographic interval ends."""
    tail = "-00-00" if low else "-99-99"
    return date + tail[len(date) - 4:] if len(date) in (4, 7) else date


def _check_date(v: str | None, name: str) -> str | None:
    if v is None:
        return None
    from ..readers.textfile import valid_date
    if not valid_date(v):
        raise QueryError(f"{name} {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return v


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # YYYY[-MM[-DD]]: events/documents on or after
    until: str | None = None  # inclusive
    country: str | Iterable[str] | None = None  # ISO3 of source, target or location
    root: str | Iterable[str] | None = None  # CAMEO root codes ("19", "14,18")
    actor: str | None = None  # actor code prefix ("USA", "IRQGOV") or a name (substring)
    lang: str | Iterable[str] | None = None
    # "did not attack" is stored with negated=True and, as in ICEWS, left out of event tables,
    # exports and counts unless asked for
    negated: bool = False

    def __post_init__(self):
        _check_date(self.since, "--since")
        _check_date(self.until, "--until")


#: SQL of each exportable table, with the column expressions the filters use
_BASE = {
    "events": dict(
        sql="SELECT g.* FROM global_events g", order="g.global_event_id",
        start="g.day_start", end="g.day_end", countries=["g.source_country", "g.target_country",
                                                         "g.location_country"],
        root="g.cameo_root", actors=["g.source", "g.target"], negated="g.negated",
        lang="EXISTS (SELECT 1 FROM events m JOIN documents dd USING (doc_id) WHERE "
             "m.global_event_id = g.global_event_id AND dd.lang IN ({}))"),
    "mentions": dict(
        sql="SELECT e.*, d.date AS doc_date, d.lang, d.outlet, d.url, d.title "
            "FROM events e JOIN documents d USING (doc_id)",
        order="d.seq, e.idx", start="e.day_start", end="e.day_end",
        countries=["e.source_country", "e.target_country", "e.location_country"],
        root="e.cameo_root", actors=["e.source", "e.target"], negated="e.negated",
        lang="d.lang IN ({})"),
    "documents": dict(sql="SELECT d.* FROM documents d", order="d.seq", docdate=True,
                      lang="d.lang IN ({})"),
    "entities": dict(sql="SELECT x.*, d.date AS doc_date, d.lang FROM entities x "
                         "JOIN documents d USING (doc_id)", order="d.seq, x.idx", docdate=True,
                     countries=["x.country"], lang="d.lang IN ({})"),
}
for _t, _order in [("sentences", "x.sentence_id"), ("timexes", "x.idx"),
                   ("quantities", "x.idx"), ("quotes", "x.idx")]:
    _BASE[_t] = dict(sql=f"SELECT x.*, d.date AS doc_date, d.lang FROM {_t} x "
                         f"JOIN documents d USING (doc_id)", order=f"d.seq, {_order}",
                     docdate=True, lang="d.lang IN ({})")
_BASE["global_events"] = _BASE["events"]

TABLE_NAMES = ("events", "mentions", "documents", "entities", "sentences", "timexes",
               "quantities", "quotes")


def select_sql(table: str, f: Filters) -> tuple[str, list[Any]]:
    """SELECT for ``table`` with the filters applied; (sql, params)."""
    if table not in _BASE:
        raise QueryError(f"unknown table {table!r}; choose from {', '.join(TABLE_NAMES)}")
    b = _BASE[table]
    where: list[str] = []
    params: list[Any] = []
    if f.since or f.until:
        if b.get("docdate"):
            end = "d.date || substr('-99-99', length(d.date) - 3)"
            start = "d.date || substr('-00-00', length(d.date) - 3)"
            if f.since:
                where.append(f"{end} >= ?")
                params.append(_pad(f.since, True))
            if f.until:
                where.append(f"{start} <= ?")
                params.append(_pad(f.until, False))
        elif "start" in b:
            from ..dedup.key import day_interval
            if f.since:
                where.append(f"{b['end']} >= ?::DATE")
                params.append(day_interval(f.since)[0])
            if f.until:
                where.append(f"{b['start']} <= ?::DATE")
                params.append(day_interval(f.until)[1])
    countries = [c.upper() for c in _list(f.country)]
    if countries:
        cols = b.get("countries")
        if not cols:
            raise QueryError(f"--country does not apply to table {table!r}")
        ph = ", ".join("?" * len(countries))
        where.append("(" + " OR ".join(f"{c} IN ({ph})" for c in cols) + ")")
        params += countries * len(cols)
    roots = [r.zfill(2) for r in _list(f.root)]
    if roots:
        if "root" not in b:
            raise QueryError(f"--root does not apply to table {table!r}")
        where.append(f"{b['root']} IN ({', '.join('?' * len(roots))})")
        params += roots
    if f.actor:
        if "actors" not in b:
            raise QueryError(f"--actor does not apply to table {table!r}")
        parts = []
        for p in b["actors"]:
            parts.append(f"starts_with(upper(coalesce({p}_code, '')), ?)")
            parts += [f"contains(lower(coalesce({p}_{c}, '')), ?)" for c in ("name", "text", "org")]
            params += [f.actor.upper()] + [f.actor.casefold()] * 3
        where.append("(" + " OR ".join(parts) + ")")
    if not f.negated and "negated" in b:
        where.append(f"NOT coalesce({b['negated']}, false)")
    langs = [x.lower() for x in _list(f.lang)]
    if langs:
        where.append(b["lang"].format(", ".join("?" * len(langs))))
        params += langs
    sql = b["sql"] + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {b['order']}"
    return sql, params
