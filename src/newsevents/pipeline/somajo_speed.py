"""A speed-up for SoMaJo that leaves every token unchanged: don't search where no match can be.

SoMaJo tokenises a paragraph by running some hundred regular expressions, one after another,
over every piece of text not yet split off.  Many of them can only match text holding a
particular character: every date, time, ISBN or number pattern needs a digit, every
abbreviation pattern a full stop, the "AT&T"-style list a "+" or "&".  On news text most pieces
hold none, and a membership test is far cheaper than running the pattern, whose lookbehinds
and long alternations are tried at every position.

``NeedsOne`` wraps such a pattern: ``finditer`` on a piece without any of the characters
returns nothing at once; everything else is the pattern's own.

The abbreviation patterns go further.  SoMaJo runs them before it splits at whitespace, so a
"piece" is most of a paragraph, and nearly every piece holds a full stop.  But an
abbreviation never contains whitespace, and their lookarounds ask only for letters or full
stops, which whitespace is not: ``InWords`` runs such a pattern over each whitespace-delimited
word that holds a full stop (``finditer(text, start, end)``: offsets and lookbehinds see the
whole text), which finds the same matches at the same offsets.  Dates, times and numbers are
treated the same way, over the words that hold a digit.  Which patterns need which
characters was read off SoMaJo's pattern sources (see ``REQUIREMENTS``); a pattern missing
from the tokenizer is left alone.  tests/test_tokenize.py compares tokens with and without the
wrappers on real articles and on strings built to exercise these rules, and checks that the
abbreviation lists behind the wrapped patterns all hold a full stop.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

import regex

_DIGIT = regex.compile(r"\d")  # the patterns' own notion of a digit (Unicode decimals)


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _has(chars: str) -> Callable[[str], bool]:
    def test(text: str) -> bool:
        return any(c in text for c in chars)
    return test


#: SoMaJo tokenizer attribute -> test a piece must pass for the pattern to be able to match
REQUIREMENTS: dict[str, Callable[[str], bool]] = {
    # every alternative of these holds \d or [0-9] (and may span a space)
    **{name: _has_digit for name in (
        "isbn", "en_time", "en_us_phone_number", "en_us_zip_code", "en_numerical_identifiers")},
    "roman_ordinal": _has("."),
    "token_with_plus_ampersand": _has("+&"),
    "en_degree": _has("°"),
    # "name@host" or the obfuscated "name [at] host"
    "email": lambda text: "@" in text or "[at]" in text,
    # "Lehrer*innen", "Lehrer:innen", "Lehrer/innen"
    "gender_marker": _has("*:/"),
}


class NeedsOne:
    """A compiled pattern whose ``finditer`` skips text that fails ``test``."""

    def __init__(self, pattern: Any, test: Callable[[str], bool]):
        self._pattern = pattern
        self._test = test

    def finditer(self, text, *args, **kwargs):
        if not self._test(text):
            return iter(())
        return self._pattern.finditer(text, *args, **kwargs)

    def __getattr__(self, name):  # groupindex, pattern, search...: the pattern's own
        return getattr(self._pattern, name)


#: patterns whose matches hold a full stop, or a digit, and no whitespace, and whose
#: lookaheads fail on whitespace as on the end of the text (they ask for letters, digits or
#: punctuation only) -> the words they can match in
_DOTTED = regex.compile(r"(?<!\S)\S*\.\S*")
_DIGITAL = regex.compile(r"(?<!\S)\S*\d\S*")
WORD_PATTERNS: dict[str, Any] = {
    **{name: _DOTTED for name in (
        "abbreviation", "single_token_abbreviation", "single_letter_abbreviation",
        "single_letter_ellipsis", "and_cetera", "str_abbreviations", "nr_abbreviations", "ps")},
    **{name: _DIGITAL for name in (
        "three_part_date_year_first", "three_part_date_dmy", "three_part_date_mdy",
        "two_part_date", "time", "fraction", "amount", "semester", "ipv4", "section_number",
        "calculation", "number_compound", "number", "english_decades", "english_ordinal")},
}


@functools.lru_cache(maxsize=512)
def _words(words: Any, text: str) -> tuple[tuple[int, int], ...]:
    """Where the words ``words`` finds are (several patterns ask about the same text one
    after another)."""
    return tuple(m.span() for m in words.finditer(text))


class InWords:
    """A compiled pattern whose ``finditer`` searches only the words that can hold a match."""

    def __init__(self, pattern: Any, words: Any):
        self._pattern = pattern
        self._words = words

    def finditer(self, text, *args, **kwargs):
        if args or kwargs:  # a caller with its own bounds gets the pattern as it is
            return self._pattern.finditer(text, *args, **kwargs)
        return (m for start, end in _words(self._words, text)
                for m in self._pattern.finditer(text, start, end))

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def skip_hopeless_searches(somajo: Any) -> Any:
    """Wrap the patterns of one SoMaJo instance's tokenizer (never SoMaJo's class)."""
    inner = somajo._tokenizer
    for name, test in REQUIREMENTS.items():
        pattern = getattr(inner, name, None)
        if pattern is not None and hasattr(pattern, "finditer"):
            setattr(inner, name, NeedsOne(pattern, test))
    for name, words in WORD_PATTERNS.items():
        pattern = getattr(inner, name, None)
        if pattern is not None and hasattr(pattern, "finditer"):
            setattr(inner, name, InWords(pattern, words))
    return somajo
