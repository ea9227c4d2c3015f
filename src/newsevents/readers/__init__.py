"""Readers: one module per input format, all producing ``Article``.

``read_inputs`` resolves files, folders (recursively), globs and ``-`` (stdin), picks a reader
by suffix (or ``--format``), and yields an Article or a ReadFailure per input, so a batch with
bad files goes on and reports them.
"""

from __future__ import annotations

import importlib

from .base import ReadFailure, ReadOptions, Reader
from .resolve import read_inputs

for _m in ["textfile", "jsonl", "csvfile", "html", "warc"]:
    try:
        importlib.import_module(f"{__name__}.{_m}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{_m}":
            raise

__all__ = ["ReadFailure", "ReadOptions", "Reader", "read_inputs"]
