"""HTML pages: the main text by trafilatura, the publication date by htmldate."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..article import Article, date_precision
from ..errors import InputError
from ..registry import readers
from .base import Reader, ReadOptions, read_bytes_checked


def decode_html(data: bytes) -> str:
    """Pages declare many encodings; trafilatura copes with text, so decode leniently."""
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def page_date(html: str) -> str | None:
    """Publication date of a page (htmldate's default heuristics: they scored best on the
    saved pages in shared/corpora/html, where `original_date=True` picked older dates)."""
    import htmldate
    try:
        return htmldate.find_date(html, original_date=False, extensive_search=True,
                                  outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on some malformed markup; a page without a date is fine
        return None


def article_from_html(html: str, where: str, opts: ReadOptions, *, url: str | None = None,
                      doc_id: str | None = None, fallback_date: str | None = None) -> Article:
    import trafilatura
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the page", path=where)
    warnings: list[str] = []
    date = page_date(html) or doc.date or opts.date
    if not date and fallback_date:
        date = fallback_date
        warnings.append("publication date unknown: used the crawl date")
    return Article(text=doc.text, doc_id=doc_id, date=date, date_precision=date_precision(date),
                   lang=opts.lang or (doc.language or None), title=doc.title,
                   url=url or doc.url, source=doc.sitename or doc.hostname, path=where,
                   warnings=tuple(warnings))


@readers.register("html")
class HtmlReader(Reader):
    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article]:
        data = read_bytes_checked(path, opts)
        if b"\x00" in data[:8192]:
            raise InputError("binary file, not HTML", path=str(path))
        yield article_from_html(decode_html(data), str(path), opts, doc_id=path.stem)
