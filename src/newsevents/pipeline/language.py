"""Language identification with lingua (it ships its models; nothing is downloaded).

Lingua's low-accuracy mode reads trigrams only; on a long sample it decides as the full mode
does (the same language for every eval, check-set and KRAUTS text) at about half the cost,
while on short texts (headlines, captions) its own documentation says it errs.  So a sample
of at least ``fast_from_chars`` characters goes to the low-accuracy detector, a shorter one to
the full detector.
"""

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
        self.fast_from_chars = int(self.settings.get("fast_from_chars", 800))
        self._detectors: dict[bool, Any] = {}

    def _detector(self, fast: bool):
        detector = self._detectors.get(fast)
        if detector is None:
            from lingua import IsoCode639_1, LanguageDetectorBuilder
            codes = [getattr(IsoCode639_1, c.upper()) for c in self.candidates]
            builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
            if fast:
                builder = builder.with_low_accuracy_mode()
            detector = self._detectors[fast] = builder.build()
        return detector

    def detect(self, text: str) -> str | None:
        sample = text[:self.sample_chars]
        if sum(ch.isalpha() for ch in sample) < self.min_letters:
            return self.fallback
        lang = self._detector(len(sample) >= self.fast_from_chars).detect_language_of(sample)
        return lang.iso_code_639_1.name.lower() if lang is not None else self.fallback

    def __call__(self, doc: Doc) -> Doc:
        if not doc.lang:
            doc.lang = self.detect(doc.text)
        return doc
