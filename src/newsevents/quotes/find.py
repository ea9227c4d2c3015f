"""Find quoted stretches of text in any quotation style, working on characters.

Why characters and not tokens: quotation marks are typography, and whether a mark opens or
closes is decided by what touches it (a space before an opening mark, a letter after it), which
tokenisers do not keep.  A quotation may run over several sentences of a paragraph; it never
crosses a blank line.  News copy that quotes over several paragraphs repeats the opening mark
at the start of each paragraph and closes only the last: such an unclosed quotation ends with
its paragraph.

Apostrophes ("don't", "Turkey’s", "Greeks' ") share characters with single quotation marks:
a single mark between two letters, or after a letter/s and before a space or punctuation when
no matching opener is open, is an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import QuoteLexicon

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;\u00a0") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}.,;:!?—–-/\u00a0…") | {""}
MAX_QUOTE_CHARS = 3000
SINGLE_MAX_CHARS = 400


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: marks at ``open_at`` and ``close_at`` (``close_at`` is None when it is
    unclosed and runs to the end of its paragraph); ``start``/``end`` bound the words inside,
    without surrounding spaces or a trailing comma."""

    open_at: int
    close_at: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before in _OPEN_BEFORE or not before.isalnum() and before not in ".,;") \
        and after != "" and not after.isspace()


def _looks_closing(text: str, k: int, style: str) -> bool:
    before = text[k - 1] if k > 0 else ""
    after = text[k + 1] if k + 1 < len(text) else ""
    if before == "" or before.isspace():
        return False
    if style == "single" and before.isalpha() and after.isalpha():
        return False  # an apostrophe: "don't", "Turkey’s"
    return after in _CLOSE_AFTER or not after.isalnum()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def find_quote_spans(text: str, lex: QuoteLexicon) -> list[QuoteSpan]:
    """Every outermost quotation in ``text``, in order."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for o, c, style in lex.marks:
        pairs.setdefault(o, []).append((c, style))
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)] + [len(text)]
    out: list[QuoteSpan] = []
    i, n = 0, len(text)
    bi = 0
    while i < n:
        ch = text[i]
        if ch not in pairs or not _looks_opening(text, i):
            i += 1
            continue
        while blanks[bi] < i:
            bi += 1
        limit = min(blanks[bi], i + MAX_QUOTE_CHARS, n)
        best: tuple[int, str] | None = None
        for close, style in pairs[ch]:
            stop = limit
            if style == "single":
                # single marks double as apostrophes: keep such quotations to one line
                nl = text.find("\n", i, limit)
                stop = min(limit if nl < 0 else nl, i + SINGLE_MAX_CHARS)
            k = i + 1
            while k < stop:
                k = text.find(close, k, stop)
                if k < 0:
                    break
                if _looks_closing(text, k, style):
                    if best is None or k < best[0]:
                        best = (k, style)
                    break
                k += 1
        if best is not None:
            k = best[0]
            # a line break inside is allowed unless the next line opens a new quotation
            nl = text.find("\n", i, k)
            if nl >= 0 and text[nl + 1:k].lstrip()[:1] == ch:
                best = None
        if best is not None:
            s, e = _trim(text, i + 1, best[0])
            if e > s:
                out.append(QuoteSpan(i, best[0], s, e))
            i = best[0] + 1
            continue
        # unclosed: a quotation that opens its line runs to the end of the paragraph line
        line_start = text.rfind("\n", 0, i) + 1
        if text[line_start:i].strip() == "" and pairs[ch][0][1] == "double":
            line_end = text.find("\n", i)
            line_end = n if line_end < 0 else line_end
            s, e = _trim(text, i + 1, line_end)
            if e > s:
                out.append(QuoteSpan(i, None, s, e))
            i = line_end
            continue
        i += 1
    return out
