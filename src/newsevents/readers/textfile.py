"""Text files, with or without a ``date YYYY-MM[-DD]`` header.

The header may be indented and the text may follow on the same line or after a blank line
(both forms are in shared/eval/dev).  Files without a header are plain text: the date comes
from ``--date`` or stays unknown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..article import Article, date_precision
from ..errors import InputError
from ..registry import readers
from .base import Reader, ReadOptions, decode_text, read_bytes_checked
from .dateline import refine_date

_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")


def valid_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) > 2:
        import datetime
        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True


def parse_text(text: str, path: str, opts: ReadOptions) -> Article:
    """An Article from the text of a file, header parsed off."""
    m = _HEADER.match(text)
    date = opts.date
    if m:
        value = m.group(1)
        if not valid_date(value):
            raise InputError(f"malformed date header {value!r} (expected date YYYY-MM or "
                             f"YYYY-MM-DD)", path=path)
        date = value
        text = text[m.end():].lstrip()
    if not text.strip():
        raise InputError("no text after the date header", path=path)
    date = refine_date(date, text)
    return Article(text=text, doc_id=Path(path).stem if path != "-" else None, date=date,
                   date_precision=date_precision(date), lang=opts.lang, path=path)


@readers.register("text")
class TextReader(Reader):
    name = "text"
    suffixes = (".txt", ".text", "")

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article]:
        text = decode_text(read_bytes_checked(path, opts), path)
        yield parse_text(text, str(path), opts)
