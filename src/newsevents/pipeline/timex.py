"""The timex stage: temporal expressions -> TIMEX3 values; refines the document date.

Runs the language's ``TimexTagger`` over the sentences, anchored on the document date,
first refining a month-precision date from a dateline or credit that agrees with it (see
``timex.docdate``).  Past-tense verbs found by the tagger (when the ``tag`` stage ran) help
decide whether "Friday" is the last or the next one.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..record import Timex
from ..registry import components
from ..timex import docdate
from ..timex.tagger import TimexTagger
from .base import Component


@components.register("newsevents.timex.v1")
class TimexComponent(Component):
    name = "timex"
    requires = ("tokens",)
    assigns = ("timexes",)
    languages = frozenset({"de", "en"})

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self._taggers: dict[str, TimexTagger] = {}
        self.refine_date = bool(self.settings.get("refine_date", True))

    def tagger(self, lang: str) -> TimexTagger:
        if lang not in self._taggers:
            self._taggers[lang] = TimexTagger(lang)
        return self._taggers[lang]

    @staticmethod
    def _is_past(tagger: TimexTagger, tok) -> bool:
        """A past-tense verb, from its tag (English C5 "VVD") or, where the tag set has no
        tense (German STTS), from a weak preterite ending on a form unlike its lemma."""
        g = tagger.grammar
        if g.tense.get(tok.text.casefold()) == "neutral":
            return False  # reporting verbs ("said") tell when it was said, not when it happened
        if tok.pos in g.past_pos:
            return True
        pv = g.past_verb
        if pv and tok.pos in pv.get("pos", ()) and tok.lemma:
            low = tok.text.lower()
            if low == tok.lemma.lower():
                return False
            if low.endswith(tuple(pv.get("endings", ()))):
                return True
            present = tuple(pv.get("present_endings", ()))
            return bool(present) and not low.endswith(present)
        return False

    def __call__(self, doc: Doc) -> Doc:
        if doc.lang not in self.languages:
            return doc
        tagger = self.tagger(doc.lang)
        spans = [(s.start, s.end) for s in doc.sentences] or None
        past: dict[int, list[int]] = {}
        for i, s in enumerate(doc.sentences):
            offs = [t.start - s.start for t in doc.sentence_tokens(s) if self._is_past(tagger, t)]
            if offs:
                past[i] = offs
        found = tagger.tag(doc.text, doc.date, spans, past)
        if self.refine_date and doc.date and len(doc.date) < 10:
            refined = docdate.refine(doc.date, doc.text, found)
            if refined != doc.date:
                doc.date, doc.date_precision = refined, docdate.precision(refined)
                found = tagger.tag(doc.text, doc.date, spans, past)
        doc.timexes = [Timex(f.text, f.start, f.end, f.type, f.value) for f in found]
        doc.analyses["timex"] = found
        return doc
