"""Placeholders for components whose implementation has not landed yet.

Each keeps its slot in the default pipeline and its registered name, assigning nothing, so
the pipeline and everything downstream (store, evaluate, exports) run end to end today.  A
real implementation registers under the same name in its own module and replaces the stub.
"""

from __future__ import annotations

from ..doc import Doc
from ..registry import components
from .base import Component


def _stub(name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> type[Component]:
    cls = type(f"Pending{name.title()}", (Component,), {
        "name": name, "requires": requires, "assigns": assigns,
        "__call__": lambda self, doc: doc,
        "__doc__": f"Not implemented yet: the {name} stage assigns nothing.",
    })
    return cls


STUBS = {
    "entities": (("tokens", "pos"), ("entities",)),
    "geo": (("entities",), ("geo",)),
    "timex": (("tokens",), ("timexes",)),
    "quantities": (("tokens",), ("quantities",)),
    "actors": (("tokens", "pos"), ("actors",)),
    "quotes": (("tokens",), ("quotes",)),
    "events": (("tokens", "pos"), ("events",)),
}


def register_missing() -> None:
    """Register a stub for every stage whose real factory did not register itself."""
    for name, (req, ass) in STUBS.items():
        factory = f"newsevents.{name}.v1"
        if factory not in components._items:
            components.register(factory)(_stub(name, req, ass))
