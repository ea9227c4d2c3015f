"""JSON Lines: one article per line, fields text/date/title/url/lang/id (and source)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..errors import InputError
from ..registry import readers
from .base import Reader, ReadFailure, ReadOptions, decode_text, read_bytes_checked
from .fields import article_from_mapping


@readers.register("jsonl")
class JsonlReader(Reader):
    name = "jsonl"
    suffixes = (".jsonl", ".ndjson")

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
        text = decode_text(read_bytes_checked(path, opts), path)
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadFailure(where, f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield ReadFailure(where, "expected a JSON object per line")
                continue
            try:
                yield article_from_mapping(obj, where, opts)
            except InputError as exc:
                yield ReadFailure(where, exc.message)
