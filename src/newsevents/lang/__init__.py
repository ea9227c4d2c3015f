"""Language data: word lists, patterns and tables, kept as data files apart from algorithms.

Every file under ``lang/<code>/`` starts with a provenance header of ``#`` comment lines
(what it is, where the facts come from, its version) so a researcher can read and extend it
without reading Python.  This module only finds and parses such files:

- ``.tsv``: tab-separated; ``#`` lines are comments; the first non-comment line is the header.
- ``.yaml``: YAML documents (comments allowed anywhere).
- ``.txt``: one entry per line; ``#`` lines are comments.

Loaders are cached per file (the data is immutable once shipped), which is the one piece of
process-wide state: a cache of read-only data, not configuration.
"""

from __future__ import annotations

import csv
import functools
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError

LANG_ROOT = Path(str(resources.files("newsevents") / "lang"))


def data_path(lang: str, name: str) -> Path:
    return LANG_ROOT / lang / name


@functools.lru_cache(maxsize=None)
def load_tsv(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lang/<lang>/<name>`` as dicts keyed by the header line."""
    path = data_path(lang, name)
    try:
        lines = [ln for ln in path.read_text("utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")]
    except FileNotFoundError:
        raise ConfigError("language data file missing", path=str(path)) from None
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        return ()
    rows = []
    for row in reader:
        row = row + [""] * (len(header) - len(row))
        rows.append({h: v.strip() for h, v in zip(header, row)})
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    path = data_path(lang, name)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError("language data file missing", path=str(path)) from None
    return tuple(ln.strip() for ln in text.splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#"))


@functools.lru_cache(maxsize=None)
def load_yaml(lang: str, name: str) -> Any:
    import yaml
    path = data_path(lang, name)
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError("language data file missing", path=str(path)) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path=str(path)) from None


def data_files() -> list[Path]:
    """Every shipped language data file (all languages), sorted."""
    return sorted(p for p in LANG_ROOT.rglob("*")
                  if p.is_file() and p.suffix in {".tsv", ".yaml", ".txt", ".json"})


@functools.lru_cache(maxsize=1)
def data_version() -> str:
    """Fingerprint of all shipped language data: stored with each document."""
    h = hashlib.sha256()
    for p in data_files():
        h.update(p.relative_to(LANG_ROOT).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]
