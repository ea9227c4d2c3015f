"""newsevents: dated news articles in German and English to a database of political events.

Library first: ``extract`` analyses text, ``Pipeline`` is the configurable analysis,
``open_store`` reads a database written by ``newsevents ingest``.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article  # noqa: E402
from .record import Record  # noqa: E402


def extract(text: str, *, date: str | None = None, lang: str | None = None,
            doc_id: str | None = None, pipeline=None) -> Record:
    """Analyse one article's text and return its record."""
    from .article import date_precision
    from .pipeline import Pipeline
    pipe = pipeline or Pipeline()
    return pipe(Article(text=text, date=date, date_precision=date_precision(date), lang=lang,
                        doc_id=doc_id))


def open_store(path, **kwargs):
    """Open a DuckDB database written by ``newsevents ingest`` (read-only unless asked)."""
    from .store import open_store as _open
    return _open(path, **kwargs)


def __getattr__(name: str):
    if name == "Pipeline":
        from .pipeline import Pipeline
        return Pipeline
    raise AttributeError(name)


__all__ = ["Article", "Record", "Pipeline", "extract", "open_store", "__version__"]
