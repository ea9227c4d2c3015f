"""Pipeline stage: direct quotations and who said them.

The algorithm lives in ``newsevents.quotes``; this module wires it to the Doc.  Speakers are
taken from ``doc.actors`` (the actors stage) when it ran; without it a speaker is an ``Actor``
carrying the named entity or the words of the reporting clause's subject.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..quotes import MIN_WORDS, QuoteExtractor, load_quote_lexicon
from ..registry import components
from .base import Component


@components.register("newsevents.quotes.v1")
class Quotes(Component):
    """Settings: ``min_words`` (int, default 5): quoted stretches this long or longer are
    quotations even without a reporting clause; shorter ones need one (see quotes.extract).
    ``partial_quotes`` (bool, default false): also shorter partial quotations inside reported
    speech ("indicated that "temporary burials" might be needed")."""

    name = "quotes"
    requires = ("tokens", "actors")
    assigns = ("quotes",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.min_words = int(self.settings.get("min_words", MIN_WORDS))
        self.partial_quotes = bool(self.settings.get("partial_quotes", False))
        self._ex: dict[str, QuoteExtractor] = {}

    def extractor(self, lang: str) -> QuoteExtractor:
        if lang not in self._ex:
            self._ex[lang] = QuoteExtractor(load_quote_lexicon(lang), self.min_words,
                                           self.partial_quotes)
        return self._ex[lang]

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang if doc.lang in ("de", "en") else "de"
        doc.quotes = self.extractor(lang)(doc)
        return doc
