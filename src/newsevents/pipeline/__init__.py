"""Pipeline components, one module each; importing this package registers them all."""

from __future__ import annotations

import importlib

from .base import Component
from .core import PIPELINE_VERSION, Pipeline

# Modules that register components.  A stage whose module is missing (not yet written)
# is covered by a stub so the default pipeline always builds.
_MODULES = ["language", "tokenize", "tag", "entities", "geo", "timex", "quantities", "actors",
            "quotes", "events"]

for _m in _MODULES:
    try:
        importlib.import_module(f"{__name__}.{_m}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{_m}":
            raise

from .stubs import register_missing  # noqa: E402

register_missing()

__all__ = ["Component", "Pipeline", "PIPELINE_VERSION"]
