"""Pipeline stage ``actors``: every noun phrase that can act, coded CAMEO-style.

Fills ``doc.actors`` with ``ActorMention``s (see ``newsevents.actors``).  Uses PERSON entities
from ``doc.entities`` when the entity stage has found them, and finds titled persons itself
("Ministerpräsident Mustafa al-Kadhimi") so it works without them.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..registry import components
from .base import Component


@components.register("newsevents.actors.v1")
class Actors(Component):
    name = "actors"
    requires = ("tokens", "pos", "entities")
    assigns = ("actors",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self._detectors: dict[str, Any] = {}

    def _detector(self, lang: str):
        if lang not in self._detectors:
            from ..actors.detect import Detector
            self._detectors[lang] = Detector(lang)
        return self._detectors[lang]

    def __call__(self, doc: Doc) -> Doc:
        from ..actors.resolve import resolve
        det = self._detector(doc.lang or "en")
        doc.actors = resolve(doc, det, det.detect(doc))
        return doc
