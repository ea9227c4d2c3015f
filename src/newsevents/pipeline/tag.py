"""Part of speech and lemma with HanTa (German: STTS, English: BNC C5), plus coarse classes.

HanTa dominates pipeline time, so tagged sentences are cached: wire copy and re-ingests repeat
whole sentences, and a repeated sentence costs a dictionary look-up instead of a Viterbi pass.
Word analyses are sped up, memoised, and for common words answered from shipped tables
(``hanta_speed``, ``hanta_lemmas``, ``hanta_vocab``), all giving HanTa's own tags and lemmas.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from ..doc import Doc
from ..events.clauses import retag_gerund_subject, retag_headline_verb
from ..lang import load_tsv
from ..registry import components
from .base import Component
from .hanta_lemmas import load as load_lemmas, use_table
from .hanta_speed import speed_up
from .hanta_vocab import load as load_vocab, use_vocab

_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}


def _clean_tag(tag: str) -> str:
    """HanTa writes STTS subtypes in parentheses ("VV(FIN)"); STTS proper has "VVFIN"."""
    return tag.replace("(", "").replace(")", "")


@components.register("newsevents.tag.v1")
class Tagger(Component):
    name = "tag"
    requires = ("tokens",)
    assigns = ("pos", "lemma")

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self.cache_size = int(self.settings.get("cache_size", 20000))
        self.word_cache_size = int(self.settings.get("word_cache_size", 200000))
        self.shipped_vocab = bool(self.settings.get("shipped_vocab", True))
        self._taggers: dict[str, Any] = {}
        self._upos: dict[str, dict[str, str]] = {}
        self._cache: OrderedDict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = OrderedDict()

    def _tagger(self, lang: str):
        if lang not in self._taggers:
            from HanTa import HanoverTagger as ht
            tagger = speed_up(ht.HanoverTagger(_MODELS[lang]), self.word_cache_size)
            tagger = use_table(tagger, load_lemmas(_MODELS[lang]))
            if self.shipped_vocab:
                tagger = use_vocab(tagger, load_vocab(_MODELS[lang]))
            self._taggers[lang] = tagger
            rows = load_tsv(lang, "tagmap.tsv")
            key = "stts" if lang == "de" else "c5"
            self._upos[lang] = {r[key]: r["upos"] for r in rows}
        return self._taggers[lang]

    def tag_words(self, lang: str, words: list[str]) -> list[tuple[str, str]]:
        """(tag, lemma) for each word of one sentence, cached."""
        key = (lang, tuple(words))
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        tagged = self._tagger(lang).tag_sent(words, taglevel=1)
        out = [(_clean_tag(t), lemma) for _, lemma, t in tagged]
        self._cache[key] = out
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return out

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or "de"
        self._tagger(lang)
        upos = self._upos[lang]
        for sent, toks in doc.iter_sentences():
            if not toks:
                continue
            for tok, (tag, lemma) in zip(toks, self.tag_words(lang, [t.text for t in toks])):
                tok.pos = tag
                tok.lemma = lemma
                tok.upos = upos.get(tag, "PUNCT" if tag.startswith("$") else "X")
            if lang == "en":
                retag_headline_verb(doc, toks)  # "Russian airstrikes breach truce"
                retag_gerund_subject(toks)  # "Shelling by X killed ..."
        return doc
