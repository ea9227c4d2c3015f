"""`newsevents query`: run SQL against a store, read-only."""

from __future__ import annotations

import csv
import json
import sys

import click

from .common import handle_errors


def _jsonable(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return str(v)


def _table(cols: list[str], rows: list[tuple], out) -> None:
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(cols)]

    def line(vals):
        return "  ".join((v if len(v) <= w else v[:w - 1] + "…").ljust(w)
                         for v, w in zip(vals, widths)).rstrip()

    out.write(line(cols) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


@click.command()
@click.argument("sql")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="DuckDB file written by `newsevents ingest`.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
              show_default=True)
@handle_errors
def query(sql, db_path, fmt):
    """Run one SQL statement on the store (read-only: writes are refused).

    Tables: documents, sentences, entities, timexes, quantities, quotes, events (one row per
    event mention), global_events (deduplicated, GDELT counts), view mentions."""
    from ..store import open_store

    # read-only connection, and no access to other files (no COPY TO, no ATTACH)
    store = open_store(db_path, config={"enable_external_access": False})
    try:
        cols, rows = store.query(sql)
    finally:
        store.close()
    out = sys.stdout
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows(rows)
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: _jsonable(v) for c, v in zip(cols, r)},
                                 ensure_ascii=False) + "\n")
    else:
        _table(cols, rows, out)
