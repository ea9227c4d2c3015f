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
        if not (f.start < HEAD or f.end > n - TAIL):
            continue
        if f.value.startswith(date):
            return f.value
    return date


# rules that give a complete date from the words alone (no anchoring)
_ABSOLUTE_RULES = frozenset({
    "weekday_day_month_year", "weekday_day_monthnum_year", "day_month_year",
    "day_monthnum_year", "day_monthnum_yy", "iso_date", "weekday_month_day_year",
    "month_day_year",
})
