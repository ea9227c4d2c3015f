"""Registries of components, readers and exporters, filled by decorators at import.

The registries map names ("newsevents.tokenize.v1") to factories, so a pipeline is fully
described by its config and a Dask worker can rebuild the same pipeline from that config.
They hold factories only, never state.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from .errors import ConfigError

T = TypeVar("T")


class Registry:
    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, Callable] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self._items[name] = obj  # type: ignore[assignment]
            return obj

        return deco

    def get(self, name: str) -> Callable:
        _load_builtins()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise ConfigError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        _load_builtins()
        return sorted(self._items)


components = Registry("component")
readers = Registry("reader")
exporters = Registry("exporter")

_loaded = False


def _load_builtins() -> None:
    """Import the built-in modules once so their decorators register them."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    from . import pipeline, readers as _readers  # noqa: F401
    try:
        from . import export  # noqa: F401
    except ImportError:  # exporters arrive with the store
        pass
