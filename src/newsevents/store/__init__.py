"""The DuckDB store: schema and migrations (schema.py), Record <-> rows (rows.py), the single
writer and the read API (db.py)."""

from __future__ import annotations

from .db import Store, document_key, open_store, outlet_of
from .schema import SCHEMA_VERSION, TABLES

__all__ = ["Store", "open_store", "document_key", "outlet_of", "SCHEMA_VERSION", "TABLES"]
