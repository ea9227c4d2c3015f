"""Turning loosely typed metadata (from JSONL, CSV, HTML) into Article fields."""

from __future__ import annotations

import re
from typing import Any

from ..article import Article, date_precision
from ..errors import InputError
from .base import ReadOptions, meta
from .dateline import refine_date
from .textfile import valid_date

_ISO_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def normalise_date(value: Any, where: str) -> str | None:
    """'2021-12-31', '2021-12', '2021' or an ISO date-time (date part kept); else an error."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_DATETIME.match(text)
    if m:
        text = m.group(1)
    if not valid_date(text):
        raise InputError(f"malformed date {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                         path=where)
    return text


def article_from_mapping(d: dict[str, Any], where: str, opts: ReadOptions,
                         default_id: str | None = None) -> Article:
    """An Article from a dict with keys text/date/title/url/lang/id (others ignored)."""
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no text (the 'text' field is missing or empty)", path=where)
    date = normalise_date(d.get("date"), where) or opts.date
    date = refine_date(date, text)
    return Article(text=text, doc_id=meta(d, "id") or default_id, date=date,
                   date_precision=date_precision(date), lang=meta(d, "lang") or opts.lang,
                   title=meta(d, "title"), url=meta(d, "url"), source=meta(d, "source"),
                   path=where)
