"""CSV (or TSV) with a header row naming the columns text/date/title/url/lang/id."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..errors import InputError
from ..registry import readers
from .base import Reader, ReadFailure, ReadOptions, decode_text, read_bytes_checked
from .fields import article_from_mapping


@readers.register("csv")
class CsvReader(Reader):
    name = "csv"
    suffixes = (".csv", ".tsv")

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
        text = decode_text(read_bytes_checked(path, opts), path)
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        csv.field_size_limit(max(opts.max_bytes, 131072))
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
            raise InputError("CSV needs a header row with a 'text' column", path=str(path))
        try:
            for row in reader:
                where = f"{path}:{reader.line_num}"
                row = {(k or "").strip().lower(): v for k, v in row.items()}
                try:
                    yield article_from_mapping(row, where, opts)
                except InputError as exc:
                    yield ReadFailure(where, exc.message)
        except csv.Error as exc:
            yield ReadFailure(f"{path}:{reader.line_num}", f"malformed CSV ({exc})")
