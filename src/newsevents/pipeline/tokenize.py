"""Sentences and tokens with SoMaJo, with character offsets into the original text.

Paragraphs (blocks separated by blank lines) are tokenised separately so that headings,
photo credits and datelines never merge with the next sentence.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc, Sentence, Token
from ..registry import components
from .base import Component
from .somajo_speed import skip_hopeless_searches

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_MODELS = {"de": "de_CMC", "en": "en_PTB"}


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each non-empty block of ``text`` between blank lines."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, text[pos:m.start()]))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


_MAYBE_EMOJI = None


def _fast_emoji_check(somajo):
    """Skip SoMaJo's per-character emoji scan for text that holds no emoji candidate.

    SoMaJo looks for emojis grapheme by grapheme with an uncompiled pattern, which is half of
    its run time on news text, where emojis are rare.  One compiled search over the token
    text decides whether the scan can find anything; only then does the original run.  The
    tokens are identical (tests/test_tokenize.py compares both on the dev articles).
    """
    import regex
    global _MAYBE_EMOJI
    if _MAYBE_EMOJI is None:  # a compiled constant, not state: the same for every instance
        _MAYBE_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")
    inner = somajo._tokenizer
    original = inner._split_emojis

    def split_emojis(node, token_class="emoticon"):
        if _MAYBE_EMOJI.search(node.value.text):
            original(node, token_class)

    inner._split_emojis = split_emojis
    return somajo


@components.register("newsevents.tokenize.v1")
class Tokenizer(Component):
    name = "tokenize"
    requires = ("text",)
    assigns = ("tokens", "sentences")
    languages = None  # unknown languages get the English rules: better than nothing

    def __init__(self, settings: dict[str, Any] | None = None):
        super().__init__(settings)
        self._somajo: dict[str, Any] = {}

    def _tokenizer(self, lang: str | None, offsets: bool = False):
        """SoMaJo for ``lang``; ``offsets`` asks for SoMaJo's own character alignment."""
        model = _MODELS.get(lang or "", "en_PTB")
        key = (model, offsets)
        if key not in self._somajo:
            from somajo import SoMaJo
            self._somajo[key] = skip_hopeless_searches(_fast_emoji_check(
                SoMaJo(model, split_camel_case=False, split_sentences=True,
                       character_offsets=offsets)))
        return self._somajo[key]

    def _sentences(self, lang: str | None, para: str) -> list[list[tuple[int, int, bool]]]:
        """(start, end, space_after) of each token of each sentence of one paragraph.

        SoMaJo's generic character alignment costs a fifth of its time.  Its tokens are
        almost always verbatim slices of the paragraph, so a left-to-right search places them;
        only when one is not found (SoMaJo rewrote it) is the paragraph tokenised again with
        SoMaJo's alignment.  tests/test_tokenize.py checks both give the same offsets.
        """
        out: list[list[tuple[int, int, bool]]] = []
        pos = 0
        for sent in self._tokenizer(lang).tokenize_text([para]):
            spans = []
            for t in sent:
                surface = t.original_spelling or t.text
                start = para.find(surface, pos)
                if start < 0 or para[pos:start].strip():
                    return self._aligned_by_somajo(lang, para)
                pos = start + len(surface)
                spans.append((start, pos, bool(t.space_after)))
            if spans:
                out.append(spans)
        return out

    def _aligned_by_somajo(self, lang: str | None, para: str) -> list[list[tuple[int, int, bool]]]:
        return [[(*t.character_offset, bool(t.space_after)) for t in sent]
                for sent in self._tokenizer(lang, offsets=True).tokenize_text([para]) if sent]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for para_idx, (base, para) in enumerate(paragraphs(text)):
            # offsets are relative to the paragraph SoMaJo was handed
            for spans in self._sentences(doc.lang, para):
                sid = len(sentences)
                tok_start = len(tokens)
                for s, e, space in spans:
                    tokens.append(Token(i=len(tokens), text=text[base + s:base + e],
                                        start=base + s, end=base + e, sent=sid,
                                        space_after=space))
                sentences.append(Sentence(id=sid, start=tokens[tok_start].start,
                                          end=tokens[-1].end, tok_start=tok_start,
                                          tok_end=len(tokens), paragraph=para_idx))
        doc.tokens = tokens
        doc.sentences = sentences
        return doc
