"""What a pipeline component is: a ``Doc -> Doc`` callable with declared inputs and outputs."""

from __future__ import annotations

from typing import Any, ClassVar

from ..doc import Doc


class Component:
    """Base of the pipeline components.

    ``requires`` and ``assigns`` name Doc attributes ("tokens", "pos", "entities", ...); the
    pipeline checks the order against them when it is built.  ``languages`` lists the languages
    a component understands; ``None`` means language-independent.  For a document in another
    language a language-dependent component is skipped (the pipeline records a warning).

    Components load their language resources lazily, on the first document of a language, and
    keep them on the instance: no module-level mutable state, no I/O at import.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    languages: ClassVar[frozenset[str] | None] = frozenset({"de", "en"})

    def __init__(self, settings: dict[str, Any] | None = None):
        self.settings = dict(settings or {})

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError
