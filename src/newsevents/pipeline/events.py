"""The event coder as a pipeline stage: clause analysis, then CAMEO/PLOVER coding.

Leaves its intermediate results for ``newsevents explain``: the clauses in
``doc.analyses["clauses"]`` and one decision per verb in ``doc.analyses["event_decisions"]``.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..registry import components
from .base import Component


@components.register("newsevents.events.v1")
class Events(Component):
    name = "events"
    requires = ("tokens", "pos", "actors")
    assigns = ("events",)

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.extra_lexicons = tuple(self.settings.get("lexicons", ()) or ())
        self._analysers: dict[str, Any] = {}
        self._coders: dict[str, Any] = {}

    def _load(self, lang: str):
        if lang not in self._coders:
            from ..events.clauses import ClauseAnalyser
            from ..events.coder import EventCoder
            from ..events.syntax import load_syntax
            lexicon = None
            try:
                from ..events.lexicon import load_lexicon
            except ImportError:  # the lexicon module has not landed: analyse, code nothing
                load_lexicon = None
            if load_lexicon is not None:
                lexicon = load_lexicon(lang, self.extra_lexicons)
            speech = lexicon.is_reporting if lexicon is not None else None
            self._analysers[lang] = ClauseAnalyser(lang, speech_verb=speech)
            self._coders[lang] = EventCoder(lang, load_syntax(lang), lexicon, self.settings)
        return self._analysers[lang], self._coders[lang]

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "de"
        if lang not in ("de", "en"):
            return doc
        analyser, coder = self._load(lang)
        clauses = analyser.analyse(doc)
        doc.analyses["clauses"] = clauses
        events, decisions = coder.code(doc, clauses)
        doc.analyses["event_decisions"] = decisions
        doc.events.extend(events)
        return doc
