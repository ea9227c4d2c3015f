"""WARC files of news crawls (fastwarc): every HTML response record becomes an article."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..errors import InputError
from ..registry import readers
from .base import Reader, ReadFailure, ReadOptions
from .html import article_from_html, decode_html


def _guarded(records, path: Path):
    """fastwarc raises OSError on a truncated or corrupt archive: say so in one line."""
    try:
        yield from records
    except OSError as exc:
        raise InputError(f"corrupt or truncated WARC ({exc})", path=str(path)) from None


@readers.register("warc")
class WarcReader(Reader):
    name = "warc"
    suffixes = (".warc", ".warc.gz", ".arc")

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article | ReadFailure]:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
        if not path.exists():
            raise InputError("no such file", path=str(path))
        if path.stat().st_size == 0:
            raise InputError("empty file", path=str(path))
        seen = 0
        # the stream is a plain Python file: gzip (per record or whole) is detected by fastwarc
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream, record_types=WarcRecordType.response,
                                      parse_http=True, stream_detect=True, fsspec_args=False)
            for rec in _guarded(records, path):
                seen += 1
                url = rec.headers.get("WARC-Target-URI")
                where = f"{path}#{url or rec.record_id}"
                http = rec.http_headers
                ctype = (http.get("Content-Type") or "") if http is not None else ""
                if http is not None and (http.status_code != 200 or "html" not in ctype.lower()):
                    continue
                body = rec.reader.read()
                if len(body) > opts.max_bytes:
                    yield ReadFailure(where, "page too large")
                    continue
                crawl = (rec.headers.get("WARC-Date") or "")[:10] or None
                doc_id = hashlib.sha1((url or rec.record_id).encode()).hexdigest()[:16]
                try:
                    yield article_from_html(decode_html(body), where, opts, url=url,
                                            doc_id=doc_id, fallback_date=crawl)
                except InputError as exc:
                    yield ReadFailure(where, exc.message)
        if seen == 0:
            raise InputError("no WARC response records (not a WARC file?)", path=str(path))
