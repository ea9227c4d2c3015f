"""Refine the document date from the article's own dateline or credit.

The input may give only a month ("2021-12"); a dateline ("Ankara, 08.06.2015 -") or a
credit ("(APA, 31.12.2021)") pins the day.  We only ever *refine*: a date found in the first
or last lines is used when it falls inside what the input already said, never to replace it
(an older quoted date must not re-date the article).  Precision is kept honest: without
agreement the date stays as given.
"""

from __future__ import annotations

from .tagger import Found

#: how far from the start / end of the text a dateline or credit may stand (characters)
HEAD = 300
TAIL = 200


def precision(value: str | None) -> str | None:
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def refine(date: str | None, text: str, found: list[Found]) -> str | None:
    """A day-precision date from an absolute date expression near the head or tail of the
    text that agrees with ``date`` (same year, and same month when known), else ``date``."""
    if not date or len(date) >= 10:
        return date
    n = len(text)
    for f in found:
        if f.type != "DATE" or len(f.value) != 10 or not f.value[:4].isdigit():
            continue
        if f.rule not in _ABSOLUTE_RULES:
            continue
        if f.end > n - TAIL:
            pass  # a credit or a date line at the end: "(APA, 31.12.2021)"
        elif f.start < HEAD:
            if not _is_dateline(text, f):
                continue  # a date in the lead is an event's date, not the article's
        else:
            continue
        if f.value.startswith(date):
            return f.value
    return date


def _is_dateline(text: str, f: Found) -> bool:
    """A date that is (most of) its own line, or that a dash follows: "Ankara, 08.06.2015 –"."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len("".join(f.text.split())) >= 0.6 * max(1, len("".join(line.split()))):
        return True
    return text[f.end:f.end + 3].strip()[:1] in {"–", "-", "—", "|"}


# rules that give a complete date from the words alone (no anchoring)
_ABSOLUTE_RULES = frozenset({
    "weekday_day_month_year", "weekday_day_monthnum_year", "day_month_year",
    "day_monthnum_year", "day_monthnum_yy", "iso_date", "weekday_month_day_year",
    "month_day_year",
})
