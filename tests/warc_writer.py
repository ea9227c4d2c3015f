"""Write real WARC/1.0 files (response records, optionally gzipped per record) for tests.

fastwarc reads WARC but does not write it; the format is simple enough to write by hand, and a
file written this way is what crawlers (wget --warc-file, Heritrix) produce for each page.
"""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path


def warc_record(url: str, html: bytes, date: str = "2023-11-10T08:00:00Z",
                status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> bytes:
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(html)}\r\n\r\n").encode() + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def write_warc(path: Path, pages: list[tuple[str, bytes]], gzipped: bool = False, **kw) -> Path:
    with open(path, "wb") as fh:
        for url, html in pages:
            rec = warc_record(url, html, **kw)
            fh.write(gzip.compress(rec) if gzipped else rec)
    return path
