"""Exports from the store: records as JSONL, tables as CSV/Parquet/JSONL, GDELT 2.0 Event and
Mentions layouts, PLOVER JSON.  All take the shared ``Filters``."""

from __future__ import annotations

from . import registered  # noqa: F401  (registers the formats in registry.exporters)
from .filters import TABLE_NAMES, Filters, select_sql

__all__ = ["Filters", "select_sql", "TABLE_NAMES"]
