"""Pipeline stage: counts a conflict analyst tabulates (killed, troops, refugees, money).

The algorithm lives in ``newsevents.quantities``; this module wires it to the Doc.  Spans
inside temporal expressions found earlier (``doc.timexes``) are never counts.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..quantities import QuantityExtractor, load_lexicon, quantities_in
from ..registry import components
from .base import Component


def _implausible_year(text: str, date: str | None) -> bool:
    """A bare four-digit "year" centuries away from the article's date ("davon 2000 im Jahr
    2011 und 1700 im vergangenen Jahr") is more likely a count the time tagger took for a
    year; the extractor's own guards still keep real years out."""
    t = text.strip()
    if not (t.isdigit() and len(t) == 4 and date and date[:4].isdigit()):
        return False
    return abs(int(t) - int(date[:4])) > 100


@components.register("newsevents.quantities.v1")
class Quantities(Component):
    """Settings: ``vague`` (bool, default false) also reports vague plural counts
    ("Tausende Demonstranten", "dozens died") with a lower-bound value, marked approximate."""

    name = "quantities"
    requires = ("tokens", "pos")
    assigns = ("quantities",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.vague = bool(self.settings.get("vague", False))
        self._ex: dict[str, QuantityExtractor] = {}

    def extractor(self, lang: str) -> QuantityExtractor:
        if lang not in self._ex:
            self._ex[lang] = QuantityExtractor(load_lexicon(lang), vague=self.vague)
        return self._ex[lang]

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang if doc.lang in ("de", "en") else "de"
        ex = self.extractor(lang)
        toks = [doc.sentence_tokens(s) for s in doc.sentences]
        blocked = [(t.start, t.end) for t in doc.timexes if not _implausible_year(t.text, doc.date)]
        doc.quantities = quantities_in(toks, doc.text, blocked, ex.lex, extractor=ex)
        return doc
