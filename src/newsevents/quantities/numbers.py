"""Reading numbers as news writes them: digits in German or English notation, number words.

Two layers: ``parse_digits`` / ``parse_number_word`` read one token's string; ``match_number``
reads a number that may span several tokens ("1,5 Millionen", "two hundred", "$ 3bn",
"twenty - five") and tells where it ends.  Guards against years, dates and the like belong to
the extractor, which sees the context; this module only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .lexicon import QuantityLexicon

_DIGITS = re.compile(r"\d+")
_GLUED = re.compile(r"(\d[\d.,]*)([^\d.,]+)")
_SPACES = str.maketrans("", "", "\u202f\u2009\u00a0'’")


def _num(x: float) -> float | int:
    """Whole numbers as int, so that 2500.0 is reported as 2500."""
    return int(x) if float(x).is_integer() else round(x, 6)


def parse_digits(text: str, lex: QuantityLexicon) -> float | int | None:
    """The value of a digit string in the language's notation, or None if it is no number.

    German writes "2.500" and "1,5", English "2,500" and "1.5".  A string that only the other
    language's convention reads is accepted as well (quoted figures, agency copy), but dates
    ("31.12.2021"), times ("10:30") and codes are not numbers."""
    s = text.translate(_SPACES)
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if _DIGITS.fullmatch(s):
        return int(s)
    t, d = re.escape(lex.thousands), re.escape(lex.decimal)
    if re.fullmatch(rf"\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?", s):
        return _num(float(s.replace(lex.thousands, "").replace(lex.decimal, ".")))
    if re.fullmatch(rf"\d+{d}\d+", s):
        return _num(float(s.replace(lex.decimal, ".")))
    # the other convention, only where it is unambiguous
    other_t, other_d = lex.decimal, lex.thousands
    ot, od = re.escape(other_t), re.escape(other_d)
    if re.fullmatch(rf"\d{{1,3}}(?:{ot}\d{{3}})+", s):
        return int(s.replace(other_t, ""))
    if re.fullmatch(rf"\d+{od}\d{{1,2}}", s):
        return _num(float(s.replace(other_d, ".")))
    return None


def _segment(word: str, lex: QuantityLexicon) -> list[tuple[float, str]] | None:
    """Split a written-together number word ("fünfundzwanzig") into known parts."""
    if not word:
        return []
    for k in range(len(word), 0, -1):
        hit = lex.numbers.get(word[:k])
        if hit is None or hit[1] in ("vague", "abbrev"):
            continue
        rest = _segment(word[k:], lex)
        if rest is not None:
            return [hit] + rest
    return None


def combine(parts: Sequence[tuple[float, str]]) -> float | None:
    """Value of a sequence of number-word parts: units add, hundred multiplies the running
    group, a scale closes it ("two hundred five thousand" = (2*100+5)*1000)."""
    total = current = 0.0
    seen = False
    for value, kind in parts:
        if kind == "connector":
            continue
        seen = True
        if kind in ("unit", "ten", "article"):
            current += value
        elif kind == "hundred":
            current = (current or 1) * value
        elif kind == "scale":
            total += (current or 1) * value
            current = 0
        else:
            return None
    if not seen:
        return None
    return total + current


def parse_number_word(word: str, lex: QuantityLexicon) -> float | int | None:
    """A single number word, written together as German does ("zweitausend"), or None."""
    w = word.lower()
    hit = lex.numbers.get(w)
    if hit is not None:
        if hit[1] in ("unit", "ten", "hundred", "scale"):
            return _num(hit[0])
        return None
    parts = _segment(w, lex)
    if not parts or len(parts) < 2 or parts[0][1] == "connector" or parts[-1][1] == "connector":
        return None
    v = combine(parts)
    return None if v is None else _num(v)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found at tokens ``[start, end)``.  ``kind`` is "digits", "words" or "vague";
    ``currency`` the (code, name) of a sign or code written with it ("$3bn")."""

    start: int
    end: int
    value: float | int
    kind: str
    currency: tuple[str, str] | None = None


def _scale_after(words: Sequence[str], j: int, lex: QuantityLexicon,
                 abbrev_ok: bool) -> tuple[float, int]:
    """Multiply by scale words following a number: "1,5 Millionen", "3 Mrd.", "3.6 million"."""
    factor = 1.0
    while j < len(words):
        hit = lex.numbers.get(words[j].lower())
        if hit and (hit[1] in ("scale", "hundred") or hit[1] == "abbrev" and abbrev_ok):
            factor *= hit[0]
            j += 1
        else:
            break
    return factor, j


def match_number(words: Sequence[str], i: int, lex: QuantityLexicon,
                 vague: bool = True) -> NumberMatch | None:
    """Read the number starting at token ``i`` of ``words`` (one sentence), if any."""
    n = len(words)
    j = i
    currency = None
    # a currency sign or code before the digits ("$ 3bn", "US $ 4.5 million", "EUR 40")
    if j + 1 < n and words[j] + words[j + 1] in lex.currencies and j + 2 < n:
        currency = lex.currencies[words[j] + words[j + 1]]
        j += 2
    elif words[j] in lex.currencies and j + 1 < n:
        currency = lex.currencies[words[j]]
        j += 1
    w = words[j]
    if j == n - 1 and len(w) > 1 and w.endswith(".") and w[:-1].isdigit():
        w = w[:-1]  # a tokeniser reads "auf 15." at the end of a sentence as an ordinal
    value = parse_digits(w, lex)
    if value is not None:
        nxt = j + 1
        if isinstance(value, int) and len(w) <= 3 and w[0] != "0":
            # thousands set off by spaces, as German style guides prefer: "30 000"
            while nxt < n and len(words[nxt]) == 3 and words[nxt].isdigit():
                value = value * 1000 + int(words[nxt])
                nxt += 1
        factor, end = _scale_after(words, nxt, lex, abbrev_ok=True)
        sign = words[end].rstrip(",.;") if end < n else ""
        if currency is None and sign in lex.currencies:  # "5 €" (a tokeniser may keep "€,")
            currency = lex.currencies[sign]
            end += 1
        return NumberMatch(i, end, _num(value * factor), "digits", currency)
    g = _GLUED.fullmatch(w)
    if g:  # "3bn", "5m"
        v = parse_digits(g.group(1), lex)
        hit = lex.numbers.get(g.group(2).lower())
        if v is not None and hit and hit[1] in ("abbrev", "scale"):
            return NumberMatch(i, j + 1, _num(v * hit[0]), "digits", currency)
        return None
    if currency is not None:
        return None
    # number words, possibly over several tokens ("two hundred and five", "twenty - five")
    parts: list[tuple[float, str]] = []
    k = j
    while k < n:
        lw = words[k].lower()
        hit = lex.numbers.get(lw)
        if hit is None:
            v = parse_number_word(lw, lex)
            if v is None:
                break
            hit = (float(v), "unit")  # a written-together group: "dreihundertneun" adds
        kind = hit[1]
        if kind in ("vague", "abbrev"):
            break
        if kind == "article":
            nxt = lex.numbers.get(words[k + 1].lower()) if k + 1 < n else None
            if parts or not nxt or nxt[1] not in ("scale", "hundred") and nxt[0] != 12:
                break
        if kind == "connector":
            nxt = lex.numbers.get(words[k + 1].lower()) if k + 1 < n else None
            if not parts or not nxt or nxt[1] not in ("unit", "ten"):
                break
            if lw != "-" and parts[-1][1] not in ("hundred", "scale"):
                break  # "twelve and five" are two numbers, "two hundred and five" one
        if parts and kind in ("unit", "ten") and parts[-1][1] in ("unit", "ten", "article"):
            if not (parts[-1][1] == "ten" and kind == "unit" and hit[0] < 10):
                break  # "five six" is no number
        parts.append(hit)
        k += 1
    if parts and parts[-1][1] != "connector":
        v = combine(parts)
        if v is not None:
            factor, end = _scale_after(words, k, lex, abbrev_ok=False)
            return NumberMatch(i, end, _num(v * factor), "words")
    if vague:
        hit = lex.numbers.get(w.lower())
        if hit and hit[1] == "vague":
            return NumberMatch(i, j + 1, _num(hit[0]), "vague")
    return None
