"""One error hierarchy.  The library raises these; only the CLI turns them into messages.

A user error carries a short machine code and a one-line message that names the file and the
problem, so a batch can report it and go on.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, path: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(NewsEventsError):
    """A file or record the user gave cannot be read as an article (bad, empty, too large...)."""

    code = "input"


class ConfigError(NewsEventsError):
    """The pipeline configuration or a lexicon is invalid."""

    code = "config"


class StoreError(NewsEventsError):
    """The database cannot be opened or written."""

    code = "store"


class QueryError(NewsEventsError):
    """A user query failed (SQL error, write attempted through the read-only query command)."""

    code = "query"
