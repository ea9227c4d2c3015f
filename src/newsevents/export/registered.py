"""The export formats, registered by name in ``registry.exporters``.

Each exporter is ``write(store, out, filters, table) -> rows written``: ``out`` is a text
stream, or a file path for binary formats (``binary = True`` on the function); ``table`` is
the table for tabular formats (None = their default).  Another package can register more
formats under new names and `newsevents export --format NAME` will offer them.
"""

from __future__ import annotations

from ..registry import exporters
from .filters import Filters
from .gdelt import write_events, write_mentions
from .plover import write_plover
from .tables import write_records, write_table


def _tabular(fmt: str, default: str = "events"):
    def write(store, out, filters: Filters, table: str | None = None) -> int:
        return write_table(store, table or default, fmt, out, filters)
    write.tabular = True
    return write


def _jsonl(store, out, filters: Filters, table: str | None = None) -> int:
    """Without a table: one full record per document (as `extract --format jsonl`)."""
    if table is None:
        return write_records(store, out, filters)
    return write_table(store, table, "jsonl", out, filters)


_jsonl.tabular = True
_parquet = _tabular("parquet")
_parquet.binary = True

exporters.register("jsonl")(_jsonl)
exporters.register("csv")(_tabular("csv"))
exporters.register("parquet")(_parquet)


def _untabular(writer):
    def write(store, out, filters: Filters, table: str | None = None) -> int:
        return writer(store, out, filters)
    write.__doc__ = writer.__doc__
    return write


exporters.register("gdelt")(_untabular(write_events))
exporters.register("gdelt-mentions")(_untabular(write_mentions))
exporters.register("plover")(_untabular(write_plover))
