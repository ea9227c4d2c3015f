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

    def _tokenizer(self, lang: str | None):
        model = _MODELS.get(lang or "", "en_PTB")
        if model not in self._somajo:
            from somajo import SoMaJo
            self._somajo[model] = _fast_emoji_check(
                SoMaJo(model, split_camel_case=False, split_sentences=True,
                       character_offsets=True))
        return self._somajo[model]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        tok = self._tokenizer(doc.lang)
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for para_idx, (base, para) in enumerate(paragraphs(text)):
            # offsets SoMaJo gives are relative to the paragraph it was handed
            for sent in tok.tokenize_text([para]):
                if not sent:
                    continue
                sid = len(sentences)
                tok_start = len(tokens)
                for t in sent:
                    s, e = t.character_offset
                    tokens.append(Token(i=len(tokens), text=text[base + s:base + e],
                                        start=base + s, end=base + e, sent=sid,
                                        space_after=bool(t.space_after)))
                sentences.append(Sentence(id=sid, start=tokens[tok_start].start,
                                          end=tokens[-1].end, tok_start=tok_start,
                                          tok_end=len(tokens), paragraph=para_idx))
        doc.tokens = tokens
        doc.sentences = sentences
        return doc
