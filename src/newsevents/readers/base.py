"""What readers share: the failure record, size and binary checks, decoding."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Iterator

from ..article import Article
from ..errors import InputError


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """One input that could not be read; the batch goes on and the CLI reports it."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    date: str | None = None  # --date for inputs that carry none
    lang: str | None = None  # --lang to skip detection
    max_bytes: int = 10_000_000
    format: str | None = None  # force a reader by name


class Reader:
    """A reader turns one path into articles; it raises InputError for bad input."""

    name: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def read(self, path: Path, opts: ReadOptions) -> Iterator[Article]:  # pragma: no cover
        raise NotImplementedError


def read_bytes_checked(path: Path, opts: ReadOptions) -> bytes:
    """The file's bytes, after the checks every reader needs (exists, size, not empty)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    if size == 0:
        raise InputError("empty file", path=str(path))
    if size > opts.max_bytes:
        raise InputError(f"file too large ({size / 1e6:.1f} MB; the limit is "
                         f"{opts.max_bytes / 1e6:.0f} MB, set [input] max_bytes)", path=str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None


def decode_text(data: bytes, path: Path | str) -> str:
    """UTF-8 text (BOM dropped); binary data and undecodable bytes are refused clearly."""
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", path=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start}): convert the file to UTF-8",
                         path=str(path)) from None
    if not text.strip():
        raise InputError("empty file (only white space)", path=str(path))
    return text


def meta(d: dict[str, Any], key: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    v = str(v).strip()
    return v or None
