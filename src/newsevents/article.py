"""The Article: what every reader produces and the pipeline consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_hash(text: str) -> str:
    """Stable identity of an article's text: the key for skipping what is already stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """A dated news article as read from some input, before any analysis.

    ``date`` keeps the precision the input gave ("2021-12", "2021-12-31" or "2021");
    ``date_precision`` says which ("day", "month", "year") so later stages never invent a day.
    """

    text: str
    doc_id: str | None = None
    date: str | None = None
    date_precision: str | None = None
    lang: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None  # where it came from, for messages
    warnings: tuple[str, ...] = field(default=())

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        return self.doc_id or self.hash[:16]


def date_precision(value: str | None) -> str | None:
    """'2021-12-31' -> 'day', '2021-12' -> 'month', '2021' -> 'year'."""
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))
