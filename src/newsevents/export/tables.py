"""Tables and records out of the store: CSV, Parquet, JSONL.

Why DataFrames in between: the Python API already returns pandas frames with the shared
filters applied, so the file formats are thin writers over the same selection.
"""

from __future__ import annotations

import json
import math
from typing import IO, Any

from ..errors import QueryError
from .filters import Filters


def _clean(v: Any) -> Any:
    """A JSON-safe cell: NaN/NaT -> null, dates and timestamps -> ISO strings."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):  # numpy scalars
        try:
            v = v.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (bool, int, float, str)):
        return v
    try:
        import pandas as pd
        if v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def write_records(store, out: IO[str], filters: Filters | None = None) -> int:
    """One full record per document, the shape of ``extract --format jsonl``."""
    docs = store.frame("documents", filters or Filters())
    n = 0
    for doc_id in docs["doc_id"]:
        out.write(json.dumps(store.load_record(doc_id).to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_table(store, table: str, fmt: str, out: IO | str, filters: Filters | None = None
                ) -> int:
    """Write one table as csv (text stream or path), jsonl (stream) or parquet (path)."""
    df = store.frame(table, filters or Filters())
    if fmt == "csv":
        df.to_csv(out, index=False)
    elif fmt == "jsonl":
        cols = list(df.columns)
        for row in df.itertuples(index=False, name=None):
            out.write(json.dumps({c: _clean(v) for c, v in zip(cols, row)},
                                 ensure_ascii=False) + "\n")
    elif fmt == "parquet":
        if not isinstance(out, str):
            raise QueryError("parquet is binary: give an output file with -o")
        df.to_parquet(out, index=False)
    else:
        raise QueryError(f"unknown table format {fmt!r}")
    return len(df)
