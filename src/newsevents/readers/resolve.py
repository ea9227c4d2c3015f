"""From what the user typed (files, folders, globs, '-') to articles or failures."""

from __future__ import annotations

import glob
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..article import Article
from ..errors import InputError
from ..registry import readers
from .base import ReadFailure, ReadOptions

_SKIP_SUFFIXES = {".json"}  # gold files beside articles in eval folders, never articles


def expand(inputs: Iterable[str]) -> Iterator[str | ReadFailure]:
    """Paths to read, in a stable order; a pattern or path that matches nothing is a failure."""
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
                           and f.suffix.lower() not in _SKIP_SUFFIXES
                           and f.name.lower() not in {"readme.md", "readme.txt"})
            if not files:
                yield ReadFailure(item, "folder holds no files")
            yield from (str(f) for f in files)
        elif p.exists():
            yield item
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadFailure(item, "pattern matches no file")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield ReadFailure(item, "no such file or folder")


def reader_for(path: str, opts: ReadOptions):
    if opts.format:
        return readers.get(opts.format)()
    suffix = "" if path == "-" else Path(path).suffix.lower()
    if suffix == ".gz" and path.lower().endswith(".warc.gz"):
        suffix = ".warc.gz"
    for name in readers.names():
        cls = readers.get(name)
        if suffix in cls.suffixes:
            return cls()
    return readers.get("text")()


def read_inputs(inputs: Iterable[str], opts: ReadOptions | None = None
                ) -> Iterator[Article | ReadFailure]:
    opts = opts or ReadOptions()
    for item in expand(inputs):
        if isinstance(item, ReadFailure):
            yield item
            continue
        try:
            if item == "-":
                from .textfile import parse_text
                from .base import decode_text
                data = sys.stdin.buffer.read()
                if not data.strip():
                    raise InputError("empty input", path="<stdin>")
                yield parse_text(decode_text(data, "<stdin>"), "-", opts)
                continue
            reader = reader_for(item, opts)
            # readers of multi-record formats yield per-record failures themselves
            yield from reader.read(Path(item), opts)
        except InputError as exc:
            yield ReadFailure(exc.path or item, exc.message)
