"""Language identification with lingua (it ships its models; nothing is downloaded)."""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..registry import components
from .base import Component


@components.register("newsevents.language.v1")
class LanguageDetector(Component):
    name = "language"
    assigns = ("lang",)
    languages = None

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.candidates = list(self.settings.get("candidates", ["de", "en"]))
        self.min_letters = int(self.settings.get("min_letters", 20))
        self.fallback = self.settings.get("fallback")
        self.sample_chars = int(self.settings.get("sample_chars", 1000))
        self._detector = None

    def _load(self):
        from lingua import IsoCode639_1, LanguageDetectorBuilder
        codes = [getattr(IsoCode639_1, c.upper()) for c in self.candidates]
        self._detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        return self._detector

    def detect(self, text: str) -> str | None:
        sample = text[:self.sample_chars]
        if sum(ch.isalpha() for ch in sample) < self.min_letters:
            return self.fallback
        detector = self._detector or self._load()
        lang = detector.detect_language_of(sample)
        return lang.iso_code_639_1.name.lower() if lang is not None else self.fallback

    def __call__(self, doc: Doc) -> Doc:
        if not doc.lang:
            doc.lang = self.detect(doc.text)
        return doc
